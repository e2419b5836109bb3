// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "crypto/sodium.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <functional>

namespace harbour::store {
namespace {
constexpr char kPlainHeader[16] = "SQLite format 3"; // includes the trailing NUL, as in the file
}

Database::Database(QString path)
    : m_path(std::move(path))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::hasPlainSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head == QByteArray(kPlainHeader, 16);
}

Result<std::shared_ptr<Database>> Database::open(
    const QString &path, Encryption encryption, const QByteArray &rawKey)
{
    using R = Result<std::shared_ptr<Database>>;
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    if (encryption == Encryption::Required) {
        if (rawKey.size() != 32)
            return R::failure(QStringLiteral("the store key must be 32 bytes"));
        if (existed && hasPlainSqliteHeader(path))
            return R::failure(
                QStringLiteral("%1 is an unencrypted database; Harbour refuses to use it").arg(path));
    }

    std::shared_ptr<Database> db(new Database(path));
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &db->m_db,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return R::failure(QStringLiteral("cannot open %1: %2").arg(path, db->lastError()));
    sqlite3_busy_timeout(db->m_db, 5000);

    if (encryption == Encryption::Required) {
        // A raw key skips SQLCipher 3's weak passphrase derivation altogether.
        QByteArray pragma = "PRAGMA key = \"x'" + crypto::toHex(rawKey) + "'\";";
        const int keyRc = sqlite3_exec(db->m_db, pragma.constData(), nullptr, nullptr, nullptr);
        crypto::wipe(pragma);
        if (keyRc != SQLITE_OK)
            return R::failure(QStringLiteral("cannot key %1: %2").arg(path, db->lastError()));
        Statement version(*db, "PRAGMA cipher_version;");
        if (!version.next() || version.text(0).isEmpty())
            return R::failure(
                QStringLiteral("SQLCipher is not active (cipher_version gave no answer); refusing to "
                               "store anything in %1")
                    .arg(path));
    }
    // Reading the schema is the first access that needs the key to be right.
    if (auto e = db->exec("SELECT count(*) FROM sqlite_master;"); !e.isEmpty())
        return R::failure(
            QStringLiteral("%1 cannot be read with this key (wrong key or damaged file): %2").arg(path, e));
    if (auto e = db->exec("PRAGMA journal_mode = WAL;"); !e.isEmpty())
        return R::failure(e);
    for (const char *pragma :
        { "PRAGMA synchronous = FULL;", "PRAGMA secure_delete = ON;", "PRAGMA foreign_keys = ON;" }) {
        if (auto e = db->exec(pragma); !e.isEmpty())
            return R::failure(e);
    }
    return db;
}

QString Database::exec(const char *sql)
{
    if (!m_db)
        return QStringLiteral("the database is closed");
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString error = message ? QString::fromUtf8(message) : lastError();
    sqlite3_free(message);
    noteFailure();
    m_failedMessage = error;
    return error;
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("the database is closed");
}

qint64 Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

QString Database::integrityCheck()
{
    Statement check(*this, "PRAGMA integrity_check;");
    QStringList lines;
    while (check.next())
        lines << check.text(0);
    if (!check.ok())
        return lastError();
    return lines.join(QLatin1Char('\n'));
}

void Database::noteFailure()
{
    if (!m_db)
        return;
    m_failedCode = sqlite3_extended_errcode(m_db);
    m_failedMessage = QString::fromUtf8(sqlite3_errmsg(m_db));
}

Result<void> Database::transaction(const std::function<bool()> &work)
{
    m_failedCode = SQLITE_OK;
    m_failedMessage.clear();
    auto failed = [this] {
        // The primary code decides the kind (SQLITE_FULL, whatever its extended code), not the text.
        const bool full = (m_failedCode & 0xff) == SQLITE_FULL;
        const QString message
            = m_failedMessage.isEmpty() ? QStringLiteral("the change was not made") : m_failedMessage;
        return Result<void>::failure(message, full ? ErrorKind::DiskFull : ErrorKind::Other);
    };
    if (!m_db)
        return Result<void>::failure(QStringLiteral("the database is closed"));
    if (!exec("BEGIN IMMEDIATE;").isEmpty())
        return failed();
    if (!work()) {
        const Result<void> result = failed();
        exec("ROLLBACK;");
        return result;
    }
    if (exec("COMMIT;").isEmpty())
        return {};
    const Result<void> result = failed();
    // A failed COMMIT (disk full, I/O error) can leave the transaction open; close it so the
    // next BEGIN works and nothing half-written is kept.
    if (sqlite3_get_autocommit(m_db) == 0)
        exec("ROLLBACK;");
    return result;
}

Database::Statement::Statement(Database &db, const char *sql)
    : m_db(db)
{
    if (!db.m_db || sqlite3_prepare_v2(db.m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        fail();
}

Database::Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Database::Statement &Database::Statement::bind(int index, const QByteArray &blob)
{
    if (m_ok
        && sqlite3_bind_blob64(m_stmt, index, blob.constData(), sqlite3_uint64(blob.size()), SQLITE_TRANSIENT)
            != SQLITE_OK)
        fail();
    return *this;
}

Database::Statement &Database::Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (m_ok
        && sqlite3_bind_text64(
               m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8)
            != SQLITE_OK)
        fail();
    return *this;
}

Database::Statement &Database::Statement::bind(int index, qint64 value)
{
    if (m_ok && sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail();
    return *this;
}

bool Database::Statement::next()
{
    if (!m_ok)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    return false;
}

void Database::Statement::fail()
{
    m_ok = false;
    m_db.noteFailure();
}

QByteArray Database::Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), size) : QByteArray();
}

QString Database::Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Database::Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

} // namespace harbour::store
