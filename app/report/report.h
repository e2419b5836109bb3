// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "questionnaire/questionnaire.h"
#include "reportformat.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QVariantMap>

namespace harbour::report {

// The report being written: answers keyed by question id. Lives in memory only.
class Report : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantMap answers READ answers NOTIFY answersChanged)
    Q_PROPERTY(bool isEmpty READ isEmpty NOTIFY answersChanged)

public:
    explicit Report(QObject *parent = nullptr);

    QVariantMap answers() const { return m_answers; }
    bool isEmpty() const { return m_answers.isEmpty(); }

    Q_INVOKABLE void setAnswer(const QString &questionId, const QVariant &value);
    Q_INVOKABLE QVariant answer(const QString &questionId) const { return m_answers.value(questionId); }
    // For multiple-choice questions: adds or removes one choice.
    Q_INVOKABLE void setChoice(const QString &questionId, const QString &choice, bool chosen);
    Q_INVOKABLE bool hasChoice(const QString &questionId, const QString &choice) const;
    Q_INVOKABLE void clear();

    // The questionnaire the answers belong to: its id and version, which answers are shown (and
    // so sent) and the flags. The embedded default until the session sets another.
    void setQuestionnaire(questionnaire::QuestionnairePtr questionnaire);
    questionnaire::QuestionnairePtr questionnaire() const { return m_questionnaire; }

    struct Context
    {
        QString reference;
        QString language;
        QString mode; // "self", "kiosk" or "assisted"
        QString appVersion;
        QDateTime reportedAt;
        // The follow-up mailbox's public values (docs/protocol.md §19.2) when the reporter took a
        // code; empty otherwise.
        QJsonObject followup;
    };
    // The report as sent (reportformat.h): only the answers to questions shown for these answers,
    // and the flags computed from them (docs/questionnaire.md). A kiosk report whose reporter said
    // a volunteer helped has mode "assisted".
    ReportDocument toDocument(const Context &context) const;
    // toDocument() as sealed in an envelope: canonical UTF-8 JSON (compact, keys sorted).
    QByteArray toCanonicalJson(const Context &context) const;

Q_SIGNALS:
    void answersChanged();

private:
    QVariantMap m_answers;
    questionnaire::QuestionnairePtr m_questionnaire;
};

// A reference the reporter can write down and read aloud: HB-XXXX-XXXX, Crockford base32.
QString newReference();

} // namespace harbour::report
