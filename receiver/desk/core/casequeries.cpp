// SPDX-License-Identifier: GPL-3.0-or-later
// CaseStore: what the UI and the command line read. Nothing here writes.
#include "casestore.h"

#include "crypto/sodium.h"
#include "store/database.h"

#include <QHash>

namespace harbour::desk {
namespace {

using store::Database;

constexpr char kCaseColumns[]
    = "SELECT id, status, record_only, closed_reason, owner, next_action, due, acknowledged_at, "
      "acknowledged_by, deleted, deleted_reason, notes, exports, last_event_seq, updated_at, high_risk, "
      "envelope_seq, stored FROM cases ";
constexpr int kCaseColumnCount = 18;

QDateTime timeFrom(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate).toUTC();
}

CaseState caseFrom(const Database::Statement &row)
{
    CaseState c;
    c.id = row.text(0).toLatin1();
    c.status = caseStatusFromName(row.text(1)).value_or(CaseStatus::New);
    c.recordOnly = row.integer(2) != 0;
    c.closedReason = row.text(3);
    c.owner = row.text(4);
    c.nextAction = row.text(5);
    c.due = QDate::fromString(row.text(6), Qt::ISODate);
    c.acknowledgedAt = timeFrom(row.text(7));
    c.acknowledgedBy = row.text(8).toLatin1();
    c.deleted = row.integer(9) != 0;
    c.deletedReason = row.text(10);
    c.notes = int(row.integer(11));
    c.exports = int(row.integer(12));
    c.lastEventSeq = row.integer(13);
    c.updatedAt = timeFrom(row.text(14));
    c.highRisk = row.integer(15) != 0;
    c.envelopeSeq = row.integer(16);
    c.stored = row.text(17);
    return c;
}

template <typename T> Result<T> failed(Database &db)
{
    return Result<T>::failure(QStringLiteral("cannot read the desk store: %1").arg(db.lastError()));
}

int count(Database &db, const char *sql, bool *ok)
{
    Database::Statement statement(db, sql);
    const int n = statement.next() ? int(statement.integer(0)) : 0;
    *ok = *ok && statement.ok();
    return n;
}

} // namespace

Result<QList<CaseState>> CaseStore::selectCases(const char *sql)
{
    // Unread answers are this desk's own (not in the shared state): counted once, then filled in.
    QHash<QByteArray, int> unread;
    {
        Database::Statement counts(
            *m_db, "SELECT case_id, count(*) FROM answers WHERE read = 0 GROUP BY case_id;");
        while (counts.next())
            unread.insert(counts.text(0).toLatin1(), int(counts.integer(1)));
        if (!counts.ok())
            return failed<QList<CaseState>>(*m_db);
    }
    QList<CaseState> out;
    Database::Statement rows(*m_db, QByteArray(QByteArray(kCaseColumns) + sql).constData());
    while (rows.next()) {
        out.append(caseFrom(rows));
        out.last().unreadAnswers = unread.value(out.last().id);
    }
    if (!rows.ok())
        return failed<QList<CaseState>>(*m_db);
    return out;
}

Result<QList<Answer>> CaseStore::answers(const QByteArray &caseId)
{
    QList<Answer> out;
    Database::Statement rows(*m_db,
        "SELECT seq, id, kind, reply, helped, text, reported_at, read FROM answers WHERE case_id = ?1 ORDER "
        "BY "
        "seq;");
    rows.bind(1, QString::fromLatin1(caseId));
    while (rows.next())
        out.append({ rows.integer(0), rows.text(1).toLatin1(), rows.text(2), rows.text(3).toLatin1(),
            rows.text(4), rows.text(5), rows.text(6), rows.integer(7) != 0 });
    if (!rows.ok())
        return failed<QList<Answer>>(*m_db);
    return out;
}

