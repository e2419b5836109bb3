// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "caseevent.h"
#include "listing.h"
#include "protocol/envelope.h"
#include "storekey.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace harbour::store {
class Database;
}

// The desk's own store: one SQLCipher file (desk.db) whose random key is wrapped under the
// caseworker's passphrase in desk.key beside it (storekey.h). It holds the desk's signing key, the
// organisation's key pairs, every envelope fetched and its opened report, the case log as applied,
// what was refused, the case state derived from them, and the sync cursors. Each page the intake
// lists is applied in one transaction with its cursor, so a desk killed at any point has either
// the whole page or none of it (docs/desk.md "Exactly once").
namespace harbour::desk {

struct CaseState
{
    QByteArray id; // hex envelope id
    CaseStatus status = CaseStatus::New;
    bool recordOnly = false;
    QString closedReason;
    QString owner;
    QString nextAction;
    QDate due;
    QDateTime acknowledgedAt;
    QByteArray acknowledgedBy; // desk key id
    bool deleted = false;
    QString deletedReason;
    int notes = 0;
    int exports = 0;
    qint64 lastEventSeq = 0;
    QDateTime updatedAt;
    // From the envelope and its report.
    bool highRisk = false; // the report says urgent or triage high (issue 13: trust only kiosks?)
    qint64 envelopeSeq = 0; // 0: no envelope (yet, or it was junk)
    QString stored; // the hour the intake stored it
    // The reporter's answers and additions (docs/protocol.md §19.5) this desk has not marked read.
    int unreadAnswers = 0;
};

// An answer or addition from the reporter, filed with its case.
// The way back in figures (the organisation's measure of confidence and satisfaction): cases whose
// reporter took a follow-up code, how many came back (answered or added at least once), and each
// returning reporter's latest answer to "Did the response help?". Counts only: no text, no case.
struct WayBackFigures
{
    qint64 withCode = 0;
    qint64 replied = 0; // cases with at least one reply sent
    qint64 cameBack = 0;
    qint64 answers = 0;
    qint64 additions = 0;
    qint64 helpedYes = 0;
    qint64 helpedPartly = 0;
    qint64 helpedNo = 0;
};

struct Answer
{
    qint64 seq = 0; // the envelope's seq
    QByteArray id; // hex envelope id
    QString kind; // "answer" or "addition"
    QByteArray replyId; // hex, for an answer
    QString helped; // "", "yes", "partly", "no"
    QString text;
    QString reportedAt;
    bool read = false;
};

// A reply this organisation sent, from the case log (reply_sent).
struct SentReply
{
    qint64 seq = 0;
    QDateTime at;
    QByteArray desk;
    QByteArray replyId; // hex
    QString text;
};

struct CaseNote
{
    qint64 seq = 0;
    QDateTime at;
    QByteArray desk;
    QString text;
};

// One applied event, without what it says: the audit trail of a case.
struct HistoryEntry
{
    qint64 seq = 0;
    EventType type = EventType::Note;
    QDateTime at;
    QByteArray desk;
};

// One event of the case log as this desk applied it, for the audit (audit.h): its plaintext is
// empty once its case was deleted (the hash stays, so later events still chain to it).
struct LoggedEvent
{
    qint64 seq = 0;
    QByteArray id; // hex
    QByteArray caseId; // hex, empty for key_rotated
    EventType type = EventType::Note;
    QDateTime at;
    QByteArray desk; // the desk's key id, hex
    QByteArray hash;
    QByteArray plaintext;
};

// Something the desk received and refused: an envelope that does not open or an event that breaks
// a rule. Kept apart with its reason, never applied or shown in the queue.
struct Refusal
{
    qint64 seq = 0;
    QByteArray id; // hex, as listed (may be empty for an envelope that does not read)
    QByteArray desk; // events: the desk the intake says appended it
    QString reason;
};

// Where a report came from, as far as its desk can tell: signed by a kiosk the organisation
// registered here (and has not revoked), signed by a kiosk key nobody registered (or one since
// revoked), or unsigned, from a personal device. What a report says of itself (urgent, triage)
// anyone can write; its origin a sender cannot fake without a registered kiosk's key.
enum class Origin { RegisteredKiosk, UnknownKiosk, PersonalDevice };
QString originName(Origin origin); // "registered-kiosk", "unknown-kiosk", "personal"
std::optional<Origin> originFromName(const QString &name);

struct Kiosk
{
    QByteArray publicKey; // Ed25519, 32 bytes
    QString name;
    QDateTime added;
    QDateTime revoked; // invalid while in use
    bool isRevoked() const { return revoked.isValid(); }
};

// One opened report in a listing: its case, where it came from, and its kiosk key (empty: personal).
struct ReportListing
{
    CaseState state;
    Origin origin = Origin::PersonalDevice;
    QByteArray kioskKey;
};

struct ListingQuery
{
    std::optional<Origin> origin; // every origin when unset
    int offset = 0;
    int limit = 100; // 1 to kMaxListingLimit
};
inline constexpr int kMaxListingLimit = 1000;

struct PageFigures
{
    int accepted = 0;
    int refused = 0;
    int deletions = 0; // "deleted" events applied (the store was compacted after the page)
};

// One applied event of a case, named to the intake when the case is deleted there (§18.5).
struct CaseEventHash
{
    QByteArray idHex;
    QByteArray hash; // 32 bytes
};

// A closed case and when it was closed (its last status event's time), for retention.
struct ClosedCase
{
    QByteArray id;
    QDateTime closedAt;
};

class CaseStore
{
public:
    static constexpr char kDatabaseName[] = "desk.db";
    static constexpr char kKeyFileName[] = "desk.key";

