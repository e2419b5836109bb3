// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalmodel.h"

#include "base/languages.h"
#include "questionnaire/flags.h"
#include "supportcontactmodel.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace harbour::routing {

ProposalModel::ProposalModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ProposalModel::strandText(const QString &strand)
{
    if (strand == QLatin1String("race"))
        return tr("Race or ethnicity");
    if (strand == QLatin1String("religion"))
        return tr("Religion or belief");
    if (strand == QLatin1String("sexual_orientation"))
        return tr("Sexual orientation");
    if (strand == QLatin1String("disability"))
        return tr("Disability");
    if (strand == QLatin1String("transgender"))
        return tr("Transgender identity");
    if (strand == QLatin1String("alternative_subculture"))
        return tr("Alternative subculture");
    if (strand == QLatin1String("sex_or_gender"))
        return tr("Sex or gender");
    if (strand == QLatin1String("age"))
        return tr("Age");
    if (strand == QLatin1String("other"))
        return tr("Other");
    // A local strand from the directory: its id made readable.
    QString text = strand;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ProposalModel::numberLink(const QString &scheme, const QString &number)
{
    // Digits and a leading + only.
    QString dialled;
    for (const QChar c : number) {
        if (c.isDigit() && c.unicode() < 128)
            dialled.append(c);
        else if (c == u'+' && dialled.isEmpty())
            dialled.append(c);
    }
    if (dialled.isEmpty() || dialled == QLatin1String("+"))
        return {};
    return scheme + u':' + dialled;
}

QVariantList ProposalModel::contactLinks(const directory::OrganisationContact &contact)
{
    QVariantList out;
    const auto add = [&out](const QString &text, const QString &link) {
        out.append(QVariantMap { { QStringLiteral("text"), text }, { QStringLiteral("link"), link } });
    };
    // The support contacts' words (and their translations) for the same kinds of link.
    if (!contact.phone.isEmpty())
        add(SupportContactModel::tr("Call %1").arg(contact.phone),
            numberLink(QStringLiteral("tel"), contact.phone));
    if (!contact.sms.isEmpty())
        add(SupportContactModel::tr("Text %1").arg(contact.sms),
            numberLink(QStringLiteral("sms"), contact.sms));
    if (!contact.email.isEmpty())
        add(tr("Email %1").arg(contact.email), QStringLiteral("mailto:") + contact.email);
    if (!contact.web.isEmpty())
        add(SupportContactModel::tr("Website: %1").arg(contact.web.toString()),
            contact.web.toString(QUrl::FullyEncoded));
    return out;
}

QString ProposalModel::contactText(const directory::OrganisationContact &contact, const QString &language)
{
    QStringList texts;
    for (const QVariant &entry : contactLinks(contact))
        texts.append(entry.toMap().value(QStringLiteral("text")).toString());
    return QLocale(language).createSeparatedList(texts);
}

QString ProposalModel::coverageText(const Row &row) const
{
    switch (row.proposal.areaMatch) {
    case directory::AreaMatch::Place:
    case directory::AreaMatch::District:
    case directory::AreaMatch::PostcodeArea:
        return tr("Covers %1").arg(m_area);
    case directory::AreaMatch::Everywhere:
        return tr("Covers all areas");
    case directory::AreaMatch::None:
        break;
    }
    const auto &areas = row.proposal.organisation.areas;
    return tr("Covers %1").arg(QLocale(m_language).createSeparatedList(areas.places + areas.postcodes));
}

QVariant ProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const directory::Organisation &organisation = row.proposal.organisation;
    switch (role) {
    case OrganisationIdRole:
        return organisation.id;
    case Qt::DisplayRole:
    case NameRole:
        return organisation.name.in(m_language);
    case KindRole:
        return directory::kindName(organisation.kind);
    case KindTextRole:
        return organisation.kind == directory::Kind::Police ? tr("Police") : tr("Support organisation");
    case StrandsRole:
        return organisation.strands;
    case StrandsTextRole: {
        bool all = true;
        for (const QString &strand : questionnaire::monitoredStrands())
            all = all && organisation.strands.contains(strand);
        if (all)
            return tr("all kinds of hate crime");
        QStringList texts;
        for (const QString &strand : organisation.strands)
            texts.append(strandText(strand));
        return QLocale(m_language).createSeparatedList(texts);
    }
    case LanguagesRole:
        return organisation.languages;
    case LanguagesTextRole: {
        const auto nameOf = [](const QString &language) {
            // The app's own list names its languages best ("English", not Qt's "American English").
            const Language *shipped = findLanguage(language);
            const QString name = shipped ? shipped->nativeName : QLocale(language).nativeLanguageName();
            return name.isEmpty() ? language : name;
        };
        // A long list is shortened to the one that matters: the reporter's own language.
        if (organisation.languages.size() > 3 && row.proposal.speaksLanguage) {
            QString own = m_language;
            for (const QString &language : organisation.languages) {
                if (language.section(u'-', 0, 0) == m_language.section(u'-', 0, 0))
                    own = language;
            }
            return tr("%1 and %n other language(s)", "", int(organisation.languages.size() - 1))
                .arg(nameOf(own));
        }
        QStringList names;
        for (const QString &language : organisation.languages)
            names.append(nameOf(language));
        return names.join(QStringLiteral(", "));
    }
    case CoverageTextRole:
        return coverageText(row);
    case ChosenRole:
        return row.chosen;
    case MayContactRole:
        return row.mayContact;
    case PromiseRole:
        return organisation.promise.in(m_language);
    case ContactTextRole:
        return contactText(organisation.contact, m_language);
    case ContactLinksRole:
        return contactLinks(organisation.contact);
    default:
        break;
    }
    return {};
}

