// SPDX-License-Identifier: GPL-3.0-or-later
#include "desksync.h"

#include "casestore.h"
#include "deskclient.h"

namespace harbour::desk {

DeskSync::DeskSync(CaseStore &store, DeskClient &client)
    : m_store(store)
    , m_client(client)
{
}

Result<SyncFigures> DeskSync::sendPending()
{
    using R = Result<SyncFigures>;
    SyncFigures figures;
    auto pending = m_store.pending();
    if (!pending)
        return R::failure(pending);
    for (const CaseStore::Pending &event : pending.value()) {
        auto appended = m_client.appendEvent(event.id, event.sealed);
        if (appended) {
            ++figures.sent;
            continue;
        }
        // A refusal is about this event (kept, reported, the others still go); anything else is
        // about the intake or the network, and the sync stops until it is back.
        if (appended.errorKind() != ErrorKind::Refused)
            return R::failure(appended);
        if (figures.unsent++ == 0)
            figures.unsentReason = appended.error();
    }
    return figures;
}

Result<SyncFigures> DeskSync::syncEnvelopes()
{
    SyncFigures figures;
    for (;;) {
        auto page = m_client.listEnvelopes(m_store.envelopeCursor(), m_pageLimit);
        if (!page)
            return Result<SyncFigures>::failure(page);
        auto applied = m_store.applyEnvelopes(page.value());
        if (!applied)
            return Result<SyncFigures>::failure(
                QStringLiteral("cannot store the envelopes fetched: %1").arg(applied.error()),
                applied.errorKind());
        figures.envelopes += applied->accepted;
        figures.junk += applied->refused;
        ++figures.pages;
        if (!page->more)
            return figures;
    }
}

Result<SyncFigures> DeskSync::syncEvents()
{
    SyncFigures figures;
    for (;;) {
        auto page = m_client.listEvents(m_store.eventCursor(), m_pageLimit);
        if (!page)
            return Result<SyncFigures>::failure(page);
        auto applied = m_store.applyEvents(page.value());
        if (!applied)
            return Result<SyncFigures>::failure(
                QStringLiteral("cannot store the events fetched: %1").arg(applied.error()),
                applied.errorKind());
        figures.events += applied->accepted;
        figures.refusedEvents += applied->refused;
        ++figures.pages;
        if (!page->more)
            return figures;
    }
}

Result<SyncFigures> DeskSync::syncAll()
{
    auto sent = sendPending();
    if (!sent)
        return sent;
    auto envelopes = syncEnvelopes();
    if (!envelopes)
        return envelopes;
    auto events = syncEvents();
    if (!events)
        return events;
    SyncFigures figures = sent.value();
    figures.envelopes = envelopes->envelopes;
    figures.junk = envelopes->junk;
    figures.events = events->events;
    figures.refusedEvents = events->refusedEvents;
    figures.pages = envelopes->pages + events->pages;
    return figures;
}

} // namespace harbour::desk
