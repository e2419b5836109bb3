// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "crypto/sodium.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcOutbox, "harbour.outbox")

namespace harbour::store {
namespace {

constexpr qint64 kSchemaVersion = 2;

QString systemError()
{
    return QString::fromLocal8Bit(strerror(errno));
}

// Makes the key file whole or not at all: written to a temporary file (mode 0600, so no other
// user can read it), synced, then linked into place and the folder synced. A crash or power cut
// mid-way leaves no key file or a complete one, never a short one that would lock the outbox.
Result<QByteArray> createKey(const QString &path)
{
    using R = Result<QByteArray>;
    const QByteArray native = QFile::encodeName(path);
    const QByteArray temporary = native + ".new";
    ::unlink(temporary.constData()); // left by a crash: it was never in use
    QByteArray key = crypto::randomBytes(32);
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return R::failure(
            QStringLiteral("cannot create the outbox key file %1: %2").arg(path, systemError()));
    const bool written = ::write(fd, key.constData(), 32) == 32 && ::fsync(fd) == 0;
    ::close(fd);
    // link() rather than rename(): it never replaces a key file that appeared meanwhile.
    if (!written || ::link(temporary.constData(), native.constData()) != 0) {
        const QString reason = written ? systemError() : QStringLiteral("is the disk full?");
        ::unlink(temporary.constData());
        crypto::wipe(key);
        return R::failure(QStringLiteral("cannot write the outbox key file %1 (%2)").arg(path, reason));
    }
    ::unlink(temporary.constData());
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return key;
}

// databaseInUse: the outbox file exists and is not empty, so it was encrypted with the key on disk.
Result<QByteArray> loadOrCreateKey(const QString &path, bool databaseInUse)
{
    using R = Result<QByteArray>;
    const QByteArray native = QFile::encodeName(path);
    int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        QByteArray key(33, '\0');
        const ssize_t n = ::read(fd, key.data(), size_t(key.size()));
        ::close(fd);
        if (n == 0 && !databaseInUse) {
            // An empty key file and no outbox: an earlier version was stopped while creating it.
            // Nothing was ever encrypted with it, so a new key loses nothing.
            ::unlink(native.constData());
            return createKey(path);
        }
        if (n != 32) {
            crypto::wipe(key);
            return R::failure(
                QStringLiteral("the outbox key file %1 is damaged (expected 32 bytes)").arg(path));
        }
        key.truncate(32);
        ::chmod(native.constData(), 0600);
        return key;
    }
    if (errno != ENOENT)
        return R::failure(QStringLiteral("cannot read the outbox key file %1: %2").arg(path, systemError()));
    return createKey(path);
}

} // namespace

