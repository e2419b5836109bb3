// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsestandard.h"

#include "base/strictinput.h"
#include "crypto/sodium.h"
#include "report/reportformat.h"
#include "store/keyfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace harbour::desk {

namespace {

// gov.uk/bank-holidays, 2024 to 2030, with the substitute days the Banking and Financial Dealings
// Act 1971 gives (a holiday on a Saturday or Sunday moves to the next weekday not already one).
// tests/unit/tst_responsestandard.cpp checks each is a weekday and the Easter days against Easter.
constexpr int kEnglandAndWales[][3] = {
    { 2024, 1, 1 },
    { 2024, 3, 29 },
    { 2024, 4, 1 },
    { 2024, 5, 6 },
    { 2024, 5, 27 },
    { 2024, 8, 26 },
    { 2024, 12, 25 },
    { 2024, 12, 26 }, //
    { 2025, 1, 1 },
    { 2025, 4, 18 },
    { 2025, 4, 21 },
    { 2025, 5, 5 },
    { 2025, 5, 26 },
    { 2025, 8, 25 },
    { 2025, 12, 25 },
    { 2025, 12, 26 }, //
    { 2026, 1, 1 },
    { 2026, 4, 3 },
    { 2026, 4, 6 },
    { 2026, 5, 4 },
    { 2026, 5, 25 },
    { 2026, 8, 31 },
    { 2026, 12, 25 },
    { 2026, 12, 28 }, //
    { 2027, 1, 1 },
    { 2027, 3, 26 },
    { 2027, 3, 29 },
    { 2027, 5, 3 },
    { 2027, 5, 31 },
    { 2027, 8, 30 },
    { 2027, 12, 27 },
    { 2027, 12, 28 }, //
    { 2028, 1, 3 },
    { 2028, 4, 14 },
    { 2028, 4, 17 },
    { 2028, 5, 1 },
    { 2028, 5, 29 },
    { 2028, 8, 28 },
    { 2028, 12, 25 },
    { 2028, 12, 26 }, //
    { 2029, 1, 1 },
    { 2029, 3, 30 },
    { 2029, 4, 2 },
    { 2029, 5, 7 },
    { 2029, 5, 28 },
    { 2029, 8, 27 },
    { 2029, 12, 25 },
    { 2029, 12, 26 }, //
    { 2030, 1, 1 },
    { 2030, 4, 19 },
    { 2030, 4, 22 },
    { 2030, 5, 6 },
    { 2030, 5, 27 },
    { 2030, 8, 26 },
    { 2030, 12, 25 },
    { 2030, 12, 26 },
};

// Scotland: 2 January, no Easter Monday, the summer holiday on the first Monday of August, St
// Andrew's Day (30 November).
constexpr int kScotland[][3] = {
    { 2024, 1, 1 },
    { 2024, 1, 2 },
    { 2024, 3, 29 },
    { 2024, 5, 6 },
    { 2024, 5, 27 },
    { 2024, 8, 5 },
    { 2024, 12, 2 },
    { 2024, 12, 25 },
    { 2024, 12, 26 }, //
    { 2025, 1, 1 },
    { 2025, 1, 2 },
    { 2025, 4, 18 },
    { 2025, 5, 5 },
    { 2025, 5, 26 },
    { 2025, 8, 4 },
    { 2025, 12, 1 },
    { 2025, 12, 25 },
    { 2025, 12, 26 }, //
    { 2026, 1, 1 },
    { 2026, 1, 2 },
    { 2026, 4, 3 },
    { 2026, 5, 4 },
    { 2026, 5, 25 },
    { 2026, 8, 3 },
    { 2026, 11, 30 },
    { 2026, 12, 25 },
    { 2026, 12, 28 }, //
    { 2027, 1, 1 },
    { 2027, 1, 4 },
    { 2027, 3, 26 },
    { 2027, 5, 3 },
    { 2027, 5, 31 },
    { 2027, 8, 2 },
    { 2027, 11, 30 },
    { 2027, 12, 27 },
    { 2027, 12, 28 }, //
    { 2028, 1, 3 },
    { 2028, 1, 4 },
    { 2028, 4, 14 },
    { 2028, 5, 1 },
    { 2028, 5, 29 },
    { 2028, 8, 7 },
    { 2028, 11, 30 },
    { 2028, 12, 25 },
    { 2028, 12, 26 }, //
    { 2029, 1, 1 },
    { 2029, 1, 2 },
    { 2029, 3, 30 },
    { 2029, 5, 7 },
    { 2029, 5, 28 },
    { 2029, 8, 6 },
    { 2029, 11, 30 },
    { 2029, 12, 25 },
    { 2029, 12, 26 }, //
    { 2030, 1, 1 },
    { 2030, 1, 2 },
    { 2030, 4, 19 },
    { 2030, 5, 6 },
    { 2030, 5, 27 },
    { 2030, 8, 5 },
    { 2030, 12, 2 },
    { 2030, 12, 25 },
    { 2030, 12, 26 },
};

// Northern Ireland: England and Wales's, plus St Patrick's Day (17 March) and the Battle of the
// Boyne (12 July).
constexpr int kNorthernIrelandOnly[][3] = {
    { 2024, 3, 18 },
    { 2024, 7, 12 },
    { 2025, 3, 17 },
    { 2025, 7, 14 },
    { 2026, 3, 17 },
    { 2026, 7, 13 },
    { 2027, 3, 17 },
    { 2027, 7, 12 },
    { 2028, 3, 17 },
    { 2028, 7, 12 },
    { 2029, 3, 19 },
    { 2029, 7, 12 },
    { 2030, 3, 18 },
    { 2030, 7, 12 },
};

template <size_t N> void append(QList<QDate> *days, const int (&table)[N][3])
{
    for (const auto &row : table)
        days->append(QDate(row[0], row[1], row[2]));
}

QList<QDate> sorted(QList<QDate> days)
{
    std::sort(days.begin(), days.end());
    return days;
}

} // namespace

