// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakestore.h"

#include <QFileInfo>

namespace harbour::receiver {
namespace {

constexpr qint64 kSchemaVersion = 3;

constexpr char kSchema[] = "CREATE TABLE IF NOT EXISTS envelopes ("
                           " id BLOB PRIMARY KEY NOT NULL,"
                           " recipient TEXT NOT NULL,"
                           " envelope BLOB NOT NULL,"
                           " receipt BLOB NOT NULL,"
                           " stored TEXT NOT NULL,"
                           " seq INTEGER NOT NULL UNIQUE);"
                           "PRAGMA user_version = 1;";

// Version 2 adds the organisations' desks and case logs (docs/protocol.md §18); a version 1 store
// is brought up to it in one transaction when harbour-intake opens it.
constexpr char kSchemaV2[] = "BEGIN IMMEDIATE;"
                             "CREATE TABLE organisations ("
                             " recipient TEXT PRIMARY KEY NOT NULL,"
                             " organisation TEXT NOT NULL);"
                             "CREATE TABLE desks ("
                             " key_id TEXT PRIMARY KEY NOT NULL,"
                             " public_key BLOB NOT NULL,"
                             " organisation TEXT NOT NULL,"
                             " name TEXT NOT NULL,"
                             " revoked INTEGER NOT NULL DEFAULT 0);"
                             "CREATE TABLE desk_nonces ("
                             " key_id TEXT NOT NULL,"
                             " nonce TEXT NOT NULL,"
                             " created INTEGER NOT NULL,"
                             " PRIMARY KEY (key_id, nonce)) WITHOUT ROWID;"
                             "CREATE TABLE events ("
                             " seq INTEGER PRIMARY KEY NOT NULL,"
                             " id BLOB NOT NULL UNIQUE,"
                             " organisation TEXT NOT NULL,"
                             " desk TEXT NOT NULL,"
                             " sealed BLOB NOT NULL,"
                             " stored TEXT NOT NULL);"
                             "CREATE INDEX envelopes_by_recipient ON envelopes (recipient, seq);"
                             "CREATE INDEX events_by_organisation ON events (organisation, seq);"
                             "PRAGMA user_version = 2;"
                             "COMMIT;";

// Version 3 adds the follow-up mailboxes (docs/protocol.md §19): replies sealed to a mailbox key,
// filed under the mailbox id with the organisation that posted them, and the nonces of recent
// mailbox requests. A version 2 store is brought up to it in one transaction.
constexpr char kSchemaV3[] = "BEGIN IMMEDIATE;"
                             "CREATE TABLE replies ("
                             " id BLOB PRIMARY KEY NOT NULL,"
                             " mailbox TEXT NOT NULL,"
                             " organisation TEXT NOT NULL,"
                             " sealed BLOB NOT NULL,"
                             " stored TEXT NOT NULL,"
                             " seq INTEGER NOT NULL UNIQUE);"
                             "CREATE INDEX replies_by_mailbox ON replies (mailbox, seq);"
                             "CREATE INDEX replies_by_stored ON replies (stored);"
                             "CREATE TABLE mailbox_nonces ("
                             " mailbox TEXT NOT NULL,"
                             " nonce TEXT NOT NULL,"
                             " created INTEGER NOT NULL,"
                             " PRIMARY KEY (mailbox, nonce)) WITHOUT ROWID;"
                             "PRAGMA user_version = 3;"
                             "COMMIT;";

// Deletion and retention (docs/protocol.md §18.5, §18.6): what each desk has listed (so envelopes
// every desk holds can go), each organisation's envelope retention, the case events deleted at a
// desk's request (only their seq, id, desk and the hash the desk named: the sealed bytes are gone),
// and the highest envelope seq ever given out (so a removed envelope's seq is never given again:
// a desk past it would never list the new one). New tables only, nothing to migrate in existing rows:
// created when missing at every open, on top of whichever schema version the store has.
constexpr char kRetentionSchema[] = "CREATE TABLE IF NOT EXISTS desk_cursors ("
                                    " key_id TEXT PRIMARY KEY NOT NULL,"
                                    " envelopes INTEGER NOT NULL DEFAULT 0,"
                                    " events INTEGER NOT NULL DEFAULT 0);"
                                    "CREATE TABLE IF NOT EXISTS envelope_retention ("
                                    " organisation TEXT PRIMARY KEY NOT NULL,"
                                    " removal TEXT NOT NULL,"
                                    " days INTEGER NOT NULL DEFAULT 0);"
                                    "CREATE TABLE IF NOT EXISTS erased_events ("
                                    " seq INTEGER PRIMARY KEY NOT NULL,"
                                    " id BLOB NOT NULL UNIQUE,"
                                    " organisation TEXT NOT NULL,"
                                    " desk TEXT NOT NULL,"
                                    " hash BLOB NOT NULL);"
                                    "CREATE INDEX IF NOT EXISTS erased_by_organisation ON erased_events "
                                    "(organisation, seq);"
                                    "CREATE TABLE IF NOT EXISTS seq_floor ("
                                    " name TEXT PRIMARY KEY NOT NULL,"
                                    " seq INTEGER NOT NULL);";

IntakeStore::Row rowFrom(const store::Database::Statement &s)
{
    return IntakeStore::Row { s.blob(0), s.text(1).toLatin1(), s.blob(2), s.blob(3), s.text(4),
        s.integer(5) };
}

} // namespace

Result<std::unique_ptr<IntakeStore>> IntakeStore::open(const QString &path, OpenMode mode)
{
    using R = Result<std::unique_ptr<IntakeStore>>;
    if (mode == OpenMode::ExistingOnly && !QFileInfo(path).isFile())
        return R::failure(QStringLiteral("there is no intake store at %1").arg(path));
    auto db = store::Database::open(path, store::Database::Encryption::None);
    if (!db)
        return R::failure(db.error());

    qint64 version = -1;
    {
        store::Database::Statement s(*db.value(), "PRAGMA user_version;");
        if (s.next())
            version = s.integer(0);
        if (!s.ok())
            return R::failure(QStringLiteral("%1 cannot be read: %2").arg(path, db.value()->lastError()));
    }
    if (version == 0) {
        if (mode == OpenMode::ExistingOnly)
            return R::failure(QStringLiteral("%1 is not a Harbour intake store").arg(path));
        if (auto e = db.value()->exec(kSchema); !e.isEmpty())
            return R::failure(QStringLiteral("cannot create the intake store in %1: %2").arg(path, e));
        version = 1;
    }
    if (version != kSchemaVersion && (version == 1 || version == 2) && mode == OpenMode::ExistingOnly)
        return R::failure(QStringLiteral("%1 has intake store version %2; start harbour-intake on it once "
                                         "to bring it to version %3")
                              .arg(path)
                              .arg(version)
                              .arg(kSchemaVersion));
    if (version == 1) {
        if (auto e = db.value()->exec(kSchemaV2); !e.isEmpty()) {
            db.value()->exec("ROLLBACK;");
            return R::failure(
                QStringLiteral("cannot bring the intake store in %1 to version 2: %2").arg(path, e));
        }
        version = 2;
    }
    if (version == 2) {
        if (auto e = db.value()->exec(kSchemaV3); !e.isEmpty()) {
            db.value()->exec("ROLLBACK;");
            return R::failure(
                QStringLiteral("cannot bring the intake store in %1 to version 3: %2").arg(path, e));
        }
    } else if (version != kSchemaVersion) {
        return R::failure(QStringLiteral("%1 has intake store version %2; this program reads version %3")
                              .arg(path)
                              .arg(version)
                              .arg(kSchemaVersion));
    }
    if (auto e = db.value()->exec(kRetentionSchema); !e.isEmpty())
        return R::failure(
            QStringLiteral("cannot add the retention tables to the intake store in %1: %2").arg(path, e));
    return std::unique_ptr<IntakeStore>(new IntakeStore(db.value()));
}

Result<IntakeStore::PutResult> IntakeStore::put(
    const protocol::Envelope &envelope, const QDateTime &now, qint64 recipientBudgetBytes)
{
    using R = Result<PutResult>;
    const QByteArray wire = envelope.toJson();
    PutResult result;
    const Result<void> committed = m_db->transaction([&]() {
        store::Database::Statement existing(*m_db, "SELECT envelope, receipt FROM envelopes WHERE id = ?1;");
        existing.bind(1, envelope.id);
        if (existing.next()) {
            // Same id again: a retry of the same envelope gets the first answer; anything else is refused.
            if (existing.blob(0) == wire) {
                result.outcome = Outcome::AlreadyStored;
                result.receiptJson = existing.blob(1);
            } else {
                result.outcome = Outcome::Conflict;
            }
            return true;
        }
        if (!existing.ok())
            return false;

        if (recipientBudgetBytes > 0) {
            store::Database::Statement held(
                *m_db, "SELECT COALESCE(SUM(length(envelope)), 0) FROM envelopes WHERE recipient = ?1;");
            held.bind(1, QString::fromLatin1(envelope.recipientKeyId));
            if (!held.next())
                return false;
            if (held.integer(0) + wire.size() > recipientBudgetBytes) {
                result.outcome = Outcome::OverBudget;
                return true;
            }
        }
        qint64 seq = 0;
        // Past every seq given out, also those of envelopes since removed (seq_floor).
        store::Database::Statement last(*m_db,
            "SELECT MAX(COALESCE((SELECT MAX(seq) FROM envelopes), 0), "
            "COALESCE((SELECT seq FROM seq_floor WHERE name = 'envelopes'), 0));");
        if (!last.next())
            return false;
        seq = last.integer(0) + 1;

        const protocol::Receipt receipt = protocol::makeReceipt(envelope, now);
        result.outcome = Outcome::Stored;
        result.receiptJson = receipt.toJson();
        store::Database::Statement insert(*m_db,
            "INSERT INTO envelopes (id, recipient, envelope, receipt, stored, seq) VALUES (?1, ?2, ?3, ?4, "
            "?5, ?6);");
        insert.bind(1, envelope.id)
            .bind(2, QString::fromLatin1(envelope.recipientKeyId))
            .bind(3, wire)
            .bind(4, result.receiptJson)
            .bind(5, receipt.stored.toUTC().toString(Qt::ISODate))
            .bind(6, seq);
        insert.next();
        return insert.ok();
    });
    if (!committed)
        return R::failure(QStringLiteral("the envelope could not be stored: %1").arg(committed.error()),
            committed.errorKind());
    return result;
}

Result<std::optional<IntakeStore::Row>> IntakeStore::find(const QByteArray &id)
{
    using R = Result<std::optional<Row>>;
    store::Database::Statement s(
        *m_db, "SELECT id, recipient, envelope, receipt, stored, seq FROM envelopes WHERE id = ?1;");
    s.bind(1, id);
    if (s.next())
        return std::optional<Row>(rowFrom(s));
    if (!s.ok())
        return R::failure(QStringLiteral("the intake store cannot be read: %1").arg(m_db->lastError()));
    return std::optional<Row>();
}

Result<std::vector<IntakeStore::Row>> IntakeStore::all()
{
    using R = Result<std::vector<Row>>;
    std::vector<Row> rows;
    store::Database::Statement s(
        *m_db, "SELECT id, recipient, envelope, receipt, stored, seq FROM envelopes ORDER BY seq;");
    while (s.next())
        rows.push_back(rowFrom(s));
    if (!s.ok())
        return R::failure(QStringLiteral("the intake store cannot be read: %1").arg(m_db->lastError()));
    return rows;
}

Result<qint64> IntakeStore::recipientBytes(const QByteArray &recipient)
{
    store::Database::Statement s(
        *m_db, "SELECT COALESCE(SUM(length(envelope)), 0) FROM envelopes WHERE recipient = ?1;");
    s.bind(1, QString::fromLatin1(recipient));
    if (s.next())
        return s.integer(0);
    return Result<qint64>::failure(
        QStringLiteral("the intake store cannot be read: %1").arg(m_db->lastError()));
}

Result<void> IntakeStore::checkpoint()
{
    if (auto e = m_db->exec("PRAGMA wal_checkpoint(TRUNCATE);"); !e.isEmpty())
        return Result<void>::failure(e);
    return {};
}

Result<qint64> IntakeStore::count()
{
    store::Database::Statement s(*m_db, "SELECT count(*) FROM envelopes;");
    if (s.next())
        return s.integer(0);
    return Result<qint64>::failure(
        QStringLiteral("the intake store cannot be read: %1").arg(m_db->lastError()));
}

} // namespace harbour::receiver
