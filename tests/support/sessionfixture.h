// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/config.h"
#include "session/reportsession.h"

#include "testorganisation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// The set-up every test of the app's core shares: a configuration with its own data folder, the
// recipients or the signed directory reports go to, and a started session.
namespace harbour::testsupport {

// The organisation as a fixed recipient: reports go to its loopback intake, sealed to its key.
session::Recipient recipientOf(
    const TestOrganisation &organisation, const QString &name = QStringLiteral("Test organisation"));

// A configuration keeping its data in dataDir and sending to recipients (none: the directory
// decides who receives a report).
session::AppConfig sessionConfig(const QString &dataDir, const QList<session::Recipient> &recipients = {});

// Writes signedFile into the configuration's data folder and offers it at start, trusting only
// authorityPublicKey for directories. False (with a warning) when it cannot be written.
bool offerDirectory(
    session::AppConfig *config, const QByteArray &signedFile, const QByteArray &authorityPublicKey);

// A started session; null (with a warning saying why) when it does not start.
std::unique_ptr<session::ReportSession> startSession(const session::AppConfig &config);

// An organisation receiving on loopback and a session sending to it, their files in a temporary
// folder of their own: the set-up of the end-to-end and UI tests.
class SessionFixture
{
public:
    // Makes the organisation's key (under passphrase) and starts its intake; isValid() says whether
    // both worked.
    explicit SessionFixture(const QByteArray &passphrase);

    bool isValid() const { return m_dir.isValid() && m_organisation.intake().isRunning(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    TestOrganisation &organisation() { return m_organisation; }

    // Data in app-data/, reports to the organisation: adjust it, then start() with it.
    session::AppConfig config() const;
    // Starts a session with config; false (with a warning) when it does not start.
    bool start(const session::AppConfig &config);
    session::ReportSession *session() const { return m_session.get(); }

private:
    QTemporaryDir m_dir;
    TestOrganisation m_organisation;
    std::unique_ptr<session::ReportSession> m_session;
};

} // namespace harbour::testsupport
