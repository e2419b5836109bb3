// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "protocol/envelope.h"

#include <QDateTime>
#include <QSet>
#include <QUrl>

#include <optional>
#include <vector>

namespace harbour::store {

// The encrypted outbox: sealed envelopes awaiting delivery and the receipts of delivered ones.
// It never holds report plaintext; each row is already sealed to its recipient.
class Outbox
{
public:
    struct Pending
    {
        QByteArray envelopeId;
        QString reference;
        QString recipient; // display name of the organisation
        QUrl intakeUrl;
        QByteArray envelopeJson;
        int attempts = 0;
        qint64 nextAttemptMs = 0;
        // TLS pins for the intake (docs/protocol.md §11.4): base64 SHA-256 of its certificate's
        // SubjectPublicKeyInfo, several separated by commas; empty when the directory gives none.
        QString tlsPin;
        // Sent through Tor (the person chose it when sending, docs/protocol.md §11.7), to the
        // intake's onion address when the directory gave one ("<56 characters>.onion"), else to its
        // own address through a Tor exit. Never sent any other way once queued so.
        bool viaTor = false;
        QString onion {};
    };

    // Queued: being sent. Refused: the intake refused it for good (docs/protocol.md §11.3) and it is
    // no longer sent. Expired: not delivered in the time allowed, no longer sent. Sent: receipt held.
    enum class State { Unknown, Queued, Sent, Refused, Expired };

    // Opens <dataDir>/outbox.db with the key in <dataDir>/outbox.key, creating both on first run.
    static Result<std::unique_ptr<Outbox>> openInDirectory(const QString &dataDir);
    static Result<std::unique_ptr<Outbox>> open(const QString &databasePath, const QByteArray &rawKey);

    // Durable when it returns true: the row is committed with synchronous=FULL.
    // tlsPin: the directory's pin(s) for this intake, base64, comma-separated (see Pending::tlsPin).
    Result<void> enqueue(const protocol::Envelope &envelope, const QString &reference,
        const QString &recipient, const QUrl &intakeUrl, qint64 nowMs, const QString &tlsPin = {});
    // One report's envelopes (one per recipient), queued all together or not at all: a report
    // half queued when the disk fills would be sent twice to some recipients if sent again.
    struct Item
    {
        protocol::Envelope envelope;
        QString recipient;
        QUrl intakeUrl;
        QString tlsPin;
        bool viaTor = false; // see Pending::viaTor and Pending::onion
        QString onion {};
    };
    // sendWithinMs > 0 (the person asked to send later): each envelope's first attempt is at its own
    // uniformly random time in [nowMs, nowMs + sendWithinMs], so the time of sending does not say
    // when the report was made. The queue time kept is rounded down to the hour.
    Result<void> enqueueAll(
        const std::vector<Item> &items, const QString &reference, qint64 nowMs, qint64 sendWithinMs = 0);
    // Up to `limit` envelopes due at nowMs, earliest first, leaving out those in `skip` (the
    // forwarder's requests in flight, which stay due until they end).
    std::vector<Pending> due(qint64 nowMs, int limit = 16, const QSet<QByteArray> &skip = {});
    // When the earliest envelope not in `skip` is due; nullopt when there is none.
    std::optional<qint64> nextAttemptMs(const QSet<QByteArray> &skip = {});
    // A failed attempt made at attemptedAtMs (-1: the time of the last attempt stays as it was).
    bool recordFailure(
        const QByteArray &envelopeId, int attempts, qint64 nextAttemptMs, qint64 attemptedAtMs = -1);
    // A permanent refusal (a 4xx other than 408/425/428/429): counted; at maxRefusals the envelope
    // is Refused and never sent again unless tryAgain(). Returns the envelope's state afterwards.
    State recordRefusal(const QByteArray &envelopeId, int attempts, qint64 nextAttemptMs,
        qint64 attemptedAtMs, int maxRefusals);
    // Queued envelopes first queued at or before cutoffMs become Expired; returns their references.
    QStringList expireQueuedBefore(qint64 cutoffMs);
    // A refused or expired report is queued again (the person asked), as if queued at nowMs.
    bool tryAgain(const QString &reference, qint64 nowMs);
    // Every queued envelope tried before is due at nowMs, but never sooner than floorMs after its last
    // attempt. Envelopes not tried yet keep their time (a report the person asked to send later).
    bool retryAllNow(qint64 nowMs, qint64 floorMs = 0);
    // After a valid receipt: deletes the envelope (its organisation, intake and pins with it) and
    // keeps only its reference, until forgetDelivered(). Neither the receipt nor the time is kept.
    bool markDelivered(const QByteArray &envelopeId, const QByteArray &receiptJson, qint64 nowMs);
    // Forgets delivered reports but `keep` (the report on screen): the device keeps nothing of a
    // report once its session is over.
    bool forgetDelivered(const QString &keep = {});

    int pendingCount();
    // Envelopes no longer sent (refused or expired): the person is told.
    int stoppedCount();
    int deliveredCount();
    State stateOf(const QString &reference);
    QString integrityCheck() { return m_db->integrityCheck(); }
    void close() { m_db->close(); }

private:
    explicit Outbox(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    {
    }
    QString createSchema();
    QString migrate();
    void makeRoom();
    std::shared_ptr<Database> m_db;
};

} // namespace harbour::store
