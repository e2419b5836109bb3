// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore: the desk's registry of the organisation's kiosks, and which kiosk signed a case.
#include "casestore.h"

#include "protocol/envelope.h"
#include "store/database.h"

namespace harbour::desk {
namespace {

using store::Database;

// Its own table, made on first use, so stores made before the registry existed gain it too.
constexpr char kKioskSchema[]
    = "CREATE TABLE IF NOT EXISTS kiosks (public_key BLOB PRIMARY KEY, name TEXT NOT "
      "NULL, added TEXT NOT NULL, revoked TEXT NOT NULL DEFAULT '');";

constexpr qsizetype kMaxKioskNameBytes = 200;

Result<void> ensureTable(Database &db)
{
    if (const QString e = db.exec(kKioskSchema); !e.isEmpty())
        return Result<void>::failure(QStringLiteral("cannot keep the kiosk registry: %1").arg(e));
    return {};
}

Result<void> checkKey(const QByteArray &publicKey)
{
    if (publicKey.size() != protocol::kSigningPublicKeyBytes)
        return Result<void>::failure(QStringLiteral("a kiosk key is an Ed25519 public key of %1 bytes")
                                         .arg(protocol::kSigningPublicKeyBytes),
            ErrorKind::Refused);
    return {};
}

Result<void> checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.toUtf8().size() > kMaxKioskNameBytes)
        return Result<void>::failure(
            QStringLiteral("a kiosk's name is 1 to %1 bytes of text").arg(kMaxKioskNameBytes),
            ErrorKind::Refused);
    return {};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

Result<QByteArray> CaseStore::kioskKey(const QByteArray &caseId)
{
    Database::Statement row(*m_db, "SELECT kiosk_key FROM envelopes WHERE id = ?1;");
    row.bind(1, QString::fromLatin1(caseId));
    if (row.next())
        return row.blob(0);
    if (!row.ok())
        return Result<QByteArray>::failure(
            QStringLiteral("cannot read the desk store: %1").arg(m_db->lastError()));
    return QByteArray();
}

Result<QList<RegisteredKiosk>> CaseStore::kiosks()
{
    using R = Result<QList<RegisteredKiosk>>;
    if (auto made = ensureTable(*m_db); !made)
        return R::failure(made);
    QList<RegisteredKiosk> out;
    Database::Statement rows(
        *m_db, "SELECT public_key, name, added, revoked FROM kiosks ORDER BY name, added;");
    while (rows.next()) {
        RegisteredKiosk kiosk;
        kiosk.publicKey = rows.blob(0);
        kiosk.name = rows.text(1);
        kiosk.added = QDateTime::fromString(rows.text(2), Qt::ISODate);
        if (!rows.text(3).isEmpty())
            kiosk.revoked = QDateTime::fromString(rows.text(3), Qt::ISODate);
        out.append(kiosk);
    }
    if (!rows.ok())
        return R::failure(QStringLiteral("cannot read the kiosk registry: %1").arg(m_db->lastError()));
    return out;
}

Result<void> CaseStore::addKiosk(const QByteArray &publicKey, const QString &name)
{
    if (auto ok = checkKey(publicKey); !ok)
        return ok;
    if (auto ok = checkName(name); !ok)
        return ok;
    if (auto made = ensureTable(*m_db); !made)
        return made;
    return m_db->transaction([&] {
        Database::Statement put(*m_db,
            "INSERT OR REPLACE INTO kiosks (public_key, name, added, revoked) VALUES (?1, ?2, ?3, '');");
        put.bind(1, publicKey).bind(2, name.trimmed()).bind(3, now());
        put.next();
        return put.ok();
    });
}

Result<void> CaseStore::renameKiosk(const QByteArray &publicKey, const QString &name)
{
    if (auto ok = checkName(name); !ok)
        return ok;
    if (auto made = ensureTable(*m_db); !made)
        return made;
    return m_db->transaction([&] {
        Database::Statement put(*m_db, "UPDATE kiosks SET name = ?2 WHERE public_key = ?1;");
        put.bind(1, publicKey).bind(2, name.trimmed());
        put.next();
        return put.ok();
    });
}

Result<void> CaseStore::revokeKiosk(const QByteArray &publicKey)
{
    if (auto made = ensureTable(*m_db); !made)
        return made;
    return m_db->transaction([&] {
        Database::Statement put(
            *m_db, "UPDATE kiosks SET revoked = ?2 WHERE public_key = ?1 AND revoked = '';");
        put.bind(1, publicKey).bind(2, now());
        put.next();
        return put.ok();
    });
}

} // namespace harbour::desk
