// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "protocol/envelope.h"

#include <QByteArray>
#include <QString>

// The organisation's key files, shared by harbour-intake (public half) and harbour-inbox.
// Formats are described in receiver/README.md "Key files".
namespace harbour::receiver {

inline constexpr char kOrganisationKeyKind[] = "harbour-organisation-key";
inline constexpr char kOrganisationPublicKeyKind[] = "harbour-organisation-public-key";
inline constexpr char kPublicKeySuffix[] = ".pub";
// The recipient directory authority's Ed25519 signing key (harbour-directory keygen), same format.
inline constexpr char kDirectoryKeyKind[] = "harbour-directory-key";
inline constexpr char kDirectoryPublicKeyKind[] = "harbour-directory-public-key";

// What a secret key file holds: an organisation's X25519 key, or a directory authority's Ed25519
// seed (whose secret key is then seed ‖ public key, 64 bytes, once unlocked).
enum class SecretKeyKind { Organisation, Directory };

struct PublicKeyFile
{
    QByteArray publicKey; // 32 bytes
    QByteArray keyId; // protocol::recipientKeyId(publicKey)
};

// Reads a FILE.pub written by keygen; refuses the secret key file so it never reaches the intake.
Result<PublicKeyFile> readPublicKeyFile(const QString &path);
QByteArray publicKeyFileJson(const QByteArray &publicKey, SecretKeyKind kind = SecretKeyKind::Organisation);

// The secret key file: X25519 secret key in a secretbox under an Argon2id-derived key.
struct OrganisationKeyFile
{
    SecretKeyKind kind = SecretKeyKind::Organisation;
    QByteArray publicKey;
    quint64 opslimit = 0;
    quint64 memlimit = 0;
    QByteArray salt;
    QByteArray nonce;
    QByteArray secretKeyBox;

    // Structural checks only; whether the passphrase fits is unlock()'s business.
    static Result<OrganisationKeyFile> fromJson(
        const QByteArray &json, SecretKeyKind expected = SecretKeyKind::Organisation);
    QByteArray toJson() const;
};

// Seals a fresh key pair under the passphrase with Argon2id MODERATE limits.
Result<OrganisationKeyFile> lockOrganisationKey(const protocol::KeyPair &pair, const QByteArray &passphrase);
// Seals a directory authority's Ed25519 key pair (secret key of 64 bytes; its 32-byte seed is kept).
Result<OrganisationKeyFile> lockDirectoryKey(const protocol::KeyPair &pair, const QByteArray &passphrase);

struct UnlockResult
{
    enum class Status { Ok, WrongPassphrase, Damaged, Failed };
    Status status = Status::Failed;
    protocol::KeyPair pair;
    QString error;
};
UnlockResult unlockOrganisationKey(const OrganisationKeyFile &file, const QByteArray &passphrase);

} // namespace harbour::receiver
