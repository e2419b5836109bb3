// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryplan.h"

namespace harbour::routing {

bool ContactDetails::isEmpty() const
{
    return methods.isEmpty() && name.isEmpty() && phone.isEmpty() && email.isEmpty() && safeTimes.isEmpty()
        && leaveMessage.isEmpty();
}

void ContactDetails::clear()
{
    *this = ContactDetails();
}

Result<std::vector<Delivery>> planDeliveries(const QByteArray &reportJson,
    const QList<directory::Organisation> &chosen, Choice choice, const Consent &consent,
    qint64 directorySerial)
{
    using R = Result<std::vector<Delivery>>;
    if (chosen.isEmpty())
        return R::failure(QStringLiteral("no organisation is chosen to receive the report"));
    auto read = report::readReport(reportJson);
    if (!read)
        return R::failure(read);
    report::ReportDocument base = std::move(read.value());
    // Whatever the report had under these names, each copy gets only what is decided here.
    base.routing.reset();
    base.contact.reset();

    QStringList sentTo;
    for (const auto &organisation : chosen) {
        if (sentTo.contains(organisation.id))
            return R::failure(QStringLiteral("the organisation \"%1\" is chosen twice").arg(organisation.id));
        sentTo.append(organisation.id);
    }
    // "Through the support organisation": the police reach the reporter through a chosen support
    // organisation that may contact them, and get no contact details themselves.
    QString through;
    if (consent.contactable && consent.details.methods.contains(report::contactKind::throughSupport)) {
        for (const auto &organisation : chosen) {
            if (organisation.kind == directory::Kind::Support
                && consent.mayContact.contains(organisation.id)) {
                through = organisation.id;
                break;
            }
        }
    }
    report::ReportContact details;
    if (consent.contactable) {
        for (const QString &method : consent.details.methods) {
            if (method != report::contactKind::throughSupport)
                details.methods.append(method);
        }
        details.name = consent.details.name.trimmed();
        details.phone = consent.details.phone.trimmed();
        details.email = consent.details.email.trimmed();
        details.safeTimes = consent.details.safeTimes.trimmed();
        details.leaveMessage = consent.details.leaveMessage.trimmed();
    }

    std::vector<Delivery> deliveries;
    for (const auto &organisation : chosen) {
        Delivery delivery;
        delivery.organisation = organisation;
        QString contact = report::contactKind::anonymous;
        if (consent.contactable && consent.mayContact.contains(organisation.id)) {
            const bool viaSupport = !through.isEmpty() && organisation.kind == directory::Kind::Police;
            contact = viaSupport ? report::contactKind::throughSupport : report::contactKind::direct;
        }
        delivery.contact = contact;
        report::ReportRouting routing;
        // "configured": the app's configuration fixed the recipients; the reporter did not choose.
        routing.choice = choice == Choice::None ? QStringLiteral("configured") : choiceName(choice);
        routing.request
            = choice == Choice::RecordOnly ? report::request::recordOnly : report::request::action;
        routing.recipient = organisation.id;
        routing.recipientKind = directory::kindName(organisation.kind);
        routing.sentTo = sentTo;
        routing.directorySerial = directorySerial;
        routing.contact = contact;
        routing.multiAgencyConsent
            = consent.multiAgency.isEmpty() ? QStringLiteral("not_asked") : consent.multiAgency;
        if (contact == report::contactKind::throughSupport)
            routing.contactThrough = through;
        report::ReportDocument copy = base;
        copy.routing = routing;
        if (contact == report::contactKind::direct)
            copy.contact = details;
        delivery.reportJson = copy.toCanonicalJson();
        deliveries.push_back(std::move(delivery));
    }
    return deliveries;
}

} // namespace harbour::routing
