// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "crypto/sodium.h"
#include "keyfile.h"

namespace harbour::store {

Result<std::unique_ptr<Settings>> Settings::openInDirectory(const QString &dataDir)
{
    using R = Result<std::unique_ptr<Settings>>;
    // A new key would make the old file unreadable; deleting the key must not reset the counters.
    auto key = loadOrCreateStoreKey(dataDir, QStringLiteral("settings"), QStringLiteral("settings store"));
    if (!key)
        return R::failure(key);
    auto settings = open(key->databasePath, key->key);
    crypto::wipe(key->key);
    return settings;
}

Result<std::unique_ptr<Settings>> Settings::open(const QString &databasePath, const QByteArray &rawKey)
{
    using R = Result<std::unique_ptr<Settings>>;
    auto db = Database::open(databasePath, Database::Encryption::Required, rawKey);
    if (!db)
        return R::failure(db.error());
    std::unique_ptr<Settings> settings(new Settings(db.value()));
    if (auto e
        = settings->m_db->exec("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value NOT NULL);");
        !e.isEmpty())
        return R::failure(QStringLiteral("cannot prepare the settings store: %1").arg(e));
    // As with the outbox: check after every open that nothing was written in plaintext.
    if (Database::hasPlainSqliteHeader(databasePath))
        return R::failure(
            QStringLiteral("%1 was written unencrypted; refusing to continue").arg(databasePath));
    return settings;
}

std::optional<qint64> Settings::integer(const QString &key, bool *ok)
{
    Database::Statement query(*m_db, "SELECT value FROM settings WHERE key = ?1;");
    query.bind(1, key);
    const bool found = query.next();
    if (ok)
        *ok = query.ok();
    if (!found)
        return std::nullopt;
    return query.integer(0);
}

std::optional<QByteArray> Settings::bytes(const QString &key, bool *ok)
{
    Database::Statement query(*m_db, "SELECT value FROM settings WHERE key = ?1;");
    query.bind(1, key);
    const bool found = query.next();
    if (ok)
        *ok = query.ok();
    if (!found)
        return std::nullopt;
    return query.blob(0);
}

bool Settings::setInteger(const QString &key, qint64 value)
{
    Database::Statement upsert(*m_db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2);");
    upsert.bind(1, key).bind(2, value);
    upsert.next();
    return upsert.ok();
}

bool Settings::setBytes(const QString &key, const QByteArray &value)
{
    Database::Statement upsert(*m_db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2);");
    upsert.bind(1, key).bind(2, value);
    upsert.next();
    return upsert.ok();
}

bool Settings::remove(const QString &key)
{
    Database::Statement remove(*m_db, "DELETE FROM settings WHERE key = ?1;");
    remove.bind(1, key);
    remove.next();
    return remove.ok();
}

} // namespace harbour::store
