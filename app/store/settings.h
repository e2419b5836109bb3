// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace harbour::store {

// A small encrypted key/value store for device state that must survive a restart (for example
// the kiosk's count of wrong admin passphrases). SQLCipher with a random 256-bit raw key kept in
// a 0600 key file beside it, like the outbox. It never holds report content.
class Settings
{
public:
    // Opens <dataDir>/settings.db with the key in <dataDir>/settings.key, creating both on first run.
    static Result<std::unique_ptr<Settings>> openInDirectory(const QString &dataDir);
    static Result<std::unique_ptr<Settings>> open(const QString &databasePath, const QByteArray &rawKey);

    // Reads: nullopt when the key is absent. `ok` (if given) is false when the store failed,
    // so callers that guard something can refuse rather than treat a failure as "absent".
    std::optional<qint64> integer(const QString &key, bool *ok = nullptr);
    std::optional<QByteArray> bytes(const QString &key, bool *ok = nullptr);
    // Writes are durable when they return true (synchronous=FULL).
    bool setInteger(const QString &key, qint64 value);
    bool setBytes(const QString &key, const QByteArray &value);
    bool remove(const QString &key);
    // Runs `work` in one transaction; rolled back, with SQLite's reason, if it or the commit fails.
    Result<void> transaction(const std::function<bool()> &work) { return m_db->transaction(work); }

    QString integrityCheck() { return m_db->integrityCheck(); }
    void close() { m_db->close(); }

private:
    explicit Settings(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    {
    }
    std::shared_ptr<Database> m_db;
};

} // namespace harbour::store
