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

// The key file is written once with O_EXCL and mode 0600 so no other user can read it.
Result<QByteArray> loadOrCreateKey(const QString &path)
{
    using R = Result<QByteArray>;
    const QByteArray native = QFile::encodeName(path);
    int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        QByteArray key(33, '\0');
        const ssize_t n = ::read(fd, key.data(), size_t(key.size()));
        ::close(fd);
        if (n != 32) {
            crypto::wipe(key);
            return R::failure(QStringLiteral("the outbox key file %1 is damaged (expected 32 bytes)").arg(path));
        }
        key.truncate(32);
        ::chmod(native.constData(), 0600);
        return key;
    }
    if (errno != ENOENT)
        return R::failure(QStringLiteral("cannot read the outbox key file %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    QByteArray key = crypto::randomBytes(32);
    fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return R::failure(QStringLiteral("cannot create the outbox key file %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    const bool written = ::write(fd, key.constData(), 32) == 32 && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        ::unlink(native.constData());
        return R::failure(QStringLiteral("cannot write the outbox key file %1 (is the disk full?)").arg(path));
    }
    return key;
}

} // namespace

Result<std::unique_ptr<Outbox>> Outbox::openInDirectory(const QString &dataDir)
{
    using R = Result<std::unique_ptr<Outbox>>;
    if (!QDir().mkpath(dataDir))
        return R::failure(QStringLiteral("cannot create the data folder %1").arg(dataDir));
    const QString dbPath = QDir(dataDir).filePath(QStringLiteral("outbox.db"));
    const QString keyPath = QDir(dataDir).filePath(QStringLiteral("outbox.key"));
    if (!QFile::exists(keyPath) && QFile::exists(dbPath) && QFileInfo(dbPath).size() > 0)
        return R::failure(QStringLiteral("the outbox %1 exists but its key file is missing; refusing to replace it").arg(dbPath));
    auto key = loadOrCreateKey(keyPath);
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
    if (auto e = outbox->createSchema(); !e.isEmpty())
        return R::failure(QStringLiteral("cannot prepare the outbox: %1").arg(e));
    // Signal once wrote its database unencrypted without noticing: check after every open.
    if (Database::hasPlainSqliteHeader(databasePath))
        return R::failure(QStringLiteral("%1 was written unencrypted; refusing to continue").arg(databasePath));
    return outbox;
}

QString Outbox::createSchema()
{
    return m_db->exec("CREATE TABLE IF NOT EXISTS pending ("
                      " id BLOB PRIMARY KEY, reference TEXT NOT NULL, recipient TEXT NOT NULL,"
                      " intake_url TEXT NOT NULL, envelope BLOB NOT NULL, created INTEGER NOT NULL,"
                      " attempts INTEGER NOT NULL DEFAULT 0, next_attempt INTEGER NOT NULL);"
                      "CREATE TABLE IF NOT EXISTS delivered ("
                      " id BLOB PRIMARY KEY, reference TEXT NOT NULL, recipient TEXT NOT NULL,"
                      " receipt BLOB NOT NULL, delivered INTEGER NOT NULL);"
                      "CREATE INDEX IF NOT EXISTS pending_due ON pending(next_attempt);");
}

Result<bool> Outbox::enqueue(const protocol::Envelope &envelope, const QString &reference, const QString &recipient,
                             const QUrl &intakeUrl, qint64 nowMs)
{
    Database::Statement insert(*m_db, "INSERT INTO pending (id, reference, recipient, intake_url, envelope, created,"
                                      " attempts, next_attempt) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?6);");
    insert.bind(1, envelope.id)
        .bind(2, reference)
        .bind(3, recipient)
        .bind(4, intakeUrl.toString())
        .bind(5, envelope.toJson())
        .bind(6, nowMs);
    insert.next();
    if (!insert.ok())
        return Result<bool>::failure(QStringLiteral("the report could not be saved for sending: %1").arg(m_db->lastError()));
    return true;
}

std::vector<Outbox::Pending> Outbox::due(qint64 nowMs, int limit)
{
    Database::Statement query(*m_db, "SELECT id, reference, recipient, intake_url, envelope, attempts, next_attempt"
                                     " FROM pending WHERE next_attempt <= ?1 ORDER BY next_attempt LIMIT ?2;");
    query.bind(1, nowMs).bind(2, qint64(limit));
    std::vector<Pending> rows;
    while (query.next()) {
        rows.push_back(Pending{query.blob(0), query.text(1), query.text(2), QUrl(query.text(3)), query.blob(4),
                               int(query.integer(5)), query.integer(6)});
    }
    if (!query.ok())
        qCWarning(lcOutbox) << "reading due envelopes failed:" << m_db->lastError();
    return rows;
}

std::optional<qint64> Outbox::nextAttemptMs()
{
    Database::Statement query(*m_db, "SELECT min(next_attempt) FROM pending;");
    if (query.next() && !query.text(0).isEmpty())
        return query.integer(0);
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
    return m_db->transaction([&] {
        Database::Statement insert(*m_db, "INSERT OR REPLACE INTO delivered (id, reference, recipient, receipt, delivered)"
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