Result<WayBackFigures> CaseStore::wayBackFigures()
{
    WayBackFigures f;
    Database::Statement counts(*m_db,
        "SELECT (SELECT COUNT(*) FROM case_mailboxes m JOIN cases c ON c.id = m.case_id WHERE c.deleted = "
        "0), "
        "(SELECT COUNT(DISTINCT e.case_id) FROM events e JOIN cases c ON c.id = e.case_id WHERE e.type = "
        "'reply_sent' AND c.deleted = 0), "
        "(SELECT COUNT(DISTINCT case_id) FROM answers), "
        "(SELECT COUNT(*) FROM answers WHERE kind = 'answer'), "
        "(SELECT COUNT(*) FROM answers WHERE kind = 'addition');");
    if (!counts.next())
        return failed<WayBackFigures>(*m_db);
    f.withCode = counts.integer(0);
    f.replied = counts.integer(1);
    f.cameBack = counts.integer(2);
    f.answers = counts.integer(3);
    f.additions = counts.integer(4);
    // Each reporter once: the latest answer of each case that said whether the response helped.
    Database::Statement helped(*m_db,
        "SELECT a.helped, COUNT(*) FROM answers a WHERE a.helped <> '' AND a.seq = (SELECT MAX(b.seq) FROM "
        "answers b WHERE b.case_id = a.case_id AND b.helped <> '') GROUP BY a.helped;");
    while (helped.next()) {
        const QString value = helped.text(0);
        qint64 *slot = value == QLatin1StringView("yes") ? &f.helpedYes
            : value == QLatin1StringView("partly")       ? &f.helpedPartly
            : value == QLatin1StringView("no")           ? &f.helpedNo
                                                         : nullptr;
        if (slot)
            *slot = helped.integer(1);
    }
    if (!helped.ok())
        return failed<WayBackFigures>(*m_db);
    return f;
}

Result<QList<SentReply>> CaseStore::sentReplies(const QByteArray &caseId)
{
    QList<SentReply> out;
    auto read = readCaseEvents(caseId, "reply_sent", "reply", [&out](qint64 seq, const CaseEvent &event) {
        out.append({ seq, event.at, event.deskKeyId(), crypto::toHex(event.replyId), event.text });
    });
    if (!read)
        return Result<QList<SentReply>>::failure(read);
    return out;
}

Result<QList<CaseState>> CaseStore::queue()
{
    // Open cases with a report: high risk first, then the earliest due next action (none last), then
    // the oldest. Report-declared urgency is trusted from every sender for now (issue 13: kiosks only?).
    return selectCases("WHERE deleted = 0 AND envelope_seq > 0 AND status <> 'closed' "
                       "ORDER BY high_risk DESC, due = '', due, envelope_seq;");
}

namespace {

// Every case whose report this desk holds, with its kiosk key (kk, X'' when unsigned) and origin.
// The case columns come first, in kCaseColumns' order, so caseFrom() reads them.
constexpr char kListingSql[]
    = "SELECT * FROM (SELECT *, CASE WHEN ifnull(length(kk), 0) = 0 THEN 'personal' "
      "WHEN EXISTS (SELECT 1 FROM kiosks k WHERE k.public_key = kk AND k.revoked = '') "
      "THEN 'registered-kiosk' ELSE 'unknown-kiosk' END AS origin FROM ("
      "SELECT id, status, record_only, closed_reason, owner, next_action, due, acknowledged_at, "
      "acknowledged_by, deleted, deleted_reason, notes, exports, last_event_seq, updated_at, high_risk, "
      "envelope_seq, stored, ifnull((SELECT kiosk_key FROM envelopes e WHERE e.id = cases.id), X'') AS kk "
      "FROM cases WHERE deleted = 0 AND envelope_seq > 0)) ";

ReportListing listingFrom(const Database::Statement &row)
{
    ReportListing listing;
    listing.state = caseFrom(row);
    listing.kioskKey = row.blob(kCaseColumnCount);
    listing.origin = originFromName(row.text(kCaseColumnCount + 1)).value_or(Origin::UnknownKiosk);
    return listing;
}

QString originFilter(std::optional<Origin> origin)
{
    return origin ? originName(*origin) : QString();
}

} // namespace

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::RegisteredKiosk:
        return QStringLiteral("registered-kiosk");
    case Origin::UnknownKiosk:
        return QStringLiteral("unknown-kiosk");
    case Origin::PersonalDevice:
        break;
    }
    return QStringLiteral("personal");
}

std::optional<Origin> originFromName(const QString &name)
{
    for (Origin origin : { Origin::RegisteredKiosk, Origin::UnknownKiosk, Origin::PersonalDevice }) {
        if (name == originName(origin))
            return origin;
    }
    return std::nullopt;
}

