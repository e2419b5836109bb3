// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <qqmlintegration.h>

namespace harbour::session {

// A language Harbour ships, named in its own script for the language picker.
struct Language
{
    QString code; // BCP 47 / Qt locale name, also the .ts file suffix
    QString nativeName;
    QString englishName;
    bool rightToLeft = false;
};

// England & Wales census 2021 main languages plus the under-reporting groups (INCLUSION.md).
const QList<Language> &shippedLanguages();
const Language *findLanguage(const QString &code);

class LanguageModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Languages come from the session")
    Q_PROPERTY(QString current READ current NOTIFY currentChanged)

public:
    enum Role { CodeRole = Qt::UserRole + 1, NativeNameRole, EnglishNameRole, RightToLeftRole, CurrentRole };
    Q_ENUM(Role)

    explicit LanguageModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString current() const { return m_current; }
    void setCurrent(const QString &code);

Q_SIGNALS:
    void currentChanged();

private:
    QString m_current = QStringLiteral("en");
};

} // namespace harbour::session