QString holidayRegionName(HolidayRegion region)
{
    switch (region) {
    case HolidayRegion::EnglandAndWales:
        return QStringLiteral("england-and-wales");
    case HolidayRegion::Scotland:
        return QStringLiteral("scotland");
    case HolidayRegion::NorthernIreland:
        return QStringLiteral("northern-ireland");
    }
    return {};
}

std::optional<HolidayRegion> holidayRegionFromName(const QString &name)
{
    for (HolidayRegion region :
        { HolidayRegion::EnglandAndWales, HolidayRegion::Scotland, HolidayRegion::NorthernIreland }) {
        if (holidayRegionName(region) == name)
            return region;
    }
    return std::nullopt;
}

const QList<QDate> &bankHolidays(HolidayRegion region)
{
    static const QList<QDate> englandAndWales = [] {
        QList<QDate> days;
        append(&days, kEnglandAndWales);
        return sorted(days);
    }();
    static const QList<QDate> scotland = [] {
        QList<QDate> days;
        append(&days, kScotland);
        return sorted(days);
    }();
    static const QList<QDate> northernIreland = [] {
        QList<QDate> days;
        append(&days, kEnglandAndWales);
        append(&days, kNorthernIrelandOnly);
        return sorted(days);
    }();
    switch (region) {
    case HolidayRegion::Scotland:
        return scotland;
    case HolidayRegion::NorthernIreland:
        return northernIreland;
    case HolidayRegion::EnglandAndWales:
        break;
    }
    return englandAndWales;
}

ResponseTarget ResponseStandard::targetFor(const QString &triage, bool highRisk) const
{
    const QString level = highRisk ? QStringLiteral("high") : triage;
    if (const auto it = targets.constFind(level); it != targets.cend())
        return it.value();
    return targets.value(QStringLiteral("standard"), ResponseTarget {});
}

bool ResponseStandard::isWorkingDay(const QDate &day) const
{
    if (!day.isValid() || day.dayOfWeek() > 5)
        return false;
    const QList<QDate> &holidays = bankHolidays(region);
    return !std::binary_search(holidays.cbegin(), holidays.cend(), day) && !extraHolidays.contains(day);
}

QDate ResponseStandard::clockStart(const QDateTime &received) const
{
    const QDateTime local = received.toTimeZone(QTimeZone(timeZone));
    QDate day = local.date();
    if (isWorkingDay(day) && local.time() < closeOfBusiness)
        return day;
    return addWorkingDays(day, 1);
}

QDate ResponseStandard::addWorkingDays(const QDate &start, int days) const
{
    QDate day = start;
    // A year of closed days in a row is no calendar; the bound keeps a bad configuration finite.
    for (int guard = 0; days > 0 && guard < 3660; ++guard) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --days;
    }
    return day;
}

QDateTime ResponseStandard::dueAt(const QDateTime &received, int days) const
{
    const QDate last = addWorkingDays(clockStart(received), std::max(days, 0));
    return QDateTime(last, closeOfBusiness, QTimeZone(timeZone)).toUTC();
}

QDateTime ResponseDue::nextDue() const
{
    if (!firstContactStopped)
        return firstContactDue;
    if (!decisionStopped)
        return decisionDue;
    return {};
}

