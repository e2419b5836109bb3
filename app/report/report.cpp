// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "protocol/envelope.h"
#include "questionnaire/flags.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace harbour::report {

Report::Report(QObject *parent)
    : QObject(parent)
    , m_questionnaire(questionnaire::Questionnaire::embedded())
{
}

void Report::setQuestionnaire(questionnaire::QuestionnairePtr questionnaire)
{
    if (questionnaire)
        m_questionnaire = std::move(questionnaire);
}

void Report::setAnswer(const QString &questionId, const QVariant &value)
{
    if (!questionnaire::hasAnswer(value)) {
        if (m_answers.remove(questionId) > 0)
            Q_EMIT answersChanged();
        return;
    }
    if (m_answers.value(questionId) == value)
        return;
    m_answers.insert(questionId, value);
    Q_EMIT answersChanged();
}

void Report::setChoice(const QString &questionId, const QString &choice, bool chosen)
{
    QStringList choices = m_answers.value(questionId).toStringList();
    if (chosen == choices.contains(choice))
        return;
    if (chosen)
        choices.append(choice);
    else
        choices.removeAll(choice);
    setAnswer(questionId, choices);
}

bool Report::hasChoice(const QString &questionId, const QString &choice) const
{
    return m_answers.value(questionId).toStringList().contains(choice);
}

void Report::clear()
{
    if (m_answers.isEmpty())
        return;
    m_answers.clear();
    Q_EMIT answersChanged();
}

ReportDocument Report::toDocument(const Context &context) const
{
    const bool kiosk = context.mode == mode::kiosk || context.mode == mode::assisted;
    const questionnaire::Flags flags = questionnaire::computeFlags(*m_questionnaire, m_answers, kiosk);
    ReportDocument document;
    document.questionnaireId = m_questionnaire->id();
    document.questionnaireVersion = m_questionnaire->version();
    document.reference = context.reference;
    document.language = context.language;
    // A volunteer's code started assisted mode: recorded whatever the role answer says.
    const bool assisted = flags.assisted || context.mode == mode::assisted;
    document.mode = assisted ? QString(mode::assisted) : context.mode;
    document.appVersion = context.appVersion;
    document.reportedAt = protocol::roundedToHour(context.reportedAt).toString(Qt::ISODate);
    // Answers to questions hidden by a later change (online details after "No") are not sent.
    document.answers = QJsonObject::fromVariantMap(m_questionnaire->visibleAnswers(m_answers));
    document.flags.strands = flags.strands;
    document.flags.localStrands = flags.localStrands;
    document.flags.cyberEnabled = flags.cyberEnabled;
    document.flags.repeatVictim = flags.repeatVictim;
    document.flags.triage = questionnaire::triageName(flags.triage);
    document.flags.triageRules = flags.triageRules;
    document.flags.urgent = flags.urgent;
    document.flags.assisted = assisted;
    if (!context.followup.isEmpty())
        document.followup = context.followup;
    return document;
}

QByteArray Report::toCanonicalJson(const Context &context) const
{
    return toDocument(context).toCanonicalJson();
}

QString newReference()
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    QString reference = QStringLiteral("HB-");
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            reference += QLatin1Char('-');
        reference += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]);
    }
    return reference;
}

} // namespace harbour::report
