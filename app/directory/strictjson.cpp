// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictjson.h"

#include <QRegularExpression>

namespace harbour::directory {

QDateTime parseUtcTimestamp(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    if (!shape.match(text).hasMatch())
        return {};
    auto number
        = [&text](qsizetype from, qsizetype length) { return QStringView(text).mid(from, length).toInt(); };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime clock(number(11, 2), number(14, 2), number(17, 2));
    if (!date.isValid() || !clock.isValid())
        return {};
    return QDateTime(date, clock, Qt::UTC);
}

QString formatUtcTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace harbour::directory
