// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

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
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reportJson, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(QStringLiteral("the report is not a JSON object"));
    QJsonObject base = doc.object();
    // Whatever the report had under these names, each copy gets only what is decided here.
    base.remove(QStringLiteral("routing"));
    base.remove(QStringLiteral("contact"));

    QJsonArray sentTo;
    QSet<QString> ids;
    for (const auto &organisation : chosen) {
        if (ids.contains(organisation.id))
            return R::failure(QStringLiteral("the organisation \"%1\" is chosen twice").arg(organisation.id));
        ids.insert(organisation.id);
        sentTo.append(organisation.id);
    }
    // "Through the support organisation": the police reach the reporter through a chosen support
    // organisation that may contact them, and get no contact details themselves.
    QString through;
    if (consent.contactable && consent.details.methods.contains(QStringLiteral("through_support"))) {
        for (const auto &organisation : chosen) {
            if (organisation.kind == directory::Kind::Support
                && consent.mayContact.contains(organisation.id)) {
                through = organisation.id;
                break;
            }
        }
    }
    QJsonObject details;
    if (consent.contactable) {
        QJsonArray methods;
        for (const QString &method : consent.details.methods) {
            if (method != QLatin1String("through_support"))
                methods.append(method);
        }
        details.insert(QStringLiteral("methods"), methods);
        const std::pair<const char *, QString> fields[] = { { "name", consent.details.name },
            { "phone", consent.details.phone }, { "email", consent.details.email },
            { "safe_times", consent.details.safeTimes }, { "leave_message", consent.details.leaveMessage } };
        for (const auto &[name, value] : fields) {
            if (!value.trimmed().isEmpty())
                details.insert(QLatin1StringView(name), value.trimmed());
        }
    }

    std::vector<Delivery> deliveries;
    for (const auto &organisation : chosen) {
        Delivery delivery;
        delivery.organisation = organisation;
        QString contact = QStringLiteral("anonymous");
        if (consent.contactable && consent.mayContact.contains(organisation.id)) {
            const bool viaSupport = !through.isEmpty() && organisation.kind == directory::Kind::Police;
            contact = viaSupport ? QStringLiteral("through_support") : QStringLiteral("direct");
        }
        delivery.contact = contact;
        QJsonObject routing {
            // "configured": the app's configuration fixed the recipients; the reporter did not choose.
            { QStringLiteral("choice"),
                choice == Choice::None ? QStringLiteral("configured") : choiceName(choice) },
            { QStringLiteral("request"),
                choice == Choice::RecordOnly ? QStringLiteral("record_only") : QStringLiteral("action") },
            { QStringLiteral("recipient"), organisation.id },
            { QStringLiteral("recipient_kind"), directory::kindName(organisation.kind) },
            { QStringLiteral("sent_to"), sentTo },
            { QStringLiteral("directory_serial"), QJsonValue(directorySerial) },
            { QStringLiteral("contact"), contact },
            { QStringLiteral("multi_agency_consent"),
                consent.multiAgency.isEmpty() ? QStringLiteral("not_asked") : consent.multiAgency },
        };
        if (contact == QLatin1String("through_support"))
            routing.insert(QStringLiteral("contact_through"), through);
        QJsonObject copy = base;
        copy.insert(QStringLiteral("routing"), routing);
        if (contact == QLatin1String("direct"))
            copy.insert(QStringLiteral("contact"), details);
        delivery.reportJson = QJsonDocument(copy).toJson(QJsonDocument::Compact);
        deliveries.push_back(std::move(delivery));
    }
    return deliveries;
}

} // namespace harbour::routing
