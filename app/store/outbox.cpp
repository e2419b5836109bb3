// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "crypto/sodium.h"
#include "keyfile.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcOutbox, "harbour.outbox")

namespace harbour::store {
namespace {

constexpr qint64 kSchemaVersion = 4;

} // namespace

Result<std::unique_ptr<Outbox>> Outbox::openInDirectory(const QString &dataDir)
{
    using R = Result<std::unique_ptr<Outbox>>;
    // The same checks as every other key (symbolic links, owner, mode refused, never repaired).
    auto key = loadOrCreateStoreKey(dataDir, QStringLiteral("outbox"), QStringLiteral("outbox"));
    if (!key)
        return R::failure(key);
    auto outbox = open(key->databasePath, key->key);
    crypto::wipe(key->key);
    return outbox;
}

Result<std::unique_ptr<Outbox>> Outbox::open(const QString &databasePath, const QByteArray &rawKey)
{
    using R = Result<std::unique_ptr<Outbox>>;
    auto db = Database::open(databasePath, Database::Encryption::Required, rawKey);
    if (!db)
        return R::failure(db.error());
    std::unique_ptr<Outbox> outbox(new Outbox(db.value()));
    // A nearly full device: checkpoint the log often and give its space back afterwards, so it never
    // needs much more than 256 KiB (the default lets it grow to 1000 pages before a checkpoint).
    // secure_delete: what is deleted (a delivered envelope, its organisation and intake) is
    // overwritten in the file, not left in free pages.
    if (auto e = db.value()->exec("PRAGMA wal_autocheckpoint = 64; PRAGMA journal_size_limit = 262144;"
                                  " PRAGMA secure_delete = ON;");
        !e.isEmpty())
        return R::failure(QStringLiteral("cannot prepare the outbox: %1").arg(e));
    if (auto e = outbox->createSchema(); !e.isEmpty())
        return R::failure(QStringLiteral("cannot prepare the outbox: %1").arg(e));
    // Signal once wrote its database unencrypted without noticing: check after every open.
    if (Database::hasPlainSqliteHeader(databasePath))
        return R::failure(
            QStringLiteral("%1 was written unencrypted; refusing to continue").arg(databasePath));
    return outbox;
}

QString Outbox::createSchema()
{
    // Version 1's tables as first shipped; migrate() brings any file, new or old, to the current version.
    if (auto e = m_db->exec("CREATE TABLE IF NOT EXISTS pending ("
                            " id BLOB PRIMARY KEY, reference TEXT NOT NULL, recipient TEXT NOT NULL,"
                            " intake_url TEXT NOT NULL, envelope BLOB NOT NULL, created INTEGER NOT NULL,"
                            " attempts INTEGER NOT NULL DEFAULT 0, next_attempt INTEGER NOT NULL);"
                            "CREATE TABLE IF NOT EXISTS delivered ("
                            " id BLOB PRIMARY KEY, reference TEXT NOT NULL, recipient TEXT NOT NULL,"
                            " receipt BLOB NOT NULL, delivered INTEGER NOT NULL);"
                            "CREATE INDEX IF NOT EXISTS pending_due ON pending(next_attempt);");
        !e.isEmpty())
        return e;
    return migrate();
}

// user_version 0/1: the first schema. 2: pending.tls_pin. 3: pending.state, refusals and
// last_attempt (retries that stop, docs/protocol.md §11.3), and a delivered table that keeps only
// references (no organisation, receipt or delivery time; rows from before are dropped). 4:
// pending.via_tor and onion (sending through Tor, docs/protocol.md §11.7). Rows queued before a
// migration keep going (an empty pin means "none given", as before; state "queued"; sent directly,
// as they were queued).
QString Outbox::migrate()
{
    qint64 version = 0;
    {
        Database::Statement query(*m_db, "PRAGMA user_version;");
        if (!query.next())
            return m_db->lastError();
        version = query.integer(0);
    }
    if (version == kSchemaVersion)
        return {};
    if (version > kSchemaVersion)
        return QStringLiteral("the outbox was written by a newer Harbour (schema %1; this one knows %2)")
            .arg(version)
            .arg(kSchemaVersion);
    const Result<void> migrated = m_db->transaction([&] {
        // SQLite 3.15 (SQLCipher 3.4.1) has no pragma_table_info(): read the pragma's rows.
        bool hasPin = false;
        Database::Statement columns(*m_db, "PRAGMA table_info(pending);");
        while (columns.next())
            hasPin = hasPin || columns.text(1) == QLatin1StringView("tls_pin");
        if (!columns.ok())
            return false;
        if (!hasPin
            && !m_db->exec("ALTER TABLE pending ADD COLUMN tls_pin TEXT NOT NULL DEFAULT '';").isEmpty())
            return false;
        if (version < 3
            && !m_db->exec("ALTER TABLE pending ADD COLUMN state TEXT NOT NULL DEFAULT 'queued';"
                           "ALTER TABLE pending ADD COLUMN refusals INTEGER NOT NULL DEFAULT 0;"
                           "ALTER TABLE pending ADD COLUMN last_attempt INTEGER NOT NULL DEFAULT 0;"
                           "DROP TABLE delivered;"
                           "CREATE TABLE delivered (id BLOB PRIMARY KEY, reference TEXT NOT NULL);")
                    .isEmpty())
            return false;
        if (version < 4
            && !m_db->exec("ALTER TABLE pending ADD COLUMN via_tor INTEGER NOT NULL DEFAULT 0;"
                           "ALTER TABLE pending ADD COLUMN onion TEXT NOT NULL DEFAULT '';")
                    .isEmpty())
            return false;
        return m_db->exec("PRAGMA user_version = 4;").isEmpty();
    });
    if (!migrated)
        return QStringLiteral("cannot upgrade the outbox schema: %1").arg(migrated.error());
    return {};
}

void Outbox::makeRoom()
{
    // Moves the log into the database and truncates it: the log's space is often all there is.
    m_db->exec("PRAGMA wal_checkpoint(TRUNCATE);");
}

Result<void> Outbox::enqueue(const protocol::Envelope &envelope, const QString &reference,
    const QString &recipient, const QUrl &intakeUrl, qint64 nowMs, const QString &tlsPin)
{
    return enqueueAll({ Item { envelope, recipient, intakeUrl, tlsPin } }, reference, nowMs);
}

Result<void> Outbox::enqueueAll(
    const std::vector<Item> &items, const QString &reference, qint64 nowMs, qint64 sendWithinMs)
{
    constexpr qint64 kHourMs = 60 * 60 * 1000;
    // The deadline (docs/protocol.md §11.3) counts from the end of the chosen window.
    const qint64 created = (nowMs + std::max<qint64>(0, sendWithinMs)) / kHourMs * kHourMs;
    std::vector<qint64> firstAttempts;
    for (size_t i = 0; i < items.size(); ++i)
        firstAttempts.push_back(sendWithinMs > 0
                ? nowMs + qint64(QRandomGenerator::system()->bounded(quint64(sendWithinMs) + 1))
                : nowMs);
    auto insertAll = [&] {
        return m_db->transaction([&] {
            for (const Item &item : items) {
                Database::Statement insert(*m_db,
                    "INSERT INTO pending (id, reference, recipient, intake_url, envelope,"
                    " created, attempts, next_attempt, tls_pin, via_tor, onion)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?8, ?7, ?9, ?10);");
                insert.bind(1, item.envelope.id)
                    .bind(2, reference)
                    .bind(3, item.recipient)
                    .bind(4, item.intakeUrl.toString())
                    .bind(5, item.envelope.toJson())
                    .bind(6, created)
                    .bind(7, item.tlsPin)
                    .bind(8, firstAttempts[size_t(&item - items.data())])
                    .bind(9, qint64(item.viaTor ? 1 : 0))
                    .bind(10, item.viaTor ? item.onion : QString());
                insert.next();
                if (!insert.ok())
                    return false;
            }
            return true;
        });
    };
    // Nothing of a failed attempt is kept (rolled back); on a full disk try once more after making room.
    Result<void> inserted = insertAll();
    if (!inserted && inserted.errorKind() == ErrorKind::DiskFull) {
        makeRoom();
        inserted = insertAll();
    }
    if (!inserted)
        return Result<void>::failure(
            QStringLiteral("the report could not be saved for sending: %1").arg(inserted.error()),
            inserted.errorKind());
    return {};
}

std::vector<Outbox::Pending> Outbox::due(qint64 nowMs, int limit, const QSet<QByteArray> &skip)
{
    // Ids first, so the envelopes left out are never read whole.
    QList<QByteArray> ids;
    {
        Database::Statement query(*m_db,
            "SELECT id FROM pending WHERE state = 'queued' AND next_attempt <= ?1"
            " ORDER BY next_attempt LIMIT ?2;");
        query.bind(1, nowMs).bind(2, qint64(limit) + skip.size());
        while (query.next() && ids.size() < limit) {
            const QByteArray id = query.blob(0);
            if (!skip.contains(id))
                ids.append(id);
        }
        if (!query.ok())
            qCWarning(lcOutbox) << "reading due envelopes failed:" << m_db->lastError();
    }
    std::vector<Pending> rows;
    for (const QByteArray &id : std::as_const(ids)) {
        Database::Statement query(*m_db,
            "SELECT id, reference, recipient, intake_url, envelope, attempts, next_attempt,"
            " tls_pin, via_tor, onion FROM pending WHERE id = ?1;");
        query.bind(1, id);
        if (query.next()) {
            rows.push_back(Pending { query.blob(0), query.text(1), query.text(2), QUrl(query.text(3)),
                query.blob(4), int(query.integer(5)), query.integer(6), query.text(7), query.integer(8) != 0,
                query.text(9) });
        }
        if (!query.ok())
            qCWarning(lcOutbox) << "reading a due envelope failed:" << m_db->lastError();
    }
    return rows;
}

std::optional<qint64> Outbox::nextAttemptMs(const QSet<QByteArray> &skip)
{
    Database::Statement query(*m_db,
        "SELECT id, next_attempt FROM pending WHERE state = 'queued'"
        " ORDER BY next_attempt LIMIT ?1;");
    query.bind(1, qint64(skip.size()) + 1);
    while (query.next()) {
        if (!skip.contains(query.blob(0)))
            return query.integer(1);
    }
    return std::nullopt;
}

bool Outbox::recordFailure(
    const QByteArray &envelopeId, int attempts, qint64 nextAttemptMs, qint64 attemptedAtMs)
{
    Database::Statement update(*m_db,
        "UPDATE pending SET attempts = ?2, next_attempt = ?3,"
        " last_attempt = CASE WHEN ?4 < 0 THEN last_attempt ELSE ?4 END WHERE id = ?1;");
    update.bind(1, envelopeId).bind(2, qint64(attempts)).bind(3, nextAttemptMs).bind(4, attemptedAtMs);
    update.next();
    return update.ok();
}

Outbox::State Outbox::recordRefusal(
    const QByteArray &envelopeId, int attempts, qint64 nextAttemptMs, qint64 attemptedAtMs, int maxRefusals)
{
    Database::Statement update(*m_db,
        "UPDATE pending SET attempts = ?2, next_attempt = ?3, last_attempt = ?4, refusals = refusals + 1,"
        " state = CASE WHEN refusals + 1 >= ?5 THEN 'refused' ELSE state END WHERE id = ?1;");
    update.bind(1, envelopeId)
        .bind(2, qint64(attempts))
        .bind(3, nextAttemptMs)
        .bind(4, attemptedAtMs)
        .bind(5, qint64(maxRefusals));
    update.next();
    if (!update.ok())
        return State::Unknown;
    Database::Statement query(*m_db, "SELECT state FROM pending WHERE id = ?1;");
    query.bind(1, envelopeId);
    if (!query.next())
        return State::Unknown;
    return query.text(0) == QLatin1StringView("refused") ? State::Refused : State::Queued;
}

QStringList Outbox::expireQueuedBefore(qint64 cutoffMs)
{
    QStringList references;
    {
        Database::Statement query(
            *m_db, "SELECT DISTINCT reference FROM pending WHERE state = 'queued' AND created <= ?1;");
        query.bind(1, cutoffMs);
        while (query.next())
            references.append(query.text(0));
    }
    if (references.isEmpty())
        return references;
    Database::Statement update(
        *m_db, "UPDATE pending SET state = 'expired' WHERE state = 'queued' AND created <= ?1;");
    update.bind(1, cutoffMs);
    update.next();
    return update.ok() ? references : QStringList();
}

bool Outbox::tryAgain(const QString &reference, qint64 nowMs)
{
    Database::Statement update(*m_db,
        "UPDATE pending SET state = 'queued', refusals = 0, created = ?2, next_attempt = ?2"
        " WHERE reference = ?1 AND state <> 'queued';");
    update.bind(1, reference).bind(2, nowMs);
    update.next();
    return update.ok();
}

bool Outbox::retryAllNow(qint64 nowMs, qint64 floorMs)
{
    // A network that comes and goes must not make a device knock faster than the floor.
    Database::Statement update(*m_db,
        "UPDATE pending SET next_attempt = max(?1, last_attempt + ?2)"
        " WHERE state = 'queued' AND attempts > 0 AND next_attempt > max(?1, last_attempt + ?2);");
    update.bind(1, nowMs).bind(2, floorMs);
    update.next();
    return update.ok();
}

bool Outbox::markDelivered(const QByteArray &envelopeId, const QByteArray &, qint64)
{
    auto record = [&] {
        return m_db->transaction([&] {
            Database::Statement insert(*m_db,
                "INSERT OR REPLACE INTO delivered (id, reference) SELECT id, reference FROM pending WHERE id "
                "= ?1;");
            insert.bind(1, envelopeId);
            insert.next();
            if (!insert.ok())
                return false;
            Database::Statement remove(*m_db, "DELETE FROM pending WHERE id = ?1;");
            remove.bind(1, envelopeId);
            remove.next();
            return remove.ok();
        });
    };
    Result<void> recorded = record();
    if (!recorded && recorded.errorKind() == ErrorKind::DiskFull) {
        makeRoom();
        recorded = record();
    }
    if (!recorded)
        qCWarning(lcOutbox) << "a receipt could not be recorded:" << recorded.error();
    return recorded.ok();
}

int Outbox::pendingCount()
{
    Database::Statement query(*m_db, "SELECT count(*) FROM pending;");
    return query.next() ? int(query.integer(0)) : -1;
}

bool Outbox::forgetDelivered(const QString &keep)
{
    Database::Statement remove(*m_db, "DELETE FROM delivered WHERE reference <> ?1;");
    remove.bind(1, keep);
    remove.next();
    return remove.ok();
}

int Outbox::stoppedCount()
{
    Database::Statement query(*m_db, "SELECT count(*) FROM pending WHERE state <> 'queued';");
    return query.next() ? int(query.integer(0)) : -1;
}

int Outbox::deliveredCount()
{
    Database::Statement query(*m_db, "SELECT count(*) FROM delivered;");
    return query.next() ? int(query.integer(0)) : -1;
}

Outbox::State Outbox::stateOf(const QString &reference)
{
    // One copy refused or expired is enough for the person to be told.
    Database::Statement pending(*m_db,
        "SELECT count(*), sum(state = 'refused'), sum(state = 'expired') FROM pending WHERE reference = ?1;");
    pending.bind(1, reference);
    if (pending.next() && pending.integer(0) > 0) {
        if (pending.integer(1) > 0)
            return State::Refused;
        if (pending.integer(2) > 0)
            return State::Expired;
        return State::Queued;
    }
    Database::Statement delivered(*m_db, "SELECT count(*) FROM delivered WHERE reference = ?1;");
    delivered.bind(1, reference);
    if (delivered.next() && delivered.integer(0) > 0)
        return State::Sent;
    return State::Unknown;
}

} // namespace harbour::store
