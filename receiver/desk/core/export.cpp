// SPDX-License-Identifier: GPL-3.0-or-later
#include "export.h"

#include "crypto/sodium.h"
#include "reportview.h"
#include "store/keyfile.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace harbour::desk {

namespace {

QString hourText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject stateJson(const CaseState &state)
{
    return QJsonObject {
        { QStringLiteral("status"), caseStatusName(state.status) },
        { QStringLiteral("record_only"), state.recordOnly },
        { QStringLiteral("closed_reason"), state.closedReason },
        { QStringLiteral("owner"), state.owner },
        { QStringLiteral("next_action"), state.nextAction },
        { QStringLiteral("due"), state.due.isValid() ? state.due.toString(Qt::ISODate) : QString() },
        { QStringLiteral("acknowledged_at"), hourText(state.acknowledgedAt) },
        { QStringLiteral("acknowledged_by"), QString::fromLatin1(state.acknowledgedBy) },
        { QStringLiteral("high_risk"), state.highRisk },
        { QStringLiteral("notes"), state.notes },
        { QStringLiteral("exports"), state.exports },
        { QStringLiteral("stored"), state.stored },
    };
}

QByteArray exportJson(const CaseDetails &details, const ReportListing &listing)
{
    QJsonArray notes;
    for (const CaseNote &note : details.notes)
        notes.append(
            QJsonObject { { QStringLiteral("seq"), note.seq }, { QStringLiteral("at"), hourText(note.at) },
                { QStringLiteral("desk"), QString::fromLatin1(note.desk) },
                { QStringLiteral("text"), note.text } });
    QJsonArray history;
    for (const HistoryEntry &entry : details.history)
        history.append(QJsonObject { { QStringLiteral("seq"), entry.seq },
            { QStringLiteral("type"), eventTypeName(entry.type) },
            { QStringLiteral("at"), hourText(entry.at) },
            { QStringLiteral("desk"), QString::fromLatin1(entry.desk) } });
    // The inbox's JSON export (an array of rows with envelope_id, stored, origin, kiosk_key and
    // report), one row, with what the desk adds about the case after them.
    const QJsonObject object {
        { QStringLiteral("envelope_id"), QString::fromLatin1(details.state.id) },
        { QStringLiteral("stored"), details.state.stored },
        { QStringLiteral("origin"), originName(listing.origin) },
        { QStringLiteral("kiosk_key"),
            listing.kioskKey.isEmpty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(QString::fromLatin1(crypto::toHex(listing.kioskKey))) },
        { QStringLiteral("contact_shown"), details.contactShown },
        { QStringLiteral("case"), stateJson(details.state) },
        { QStringLiteral("notes"), notes },
        { QStringLiteral("history"), history },
        { QStringLiteral("report"), details.report->toJson() },
    };
    return QJsonDocument(QJsonArray { object }).toJson(QJsonDocument::Indented);
}

// HTML for QTextDocument: every text from the report or the case is escaped.
class Html
{
public:
    void heading(const QString &text) { m_html += QStringLiteral("<h2>%1</h2>").arg(text.toHtmlEscaped()); }
    void beginTable()
    {
        m_html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    }
    void row(const QString &name, const QString &value)
    {
        m_html
            += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                   .arg(name.toHtmlEscaped(), value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
    }
    void endTable() { m_html += QStringLiteral("</table>"); }
    void paragraph(const QString &text)
    {
        m_html
            += QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
    }
    void title(const QString &text) { m_html += QStringLiteral("<h1>%1</h1>").arg(text.toHtmlEscaped()); }
    QString &text() { return m_html; }

private:
    QString m_html;
};

QString optionalBool(std::optional<bool> value)
{
    return value ? (*value ? QStringLiteral("yes") : QStringLiteral("no")) : QStringLiteral("unknown");
}

QString optionalList(const std::optional<QStringList> &list)
{
    return list ? list->join(QStringLiteral("; ")) : QStringLiteral("unknown");
}

void addSummary(Html &html, const CaseDetails &details, const ReportListing &listing, bool marac)
{
    const report::ReportDocument &report = *details.report;
    html.heading(QStringLiteral("Case"));
    html.beginTable();
    html.row(QStringLiteral("Reference"), report.reference);
    html.row(QStringLiteral("Case id"), QString::fromLatin1(details.state.id));
    html.row(QStringLiteral("Received (hour, UTC)"), details.state.stored);
    html.row(QStringLiteral("Reported at"), report.reportedAt);
    html.row(QStringLiteral("Origin"), originName(listing.origin));
    html.row(QStringLiteral("Status"),
        caseStatusName(details.state.status)
            + (details.state.recordOnly ? QStringLiteral(" (record only)") : QString()));
    if (!details.state.closedReason.isEmpty())
        html.row(QStringLiteral("Closed because"), details.state.closedReason);
    html.row(QStringLiteral("Owner"), details.state.owner);
    html.row(QStringLiteral("Next action"), details.state.nextAction);
    html.row(QStringLiteral("Next action due"), details.state.due.toString(Qt::ISODate));
    html.row(QStringLiteral("Acknowledged"), hourText(details.state.acknowledgedAt));
    html.row(QStringLiteral("Language"), report.language);
    html.row(QStringLiteral("Mode"), report.mode);
    html.row(QStringLiteral("Questionnaire"),
        QStringLiteral("%1 version %2").arg(report.questionnaireId).arg(report.questionnaireVersion));
    html.endTable();

    html.heading(QStringLiteral("Flags"));
    html.beginTable();
    html.row(QStringLiteral("Triage"), report.flags.triage.value_or(QStringLiteral("unknown")));
    html.row(QStringLiteral("Triage rules"), optionalList(report.flags.triageRules));
    html.row(QStringLiteral("Urgent"), optionalBool(report.flags.urgent));
    html.row(QStringLiteral("High risk (desk)"),
        details.state.highRisk ? QStringLiteral("yes") : QStringLiteral("no"));
    html.row(QStringLiteral("Strands"), optionalList(report.flags.strands));
    html.row(QStringLiteral("Local strands"), optionalList(report.flags.localStrands));
    html.row(QStringLiteral("Cyber-enabled"), optionalBool(report.flags.cyberEnabled));
    html.row(QStringLiteral("Repeat victim"), optionalBool(report.flags.repeatVictim));
    html.row(QStringLiteral("Assisted"), optionalBool(report.flags.assisted));
    html.endTable();

    html.heading(QStringLiteral("Answers"));
    html.beginTable();
    for (auto it = report.answers.begin(); it != report.answers.end(); ++it)
        html.row(it.key(), receiver::answerText(it.value()));
    html.endTable();

    html.heading(QStringLiteral("Routing"));
    if (report.routing) {
        const report::ReportRouting &r = *report.routing;
        html.beginTable();
        html.row(QStringLiteral("Choice"), r.choice);
        html.row(QStringLiteral("Request"), r.request);
        html.row(QStringLiteral("Recipient"), QStringLiteral("%1 (%2)").arg(r.recipient, r.recipientKind));
        html.row(QStringLiteral("Sent to"), r.sentTo.join(QStringLiteral("; ")));
        html.row(QStringLiteral("Directory serial"), QString::number(r.directorySerial));
        html.row(QStringLiteral("Contact"), r.contact);
        if (!r.contactThrough.isEmpty())
            html.row(QStringLiteral("Contact through"), r.contactThrough);
        html.row(QStringLiteral("Multi-agency consent"), r.multiAgencyConsent);
        html.endTable();
    } else {
        html.paragraph(QStringLiteral("The report carries no routing."));
    }

    html.heading(QStringLiteral("Contact details"));
    if (details.contactShown && report.contact) {
        const report::ReportContact &c = *report.contact;
        html.beginTable();
        html.row(QStringLiteral("Methods"), c.methods.join(QStringLiteral("; ")));
        html.row(QStringLiteral("Name"), c.name);
        html.row(QStringLiteral("Phone"), c.phone);
        html.row(QStringLiteral("Email"), c.email);
        html.row(QStringLiteral("Safe times"), c.safeTimes);
        html.row(QStringLiteral("Leave a message"), c.leaveMessage);
        html.endTable();
    } else {
        html.paragraph(
            QStringLiteral("None: the reporter did not allow this organisation to contact them directly."));
    }

    if (marac)
        return; // the pack is the report and its flags: the case's internal notes stay at the desk
    html.heading(QStringLiteral("Notes"));
    if (details.notes.isEmpty())
        html.paragraph(QStringLiteral("None."));
    for (const CaseNote &note : details.notes) {
        html.paragraph(QStringLiteral("%1, desk %2 (seq %3):")
                           .arg(hourText(note.at), QString::fromLatin1(note.desk))
                           .arg(note.seq));
        html.paragraph(note.text);
    }
    html.heading(QStringLiteral("History"));
    html.beginTable();
    for (const HistoryEntry &entry : details.history)
        html.row(QStringLiteral("%1 %2").arg(entry.seq).arg(hourText(entry.at)),
            QStringLiteral("%1 by desk %2").arg(eventTypeName(entry.type), QString::fromLatin1(entry.desk)));
    html.endTable();
}

Result<QByteArray> exportPdf(const CaseDetails &details, const ReportListing &listing, bool marac)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<QByteArray>::failure(
            QStringLiteral("a PDF export needs a QGuiApplication (for its fonts)"));
    Html html;
    const QString title = marac
        ? QStringLiteral("MARAC pack: hate crime report %1").arg(details.report->reference)
        : QStringLiteral("Case summary: hate crime report %1").arg(details.report->reference);
    html.title(title);
    if (marac)
        html.paragraph(
            QStringLiteral("For a multi-agency risk assessment conference. The reporter consented to "
                           "their report being shared at a multi-agency risk meeting. Official - "
                           "Sensitive: share only with the meeting's members."));
    else
        html.paragraph(QStringLiteral("Official - Sensitive. Made by the organisation's desk; this export is "
                                      "recorded in the case log."));
    addSummary(html, details, listing, marac);

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Harbour desk"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QTextDocument document;
        document.setHtml(html.text());
        html.text().fill(QChar(0)); // the report text in this copy goes now, not when freed
        document.print(&writer);
        document.clear();
    }
    if (bytes.isEmpty())
        return Result<QByteArray>::failure(QStringLiteral("the PDF writer wrote nothing"));
    return bytes;
}

