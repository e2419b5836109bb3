// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "kiosk/kioskconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace harbour::session {

struct Recipient
{
    QString name;
    QUrl intakeUrl;
    QByteArray publicKey; // X25519, 32 bytes
    QString onion {}; // its intake's onion service, or empty (tests and demos; see directory::Organisation)
};

// What the organisation installs: the mode and where reports go. The reporter never edits it.
struct AppConfig
{
    enum class Mode { Personal, Kiosk };
    Mode mode = Mode::Personal;
    // Fixed recipients: tests and demos only. When set, every report goes to each of them and the
    // recipient directory is not used for routing (docs/protocol.md "Recipient directory").
    QList<Recipient> recipients;
    // A newer signed directory to offer at start ("directory_file"); refused ones change nothing.
    QString directoryFile;
    // Directory signing keys to trust instead of the built-in ones. Not read from the file: only
    // code (tests) can set it, so a configuration cannot widen whom the app trusts.
    QList<QByteArray> trustedDirectoryKeys;
    QString dataDir;
    // The organisation's questionnaire file (docs/questionnaire.md); empty: the embedded harbour-uk.
    QString questionnaire;
    // Kiosk idle limit: warn after this long without input, then clear after the grace period.
    int idleWarningAfterSeconds = 240;
    int idleGraceSeconds = 60;
    // A report not delivered this many days after it was queued stops being sent and the person is
    // told, with other ways to report ("undelivered_after_days", 1 to 90).
    int undeliveredAfterDays = 14;
    // Sending through Tor (personal devices, the person's choice): the port of the tor daemon's
    // SOCKS5 proxy on 127.0.0.1 ("tor_socks_port"). 9050 is tor's own default, Debian's tor
    // service and Orbot's on Android; Tor Browser's own tor listens on 9150.
    int torSocksPort = 9050;
    // Kiosk only: its name, languages, default organisation and the admin/volunteer hashes.
    kiosk::KioskSettings kiosk;

    // Reads a configuration file; an empty path reads the embedded default (demo organisation).
    static Result<AppConfig> load(const QString &path = {});
    static Result<AppConfig> fromJson(const QByteArray &json);
};

} // namespace harbour::session
