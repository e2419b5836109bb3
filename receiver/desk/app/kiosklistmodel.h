// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/casestore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The organisation's kiosks as this desk's registry holds them: which kiosk keys make a report
// "from a registered kiosk".
namespace harbour::deskui {

class KioskListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Kiosks come from the desk")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, FingerprintRole, KeyRole, RevokedRole, StateTextRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setKiosks(QList<desk::Kiosk> kiosks);
    void retranslate();

Q_SIGNALS:
    void countChanged();

private:
    QList<desk::Kiosk> m_kiosks;
};

} // namespace harbour::deskui
