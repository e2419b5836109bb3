// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

// The desk store's key: 32 random bytes (the SQLCipher raw key), kept in a 0600 file beside the
// store wrapped with crypto_secretbox under a key Argon2id derives from the caseworker's passphrase.
// A random key, not the passphrase itself, so the passphrase can change without re-encrypting the
// store and SQLCipher's own weak passphrase derivation is never used (TRUST.md).
//
// File (108 bytes): "HDK1" ‖ opslimit (8, little-endian) ‖ memlimit (8, little-endian) ‖ salt (16)
// ‖ nonce (24) ‖ secretbox(store key) (48). The limits are not secret; changing them only makes
// the derived key wrong, which the secretbox's tag then refuses.
namespace harbour::desk {

struct KdfLimits
{
    quint64 opslimit = 0;
    quint64 memlimit = 0;

    static KdfLimits moderate(); // the default: about 0.8 s and 256 MiB here
    // For tests that unlock a store hundreds of times; the reader refuses anything weaker.
    static KdfLimits interactive();
};

inline constexpr qsizetype kStoreKeyFileBytes = 108;

// A new random store key and its file contents under the passphrase.
struct NewStoreKey
{
    QByteArray key;
    QByteArray file;
};
Result<NewStoreKey> makeStoreKey(const QByteArray &passphrase, KdfLimits limits);

// The store key from the file's contents; a wrong passphrase is ErrorKind::Refused.
Result<QByteArray> unwrapStoreKey(const QByteArray &file, const QByteArray &passphrase);

// The same key under a new passphrase (a new salt and nonce).
Result<QByteArray> rewrapStoreKey(const QByteArray &key, const QByteArray &passphrase, KdfLimits limits);

} // namespace harbour::desk
