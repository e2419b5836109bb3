// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

namespace harbour::session {

LanguageModel::LanguageModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int LanguageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(shippedLanguages().size());
}

QVariant LanguageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Language &language = shippedLanguages().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NativeNameRole:
        return language.nativeName;
    case CodeRole:
        return language.code;
    case EnglishNameRole:
        return language.englishName;
    case RightToLeftRole:
        return language.rightToLeft;
    case CurrentRole:
        return language.code == m_current;
    default:
        return {};
    }
}

QHash<int, QByteArray> LanguageModel::roleNames() const
{
    return { { CodeRole, "code" }, { NativeNameRole, "nativeName" }, { EnglishNameRole, "englishName" },
        { RightToLeftRole, "rightToLeft" }, { CurrentRole, "current" } };
}

void LanguageModel::setCurrent(const QString &code)
{
    if (m_current == code || !findLanguage(code))
        return;
    m_current = code;
    Q_EMIT currentChanged();
    Q_EMIT dataChanged(index(0), index(rowCount() - 1), { CurrentRole });
}

} // namespace harbour::session
