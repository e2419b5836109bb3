// SPDX-License-Identifier: GPL-3.0-or-later
// The response standard (receiver/desk/core/responsestandard.h): working days with each region's
// bank holidays, the clock starting on the next working day after close of business (in UK local
// time, summer time included), the targets per triage level and their overrides, and the clocks a
// status stops. Dates are checked by hand against gov.uk/bank-holidays.
#include "core/responsestandard.h"

#include <QTest>
#include <QTimeZone>

using namespace harbour::desk;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QDate londonDate(const QDateTime &at)
{
    return at.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/London"))).date();
}

// Easter Sunday (the anonymous Gregorian algorithm), to check the tables' Easter days.
QDate easter(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

CaseState newCase(const char *stored)
{
    CaseState state;
    state.id = QByteArray(32, 'a');
    state.stored = QString::fromLatin1(stored);
    return state;
}

} // namespace

class TestResponseStandard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesAreWeekdaysAndComplete();
    void easterDays();
    void dueDate_data();
    void dueDate();
    void dueIsCloseOfBusinessLocal();
    void targetsPerLevel();
    void customTarget();
    void extraHolidays();
    void clocksAndStatus();
    void closedCaseIsNeverOverdue();
    void noHourNoClock();
    void regionNames();
    void settingsFile();
    void settingsFileRefused_data();
    void settingsFileRefused();
    void settingsRoundTrip();
    void dueOrderPutsRiskThenDueFirst();
};

void TestResponseStandard::tablesAreWeekdaysAndComplete()
{
    const struct
    {
        HolidayRegion region;
        int perYear;
    } regions[] = { { HolidayRegion::EnglandAndWales, 8 }, { HolidayRegion::Scotland, 9 },
        { HolidayRegion::NorthernIreland, 10 } };
    for (const auto &row : regions) {
        const QList<QDate> &days = bankHolidays(row.region);
        QVERIFY(std::is_sorted(days.cbegin(), days.cend()));
        for (const QDate &day : days) {
            QVERIFY2(day.isValid() && day.dayOfWeek() <= 5, qPrintable(day.toString(Qt::ISODate)));
            QVERIFY(day.year() >= kFirstHolidayYear && day.year() <= kLastHolidayYear);
        }
        for (int year = kFirstHolidayYear; year <= kLastHolidayYear; ++year) {
            const auto count = std::count_if(
                days.cbegin(), days.cend(), [year](const QDate &d) { return d.year() == year; });
            QCOMPARE(count, row.perYear);
        }
        QCOMPARE(QSet<QDate>(days.cbegin(), days.cend()).size(), days.size());
    }
}

void TestResponseStandard::easterDays()
{
    for (int year = kFirstHolidayYear; year <= kLastHolidayYear; ++year) {
        const QDate goodFriday = easter(year).addDays(-2), easterMonday = easter(year).addDays(1);
        for (HolidayRegion region :
            { HolidayRegion::EnglandAndWales, HolidayRegion::Scotland, HolidayRegion::NorthernIreland })
            QVERIFY(bankHolidays(region).contains(goodFriday));
        QVERIFY(bankHolidays(HolidayRegion::EnglandAndWales).contains(easterMonday));
        QVERIFY(bankHolidays(HolidayRegion::NorthernIreland).contains(easterMonday));
        QVERIFY(!bankHolidays(HolidayRegion::Scotland).contains(easterMonday));
    }
}

