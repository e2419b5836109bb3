// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QRegularExpression>
#include <QSet>

namespace harbour::directory {

QString repeatedMember(const QByteArray &json)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Frame> stack;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                if (stack.isEmpty() || !stack.last().object || !stack.last().expectKey)
                    continue;
                stack.last().expectKey = false;
                const QByteArray raw = json.mid(stringStart, i - stringStart + 1);
                // Escapes could spell one name two ways: compare decoded names.
                const QString key = raw.contains('\\')
                    ? QJsonDocument::fromJson(QByteArray('[' + raw + ']')).array().at(0).toString()
                    : QString::fromUtf8(raw.mid(1, raw.size() - 2));
                if (stack.last().keys.contains(key))
                    return key;
                stack.last().keys.insert(key);
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i;
            break;
        case '{':
            stack.append(Frame { true, true, {} });
            break;
        case '[':
            stack.append(Frame { false, false, {} });
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
            break;
        default:
            break;
        }
    }
    return {};
}

QByteArray decodeCanonicalBase64(const QString &text, bool *ok)
{
    const QByteArray latin = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors);
    *ok = !text.isEmpty() && decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok
        && decoded.decoded.toBase64() == latin && QString::fromLatin1(latin) == text;
    return *ok ? decoded.decoded : QByteArray();
}

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
