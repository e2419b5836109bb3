// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intakeprocess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// The receiving side of a test: an organisation's key, its real intake on loopback and its inbox.
namespace harbour::testsupport {

class TestOrganisation
{
public:
    // Writes a new key under passphrase into dir (made if missing); isValid() says whether it worked.
    TestOrganisation(const QString &dir, const QByteArray &passphrase);

    bool isValid() const { return !m_keyFile.isEmpty(); }
    QString keyFile() const { return m_keyFile; }
    QString publicKeyFile() const { return m_keyFile + QStringLiteral(".pub"); }
    QByteArray publicKey() const; // the raw 32 bytes
    QByteArray passphrase() const { return m_passphrase; }
    QString store() const { return m_store; } // dir/intake.db unless startIntake named another

    // Starts its intake on store (store() when empty), taking envelopes sealed to its key; the store
    // is then its store().
    bool startIntake(const QString &store = {});
    IntakeProcess &intake() { return m_intake; }
    const IntakeProcess &intake() const { return m_intake; }
    QUrl envelopesUrl() const { return m_intake.envelopesUrl(); }

    // `harbour-inbox export --format json` over store (its own when empty): [] on failure, with a
    // warning.
    QJsonArray exported(const QString &store = {}) const;
    // The one report in its store, as `harbour-inbox open` prints it; a failed result (exit code -1,
    // with a warning) when none or several arrived.
    InboxResult openOnlyReport() const;

private:
    QString m_keyFile;
    QString m_store;
    QByteArray m_passphrase;
    IntakeProcess m_intake;
};

} // namespace harbour::testsupport
