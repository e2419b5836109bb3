// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosklistmodel.h"

#include "caserows.h"
#include "protocol/fingerprint.h"

#include <QLocale>

namespace harbour::deskui {

int KioskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kiosks.size());
}

QVariant KioskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const desk::Kiosk &kiosk = m_kiosks.at(index.row());
    const QLocale locale;
    switch (role) {
    case NameRole:
    case Qt::DisplayRole:
        return kiosk.name;
    case FingerprintRole:
        return protocol::signingKeyFingerprint(kiosk.publicKey);
    case KeyRole:
        return QString::fromLatin1(kiosk.publicKey.toBase64());
    case RevokedRole:
        return kiosk.isRevoked();
    case StateTextRole:
        return kiosk.isRevoked()
            ? DeskText::tr("Revoked on %1").arg(locale.toString(kiosk.revoked.date(), QLocale::ShortFormat))
            : DeskText::tr("Registered on %1").arg(locale.toString(kiosk.added.date(), QLocale::ShortFormat));
    default:
        return {};
    }
}

QHash<int, QByteArray> KioskListModel::roleNames() const
{
    return { { NameRole, "name" }, { FingerprintRole, "fingerprint" }, { KeyRole, "key" },
        { RevokedRole, "revoked" }, { StateTextRole, "stateText" } };
}

void KioskListModel::setKiosks(QList<desk::Kiosk> kiosks)
{
    const bool countChanges = kiosks.size() != m_kiosks.size();
    beginResetModel();
    m_kiosks = std::move(kiosks);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void KioskListModel::retranslate()
{
    if (!m_kiosks.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_kiosks.size()) - 1));
}

} // namespace harbour::deskui
