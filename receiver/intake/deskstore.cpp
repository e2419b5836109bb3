// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskstore.h"

namespace harbour::receiver {

using Statement = store::Database::Statement;

QString DeskStore::readError() const
{
    return QStringLiteral("the intake store cannot be read: %1").arg(m_db->lastError());
}

Result<void> DeskStore::bindRecipient(const QByteArray &recipientKeyId, const QString &organisation)
{
    Statement s(*m_db, "INSERT OR REPLACE INTO organisations (recipient, organisation) VALUES (?1, ?2);");
    s.bind(1, QString::fromLatin1(recipientKeyId)).bind(2, organisation);
    s.next();
    if (!s.ok())
        return Result<void>::failure(
            QStringLiteral("cannot record the recipient key: %1").arg(m_db->lastError()));
    return {};
}

Result<void> DeskStore::addDesk(const Desk &desk)
{
    Statement s(*m_db,
        "INSERT INTO desks (key_id, public_key, organisation, name, revoked) VALUES (?1, ?2, ?3, ?4, 0);");
    s.bind(1, QString::fromLatin1(desk.keyId))
        .bind(2, desk.publicKey)
        .bind(3, desk.organisation)
        .bind(4, desk.name);
    s.next();
    if (!s.ok())
        return Result<void>::failure(
            QStringLiteral("cannot add the desk (is its key already registered?): %1")
                .arg(m_db->lastError()));
    return {};
}

Result<bool> DeskStore::revokeDesk(const QByteArray &keyId)
{
    Statement s(*m_db, "UPDATE desks SET revoked = 1 WHERE key_id = ?1;");
    s.bind(1, QString::fromLatin1(keyId));
    s.next();
    if (!s.ok())
        return Result<bool>::failure(QStringLiteral("cannot revoke the desk: %1").arg(m_db->lastError()));
    return m_db->changes() > 0;
}

namespace {
DeskStore::Desk deskFrom(const Statement &s)
{
    return DeskStore::Desk { s.text(0).toLatin1(), s.blob(1), s.text(2), s.text(3), s.integer(4) != 0 };
}
} // namespace

Result<std::vector<DeskStore::Desk>> DeskStore::desks()
{
    std::vector<Desk> desks;
    Statement s(*m_db,
        "SELECT key_id, public_key, organisation, name, revoked FROM desks ORDER BY organisation, name;");
    while (s.next())
        desks.push_back(deskFrom(s));
    if (!s.ok())
        return Result<std::vector<Desk>>::failure(readError());
    return desks;
}

Result<std::optional<DeskStore::Desk>> DeskStore::findDesk(const QByteArray &keyId)
{
    Statement s(
        *m_db, "SELECT key_id, public_key, organisation, name, revoked FROM desks WHERE key_id = ?1;");
    s.bind(1, QString::fromLatin1(keyId));
    if (s.next())
        return std::optional<Desk>(deskFrom(s));
    if (!s.ok())
        return Result<std::optional<Desk>>::failure(readError());
    return std::optional<Desk>();
}

Result<QStringList> DeskStore::recipientsOf(const QString &organisation)
{
    QStringList recipients;
    Statement s(*m_db, "SELECT recipient FROM organisations WHERE organisation = ?1 ORDER BY recipient;");
    s.bind(1, organisation);
    while (s.next())
        recipients.append(s.text(0));
    if (!s.ok())
        return Result<QStringList>::failure(readError());
    return recipients;
}

Result<bool> DeskStore::useNonce(
    const QByteArray &keyId, const QByteArray &nonce, qint64 created, qint64 forgetBefore)
{
    bool fresh = false;
    const Result<void> done = m_db->transaction([&]() {
        Statement forget(*m_db, "DELETE FROM desk_nonces WHERE created < ?1;");
        forget.bind(1, forgetBefore);
        forget.next();
        Statement insert(
            *m_db, "INSERT OR IGNORE INTO desk_nonces (key_id, nonce, created) VALUES (?1, ?2, ?3);");
        insert.bind(1, QString::fromLatin1(keyId)).bind(2, QString::fromLatin1(nonce)).bind(3, created);
        insert.next();
        fresh = m_db->changes() == 1;
        return forget.ok() && insert.ok();
    });
    if (!done)
        return Result<bool>::failure(done.error(), done.errorKind());
    return fresh;
}

Result<std::vector<DeskStore::EnvelopeRow>> DeskStore::envelopesFor(
    const QString &organisation, qint64 afterSeq, int limit, qint64 maxBytes, bool *more)
{
    std::vector<EnvelopeRow> rows;
    *more = false;
    qint64 bytes = 0;
    Statement s(*m_db,
        "SELECT e.seq, e.envelope, e.stored FROM envelopes e JOIN organisations o ON o.recipient = "
        "e.recipient"
        " WHERE o.organisation = ?1 AND e.seq > ?2 ORDER BY e.seq LIMIT ?3;");
    s.bind(1, organisation).bind(2, afterSeq).bind(3, qint64(limit) + 1);
    while (s.next()) {
        EnvelopeRow row { s.integer(0), s.blob(1), s.text(2) };
        if (int(rows.size()) == limit || (!rows.empty() && bytes + row.envelopeJson.size() > maxBytes)) {
            *more = true;
            break;
        }
        bytes += row.envelopeJson.size();
        rows.push_back(std::move(row));
    }
    if (!s.ok())
        return Result<std::vector<EnvelopeRow>>::failure(readError());
    return rows;
}

Result<std::optional<QByteArray>> DeskStore::envelopeFor(const QString &organisation, const QByteArray &id)
{
    Statement s(*m_db,
        "SELECT e.envelope FROM envelopes e JOIN organisations o ON o.recipient = e.recipient"
        " WHERE o.organisation = ?1 AND e.id = ?2;");
    s.bind(1, organisation).bind(2, id);
    if (s.next())
        return std::optional<QByteArray>(s.blob(0));
    if (!s.ok())
        return Result<std::optional<QByteArray>>::failure(readError());
    return std::optional<QByteArray>();
}

Result<DeskStore::Appended> DeskStore::appendEvent(const QByteArray &id, const QString &organisation,
    const QByteArray &deskKeyId, const QByteArray &sealed, const QDateTime &now)
{
    Appended appended;
    const Result<void> done = m_db->transaction([&]() {
        Statement existing(*m_db, "SELECT seq, organisation, sealed FROM events WHERE id = ?1;");
        existing.bind(1, id);
        if (existing.next()) {
            // A retry of the same event gets its first sequence number; anything else under that id is
            // refused.
            const bool same = existing.text(1) == organisation && existing.blob(2) == sealed;
            appended.outcome = same ? AppendOutcome::AlreadyAppended : AppendOutcome::Conflict;
            appended.seq = same ? existing.integer(0) : 0;
            return true;
        }
        if (!existing.ok())
            return false;
        Statement last(*m_db, "SELECT COALESCE(MAX(seq), 0) FROM events;");
        if (!last.next())
            return false;
        appended.seq = last.integer(0) + 1;
        appended.outcome = AppendOutcome::Appended;
        // The hour only, like an envelope's: the sequence number already gives the order.
        QDateTime hour = now.toUTC();
        hour.setTime(QTime(hour.time().hour(), 0));
        Statement insert(*m_db,
            "INSERT INTO events (seq, id, organisation, desk, sealed, stored) VALUES (?1, ?2, ?3, ?4, ?5, "
            "?6);");
        insert.bind(1, appended.seq)
            .bind(2, id)
            .bind(3, organisation)
            .bind(4, QString::fromLatin1(deskKeyId))
            .bind(5, sealed)
            .bind(6, hour.toString(Qt::ISODate));
        insert.next();
        return insert.ok();
    });
    if (!done)
        return Result<Appended>::failure(
            QStringLiteral("the case event could not be stored: %1").arg(done.error()), done.errorKind());
    return appended;
}

Result<std::vector<DeskStore::EventRow>> DeskStore::eventsFor(
    const QString &organisation, qint64 afterSeq, int limit, bool *more)
{
    std::vector<EventRow> rows;
    *more = false;
    Statement s(*m_db,
        "SELECT seq, id, desk, sealed FROM events WHERE organisation = ?1 AND seq > ?2 ORDER BY seq LIMIT "
        "?3;");
    s.bind(1, organisation).bind(2, afterSeq).bind(3, qint64(limit) + 1);
    while (s.next()) {
        if (int(rows.size()) == limit) {
            *more = true;
            break;
        }
        rows.push_back(EventRow { s.integer(0), s.blob(1), s.text(2).toLatin1(), s.blob(3) });
    }
    if (!s.ok())
        return Result<std::vector<EventRow>>::failure(readError());
    return rows;
}

namespace {
QString hourText(const QDateTime &time)
{
    QDateTime hour = time.toUTC();
    hour.setTime(QTime(hour.time().hour(), 0));
    return hour.toString(Qt::ISODate);
}
} // namespace

Result<DeskStore::PostOutcome> DeskStore::postReply(const QByteArray &id, const QByteArray &mailboxId,
    const QString &organisation, const QByteArray &sealed, const QDateTime &now, int maxPerMailbox)
{
    PostOutcome outcome = PostOutcome::Conflict;
    const Result<void> done = m_db->transaction([&]() {
        Statement existing(*m_db, "SELECT mailbox, organisation, sealed FROM replies WHERE id = ?1;");
        existing.bind(1, id);
        if (existing.next()) {
            const bool same = existing.text(0).toLatin1() == mailboxId && existing.text(1) == organisation
                && existing.blob(2) == sealed;
            outcome = same ? PostOutcome::AlreadyStored : PostOutcome::Conflict;
            return true;
        }
        if (!existing.ok())
            return false;
        Statement count(*m_db, "SELECT COUNT(*) FROM replies WHERE mailbox = ?1;");
        count.bind(1, QString::fromLatin1(mailboxId));
        if (!count.next())
            return false;
        if (count.integer(0) >= maxPerMailbox) {
            outcome = PostOutcome::MailboxFull;
            return true;
        }
        Statement last(*m_db, "SELECT COALESCE(MAX(seq), 0) FROM replies;");
        if (!last.next())
            return false;
        Statement insert(*m_db,
            "INSERT INTO replies (id, mailbox, organisation, sealed, stored, seq) VALUES (?1, ?2, ?3, ?4, "
            "?5, "
            "?6);");
        insert.bind(1, id)
            .bind(2, QString::fromLatin1(mailboxId))
            .bind(3, organisation)
            .bind(4, sealed)
            .bind(5, hourText(now))
            .bind(6, last.integer(0) + 1);
        insert.next();
        outcome = PostOutcome::Stored;
        return insert.ok();
    });
    if (!done)
        return Result<PostOutcome>::failure(
            QStringLiteral("the reply could not be stored: %1").arg(done.error()), done.errorKind());
    return outcome;
}

Result<bool> DeskStore::withdrawReply(const QByteArray &id, const QString &organisation)
{
    Statement s(*m_db, "DELETE FROM replies WHERE id = ?1 AND organisation = ?2;");
    s.bind(1, id).bind(2, organisation);
    s.next();
    if (!s.ok())
        return Result<bool>::failure(QStringLiteral("cannot withdraw the reply: %1").arg(m_db->lastError()));
    return m_db->changes() > 0;
}

Result<std::vector<DeskStore::ReplyRow>> DeskStore::repliesFor(const QByteArray &mailboxId)
{
    std::vector<ReplyRow> rows;
    Statement s(*m_db, "SELECT id, sealed FROM replies WHERE mailbox = ?1 ORDER BY seq;");
    s.bind(1, QString::fromLatin1(mailboxId));
    while (s.next())
        rows.push_back(ReplyRow { s.blob(0), s.blob(1) });
    if (!s.ok())
        return Result<std::vector<ReplyRow>>::failure(readError());
    return rows;
}

Result<void> DeskStore::deleteReplies(const QByteArray &mailboxId, const QList<QByteArray> &ids)
{
    return m_db->transaction([&]() {
        for (const QByteArray &id : ids) {
            Statement s(*m_db, "DELETE FROM replies WHERE mailbox = ?1 AND id = ?2;");
            s.bind(1, QString::fromLatin1(mailboxId)).bind(2, id);
            s.next();
            if (!s.ok())
                return false;
        }
        return true;
    });
}

Result<qint64> DeskStore::expireReplies(const QDateTime &before)
{
    Statement s(*m_db, "DELETE FROM replies WHERE stored < ?1;");
    s.bind(1, hourText(before));
    s.next();
    if (!s.ok())
        return Result<qint64>::failure(QStringLiteral("cannot expire replies: %1").arg(m_db->lastError()));
    return m_db->changes();
}

Result<bool> DeskStore::useMailboxNonce(
    const QByteArray &mailboxId, const QByteArray &nonce, qint64 created, qint64 forgetBefore)
{
    bool fresh = false;
    const Result<void> done = m_db->transaction([&]() {
        Statement forget(*m_db, "DELETE FROM mailbox_nonces WHERE created < ?1;");
        forget.bind(1, forgetBefore);
        forget.next();
        Statement insert(
            *m_db, "INSERT OR IGNORE INTO mailbox_nonces (mailbox, nonce, created) VALUES (?1, ?2, ?3);");
        insert.bind(1, QString::fromLatin1(mailboxId)).bind(2, QString::fromLatin1(nonce)).bind(3, created);
        insert.next();
        fresh = m_db->changes() == 1;
        return forget.ok() && insert.ok();
    });
    if (!done)
        return Result<bool>::failure(done.error(), done.errorKind());
    return fresh;
}

} // namespace harbour::receiver
