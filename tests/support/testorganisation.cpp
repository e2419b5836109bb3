// SPDX-License-Identifier: GPL-3.0-or-later
#include "testorganisation.h"

#include <QDebug>
#include <QDir>
#include <QJsonDocument>

namespace harbour::testsupport {

TestOrganisation::TestOrganisation(const QString &dir, const QByteArray &passphrase)
    : m_store(QDir(dir).filePath(QStringLiteral("intake.db")))
    , m_passphrase(passphrase)
{
    QDir().mkpath(dir);
    m_keyFile = makeOrganisationKey(dir, passphrase);
}

QByteArray TestOrganisation::publicKey() const
{
    return publicKeyOf(m_keyFile);
}

bool TestOrganisation::startIntake(const QString &store)
{
    if (!store.isEmpty())
        m_store = store;
    return isValid() && m_intake.start(m_store, { publicKeyFile() });
}

QJsonArray TestOrganisation::exported(const QString &store) const
{
    const InboxResult result = runInbox({ QStringLiteral("export"), QStringLiteral("--format"),
                                            QStringLiteral("json"), QStringLiteral("--key"), m_keyFile,
                                            QStringLiteral("--store"), store.isEmpty() ? m_store : store },
        m_passphrase);
    if (result.exitCode != 0)
        qWarning() << "inbox export failed:" << result.err;
    return QJsonDocument::fromJson(result.out).array();
}

InboxResult TestOrganisation::openOnlyReport() const
{
    const QJsonArray reports = exported();
    if (reports.size() != 1) {
        qWarning() << "expected one report in the store, found" << reports.size();
        return {};
    }
    const QString id = reports.at(0).toObject().value(QStringLiteral("envelope_id")).toString();
    return runInbox({ QStringLiteral("open"), id, QStringLiteral("--key"), m_keyFile,
                        QStringLiteral("--store"), m_store },
        m_passphrase);
}

} // namespace harbour::testsupport