void TestResponseStandard::dueDate_data()
{
    QTest::addColumn<HolidayRegion>("region");
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due"); // the last working day, UK local

    const auto ew = HolidayRegion::EnglandAndWales;
    const auto scot = HolidayRegion::Scotland;
    const auto ni = HolidayRegion::NorthernIreland;
    QTest::newRow("monday morning +2") << ew << utc("2026-11-02T09:00:00Z") << 2 << QDate(2026, 11, 4);
    QTest::newRow("monday morning +0") << ew << utc("2026-11-02T09:00:00Z") << 0 << QDate(2026, 11, 2);
    QTest::newRow("thursday +2 over the weekend")
        << ew << utc("2026-11-05T10:00:00Z") << 2 << QDate(2026, 11, 9);
    QTest::newRow("saturday starts monday") << ew << utc("2026-11-07T10:00:00Z") << 2 << QDate(2026, 11, 11);
    QTest::newRow("sunday night starts monday")
        << ew << utc("2026-11-08T23:00:00Z") << 0 << QDate(2026, 11, 9);
    QTest::newRow("friday afternoon counts friday")
        << ew << utc("2026-11-06T16:00:00Z") << 2 << QDate(2026, 11, 10);
    QTest::newRow("friday evening starts monday")
        << ew << utc("2026-11-06T18:00:00Z") << 2 << QDate(2026, 11, 11);
    QTest::newRow("friday 17:00 is after close")
        << ew << utc("2026-11-06T17:00:00Z") << 1 << QDate(2026, 11, 10);
    // 16:30 UTC is 17:30 BST: after close of business in summer.
    QTest::newRow("summer time: friday 17:30 BST")
        << ew << utc("2026-06-05T16:30:00Z") << 2 << QDate(2026, 6, 10);
    QTest::newRow("summer time: friday 15:30 BST")
        << ew << utc("2026-06-05T14:30:00Z") << 2 << QDate(2026, 6, 9);
    QTest::newRow("friday evening before christmas 2024")
        << ew << utc("2024-12-20T18:30:00Z") << 2 << QDate(2024, 12, 27);
    QTest::newRow("friday evening before christmas 2024 +5")
        << ew << utc("2024-12-20T18:30:00Z") << 5 << QDate(2025, 1, 2);
    QTest::newRow("christmas day 2024 starts the 27th")
        << ew << utc("2024-12-25T11:00:00Z") << 0 << QDate(2024, 12, 27);
    QTest::newRow("easter 2024 england") << ew << utc("2024-03-28T10:00:00Z") << 1 << QDate(2024, 4, 2);
    QTest::newRow("easter 2024 scotland") << scot << utc("2024-03-28T10:00:00Z") << 1 << QDate(2024, 4, 1);
    QTest::newRow("st andrew's 2024 substitute, scotland")
        << scot << utc("2024-11-29T10:00:00Z") << 1 << QDate(2024, 12, 3);
    QTest::newRow("st andrew's 2024, england")
        << ew << utc("2024-11-29T10:00:00Z") << 1 << QDate(2024, 12, 2);
    QTest::newRow("christmas eve +2") << ew << utc("2026-12-24T10:00:00Z") << 2 << QDate(2026, 12, 30);
    QTest::newRow("christmas eve +5 over new year")
        << ew << utc("2026-12-24T10:00:00Z") << 5 << QDate(2027, 1, 5);
    QTest::newRow("boxing day substitute") << ew << utc("2026-12-28T09:00:00Z") << 0 << QDate(2026, 12, 29);
    QTest::newRow("2027 christmas both substituted")
        << ew << utc("2027-12-24T09:00:00Z") << 1 << QDate(2027, 12, 29);
    QTest::newRow("new year 2028 substitute") << ew << utc("2027-12-31T09:00:00Z") << 1 << QDate(2028, 1, 4);
    QTest::newRow("easter england") << ew << utc("2026-04-02T10:00:00Z") << 2 << QDate(2026, 4, 8);
    QTest::newRow("easter scotland: monday works")
        << scot << utc("2026-04-02T10:00:00Z") << 2 << QDate(2026, 4, 7);
    QTest::newRow("easter northern ireland") << ni << utc("2026-04-02T10:00:00Z") << 2 << QDate(2026, 4, 8);
    QTest::newRow("2 january england") << ew << utc("2028-12-29T10:00:00Z") << 2 << QDate(2029, 1, 3);
    QTest::newRow("2 january scotland") << scot << utc("2028-12-29T10:00:00Z") << 2 << QDate(2029, 1, 4);
    QTest::newRow("2 january on a saturday, scotland")
        << scot << utc("2026-12-31T10:00:00Z") << 1 << QDate(2027, 1, 5);
    QTest::newRow("st andrew's day england") << ew << utc("2026-11-27T10:00:00Z") << 1 << QDate(2026, 11, 30);
    QTest::newRow("st andrew's day scotland")
        << scot << utc("2026-11-27T10:00:00Z") << 1 << QDate(2026, 12, 1);
    QTest::newRow("st andrew's substitute 2030")
        << scot << utc("2030-11-29T10:00:00Z") << 1 << QDate(2030, 12, 3);
    QTest::newRow("summer holiday: august, scotland")
        << scot << utc("2026-07-31T10:00:00Z") << 1 << QDate(2026, 8, 4);
    QTest::newRow("summer holiday: august, england")
        << ew << utc("2026-08-28T10:00:00Z") << 1 << QDate(2026, 9, 1);
    QTest::newRow("st patrick's day northern ireland")
        << ni << utc("2026-03-16T10:00:00Z") << 1 << QDate(2026, 3, 18);
    QTest::newRow("st patrick's day england") << ew << utc("2026-03-16T10:00:00Z") << 1 << QDate(2026, 3, 17);
    QTest::newRow("the twelfth substitute") << ni << utc("2026-07-10T10:00:00Z") << 1 << QDate(2026, 7, 14);
}