Result<std::unique_ptr<Outbox>> Outbox::openInDirectory(const QString &dataDir)
{
    using R = Result<std::unique_ptr<Outbox>>;
    if (!QDir().mkpath(dataDir))
        return R::failure(QStringLiteral("cannot create the data folder %1").arg(dataDir));
    const QString dbPath = QDir(dataDir).filePath(QStringLiteral("outbox.db"));
    const QString keyPath = QDir(dataDir).filePath(QStringLiteral("outbox.key"));
    const bool databaseInUse = QFile::exists(dbPath) && QFileInfo(dbPath).size() > 0;
    if (!QFile::exists(keyPath) && databaseInUse)
        return R::failure(
            QStringLiteral("the outbox %1 exists but its key file is missing; refusing to replace it")
                .arg(dbPath));
    auto key = loadOrCreateKey(keyPath, databaseInUse);
    if (!key)
        return R::failure(key.error());
    auto outbox = open(dbPath, key.value());
    crypto::wipe(key.value());
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
    if (auto e = db.value()->exec("PRAGMA wal_autocheckpoint = 64; PRAGMA journal_size_limit = 262144;");
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

// user_version 0/1: the first schema. 2: pending.tls_pin. Rows queued before a migration keep
// going (an empty pin means "none given", as before).
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
        return m_db->exec("PRAGMA user_version = 2;").isEmpty();
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

Result<void> Outbox::enqueueAll(const std::vector<Item> &items, const QString &reference, qint64 nowMs)
{
    auto insertAll = [&] {
        return m_db->transaction([&] {
            for (const Item &item : items) {
                Database::Statement insert(*m_db,
                    "INSERT INTO pending (id, reference, recipient, intake_url, envelope,"
                    " created, attempts, next_attempt, tls_pin)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?6, ?7);");
                insert.bind(1, item.envelope.id)
                    .bind(2, reference)
                    .bind(3, item.recipient)
                    .bind(4, item.intakeUrl.toString())
                    .bind(5, item.envelope.toJson())
                    .bind(6, nowMs)
                    .bind(7, item.tlsPin);
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
        Database::Statement query(
            *m_db, "SELECT id FROM pending WHERE next_attempt <= ?1 ORDER BY next_attempt LIMIT ?2;");
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
            " tls_pin FROM pending WHERE id = ?1;");
        query.bind(1, id);
        if (query.next()) {
            rows.push_back(Pending { query.blob(0), query.text(1), query.text(2), QUrl(query.text(3)),
                query.blob(4), int(query.integer(5)), query.integer(6), query.text(7) });
        }
        if (!query.ok())
            qCWarning(lcOutbox) << "reading a due envelope failed:" << m_db->lastError();
    }
    return rows;
}

std::optional<qint64> Outbox::nextAttemptMs(const QSet<QByteArray> &skip)
{
    Database::Statement query(*m_db, "SELECT id, next_attempt FROM pending ORDER BY next_attempt LIMIT ?1;");
    query.bind(1, qint64(skip.size()) + 1);
    while (query.next()) {
        if (!skip.contains(query.blob(0)))
            return query.integer(1);
    }
    return std::nullopt;
}

bool Outbox::recordFailure(const QByteArray &envelopeId, int attempts, qint64 nextAttemptMs)
{
    Database::Statement update(*m_db, "UPDATE pending SET attempts = ?2, next_attempt = ?3 WHERE id = ?1;");
    update.bind(1, envelopeId).bind(2, qint64(attempts)).bind(3, nextAttemptMs);
    update.next();
    return update.ok();
}

bool Outbox::retryAllNow(qint64 nowMs)
{
    Database::Statement update(*m_db, "UPDATE pending SET next_attempt = ?1 WHERE next_attempt > ?1;");
    update.bind(1, nowMs);
    update.next();
    return update.ok();
}

bool Outbox::markDelivered(const QByteArray &envelopeId, const QByteArray &receiptJson, qint64 nowMs)
{
    auto record = [&] {
        return m_db->transaction([&] {
            Database::Statement insert(*m_db,
                "INSERT OR REPLACE INTO delivered (id, reference, recipient, receipt, delivered)"
                " SELECT id, reference, recipient, ?2, ?3 FROM pending WHERE id = ?1;");
            insert.bind(1, envelopeId).bind(2, receiptJson).bind(3, nowMs);
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

int Outbox::deliveredCount()
{
    Database::Statement query(*m_db, "SELECT count(*) FROM delivered;");
    return query.next() ? int(query.integer(0)) : -1;
}

Outbox::State Outbox::stateOf(const QString &reference)
{
    Database::Statement pending(*m_db, "SELECT count(*) FROM pending WHERE reference = ?1;");
    pending.bind(1, reference);
    if (pending.next() && pending.integer(0) > 0)
        return State::Queued;
    Database::Statement delivered(*m_db, "SELECT count(*) FROM delivered WHERE reference = ?1;");
    delivered.bind(1, reference);
    if (delivered.next() && delivered.integer(0) > 0)
        return State::Sent;
    return State::Unknown;
}

} // namespace harbour::store
