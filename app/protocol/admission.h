// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <atomic>
#include <optional>

// Admission proof (docs/protocol.md §11.5): before an intake reads an envelope it asks its sender
// for work bound to the envelope id, so storing junk costs the sender far more than the intake.
// One Argon2id hash per try: the sender needs about 2^difficulty of them, the intake checks one.
namespace harbour::protocol::admission {

// Argon2id v1.3 parameters; fixed by the protocol, only the difficulty varies.
inline constexpr unsigned long long kOpsLimit = 1;
inline constexpr size_t kMemLimitBytes = 256 * 1024;
inline constexpr qsizetype kHashBytes = 32;
inline constexpr qsizetype kNonceBytes = 8;
// The password is this ASCII text followed by the nonce; the salt is the 16-byte envelope id.
inline constexpr char kDomain[] = "harbour-admission-1";

// What an intake asks for when nothing is known yet; an app starts here.
inline constexpr int kDefaultDifficulty = 10;
// The most an app works for (2^26 hashes: only a 2 MiB envelope at an intake's highest difficulty
// comes near it); above it the attempt fails and is retried later like any other failure.
inline constexpr int kMaxDifficulty = 26;

// Request header carrying the proof (16 lower-case hex characters, the nonce), and the response
// header and body member saying which difficulty the intake wants.
inline constexpr char kProofHeader[] = "Harbour-Admission";
inline constexpr char kDifficultyHeader[] = "Harbour-Admission-Difficulty";

// Extra bits for a large envelope, so the work pays for the bytes stored: one per doubling of the
// request body above 4 KiB (a 64 KiB bucket, about 87 KiB of JSON, adds 5). Reports that fit the
// small buckets, nearly all of them, add nothing.
int sizeBits(qint64 bodyBytes);
// What a proof for an envelope of `bodyBytes` must meet when the intake names `intakeDifficulty`.
inline int requiredDifficulty(int intakeDifficulty, qint64 bodyBytes)
{
    return intakeDifficulty + sizeBits(bodyBytes);
}

// Argon2id(password = kDomain ‖ nonce as 8 bytes little-endian, salt = envelope id), 32 bytes.
// Empty if the id is not 16 bytes or libsodium cannot allocate.
QByteArray workHash(const QByteArray &envelopeId, quint64 nonce);
// How many leading zero bits the hash has (bit 7 of byte 0 first); -1 if it cannot be computed.
int workBits(const QByteArray &envelopeId, quint64 nonce);
// True when the nonce's hash has at least `difficulty` leading zero bits.
bool verify(const QByteArray &envelopeId, quint64 nonce, int difficulty);

// The smallest nonce from 0 up whose hash has `difficulty` leading zero bits; nullopt when
// cancelled, when the difficulty is outside 0..kMaxDifficulty, or when the id is not 16 bytes.
std::optional<quint64> solve(
    const QByteArray &envelopeId, int difficulty, const std::atomic_bool *cancelled = nullptr);

// The header form of a nonce and its strict inverse (exactly 16 lower-case hex characters).
QByteArray proofText(quint64 nonce);
std::optional<quint64> parseProof(const QByteArray &text);

} // namespace harbour::protocol::admission
