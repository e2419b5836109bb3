// SPDX-License-Identifier: GPL-3.0-or-later
// The organisation's key files (receiver/common/keyfiles.h), read by harbour-inbox and
// harbour-intake: structure checks only (unlocking would be Argon2id per input).
#include "base/strictinput.h"
#include "common/keyfiles.h"
#include "fuzzsupport.h"

using namespace harbour;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    auto file = receiver::OrganisationKeyFile::fromJson(input);
    if (file) {
        auto again = receiver::OrganisationKeyFile::fromJson(file->toJson());
        HARBOUR_FUZZ_CHECK(again.ok() && again->publicKey == file->publicKey && again->salt == file->salt);
    }
    if (const auto decoded = strict::decodeCanonicalBase64(QByteArrayView(input)))
        HARBOUR_FUZZ_CHECK(decoded->toBase64() == input);
    return 0;
}
