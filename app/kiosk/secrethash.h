// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

// Argon2id password hashing (libsodium crypto_pwhash_str) for the kiosk's admin passphrase and
// volunteer code. The hash string carries its own salt and limits, so it can sit in the kiosk's
// configuration file; a stolen file still costs an attacker one Argon2id run per guess.
namespace harbour::kiosk {

struct HashLimits
{
    unsigned long long opslimit = 0;
    std::size_t memlimit = 0;

    // What the organisation's setup tool uses: 256 MiB and about a second per guess.
    static HashLimits moderate();
    // For tests only: fast, and still a valid Argon2id hash that verifies the same way.
    static HashLimits interactive();
};

enum class SecretKind { AdminPassphrase, VolunteerCode };

// Counted in characters (code points). The admin passphrase unlocks settings, so it must hold up
// offline if the configuration leaks; the volunteer code only starts assisted mode and is
// attempt-limited, so it may be shorter (still no 4-digit PIN).
inline constexpr int kMinAdminPassphraseChars = 12;
inline constexpr int kMinVolunteerCodeChars = 6;
inline constexpr int kMaxSecretChars = 256;

// The bytes that are hashed: NFC-normalised UTF-8, so the same passphrase typed on different
// keyboards (precomposed or combining accents) matches.
QByteArray secretBytes(const QString &text);

// "" when a new secret is acceptable, otherwise why not (for the person setting it).
QString checkNewSecret(const QString &text, SecretKind kind);

Result<QByteArray> hashSecret(const QByteArray &secret, HashLimits limits = HashLimits::moderate());
// Constant-time verification against a crypto_pwhash_str hash; false for a malformed hash.
bool verifySecret(const QByteArray &hash, const QByteArray &secret);
// Structural check for configuration files: an Argon2id hash string that libsodium can read.
bool isSecretHash(const QByteArray &hash);

} // namespace harbour::kiosk
