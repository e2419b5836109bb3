// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfixture.h"

#include <QDebug>
#include <QDir>
#include <QFile>

namespace harbour::testsupport {

session::Recipient recipientOf(const TestOrganisation &organisation, const QString &name)
{
    return { name, organisation.envelopesUrl(), organisation.publicKey() };
}

session::AppConfig sessionConfig(const QString &dataDir, const QList<session::Recipient> &recipients)
{
    session::AppConfig config;
    config.dataDir = dataDir;
    config.recipients = recipients;
    return config;
}

bool offerDirectory(
    session::AppConfig *config, const QByteArray &signedFile, const QByteArray &authorityPublicKey)
{
    QDir().mkpath(config->dataDir);
    QFile file(QDir(config->dataDir).filePath(QStringLiteral("directory.signed.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(signedFile) != signedFile.size()) {
        qWarning() << "cannot write the directory:" << file.errorString();
        return false;
    }
    config->directoryFile = file.fileName();
    config->trustedDirectoryKeys = { authorityPublicKey };
    return true;
}

std::unique_ptr<session::ReportSession> startSession(const session::AppConfig &config)
{
    auto session = std::make_unique<session::ReportSession>(config);
    if (const auto started = session->start(); !started) {
        qWarning() << "the session did not start:" << started.error();
        return nullptr;
    }
    return session;
}

SessionFixture::SessionFixture(const QByteArray &passphrase)
    : m_organisation(m_dir.path(), passphrase)
{
    if (!m_organisation.startIntake())
        qWarning() << "the intake did not start";
}

session::AppConfig SessionFixture::config() const
{
    return sessionConfig(m_dir.filePath(QStringLiteral("app-data")), { recipientOf(m_organisation) });
}

bool SessionFixture::start(const session::AppConfig &config)
{
    m_session = startSession(config);
    return m_session != nullptr;
}

} // namespace harbour::testsupport
