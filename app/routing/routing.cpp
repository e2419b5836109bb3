// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing.h"

#include <QLocale>
#include <QRegularExpression>

namespace harbour::routing {
namespace {

QList<questionnaire::FieldError> problem(const QString &field, const QString &message)
{
    return { { field, message } };
}

bool plausiblePhone(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9 ()-]+$"));
    const QString trimmed = text.trimmed();
    qsizetype digits = 0;
    for (const QChar c : trimmed)
        digits += c.isDigit() ? 1 : 0;
    return shape.match(trimmed).hasMatch() && digits >= 7 && digits <= 15;
}

bool plausibleEmail(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return shape.match(text.trimmed()).hasMatch() && text.size() <= 254;
}

// Routing::Recipients is routing::Choice as QML sees it.
static_assert(int(Choice::None) == int(Routing::Recipients::Unanswered)
    && int(Choice::Police) == int(Routing::Recipients::Police)
    && int(Choice::Support) == int(Routing::Recipients::Support)
    && int(Choice::Both) == int(Routing::Recipients::Both)
    && int(Choice::RecordOnly) == int(Routing::Recipients::RecordOnly));

} // namespace

Routing::Contact Routing::contactChoice() const
{
    if (m_contact == QLatin1String("anonymous"))
        return Contact::Anonymous;
    if (m_contact == QLatin1String("contactable"))
        return Contact::Contactable;
    return Contact::Unanswered;
}

void Routing::setContactChoice(Contact contact)
{
    switch (contact) {
    case Contact::Unanswered:
        setContact({});
        return;
    case Contact::Anonymous:
        setContact(QStringLiteral("anonymous"));
        return;
    case Contact::Contactable:
        setContact(QStringLiteral("contactable"));
        return;
    }
}

QString Routing::replyName(Reply reply)
{
    switch (reply) {
    case Reply::Yes:
        return QStringLiteral("yes");
    case Reply::No:
        return QStringLiteral("no");
    case Reply::NotSure:
        return QStringLiteral("not_sure");
    case Reply::Unanswered:
        break;
    }
    return {};
}

Routing::Reply Routing::replyFromName(const QString &name)
{
    for (const Reply reply : { Reply::Yes, Reply::No, Reply::NotSure }) {
        if (name == replyName(reply))
            return reply;
    }
    return Reply::Unanswered;
}

Routing::Routing(QObject *parent)
    : QObject(parent)
{
    connect(&m_proposals, &ProposalModel::chosenChanged, this, &Routing::chosenChanged);
    // Who may contact changes whether "through the support organisation" is possible.
    connect(&m_proposals, &ProposalModel::mayContactChanged, this, &Routing::chosenChanged);
}

void Routing::setChoice(const QString &choice)
{
    bool ok = false;
    const Choice value = choiceFromName(choice, &ok);
    if (!ok || value == m_choice)
        return;
    m_choice = value;
    repropose();
    Q_EMIT choiceChanged();
}

QString Routing::chosenNames() const
{
    QStringList names;
    for (const auto &organisation : chosenOrganisations())
        names.append(organisation.name.in(m_language));
    return QLocale(m_language).createSeparatedList(names);
}

QString Routing::mayContactNames() const
{
    const QStringList ids = consent().mayContact;
    QStringList names;
    for (const auto &organisation : chosenOrganisations()) {
        if (ids.contains(organisation.id))
            names.append(organisation.name.in(m_language));
    }
    return QLocale(m_language).createSeparatedList(names);
}

QVariantList Routing::chosenDetails() const
{
    QVariantList out;
    for (const auto &organisation : chosenOrganisations()) {
        out.append(QVariantMap { { QStringLiteral("name"), organisation.name.in(m_language) },
            { QStringLiteral("promise"), organisation.promise.in(m_language) },
            { QStringLiteral("contactText"), ProposalModel::contactText(organisation.contact, m_language) },
            { QStringLiteral("contactLinks"), ProposalModel::contactLinks(organisation.contact) } });
    }
    return out;
}

