// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/result.h"

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
};

// What the organisation installs: the mode and where reports go. The reporter never edits it.
struct AppConfig
{
    enum class Mode { Personal, Kiosk };
    Mode mode = Mode::Personal;
    QList<Recipient> recipients;
    QString dataDir;
    // Kiosk idle limit: warn after this long without input, then clear after the grace period.
    int idleWarningAfterSeconds = 240;
    int idleGraceSeconds = 60;

    // Reads a configuration file; an empty path reads the embedded default (demo organisation).
    static Result<AppConfig> load(const QString &path = {});
    static Result<AppConfig> fromJson(const QByteArray &json);
};

} // namespace harbour::session
