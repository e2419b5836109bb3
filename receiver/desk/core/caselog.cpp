// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore: applying what the intake lists. Each page is one transaction with its cursor; every row
// is judged (opened, read strictly, chained) and either applied or kept apart with its reason. The
// case state is derived from envelopes and events alone, in the intake's sequence order, so every
// desk that applied the same log holds the same state (later events win: conflicts resolve by seq).
#include "casestore.h"

#include "crypto/sodium.h"
#include "protocol/mailbox.h"
#include "report/reportformat.h"
#include "store/database.h"

namespace harbour::desk {
namespace {

using store::Database;

void bindAll(Database::Statement &, int) { }

template <typename T, typename... Rest>
void bindAll(Database::Statement &statement, int index, const T &value, const Rest &...rest)
{
    statement.bind(index, value);
    bindAll(statement, index + 1, rest...);
}

// One statement with its parameters (QByteArray, QString or qint64), run to completion.
template <typename... Args> bool run(Database &db, const char *sql, const Args &...args)
{
    Database::Statement statement(db, sql);
    bindAll(statement, 1, args...);
    statement.next();
    return statement.ok();
}

// Whether a query with these parameters returns a row; `failed` is set on a database error.
template <typename... Args> bool exists(Database &db, bool *failed, const char *sql, const Args &...args)
{
    Database::Statement statement(db, sql);
    bindAll(statement, 1, args...);
    const bool found = statement.next();
    if (!statement.ok())
        *failed = true;
    return found;
}

QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(crypto::toHex(bytes));
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// The case part of an envelope: its priority, its place in the queue, record-only as the reporter
// asked. A case deleted before its envelope arrived keeps nothing of it.
bool applyEnvelopeToCase(Database &db, const QString &id, qint64 seq, const QString &stored, bool highRisk,
    bool recordOnly, bool *deleted)
{
    bool failed = false;
    *deleted = exists(db, &failed, "SELECT 1 FROM cases WHERE id = ?1 AND deleted = 1;", id);
    if (failed)
        return false;
    if (*deleted)
        return true;
    return run(db, "INSERT OR IGNORE INTO cases (id, record_only) VALUES (?1, ?2);", id, qint64(recordOnly))
        && run(db, "UPDATE cases SET high_risk = ?2, envelope_seq = ?3, stored = ?4 WHERE id = ?1;", id,
            qint64(highRisk), seq, stored);
}

// What an event does to its case. Events on a deleted case change nothing. When `rebuilding`, the
// contents a deletion wipes are already gone and the events table is being read: it is not written.
bool applyEventToCase(
    Database &db, qint64 seq, const CaseEvent &event, bool *caseDeleted, bool rebuilding = false)
{
    *caseDeleted = false;
    // The organisation's key from now on: new events are sealed to it (CaseStore::currentOrganisationKey).
    if (event.type == EventType::KeyRotated)
        return run(db, "INSERT OR REPLACE INTO meta (name, value) VALUES ('current_key_id', ?1);",
            QString::fromLatin1(event.keyId));
    const QString id = hexText(event.caseId);
    bool failed = false;
    if (!run(db, "INSERT OR IGNORE INTO cases (id) VALUES (?1);", id))
        return false;
    *caseDeleted = exists(db, &failed, "SELECT 1 FROM cases WHERE id = ?1 AND deleted = 1;", id);
    if (failed)
        return false;
    if (*caseDeleted)
        return true;
    bool ok = true;
    switch (event.type) {
    case EventType::Acknowledged:
        ok = run(db,
                 "UPDATE cases SET acknowledged_at = ?2, acknowledged_by = ?3 WHERE id = ?1 AND "
                 "acknowledged_at = '';",
                 id, timeText(event.at), QString::fromLatin1(event.deskKeyId()))
            && run(db, "UPDATE cases SET status = 'acknowledged' WHERE id = ?1 AND status = 'new';", id);
        break;
    case EventType::Status:
        ok = run(db, "UPDATE cases SET status = ?2, record_only = ?3, closed_reason = ?4 WHERE id = ?1;", id,
            caseStatusName(event.status), qint64(event.recordOnly),
            event.status == CaseStatus::Closed ? event.reason : QString());
        break;
    case EventType::Owner:
        ok = run(db, "UPDATE cases SET owner = ?2 WHERE id = ?1;", id, event.owner);
        break;
    case EventType::Note:
        ok = run(db, "UPDATE cases SET notes = notes + 1 WHERE id = ?1;", id);
        break;
    case EventType::NextAction:
        ok = run(db, "UPDATE cases SET next_action = ?2, due = ?3 WHERE id = ?1;", id, event.text,
            event.due.toString(Qt::ISODate));
        break;
    case EventType::Export:
        ok = run(db, "UPDATE cases SET exports = exports + 1 WHERE id = ?1;", id);
        break;
    case EventType::Deleted:
        // A tombstone: nothing of the report or of what was said about it stays on this desk (the
        // intake keeps only sealed bytes). The hashes stay so later events still chain.
        ok = run(db,
                 "UPDATE cases SET status = 'new', record_only = 0, closed_reason = '', owner = '', "
                 "next_action = '', due = '', acknowledged_at = '', acknowledged_by = '', deleted = 1, "
                 "deleted_reason = ?2, notes = 0, exports = 0, high_risk = 0, envelope_seq = 0, stored = '' "
                 "WHERE id = ?1;",
                 id, event.reason)
            && (rebuilding
                || (run(db,
                        "UPDATE envelopes SET envelope = X'', report = X'', kiosk_key = X'' WHERE id = ?1;",
                        id)
                    && run(db, "UPDATE events SET plaintext = X'' WHERE case_id = ?1 AND seq <> ?2;", id, seq)
                    && run(db,
                        "DELETE FROM envelopes WHERE id IN (SELECT id FROM answers WHERE case_id = ?1);", id)
                    && run(db, "DELETE FROM answers WHERE case_id = ?1;", id)
                    && run(db, "DELETE FROM case_mailboxes WHERE case_id = ?1;", id)));
        break;
    case EventType::KeyRotated:
    case EventType::ReplySent: // the text is in the log (sentReplies); the state keeps its time below
        break;
    }
    return ok
        && run(db, "UPDATE cases SET last_event_seq = ?2, updated_at = ?3 WHERE id = ?1;", id, seq,
            timeText(event.at));
}

// Files an answer or addition with the case whose report gave the same mailbox (and, when it names
// one, that case). False with `why` when it is refused; `failed` on a database error.
bool fileFollowUp(
    Database &db, const QString &id, qint64 seq, const QByteArray &json, QString *why, bool *failed)
{
    namespace mb = protocol::mailbox;
    const auto followup = mb::readFollowUp(json);
    if (!followup) {
        *why = QStringLiteral("a follow-up that does not read: %1").arg(followup.error());
        return false;
    }
    Database::Statement find(db,
        "SELECT m.case_id FROM case_mailboxes m JOIN cases c ON c.id = m.case_id WHERE m.mailbox = ?1 AND "
        "m.signing_key = ?2 AND c.deleted = 0 AND (?3 = '' OR m.case_id = ?3) ORDER BY m.case_id LIMIT 1;");
    find.bind(1, QString::fromLatin1(followup->followup.mailboxId))
        .bind(2, followup->followup.signingPublicKey)
        .bind(3, followup->caseId.isEmpty() ? QString() : hexText(followup->caseId));
    if (!find.next()) {
        *failed = !find.ok();
        *why = QStringLiteral("a follow-up for no case this desk holds (its mailbox matches no open report)");
        return false;
    }
    const QString caseId = find.text(0);
    const bool filed = run(db,
        "INSERT INTO answers (id, seq, case_id, kind, reply, helped, text, reported_at, read) VALUES (?1, "
        "?2, "
        "?3, ?4, ?5, ?6, ?7, ?8, 0);",
        id, seq, caseId,
        followup->kind == mb::Kind::Answer ? QStringLiteral("answer") : QStringLiteral("addition"),
        hexText(followup->replyId), mb::helpedName(followup->helped), followup->text,
        timeText(followup->reportedAt));
    *failed = !filed;
    return filed;
}

const protocol::KeyPair *keyFor(const QList<protocol::KeyPair> &keys, const QByteArray &recipientKeyId)
{
    for (const protocol::KeyPair &key : keys) {
        if (protocol::recipientKeyId(key.publicKey) == recipientKeyId)
            return &key;
    }
    return nullptr;
}

// Runs a page's work in one transaction; a problem found by the work itself (not by SQLite) is
// reported in its own words.
Result<PageFigures> inTransaction(Database &db, const std::function<bool(QString *, PageFigures *)> &work)
{
    QString problem;
    PageFigures figures;
    auto done = db.transaction([&] { return work(&problem, &figures); });
    if (!done)
        return Result<PageFigures>::failure(problem.isEmpty() ? done.error() : problem, done.errorKind());
    return figures;
}

} // namespace

Result<PageFigures> CaseStore::applyEnvelopes(const EnvelopePage &page)
{
    Database &db = *m_db;
    return inTransaction(db, [&](QString *problem, PageFigures *figures) {
        qint64 cursor = envelopeCursor();
        for (const ListedEnvelope &row : page.rows) {
            if (row.seq <= cursor) {
                *problem
                    = QStringLiteral("the intake listed envelope seq %1 after seq %2; nothing of the page "
                                     "was applied")
                          .arg(row.seq)
                          .arg(cursor);
                return false;
            }
            cursor = row.seq;
            QString reason;
            QString id;
            auto envelope = protocol::Envelope::fromJson(row.envelopeJson);
            const protocol::KeyPair *key
                = envelope ? keyFor(m_organisationKeys, envelope->recipientKeyId) : nullptr;
            bool failed = false;
            if (!envelope) {
                reason = QStringLiteral("it is not a valid envelope: %1").arg(envelope.error());
            } else {
                id = QString::fromLatin1(envelope->idHex());
                if (!key)
                    reason = QStringLiteral("it is addressed to key %1, which this desk does not hold")
                                 .arg(QString::fromLatin1(envelope->recipientKeyId));
                else if (exists(db, &failed, "SELECT 1 FROM envelopes WHERE id = ?1;", id))
                    reason = QStringLiteral("the intake listed this envelope id a second time");
            }
            if (failed)
                return false;
            auto opened = reason.isEmpty() ? protocol::open(envelope.value(), *key)
                                           : Result<protocol::OpenedReport>::failure(reason);
            if (reason.isEmpty() && !opened)
                reason = QStringLiteral("it does not open: %1").arg(opened.error());
            if (!reason.isEmpty()) {
                if (!run(db, "INSERT INTO junk (seq, id, envelope, reason) VALUES (?1, ?2, ?3, ?4);", row.seq,
                        id, row.envelopeJson, reason))
                    return false;
                ++figures->refused;
                continue;
            }
            // The way back (§19.5): an answer or addition is filed with its case, never a case of its own.
            if (protocol::mailbox::isFollowUp(opened->reportJson)) {
                QString why;
                if (!fileFollowUp(db, id, row.seq, opened->reportJson, &why, &failed) && !failed) {
                    if (!run(db, "INSERT INTO junk (seq, id, envelope, reason) VALUES (?1, ?2, ?3, ?4);",
                            row.seq, id, row.envelopeJson, why))
                        return false;
                    crypto::wipe(opened->reportJson);
                    ++figures->refused;
                    continue;
                }
                if (failed)
                    return false;
                const bool kept = run(db,
                    "INSERT INTO envelopes (id, seq, stored, envelope, report, kiosk_key) VALUES (?1, ?2, "
                    "?3, "
                    "?4, ?5, ?6);",
                    id, row.seq, row.stored, row.envelopeJson, opened->reportJson, opened->kioskPublicKey);
                crypto::wipe(opened->reportJson);
                if (!kept)
                    return false;
                ++figures->accepted;
                continue;
            }
            // Only what the queue needs is read here; the UI reads the rest when a case is opened.
            const auto report = report::readReport(opened->reportJson);
            const report::ReportFacts facts
                = report ? report::factsFromReport(report.value()) : report::ReportFacts {};
            const bool recordOnly
                = report && report->routing && report->routing->request == report::request::recordOnly;
            bool deleted = false;
            if (!applyEnvelopeToCase(db, id, row.seq, row.stored, facts.highRisk(), recordOnly, &deleted))
                return false;
            if (!deleted && report && report->followup) {
                const auto followup = protocol::mailbox::FollowUp::fromJson(*report->followup);
                if (followup
                    && !run(db,
                        "INSERT OR REPLACE INTO case_mailboxes (case_id, mailbox, signing_key, box_key) "
                        "VALUES "
                        "(?1, ?2, ?3, ?4);",
                        id, QString::fromLatin1(followup->mailboxId), followup->signingPublicKey,
                        followup->boxPublicKey))
                    return false;
            }
            const bool kept = run(db,
                "INSERT INTO envelopes (id, seq, stored, envelope, report, kiosk_key) VALUES (?1, ?2, ?3, "
                "?4, ?5, ?6);",
                id, row.seq, row.stored, deleted ? QByteArray() : row.envelopeJson,
                deleted ? QByteArray() : opened->reportJson, opened->kioskPublicKey);
            crypto::wipe(opened->reportJson);
            if (!kept)
                return false;
            ++figures->accepted;
        }
        return run(db, "UPDATE cursors SET seq = ?1 WHERE name = 'envelopes';", cursor);
    });
}

Result<PageFigures> CaseStore::applyEvents(const EventPage &page)
{
    Database &db = *m_db;
    const QByteArray noPrevious(kEventHashBytes, '\0');
    auto applied = inTransaction(db, [&](QString *problem, PageFigures *figures) {
        qint64 cursor = eventCursor();
        for (const ListedEvent &row : page.rows) {
            if (row.seq <= cursor) {
                *problem
                    = QStringLiteral("the intake listed event seq %1 after seq %2; nothing of the page was "
                                     "applied")
                          .arg(row.seq)
                          .arg(cursor);
                return false;
            }
            cursor = row.seq;
            const QString id = QString::fromLatin1(row.id);
            QString reason;
            bool failed = false;
            if (!row.erasedHash.isEmpty()) {
                // Erased at the intake at a desk's request (§18.5): nothing to open, only the hash the
                // deleting desk named, kept so later events that follow it still chain.
                if (crypto::fromHexStrict(row.id, kEventIdBytes).isEmpty())
                    reason = QStringLiteral("an erased event listed with a malformed id");
                else if (exists(db, &failed,
                             "SELECT 1 FROM events WHERE id = ?1 OR hash = ?2 UNION SELECT 1 FROM "
                             "refused_events WHERE id = ?1;",
                             id, row.erasedHash))
                    reason = QStringLiteral("an erased event whose id or hash this desk already holds");
                if (failed || !run(db, "DELETE FROM pending_events WHERE id = ?1;", id))
                    return false;
                if (!reason.isEmpty()) {
                    if (!run(db,
                            "INSERT INTO refused_events (seq, id, desk, sealed, reason) VALUES (?1, ?2, ?3, "
                            "X'', ?4);",
                            row.seq, id, QString::fromLatin1(row.desk), reason))
                        return false;
                    ++figures->refused;
                    continue;
                }
                if (!run(db,
                        "INSERT INTO events (seq, id, hash, case_id, desk, type, at, plaintext) VALUES (?1, "
                        "?2, "
                        "?3, '', ?4, 'erased', '', X'');",
                        row.seq, id, row.erasedHash, QString::fromLatin1(row.desk)))
                    return false;
                ++figures->accepted;
                continue;
            }
            Result<OpenedEvent> opened = Result<OpenedEvent>::failure(QString());
            if (crypto::fromHexStrict(row.id, kEventIdBytes).isEmpty())
                reason = QStringLiteral("it was listed with a malformed id");
            else if (exists(db, &failed,
                         "SELECT 1 FROM events WHERE id = ?1 UNION SELECT 1 FROM refused_events WHERE id = "
                         "?1;",
                         id))
                reason = QStringLiteral("the intake listed this event id a second time");
            else if (!(opened = openEvent(row.sealed, m_organisationKeys)))
                reason = opened.error();
            else if (crypto::toHex(opened->event.id) != row.id)
                reason = QStringLiteral(
                    "its sealed id is not the id it was listed under (replayed under another id)");
            else if (opened->event.deskKeyId() != row.desk)
                reason
                    = QStringLiteral("the intake says desk %1 appended it, but desk %2 signed it")
                          .arg(QString::fromLatin1(row.desk), QString::fromLatin1(opened->event.deskKeyId()));
            else if (opened->event.prev != noPrevious
                && !exists(db, &failed, "SELECT 1 FROM events WHERE hash = ?1;", opened->event.prev))
                reason
                    = QStringLiteral("broken chain: the event it follows (prev %1) is not among the events "
                                     "this desk accepted before it (removed, altered or refused)")
                          .arg(hexText(opened->event.prev).left(16));
            if (failed)
                return false;
            // Sent from here or not, it is in the log now: never send it again.
            if (!run(db, "DELETE FROM pending_events WHERE id = ?1;", id))
                return false;
            if (!reason.isEmpty()) {
                if (!run(db,
                        "INSERT INTO refused_events (seq, id, desk, sealed, reason) VALUES (?1, ?2, ?3, ?4, "
                        "?5);",
                        row.seq, id, QString::fromLatin1(row.desk), row.sealed, reason))
                    return false;
                ++figures->refused;
                continue;
            }
            const CaseEvent &event = opened->event;
            bool deleted = false;
            bool ok
                = run(db,
                      "INSERT INTO events (seq, id, hash, case_id, desk, type, at, plaintext) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);",
                      row.seq, id, opened->hash, event.caseId.isEmpty() ? QString() : hexText(event.caseId),
                      QString::fromLatin1(event.deskKeyId()), eventTypeName(event.type), timeText(event.at),
                      opened->plaintext)
                && applyEventToCase(db, row.seq, event, &deleted);
            // What is said about a deleted case is not kept (its deletion, and why, is).
            if (ok && deleted && event.type != EventType::Deleted)
                ok = run(db, "UPDATE events SET plaintext = X'' WHERE seq = ?1;", row.seq);
            crypto::wipe(opened->plaintext);
            if (!ok)
                return false;
            if (event.type == EventType::Deleted)
                ++figures->deletions;
            ++figures->accepted;
        }
        return run(db, "UPDATE cursors SET seq = ?1 WHERE name = 'events';", cursor);
    });
    if (applied)
        loadCurrentKeyId();
    if (applied && applied->deletions > 0) {
        // What the deleted cases held is overwritten (secure_delete); now out of the log and free pages too.
        if (auto compacted = compact(); !compacted)
            return Result<PageFigures>::failure(QStringLiteral(
                "the page was applied, but the store could not be compacted after a deletion: %1")
                                                    .arg(compacted.error()));
    }
    return applied;
}

Result<QList<QByteArray>> CaseStore::casesToPurge()
{
    QList<QByteArray> out;
    Database::Statement rows(*m_db,
        "SELECT id FROM cases WHERE deleted = 1 AND id NOT IN (SELECT case_id FROM intake_purges) ORDER BY "
        "id;");
    while (rows.next())
        out.append(rows.text(0).toLatin1());
    if (!rows.ok())
        return Result<QList<QByteArray>>::failure(
            QStringLiteral("cannot read the desk store: %1").arg(m_db->lastError()));
    return out;
}

Result<QList<CaseEventHash>> CaseStore::purgeableEvents(const QByteArray &caseId)
{
    QList<CaseEventHash> out;
    // Not its deletion: every desk must still learn that the case was deleted (§18.5).
    Database::Statement rows(
        *m_db, "SELECT id, hash FROM events WHERE case_id = ?1 AND type <> 'deleted' ORDER BY seq;");
    rows.bind(1, QString::fromLatin1(caseId));
    while (rows.next())
        out.append({ rows.text(0).toLatin1(), rows.blob(1) });
    if (!rows.ok())
        return Result<QList<CaseEventHash>>::failure(
            QStringLiteral("cannot read the desk store: %1").arg(m_db->lastError()));
    return out;
}

Result<void> CaseStore::markPurged(const QByteArray &caseId)
{
    if (!run(*m_db, "INSERT OR REPLACE INTO intake_purges (case_id, at) VALUES (?1, ?2);",
            QString::fromLatin1(caseId), timeText(QDateTime::currentDateTimeUtc())))
        return Result<void>::failure(
            QStringLiteral("cannot write the desk store: %1").arg(m_db->lastError()));
    return {};
}

Result<QList<ClosedCase>> CaseStore::closedCases()
{
    QList<ClosedCase> out;
    // A closed case's last status event is the one that closed it.
    Database::Statement rows(*m_db,
        "SELECT c.id, (SELECT MAX(e.at) FROM events e WHERE e.case_id = c.id AND e.type = 'status') AS "
        "closed "
        "FROM cases c WHERE c.deleted = 0 AND c.status = 'closed' ORDER BY closed, c.id;");
    while (rows.next())
        out.append({ rows.text(0).toLatin1(), QDateTime::fromString(rows.text(1), Qt::ISODate).toUTC() });
    if (!rows.ok())
        return Result<QList<ClosedCase>>::failure(
            QStringLiteral("cannot read the desk store: %1").arg(m_db->lastError()));
    return out;
}

Result<void> CaseStore::compact()
{
    for (const char *sql :
        { "PRAGMA wal_checkpoint(TRUNCATE);", "VACUUM;", "PRAGMA wal_checkpoint(TRUNCATE);" }) {
        if (const QString e = m_db->exec(sql); !e.isEmpty())
            return Result<void>::failure(QStringLiteral("cannot compact the desk store: %1").arg(e));
    }
    return {};
}

Result<void> CaseStore::rebuildCases()
{
    Database &db = *m_db;
    QString problem;
    auto done = db.transaction([&] {
        if (!run(db, "DELETE FROM cases;"))
            return false;
        {
            Database::Statement envelopes(db, "SELECT id, seq, stored, report FROM envelopes ORDER BY seq;");
            while (envelopes.next()) {
                QByteArray json = envelopes.blob(3);
                if (protocol::mailbox::isFollowUp(json)) {
                    crypto::wipe(json);
                    continue; // filed with its case, not a case of its own
                }
                const auto report = report::readReport(json);
                crypto::wipe(json);
                const bool highRisk = report && report::factsFromReport(report.value()).highRisk();
                const bool recordOnly
                    = report && report->routing && report->routing->request == report::request::recordOnly;
                bool deleted = false;
                if (!applyEnvelopeToCase(db, envelopes.text(0), envelopes.integer(1), envelopes.text(2),
                        highRisk, recordOnly, &deleted))
                    return false;
            }
            if (!envelopes.ok())
                return false;
        }
        Database::Statement events(db, "SELECT seq, plaintext FROM events ORDER BY seq;");
        while (events.next()) {
            QByteArray plaintext = events.blob(1);
            if (plaintext.isEmpty())
                continue; // an event of a case deleted later: its deletion decides the case
            auto event = readEvent(plaintext);
            crypto::wipe(plaintext);
            if (!event) {
                problem = QStringLiteral("event seq %1 in the store no longer reads: %2")
                              .arg(events.integer(0))
                              .arg(event.error());
                return false;
            }
            bool deleted = false;
            if (!applyEventToCase(db, events.integer(0), event.value(), &deleted, true))
                return false;
        }
        return events.ok();
    });
    if (!done && !problem.isEmpty())
        return Result<void>::failure(problem);
    return done;
}

} // namespace harbour::desk
