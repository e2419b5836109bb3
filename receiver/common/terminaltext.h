// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Text from a report, a case note or anything else an anonymous sender could have written, made
// safe to print on a terminal: nothing in it can fake lines, move the cursor, change colours, set
// the window title or reorder what the reader sees.
namespace harbour::receiver {

// True for C0 and C1 control characters, DEL, and the bidirectional embeddings, overrides,
// isolates and marks (U+061C, U+200E/F, U+202A-E, U+2066-9).
bool isUnsafeForTerminal(char16_t u);

// Each unsafe character replaced by U+FFFD (line breaks too: one field stays one line).
QString safeForTerminal(const QString &text);

// JSON text (UTF-8, as QJsonDocument writes it) with every unsafe character written as a \uXXXX
// escape instead: the same JSON value, and nothing raw for a terminal to act on. QJsonDocument
// escapes C0 controls itself but writes DEL, C1 and bidi characters as they are.
QByteArray escapeUnsafeInJson(const QByteArray &json);

} // namespace harbour::receiver
