// SPDX-License-Identifier: GPL-3.0-or-later
// The Forwarder's pinning input: the DER certificate a server presents (read by hand for its
// SubjectPublicKeyInfo) and the pin list stored with each envelope.
#include "delivery/forwarder.h"
#include "fuzzsupport.h"

using namespace harbour;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray spki = delivery::subjectPublicKeyInfo(input);
    if (!spki.isEmpty()) {
        HARBOUR_FUZZ_CHECK(spki.size() < input.size());
        HARBOUR_FUZZ_CHECK(input.contains(spki));
        HARBOUR_FUZZ_CHECK(quint8(spki.at(0)) == 0x30);
    }
    auto pins = delivery::parsePins(QString::fromUtf8(input));
    if (pins) {
        for (const QByteArray &pin : pins.value())
            HARBOUR_FUZZ_CHECK(pin.size() == 32);
    }
    return 0;
}