Result<QList<ReportListing>> CaseStore::reports(const ListingQuery &query)
{
    using R = Result<QList<ReportListing>>;
    if (query.limit < 1 || query.limit > kMaxListingLimit || query.offset < 0)
        return R::failure(
            QStringLiteral("a page is 1 to %1 reports from a position of 0 or more").arg(kMaxListingLimit),
            ErrorKind::Refused);
    QList<ReportListing> out;
    Database::Statement rows(*m_db,
        QByteArray(QByteArray(kListingSql)
            + "WHERE ?1 = '' OR origin = ?1 ORDER BY high_risk DESC, envelope_seq LIMIT ?2 OFFSET ?3;")
            .constData());
    rows.bind(1, originFilter(query.origin)).bind(2, qint64(query.limit)).bind(3, qint64(query.offset));
    while (rows.next())
        out.append(listingFrom(rows));
    if (!rows.ok())
        return failed<QList<ReportListing>>(*m_db);
    return out;
}

Result<int> CaseStore::reportCount(std::optional<Origin> origin)
{
    Database::Statement row(*m_db,
        QByteArray("SELECT count(*) FROM (" + QByteArray(kListingSql) + ") WHERE ?1 = '' OR origin = ?1;")
            .constData());
    row.bind(1, originFilter(origin));
    const int n = row.next() ? int(row.integer(0)) : 0;
    if (!row.ok())
        return failed<int>(*m_db);
    return n;
}

Result<std::optional<ReportListing>> CaseStore::listing(const QByteArray &caseId)
{
    using R = Result<std::optional<ReportListing>>;
    Database::Statement row(*m_db, QByteArray(QByteArray(kListingSql) + "WHERE id = ?1;").constData());
    row.bind(1, QString::fromLatin1(caseId));
    if (row.next())
        return std::optional<ReportListing>(listingFrom(row));
    if (!row.ok())
        return failed<std::optional<ReportListing>>(*m_db);
    return R(std::nullopt);
}

Result<QList<CaseState>> CaseStore::allCases()
{
    return selectCases("ORDER BY id;");
}

Result<std::optional<CaseState>> CaseStore::caseState(const QByteArray &caseId)
{
    using R = Result<std::optional<CaseState>>;
    Database::Statement row(*m_db, QByteArray(QByteArray(kCaseColumns) + "WHERE id = ?1;").constData());
    row.bind(1, QString::fromLatin1(caseId));
    if (row.next())
        return std::optional<CaseState>(caseFrom(row));
    if (!row.ok())
        return failed<std::optional<CaseState>>(*m_db);
    return R(std::nullopt);
}

Result<QByteArray> CaseStore::reportJson(const QByteArray &caseId)
{
    Database::Statement row(*m_db, "SELECT report FROM envelopes WHERE id = ?1;");
    row.bind(1, QString::fromLatin1(caseId));
    if (row.next())
        return row.blob(0);
    if (!row.ok())
        return failed<QByteArray>(*m_db);
    return QByteArray();
}

// Stored only after they were read strictly: reading them again cannot fail unless the file was damaged.
Result<void> CaseStore::readCaseEvents(const QByteArray &caseId, const char *type, const char *what,
    const std::function<void(qint64 seq, const CaseEvent &event)> &take)
{
    Database::Statement rows(
        *m_db, "SELECT seq, plaintext FROM events WHERE case_id = ?1 AND type = ?2 ORDER BY seq;");
    rows.bind(1, QString::fromLatin1(caseId));
    rows.bind(2, QString::fromLatin1(type));
    while (rows.next()) {
        QByteArray plaintext = rows.blob(1);
        if (plaintext.isEmpty())
            continue;
        auto event = readEvent(plaintext);
        crypto::wipe(plaintext);
        if (!event)
            return Result<void>::failure(QStringLiteral("%1 seq %2 in the desk store no longer reads: %3")
                                             .arg(QLatin1StringView(what))
                                             .arg(rows.integer(0))
                                             .arg(event.error()));
        take(rows.integer(0), event.value());
    }
    if (!rows.ok())
        return failed<void>(*m_db);
    return {};
}

