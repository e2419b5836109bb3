// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowmodel.h"

namespace harbour::questionnaire {

RowModel::RowModel(const QList<QByteArray> &roles, QObject *parent)
    : QAbstractListModel(parent)
    , m_roles(roles)
{
}

int RowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = role - Qt::UserRole;
    if (column < 0 || column >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(m_roles.at(column)));
}

QHash<int, QByteArray> RowModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + int(i), m_roles.at(i));
    return names;
}

QVariant RowModel::value(int row, const QString &role) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).value(role);
}

void RowModel::setRows(const QList<QVariantMap> &rows)
{
    if (rows.size() == m_rows.size()) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i) == m_rows.at(i))
                continue;
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace harbour::questionnaire
