// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/languages.h"

#include <QAbstractListModel>
#include <QString>

namespace harbour::session {

// The shipped languages for the language picker, and which one is current.
class LanguageModel : public QAbstractListModel
{
    Q_OBJECT
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
