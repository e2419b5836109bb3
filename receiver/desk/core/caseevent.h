// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "protocol/envelope.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Case events (docs/protocol.md §18.4): every change a desk makes to a case is one small canonical
// JSON object, signed with the desk's Ed25519 key (the signature inside it) and sealed to the
// organisation's X25519 key, so the intake stores bytes it cannot read or forge. This file is the
// one reader and writer of that format; it knows nothing of the store or the network.
namespace harbour::desk {

inline constexpr int kEventVersion = 1;
inline constexpr qsizetype kEventIdBytes = 16; // also the §18.3 append id
inline constexpr qsizetype kEventHashBytes = 32; // BLAKE2b-256 of the event's plaintext
inline constexpr qsizetype kMembershipBytes = 32;
// Padded like a report (§5), to buckets of 512 bytes to 32 KiB, so an event's length says little.
inline constexpr qsizetype kMinEventBucket = 512;
inline constexpr qsizetype kMaxEventBucket = 32 * 1024;

enum class EventType {
    Acknowledged,
    Status,
    Owner,
    Note,
    NextAction,
    Export,
    Deleted,
    KeyRotated,
    ReplySent
};
enum class CaseStatus { New, Acknowledged, InProgress, Referred, Closed };

QString eventTypeName(EventType type); // "acknowledged", "next_action", ...
std::optional<EventType> eventTypeFromName(const QString &name);
QString caseStatusName(CaseStatus status); // "new", "in_progress", ...
std::optional<CaseStatus> caseStatusFromName(const QString &name);

// Text limits, in UTF-8 bytes so that every implementation counts the same.
inline constexpr qsizetype kMaxNoteBytes = 24000;
inline constexpr qsizetype kMaxTextBytes = 2000; // next action, reasons
inline constexpr qsizetype kMaxNameBytes = 200; // owner, export purpose
inline constexpr qsizetype kMaxReplyBytes = 8000; // reply_sent: a reply's text (§19.4)

struct CaseEvent
{
    QByteArray id; // 16 bytes
    QByteArray caseId; // 16 bytes: the envelope id; empty for key_rotated, which is about no case
    EventType type = EventType::Note;
    QDateTime at; // UTC, whole seconds
    QByteArray deskPublicKey; // Ed25519, 32 bytes
    QByteArray membership; // membershipProof(organisation secret key, deskPublicKey)
    QByteArray prev; // 32 bytes: the hash of the last event this desk had applied, zeros for none

    // The type's own members; the others stay empty.
    CaseStatus status = CaseStatus::New; // status
    bool recordOnly = false; // status
    QString reason; // status "closed" (required there, absent otherwise), deleted
    QString owner; // owner ("" hands the case back to nobody)
    QString text; // note, next_action
    QDate due; // next_action
    QString purpose; // export
    QByteArray keyId; // key_rotated: the organisation's new recipient key id, 32 hex characters
    QByteArray replyId; // reply_sent: the reply's id (16 bytes, docs/protocol.md §19.4); its text is `text`

    QByteArray signature; // 64 bytes, over kSignaturePrefix ‖ the canonical JSON without "sig"

    QByteArray deskKeyId() const; // hex, as §18.1
};

// What a desk of an organisation can prove about itself: a keyed BLAKE2b-256 of its public key under
// the organisation's secret X25519 key. Only holders of that key (the organisation's desks) can make
// one, and the intake, which never holds it, cannot: this is the organisation's list of desks.
QByteArray membershipProof(const QByteArray &organisationSecretKey, const QByteArray &deskPublicKey);

// The event's canonical JSON, signed with the desk's secret key (64 bytes): the plaintext to seal.
// Fails when a member breaks the format's rules (the reason names it, never its content).
Result<QByteArray> signEvent(CaseEvent &event, const QByteArray &deskSecretKey);

// Pads and seals a signed plaintext to the organisation's public key.
Result<QByteArray> sealEvent(const QByteArray &plaintext, const QByteArray &organisationPublicKey);

// The hash that a later event's "prev" names.
QByteArray eventHash(const QByteArray &plaintext);

struct OpenedEvent
{
    CaseEvent event;
    QByteArray plaintext;
    QByteArray hash;
    QByteArray organisationKeyId; // the key that opened it
};

// Opens sealed bytes with the organisation's key pairs and reads them strictly: refused
// (ErrorKind::Refused) with a reason naming the first rule broken, in the order of §18.4. Reasons
// never contain what the event says.
Result<OpenedEvent> openEvent(const QByteArray &sealed, const QList<protocol::KeyPair> &organisationKeys);

// Reads a plaintext without opening or checking membership: the format rules and the signature.
Result<CaseEvent> readEvent(const QByteArray &plaintext);

} // namespace harbour::desk
