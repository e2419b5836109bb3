// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace harbour::protocol {

inline constexpr qsizetype kFingerprintBytes = 10; // 80 bits: 16 characters to read aloud

// The fingerprint of a kiosk's Ed25519 public key, as the kiosk's settings screen shows it and the
// inbox prints it beside a signed report, so staff can compare the two aloud: BLAKE2b-80 of the
// key in Crockford base32, four groups of four ("7KQ2 M9XD ...").
QString signingKeyFingerprint(const QByteArray &publicKey);

} // namespace harbour::protocol