ResponseDue responseDue(
    const CaseState &state, const QString &triage, const ResponseStandard &standard, const QDateTime &now)
{
    ResponseDue due;
    due.target = standard.targetFor(triage, state.highRisk);
    due.decisionStopped = state.deleted || state.status == CaseStatus::Closed;
    due.firstContactStopped
        = due.decisionStopped || state.status != CaseStatus::New || state.acknowledgedAt.isValid();
    due.received = QDateTime::fromString(state.stored, Qt::ISODate).toUTC();
    if (!due.received.isValid())
        return due; // no clock without the hour received
    due.firstContactDue = standard.dueAt(due.received, due.target.firstContactDays);
    due.decisionDue = standard.dueAt(due.received, due.target.decisionDays);
    due.firstContactOverdue = !due.firstContactStopped && now > due.firstContactDue;
    due.decisionOverdue = !due.decisionStopped && now > due.decisionDue;
    due.firstContactLate = state.acknowledgedAt.isValid() && state.acknowledgedAt > due.firstContactDue;
    return due;
}

namespace {

namespace key {
const QString region = QStringLiteral("region");
const QString timeZone = QStringLiteral("time_zone");
const QString closeOfBusiness = QStringLiteral("close_of_business");
const QString extraHolidays = QStringLiteral("extra_holidays");
const QString targets = QStringLiteral("targets");
const QString firstContact = QStringLiteral("first_contact");
const QString decision = QStringLiteral("decision");
} // namespace key

Result<ResponseStandard> refusedStandard(const QString &why)
{
    return Result<ResponseStandard>::failure(
        QStringLiteral("the response standard is refused: %1").arg(why), ErrorKind::Refused);
}

} // namespace

Result<ResponseStandard> readResponseStandard(const QByteArray &json)
{
    if (json.size() > kMaxStandardFileBytes)
        return refusedStandard(QStringLiteral("it is longer than %1 bytes").arg(kMaxStandardFileBytes));
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refusedStandard(QStringLiteral("it is not a JSON object"));
    if (const auto repeated = strict::firstRepeatedMember(json))
        return refusedStandard(QStringLiteral("the member \"%1\" appears twice").arg(*repeated));
    const QJsonObject object = document.object();
    if (const auto unknown = strict::firstUnknownMember(
            object, { key::region, key::timeZone, key::closeOfBusiness, key::extraHolidays, key::targets }))
        return refusedStandard(QStringLiteral("unknown member \"%1\"").arg(*unknown));

    ResponseStandard standard;
    if (object.contains(key::region)) {
        const auto region = holidayRegionFromName(object.value(key::region).toString());
        if (!object.value(key::region).isString() || !region)
            return refusedStandard(QStringLiteral(
                "\"region\" must be \"england-and-wales\", \"scotland\" or \"northern-ireland\""));
        standard.region = *region;
    }
    if (object.contains(key::timeZone)) {
        const QByteArray zone = object.value(key::timeZone).toString().toLatin1();
        if (!object.value(key::timeZone).isString() || zone.isEmpty() || !QTimeZone(zone).isValid())
            return refusedStandard(
                QStringLiteral("\"time_zone\" must be an IANA time zone this system knows, e.g. "
                               "\"Europe/London\""));
        standard.timeZone = zone;
    }
    if (object.contains(key::closeOfBusiness)) {
        const QString text = object.value(key::closeOfBusiness).toString();
        const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (!object.value(key::closeOfBusiness).isString() || !time.isValid() || text.size() != 5
            || time == QTime(0, 0))
            return refusedStandard(
                QStringLiteral("\"close_of_business\" must be a time of day, \"HH:MM\", after 00:00"));
        standard.closeOfBusiness = time;
    }
    if (object.contains(key::extraHolidays)) {
        const QJsonValue value = object.value(key::extraHolidays);
        if (!value.isArray() || value.toArray().size() > kMaxExtraHolidays)
            return refusedStandard(QStringLiteral("\"extra_holidays\" must be a list of at most %1 dates")
                                       .arg(kMaxExtraHolidays));
        for (const QJsonValue &item : value.toArray()) {
            const QString text = item.toString();
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (!item.isString() || !day.isValid() || text.size() != 10)
                return refusedStandard(
                    QStringLiteral("every item of \"extra_holidays\" must be a date, \"YYYY-MM-DD\""));
            standard.extraHolidays.append(day);
        }
        std::sort(standard.extraHolidays.begin(), standard.extraHolidays.end());
    }
    if (object.contains(key::targets)) {
        const QJsonValue value = object.value(key::targets);
        if (!value.isObject())
            return refusedStandard(QStringLiteral("\"targets\" must be an object of triage levels"));
        const QJsonObject targets = value.toObject();
        if (const auto unknown = strict::firstUnknownMember(targets, report::triageLevels()))
            return refusedStandard(QStringLiteral("\"targets\" has \"%1\", which is not a triage level (%2)")
                                       .arg(*unknown, report::triageLevels().join(QStringLiteral(", "))));
        for (auto it = targets.begin(); it != targets.end(); ++it) {
            const QString where = QStringLiteral("targets.%1").arg(it.key());
            if (!it.value().isObject())
                return refusedStandard(QStringLiteral("\"%1\" must be an object").arg(where));
            const QJsonObject target = it.value().toObject();
            if (const auto unknown = strict::firstUnknownMember(target, { key::firstContact, key::decision }))
                return refusedStandard(QStringLiteral("unknown member \"%1.%2\"").arg(where, *unknown));
            const auto first = strict::wholeNumber(target.value(key::firstContact), 0, kMaxTargetDays);
            const auto decision = strict::wholeNumber(target.value(key::decision), 0, kMaxTargetDays);
            if (!first || !decision)
                return refusedStandard(
                    QStringLiteral("\"%1\" needs \"first_contact\" and \"decision\", each a whole number "
                                   "of working days from 0 to %2")
                        .arg(where)
                        .arg(kMaxTargetDays));
            if (*first > *decision)
                return refusedStandard(
                    QStringLiteral("in \"%1\" the first contact comes after the decision").arg(where));
            standard.targets[it.key()] = ResponseTarget { int(*first), int(*decision) };
        }
    }
    return standard;
}

