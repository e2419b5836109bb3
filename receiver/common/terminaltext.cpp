// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

namespace harbour::receiver {

bool isUnsafeForTerminal(char16_t u)
{
    const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
    const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e
        || u == 0x200f || u == 0x061c;
    return control || bidi;
}

QString safeForTerminal(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (isUnsafeForTerminal(c.unicode()))
            c = QChar(0xfffd);
    }
    return out;
}

QByteArray escapeUnsafeInJson(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        // Line breaks between members are JSON's own layout; inside strings QJsonDocument has
        // escaped them already, so any raw one here is layout.
        if (isUnsafeForTerminal(c.unicode()) && c != u'\n')
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out.toUtf8();
}

} // namespace harbour::receiver
