// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "questionnaire.h"

#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace harbour::questionnaire {

// The five nationally monitored hate crime strands (College of Policing), in the order flagged.
QStringList monitoredStrands();

// Harbour's own triage (docs/questionnaire.md): a prompt to the receiver, not a police risk assessment.
enum class Triage { Standard, Elevated, High };
QString triageName(Triage level);

struct TriageRule
{
    QString id; // "H1", "E4": carried in the report so the receiver sees why
    Triage level;
    QString description; // as in docs/questionnaire.md
    std::function<bool(const QVariantMap &visibleAnswers)> holds;
};
// The rule table, in the order documented.
const QList<TriageRule> &triageRules();

// What the device computes; the report carries it under "flags" (app/report/reportformat.h).
struct Flags
{
    QStringList strands; // monitored strands, in monitoredStrands() order
    QStringList localStrands; // the organisation's own strands, in questionnaire order
    bool cyberEnabled = false; // Home Office: fully or partly online
    bool repeatVictim = false;
    bool inDanger = false;
    Triage triage = Triage::Standard;
    QStringList triageRules; // ids of the rules that hold
    bool urgent = false; // in danger now, or high triage
    bool assisted = false; // kiosk only: a volunteer helped
};

// Flags from the answers; answers to questions hidden by branching are ignored.
Flags computeFlags(const Questionnaire &questionnaire, const QVariantMap &answers, bool kiosk);

// The questions the flags read, by id, must have the shape the rules expect when a file has them.
Result<void> checkFlagInputs(const Questionnaire &questionnaire);

} // namespace harbour::questionnaire
