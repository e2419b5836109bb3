// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "protocol/envelope.h"
#include "questionnaire/flags.h"

#include <QJsonDocument>
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

QStringList Report::monitoredStrands()
{
    return questionnaire::monitoredStrands();
}

QByteArray Report::toCanonicalJson(const Context &context) const
{
    const bool kiosk
        = context.mode == QLatin1StringView("kiosk") || context.mode == QLatin1StringView("assisted");
    questionnaire::Flags flags = questionnaire::computeFlags(*m_questionnaire, m_answers, kiosk);
    // A volunteer's code started assisted mode: recorded whatever the role answer says.
    if (context.mode == QLatin1StringView("assisted"))
        flags.assisted = true;
    QJsonObject questionnaire;
    questionnaire.insert(QStringLiteral("id"), m_questionnaire->id());
    questionnaire.insert(QStringLiteral("version"), m_questionnaire->version());
    QJsonObject report;
    report.insert(QStringLiteral("format"), QStringLiteral("harbour-report"));
    report.insert(QStringLiteral("questionnaire"), questionnaire);
    report.insert(QStringLiteral("reference"), context.reference);
    report.insert(QStringLiteral("language"), context.language);
    report.insert(QStringLiteral("mode"), flags.assisted ? QStringLiteral("assisted") : context.mode);
    report.insert(QStringLiteral("app_version"), context.appVersion);
    report.insert(
        QStringLiteral("reported_at"), protocol::roundedToHour(context.reportedAt).toString(Qt::ISODate));
    // Answers to questions hidden by a later change (online details after "No") are not sent.
    report.insert(
        QStringLiteral("answers"), QJsonObject::fromVariantMap(m_questionnaire->visibleAnswers(m_answers)));
    report.insert(QStringLiteral("flags"), flags.toJson());
    // QJsonObject keeps keys sorted, and Compact adds no whitespace: the output is canonical.
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
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
