// SPDX-License-Identifier: GPL-3.0-or-later
#include "fingerprint.h"

#include "crypto/sodium.h"

namespace harbour::protocol {

QString signingKeyFingerprint(const QByteArray &publicKey)
{
    // Crockford's alphabet leaves out I, L, O and U, which are misheard or misread.
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray digest = crypto::blake2b(publicKey, kFingerprintBytes);
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    int written = 0;
    for (const char byte : digest) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            if (written > 0 && written % 4 == 0)
                out += QLatin1Char(' ');
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
            ++written;
        }
    }
    return out; // 80 bits = exactly 16 characters
}

} // namespace harbour::protocol
