// SPDX-License-Identifier: GPL-3.0-or-later
#include "textrowmodel.h"

#include "wipe.h"

namespace harbour::deskui {

TextRowModel::~TextRowModel()
{
    clear();
}

int TextRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TextRowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LabelledValue &row = m_rows.at(index.row());
    switch (role) {
    case LabelRole:
        return row.label;
    case ValueRole:
    case Qt::DisplayRole:
        return row.value;
    default:
        return {};
    }
}

QHash<int, QByteArray> TextRowModel::roleNames() const
{
    return { { LabelRole, "label" }, { ValueRole, "value" } };
}

void TextRowModel::setRows(QList<LabelledValue> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    for (LabelledValue &row : m_rows) {
        wipeString(row.label);
        wipeString(row.value);
    }
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void TextRowModel::clear()
{
    setRows({});
}

} // namespace harbour::deskui
