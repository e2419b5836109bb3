// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"

#include <QAbstractListModel>

namespace harbour::routing {

// Signposting from the directory's data (docs/accessibility.md, "Signposting"): emergency numbers first, then
// helplines.
class SupportContactModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ContactIdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        ChannelRole, // phone, sms, relay, bsl, web
        ValueRole, // "999", "18001 101", "https://..."
        ActionTextRole, // translated: "Call 999", "Text 999", "Relay UK: 18001 101"
        EmergencyRole, // in danger now
        PurposeRole, // "emergency", "report" or "support"
        LinkRole, // what a tap opens: "tel:999", "sms:999", "https://..."; empty if nothing
    };
    Q_ENUM(Role)

    // startPage: only "in danger now" contacts and other ways to report (999, 101...).
    explicit SupportContactModel(bool startPage, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_shown.size()); }

    // The address a tap on the contact opens: a tel: or sms: link for numbers (spaces dropped),
    // the web address itself for https: addresses, else empty.
    static QString link(const directory::SupportContact &contact);

    void setContacts(const QList<directory::SupportContact> &contacts);
    void setLanguage(const QString &language);
    // Contacts for particular strands (e.g. anti-Muslim hate) are shown when the report names
    // one of them, or when it names none yet.
    void setStrands(const QStringList &strands);

Q_SIGNALS:
    void countChanged();

private:
    void rebuild();
    bool m_startPage = false;
    QList<directory::SupportContact> m_all;
    QList<directory::SupportContact> m_shown;
    QString m_language = QStringLiteral("en");
    QStringList m_strands;
};

} // namespace harbour::routing
