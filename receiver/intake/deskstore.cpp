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
        // An event erased since (§18.5): a retry of it gets its seq; its bytes are gone, so the
        // organisation is all that can be compared.
        Statement erased(*m_db, "SELECT seq, organisation FROM erased_events WHERE id = ?1;");
        erased.bind(1, id);
        if (erased.next()) {
            const bool same = erased.text(1) == organisation;
            appended.outcome = same ? AppendOutcome::AlreadyAppended : AppendOutcome::Conflict;
            appended.seq = same ? erased.integer(0) : 0;
            return true;
        }
        if (!erased.ok())
            return false;
        // Past every seq given out, erased events' too.
        Statement last(*m_db,
            "SELECT MAX(COALESCE((SELECT MAX(seq) FROM events), 0), "
            "COALESCE((SELECT MAX(seq) FROM erased_events), 0));");
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
        "SELECT seq, id, desk, sealed, X'' FROM events WHERE organisation = ?1 AND seq > ?2 "
        "UNION ALL SELECT seq, id, desk, X'', hash FROM erased_events WHERE organisation = ?1 AND seq > ?2 "
        "ORDER BY 1 LIMIT ?3;");
    s.bind(1, organisation).bind(2, afterSeq).bind(3, qint64(limit) + 1);
    while (s.next()) {
        if (int(rows.size()) == limit) {
            *more = true;
            break;
        }
        rows.push_back(EventRow { s.integer(0), s.blob(1), s.text(2).toLatin1(), s.blob(3), s.blob(4) });
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

Result<void> DeskStore::noteListed(const QByteArray &deskKeyId, bool envelopes, qint64 after)
{
    const Result<void> done = m_db->transaction([&]() {
        Statement insert(*m_db, "INSERT OR IGNORE INTO desk_cursors (key_id) VALUES (?1);");
        insert.bind(1, QString::fromLatin1(deskKeyId));
        insert.next();
        Statement update(*m_db,
            envelopes ? "UPDATE desk_cursors SET envelopes = MAX(envelopes, ?2) WHERE key_id = ?1;"
                      : "UPDATE desk_cursors SET events = MAX(events, ?2) WHERE key_id = ?1;");
        update.bind(1, QString::fromLatin1(deskKeyId)).bind(2, after);
        update.next();
        return insert.ok() && update.ok();
    });
    if (!done)
        return Result<void>::failure(
            QStringLiteral("cannot record what the desk holds: %1").arg(done.error()), done.errorKind());
    return {};
}

QString DeskStore::removalName(EnvelopeRemoval removal)
{
    switch (removal) {
    case EnvelopeRemoval::Never:
        return QStringLiteral("never");
    case EnvelopeRemoval::Fetched:
        return QStringLiteral("fetched");
    case EnvelopeRemoval::AfterDays:
        return QStringLiteral("after-days");
    }
    return {};
}

std::optional<DeskStore::EnvelopeRemoval> DeskStore::removalFromName(const QString &name)
{
    for (EnvelopeRemoval removal :
        { EnvelopeRemoval::Never, EnvelopeRemoval::Fetched, EnvelopeRemoval::AfterDays }) {
        if (removalName(removal) == name)
            return removal;
    }
    return std::nullopt;
}

Result<void> DeskStore::setEnvelopeRetention(const QString &organisation, const EnvelopeRetention &retention)
{
    Statement s(*m_db,
        "INSERT OR REPLACE INTO envelope_retention (organisation, removal, days) VALUES (?1, ?2, ?3);");
    s.bind(1, organisation).bind(2, removalName(retention.removal)).bind(3, qint64(retention.days));
    s.next();
    if (!s.ok())
        return Result<void>::failure(
            QStringLiteral("cannot record the envelope retention: %1").arg(m_db->lastError()));
    return {};
}

Result<DeskStore::EnvelopeRetention> DeskStore::envelopeRetention(const QString &organisation)
{
    Statement s(*m_db, "SELECT removal, days FROM envelope_retention WHERE organisation = ?1;");
    s.bind(1, organisation);
    if (s.next())
        return EnvelopeRetention { removalFromName(s.text(0)).value_or(EnvelopeRemoval::Never),
            int(s.integer(1)) };
    if (!s.ok())
        return Result<EnvelopeRetention>::failure(readError());
    return EnvelopeRetention {};
}

namespace {

// Before any envelope is removed: the highest seq given out so far is kept, so put() never gives
// it again.
bool keepEnvelopeSeqFloor(store::Database &db)
{
    Statement s(db,
        "INSERT OR REPLACE INTO seq_floor (name, seq) VALUES ('envelopes', MAX("
        "COALESCE((SELECT seq FROM seq_floor WHERE name = 'envelopes'), 0), "
        "COALESCE((SELECT MAX(seq) FROM envelopes), 0)));");
    s.next();
    return s.ok();
}

} // namespace

Result<int> DeskStore::pruneEnvelopes(const QString &organisation, const QDateTime &now)
{
    int removed = 0;
    const Result<void> done = m_db->transaction([&]() {
        if (!keepEnvelopeSeqFloor(*m_db))
            return false;
        // Fetched: every active desk of the organisation has asked for envelopes after this seq. An
        // organisation without an active desk keeps everything (MIN over no rows is NULL).
        Statement fetched(*m_db,
            "DELETE FROM envelopes WHERE seq <= (SELECT MIN(COALESCE(c.envelopes, 0)) FROM desks d "
            "LEFT JOIN desk_cursors c ON c.key_id = d.key_id WHERE d.revoked = 0 AND d.organisation = "
            "(SELECT organisation FROM organisations WHERE recipient = envelopes.recipient)) "
            "AND recipient IN (SELECT o.recipient FROM organisations o JOIN envelope_retention r ON "
            "r.organisation = o.organisation WHERE r.removal = 'fetched' AND (?1 = '' OR o.organisation = "
            "?1));");
        fetched.bind(1, organisation);
        fetched.next();
        if (!fetched.ok())
            return false;
        removed += int(m_db->changes());
        // After days: stored (an hour, ISO 8601, so text order is time order) before now - days.
        Statement aged(*m_db,
            "DELETE FROM envelopes WHERE recipient IN (SELECT o.recipient FROM organisations o JOIN "
            "envelope_retention r ON r.organisation = o.organisation WHERE r.removal = 'after-days' AND "
            "(?1 = '' OR o.organisation = ?1) AND envelopes.stored < strftime('%Y-%m-%dT%H:%M:%SZ', ?2, "
            "'-' || r.days || ' days'));");
        aged.bind(1, organisation).bind(2, now.toUTC().toString(Qt::ISODate));
        aged.next();
        if (!aged.ok())
            return false;
        removed += int(m_db->changes());
        return true;
    });
    if (!done)
        return Result<int>::failure(
            QStringLiteral("cannot remove envelopes: %1").arg(done.error()), done.errorKind());
    return removed;
}

Result<std::optional<DeskStore::CaseDeleted>> DeskStore::deleteCase(const QString &organisation,
    const QByteArray &envelopeId, const QList<NamedEvent> &events, QByteArray *unknownEvent)
{
    using R = Result<std::optional<CaseDeleted>>;
    CaseDeleted deleted;
    bool unknown = false;
    const Result<void> done = m_db->transaction([&]() {
        // Every named event first: one that is not this organisation's changes nothing.
        for (const NamedEvent &event : events) {
            Statement owner(*m_db,
                "SELECT organisation FROM events WHERE id = ?1 UNION ALL SELECT organisation FROM "
                "erased_events WHERE id = ?1;");
            owner.bind(1, event.id);
            const bool found = owner.next();
            if (!owner.ok())
                return false;
            if (!found || owner.text(0) != organisation) {
                unknown = true;
                *unknownEvent = event.id;
                return true;
            }
        }
        for (const NamedEvent &event : events) {
            Statement erase(*m_db,
                "INSERT INTO erased_events (seq, id, organisation, desk, hash) SELECT seq, id, organisation, "
                "desk, ?2 FROM events WHERE id = ?1;");
            erase.bind(1, event.id).bind(2, event.hash);
            erase.next();
            if (!erase.ok())
                return false;
            if (m_db->changes() == 0)
                continue; // erased before
            Statement drop(*m_db, "DELETE FROM events WHERE id = ?1;");
            drop.bind(1, event.id);
            drop.next();
            if (!drop.ok())
                return false;
            ++deleted.events;
        }
        if (!keepEnvelopeSeqFloor(*m_db))
            return false;
        Statement envelope(*m_db,
            "DELETE FROM envelopes WHERE id = ?1 AND recipient IN (SELECT recipient FROM organisations "
            "WHERE organisation = ?2);");
        envelope.bind(1, envelopeId).bind(2, organisation);
        envelope.next();
        if (!envelope.ok())
            return false;
        deleted.envelope = m_db->changes() > 0;
        return true;
    });
    if (!done)
        return R::failure(QStringLiteral("cannot delete the case: %1").arg(done.error()), done.errorKind());
    if (unknown)
        return R(std::nullopt);
    return std::optional<CaseDeleted>(deleted);
}

Result<void> DeskStore::compact(bool vacuum)
{
    for (const char *sql :
        { "PRAGMA wal_checkpoint(TRUNCATE);", "VACUUM;", "PRAGMA wal_checkpoint(TRUNCATE);" }) {
        if (!vacuum && qstrcmp(sql, "VACUUM;") == 0)
            break;
        if (auto e = m_db->exec(sql); !e.isEmpty())
            return Result<void>::failure(QStringLiteral("cannot compact the intake store: %1").arg(e));
    }
    return {};
}

} // namespace harbour::receiver
