// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// The signed directory file (docs/protocol.md "Recipient directory"):
//   {"directory":"<base64 of the directory bytes>","key_id":"<hex>","signature":"<base64>","v":1}
// with an Ed25519 signature over "harbour-directory-signature-v1" ‖ directory bytes.
namespace harbour::directory {

inline constexpr int kSignedDirectoryVersion = 1;
inline constexpr char kDirectorySignaturePrefix[] = "harbour-directory-signature-v1";
// The wrapper holds the directory in base64 (4/3 larger) plus a few short members.
inline constexpr qsizetype kMaxSignedDirectoryBytes = 4 * kMaxDirectoryBytes / 3 + 4096;
// A device clock a little fast or slow must not refuse a directory issued a moment ago.
inline constexpr qint64 kClockSkewSeconds = 60 * 60;

// Key id of a directory signing key: hex of BLAKE2b-128 of the Ed25519 public key (as for recipient keys).
QByteArray directoryKeyId(const QByteArray &signingPublicKey);

struct SignedDirectory
{
    QByteArray file; // the signed file as received: what is kept as the last good directory
    QByteArray payload; // the exact signed bytes: the directory document
    QByteArray keyId;
    Directory directory;
};

// Signs directory bytes with an Ed25519 secret key (64 bytes); returns the signed file (canonical JSON).
QByteArray signDirectory(const QByteArray &payload, const QByteArray &signingSecretKey);

// Checks the file's form, that it is signed by one of the trusted Ed25519 public keys and that the
// directory inside is well formed. Time is checked separately (checkValidAt), so a tool can show an
// expired directory. The error names the problem.
Result<SignedDirectory> verifySignedDirectory(const QByteArray &file, const QList<QByteArray> &trustedKeys);

// "" when the directory may be used at `now`; else why not (expired, not yet valid).
QString checkValidAt(const Directory &directory, const QDateTime &now);

// The directory keys built into this app (app/directory/trustedkeys.cpp).
QList<QByteArray> builtInTrustedKeys();

} // namespace harbour::directory
