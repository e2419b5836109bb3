// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportview.h"

#include "crypto/sodium.h"
#include "report/reportformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <set>
#include <vector>

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

// One column per member of any report (flattenReport): the fixed ones first, then flags, routing,
// contact, answers and anything else, each group sorted. Flags a report lacks read "unknown".
QByteArray reportsCsv(const QList<CsvReport> &rows, const std::function<QString(QString)> &cellFilter)
{
    namespace member = report::member;
    namespace flag = report::flag;
    const auto flagColumn = [](QLatin1StringView name) { return report::memberPath(member::flags, name); };
    const QStringList unknownWhenAbsent { flagColumn(flag::triage), flagColumn(flag::urgent),
        flagColumn(flag::cyberEnabled), flagColumn(flag::repeatVictim) };
    const QStringList fixed = QStringList { QString(member::reference), QString(member::language),
        QString(member::mode), QString(member::reportedAt), QString(member::appVersion),
        QString(member::format), report::memberPath(member::questionnaire, report::questionnaireMember::id),
        report::memberPath(member::questionnaire, report::questionnaireMember::version),
        flagColumn(flag::triage), flagColumn(flag::urgent), flagColumn(flag::strands),
        flagColumn(flag::localStrands), flagColumn(flag::cyberEnabled), flagColumn(flag::repeatVictim) };
    QStringList groups;
    for (QLatin1StringView group : { member::flags, member::routing, member::contact, member::answers })
        groups.append(QString(group) + u'.');
    std::vector<QMap<QString, QString>> flat;
    std::vector<std::set<QString>> grouped(groups.size() + 1);
    for (const CsvReport &opened : rows) {
        flat.push_back(flattenReport(opened.report));
        for (auto it = flat.back().cbegin(); it != flat.back().cend(); ++it) {
            if (fixed.contains(it.key()))
                continue;
            qsizetype group = groups.size();
            for (qsizetype g = 0; g < groups.size(); ++g) {
                if (it.key().startsWith(groups.at(g))) {
                    group = g;
                    break;
                }
            }
            grouped[size_t(group)].insert(it.key());
        }
    }
    QStringList columns = fixed;
    for (const auto &keys : grouped)
        columns.append(QStringList(keys.begin(), keys.end()));
    const auto cell = [&cellFilter](const QString &text) {
        return cellFilter ? cellFilter(neutraliseFormula(text)) : neutraliseFormula(text);
    };
    QStringList header { QStringLiteral("envelope_id"), QStringLiteral("stored"), QStringLiteral("origin"),
        QStringLiteral("kiosk_key") };
    for (const QString &column : std::as_const(columns))
        header << cell(column);
    QByteArray csv = csvRecord(header);
    for (size_t i = 0; i < size_t(rows.size()); ++i) {
        const CsvReport &opened = rows[qsizetype(i)];
        QStringList fields { QString::fromLatin1(opened.listing.state.id), opened.listing.state.stored,
            desk::originName(opened.listing.origin),
            QString::fromLatin1(crypto::toHex(opened.listing.kioskKey)) };
        for (const QString &column : std::as_const(columns)) {
            const auto value = flat[i].constFind(column);
            if (value != flat[i].cend())
                fields << cell(value.value());
            else
                fields << (unknownWhenAbsent.contains(column) ? QStringLiteral("unknown") : QString());
        }
        csv += csvRecord(fields);
    }
    return csv;
}

} // namespace harbour::receiver
