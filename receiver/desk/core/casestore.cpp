// SPDX-License-Identifier: GPL-3.0-or-later
#include "casestore.h"

#include "caseschema.h"
#include "crypto/sodium.h"
#include "protocol/desksignature.h"
#include "store/database.h"
#include "store/keyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace harbour::desk {
namespace {

using store::Database;

QString keyPathIn(const QString &dir)
{
    return QDir(dir).filePath(QLatin1StringView(CaseStore::kKeyFileName));
}

QString databasePathIn(const QString &dir)
{
    return QDir(dir).filePath(QLatin1StringView(CaseStore::kDatabaseName));
}

Result<void> putMeta(Database &db, const char *name, const QByteArray &value)
{
    Database::Statement put(db, "INSERT OR REPLACE INTO meta (name, value) VALUES (?1, ?2);");
    put.bind(1, QString::fromLatin1(name)).bind(2, value);
    put.next();
    if (!put.ok())
        return Result<void>::failure(db.lastError());
    return {};
}

Result<void> putOrganisationKey(Database &db, const protocol::KeyPair &key)
{
    Database::Statement put(
        db, "INSERT OR IGNORE INTO organisation_keys (key_id, public_key, secret_key) VALUES (?1, ?2, ?3);");
    put.bind(1, QString::fromLatin1(protocol::recipientKeyId(key.publicKey)))
        .bind(2, key.publicKey)
        .bind(3, key.secretKey);
    put.next();
    if (!put.ok())
        return Result<void>::failure(db.lastError());
    return {};
}

} // namespace

CaseStore::CaseStore(std::shared_ptr<store::Database> db)
    : m_db(std::move(db))
{
}

CaseStore::~CaseStore()
{
    crypto::wipe(m_deskSecretKey);
    crypto::wipe(m_storeKey);
    for (protocol::KeyPair &key : m_organisationKeys)
        crypto::wipe(key.secretKey);
    if (m_db)
        m_db->close();
}

