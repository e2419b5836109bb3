// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"

#include <QJsonObject>
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

// What routing reads from the report: strands and area pick organisations; language orders them;
// triage decides whether multi-agency consent is asked.
struct ReportFacts
{
    QStringList strands; // monitored and local, as flagged
    QString area; // "E1", "BN3", "Brighton and Hove"; "" when not given
    QString language;
    QString triage; // "standard", "elevated", "high" or "" when unknown
    bool urgent = false;

    bool highRisk() const { return urgent || triage == QLatin1String("high"); }
};

// Reads the facts from a report as toCanonicalJson writes it, defensively (any member may be absent):
// strands from flags.strands + flags.local_strands (else answers.targeted), the area from the first
// answer that carries one ("area" inside an answer object, or an answer named "area").
ReportFacts factsFromReport(const QJsonObject &report);

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
    const QList<directory::Organisation> &organisations, Choice choice, const ReportFacts &facts);

} // namespace harbour::routing
