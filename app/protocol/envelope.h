// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QDateTime>

// Envelope protocol v1: the one implementation used by the app, the intake and the inbox.
// docs/protocol.md is the normative description; keep the two in step.
namespace harbour::protocol {

// The envelope version written by default, and the oldest still read (docs/protocol.md §14).
// Version 2 makes signed and unsigned envelopes the same length and signs the recipient too.
inline constexpr int kEnvelopeVersion = 2;
inline constexpr int kOldestEnvelopeVersion = 1;
// Receipts keep their own version.
inline constexpr int kReceiptVersion = 1;
inline constexpr qsizetype kEnvelopeIdBytes = 16;
inline constexpr qsizetype kKeyIdBytes = 16;
inline constexpr qsizetype kPublicKeyBytes = 32;
inline constexpr qsizetype kSecretKeyBytes = 32;
inline constexpr qsizetype kSigningPublicKeyBytes = 32;
inline constexpr qsizetype kSigningSecretKeyBytes = 64;
inline constexpr qsizetype kSignatureBytes = 64;
inline constexpr qsizetype kSealOverheadBytes = 48; // crypto_box_SEALBYTES
inline constexpr qsizetype kMinBucketBytes = 1024;
inline constexpr qsizetype kMaxBucketBytes = 1024 * 1024;
// Largest envelope an intake must accept: a full bucket, the inner header and base64.
inline constexpr qsizetype kMaxEnvelopeJsonBytes = 2 * 1024 * 1024;

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};

// X25519 key pair for an organisation (crypto_box).
KeyPair generateRecipientKeyPair();
// Ed25519 key pair for a kiosk (crypto_sign).
KeyPair generateSigningKeyPair();

// Key id: hex of BLAKE2b-128 of the recipient's X25519 public key.
QByteArray recipientKeyId(const QByteArray &publicKey);

// The padded length a report of this many bytes travels in (a power of two >= 1 KiB).
qsizetype bucketSizeFor(qsizetype reportBytes);

struct Envelope
{
    int version = kEnvelopeVersion; // 1 or 2: the inner layout under the seal (§6)
    QByteArray id; // 16 random bytes; hex of it is also the Idempotency-Key
    QByteArray recipientKeyId; // 32 hex characters
    QByteArray seal; // crypto_box_seal output

    QByteArray idHex() const;
    // Wire form: compact JSON, see docs/protocol.md "Envelope".
    QByteArray toJson() const;
    static Result<Envelope> fromJson(const QByteArray &json);
    // Checks the structure an intake can check without the secret key (the seal length rule, §7).
    static QString checkSealShape(const QByteArray &seal, int version = kEnvelopeVersion);
};

// Seals canonical report JSON to a recipient; signs inside the seal when a kiosk key is given.
// version 2 (the default) or 1, for an intake whose directory entry lists only 1.
Result<Envelope> seal(const QByteArray &reportJson, const QByteArray &recipientPublicKey,
    const QByteArray &kioskSigningSecretKey = {}, int version = kEnvelopeVersion);

struct OpenedReport
{
    QByteArray reportJson;
    QByteArray kioskPublicKey; // empty when the sender was a personal device
};

Result<OpenedReport> open(const Envelope &envelope, const KeyPair &recipient);

struct Receipt
{
    QByteArray envelopeId; // 16 bytes
    QByteArray digest; // BLAKE2b-256 of the seal
    QDateTime stored; // rounded down to the hour, UTC

    QByteArray toJson() const;
    static Result<Receipt> fromJson(const QByteArray &json);
};

Receipt makeReceipt(const Envelope &envelope, const QDateTime &storedAt);
// True only for a receipt that names this envelope and the digest of its seal.
Result<Receipt> verifyReceipt(const QByteArray &responseBody, const Envelope &envelope);

QDateTime roundedToHour(const QDateTime &time);

} // namespace harbour::protocol
