// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposals.h"

#include <QJsonArray>

#include <algorithm>

namespace harbour::routing {
namespace {

using directory::AreaMatch;
using directory::Kind;
using directory::Organisation;

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() && !out.contains(item.toString()))
            out.append(item.toString());
    }
    return out;
}

// The first area found in the answers, in answer-id order, looking into objects and group items.
QString findArea(const QJsonValue &value, int depth)
{
    if (depth > 4)
        return {};
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonValue area = object.value(QLatin1StringView("area"));
        if (area.isString() && !area.toString().trimmed().isEmpty())
            return area.toString().trimmed();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (const QString found = findArea(it.value(), depth + 1); !found.isEmpty())
                return found;
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (const QString found = findArea(item, depth + 1); !found.isEmpty())
                return found;
        }
    }
    return {};
}

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

ReportFacts factsFromReport(const QJsonObject &report)
{
    ReportFacts facts;
    const QJsonObject flags = report.value(QLatin1StringView("flags")).toObject();
    const QJsonObject answers = report.value(QLatin1StringView("answers")).toObject();
    facts.strands = stringsOf(flags.value(QLatin1StringView("strands")));
    for (const QString &local : stringsOf(flags.value(QLatin1StringView("local_strands")))) {
        if (!facts.strands.contains(local))
            facts.strands.append(local);
    }
    if (facts.strands.isEmpty()) {
        // Older reports flag only monitored strands; the answer itself names local ones too.
        for (const QString &strand : stringsOf(answers.value(QLatin1StringView("targeted")))) {
            if (strand != QLatin1String("dont_know") && strand != QLatin1String("prefer_not_to_say"))
                facts.strands.append(strand);
        }
    }
    const QJsonValue area = answers.value(QLatin1StringView("area"));
    facts.area = area.isString() ? area.toString().trimmed() : findArea(answers, 0);
    facts.language = report.value(QLatin1StringView("language")).toString();
    const QJsonValue triage = flags.value(QLatin1StringView("triage"));
    facts.triage = triage.isString() ? triage.toString() : QString();
    facts.urgent = flags.value(QLatin1StringView("urgent")).toBool(false);
    return facts;
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
