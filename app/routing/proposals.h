// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "report/reportformat.h"

#include <QList>
#include <QString>
#include <QStringList>

// Who a report could go to: the rules that turn the reporter's choice and what the report says
// (strands, area, language) into proposed organisations from the directory. No QML here; the
// Routing object exposes the result to the pages.
namespace harbour::routing {

// What the reporter chose on "Who should we send your report to?".
// RecordOnly: sent to a support organisation with a request for no action (docs/report-content.md).
enum class Choice { None, Police, Support, Both, RecordOnly };
QString choiceName(Choice choice); // "", "police", "support", "both", "record_only"
Choice choiceFromName(const QString &name, bool *ok = nullptr);

struct Proposal
{
    directory::Organisation organisation;
    directory::AreaMatch areaMatch = directory::AreaMatch::None;
    bool speaksLanguage = false;
    bool preselected = false;
};

// The organisations to offer for a choice, closest first: police forces for Police, support
// organisations serving one of the strands for Support and RecordOnly, both lists for Both.
// docs/protocol.md "Recipient directory" / "Routing" states the rules.
QList<Proposal> propose(
    const QList<directory::Organisation> &organisations, Choice choice, const report::ReportFacts &facts);

} // namespace harbour::routing
