// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intakeprocess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// The receiving side of a test: an organisation's key, its real intake on loopback, a desk of the
// organisation registered there (harbour-intake-admin, harbour-desk-sync) and harbour-inbox reading
// that desk, as an organisation's scripts would.
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
    // is then its store(). The first start on a store also registers the organisation and a new
    // desk there (deskDir()).
    bool startIntake(const QString &store = {});
    IntakeProcess &intake() { return m_intake; }
    const IntakeProcess &intake() const { return m_intake; }
    QUrl envelopesUrl() const { return m_intake.envelopesUrl(); }

    // The desk of the current store (made by startIntake); its passphrase is passphrase().
    QString deskDir() const { return m_deskDir; }
    // harbour-desk-sync sync of the desk, starting the intake again on its port for it if a test
    // stopped it (and stopping it after). False, with a warning, when the sync failed.
    bool syncDesk();

    // The desk synced, then `harbour-inbox export --format json` over it: [] on failure, with a
    // warning.
    QJsonArray exported();
    // The one report the desk holds, as `harbour-inbox open` prints it; a failed result (exit code
    // -1, with a warning) when none or several arrived.
    InboxResult openOnlyReport();

private:
    bool makeDesk();

    QString m_dir;
    QString m_keyFile;
    QString m_store;
    QString m_deskStore; // the store m_deskDir was made for
    QString m_deskDir;
    int m_desks = 0;
    QByteArray m_passphrase;
    IntakeProcess m_intake;
};

} // namespace harbour::testsupport