QByteArray responseStandardJson(const ResponseStandard &standard)
{
    QJsonArray extra;
    for (const QDate &day : standard.extraHolidays)
        extra.append(day.toString(Qt::ISODate));
    QJsonObject targets;
    for (auto it = standard.targets.cbegin(); it != standard.targets.cend(); ++it)
        targets.insert(it.key(),
            QJsonObject { { key::firstContact, it->firstContactDays }, { key::decision, it->decisionDays } });
    return QJsonDocument(
        QJsonObject { { key::region, holidayRegionName(standard.region) },
            { key::timeZone, QString::fromLatin1(standard.timeZone) },
            { key::closeOfBusiness, standard.closeOfBusiness.toString(QStringLiteral("HH:mm")) },
            { key::extraHolidays, extra }, { key::targets, targets } })
        .toJson(QJsonDocument::Indented);
}

Result<ResponseStandard> loadResponseStandard(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(kResponseStandardFileName));
    QFile file(path);
    if (!file.exists())
        return ResponseStandard {};
    if (!file.open(QIODevice::ReadOnly))
        return Result<ResponseStandard>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto standard = readResponseStandard(file.read(kMaxStandardFileBytes + 1));
    if (!standard)
        return Result<ResponseStandard>::failure(
            QStringLiteral("%1: %2").arg(path, standard.error()), standard.errorKind());
    return standard;
}

Result<void> saveResponseStandard(const QString &dataDir, const QByteArray &json)
{
    if (auto standard = readResponseStandard(json); !standard)
        return Result<void>::failure(standard.error(), standard.errorKind());
    return store::replacePrivateFile(QDir(dataDir).filePath(QString::fromLatin1(kResponseStandardFileName)),
        json, QStringLiteral("response standard"));
}

bool dueOrder(const CaseDue &a, const CaseDue &b)
{
    if (a.state.highRisk != b.state.highRisk)
        return a.state.highRisk;
    const QDateTime da = a.due.nextDue(), db = b.due.nextDue();
    if (da.isValid() != db.isValid())
        return da.isValid();
    if (da.isValid() && da != db)
        return da < db;
    return a.state.envelopeSeq < b.state.envelopeSeq;
}

Result<QList<CaseDue>> dueCases(CaseStore &store, const ResponseStandard &standard, const QDateTime &now)
{
    using R = Result<QList<CaseDue>>;
    auto open = store.queue();
    if (!open)
        return R::failure(open);
    QList<CaseDue> out;
    out.reserve(open->size());
    for (const CaseState &state : open.value()) {
        auto json = store.reportJson(state.id);
        if (!json)
            return R::failure(json);
        QString triage;
        if (!json->isEmpty()) {
            const auto report = report::readReport(json.value());
            crypto::wipe(json.value());
            if (report && report->flags.triage)
                triage = *report->flags.triage;
        }
        out.append(CaseDue { state, triage, responseDue(state, triage, standard, now) });
    }
    std::stable_sort(out.begin(), out.end(), dueOrder);
    return out;
}

} // namespace harbour::desk
