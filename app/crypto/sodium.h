// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Thin helpers over libsodium shared by the app, the intake and the inbox.
namespace harbour::crypto {

// Initialises libsodium once; aborts the process if it cannot (no safe fallback exists).
void ensureInitialised();

QByteArray randomBytes(qsizetype size);

// BLAKE2b (crypto_generichash) of the given length.
QByteArray blake2b(const QByteArray &data, qsizetype outputLength = 32);

// Overwrites the bytes we own with zeros and empties the array.
void wipe(QByteArray &bytes);

// Constant-time comparison of two equal-length byte strings.
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

// Lower-case hex with no separators, and the strict inverse (empty on bad input).
QByteArray toHex(const QByteArray &bytes);
QByteArray fromHexStrict(const QByteArray &hex, qsizetype expectedBytes);

} // namespace harbour::crypto