bool Routing::policeChosen() const
{
    for (const auto &organisation : chosenOrganisations()) {
        if (organisation.kind == directory::Kind::Police)
            return true;
    }
    return false;
}

bool Routing::supportChosen() const
{
    for (const auto &organisation : chosenOrganisations()) {
        if (organisation.kind == directory::Kind::Support)
            return true;
    }
    return false;
}

bool Routing::throughSupportPossible() const
{
    if (!policeChosen())
        return false;
    const QStringList mayContact = consent().mayContact;
    for (const auto &organisation : chosenOrganisations()) {
        if (organisation.kind == directory::Kind::Support && mayContact.contains(organisation.id))
            return true;
    }
    return false;
}

QString Routing::strandsText() const
{
    QStringList texts;
    for (const QString &strand : m_facts.strands)
        texts.append(ProposalModel::strandText(strand));
    return QLocale(m_language).createSeparatedList(texts);
}

void Routing::setContact(const QString &contact)
{
    if (contact == m_contact
        || (!contact.isEmpty() && contact != QLatin1String("anonymous")
            && contact != QLatin1String("contactable")))
        return;
    m_contact = contact;
    // Choosing to stay anonymous forgets anything typed, so it cannot be sent by mistake later.
    if (contact != QLatin1String("contactable"))
        m_details.clear();
    Q_EMIT contactChanged();
}

void Routing::setDetail(QString ContactDetails::*field, const QString &value)
{
    if (m_details.*field == value)
        return;
    m_details.*field = value;
    Q_EMIT contactChanged();
}

void Routing::setMultiAgencyConsent(const QString &value)
{
    if (value == m_multiAgency
        || (!value.isEmpty() && value != QLatin1String("yes") && value != QLatin1String("no")))
        return;
    m_multiAgency = value;
    Q_EMIT contactChanged();
}

void Routing::setContactMethod(const QString &method, bool on)
{
    static const QStringList known
        = { QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("through_support") };
    if (!known.contains(method) || on == m_details.methods.contains(method))
        return;
    if (on) {
        m_details.methods.append(method);
        // Keep a stable order whatever order they were ticked in.
        std::sort(m_details.methods.begin(), m_details.methods.end(),
            [](const QString &a, const QString &b) { return known.indexOf(a) < known.indexOf(b); });
    } else {
        m_details.methods.removeAll(method);
        if (method == QLatin1String("phone"))
            m_details.phone.clear();
        else if (method == QLatin1String("email"))
            m_details.email.clear();
    }
    Q_EMIT contactChanged();
}

QList<questionnaire::FieldError> Routing::checkRecipients() const
{
    if (!available())
        return problem(QStringLiteral("choice"),
            tr("Harbour cannot find an up-to-date list of organisations on this device, so it cannot send "
               "your report. Please use one of the phone numbers below."));
    if (m_choice == Choice::None)
        return problem(QStringLiteral("choice"), tr("Select who should receive your report"));
    if (fixedRecipients())
        return {};
    if ((m_choice == Choice::Police || m_choice == Choice::Both) && !policeChosen())
        return problem(QStringLiteral("organisations"), tr("Select a police force"));
    if (m_choice != Choice::Police && !supportChosen())
        return problem(QStringLiteral("organisations"), tr("Select a support organisation"));
    return {};
}

QList<questionnaire::FieldError> Routing::checkContact() const
{
    if (m_contact.isEmpty())
        return problem(QStringLiteral("contact"), tr("Select whether we can contact you"));
    if (m_contact == QLatin1String("contactable")) {
        if (consent().mayContact.isEmpty())
            return problem(QStringLiteral("mayContact"), tr("Select who may contact you"));
        if (!m_details.methods.contains(QStringLiteral("phone"))
            && !m_details.methods.contains(QStringLiteral("email")))
            return problem(
                QStringLiteral("methods"), tr("Select how we can contact you: by phone, by email, or both"));
        if (m_details.methods.contains(QStringLiteral("phone")) && !plausiblePhone(m_details.phone))
            return problem(QStringLiteral("phone"), tr("Enter a phone number, like 07700 900 982"));
        if (m_details.methods.contains(QStringLiteral("email")) && !plausibleEmail(m_details.email))
            return problem(QStringLiteral("email"),
                tr("Enter an email address in the correct format, like name@example.com"));
        if (m_details.methods.contains(QStringLiteral("through_support")) && !throughSupportPossible())
            return problem(QStringLiteral("methods"),
                tr("To be contacted through a support organisation, let a support organisation contact you"));
    }
    if (highRisk() && m_multiAgency.isEmpty())
        return problem(QStringLiteral("multiAgency"),
            tr("Select whether we can share your report with other agencies "
               "to keep you safe"));
    return {};
}

