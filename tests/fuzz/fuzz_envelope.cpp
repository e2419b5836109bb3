// SPDX-License-Identifier: GPL-3.0-or-later
// Envelope decoding (docs/protocol.md §8) and opening (§9) with a fixed key. The first byte picks:
//   even: the rest is envelope JSON: Envelope::fromJson, the wire form round trip, open().
//   odd:  the rest is an inner layout (§6): sealed here to the fixed key and opened, so every check
//         after the seal (magic, id, flags, signature, bucket, padding, JSON) sees hostile bytes.
#include "fuzzsupport.h"

#include <sodium.h>

using namespace harbour;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    const auto &pair = fuzz::vectorRecipient();
    if ((data[0] & 1) == 0) {
        auto envelope = protocol::Envelope::fromJson(input);
        if (!envelope)
            return 0;
        // What was accepted writes back to a form that reads as the same envelope.
        auto again = protocol::Envelope::fromJson(envelope->toJson());
        HARBOUR_FUZZ_CHECK(again.ok());
        HARBOUR_FUZZ_CHECK(again->id == envelope->id && again->seal == envelope->seal
            && again->recipientKeyId == envelope->recipientKeyId);
        HARBOUR_FUZZ_CHECK(protocol::Envelope::checkSealShape(envelope->seal, envelope->version).isEmpty());
        (void)protocol::open(envelope.value(), pair);
        return 0;
    }
    protocol::Envelope envelope;
    envelope.id = input.mid(4, protocol::kEnvelopeIdBytes);
    if (envelope.id.size() != protocol::kEnvelopeIdBytes)
        envelope.id = QByteArray(protocol::kEnvelopeIdBytes, '\0');
    envelope.recipientKeyId = protocol::recipientKeyId(pair.publicKey);
    envelope.seal.resize(input.size() + crypto_box_SEALBYTES);
    crypto_box_seal(reinterpret_cast<unsigned char *>(envelope.seal.data()),
        reinterpret_cast<const unsigned char *>(input.constData()), quint64(input.size()),
        reinterpret_cast<const unsigned char *>(pair.publicKey.constData()));
    auto opened = protocol::open(envelope, pair);
    if (opened) {
        // An opened report is a JSON object of at most a bucket's size (§9 step 10, §4).
        HARBOUR_FUZZ_CHECK(opened->reportJson.size() < protocol::kMaxBucketBytes);
        HARBOUR_FUZZ_CHECK(opened->kioskPublicKey.isEmpty()
            || opened->kioskPublicKey.size() == protocol::kSigningPublicKeyBytes);
    }
    return 0;
}
