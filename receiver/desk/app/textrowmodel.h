// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caserows.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// Rows of a label and a value: a case's answers, flags, routing, contact details, notes and
// history, and the junk and refused lists. Cleared (and its strings wiped) when the desk locks.
namespace harbour::deskui {

class TextRowModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Rows come from the desk")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { LabelRole = Qt::UserRole + 1, ValueRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    ~TextRowModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<LabelledValue> rows);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    QList<LabelledValue> m_rows;
};

} // namespace harbour::deskui
