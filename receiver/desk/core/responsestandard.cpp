// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsestandard.h"

#include <QTimeZone>

#include <algorithm>

namespace harbour::desk {

namespace {

// gov.uk/bank-holidays, 2025 to 2030, with the substitute days the Banking and Financial Dealings
// Act 1971 gives (a holiday on a Saturday or Sunday moves to the next weekday not already one).
// tests/unit/tst_responsestandard.cpp checks each is a weekday and the Easter days against Easter.
constexpr int kEnglandAndWales[][3] = {
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

} // namespace harbour::desk
