// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

namespace harbour::kiosk {

// The kiosk's Ed25519 signing key. Reports sent from a kiosk are signed inside the seal with it
// (protocol::seal's third argument), so the receiving organisation knows which of its kiosks sent
// a report. Personal phones have no such key (it would link a person's reports).
//
// On a Linux kiosk the key is a 0600 file owned by the kiosk user in its data folder, made on
// first run. What that does and does not protect: docs/threat-model.md.
class KioskIdentity
{
public:
    static constexpr const char *kFileName = "kiosk-identity.key";

    // Loads <dataDir>/kiosk-identity.key, creating it (and a 0700 folder) on first run.
    // Refuses a file that group or others can access, that belongs to another user, or that is
    // damaged (wrong size, or the public half does not match the secret half).
    static Result<KioskIdentity> loadOrCreate(const QString &dataDir);
    static Result<KioskIdentity> loadOrCreateFile(const QString &path);
    // Loads only; a missing file is an error (for tools that must not create keys).
    static Result<KioskIdentity> loadFile(const QString &path);

    KioskIdentity(KioskIdentity &&other) noexcept;
    KioskIdentity &operator=(KioskIdentity &&other) noexcept;
    KioskIdentity(const KioskIdentity &) = delete;
    KioskIdentity &operator=(const KioskIdentity &) = delete;
    ~KioskIdentity();

    // 32 bytes, and the 64-byte libsodium secret key to pass to protocol::seal().
    const QByteArray &publicKey() const { return m_publicKey; }
    const QByteArray &secretKey() const { return m_secretKey; }
    bool created() const { return m_created; }

    QString publicKeyBase64() const;
    // protocol::signingKeyFingerprint() of the public key ("7KQ2 M9XD ...").
    QString fingerprint() const;
    // What the organisation registers: the public key in base64 and the fingerprint to compare
    // aloud over the phone. Two lines:
    //   harbour-kiosk-ed25519 <base64 public key>
    //   fingerprint <XXXX XXXX XXXX XXXX>
    QString publicKeyText() const;

private:
    KioskIdentity() = default;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
    bool m_created = false;
};

} // namespace harbour::kiosk
