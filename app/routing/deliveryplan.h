// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proposals.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// One copy of the report per chosen organisation, each carrying only what that organisation may
// see: contact details go only to those the reporter agreed may contact them.
namespace harbour::routing {

// How the reporter may be contacted. Held in memory only; never logged.
struct ContactDetails
{
    QStringList methods; // "phone", "email", "through_support"
    QString name; // what to call them (optional)
    QString phone;
    QString email;
    QString safeTimes; // free text
    QString leaveMessage; // "yes", "no", "not_sure" or ""

    bool isEmpty() const;
    void clear();
};

struct Consent
{
    bool contactable = false;
    ContactDetails details;
    QStringList mayContact; // organisation ids allowed to contact the reporter
    QString multiAgency; // "yes", "no" or "" (not asked)
};

struct Delivery
{
    directory::Organisation organisation;
    QByteArray reportJson; // plaintext for this recipient; the caller seals and wipes it
    QString contact; // "anonymous", "direct" or "through_support": what this copy allows
};

// The per-recipient reports for the chosen organisations (in the order given). `reportJson` is the
// canonical report; each copy gains "routing" (and "contact" for those allowed to contact), see
// docs/protocol.md "Routing members of the report". Fails, naming the reason, when nothing can be sent.
Result<std::vector<Delivery>> planDeliveries(const QByteArray &reportJson,
    const QList<directory::Organisation> &chosen, Choice choice, const Consent &consent,
    qint64 directorySerial);

} // namespace harbour::routing
