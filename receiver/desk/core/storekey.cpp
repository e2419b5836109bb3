// SPDX-License-Identifier: GPL-3.0-or-later
#include "storekey.h"

#include "crypto/sodium.h"

#include <QtEndian>

#include <sodium.h>

namespace harbour::desk {
namespace {

constexpr char kMagic[] = "HDK1";
constexpr qsizetype kKeyBytes = 32;
// A file may not ask for hours of work or all memory (a damaged or hostile one), nor for less than
// the interactive limits (so no file can make the passphrase cheap to guess).
constexpr quint64 kMaxOpslimit = 64;
constexpr quint64 kMaxMemlimit = quint64(4) * 1024 * 1024 * 1024;

QByteArray deriveKey(const QByteArray &passphrase, const QByteArray &salt, KdfLimits limits, bool *ok)
{
    QByteArray derived(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    *ok = crypto_pwhash(reinterpret_cast<unsigned char *>(derived.data()), size_t(derived.size()),
              passphrase.constData(), size_t(passphrase.size()),
              reinterpret_cast<const unsigned char *>(salt.constData()), limits.opslimit,
              size_t(limits.memlimit), crypto_pwhash_ALG_ARGON2ID13)
        == 0;
    return derived;
}

QByteArray littleEndian(quint64 value)
{
    QByteArray bytes(8, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

} // namespace

KdfLimits KdfLimits::moderate()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

KdfLimits KdfLimits::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

Result<QByteArray> rewrapStoreKey(const QByteArray &key, const QByteArray &passphrase, KdfLimits limits)
{
    using R = Result<QByteArray>;
    if (passphrase.isEmpty())
        return R::failure(QStringLiteral("the passphrase must not be empty"));
    crypto::ensureInitialised();
    const QByteArray salt = crypto::randomBytes(crypto_pwhash_SALTBYTES);
    const QByteArray nonce = crypto::randomBytes(crypto_secretbox_NONCEBYTES);
    bool ok = false;
    QByteArray derived = deriveKey(passphrase, salt, limits, &ok);
    if (!ok) {
        crypto::wipe(derived);
        return R::failure(QStringLiteral("not enough memory to derive the store key from the passphrase"));
    }
    QByteArray box(kKeyBytes + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()),
        reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()),
        reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(derived.constData()));
    crypto::wipe(derived);
    return QByteArray(QByteArray(kMagic, 4) + littleEndian(limits.opslimit) + littleEndian(limits.memlimit)
        + salt + nonce + box);
}

Result<NewStoreKey> makeStoreKey(const QByteArray &passphrase, KdfLimits limits)
{
    NewStoreKey made { crypto::randomBytes(kKeyBytes), {} };
    auto file = rewrapStoreKey(made.key, passphrase, limits);
    if (!file) {
        crypto::wipe(made.key);
        return Result<NewStoreKey>::failure(file);
    }
    made.file = file.value();
    return made;
}

Result<QByteArray> unwrapStoreKey(const QByteArray &file, const QByteArray &passphrase)
{
    using R = Result<QByteArray>;
    if (file.size() != kStoreKeyFileBytes || !file.startsWith(QByteArray(kMagic, 4)))
        return R::failure(QStringLiteral("it is not a Harbour desk key file"));
    KdfLimits limits { qFromLittleEndian<quint64>(file.constData() + 4),
        qFromLittleEndian<quint64>(file.constData() + 12) };
    if (limits.opslimit < crypto_pwhash_OPSLIMIT_INTERACTIVE || limits.opslimit > kMaxOpslimit
        || limits.memlimit < crypto_pwhash_MEMLIMIT_INTERACTIVE || limits.memlimit > kMaxMemlimit)
        return R::failure(QStringLiteral("its Argon2id limits are out of range (damaged?)"));
    const QByteArray salt = file.mid(20, crypto_pwhash_SALTBYTES);
    const QByteArray nonce = file.mid(36, crypto_secretbox_NONCEBYTES);
    const QByteArray box = file.mid(60);
    crypto::ensureInitialised();
    bool ok = false;
    QByteArray derived = deriveKey(passphrase, salt, limits, &ok);
    if (!ok) {
        crypto::wipe(derived);
        return R::failure(QStringLiteral("not enough memory to derive the store key from the passphrase"));
    }
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    const bool opened = crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(key.data()),
                            reinterpret_cast<const unsigned char *>(box.constData()), size_t(box.size()),
                            reinterpret_cast<const unsigned char *>(nonce.constData()),
                            reinterpret_cast<const unsigned char *>(derived.constData()))
        == 0;
    crypto::wipe(derived);
    if (!opened) {
        crypto::wipe(key);
        return R::failure(QStringLiteral("wrong passphrase"), ErrorKind::Refused);
    }
    return key;
}

} // namespace harbour::desk
