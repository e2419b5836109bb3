// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proposals.h"

#include <QAbstractListModel>

namespace harbour::routing {

// The organisations proposed for the reporter's choice, with whether each is chosen and whether it
// may contact the reporter. RecipientsPage and ContactPage are views of it.
class ProposalModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        OrganisationIdRole = Qt::UserRole + 1,
        NameRole,
        KindRole, // "police" or "support"
        KindTextRole, // translated
        StrandsRole, // QStringList of strand ids
        StrandsTextRole, // translated, e.g. "Race, Religion"
        LanguagesRole, // QStringList of BCP 47 tags
        LanguagesTextRole, // each language named in itself, e.g. "English, polski"
        CoverageTextRole, // translated, e.g. "Covers E1" or "Covers all areas"
        ChosenRole,
        MayContactRole,
        PromiseRole, // what it does with a report and how soon it answers, in the reporter's language
        ContactTextRole, // translated, e.g. "Call 0800 000 0000 and Website: https://..."; "" if none
        ContactLinksRole, // QVariantList of { text, link } (tel:, sms:, mailto:, https:), see contactLinks()
    };
    Q_ENUM(Role)

    explicit ProposalModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    // Replaces the proposals; one proposed before keeps its ticks, a new preselected one starts chosen. None
    // may contact the reporter until the reporter ticks it (consent is opted into, never out of: issue 15).
    void reset(const QList<Proposal> &proposals, const QString &language, const QString &reporterArea);
    void setLanguage(const QString &language);
    void setChosen(int row, bool chosen);
    void setMayContact(int row, bool mayContact);

    QList<directory::Organisation> chosen() const;
    QStringList mayContactIds() const;

    // How the reporter reaches the organisation, one entry per way: { "text": "Call 0800 000 0000",
    // "link": "tel:08000000000" } (link "" when the value cannot be opened).
    static QVariantList contactLinks(const directory::OrganisationContact &contact);
    // The entries' texts as one translated list; "" when the directory gives no contact.
    static QString contactText(const directory::OrganisationContact &contact, const QString &language);
    // "tel:" / "sms:" and the digits of a number ("08 08 16 89 111" -> "tel:08081689111"), or "".
    static QString numberLink(const QString &scheme, const QString &number);

    // Translated name of a strand id ("sexual_orientation" -> "Sexual orientation").
    static QString strandText(const QString &strand);

Q_SIGNALS:
    void countChanged();
    void chosenChanged();
    void mayContactChanged();

private:
    struct Row
    {
        Proposal proposal;
        bool chosen = false;
        bool mayContact = false;
    };
    QString coverageText(const Row &row) const;
    QList<Row> m_rows;
    QString m_language;
    QString m_area;
};

} // namespace harbour::routing
