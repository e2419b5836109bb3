// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace harbour::store {

// A thin RAII wrapper over the SQLCipher C API. Statements take bound parameters only:
// no SQL is ever built from input.
class Database
{
public:
    enum class Encryption { Required, None };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if missing) and verifies: with Encryption::Required the raw 256-bit key
    // must open the file, cipher_version must answer and the header must not be plain SQLite.
    static Result<std::shared_ptr<Database>> open(
        const QString &path, Encryption encryption, const QByteArray &rawKey = {});

    class Statement
    {
    public:
        Statement(Database &db, const char *sql);
        ~Statement();
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;

        Statement &bind(int index, const QByteArray &blob);
        Statement &bind(int index, const QString &text);
        Statement &bind(int index, qint64 value);
        // True while a row is available; false when done or on error (see ok()).
        bool next();
        bool ok() const { return m_ok; }
        QByteArray blob(int column) const;
        QString text(int column) const;
        qint64 integer(int column) const;

    private:
        void fail();
        Database &m_db;
        sqlite3_stmt *m_stmt = nullptr;
        bool m_ok = true;
    };

    // Runs statements with no parameters (schema, pragmas). Returns an empty string or the error.
    QString exec(const char *sql);
    QString lastError() const;
    qint64 changes() const;
    // "ok" or SQLite's list of problems.
    QString integrityCheck();
    // Runs `work` in one transaction (BEGIN IMMEDIATE) and commits it; `work` returns false when a
    // statement failed. On failure nothing of it is kept (rolled back) and the failure carries
    // SQLite's own message, kept from the call that failed (ROLLBACK would replace it), with
    // ErrorKind::DiskFull when SQLite answered SQLITE_FULL.
    Result<void> transaction(const std::function<bool()> &work);
    void close();
    const QString &path() const { return m_path; }

    // True when a file begins with the plain SQLite header (i.e. it is not encrypted).
    static bool hasPlainSqliteHeader(const QString &path);

private:
    explicit Database(QString path);
    // Keeps the failure SQLite just reported, for transaction() to return once `work` gives up.
    void noteFailure();
    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_failedCode = 0; // SQLITE_OK: nothing failed since the transaction began
    QString m_failedMessage;
};

} // namespace harbour::store
