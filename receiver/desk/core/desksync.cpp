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

Result<SyncFigures> DeskSync::purgeDeleted()
{
    using R = Result<SyncFigures>;
    SyncFigures figures;
    auto cases = m_store.casesToPurge();
    if (!cases)
        return R::failure(cases);
    for (const QByteArray &caseId : cases.value()) {
        auto events = m_store.purgeableEvents(caseId);
        if (!events)
            return R::failure(events);
        QString problem;
        // In requests of at most kMaxDeletedEvents; the envelope goes with the first, later ones find it
        // absent.
        for (qsizetype from = 0; problem.isEmpty() && (from == 0 || from < events->size());
             from += DeskClient::kMaxDeletedEvents) {
            QList<DeskClient::NamedEvent> named;
            for (const CaseEventHash &event : events->mid(from, DeskClient::kMaxDeletedEvents))
                named.append({ event.idHex, event.hash });
            if (auto deleted = m_client.deleteCase(caseId, named); !deleted)
                problem = deleted.error();
        }
        if (!problem.isEmpty()) {
            if (figures.unpurged++ == 0)
                figures.unpurgedReason = problem;
            continue;
        }
        if (auto marked = m_store.markPurged(caseId); !marked)
            return R::failure(marked);
        ++figures.purged;
    }
    return figures;
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
    auto purged = purgeDeleted();
    if (!purged)
        return purged;
    figures.purged = purged->purged;
    figures.unpurged = purged->unpurged;
    figures.unpurgedReason = purged->unpurgedReason;
    return figures;
}

} // namespace harbour::desk
