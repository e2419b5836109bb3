// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposals.h"

#include <algorithm>

namespace harbour::routing {
namespace {

using directory::AreaMatch;
using directory::Kind;
using directory::Organisation;
using report::ReportFacts;

bool speaks(const Organisation &organisation, const QString &language)
{
    if (language.isEmpty())
        return false;
    const QString primary = language.section(u'-', 0, 0);
    for (const QString &spoken : organisation.languages) {
        if (spoken == language || spoken.section(u'-', 0, 0) == primary)
            return true;
    }
    return false;
}

QList<Proposal> proposeKind(const QList<Organisation> &organisations, Kind kind, const ReportFacts &facts)
{
    QList<Proposal> proposals;
    for (const Organisation &organisation : organisations) {
        if (organisation.kind != kind)
            continue;
        // Police forces take every hate crime, so only support organisations are chosen by strand;
        // when the reporter named no strand ("I don't know"), every support organisation is offered.
        if (kind == Kind::Support && !facts.strands.isEmpty() && !organisation.servesAnyStrand(facts.strands))
            continue;
        Proposal proposal;
        proposal.organisation = organisation;
        proposal.areaMatch = organisation.areas.match(facts.area);
        // With no area given, nothing can be ruled out by area: offer all, national ones first.
        if (proposal.areaMatch == AreaMatch::None && !facts.area.trimmed().isEmpty())
            continue;
        proposal.speaksLanguage = speaks(organisation, facts.language);
        proposals.append(proposal);
    }
    std::stable_sort(proposals.begin(), proposals.end(), [&facts](const Proposal &a, const Proposal &b) {
        if (a.areaMatch != b.areaMatch)
            return a.areaMatch < b.areaMatch;
        if (a.speaksLanguage != b.speaksLanguage)
            return a.speaksLanguage;
        return a.organisation.name.in(facts.language)
                   .localeAwareCompare(b.organisation.name.in(facts.language))
            < 0;
    });
    // An area outside every listed one (a typo, a place the directory does not know) must not leave
    // the reporter with nobody to send to: offer them all, as when no area was given.
    if (proposals.isEmpty() && !facts.area.trimmed().isEmpty()) {
        ReportFacts withoutArea = facts;
        withoutArea.area.clear();
        return proposeKind(organisations, kind, withoutArea);
    }
    // Preselect the closest one, unless that would be a guess: with no area and several local
    // forces, Harbour cannot know which force covers where it happened, so the reporter picks.
    if (!proposals.isEmpty()) {
        const bool guess = proposals.size() > 1 && proposals.first().areaMatch == AreaMatch::None;
        proposals.first().preselected = !guess;
    }
    return proposals;
}

} // namespace

QString choiceName(Choice choice)
{
    switch (choice) {
    case Choice::Police:
        return QStringLiteral("police");
    case Choice::Support:
        return QStringLiteral("support");
    case Choice::Both:
        return QStringLiteral("both");
    case Choice::RecordOnly:
        return QStringLiteral("record_only");
    case Choice::None:
        break;
    }
    return {};
}

Choice choiceFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    for (Choice choice : { Choice::Police, Choice::Support, Choice::Both, Choice::RecordOnly }) {
        if (choiceName(choice) == name)
            return choice;
    }
    if (ok)
        *ok = name.isEmpty();
    return Choice::None;
}

QList<Proposal> propose(const QList<Organisation> &organisations, Choice choice, const ReportFacts &facts)
{
    switch (choice) {
    case Choice::Police:
        return proposeKind(organisations, Kind::Police, facts);
    case Choice::Support:
    case Choice::RecordOnly:
        return proposeKind(organisations, Kind::Support, facts);
    case Choice::Both:
        return proposeKind(organisations, Kind::Police, facts)
            + proposeKind(organisations, Kind::Support, facts);
    case Choice::None:
        break;
    }
    return {};
}

} // namespace harbour::routing