void TestResponseStandard::dueDate()
{
    QFETCH(HolidayRegion, region);
    QFETCH(QDateTime, received);
    QFETCH(int, days);
    QFETCH(QDate, due);
    ResponseStandard standard;
    standard.region = region;
    QCOMPARE(londonDate(standard.dueAt(received, days)), due);
}

void TestResponseStandard::dueIsCloseOfBusinessLocal()
{
    ResponseStandard standard;
    // Winter: 17:00 GMT; summer: 17:00 BST, 16:00 UTC.
    QCOMPARE(standard.dueAt(utc("2026-11-02T09:00:00Z"), 2), utc("2026-11-04T17:00:00Z"));
    QCOMPARE(standard.dueAt(utc("2026-06-01T09:00:00Z"), 2), utc("2026-06-03T16:00:00Z"));
    standard.closeOfBusiness = QTime(18, 0);
    QCOMPARE(standard.dueAt(utc("2026-11-06T17:30:00Z"), 0), utc("2026-11-06T18:00:00Z"));
}

void TestResponseStandard::targetsPerLevel()
{
    const ResponseStandard standard;
    QCOMPARE(standard.targetFor(QStringLiteral("standard"), false), (ResponseTarget { 2, 5 }));
    QCOMPARE(standard.targetFor(QStringLiteral("elevated"), false), (ResponseTarget { 2, 5 }));
    QCOMPARE(standard.targetFor(QStringLiteral("high"), false), (ResponseTarget { 1, 5 }));
    QCOMPARE(standard.targetFor(QString(), false), (ResponseTarget { 2, 5 })); // unknown: standard
    QCOMPARE(standard.targetFor(QString(), true), (ResponseTarget { 1, 5 })); // urgent
    QCOMPARE(standard.targetFor(QStringLiteral("standard"), true), (ResponseTarget { 1, 5 }));

    CaseState state = newCase("2026-11-02T09:00:00Z");
    state.highRisk = true;
    const ResponseDue due = responseDue(state, QStringLiteral("high"), standard, utc("2026-11-03T12:00:00Z"));
    QCOMPARE(due.firstContactDue, utc("2026-11-03T17:00:00Z"));
    QCOMPARE(due.decisionDue, utc("2026-11-09T17:00:00Z"));
    QVERIFY(!due.overdue());
    QCOMPARE(due.nextDue(), due.firstContactDue);
}

void TestResponseStandard::customTarget()
{
    ResponseStandard standard;
    standard.targets[QStringLiteral("standard")] = ResponseTarget { 3, 10 };
    standard.targets[QStringLiteral("high")] = ResponseTarget { 0, 2 };
    const CaseState state = newCase("2026-11-02T09:00:00Z");
    ResponseDue due = responseDue(state, QStringLiteral("standard"), standard, utc("2026-11-05T16:00:00Z"));
    QCOMPARE(due.target, (ResponseTarget { 3, 10 }));
    QCOMPARE(due.firstContactDue, utc("2026-11-05T17:00:00Z"));
    QCOMPARE(due.decisionDue, utc("2026-11-16T17:00:00Z"));
    QVERIFY(!due.overdue());
    due = responseDue(state, QStringLiteral("high"), standard, utc("2026-11-02T17:00:01Z"));
    QCOMPARE(due.firstContactDue, utc("2026-11-02T17:00:00Z"));
    QVERIFY(due.firstContactOverdue);
    // A level the organisation did not list falls back to its standard target.
    standard.targets.remove(QStringLiteral("elevated"));
    QCOMPARE(standard.targetFor(QStringLiteral("elevated"), false), (ResponseTarget { 3, 10 }));
}

void TestResponseStandard::extraHolidays()
{
    ResponseStandard standard;
    standard.extraHolidays = { QDate(2026, 11, 3) };
    QCOMPARE(londonDate(standard.dueAt(utc("2026-11-02T09:00:00Z"), 2)), QDate(2026, 11, 5));
    // Beyond the table only weekends and the organisation's own days count.
    standard.extraHolidays = { QDate(2031, 1, 1) };
    QCOMPARE(londonDate(standard.dueAt(utc("2030-12-31T09:00:00Z"), 1)), QDate(2031, 1, 2));
}

