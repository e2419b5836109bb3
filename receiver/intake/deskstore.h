// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "store/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace harbour::receiver {

// What the intake keeps for the organisations' desks (docs/protocol.md §18): which recipient keys
// belong to which organisation, each organisation's desk keys, the nonces of recent desk requests,
// and the case log: events sealed to the organisation key, which the intake stores and cannot read.
// Shares the intake store's database (schema version 2) and its thread.
class DeskStore
{
public:
    explicit DeskStore(std::shared_ptr<store::Database> db)
        : m_db(std::move(db))
    {
    }

    struct Desk
    {
        QByteArray keyId; // 32 hex characters
        QByteArray publicKey; // Ed25519, 32 bytes
        QString organisation;
        QString name;
        bool revoked = false;
    };

    // Administration (harbour-intake-admin).
    Result<void> bindRecipient(const QByteArray &recipientKeyId, const QString &organisation);
    Result<void> addDesk(const Desk &desk);
    // False when no desk has that key id.
    Result<bool> revokeDesk(const QByteArray &keyId);
    Result<std::vector<Desk>> desks();
    Result<std::optional<Desk>> findDesk(const QByteArray &keyId);
    Result<QStringList> recipientsOf(const QString &organisation);

    // Records a request's nonce; false when this desk used it before (a replay). Forgets nonces
    // older than `forgetBefore` (Unix seconds): requests that old are refused by their timestamp.
    Result<bool> useNonce(
        const QByteArray &keyId, const QByteArray &nonce, qint64 created, qint64 forgetBefore);

    struct EnvelopeRow
    {
        qint64 seq = 0;
        QByteArray envelopeJson;
        QString stored; // hour
    };
    // The organisation's envelopes after `afterSeq`, oldest first: at most `limit`, and no more
    // than `maxBytes` of envelopes (always at least one). `more` tells whether rows were left.
    Result<std::vector<EnvelopeRow>> envelopesFor(
        const QString &organisation, qint64 afterSeq, int limit, qint64 maxBytes, bool *more);

    // One envelope's wire form if it is addressed to one of the organisation's recipient keys.
    Result<std::optional<QByteArray>> envelopeFor(const QString &organisation, const QByteArray &id);

    enum class AppendOutcome { Appended, AlreadyAppended, Conflict };
    struct Appended
    {
        AppendOutcome outcome = AppendOutcome::Conflict;
        qint64 seq = 0;
    };
    Result<Appended> appendEvent(const QByteArray &id, const QString &organisation,
        const QByteArray &deskKeyId, const QByteArray &sealed, const QDateTime &now);

    struct EventRow
    {
        qint64 seq = 0;
        QByteArray id;
        QByteArray deskKeyId;
        QByteArray sealed; // empty for an erased event
        QByteArray erasedHash; // an erased event: the 32-byte hash the deleting desk named
    };
    Result<std::vector<EventRow>> eventsFor(
        const QString &organisation, qint64 afterSeq, int limit, bool *more);

    // Follow-up mailboxes (docs/protocol.md §19). Replies are sealed to the mailbox key; the intake
    // keeps which organisation posted each so only its desks can withdraw it.
    enum class PostOutcome { Stored, AlreadyStored, Conflict, MailboxFull };
    Result<PostOutcome> postReply(const QByteArray &id, const QByteArray &mailboxId,
        const QString &organisation, const QByteArray &sealed, const QDateTime &now, int maxPerMailbox);
    // False when the organisation has no reply with this id.
    Result<bool> withdrawReply(const QByteArray &id, const QString &organisation);
    struct ReplyRow
    {
        QByteArray id;
        QByteArray sealed;
    };
    // Oldest first; the same query whether the mailbox was ever posted to or not.
    Result<std::vector<ReplyRow>> repliesFor(const QByteArray &mailboxId);
    Result<void> deleteReplies(const QByteArray &mailboxId, const QList<QByteArray> &ids);
    // Deletes every reply stored before the hour `before` (retention).
    Result<qint64> expireReplies(const QDateTime &before);
    // As useNonce, for a mailbox's requests.
    Result<bool> useMailboxNonce(
        const QByteArray &mailboxId, const QByteArray &nonce, qint64 created, qint64 forgetBefore);
    // What a desk has: asking for a page after `after` says it holds everything up to `after`
    // (docs/protocol.md §18.6). Kept as the highest seen.
    Result<void> noteListed(const QByteArray &deskKeyId, bool envelopes, qint64 after);

    // Each organisation's choice (harbour-intake-admin envelope-retention): envelopes stay until a
    // desk deletes their case (Never), go once every active desk of the organisation has listed them
    // (Fetched), or go `days` days after they were stored, listed or not (AfterDays).
    enum class EnvelopeRemoval { Never, Fetched, AfterDays };
    struct EnvelopeRetention
    {
        EnvelopeRemoval removal = EnvelopeRemoval::Never;
        int days = 0;
    };
    static QString removalName(EnvelopeRemoval removal); // "never", "fetched", "after-days"
    static std::optional<EnvelopeRemoval> removalFromName(const QString &name);
    Result<void> setEnvelopeRetention(const QString &organisation, const EnvelopeRetention &retention);
    Result<EnvelopeRetention> envelopeRetention(const QString &organisation);
    // Removes the envelopes the organisation's retention lets go at `now` (every organisation when
    // `organisation` is empty); how many went.
    Result<int> pruneEnvelopes(const QString &organisation, const QDateTime &now);

    // A desk's request to delete a case (docs/protocol.md §18.5): the envelope, when it is addressed
    // to the organisation, and the named events, each replaced by its erased row (seq, id, desk and
    // the hash named). Every named event must be the organisation's (or already erased for it);
    // otherwise nothing changes and `unknownEvent` names the first that is not.
    struct NamedEvent
    {
        QByteArray id; // 16 bytes
        QByteArray hash; // 32 bytes
    };
    struct CaseDeleted
    {
        bool envelope = false; // an envelope was deleted now
        int events = 0; // events erased now
    };
    Result<std::optional<CaseDeleted>> deleteCase(const QString &organisation, const QByteArray &envelopeId,
        const QList<NamedEvent> &events, QByteArray *unknownEvent);
    // After a deletion: the write-ahead log folded in and emptied, the file rebuilt (VACUUM), so what
    // was deleted is not left in free pages or the log (secure_delete is on as well).
    // With `vacuum` false only the log is folded in (the cheap part, after envelopes went by retention).
    Result<void> compact(bool vacuum = true);

private:
    QString readError() const;
    std::shared_ptr<store::Database> m_db;
};

} // namespace harbour::receiver