Result<std::unique_ptr<CaseStore>> CaseStore::create(const Setup &setup)
{
    using R = Result<std::unique_ptr<CaseStore>>;
    if (setup.organisationKey.publicKey.size() != protocol::kPublicKeyBytes
        || setup.organisationKey.secretKey.size() != protocol::kSecretKeyBytes)
        return R::failure(QStringLiteral("the organisation's key pair is not an X25519 key pair"));
    if (!setup.intake.isValid() || setup.intake.isRelative())
        return R::failure(QStringLiteral("the intake's address must be an absolute URL"));
    if (auto dir = store::ensurePrivateDirectory(setup.dataDir); !dir)
        return R::failure(dir);
    const QString databasePath = databasePathIn(setup.dataDir);
    const QString keyPath = keyPathIn(setup.dataDir);
    if (QFileInfo::exists(databasePath) || QFileInfo::exists(keyPath))
        return R::failure(
            QStringLiteral("%1 already holds a desk; refusing to replace it").arg(setup.dataDir),
            ErrorKind::Refused);
    auto key = makeStoreKey(setup.passphrase, setup.limits);
    if (!key)
        return R::failure(key);
    if (auto written = store::createPrivateFile(keyPath, key->file, QStringLiteral("desk key file"));
        !written) {
        crypto::wipe(key->key);
        return R::failure(written);
    }
    auto opened = Database::open(databasePath, Database::Encryption::Required, key->key);
    const auto undo = [&](const QString &why) {
        crypto::wipe(key->key);
        if (opened)
            opened.value()->close();
        QFile::remove(databasePath);
        QFile::remove(keyPath);
        return R::failure(why);
    };
    if (!opened)
        return undo(opened.error());
    // The folder is private already; the file is too, wherever the desk's folder is copied.
    QFile::setPermissions(databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Database &db = *opened.value();
    if (const QString e = db.exec(kSchema); !e.isEmpty())
        return undo(e);
    protocol::KeyPair desk = protocol::generateSigningKeyPair();
    auto written = db.transaction([&] {
        return putMeta(db, "schema", QByteArray::number(kSchemaVersion))
            && putMeta(db, "desk_secret_key", desk.secretKey)
            && putMeta(db, "intake", setup.intake.toString(QUrl::FullyEncoded).toUtf8())
            && putOrganisationKey(db, setup.organisationKey);
    });
    crypto::wipe(desk.secretKey);
    if (!written)
        return undo(written.error());
    std::unique_ptr<CaseStore> made(new CaseStore(opened.value()));
    made->m_keyFilePath = keyPath;
    made->m_storeKey = key->key;
    crypto::wipe(key->key);
    if (auto loaded = made->load(); !loaded)
        return R::failure(loaded);
    return made;
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString &dataDir, const QByteArray &passphrase)
{
    using R = Result<std::unique_ptr<CaseStore>>;
    const QString databasePath = databasePathIn(dataDir);
    const QString keyPath = keyPathIn(dataDir);
    if (!QFileInfo::exists(databasePath))
        return R::failure(QStringLiteral("%1 holds no desk (no %2); make one with init")
                              .arg(dataDir, QLatin1StringView(kDatabaseName)),
            ErrorKind::NotFound);
    auto file = store::readPrivateFile(keyPath, kStoreKeyFileBytes, QStringLiteral("desk key file"));
    if (!file)
        return R::failure(file);
    auto key = unwrapStoreKey(file.value(), passphrase);
    if (!key)
        return R::failure(key.errorKind() == ErrorKind::Refused
                ? QStringLiteral("wrong passphrase for the desk in %1").arg(dataDir)
                : QStringLiteral("the desk key file %1 cannot be used: %2").arg(keyPath, key.error()),
            key.errorKind());
    auto opened = Database::open(databasePath, Database::Encryption::Required, key.value());
    if (!opened) {
        crypto::wipe(key.value());
        return R::failure(opened);
    }
    std::unique_ptr<CaseStore> store(new CaseStore(opened.value()));
    store->m_keyFilePath = keyPath;
    store->m_storeKey = key.value();
    crypto::wipe(key.value());
    if (auto loaded = store->load(); !loaded)
        return R::failure(loaded);
    return store;
}

Result<void> CaseStore::load()
{
    using R = Result<void>;
    // Tables added within this schema version (the kiosk registry) on a desk made before them.
    if (const QString e = m_db->exec(kSchema); !e.isEmpty())
        return R::failure(QStringLiteral("cannot read the desk store: %1").arg(e));
    QByteArray schema;
    {
        Database::Statement meta(*m_db, "SELECT name, value FROM meta;");
        while (meta.next()) {
            const QString name = meta.text(0);
            if (name == QLatin1StringView("schema"))
                schema = meta.blob(1);
            else if (name == QLatin1StringView("desk_secret_key"))
                m_deskSecretKey = meta.blob(1);
            else if (name == QLatin1StringView("intake"))
                m_intake = QUrl::fromEncoded(meta.blob(1), QUrl::StrictMode);
        }
        if (!meta.ok())
            return R::failure(QStringLiteral("cannot read the desk store: %1").arg(m_db->lastError()));
    }
    if (schema != QByteArray::number(kSchemaVersion))
        return R::failure(
            QStringLiteral("the desk store has schema version \"%1\"; this desk reads version %2")
                .arg(QString::fromLatin1(schema))
                .arg(kSchemaVersion));
    if (m_deskSecretKey.size() != protocol::kSigningSecretKeyBytes || !m_intake.isValid())
        return R::failure(QStringLiteral("the desk store is damaged: its desk key or intake is missing"));
    Database::Statement keys(*m_db, "SELECT public_key, secret_key FROM organisation_keys ORDER BY rowid;");
    while (keys.next())
        m_organisationKeys.append({ keys.blob(0), keys.blob(1) });
    if (!keys.ok() || m_organisationKeys.isEmpty())
        return R::failure(QStringLiteral("the desk store holds no organisation key"));
    loadCurrentKeyId();
    return {};
}

void CaseStore::loadCurrentKeyId()
{
    Database::Statement current(*m_db, "SELECT value FROM meta WHERE name = 'current_key_id';");
    m_currentKeyId = current.next() ? current.blob(0) : QByteArray();
}

const protocol::KeyPair &CaseStore::currentOrganisationKey() const
{
    if (!m_currentKeyId.isEmpty()) {
        for (const protocol::KeyPair &key : m_organisationKeys) {
            if (protocol::recipientKeyId(key.publicKey) == m_currentKeyId)
                return key;
        }
    }
    return m_organisationKeys.constFirst();
}

QByteArray CaseStore::deskPublicKey() const
{
    return m_deskSecretKey.right(protocol::kSigningPublicKeyBytes);
}

QByteArray CaseStore::deskKeyId() const
{
    return protocol::desk::deskKeyId(deskPublicKey());
}

Result<void> CaseStore::addOrganisationKey(const protocol::KeyPair &key)
{
    auto added = m_db->transaction([&] { return bool(putOrganisationKey(*m_db, key)); });
    if (!added)
        return added;
    for (const protocol::KeyPair &held : std::as_const(m_organisationKeys)) {
        if (held.publicKey == key.publicKey)
            return {};
    }
    m_organisationKeys.append(key);
    return {};
}

Result<void> CaseStore::changePassphrase(const QByteArray &passphrase, KdfLimits limits)
{
    // The same store key under the new passphrase: the store is not rewritten, and a failure leaves
    // the old key file, whole, in place (replacePrivateFile renames a complete new file over it).
    auto file = rewrapStoreKey(m_storeKey, passphrase, limits);
    if (!file)
        return Result<void>::failure(file);
    return store::replacePrivateFile(m_keyFilePath, file.value(), QStringLiteral("desk key file"));
}

qint64 CaseStore::envelopeCursor()
{
    Database::Statement get(*m_db, "SELECT seq FROM cursors WHERE name = 'envelopes';");
    return get.next() ? get.integer(0) : 0;
}

qint64 CaseStore::eventCursor()
{
    Database::Statement get(*m_db, "SELECT seq FROM cursors WHERE name = 'events';");
    return get.next() ? get.integer(0) : 0;
}

Result<void> CaseStore::markAnswersRead(const QByteArray &caseId)
{
    Database::Statement mark(*m_db, "UPDATE answers SET read = 1 WHERE case_id = ?1;");
    mark.bind(1, QString::fromLatin1(caseId));
    mark.next();
    if (!mark.ok())
        return Result<void>::failure(
            QStringLiteral("cannot change the desk store: %1").arg(m_db->lastError()));
    return {};
}

Result<void> CaseStore::addPending(const Pending &pending)
{
    return m_db->transaction([&] {
        Database::Statement put(
            *m_db, "INSERT OR IGNORE INTO pending_events (id, sealed, created) VALUES (?1, ?2, ?3);");
        put.bind(1, QString::fromLatin1(pending.id))
            .bind(2, pending.sealed)
            .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        put.next();
        return put.ok();
    });
}

Result<QList<CaseStore::Pending>> CaseStore::pending()
{
    QList<Pending> out;
    Database::Statement get(*m_db, "SELECT id, sealed FROM pending_events ORDER BY rowid;");
    while (get.next())
        out.append({ get.text(0).toLatin1(), get.blob(1) });
    if (!get.ok())
        return Result<QList<Pending>>::failure(m_db->lastError());
    return out;
}

Result<QByteArray> CaseStore::lastAppliedHash()
{
    Database::Statement get(*m_db, "SELECT hash FROM events ORDER BY seq DESC LIMIT 1;");
    if (get.next())
        return get.blob(0);
    if (!get.ok())
        return Result<QByteArray>::failure(m_db->lastError());
    return QByteArray(kEventHashBytes, '\0');
}

QString CaseStore::integrityCheck()
{
    return m_db->integrityCheck();
}

} // namespace harbour::desk