void TestResponseStandard::clocksAndStatus()
{
    const ResponseStandard standard;
    CaseState state = newCase("2026-11-02T09:00:00Z");
    ResponseDue due = responseDue(state, QStringLiteral("standard"), standard, utc("2026-11-04T16:59:59Z"));
    QVERIFY(!due.overdue());
    due = responseDue(state, QStringLiteral("standard"), standard, utc("2026-11-04T17:00:01Z"));
    QVERIFY(due.firstContactOverdue);
    QVERIFY(!due.decisionOverdue);
    QVERIFY(due.overdue());

    // Acknowledged late: the first clock stops, the lateness is kept, the decision clock runs on.
    state.status = CaseStatus::Acknowledged;
    state.acknowledgedAt = utc("2026-11-05T10:00:00Z");
    due = responseDue(state, QStringLiteral("standard"), standard, utc("2026-11-06T10:00:00Z"));
    QVERIFY(due.firstContactStopped);
    QVERIFY(!due.firstContactOverdue);
    QVERIFY(due.firstContactLate);
    QCOMPARE(due.nextDue(), utc("2026-11-09T17:00:00Z"));
    due = responseDue(state, QStringLiteral("standard"), standard, utc("2026-11-10T10:00:00Z"));
    QVERIFY(due.decisionOverdue);

    // In progress without an acknowledged event stops the first clock too.
    state.status = CaseStatus::InProgress;
    state.acknowledgedAt = {};
    due = responseDue(state, QStringLiteral("standard"), standard, utc("2026-11-06T10:00:00Z"));
    QVERIFY(!due.firstContactOverdue);
    QVERIFY(!due.firstContactLate);
}

void TestResponseStandard::closedCaseIsNeverOverdue()
{
    const ResponseStandard standard;
    for (bool deleted : { false, true }) {
        CaseState state = newCase("2026-11-02T09:00:00Z");
        state.highRisk = true;
        if (deleted)
            state.deleted = true;
        else
            state.status = CaseStatus::Closed;
        for (int day = 0; day < 400; day += 3) {
            const ResponseDue due = responseDue(
                state, QStringLiteral("high"), standard, utc("2026-11-02T09:00:00Z").addDays(day));
            QVERIFY(due.firstContactStopped && due.decisionStopped);
            QVERIFY(!due.overdue());
            QVERIFY(!due.nextDue().isValid());
        }
    }
}

void TestResponseStandard::noHourNoClock()
{
    const ResponseDue due = responseDue(
        newCase(""), QStringLiteral("standard"), ResponseStandard {}, utc("2030-01-01T00:00:00Z"));
    QVERIFY(!due.received.isValid());
    QVERIFY(!due.firstContactDue.isValid());
    QVERIFY(!due.overdue());
}

void TestResponseStandard::regionNames()
{
    for (HolidayRegion region :
        { HolidayRegion::EnglandAndWales, HolidayRegion::Scotland, HolidayRegion::NorthernIreland })
        QCOMPARE(holidayRegionFromName(holidayRegionName(region)), region);
    QVERIFY(!holidayRegionFromName(QStringLiteral("wales")));
}

void TestResponseStandard::settingsFile()
{
    const auto standard = readResponseStandard(R"({"region": "scotland", "close_of_business": "16:30",
        "extra_holidays": ["2026-11-03"], "targets": {"standard": {"first_contact": 3, "decision": 10},
        "high": {"first_contact": 0, "decision": 2}}})");
    QVERIFY2(standard, qPrintable(standard.error()));
    QCOMPARE(standard->region, HolidayRegion::Scotland);
    QCOMPARE(standard->closeOfBusiness, QTime(16, 30));
    QCOMPARE(standard->targetFor(QStringLiteral("standard"), false), (ResponseTarget { 3, 10 }));
    QCOMPARE(
        standard->targetFor(QStringLiteral("elevated"), false), (ResponseTarget { 2, 5 })); // default kept
    QCOMPARE(standard->targetFor(QString(), true), (ResponseTarget { 0, 2 }));
    // Monday 2 November 2026: the 3rd is the organisation's closed day, three working days on is the 6th.
    QCOMPARE(londonDate(standard->dueAt(utc("2026-11-02T09:00:00Z"), 3)), QDate(2026, 11, 6));
    QCOMPARE(standard->dueAt(utc("2026-11-02T09:00:00Z"), 0), utc("2026-11-02T16:30:00Z"));
    // An empty object is the defaults.
    const auto defaults = readResponseStandard("{}");
    QVERIFY(defaults);
    QCOMPARE(defaults->targets, ResponseStandard {}.targets);
    QCOMPARE(defaults->region, HolidayRegion::EnglandAndWales);
}

