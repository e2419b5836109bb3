// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace harbour::kiosk {

// The "kiosk" object of a kiosk's configuration file (the idle limits are in "idle"; see
// session/config.cpp). Every member is optional; unknown members are refused so a typo is
// noticed rather than silently ignored.
//
//   "kiosk": {
//     "name": "Riverside Community Centre, front desk",
//     "default_organisation": "<a recipient's name>",
//     "languages": ["en", "cy", "pl", "ro", "ar", "pa-Arab"],
//     "admin_passphrase_hash": "$argon2id$v=19$...",   (written by harbour-kiosk-setup)
//     "volunteer_code_hash": "$argon2id$v=19$..."       (written by harbour-kiosk-setup)
//   }
struct KioskSettings
{
    QString name; // shown to staff, never sent in a report
    QString defaultOrganisation; // preselected organisation (a recipient's or directory name); empty: the
                                 // reporter chooses
    QStringList languages; // BCP 47 tags offered on the start page; empty: all shipped
    QByteArray adminPassphraseHash; // empty: the settings screen cannot be unlocked
    QByteArray volunteerCodeHash; // empty: assisted mode cannot be started with a code

    // `recipientNames`: the configuration's fixed recipients; empty when the directory is used.
    static Result<KioskSettings> fromJson(const QJsonObject &kiosk, const QStringList &recipientNames);
};

inline constexpr char kAdminPassphraseHashKey[] = "admin_passphrase_hash";
inline constexpr char kVolunteerCodeHashKey[] = "volunteer_code_hash";

// Sets one hash member ("admin_passphrase_hash" or "volunteer_code_hash") in a configuration
// file's JSON, creating the "kiosk" object if needed and keeping everything else.
Result<QByteArray> withSecretHash(const QByteArray &configJson, const char *member, const QByteArray &hash);

// True for a language tag of the simple forms Harbour ships: "en", "pt-BR", "pa-Arab", "zh-Hant-TW".
bool isLanguageTag(const QString &tag);

} // namespace harbour::kiosk
