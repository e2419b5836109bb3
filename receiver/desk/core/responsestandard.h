// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casestore.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

// The organisation's minimum standard of response (issue 14, docs/desk.md "Response standard"):
// targets per triage level counted in working days, so the desk can show when a case is due and
// whether it is overdue. Defaults from the Victims' Code of Practice (England and Wales): first
// contact (referral to support) within 2 working days, the decision explained within 5; urgent and
// high-risk reports get their first contact within 1 working day. The organisation sets its own.
namespace harbour::desk {

// Whose bank holidays count. The tables (2025 to 2030) are in responsestandard.cpp.
enum class HolidayRegion { EnglandAndWales, Scotland, NorthernIreland };
QString holidayRegionName(HolidayRegion region); // "england-and-wales", "scotland", "northern-ireland"
std::optional<HolidayRegion> holidayRegionFromName(const QString &name);

// The bank holidays of a region in the years the table covers (substitute days included: a holiday
// on a weekend moves to the next weekday), sorted.
const QList<QDate> &bankHolidays(HolidayRegion region);
inline constexpr int kFirstHolidayYear = 2025;
inline constexpr int kLastHolidayYear = 2030;

struct ResponseTarget
{
    int firstContactDays = 2; // acknowledged (or any later status) within this many working days
    int decisionDays = 5; // closed (the decision made and explained) within this many

    bool operator==(const ResponseTarget &) const = default;
};

struct ResponseStandard
{
    HolidayRegion region = HolidayRegion::EnglandAndWales;
    QList<QDate>
        extraHolidays; // the organisation's own closed days (local holidays, a year outside the table)
    // A report received on a working day at or after this local time counts from the next working day.
    QTime closeOfBusiness { 17, 0 };
    // The clock's zone: UK law counts days in UK local time, whatever the desk's own zone.
    QByteArray timeZone = QByteArrayLiteral("Europe/London");
    // Targets by triage level (report::triageLevels(): "standard", "elevated", "high"); a case the
    // desk marks high risk (urgent, or triage high) uses "high". A level not listed uses "standard".
    QMap<QString, ResponseTarget> targets {
        { QStringLiteral("standard"), ResponseTarget { 2, 5 } },
        { QStringLiteral("elevated"), ResponseTarget { 2, 5 } },
        { QStringLiteral("high"), ResponseTarget { 1, 5 } },
    };

    ResponseTarget targetFor(const QString &triage, bool highRisk) const;
    bool isWorkingDay(const QDate &day) const;
    // The day the clock starts on: the day received if that is a working day and the report came
    // before closeOfBusiness, else the next working day.
    QDate clockStart(const QDateTime &received) const;
    // The last working day to meet a target of `days` working days counted from `start` (day 0):
    // with 0 the start day itself.
    QDate addWorkingDays(const QDate &start, int days) const;
    // The moment a target falls due: closeOfBusiness on the last working day, in UTC.
    QDateTime dueAt(const QDateTime &received, int days) const;
};

struct ResponseDue
{
    QDateTime received; // UTC; invalid when the desk does not know the hour (no envelope yet)
    ResponseTarget target;
    QDateTime firstContactDue; // UTC
    QDateTime decisionDue;
    bool firstContactStopped = false; // acknowledged, or any status past new, or closed or deleted
    bool decisionStopped = false; // closed or deleted
    bool firstContactOverdue = false;
    bool decisionOverdue = false;
    bool firstContactLate = false; // acknowledged after it fell due (a met-late figure for the manager)

    bool overdue() const { return firstContactOverdue || decisionOverdue; }
    // The next date that matters: the first contact's while that clock runs, else the decision's;
    // invalid once both clocks have stopped.
    QDateTime nextDue() const;
};

// A case's due dates from the hour the intake stored its report (CaseState::stored) and its status,
// as they stand at `now`. `triage` is the report's flags.triage ("" when unknown).
ResponseDue responseDue(
    const CaseState &state, const QString &triage, const ResponseStandard &standard, const QDateTime &now);

} // namespace harbour::desk
