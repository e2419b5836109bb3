// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QMetaObject>
#include <QVariant>

namespace harbour::questionnaire {

// A read-only list for QML whose rows are one gadget type (flowtypes.h, FieldError): its
// Q_PROPERTYs are the roles, so a delegate's `required property string title` is checked against
// a C++ member, not a string. Setting equal-length rows changes them in place, so views keep their
// delegates (and a screen reader its place).
class RowModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit RowModel(const QMetaObject &rowType, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    template <typename Row> void setRows(const QList<Row> &rows)
    {
        Q_ASSERT(&Row::staticMetaObject == &m_rowType);
        QVariantList values;
        values.reserve(rows.size());
        for (const Row &row : rows)
            values.append(QVariant::fromValue(row));
        setValues(values);
    }
    template <typename Row> Row row(int index) const { return m_rows.value(index).template value<Row>(); }
    // The value of a role in a row by the role's name, for tests.
    Q_INVOKABLE QVariant value(int row, const QString &role) const;

Q_SIGNALS:
    void countChanged();

private:
    void setValues(const QVariantList &rows);

    const QMetaObject &m_rowType;
    QVariantList m_rows;
};

} // namespace harbour::questionnaire
