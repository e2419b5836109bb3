// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QString>

// Bringing a desk up to date with its intake: events made here and not yet in the log are sent
// (again: the intake takes the same id and bytes once), then every envelope and every event after
// the stored cursors are fetched page by page and applied, one transaction a page. Killed at any
// point, the next sync starts from the last page committed: nothing is lost or applied twice.
namespace harbour::desk {

class CaseStore;
class DeskClient;

struct SyncFigures
{
    int sent = 0; // pending events the intake now holds
    int unsent = 0; // pending events the intake refused (kept; see unsentReason)
    QString unsentReason;
    int envelopes = 0;
    int junk = 0;
    int events = 0;
    int refusedEvents = 0;
    int pages = 0;
    int purged = 0; // deleted cases the intake confirmed deleting (their envelope and events)
    int unpurged = 0; // deleted cases still to be deleted at the intake (asked again next sync)
    QString unpurgedReason;
};

class DeskSync
{
public:
    DeskSync(CaseStore &store, DeskClient &client);
    // Rows asked for a page (1 to 500, the intake's limit); smaller pages commit more often.
    void setPageLimit(int limit) { m_pageLimit = limit; }

    Result<SyncFigures> sendPending();
    Result<SyncFigures> syncEnvelopes();
    Result<SyncFigures> syncEvents();
    // Every deleted case this desk has not yet seen deleted at the intake: its envelope and its
    // events but the deletion itself (docs/protocol.md §18.5). A refusal or an unreachable intake
    // leaves the case to the next sync (figures.unpurged, unpurgedReason); only a store failure fails.
    Result<SyncFigures> purgeDeleted();
    // All four, in that order: an event made here is applied in its seq order with the others.
    Result<SyncFigures> syncAll();

private:
    CaseStore &m_store;
    DeskClient &m_client;
    int m_pageLimit = 100;
};

} // namespace harbour::desk
