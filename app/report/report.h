// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QVariantMap>
#include <qqmlintegration.h>

namespace harbour::report {

// The report being written: answers keyed by question id. Lives in memory only.
class Report : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The report belongs to the session")
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

    struct Context
    {
        QString reference;
        QString language;
        QString mode; // "self", "kiosk" or "assisted"
        QString appVersion;
        QDateTime reportedAt;
    };
    // Canonical UTF-8 JSON (compact, keys sorted) as sealed in an envelope.
    QByteArray toCanonicalJson(const Context &context) const;

    // The five nationally monitored strands, in the order they are asked.
    static QStringList monitoredStrands();

Q_SIGNALS:
    void answersChanged();

private:
    QVariantMap m_answers;
};

// A reference the reporter can write down and read aloud: HB-XXXX-XXXX, Crockford base32.
QString newReference();

} // namespace harbour::report
