// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowmodel.h"

#include <QMetaProperty>

namespace harbour::questionnaire {

RowModel::RowModel(const QMetaObject &rowType, QObject *parent)
    : QAbstractListModel(parent)
    , m_rowType(rowType)
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
    const int property = role - Qt::UserRole;
    if (property < 0 || property >= m_rowType.propertyCount())
        return {};
    return m_rowType.property(property).readOnGadget(m_rows.at(index.row()).constData());
}

QHash<int, QByteArray> RowModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_rowType.propertyCount(); ++i)
        names.insert(Qt::UserRole + i, m_rowType.property(i).name());
    return names;
}

QVariant RowModel::value(int row, const QString &role) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const int property = m_rowType.indexOfProperty(role.toLatin1().constData());
    if (property < 0)
        return {};
    return m_rowType.property(property).readOnGadget(m_rows.at(row).constData());
}

void RowModel::setValues(const QVariantList &rows)
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
