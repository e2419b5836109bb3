// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/envelope.h"
#include "protocol/result.h"

#include <QByteArray>
#include <QString>

// The organisation's key files, shared by harbour-intake (public half) and harbour-inbox.
// Formats are described in receiver/README.md "Key files".
namespace harbour::receiver {

inline constexpr char kOrganisationKeyKind[] = "harbour-organisation-key";
inline constexpr char kOrganisationPublicKeyKind[] = "harbour-organisation-public-key";
inline constexpr char kPublicKeySuffix[] = ".pub";

struct PublicKeyFile
{
    QByteArray publicKey; // 32 bytes
    QByteArray keyId; // protocol::recipientKeyId(publicKey)
};

// Reads a FILE.pub written by keygen; refuses the secret key file so it never reaches the intake.
Result<PublicKeyFile> readPublicKeyFile(const QString &path);
QByteArray publicKeyFileJson(const QByteArray &publicKey);

// The secret key file: X25519 secret key in a secretbox under an Argon2id-derived key.
struct OrganisationKeyFile
{
    QByteArray publicKey;
    quint64 opslimit = 0;
    quint64 memlimit = 0;
    QByteArray salt;
    QByteArray nonce;
    QByteArray secretKeyBox;

    // Structural checks only; whether the passphrase fits is unlock()'s business.
    static Result<OrganisationKeyFile> fromJson(const QByteArray &json);
    QByteArray toJson() const;
};

// Seals a fresh key pair under the passphrase with Argon2id MODERATE limits.
Result<OrganisationKeyFile> lockOrganisationKey(const protocol::KeyPair &pair, const QByteArray &passphrase);

struct UnlockResult
{
    enum class Status { Ok, WrongPassphrase, Damaged, Failed };
    Status status = Status::Failed;
    protocol::KeyPair pair;
    QString error;
};
UnlockResult unlockOrganisationKey(const OrganisationKeyFile &file, const QByteArray &passphrase);

// Canonical base64 only (the same rule the envelope uses); empty with ok=false otherwise.
QByteArray decodeStrictBase64(const QByteArray &text, bool *ok);

} // namespace harbour::receiver