    struct Setup
    {
        QString dataDir;
        QByteArray passphrase;
        KdfLimits limits = KdfLimits::moderate();
        protocol::KeyPair organisationKey; // X25519, unlocked from the organisation's key file
        QUrl intake; // the intake's base URL
    };
    // Makes the folder, the key file, the store and the desk's Ed25519 key. Refuses a folder that
    // already holds a desk.
    static Result<std::unique_ptr<CaseStore>> create(const Setup &setup);
    // Unlocks an existing desk; a wrong passphrase is ErrorKind::Refused.
    static Result<std::unique_ptr<CaseStore>> open(const QString &dataDir, const QByteArray &passphrase);
    ~CaseStore();

    QByteArray deskSecretKey() const { return m_deskSecretKey; }
    QByteArray deskPublicKey() const;
    QByteArray deskKeyId() const;
    QUrl intake() const { return m_intake; }
    QList<protocol::KeyPair> organisationKeys() const { return m_organisationKeys; }
    // The key new events are sealed to and the membership proof is made with: the one the last
    // key_rotated event in the log names, when this desk holds it; else the first key it was given.
    // A key added here opens reports and events at once but is used for new events only after the
    // rotation is recorded, so desks that have not added it yet keep reading everything.
    const protocol::KeyPair &currentOrganisationKey() const;
    // The recipient key id (hex) the log names as current, empty before any rotation.
    QByteArray rotatedKeyId() const { return m_currentKeyId; }
    Result<void> addOrganisationKey(const protocol::KeyPair &key);
    Result<void> changePassphrase(const QByteArray &passphrase, KdfLimits limits = KdfLimits::moderate());

    qint64 envelopeCursor();
    qint64 eventCursor();
    // One page in one transaction, its cursor with it (caselog.cpp).
    Result<PageFigures> applyEnvelopes(const EnvelopePage &page);
    Result<PageFigures> applyEvents(const EventPage &page);

    // Events made here and not yet seen in the log: kept before they are sent, so a desk stopped
    // before the intake answered sends them again (the intake takes the same id and bytes once).
    struct Pending
    {
        QByteArray id; // hex
        QByteArray sealed;
    };
    Result<void> addPending(const Pending &pending);
    Result<QList<Pending>> pending();
    // The hash a new event's "prev" names: the last event applied, or zeros.
    Result<QByteArray> lastAppliedHash();