void TestResponseStandard::settingsFileRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("region: scotland") << QStringLiteral("not a JSON object");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("unknown member") << QByteArray(R"({"regoin": "scotland"})")
                                    << QStringLiteral("\"regoin\"");
    QTest::newRow("repeated") << QByteArray(R"({"region": "scotland", "region": "scotland"})")
                              << QStringLiteral("appears twice");
    QTest::newRow("region") << QByteArray(R"({"region": "wales"})") << QStringLiteral("\"region\"");
    QTest::newRow("zone") << QByteArray(R"({"time_zone": "Mars/Olympus"})") << QStringLiteral("time_zone");
    QTest::newRow("close") << QByteArray(R"({"close_of_business": "5pm"})")
                           << QStringLiteral("close_of_business");
    QTest::newRow("holiday") << QByteArray(R"({"extra_holidays": ["2026-02-30"]})")
                             << QStringLiteral("extra_holidays");
    QTest::newRow("level") << QByteArray(R"({"targets": {"urgent": {"first_contact": 1, "decision": 1}}})")
                           << QStringLiteral("not a triage level");
    QTest::newRow("days negative") << QByteArray(
        R"({"targets": {"high": {"first_contact": -1, "decision": 1}}})")
                                   << QStringLiteral("targets.high");
    QTest::newRow("days fraction") << QByteArray(
        R"({"targets": {"high": {"first_contact": 1.5, "decision": 2}}})")
                                   << QStringLiteral("targets.high");
    QTest::newRow("days too many") << QByteArray(
        R"({"targets": {"high": {"first_contact": 1, "decision": 61}}})")
                                   << QStringLiteral("0 to 60");
    QTest::newRow("missing decision")
        << QByteArray(R"({"targets": {"high": {"first_contact": 1}}})") << QStringLiteral("targets.high");
    QTest::newRow("first after decision")
        << QByteArray(R"({"targets": {"standard": {"first_contact": 6, "decision": 5}}})")
        << QStringLiteral("after the decision");
}

void TestResponseStandard::settingsFileRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const auto standard = readResponseStandard(json);
    QVERIFY(!standard);
    QCOMPARE(standard.errorKind(), harbour::ErrorKind::Refused);
    QVERIFY2(standard.error().contains(reason), qPrintable(standard.error()));
}

void TestResponseStandard::settingsRoundTrip()
{
    ResponseStandard standard;
    standard.region = HolidayRegion::NorthernIreland;
    standard.extraHolidays = { QDate(2026, 12, 24), QDate(2026, 12, 31) };
    standard.targets[QStringLiteral("elevated")] = ResponseTarget { 1, 4 };
    const auto again = readResponseStandard(responseStandardJson(standard));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->region, standard.region);
    QCOMPARE(again->extraHolidays, standard.extraHolidays);
    QCOMPARE(again->targets, standard.targets);
    QCOMPARE(again->closeOfBusiness, standard.closeOfBusiness);
    QCOMPARE(again->timeZone, standard.timeZone);
}

void TestResponseStandard::dueOrderPutsRiskThenDueFirst()
{
    const ResponseStandard standard;
    const QDateTime now = utc("2026-11-10T12:00:00Z");
    const auto make = [&](const char *stored, bool highRisk, qint64 seq, CaseStatus status) {
        CaseState state = newCase(stored);
        state.highRisk = highRisk;
        state.envelopeSeq = seq;
        state.status = status;
        return CaseDue { state, QString(), responseDue(state, QString(), standard, now) };
    };
    QList<CaseDue> cases { make("2026-11-09T09:00:00Z", false, 1, CaseStatus::New), // due 11th
        make("2026-11-02T09:00:00Z", false, 2, CaseStatus::New), // first contact overdue since the 4th
        make("", false, 3, CaseStatus::New), // no clock
        make("2026-11-09T09:00:00Z", true, 4, CaseStatus::New), // high risk, due the 10th
        make("2026-11-02T09:00:00Z", false, 5, CaseStatus::InProgress) }; // decision due the 9th: overdue
    std::stable_sort(cases.begin(), cases.end(), dueOrder);
    QList<qint64> order;
    for (const CaseDue &c : cases)
        order << c.state.envelopeSeq;
    QCOMPARE(order, (QList<qint64> { 4, 2, 5, 1, 3 }));
    QVERIFY(cases.at(1).due.firstContactOverdue);
    QVERIFY(cases.at(2).due.decisionOverdue);
}

QTEST_GUILESS_MAIN(TestResponseStandard)
#include "tst_responsestandard.moc"
