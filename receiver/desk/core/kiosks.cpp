// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore: the kiosk registry, what tells a registered kiosk's report from any other.
#include "casestore.h"

#include "crypto/sodium.h"
#include "protocol/envelope.h"
#include "store/database.h"

namespace harbour::desk {
namespace {

using store::Database;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// A name a person reads in a list: some text, no line breaks or control characters to fake lines.
QString nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("a kiosk needs a name");
    if (name.toUtf8().size() > kMaxNameBytes)
        return QStringLiteral("a kiosk's name is at most %1 bytes of UTF-8").arg(kMaxNameBytes);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            return QStringLiteral("a kiosk's name cannot hold control or formatting characters");
    }
    return {};
}

} // namespace

Result<void> CaseStore::registerKiosk(const QByteArray &publicKey, const QString &name)
{
    using R = Result<void>;
    if (publicKey.size() != protocol::kSigningPublicKeyBytes)
        return R::failure(QStringLiteral("a kiosk key is %1 bytes (Ed25519); this one is %2")
                              .arg(protocol::kSigningPublicKeyBytes)
                              .arg(publicKey.size()),
            ErrorKind::Refused);
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return R::failure(problem, ErrorKind::Refused);
    bool inUse = false;
    auto written = m_db->transaction([&] {
        Database::Statement existing(*m_db, "SELECT revoked FROM kiosks WHERE public_key = ?1;");
        existing.bind(1, publicKey);
        if (existing.next() && existing.text(0).isEmpty()) {
            inUse = true;
            return true;
        }
        if (!existing.ok())
            return false;
        Database::Statement put(*m_db,
            "INSERT OR REPLACE INTO kiosks (public_key, name, added, revoked) VALUES (?1, ?2, ?3, '');");
        put.bind(1, publicKey).bind(2, name.trimmed()).bind(3, now());
        put.next();
        return put.ok();
    });
    if (!written)
        return written;
    if (inUse)
        return R::failure(QStringLiteral("the kiosk key %1 is registered already")
                              .arg(QString::fromLatin1(crypto::toHex(publicKey))),
            ErrorKind::Refused);
    return {};
}

Result<void> CaseStore::revokeKiosk(const QByteArray &publicKey)
{
    using R = Result<void>;
    qint64 changed = 0;
    auto written = m_db->transaction([&] {
        Database::Statement revoke(
            *m_db, "UPDATE kiosks SET revoked = ?2 WHERE public_key = ?1 AND revoked = '';");
        revoke.bind(1, publicKey).bind(2, now());
        revoke.next();
        changed = m_db->changes();
        return revoke.ok();
    });
    if (!written)
        return written;
    if (changed == 0)
        return R::failure(QStringLiteral("no kiosk in use has the key %1")
                              .arg(QString::fromLatin1(crypto::toHex(publicKey))),
            ErrorKind::NotFound);
    return {};
}

Result<void> CaseStore::renameKiosk(const QByteArray &publicKey, const QString &name)
{
    using R = Result<void>;
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return R::failure(problem, ErrorKind::Refused);
    qint64 changed = 0;
    auto written = m_db->transaction([&] {
        Database::Statement put(*m_db, "UPDATE kiosks SET name = ?2 WHERE public_key = ?1;");
        put.bind(1, publicKey).bind(2, name.trimmed());
        put.next();
        changed = m_db->changes();
        return put.ok();
    });
    if (!written)
        return written;
    if (changed == 0)
        return R::failure(
            QStringLiteral("no kiosk has the key %1").arg(QString::fromLatin1(crypto::toHex(publicKey))),
            ErrorKind::NotFound);
    return {};
}

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

Result<QList<Kiosk>> CaseStore::kiosks()
{
    QList<Kiosk> out;
    Database::Statement rows(
        *m_db, "SELECT public_key, name, added, revoked FROM kiosks ORDER BY added, name;");
    while (rows.next()) {
        const auto time = [](const QString &text) {
            return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate).toUTC();
        };
        out.append({ rows.blob(0), rows.text(1), time(rows.text(2)), time(rows.text(3)) });
    }
    if (!rows.ok())
        return Result<QList<Kiosk>>::failure(
            QStringLiteral("cannot read the desk store: %1").arg(m_db->lastError()));
    return out;
}

} // namespace harbour::desk
