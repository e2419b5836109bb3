// SPDX-License-Identifier: GPL-3.0-or-later
#include "supportcontactmodel.h"

#include "proposalmodel.h"

#include <QUrl>

#include <algorithm>

namespace harbour::routing {

SupportContactModel::SupportContactModel(bool startPage, QObject *parent)
    : QAbstractListModel(parent)
    , m_startPage(startPage)
{
}

int SupportContactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant SupportContactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const directory::SupportContact &contact = m_shown.at(index.row());
    switch (role) {
    case ContactIdRole:
        return contact.id;
    case Qt::DisplayRole:
    case NameRole:
        return contact.name.in(m_language);
    case DescriptionRole:
        return contact.description.byLanguage.isEmpty() ? QString() : contact.description.in(m_language);
    case ChannelRole:
        return contact.channel;
    case ValueRole:
        return contact.value;
    case ActionTextRole:
        if (contact.channel == QLatin1String("phone"))
            return tr("Call %1").arg(contact.value);
        if (contact.channel == QLatin1String("sms"))
            return tr("Text %1").arg(contact.value);
        if (contact.channel == QLatin1String("relay"))
            return tr("Relay UK: %1").arg(contact.value);
        if (contact.channel == QLatin1String("bsl"))
            return tr("BSL video relay: %1").arg(contact.value);
        return tr("Website: %1").arg(contact.value);
    case EmergencyRole:
        return contact.emergency();
    case PurposeRole:
        return contact.purpose;
    case LinkRole:
        return link(contact);
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> SupportContactModel::roleNames() const
{
    return { { ContactIdRole, "contactId" }, { NameRole, "name" }, { DescriptionRole, "description" },
        { ChannelRole, "channel" }, { ValueRole, "value" }, { ActionTextRole, "actionText" },
        { EmergencyRole, "emergency" }, { PurposeRole, "purpose" }, { LinkRole, "link" } };
}

QString SupportContactModel::link(const directory::SupportContact &contact)
{
    const bool number = contact.channel == QLatin1String("phone") || contact.channel == QLatin1String("relay")
        || contact.channel == QLatin1String("sms");
    if (number) {
        return ProposalModel::numberLink(
            contact.channel == QLatin1String("sms") ? QStringLiteral("sms") : QStringLiteral("tel"),
            contact.value);
    }
    const QUrl url(contact.value, QUrl::StrictMode);
    if (url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty())
        return url.toString(QUrl::FullyEncoded);
    return {};
}

void SupportContactModel::setContacts(const QList<directory::SupportContact> &contacts)
{
    m_all = contacts;
    rebuild();
}

void SupportContactModel::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1));
}

void SupportContactModel::setStrands(const QStringList &strands)
{
    if (m_strands == strands)
        return;
    m_strands = strands;
    rebuild();
}

void SupportContactModel::rebuild()
{
    const int before = count();
    beginResetModel();
    m_shown.clear();
    for (const auto &contact : std::as_const(m_all)) {
        if (m_startPage && contact.purpose == QLatin1String("support"))
            continue;
        bool relevant = contact.strands.isEmpty() || m_strands.isEmpty();
        for (const QString &strand : contact.strands)
            relevant = relevant || m_strands.contains(strand);
        if (relevant)
            m_shown.append(contact);
    }
    // In danger now comes first, whatever order the directory lists them in.
    std::stable_sort(m_shown.begin(), m_shown.end(),
        [](const auto &a, const auto &b) { return a.emergency() && !b.emergency(); });
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

} // namespace harbour::routing
