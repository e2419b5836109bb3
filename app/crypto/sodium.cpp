// SPDX-License-Identifier: GPL-3.0-or-later
#include "sodium.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace harbour::crypto {

void ensureInitialised()
{
    if (sodium_init() < 0) {
        std::fputs("harbour: libsodium could not be initialised\n", stderr);
        std::abort();
    }
}

QByteArray randomBytes(qsizetype size)
{
    ensureInitialised();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(size));
    return out;
}

QByteArray blake2b(const QByteArray &data, qsizetype outputLength)
{
    QByteArray out(outputLength, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(outputLength),
        reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), nullptr, 0);
    return out;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Someone else shares this buffer; drop our reference rather than zero theirs.
        bytes = QByteArray();
        return;
    }
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray toHex(const QByteArray &bytes)
{
    return bytes.toHex();
}

QByteArray fromHexStrict(const QByteArray &hex, qsizetype expectedBytes)
{
    if (hex.size() != expectedBytes * 2)
        return {};
    for (char c : hex) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        if (!ok)
            return {};
    }
    return QByteArray::fromHex(hex);
}

} // namespace harbour::crypto
