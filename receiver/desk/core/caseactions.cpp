// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseactions.h"

#include "crypto/sodium.h"
#include "deskclient.h"
#include "desksync.h"
#include "protocol/mailbox.h"

#include <QJsonDocument>

namespace harbour::desk {

Result<CaseDetails> caseDetails(CaseStore &store, const QByteArray &caseId)
{
    using R = Result<CaseDetails>;
    auto state = store.caseState(caseId);
    if (!state)
        return R::failure(state);
    if (!state->has_value())
        return R::failure(
            QStringLiteral("this desk has no case %1").arg(QString::fromLatin1(caseId)), ErrorKind::NotFound);
    CaseDetails details;
    details.state = state->value();
    auto json = store.reportJson(caseId);
    if (!json)
        return R::failure(json);
    if (!json->isEmpty()) {
        auto report = report::readReport(json.value());
        crypto::wipe(json.value());
        if (report) {
            details.problems = report->malformed;
            const bool direct = report->routing && report->routing->contact == report::contactKind::direct;
            if (report->contact && !direct) {
                report->contact.reset();
                details.problems << QStringLiteral("contact details were held back: the report's routing "
                                                   "does not allow this organisation to "
                                                   "contact the reporter directly");
            }
            details.contactShown = report->contact.has_value();
            details.report = report.value();
        } else {
            details.problems << report.error();
        }
    }
    auto notes = store.notes(caseId);
    if (!notes)
        return R::failure(notes);
    details.notes = notes.value();
    auto history = store.history(caseId);
    if (!history)
        return R::failure(history);
    details.history = history.value();
    auto replies = store.sentReplies(caseId);
    if (!replies)
        return R::failure(replies);
    details.replies = replies.value();
    auto answers = store.answers(caseId);
    if (!answers)
        return R::failure(answers);
    details.answers = answers.value();
    details.hasMailbox = details.report && details.report->followup
        && protocol::mailbox::FollowUp::fromJson(*details.report->followup).ok();
    return details;
}

CaseActions::CaseActions(CaseStore &store, DeskClient &client)
    : m_store(store)
    , m_client(client)
{
}

Result<qint64> CaseActions::append(CaseEvent event, bool *kept)
{
    if (kept)
        *kept = false;
    using R = Result<qint64>;
    if (event.type != EventType::KeyRotated) {
        auto state = m_store.caseState(crypto::toHex(event.caseId));
        if (!state)
            return R::failure(state);
        if (!state->has_value())
            return R::failure(QStringLiteral("this desk has no case %1")
                                  .arg(QString::fromLatin1(crypto::toHex(event.caseId))),
                ErrorKind::NotFound);
        if (state->value().deleted)
            return R::failure(QStringLiteral("the case was deleted; nothing more can be recorded on it"),
                ErrorKind::Refused);
    }
    auto prev = m_store.lastAppliedHash();
    if (!prev)
        return R::failure(prev);
    const protocol::KeyPair &organisation = m_store.currentOrganisationKey();
    event.id = crypto::randomBytes(kEventIdBytes);
    event.at = QDateTime::currentDateTimeUtc();
    event.prev = prev.value();
    event.membership = membershipProof(organisation.secretKey, m_store.deskPublicKey());
    QByteArray plaintext;
    {
        auto signedEvent = signEvent(event, m_store.deskSecretKey());
        if (!signedEvent)
            return R::failure(signedEvent);
        plaintext = signedEvent.value();
    }
    auto sealed = sealEvent(plaintext, organisation.publicKey);
    crypto::wipe(plaintext);
    if (!sealed)
        return R::failure(sealed);
    // Kept before it is sent: a desk stopped before the intake answers sends it at its next sync.
    const QByteArray id = crypto::toHex(event.id);
    if (auto pending = m_store.addPending({ id, sealed.value() }); !pending)
        return R::failure(QStringLiteral("cannot keep the change on this desk: %1").arg(pending.error()));
    if (kept)
        *kept = true;
    auto appended = m_client.appendEvent(id, sealed.value());
    if (!appended)
        return R::failure(
            QStringLiteral("kept on this desk, to be sent at the next sync: %1").arg(appended.error()),
            appended.errorKind());
    // Applied in the log's order with whatever other desks appended before it.
    DeskSync sync(m_store, m_client);
    if (auto synced = sync.syncEvents(); !synced)
        return R::failure(
            QStringLiteral("the intake holds the change (seq %1) but it is not applied here yet: %2")
                .arg(appended->seq)
                .arg(synced.error()));
    return appended->seq;
}

Result<qint64> CaseActions::acknowledge(const QByteArray &caseId)
{
    CaseEvent event;
    event.type = EventType::Acknowledged;
    event.caseId = crypto::fromHexStrict(caseId, kEventIdBytes);
    return append(event);
}

Result<qint64> CaseActions::setStatus(
    const QByteArray &caseId, CaseStatus status, bool recordOnly, const QString &closedReason)
{
    CaseEvent event;
    event.type = EventType::Status;
    event.caseId = crypto::fromHexStrict(caseId, kEventIdBytes);
    event.status = status;
    event.recordOnly = recordOnly;
    event.reason = closedReason;
    return append(event);
}

Result<qint64> CaseActions::setOwner(const QByteArray &caseId, const QString &owner)
{
    CaseEvent event;
    event.type = EventType::Owner;
    event.caseId = crypto::fromHexStrict(caseId, kEventIdBytes);
    event.owner = owner;
    return append(event);
}

Result<qint64> CaseActions::addNote(const QByteArray &caseId, const QString &text)
{
    CaseEvent event;
    event.type = EventType::Note;
    event.caseId = crypto::fromHexStrict(caseId, kEventIdBytes);
    event.text = text;
    return append(event);
}

Result<qint64> CaseActions::setNextAction(const QByteArray &caseId, const QString &text, const QDate &due)
{
    CaseEvent event;
    event.type = EventType::NextAction;
    event.caseId = crypto::fromHexStrict(caseId, kEventIdBytes);
    event.text = text;
    event.due = due;
    return append(event);
}

Result<qint64> CaseActions::recordExport(const QByteArray &caseId, const QString &purpose, bool *kept)
{
    CaseEvent event;
    event.type = EventType::Export;
    event.caseId = crypto::fromHexStrict(caseId, kEventIdBytes);
    event.purpose = purpose;
    return append(event, kept);
}

Result<qint64> CaseActions::deleteCase(const QByteArray &caseId, const QString &reason)
{
    CaseEvent event;
    event.type = EventType::Deleted;
    event.caseId = crypto::fromHexStrict(caseId, kEventIdBytes);
    event.reason = reason;
    auto appended = append(event);
    if (!appended)
        return appended;
    // Then at the intake: the envelope and the case's events (§18.5). Not reached now, it is asked
    // again at every sync until it is done, by this desk and by every other.
    DeskSync sync(m_store, m_client);
    if (auto purged = sync.purgeDeleted(); !purged)
        return Result<qint64>::failure(
            QStringLiteral("the case is deleted (seq %1) but this desk could not note it for the intake: %2")
                .arg(appended.value())
                .arg(purged.error()));
    return appended;
}

Result<qint64> CaseActions::recordKeyRotation(const QByteArray &newKeyId)
{
    CaseEvent event;
    event.type = EventType::KeyRotated;
    event.keyId = newKeyId;
    return append(event);
}

Result<qint64> CaseActions::reply(const QByteArray &caseId, const QString &text)
{
    namespace mb = protocol::mailbox;
    using R = Result<qint64>;
    auto details = caseDetails(m_store, caseId);
    if (!details)
        return R::failure(details);
    if (details->state.deleted)
        return R::failure(
            QStringLiteral("the case was deleted; nothing more can be sent on it"), ErrorKind::Refused);
    if (!details->report || !details->report->followup)
        return R::failure(QStringLiteral("the reporter took no follow-up code, so there is no way to reply "
                                         "through Harbour"),
            ErrorKind::Refused);
    const auto followup = mb::FollowUp::fromJson(*details->report->followup);
    if (!followup)
        return R::failure(
            QStringLiteral("the report's follow-up mailbox is malformed (%1); no reply can be sent")
                .arg(followup.error()),
            ErrorKind::Refused);
    const QString organisation = details->report->routing ? details->report->routing->recipient : QString();
    mb::Reply reply;
    reply.id = crypto::randomBytes(mb::kReplyIdBytes);
    reply.caseId = crypto::fromHexStrict(caseId, protocol::kEnvelopeIdBytes);
    reply.organisation = organisation.isEmpty() ? QStringLiteral("organisation") : organisation;
    reply.at = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    reply.text = text;
    // The log entry is checked first, so that a reply the log would refuse is never sent.
    CaseEvent event;
    event.type = EventType::ReplySent;
    event.caseId = reply.caseId;
    event.replyId = reply.id;
    event.text = text;
    if (auto plaintext = mb::replyPlaintext(reply); !plaintext)
        return R::failure(plaintext);
    auto sealed = mb::sealReply(reply, followup->boxPublicKey);
    if (!sealed)
        return R::failure(sealed);
    auto posted = m_client.postReply(crypto::toHex(reply.id), followup->mailboxId, sealed.value());
    if (!posted)
        return R::failure(
            QStringLiteral("the reply was not sent: %1").arg(posted.error()), posted.errorKind());
    auto recorded = append(event);
    if (!recorded)
        return R::failure(
            QStringLiteral("the reply was sent, but its record in the case log is not applied yet: %1")
                .arg(recorded.error()),
            recorded.errorKind());
    return recorded;
}

} // namespace harbour::desk
