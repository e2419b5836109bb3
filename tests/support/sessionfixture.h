// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/config.h"
#include "session/reportsession.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

// The set-up every test of the app's core shares: a configuration with its own data folder, the
// recipients or the signed directory reports go to, and a started session.
namespace harbour::testsupport {

class TestOrganisation;

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

} // namespace harbour::testsupport
