// SPDX-License-Identifier: GPL-3.0-or-later
#include "signeddirectory.h"

namespace harbour::directory {

QList<QByteArray> builtInTrustedKeys()
{
    QList<QByteArray> keys;
    // A real deployment adds its directory authority's public key here (harbour-directory keygen).
#ifdef HARBOUR_TRUST_DEMO_DIRECTORY
    // DEMO ONLY: receiver/demo/demo-directory.key, whose secret key and passphrase ("demo") are
    // published, so anyone can sign a directory this key accepts. Build real apps with
    // -DHARBOUR_TRUST_DEMO_DIRECTORY=OFF.
    // Key id b37a7ba0c8a943c9ac349de7746791ba.
    keys.append(QByteArray::fromBase64(QByteArrayLiteral("Cg3sRH9gmODXkPCL9Zm40x2ZwgOUhZOAZwr2Vh8SyvY=")));
#endif
    return keys;
}

} // namespace harbour::directory
