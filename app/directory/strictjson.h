// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Small strict readers the directory needs and QJsonDocument does not give.
namespace harbour::directory {

// QJsonDocument keeps the last of repeated member names; another reader may keep the first.
// Returns the first member name repeated within one object, at any depth, or "" when none is.
// `json` must already have parsed as JSON.
QString repeatedMember(const QByteArray &json);

// Canonical base64 only (RFC 4648 with padding, re-encodes to the same text); ok=false otherwise.
QByteArray decodeCanonicalBase64(const QString &text, bool *ok);

// "YYYY-MM-DDTHH:MM:SSZ" and nothing else; invalid QDateTime otherwise.
QDateTime parseUtcTimestamp(const QString &text);
QString formatUtcTimestamp(const QDateTime &time);

} // namespace harbour::directory