Result<QList<CaseNote>> CaseStore::notes(const QByteArray &caseId)
{
    QList<CaseNote> out;
    auto read = readCaseEvents(caseId, "note", "note", [&out](qint64 seq, const CaseEvent &event) {
        out.append({ seq, event.at, event.deskKeyId(), event.text });
    });
    if (!read)
        return Result<QList<CaseNote>>::failure(read);
    return out;
}

Result<QList<HistoryEntry>> CaseStore::history(const QByteArray &caseId)
{
    QList<HistoryEntry> out;
    Database::Statement rows(
        *m_db, "SELECT seq, type, at, desk FROM events WHERE case_id = ?1 ORDER BY seq;");
    rows.bind(1, QString::fromLatin1(caseId));
    while (rows.next())
        out.append({ rows.integer(0), eventTypeFromName(rows.text(1)).value_or(EventType::Note),
            timeFrom(rows.text(2)), rows.text(3).toLatin1() });
    if (!rows.ok())
        return failed<QList<HistoryEntry>>(*m_db);
    return out;
}

Result<QList<LoggedEvent>> CaseStore::loggedEvents()
{
    QList<LoggedEvent> out;
    Database::Statement rows(*m_db,
        "SELECT seq, id, ifnull(case_id, ''), type, at, desk, hash, ifnull(plaintext, X'') FROM events ORDER "
        "BY seq;");
    while (rows.next())
        out.append({ rows.integer(0), rows.text(1).toLatin1(), rows.text(2).toLatin1(),
            eventTypeFromName(rows.text(3)).value_or(EventType::Note), timeFrom(rows.text(4)),
            rows.text(5).toLatin1(), rows.blob(6), rows.blob(7) });
    if (!rows.ok())
        return failed<QList<LoggedEvent>>(*m_db);
    return out;
}

Result<QList<Refusal>> CaseStore::refusedEvents()
{
    QList<Refusal> out;
    Database::Statement rows(*m_db, "SELECT seq, id, desk, reason FROM refused_events ORDER BY seq;");
    while (rows.next())
        out.append({ rows.integer(0), rows.text(1).toLatin1(), rows.text(2).toLatin1(), rows.text(3) });
    if (!rows.ok())
        return failed<QList<Refusal>>(*m_db);
    return out;
}

Result<QList<Refusal>> CaseStore::junkEnvelopes()
{
    QList<Refusal> out;
    Database::Statement rows(*m_db, "SELECT seq, id, reason FROM junk ORDER BY seq;");
    while (rows.next())
        out.append({ rows.integer(0), rows.text(1).toLatin1(), {}, rows.text(2) });
    if (!rows.ok())
        return failed<QList<Refusal>>(*m_db);
    return out;
}

Result<CaseStore::Counts> CaseStore::counts()
{
    Database &db = *m_db;
    bool ok = true;
    Counts c;
    c.envelopes = count(db, "SELECT count(*) FROM envelopes;", &ok);
    c.junk = count(db, "SELECT count(*) FROM junk;", &ok);
    c.events = count(db, "SELECT count(*) FROM events;", &ok);
    c.refusedEvents = count(db, "SELECT count(*) FROM refused_events;", &ok);
    c.pending = count(db, "SELECT count(*) FROM pending_events;", &ok);
    c.cases = count(db, "SELECT count(*) FROM cases;", &ok);
    c.queue = count(
        db, "SELECT count(*) FROM cases WHERE deleted = 0 AND envelope_seq > 0 AND status <> 'closed';", &ok);
    if (!ok)
        return failed<Counts>(db);
    return c;
}

Result<QByteArray> CaseStore::stateDigest()
{
    // Every column of every case, in id order, each field ended by 0x1f and each row by 0x1e.
    Database::Statement rows(*m_db, QByteArray(QByteArray(kCaseColumns) + "ORDER BY id;").constData());
    QByteArray all;
    while (rows.next()) {
        for (int column = 0; column < kCaseColumnCount; ++column)
            all += rows.text(column).toUtf8() + '\x1f';
        all += '\x1e';
    }
    if (!rows.ok())
        return failed<QByteArray>(*m_db);
    QByteArray digest = crypto::toHex(crypto::blake2b(all, 32));
    crypto::wipe(all);
    return digest;
}

} // namespace harbour::desk
