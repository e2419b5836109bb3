// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportview.h"

#include "report/reportformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace harbour::receiver {

namespace {

QString boolText(std::optional<bool> value)
{
    if (!value)
        return QStringLiteral("unknown");
    return *value ? QStringLiteral("true") : QStringLiteral("false");
}

void flatten(const QString &path, const QJsonValue &value, QMap<QString, QString> *out, int depth)
{
    // Reports are shallow; the bound only stops a hostile one from recursing without end.
    if (depth > 16) {
        out->insert(path, answerText(value));
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(path.isEmpty() ? it.key() : path + u'.' + it.key(), it.value(), out, depth + 1);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        bool plain = true;
        for (const QJsonValue &item : array)
            plain = plain && !item.isObject() && !item.isArray();
        if (plain) {
            out->insert(path, answerText(value));
            return;
        }
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(path + u'.' + QString::number(i + 1), array.at(i), out, depth + 1);
        return;
    }
    out->insert(path, answerText(value));
}

} // namespace

ReportSummary summarise(const QJsonObject &object)
{
    const report::ReportDocument report = report::readReport(object);
    const report::ReportFlags &flags = report.flags;
    ReportSummary summary;
    summary.reference = report.reference;
    summary.language = report.language;
    summary.mode = report.mode;
    summary.reportedAt = report.reportedAt;
    summary.strands = flags.strands.value_or(QStringList());
    summary.localStrands = flags.localStrands.value_or(QStringList());
    summary.cyberEnabled = flags.cyberEnabled.value_or(false);
    summary.cyberEnabledText = boolText(flags.cyberEnabled);
    summary.triage = flags.triage.value_or(QStringLiteral("unknown"));
    summary.urgent = boolText(flags.urgent);
    summary.repeatVictim = boolText(flags.repeatVictim);
    const QString request = report.routing ? report.routing->request : QString();
    summary.request = request == report::request::action || request == report::request::recordOnly
        ? request
        : QStringLiteral("unknown");
    return summary;
}

int ReportSummary::triageRank() const
{
    if (urgent == QLatin1String("true"))
        return 0;
    if (triage == QLatin1String("high"))
        return 1;
    if (triage == QLatin1String("elevated"))
        return 2;
    // Unknown risk is looked at before known standard risk.
    if (triage == QLatin1String("unknown"))
        return 3;
    return 4;
}

QMap<QString, QString> flattenReport(const QJsonObject &report)
{
    QMap<QString, QString> out;
    flatten(QString(), report, &out, 0);
    return out;
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
