// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QVariantMap>

namespace harbour::questionnaire {

// A read-only list for QML whose rows are maps with fixed keys (the roles). Setting equal-length
// rows changes them in place, so views keep their delegates (and a screen reader its place).
class RowModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    RowModel(const QList<QByteArray> &roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    const QList<QVariantMap> &rows() const { return m_rows; }
    void setRows(const QList<QVariantMap> &rows);
    // The value of a role in a row by the role's name, for C++ callers and tests.
    Q_INVOKABLE QVariant value(int row, const QString &role) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<QByteArray> m_roles;
    QList<QVariantMap> m_rows;
};

} // namespace harbour::questionnaire
