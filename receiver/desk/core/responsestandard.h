// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "casestore.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

// The organisation's minimum standard of response (issue 14, docs/desk.md "Response standard"):
// targets per triage level counted in working days, so the desk can show when a case is due and
// whether it is overdue. Defaults from the Victims' Code of Practice (England and Wales): referral
// to support (the desk's first contact) within 2 working days, decisions (including not to act)
// explained within 5. Urgent and high-risk reports get their first contact within 1 working day:
// the person may be in danger now, and the Code's enhanced rights (victims of the most serious
// crime, persistently targeted, vulnerable or intimidated victims, which an urgent or high-risk
// hate crime report points to) shorten its time limits to 1 working day. The decision clock stays
// at 5 for them: a decision on a high-risk case is usually taken with partners (MARAC). The
// organisation sets its own in a settings file (readResponseStandard, kResponseStandardFileName).
namespace harbour::desk {

// Whose bank holidays count. The tables (2024 to 2030) are in responsestandard.cpp.
enum class HolidayRegion { EnglandAndWales, Scotland, NorthernIreland };
QString holidayRegionName(HolidayRegion region); // "england-and-wales", "scotland", "northern-ireland"
std::optional<HolidayRegion> holidayRegionFromName(const QString &name);

// The bank holidays of a region in the years the table covers (substitute days included: a holiday
// on a weekend moves to the next weekday), sorted.
const QList<QDate> &bankHolidays(HolidayRegion region);
inline constexpr int kFirstHolidayYear = 2024;
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

// The organisation's standard as a JSON settings file, every member optional (the default when
// absent), nothing else allowed:
//   {"region": "england-and-wales" | "scotland" | "northern-ireland",
//    "time_zone": "Europe/London", "close_of_business": "17:00",
//    "extra_holidays": ["2026-12-24", ...],
//    "targets": {"standard": {"first_contact": 2, "decision": 5}, "elevated": {...}, "high": {...}}}
// Days are whole numbers from 0 to kMaxTargetDays, first_contact no later than decision. A file
// that breaks a rule is refused (ErrorKind::Refused) naming the member; nothing of it is used.
inline constexpr int kMaxTargetDays = 60;
inline constexpr int kMaxExtraHolidays = 1000;
inline constexpr qint64 kMaxStandardFileBytes = 64 * 1024;
Result<ResponseStandard> readResponseStandard(const QByteArray &json);
QByteArray responseStandardJson(const ResponseStandard &standard); // every member written, indented

// Where a desk keeps its organisation's standard: this file in the desk's folder (not secret: it
// holds the organisation's targets and closed days, nothing of any report). Absent: the defaults.
inline constexpr char kResponseStandardFileName[] = "response-standard.json";
Result<ResponseStandard> loadResponseStandard(const QString &dataDir);
// Checks `json` and puts it in place (atomically, 0600) as the desk's standard.
Result<void> saveResponseStandard(const QString &dataDir, const QByteArray &json);

// One open case with its clocks.
struct CaseDue
{
    CaseState state;
    QString triage; // the report's flags.triage, "" when unknown
    ResponseDue due;
};

// The queue's order by response: urgent and high-risk first, then the earliest next due moment
// (a case whose clocks have not started or have stopped last), then the oldest.
bool dueOrder(const CaseDue &a, const CaseDue &b);

// Every open case (not closed, not deleted, with a report) with its clocks at `now`, in dueOrder.
// Opens each report for its triage level only; nothing of it is kept.
Result<QList<CaseDue>> dueCases(CaseStore &store, const ResponseStandard &standard, const QDateTime &now);

} // namespace harbour::desk