void Routing::clear()
{
    const bool choiceWasSet = m_choice != Choice::None;
    m_choice = Choice::None;
    m_facts = report::ReportFacts();
    m_contact.clear();
    m_details.clear();
    m_multiAgency.clear();
    m_fixedMayContact.fill(false);
    repropose();
    Q_EMIT chosenChanged();
    if (choiceWasSet)
        Q_EMIT choiceChanged();
    Q_EMIT factsChanged();
    Q_EMIT contactChanged();
}

void Routing::setOrganisations(const QList<directory::Organisation> &organisations, qint64 directorySerial)
{
    const bool wasAvailable = available();
    m_organisations = organisations;
    m_directorySerial = directorySerial;
    repropose();
    if (wasAvailable != available())
        Q_EMIT availableChanged();
}

void Routing::setFixedRecipients(const QList<directory::Organisation> &recipients)
{
    const bool wasAvailable = available();
    m_fixed = recipients;
    m_fixedMayContact = QList<bool>(recipients.size(), false);
    Q_EMIT chosenChanged();
    if (wasAvailable != available() || !recipients.isEmpty())
        Q_EMIT availableChanged();
}

void Routing::setFixedMayContact(int row, bool mayContact)
{
    if (row < 0 || row >= m_fixedMayContact.size() || m_fixedMayContact.at(row) == mayContact)
        return;
    m_fixedMayContact[row] = mayContact;
    Q_EMIT chosenChanged();
}

QStringList Routing::fixedNames() const
{
    QStringList names;
    for (const auto &organisation : m_fixed)
        names.append(organisation.name.in(m_language));
    return names;
}

QVariantList Routing::fixedMayContact() const
{
    QVariantList out;
    for (const bool mayContact : m_fixedMayContact)
        out.append(mayContact);
    return out;
}

void Routing::setFacts(const report::ReportFacts &facts)
{
    m_facts = facts;
    if (m_facts.language.isEmpty())
        m_facts.language = m_language;
    else if (m_language != m_facts.language)
        setLanguage(m_facts.language);
    repropose();
    Q_EMIT factsChanged();
}

void Routing::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    m_facts.language = language;
    m_proposals.setLanguage(language);
    Q_EMIT chosenChanged();
}

void Routing::repropose()
{
    m_proposals.reset(propose(m_organisations, m_choice, m_facts), m_language, m_facts.area);
}

QList<directory::Organisation> Routing::chosenOrganisations() const
{
    return m_fixed.isEmpty() ? m_proposals.chosen() : m_fixed;
}

Consent Routing::consent() const
{
    Consent consent;
    consent.contactable = m_contact == QLatin1String("contactable");
    if (consent.contactable) {
        consent.details = m_details;
        if (m_fixed.isEmpty()) {
            consent.mayContact = m_proposals.mayContactIds();
        } else {
            for (qsizetype i = 0; i < m_fixed.size(); ++i) {
                if (m_fixedMayContact.value(i))
                    consent.mayContact.append(m_fixed.at(i).id);
            }
        }
    }
    consent.multiAgency = highRisk() ? m_multiAgency : QString();
    return consent;
}

Result<std::vector<Delivery>> Routing::deliveries(const QByteArray &reportJson) const
{
    // Fixed recipients (tests, demo configurations) take the report even if no choice was made.
    return planDeliveries(
        reportJson, chosenOrganisations(), m_choice, consent(), m_fixed.isEmpty() ? m_directorySerial : 0);
}

} // namespace harbour::routing
