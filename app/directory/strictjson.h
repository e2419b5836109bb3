// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// The directory's strict time stamps. Base64, repeated members, whole numbers and bounded strings
// are read with base/strictinput.h, like every other outside input.
namespace harbour::directory {

// "YYYY-MM-DDTHH:MM:SSZ" and nothing else; invalid QDateTime otherwise.
QDateTime parseUtcTimestamp(const QString &text);
QString formatUtcTimestamp(const QDateTime &time);

} // namespace harbour::directory
