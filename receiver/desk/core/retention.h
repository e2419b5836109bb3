// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "casestore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// Retention (docs/desk.md "Retention"): closed cases are deleted a period after they were closed,
// the organisation's choice, with a warning before. Deleting a case is a "deleted" event in the case
// log, so every desk wipes it, and a request to the intake for its envelope and events
// (CaseActions::deleteCase). Nothing is deleted by a sync: `harbour-desk-sync retention --apply` (or
// the desk's UI) does it, so a person or a scheduled job decides when, after the warning.
namespace harbour::desk {

class CaseActions;

struct RetentionPolicy
{
    int deleteClosedAfterDays = 0; // 0: closed cases are kept until deleted by hand
    int warnDays = 14; // listed as "soon" this many days before they go

    bool operator==(const RetentionPolicy &) const = default;
};

// {"delete_closed_after_days": N (0 to 36500), "warn_days": M (0 to 365)}, both optional, nothing
// else; a file that breaks a rule is refused (ErrorKind::Refused) naming the member.
inline constexpr qint64 kMaxRetentionFileBytes = 4096;
Result<RetentionPolicy> readRetentionPolicy(const QByteArray &json);
QByteArray retentionPolicyJson(const RetentionPolicy &policy);
// In the desk's folder beside the store, like the response standard; absent: nothing is deleted.
inline constexpr char kRetentionFileName[] = "retention.json";
Result<RetentionPolicy> loadRetentionPolicy(const QString &dataDir);
Result<void> saveRetentionPolicy(const QString &dataDir, const QByteArray &json);

struct RetentionItem
{
    enum class When { Due, Soon, Later };
    QByteArray caseId;
    QDateTime closedAt; // invalid when the desk does not know (then it is not deleted by retention)
    QDateTime deleteAt;
    When when = When::Later;
};
QString retentionWhenName(RetentionItem::When when); // "due", "soon", "later"

// Every closed case with the moment retention deletes it, in that order. Empty without a period.
Result<QList<RetentionItem>> retentionSchedule(
    CaseStore &store, const RetentionPolicy &policy, const QDateTime &now);

struct RetentionApplied
{
    QList<QByteArray> deleted; // cases deleted now
    QStringList problems; // one line a case that could not be deleted (it stays for the next run)
};
// Deletes every case due at `now`, each with the reason "retention: closed <date>, kept <N> days".
Result<RetentionApplied> applyRetention(
    CaseStore &store, CaseActions &actions, const RetentionPolicy &policy, const QDateTime &now);

} // namespace harbour::desk
