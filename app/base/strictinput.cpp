// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictinput.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

#include <cmath>

namespace harbour::strict {

std::optional<QByteArray> decodeCanonicalBase64(QByteArrayView text, qsizetype exactBytes)
{
    if (text.isEmpty())
        return std::nullopt;
    const QByteArray bytes = text.toByteArray();
    auto decoded = QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || decoded.decoded.toBase64() != bytes)
        return std::nullopt;
    if (exactBytes != kAnyLength && decoded.decoded.size() != exactBytes)
        return std::nullopt;
    return std::move(decoded.decoded);
}

std::optional<QByteArray> decodeCanonicalBase64(QStringView text, qsizetype exactBytes)
{
    // Base64 is ASCII: anything else (which toLatin1() would turn into '?') is not base64.
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return std::nullopt;
    }
    return decodeCanonicalBase64(QByteArrayView(text.toLatin1()), exactBytes);
}

std::optional<QString> firstRepeatedMember(QByteArrayView json)
{
    struct Frame
    {
        bool object = false;
        bool expectName = false;
        QSet<QString> names;
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
                if (stack.isEmpty() || !stack.last().object || !stack.last().expectName)
                    continue;
                stack.last().expectName = false;
                const QByteArrayView raw = json.sliced(stringStart, i - stringStart + 1);
                // Escapes could spell one name two ways: compare decoded names.
                const QString name = raw.contains('\\')
                    ? QJsonDocument::fromJson('[' + raw.toByteArray() + ']').array().at(0).toString()
                    : QString::fromUtf8(raw.sliced(1, raw.size() - 2));
                if (stack.last().names.contains(name))
                    return name;
                stack.last().names.insert(name);
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
                stack.last().expectName = true;
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

std::optional<QString> firstUnknownMember(const QJsonObject &object, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return std::nullopt;
}

std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 lowest, qint64 highest)
{
    constexpr double kExactLimit = 9007199254740992.0; // 2^53
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Every comparison before the conversion; NaN fails all of them.
    if (!(number >= double(lowest) && number <= double(highest)))
        return std::nullopt;
    if (!(std::fabs(number) < kExactLimit) || number != std::floor(number))
        return std::nullopt;
    return qint64(number);
}

TextProblem checkText(QStringView text, const TextRules &rules)
{
    if (!rules.allowEmpty && text.trimmed().isEmpty())
        return TextProblem::Empty;
    if (rules.maxLength > 0 && text.size() > rules.maxLength)
        return TextProblem::TooLong;
    if (!rules.allowControl) {
        for (const QChar c : text) {
            if (c.category() == QChar::Other_Control)
                return TextProblem::ControlCharacter;
        }
    }
    return TextProblem::None;
}

TextProblem checkText(const QJsonValue &value, const TextRules &rules, QString *out)
{
    if (!value.isString())
        return TextProblem::NotString;
    const QString text = value.toString();
    if (const TextProblem problem = checkText(QStringView(text), rules); problem != TextProblem::None)
        return problem;
    if (out)
        *out = text;
    return TextProblem::None;
}

bool isOnionV3Address(QStringView host)
{
    constexpr qsizetype kBase32Length = 56; // 35 bytes: key (32), checksum (2), version (1)
    const QStringView suffix = u".onion";
    if (host.size() != kBase32Length + suffix.size() || !host.endsWith(suffix))
        return false;
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : host.left(kBase32Length)) {
        int value = -1;
        if (c >= u'a' && c <= u'z')
            value = c.unicode() - u'a';
        else if (c >= u'2' && c <= u'7')
            value = 26 + c.unicode() - u'2';
        if (value < 0)
            return false;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    if (bytes.size() != 35 || bytes.at(34) != '\x03')
        return false;
    QCryptographicHash sha3(QCryptographicHash::Sha3_256);
    sha3.addData(QByteArrayLiteral(".onion checksum"));
    sha3.addData(bytes.left(32));
    sha3.addData(bytes.mid(34, 1));
    return sha3.result().left(2) == bytes.mid(32, 2);
}

} // namespace harbour::strict
