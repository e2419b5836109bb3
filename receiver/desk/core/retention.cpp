// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "base/strictinput.h"
#include "caseactions.h"
#include "store/keyfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace harbour::desk {

namespace {

const QString kAfter = QStringLiteral("delete_closed_after_days");
const QString kWarn = QStringLiteral("warn_days");

Result<RetentionPolicy> refused(const QString &why)
{
    return Result<RetentionPolicy>::failure(
        QStringLiteral("the retention policy is refused: %1").arg(why), ErrorKind::Refused);
}

} // namespace

Result<RetentionPolicy> readRetentionPolicy(const QByteArray &json)
{
    if (json.size() > kMaxRetentionFileBytes)
        return refused(QStringLiteral("it is longer than %1 bytes").arg(kMaxRetentionFileBytes));
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refused(QStringLiteral("it is not a JSON object"));
    if (const auto repeated = strict::firstRepeatedMember(json))
        return refused(QStringLiteral("the member \"%1\" appears twice").arg(*repeated));
    const QJsonObject object = document.object();
    if (const auto unknown = strict::firstUnknownMember(object, { kAfter, kWarn }))
        return refused(QStringLiteral("unknown member \"%1\"").arg(*unknown));
    RetentionPolicy policy;
    if (object.contains(kAfter)) {
        const auto days = strict::wholeNumber(object.value(kAfter), 0, 36500);
        if (!days)
            return refused(
                QStringLiteral("\"%1\" must be a whole number of days from 0 to 36500").arg(kAfter));
        policy.deleteClosedAfterDays = int(*days);
    }
    if (object.contains(kWarn)) {
        const auto days = strict::wholeNumber(object.value(kWarn), 0, 365);
        if (!days)
            return refused(QStringLiteral("\"%1\" must be a whole number of days from 0 to 365").arg(kWarn));
        policy.warnDays = int(*days);
    }
    return policy;
}

QByteArray retentionPolicyJson(const RetentionPolicy &policy)
{
    return QJsonDocument(QJsonObject { { kAfter, policy.deleteClosedAfterDays }, { kWarn, policy.warnDays } })
        .toJson(QJsonDocument::Indented);
}

Result<RetentionPolicy> loadRetentionPolicy(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(kRetentionFileName));
    QFile file(path);
    if (!file.exists())
        return RetentionPolicy {};
    if (!file.open(QIODevice::ReadOnly))
        return Result<RetentionPolicy>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto policy = readRetentionPolicy(file.read(kMaxRetentionFileBytes + 1));
    if (!policy)
        return Result<RetentionPolicy>::failure(
            QStringLiteral("%1: %2").arg(path, policy.error()), policy.errorKind());
    return policy;
}

Result<void> saveRetentionPolicy(const QString &dataDir, const QByteArray &json)
{
    if (auto policy = readRetentionPolicy(json); !policy)
        return Result<void>::failure(policy.error(), policy.errorKind());
    return store::replacePrivateFile(QDir(dataDir).filePath(QString::fromLatin1(kRetentionFileName)), json,
        QStringLiteral("retention policy"));
}

QString retentionWhenName(RetentionItem::When when)
{
    switch (when) {
    case RetentionItem::When::Due:
        return QStringLiteral("due");
    case RetentionItem::When::Soon:
        return QStringLiteral("soon");
    case RetentionItem::When::Later:
        break;
    }
    return QStringLiteral("later");
}

Result<QList<RetentionItem>> retentionSchedule(
    CaseStore &store, const RetentionPolicy &policy, const QDateTime &now)
{
    using R = Result<QList<RetentionItem>>;
    QList<RetentionItem> out;
    if (policy.deleteClosedAfterDays <= 0)
        return out;
    auto closed = store.closedCases();
    if (!closed)
        return R::failure(closed);
    for (const ClosedCase &c : closed.value()) {
        RetentionItem item;
        item.caseId = c.id;
        item.closedAt = c.closedAt;
        if (!c.closedAt.isValid()) {
            item.when = RetentionItem::When::Later; // closed by no event this desk can date: kept
            out.append(item);
            continue;
        }
        item.deleteAt = c.closedAt.addDays(policy.deleteClosedAfterDays);
        item.when = item.deleteAt <= now                    ? RetentionItem::When::Due
            : item.deleteAt <= now.addDays(policy.warnDays) ? RetentionItem::When::Soon
                                                            : RetentionItem::When::Later;
        out.append(item);
    }
    std::stable_sort(out.begin(), out.end(), [](const RetentionItem &a, const RetentionItem &b) {
        if (a.deleteAt.isValid() != b.deleteAt.isValid())
            return a.deleteAt.isValid();
        return a.deleteAt < b.deleteAt;
    });
    return out;
}

Result<RetentionApplied> applyRetention(
    CaseStore &store, CaseActions &actions, const RetentionPolicy &policy, const QDateTime &now)
{
    using R = Result<RetentionApplied>;
    auto schedule = retentionSchedule(store, policy, now);
    if (!schedule)
        return R::failure(schedule);
    RetentionApplied applied;
    for (const RetentionItem &item : schedule.value()) {
        if (item.when != RetentionItem::When::Due)
            continue;
        const QString reason = QStringLiteral("retention: closed %1, kept %2 days")
                                   .arg(item.closedAt.date().toString(Qt::ISODate))
                                   .arg(policy.deleteClosedAfterDays);
        if (auto deleted = actions.deleteCase(item.caseId, reason); deleted)
            applied.deleted.append(item.caseId);
        else
            applied.problems.append(
                QStringLiteral("%1: %2").arg(QString::fromLatin1(item.caseId), deleted.error()));
    }
    return applied;
}

} // namespace harbour::desk