    // For the UI and the command line.
    Result<QList<CaseState>> queue(); // open cases, high risk first, then by due date, then oldest
    Result<QList<CaseState>> allCases();
    Result<std::optional<CaseState>> caseState(const QByteArray &caseId);
    // The opened report, empty when there is none (not fetched, junk, or deleted).
    Result<QByteArray> reportJson(const QByteArray &caseId);
    Result<QList<CaseNote>> notes(const QByteArray &caseId);
    // The way back (docs/protocol.md §19).
    Result<QList<Answer>> answers(const QByteArray &caseId);
    // Over the cases this desk holds that are not deleted.
    Result<WayBackFigures> wayBackFigures();
    Result<QList<SentReply>> sentReplies(const QByteArray &caseId);
    Result<void> markAnswersRead(const QByteArray &caseId);
    Result<QList<HistoryEntry>> history(const QByteArray &caseId);
    Result<QList<Refusal>> refusedEvents();
    // The whole case log as applied, in seq order (audit.h reads and checks it).
    Result<QList<LoggedEvent>> loggedEvents();
    Result<QList<Refusal>> junkEnvelopes();
    // Every case whose report this desk holds (deleted ones not), the desk's queue order (high risk
    // first, then oldest), one page at a time: nothing but the page is read into memory.
    Result<QList<ReportListing>> reports(const ListingQuery &query);
    Result<int> reportCount(std::optional<Origin> origin);
    Result<std::optional<ReportListing>> listing(const QByteArray &caseId);

    // The kiosk registry (kiosks.cpp). A name is 1 to kMaxNameBytes of UTF-8 without control
    // characters; a key already registered and in use is refused, a revoked one can be registered again.
    Result<void> registerKiosk(const QByteArray &publicKey, const QString &name);
    Result<void> revokeKiosk(const QByteArray &publicKey);
    Result<void> renameKiosk(const QByteArray &publicKey, const QString &name);
    Result<QList<Kiosk>> kiosks();
    // The kiosk key that signed inside a case's envelope (checked when it was opened), empty when a
    // personal device sent it or the case has no envelope.
    Result<QByteArray> kioskKey(const QByteArray &caseId);
    struct Counts
    {
        int envelopes = 0; // opened
        int junk = 0;
        int events = 0;
        int refusedEvents = 0;
        int pending = 0;
        int cases = 0;
        int queue = 0;
    };
    Result<Counts> counts();
    // BLAKE2b-256 of the derived case state, hex: equal on every desk that applied the same log.
    Result<QByteArray> stateDigest();

    // Deletion and retention (docs/desk.md "Retention", caselog.cpp).
    // Deleted cases the intake has not yet confirmed deleting.
    Result<QList<QByteArray>> casesToPurge();
    // The case's applied events but its deletion(s): what the intake is asked to erase.
    Result<QList<CaseEventHash>> purgeableEvents(const QByteArray &caseId);
    Result<void> markPurged(const QByteArray &caseId);
    // Closed cases not deleted, oldest closing first.
    Result<QList<ClosedCase>> closedCases();
    // The write-ahead log folded in and emptied, the file rebuilt (VACUUM): after a deletion, nothing
    // of the deleted case is left in free pages or the log (secure_delete is on as well).
    Result<void> compact();
    // Derives the case state again from the stored envelopes and events (in seq order) in place of
    // the one kept up to date page by page; the two must agree.
    Result<void> rebuildCases();
    QString integrityCheck();

private:
    explicit CaseStore(std::shared_ptr<store::Database> db);
    Result<void> load();
    void loadCurrentKeyId();
    Result<QList<CaseState>> selectCases(const char *sql);
    // Each stored event of one type of a case, oldest first (`what` names it in an error).
    Result<void> readCaseEvents(const QByteArray &caseId, const char *type, const char *what,
        const std::function<void(qint64 seq, const CaseEvent &event)> &take);
    std::shared_ptr<store::Database> m_db;
    QString m_keyFilePath;
    QByteArray m_storeKey; // kept while open, so the passphrase can change without rewriting the store
    QByteArray m_deskSecretKey;
    QList<protocol::KeyPair> m_organisationKeys;
    QByteArray m_currentKeyId;
    QUrl m_intake;
};

} // namespace harbour::desk
