// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseview.h"

#include "wipe.h"

#include <QLocale>

namespace harbour::deskui {
namespace {

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString list(const std::optional<QStringList> &values, QString (*word)(const QString &))
{
    if (!values)
        return DeskText::tr("Not given");
    if (values->isEmpty())
        return DeskText::tr("None");
    QStringList words;
    for (const QString &value : *values)
        words << word(value);
    return words.join(QStringLiteral(", "));
}

QString same(const QString &value)
{
    return value;
}

} // namespace

CaseView::CaseView(QObject *parent)
    : QObject(parent)
    , m_answers(new TextRowModel(this))
    , m_flags(new TextRowModel(this))
    , m_routing(new TextRowModel(this))
    , m_contact(new TextRowModel(this))
    , m_notes(new TextRowModel(this))
    , m_history(new TextRowModel(this))
    , m_problems(new TextRowModel(this))
    , m_replies(new TextRowModel(this))
    , m_reporterAnswers(new TextRowModel(this))
{
}

CaseView::~CaseView()
{
    clear();
}

void CaseView::setData(CaseData data)
{
    clear();
    m_data = std::move(data);
    fill();
}

void CaseView::clear()
{
    for (LabelledValue &row : m_data.answers) {
        wipeString(row.label);
        wipeString(row.value);
    }
    for (desk::CaseNote &note : m_data.details.notes)
        wipeString(note.text);
    for (desk::SentReply &reply : m_data.details.replies)
        wipeString(reply.text);
    for (desk::Answer &answer : m_data.details.answers)
        wipeString(answer.text);
    m_data = CaseData();
    for (TextRowModel *model : { m_answers, m_flags, m_routing, m_contact, m_notes, m_history, m_problems,
             m_replies, m_reporterAnswers })
        model->clear();
    Q_EMIT changed();
}

void CaseView::retranslate()
{
    if (!isEmpty())
        fill();
}

QString CaseView::deskName(const QByteArray &deskKeyId) const
{
    const QString shortId = QString::fromLatin1(deskKeyId.left(8));
    return deskKeyId == m_data.thisDesk ? DeskText::tr("this desk (%1)").arg(shortId)
                                        : DeskText::tr("desk %1").arg(shortId);
}

void CaseView::fill()
{
    const desk::CaseDetails &d = m_data.details;
    m_answers->setRows(m_data.answers);

    QList<LabelledValue> flags;
    QList<LabelledValue> routing;
    QList<LabelledValue> contact;
    if (d.report) {
        const report::ReportDocument &r = *d.report;
        const report::ReportFlags &f = r.flags;
        flags << LabelledValue { DeskText::tr("Triage"), DeskText::triage(f.triage.value_or(QString())) }
              << LabelledValue { DeskText::tr("Urgent"), DeskText::yesNo(f.urgent ? int(*f.urgent) : -1) }
              << LabelledValue { DeskText::tr("Strands"), list(f.strands, &DeskText::strand) }
              << LabelledValue { DeskText::tr("Local strands"), list(f.localStrands, &same) }
              << LabelledValue { DeskText::tr("Online (cyber-enabled)"),
                     DeskText::yesNo(f.cyberEnabled ? int(*f.cyberEnabled) : -1) }
              << LabelledValue { DeskText::tr("Repeat victim"),
                     DeskText::yesNo(f.repeatVictim ? int(*f.repeatVictim) : -1) }
              << LabelledValue { DeskText::tr("Made with a volunteer's help"),
                     DeskText::yesNo(f.assisted ? int(*f.assisted) : -1) }
              << LabelledValue { DeskText::tr("Triage rules that applied"), list(f.triageRules, &same) }
              << LabelledValue { DeskText::tr("Sent from"), DeskText::mode(r.mode) }
              << LabelledValue { DeskText::tr("Reported"), r.reportedAt }
              << LabelledValue { DeskText::tr("Language"), r.language }
              << LabelledValue { DeskText::tr("Questionnaire"),
                     DeskText::tr("%1, version %2").arg(r.questionnaireId).arg(r.questionnaireVersion) };
        if (r.routing) {
            const report::ReportRouting &g = *r.routing;
            routing << LabelledValue { DeskText::tr("The reporter chose"),
                DeskText::recipientChoice(g.choice) }
                    << LabelledValue { DeskText::tr("Request"), DeskText::request(g.request) }
                    << LabelledValue { DeskText::tr("This copy is for"), g.recipient }
                    << LabelledValue { DeskText::tr("Also sent to"), g.sentTo.join(QStringLiteral(", ")) }
                    << LabelledValue { DeskText::tr("Contact"), DeskText::contactKind(g.contact) }
                    << LabelledValue { DeskText::tr("Multi-agency sharing (MARAC) consent"),
                           DeskText::consent(g.multiAgencyConsent) };
            if (!g.contactThrough.isEmpty())
                routing << LabelledValue { DeskText::tr("Contact through"), g.contactThrough };
        } else {
            routing << LabelledValue { DeskText::tr("Routing"), DeskText::tr("Not given") };
        }
        if (d.contactShown && r.contact) {
            const report::ReportContact &c = *r.contact;
            const auto add = [&](const QString &label, const QString &value) {
                if (!value.isEmpty())
                    contact << LabelledValue { label, value };
            };
            add(DeskText::tr("Name"), c.name);
            add(DeskText::tr("Phone"), c.phone);
            add(DeskText::tr("Email"), c.email);
            add(DeskText::tr("Safe times to contact"), c.safeTimes);
            add(DeskText::tr("Leave a message"),
                c.leaveMessage == QLatin1StringView("not_sure") ? DeskText::tr("Not sure")
                                                                : DeskText::consent(c.leaveMessage));
        }
    }
    m_flags->setRows(flags);
    m_routing->setRows(routing);
    m_contact->setRows(contact);

    QList<LabelledValue> notes;
    for (const desk::CaseNote &note : d.notes)
        notes << LabelledValue { DeskText::tr("%1, %2").arg(when(note.at), deskName(note.desk)), note.text };
    m_notes->setRows(notes);
    QList<LabelledValue> history;
    for (const desk::HistoryEntry &entry : d.history)
        history << LabelledValue { DeskText::tr("%1, %2").arg(when(entry.at), deskName(entry.desk)),
            DeskText::eventType(entry.type) };
    m_history->setRows(history);
    QList<LabelledValue> replies;
    for (const desk::SentReply &reply : d.replies)
        replies << LabelledValue { DeskText::tr("%1, %2").arg(when(reply.at), deskName(reply.desk)),
            reply.text };
    m_replies->setRows(replies);
    QList<LabelledValue> answers;
    for (const desk::Answer &answer : d.answers) {
        const QString at = when(QDateTime::fromString(answer.reportedAt, Qt::ISODate));
        QString label = answer.kind == QLatin1StringView("addition")
            ? DeskText::tr("Added to the report, %1").arg(at)
            : DeskText::tr("Answer, %1. Did the response help? %2").arg(at, DeskText::helped(answer.helped));
        if (!answer.read)
            label = DeskText::tr("New: %1").arg(label);
        answers << LabelledValue { label, answer.text };
    }
    m_reporterAnswers->setRows(answers);
    QList<LabelledValue> problems;
    for (const QString &problem : d.problems)
        problems << LabelledValue { DeskText::tr("Problem"), problem };
    m_problems->setRows(problems);
    Q_EMIT changed();
}

int CaseView::unreadAnswers() const
{
    int unread = 0;
    for (const desk::Answer &answer : m_data.details.answers)
        unread += answer.read ? 0 : 1;
    return unread;
}

QString CaseView::reference() const
{
    return m_data.details.report && !m_data.details.report->reference.isEmpty()
        ? m_data.details.report->reference
        : DeskText::tr("No reference");
}

QString CaseView::statusText() const
{
    const desk::CaseState &s = m_data.details.state;
    QString text = s.recordOnly ? DeskText::tr("%1 (record only)").arg(DeskText::status(s.status))
                                : DeskText::status(s.status);
    if (s.status == desk::CaseStatus::Closed && !s.closedReason.isEmpty())
        text = DeskText::tr("%1: %2").arg(text, s.closedReason);
    return text;
}

QString CaseView::dueDate() const
{
    return m_data.details.state.due.isValid() ? m_data.details.state.due.toString(Qt::ISODate) : QString();
}

QString CaseView::dueText() const
{
    const desk::CaseState &s = m_data.details.state;
    return DeskText::dueLine(
        s.due, m_data.response, s.status == desk::CaseStatus::Closed, QDate::currentDate());
}

bool CaseView::overdue() const
{
    const desk::CaseState &s = m_data.details.state;
    return DeskText::isOverdue(
        s.due, m_data.response, s.status == desk::CaseStatus::Closed, QDate::currentDate());
}

QString CaseView::priorityText() const
{
    const bool urgent = m_data.details.report && m_data.details.report->flags.urgent.value_or(false);
    return urgent                       ? DeskText::tr("Urgent")
        : m_data.details.state.highRisk ? DeskText::tr("High risk")
                                        : QString();
}

QString CaseView::summaryText() const
{
    QStringList parts;
    if (!priorityText().isEmpty())
        parts << priorityText();
    parts << statusText();
    parts << (owner().isEmpty() ? DeskText::tr("No owner") : DeskText::tr("Owner: %1").arg(owner()));
    parts << dueText();
    return parts.join(QStringLiteral(" · "));
}

QString CaseView::sourceText() const
{
    const KioskCheck &k = m_data.kiosk;
    if (k.source == Source::RegisteredKiosk)
        return DeskText::tr("Registered kiosk: %1").arg(k.kioskName);
    return DeskText::source(k.source);
}

QString CaseView::signatureText() const
{
    const KioskCheck &k = m_data.kiosk;
    if (!k.signedByKiosk) {
        return k.source == Source::UnknownKiosk
            ? DeskText::tr("The report says it was made at a kiosk, but it carries no kiosk signature.")
            : DeskText::tr("No kiosk signature: sent from a personal device.");
    }
    if (k.source == Source::RegisteredKiosk)
        return DeskText::tr("Signed by the registered kiosk \"%1\" (key %2); the signature is valid.")
            .arg(k.kioskName, k.fingerprint);
    if (k.revoked)
        return DeskText::tr(
            "Signed by the kiosk \"%1\" (key %2), which was revoked: treat it as an unknown kiosk.")
            .arg(k.kioskName, k.fingerprint);
    return DeskText::tr("Signed by a kiosk key this organisation has not registered (key %1).")
        .arg(k.fingerprint);
}

} // namespace harbour::deskui
