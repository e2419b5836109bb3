// SPDX-License-Identifier: GPL-3.0-or-later
// Receipt decoding (docs/protocol.md §10): Receipt::fromJson and verifyReceipt against the
// envelope of the §15.3 vector, which is what the Forwarder does with every answer it gets.
#include "fuzzsupport.h"

using namespace harbour;

namespace {
const protocol::Envelope &vectorEnvelope()
{
    static const protocol::Envelope envelope = [] {
        protocol::Envelope e;
        e.id = QByteArray::fromHex("6c80275246c3965c2a86d9f59a25d7e6");
        e.recipientKeyId = QByteArrayLiteral("6db64f185529e6f610e8c35b98ab1d23");
        e.seal = QByteArray(1093, '\x5a'); // only its digest matters here
        return e;
    }();
    return envelope;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    auto receipt = protocol::Receipt::fromJson(input);
    if (receipt) {
        HARBOUR_FUZZ_CHECK(receipt->envelopeId.size() == protocol::kEnvelopeIdBytes);
        HARBOUR_FUZZ_CHECK(receipt->digest.size() == 32);
        auto again = protocol::Receipt::fromJson(receipt->toJson());
        HARBOUR_FUZZ_CHECK(
            again.ok() && again->envelopeId == receipt->envelopeId && again->digest == receipt->digest);
    }
    auto verified = protocol::verifyReceipt(input, vectorEnvelope());
    // Only a receipt naming this envelope and its seal's digest is accepted.
    if (verified)
        HARBOUR_FUZZ_CHECK(verified->envelopeId == vectorEnvelope().id);
    return 0;
}
