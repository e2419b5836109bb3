// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The rules every reader of outside input applies the same way: envelopes, receipts, the
// recipient directory, key files, TLS pins, the questionnaire file. Each reader words its own
// messages; these functions only say whether, and where, the input breaks a rule. The point is
// that two readers of one text (this app, the intake, the inbox, another implementation) can never
// see two different things: one spelling per value, no member that one reader keeps and another drops.
namespace harbour::strict {

// Any decoded length is accepted.
inline constexpr qsizetype kAnyLength = -1;

// Canonical base64 only: the standard alphabet, padding required, and re-encoding the bytes gives
// back the same text, so no two texts stand for the same bytes. The empty text is refused (no
// field holds zero bytes). With `exactBytes`, the decoded bytes must be that long.
std::optional<QByteArray> decodeCanonicalBase64(QByteArrayView text, qsizetype exactBytes = kAnyLength);
std::optional<QByteArray> decodeCanonicalBase64(QStringView text, qsizetype exactBytes = kAnyLength);

// QJsonDocument keeps the last of repeated member names; another reader may keep the first. The
// first member name repeated within one object, at any depth, compared after unescaping
// ("a" and "\u0061" are one name); nullopt when none is. `json` must already have parsed as JSON.
std::optional<QString> firstRepeatedMember(QByteArrayView json);

// The first member of `object` whose name is not in `known`, or nullopt when every one is.
std::optional<QString> firstUnknownMember(const QJsonObject &object, const QStringList &known);

// A JSON number that is a whole number from `lowest` to `highest`, or nullopt (not a number, a
// fraction, out of range). The range is checked on the double before any conversion: converting
// 1e300 or 22222222222222222100 to an integer type is undefined behaviour. Whole numbers beyond
// 2^53 are refused whatever the range, as a double cannot hold every one of them exactly.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 lowest, qint64 highest);

// A version 3 onion service address as written, "<56 characters>.onion" (rend-spec-v3 §6): the
// base32 (RFC 4648, lower case, no padding) of the service's 32-byte ed25519 key, a 2-byte
// checksum (SHA3-256 of ".onion checksum" || key || version) and version 3. Upper case, another
// version, a wrong checksum, a subdomain and anything else are refused.
bool isOnionV3Address(QStringView host);

// What a bounded string may hold.
struct TextRules
{
    qsizetype maxLength = 0; // in UTF-16 code units (QString::size()); 0 means no limit
    bool allowEmpty = true; // false: empty or only white space is refused
    bool allowControl = true; // false: control characters (C0, DEL, C1) are refused
};

enum class TextProblem { None, NotString, Empty, TooLong, ControlCharacter };

// Checks `value` against `rules` (first problem found, in the enum's order) and, when there is
// none, sets `*out` to the string as written.
TextProblem checkText(const QJsonValue &value, const TextRules &rules, QString *out = nullptr);
// The same for a string already in hand; never NotString.
TextProblem checkText(QStringView text, const TextRules &rules);

} // namespace harbour::strict