// Why a MARAC pack is refused, or empty when the reporter consented.
QString maracRefusal(const report::ReportDocument &report)
{
    if (!report.routing)
        return QStringLiteral("no MARAC pack: the report carries no routing, so it records no consent to "
                              "multi-agency sharing");
    const QString consent = report.routing->multiAgencyConsent;
    if (consent == QLatin1StringView("yes"))
        return {};
    if (consent == QLatin1StringView("no"))
        return QStringLiteral("no MARAC pack: the reporter did not consent to multi-agency sharing");
    if (consent == QLatin1StringView("not_asked"))
        return QStringLiteral("no MARAC pack: the reporter was not asked about multi-agency sharing "
                              "(the app asks only for urgent or high-triage reports)");
    return QStringLiteral("no MARAC pack: the report records no consent to multi-agency sharing");
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Marac:
        return QStringLiteral("marac");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (ExportFormat format :
        { ExportFormat::Json, ExportFormat::Csv, ExportFormat::Pdf, ExportFormat::Marac }) {
        if (exportFormatName(format) == name)
            return format;
    }
    return std::nullopt;
}

Result<QByteArray> exportCase(CaseStore &store, const QByteArray &caseId, ExportFormat format)
{
    using R = Result<QByteArray>;
    auto details = caseDetails(store, caseId);
    if (!details)
        return R::failure(details);
    if (!details->report)
        return R::failure(QStringLiteral("nothing to export: this desk holds no readable report for case %1")
                              .arg(QString::fromLatin1(caseId)),
            ErrorKind::Refused);
    auto listing = store.listing(caseId);
    if (!listing)
        return R::failure(listing);
    const ReportListing where
        = listing->value_or(ReportListing { details->state, Origin::PersonalDevice, {} });
    switch (format) {
    case ExportFormat::Json:
        return exportJson(details.value(), where);
    case ExportFormat::Csv:
        return receiver::reportsCsv({ receiver::CsvReport { where, details->report->toJson() } });
    case ExportFormat::Pdf:
        return exportPdf(details.value(), where, false);
    case ExportFormat::Marac:
        if (const QString refusal = maracRefusal(*details->report); !refusal.isEmpty())
            return R::failure(refusal, ErrorKind::Refused);
        return exportPdf(details.value(), where, true);
    }
    return R::failure(QStringLiteral("unknown export format"));
}

Result<qint64> exportCaseToFile(CaseStore &store, CaseActions &actions, const QByteArray &caseId,
    ExportFormat format, const QString &path)
{
    using R = Result<qint64>;
    auto data = exportCase(store, caseId, format);
    if (!data)
        return R::failure(data);
    const auto written = store::replacePrivateFile(path, data.value(), QStringLiteral("export file"));
    crypto::wipe(data.value());
    if (!written)
        return R::failure(written);
    bool kept = false;
    auto recorded = actions.recordExport(caseId, exportFormatName(format), &kept);
    if (recorded)
        return recorded.value();
    // Kept on this desk, the event reaches the log at the next sync: the export stands.
    if (kept)
        return qint64(0);
    QFile::remove(path);
    return R::failure(
        QStringLiteral("the export was not recorded in the case log, so its file was removed: %1")
            .arg(recorded.error()),
        recorded.errorKind());
}

} // namespace harbour::desk
