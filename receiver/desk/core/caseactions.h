// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "caseevent.h"
#include "casestore.h"
#include "report/reportformat.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// What the desk's UI asks of a case. Reading: the queue is CaseStore::queue(); caseDetails() gives
// one case with its report. Changing: each change is one case event, signed, sealed, kept as
// pending, appended at the intake and then applied with every other event in the intake's order
// (a sync of the case log), so this desk and every other one derive the same state.
namespace harbour::desk {

class DeskClient;

struct CaseDetails
{
    CaseState state;
    // The report as opened here; nullopt when the desk holds none (deleted, or its envelope was junk).
    std::optional<report::ReportDocument> report;
    // The reporter's contact details are kept in `report` only when its routing says this copy's
    // organisation may contact them directly (docs/protocol.md §17.6); otherwise they are removed.
    bool contactShown = false;
    QStringList problems; // what in the report did not read (member paths), or was held back and why
    QList<CaseNote> notes;
    QList<HistoryEntry> history;
    QList<SentReply> replies; // what this organisation wrote back (the way back)
    QList<Answer> answers; // what the reporter answered or added
    bool hasMailbox = false; // the reporter took a follow-up code: replies can be sent
};

Result<CaseDetails> caseDetails(CaseStore &store, const QByteArray &caseId);

class CaseActions
{
public:
    CaseActions(CaseStore &store, DeskClient &client);

    // Each returns the event's seq in the organisation's log once it is applied here.
    Result<qint64> acknowledge(const QByteArray &caseId);
    Result<qint64> setStatus(
        const QByteArray &caseId, CaseStatus status, bool recordOnly, const QString &closedReason = {});
    Result<qint64> setOwner(const QByteArray &caseId, const QString &owner);
    Result<qint64> addNote(const QByteArray &caseId, const QString &text);
    Result<qint64> setNextAction(const QByteArray &caseId, const QString &text, const QDate &due);
    // `kept`, when given, is set once the event is kept on this desk (pending): from then on it
    // reaches the log at a sync even when this call fails to send it now.
    Result<qint64> recordExport(const QByteArray &caseId, const QString &purpose, bool *kept = nullptr);
    // Deletes the case on every desk (a "deleted" event) and then at the intake (DeskSync::purgeDeleted).
    Result<qint64> deleteCase(const QByteArray &caseId, const QString &reason);
    // The way back (docs/protocol.md §19.4): seals `text` to the reporter's follow-up mailbox, posts it
    // at the intake and records it in the case log (reply_sent). Refused when the report carries no
    // follow-up mailbox. The reply is posted first: the log entry that follows is kept on this desk
    // until the intake holds it, like every change.
    Result<qint64> reply(const QByteArray &caseId, const QString &text);
    // The organisation's new recipient key (already added to the store with addOrganisationKey).
    Result<qint64> recordKeyRotation(const QByteArray &newKeyId);

private:
    Result<qint64> append(CaseEvent event, bool *kept = nullptr);

    CaseStore &m_store;
    DeskClient &m_client;
};

} // namespace harbour::desk