bool ProposalModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == ChosenRole) {
        setChosen(index.row(), value.toBool());
        return true;
    }
    if (role == MayContactRole) {
        setMayContact(index.row(), value.toBool());
        return true;
    }
    return false;
}

Qt::ItemFlags ProposalModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ProposalModel::roleNames() const
{
    return { { OrganisationIdRole, "organisationId" }, { NameRole, "name" }, { KindRole, "kind" },
        { KindTextRole, "kindText" }, { StrandsRole, "strands" }, { StrandsTextRole, "strandsText" },
        { LanguagesRole, "languages" }, { LanguagesTextRole, "languagesText" },
        { CoverageTextRole, "coverageText" }, { ChosenRole, "chosen" }, { MayContactRole, "mayContact" },
        { PromiseRole, "promise" }, { ContactTextRole, "contactText" },
        { ContactLinksRole, "contactLinks" } };
}

void ProposalModel::reset(
    const QList<Proposal> &proposals, const QString &language, const QString &reporterArea)
{
    const int countBefore = count();
    beginResetModel();
    m_language = language;
    m_area = reporterArea;
    // An organisation proposed again (the answers changed, or check answers is reached after the
    // wish) keeps what the person chose for it; a new one starts as proposed, and may not contact.
    const QList<Row> before = std::exchange(m_rows, {});
    for (const Proposal &proposal : proposals) {
        const auto kept = std::find_if(before.cbegin(), before.cend(),
            [&proposal](const Row &row) { return row.proposal.organisation.id == proposal.organisation.id; });
        m_rows.append(kept != before.cend() ? Row { proposal, kept->chosen, kept->mayContact }
                                            : Row { proposal, proposal.preselected, false });
    }
    endResetModel();
    if (countBefore != count())
        Q_EMIT countChanged();
    Q_EMIT chosenChanged();
    Q_EMIT mayContactChanged();
}

void ProposalModel::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1));
}

void ProposalModel::setChosen(int row, bool chosen)
{
    if (row < 0 || row >= count() || m_rows.at(row).chosen == chosen)
        return;
    m_rows[row].chosen = chosen;
    Q_EMIT dataChanged(index(row), index(row), { ChosenRole });
    Q_EMIT chosenChanged();
}

void ProposalModel::setMayContact(int row, bool mayContact)
{
    if (row < 0 || row >= count() || m_rows.at(row).mayContact == mayContact)
        return;
    m_rows[row].mayContact = mayContact;
    Q_EMIT dataChanged(index(row), index(row), { MayContactRole });
    Q_EMIT mayContactChanged();
}

QList<directory::Organisation> ProposalModel::chosen() const
{
    QList<directory::Organisation> out;
    for (const Row &row : m_rows) {
        if (row.chosen)
            out.append(row.proposal.organisation);
    }
    return out;
}

QStringList ProposalModel::mayContactIds() const
{
    QStringList out;
    for (const Row &row : m_rows) {
        if (row.chosen && row.mayContact)
            out.append(row.proposal.organisation.id);
    }
    return out;
}

} // namespace harbour::routing
