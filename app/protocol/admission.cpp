// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission.h"

#include "crypto/sodium.h"
#include "envelope.h"

#include <sodium.h>

#include <bit>
#include <cstring>

namespace harbour::protocol::admission {

int sizeBits(qint64 bodyBytes)
{
    int bits = 0;
    for (qint64 covered = 4096; covered < bodyBytes && bits < 62; covered *= 2)
        ++bits;
    return bits;
}

QByteArray workHash(const QByteArray &envelopeId, quint64 nonce)
{
    static_assert(crypto_pwhash_argon2id_SALTBYTES == kEnvelopeIdBytes);
    if (envelopeId.size() != kEnvelopeIdBytes)
        return {};
    crypto::ensureInitialised();
    constexpr qsizetype domainBytes = sizeof(kDomain) - 1;
    unsigned char password[domainBytes + kNonceBytes];
    std::memcpy(password, kDomain, domainBytes);
    for (qsizetype i = 0; i < kNonceBytes; ++i)
        password[domainBytes + i] = static_cast<unsigned char>(nonce >> (8 * i));
    QByteArray hash(kHashBytes, Qt::Uninitialized);
    if (crypto_pwhash_argon2id(reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()),
            reinterpret_cast<const char *>(password), sizeof(password),
            reinterpret_cast<const unsigned char *>(envelopeId.constData()), kOpsLimit, kMemLimitBytes,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return hash;
}

int workBits(const QByteArray &envelopeId, quint64 nonce)
{
    const QByteArray hash = workHash(envelopeId, nonce);
    if (hash.isEmpty())
        return -1;
    int bits = 0;
    for (char c : hash) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte != 0)
            return bits + std::countl_zero(byte);
        bits += 8;
    }
    return bits;
}

bool verify(const QByteArray &envelopeId, quint64 nonce, int difficulty)
{
    return workBits(envelopeId, nonce) >= difficulty;
}

std::optional<quint64> solve(const QByteArray &envelopeId, int difficulty, const std::atomic_bool *cancelled)
{
    if (difficulty < 0 || difficulty > kMaxDifficulty || envelopeId.size() != kEnvelopeIdBytes)
        return std::nullopt;
    for (quint64 nonce = 0;; ++nonce) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            return std::nullopt;
        const int bits = workBits(envelopeId, nonce);
        if (bits < 0)
            return std::nullopt;
        if (bits >= difficulty)
            return nonce;
    }
}

QByteArray proofText(quint64 nonce)
{
    return QByteArray::number(nonce, 16).rightJustified(2 * kNonceBytes, '0');
}

std::optional<quint64> parseProof(const QByteArray &text)
{
    if (text.size() != 2 * kNonceBytes)
        return std::nullopt;
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return std::nullopt;
    }
    bool ok = false;
    const quint64 nonce = text.toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    return nonce;
}

} // namespace harbour::protocol::admission
