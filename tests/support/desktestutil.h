// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/envelope.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

// Helpers for tests that run desks (harbour-desk-sync) as separate processes against the real
// intake, with desks registered by the real harbour-intake-admin: tst_desksync, tst_deskrefusals and
// the proof tst_deskcrash.
namespace harbour::testsupport {

inline constexpr char kDeskPassphraseVariable[] = "HARBOUR_DESK_PASSPHRASE";

struct ToolRun
{
    int exitCode = -1; // -1: crashed, killed or timed out
    QByteArray out;
    QByteArray err;
};

// harbour-desk-sync with the desk passphrase (and the organisation key's, for init) in the
// environment, `input` on standard input, and no terminal to prompt on.
ToolRun runDesk(const QStringList &args, const QByteArray &deskPassphrase, const QByteArray &input = {},
    const QByteArray &organisationPassphrase = {}, int timeoutMs = 120000);
ToolRun runAdmin(const QString &intakeStore, const QStringList &args);

// An organisation's key pair, kept in memory for the test and written as the organisation's secret
// key file (under `passphrase`) and its public file, as harbour-inbox keygen writes them.
struct DeskOrganisation
{
    QString name;
    protocol::KeyPair key;
    QString keyFile;
    QString publicKeyFile;
};
DeskOrganisation makeDeskOrganisation(const QString &dir, const QString &name, const QByteArray &passphrase);
// harbour-intake-admin organisation: the intake lists envelopes to its key to its desks.
bool bindOrganisation(const QString &intakeStore, const DeskOrganisation &organisation);
// harbour-intake-admin add-desk for a public key; the key id it printed, or empty.
QByteArray registerDesk(const QString &intakeStore, const DeskOrganisation &organisation, const QString &name,
    const QByteArray &publicKey);

// harbour-desk-sync init, then add-desk with the key it printed. The desk's key id, or empty (with
// a warning saying why).
QByteArray initDesk(const QString &intakeStore, const DeskOrganisation &organisation,
    const QByteArray &orgPassphrase, const QString &dataDir, const QUrl &intake,
    const QByteArray &deskPassphrase, const QString &name, bool interactiveKdf);

// `status`'s "name value" lines.
QMap<QString, QString> statusOf(const QString &dataDir, const QByteArray &deskPassphrase);

} // namespace harbour::testsupport
