// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace harbour::receiver {

ReportSummary summarise(const QJsonObject &report)
{
    ReportSummary summary;
    summary.reference = report.value(QLatin1StringView("reference")).toString();
    summary.language = report.value(QLatin1StringView("language")).toString();
    summary.mode = report.value(QLatin1StringView("mode")).toString();
    summary.reportedAt = report.value(QLatin1StringView("reported_at")).toString();
    const QJsonObject flags = report.value(QLatin1StringView("flags")).toObject();
    const QJsonArray strands = flags.value(QLatin1StringView("strands")).toArray();
    for (const QJsonValue &strand : strands)
        summary.strands.append(answerText(strand));
    summary.cyberEnabled = flags.value(QLatin1StringView("cyber_enabled")).toBool();
    return summary;
}

QString answerText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(answerText(item));
        return parts.join(QStringLiteral("; "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString safeForTerminal(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e
            || u == 0x200f || u == 0x061c;
        if (control || bidi)
            c = QChar(0xfffd);
    }
    return out;
}

QByteArray csvRecord(const QStringList &fields)
{
    QByteArray record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record += ',';
        const QByteArray field = fields.at(i).toUtf8();
        const bool quote
            = field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r');
        if (quote) {
            QByteArray escaped = field;
            escaped.replace('"', QByteArrayLiteral("\"\""));
            record += '"' + escaped + '"';
        } else {
            record += field;
        }
    }
    record += "\r\n";
    return record;
}

QString neutraliseFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return QLatin1Char('\'') + text;
    return text;
}

} // namespace harbour::receiver
