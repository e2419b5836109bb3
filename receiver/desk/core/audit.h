// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "casestore.h"

#include <QList>
#include <QStringList>

// The audit (docs/desk.md "Audit"): the organisation's case log as this desk holds it, checked again
// event by event, so a change made to the store after an event was applied (an event removed,
// altered or put in) is found. Each event held in full must still hash to its recorded hash, read
// and verify under its desk's signature, carry a membership proof that one of the organisation's
// keys makes for that desk, and follow (prev) an event held before it. Events of deleted cases are
// held as their hash alone: counted, not read. Problems name the event's seq, never what it says.
namespace harbour::desk {

struct LogCheck
{
    QList<LoggedEvent> events; // in seq order, plaintexts dropped
    int verified = 0; // held in full and passing every check
    int erased = 0; // a deleted case's events: the hash alone
    QStringList problems; // one line an event that fails a check
};

Result<LogCheck> checkCaseLog(CaseStore &store);

} // namespace harbour::desk
