// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "protocol/envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace harbour::report {

Report::Report(QObject *parent) : QObject(parent) { }

void Report::setAnswer(const QString &questionId, const QVariant &value)
{
    const bool empty = !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())
                       || (value.typeId() == QMetaType::QStringList && value.toStringList().isEmpty());
    if (empty) {
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
    return {QStringLiteral("race"), QStringLiteral("religion"), QStringLiteral("sexual_orientation"),
            QStringLiteral("disability"), QStringLiteral("transgender")};
}

QByteArray Report::toCanonicalJson(const Context &context) const
{
    QJsonObject answers = QJsonObject::fromVariantMap(m_answers);
    QJsonArray strands;
    const QStringList targeted = m_answers.value(QStringLiteral("targeted")).toStringList();
    for (const QString &strand : monitoredStrands()) {
        if (targeted.contains(strand))
            strands.append(strand);
    }
    const QString online = m_answers.value(QStringLiteral("online")).toString();
    QJsonObject flags;
    flags.insert(QStringLiteral("strands"), strands);
    flags.insert(QStringLiteral("cyber_enabled"), online == QLatin1String("yes") || online == QLatin1String("partly"));
    QJsonObject questionnaire;
    questionnaire.insert(QStringLiteral("id"), QStringLiteral("harbour-spine"));
    questionnaire.insert(QStringLiteral("version"), 1);
    QJsonObject report;
    report.insert(QStringLiteral("format"), QStringLiteral("harbour-report"));
    report.insert(QStringLiteral("questionnaire"), questionnaire);
    report.insert(QStringLiteral("reference"), context.reference);
    report.insert(QStringLiteral("language"), context.language);
    report.insert(QStringLiteral("mode"), context.mode);
    report.insert(QStringLiteral("app_version"), context.appVersion);
    report.insert(QStringLiteral("reported_at"), protocol::roundedToHour(context.reportedAt).toString(Qt::ISODate));
    report.insert(QStringLiteral("answers"), answers);
    report.insert(QStringLiteral("flags"), flags);
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
