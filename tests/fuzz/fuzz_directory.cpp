// SPDX-License-Identifier: GPL-3.0-or-later
// The recipient directory (app/directory/): the document itself (Directory::fromJson, which the
// signature check leaves to run on signed bytes) and the signed wrapper with a fixed trusted key.
// The first byte picks which.
#include "directory/directory.h"
#include "directory/signeddirectory.h"
#include "fuzzsupport.h"

using namespace harbour;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    fuzz::application();
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    if ((data[0] & 1) == 0) {
        auto directory = directory::Directory::fromJson(input);
        if (!directory)
            HARBOUR_FUZZ_CHECK(!directory.error().isEmpty());
        return 0;
    }
    static const QList<QByteArray> trusted { QByteArray(32, '\x11') };
    auto verified = directory::verifySignedDirectory(input, trusted);
    HARBOUR_FUZZ_CHECK(!verified.ok()); // no input can carry a signature by a key nobody holds
    return 0;
}
