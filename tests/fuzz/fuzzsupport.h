// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/envelope.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer targets: the input as a QByteArray, one QCoreApplication per process,
// and the recipient key pair of docs/protocol.md §15.2 so the seed envelopes really open.
namespace harbour::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "harbour-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    return app;
}

inline const protocol::KeyPair &vectorRecipient()
{
    static const protocol::KeyPair pair { QByteArray::fromBase64(QByteArrayLiteral(
                                              "b1XHO4hhePC4vJooErH3Od8/vo5LmW94ljZvSnMnyy0=")),
        QByteArray::fromBase64(QByteArrayLiteral("69yRpduj2zY6H0pe8OYqWq778y2j8DMQdTJe1pcPCx8=")) };
    return pair;
}

// Stops the run (a crash to libFuzzer) when a decoder breaks one of its own promises.
#define HARBOUR_FUZZ_CHECK(condition)                                                                        \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            qFatal("fuzz check failed: %s (%s:%d)", #condition, __FILE__, __LINE__);                         \
    } while (false)

} // namespace harbour::fuzz
