// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The anonymous follow-up mailbox (docs/protocol.md §13 and §19): a code the reporter writes down,
// the keys derived from it, the replies an organisation seals to it, and the reporter's answers and
// additions, sealed to the organisation like a report. The code, the keys and every reply are
// report content: nothing here logs them, and no error message quotes them.
namespace harbour::protocol::mailbox {

inline constexpr int kCodeSymbols = 20; // 100 bits
inline constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
inline constexpr qsizetype kSeedBytes = 32;
inline constexpr qsizetype kReplyIdBytes = 16;
// Argon2id MODERATE (libsodium's crypto_pwhash_*_MODERATE): 3 passes over 256 MiB.
inline constexpr unsigned long long kOpsLimit = 3;
inline constexpr size_t kMemLimitBytes = 268435456;
// Replies pad like reports (§5), to buckets of 1 KiB to 32 KiB; their text is at most 8000 bytes.
inline constexpr qsizetype kMinReplyBucket = 1024;
inline constexpr qsizetype kMaxReplyBucket = 32 * 1024;
inline constexpr qsizetype kMaxReplyTextBytes = 8000;
// An answer or addition's text (it travels as a report, §19.5).
inline constexpr qsizetype kMaxFollowUpTextBytes = 24000;
// A fetch answer pads to a power of two from 4 KiB (§19.3).
inline constexpr qsizetype kMinAnswerBucket = 4096;

// A new code: 20 symbols from the alphabet, uniformly at random (the normalised form).
QByteArray generateCode();
// "K82Q-V992-78T6-CAJ1-0HKB": five groups of four, for showing and writing down.
QString displayCode(const QByteArray &normalised);
// Forgiving of spaces, hyphens, case and O/0, I/L/1; a refusal says what is wrong (how many
// symbols, or at which position an impossible one stands), never the code.
Result<QByteArray> normaliseCode(const QString &typed);

// The salt of §13: the first 16 bytes of BLAKE2b-256("harbour-mailbox-v1").
QByteArray salt();
// The one Argon2id derivation (slow on purpose: about 1 s and 256 MiB). Fails only when memory
// cannot be had. Tests pass smaller limits to derive quickly; the protocol fixes the defaults.
Result<QByteArray> deriveSeed(const QByteArray &normalisedCode, unsigned long long opsLimit = kOpsLimit,
    size_t memLimitBytes = kMemLimitBytes);

struct Keys
{
    QByteArray boxPublicKey; // X25519: replies are sealed to it
    QByteArray boxSecretKey;
    QByteArray signingPublicKey; // Ed25519: signs fetch and delete requests, answers and additions
    QByteArray signingSecretKey; // 64 bytes, seed ‖ public key
    QByteArray id; // hex of BLAKE2b-128(signing public key): what the intake files replies under
    void wipe();
};
// The subkeys of §19.1, each a keyed BLAKE2b-256 of a label under the seed.
Keys keysFromSeed(const QByteArray &seed);
QByteArray mailboxId(const QByteArray &signingPublicKey);

// The report member "followup" (§19.2): what an organisation needs to reply and to recognise the
// reporter's answers, and nothing that opens a reply.
struct FollowUp
{
    QByteArray mailboxId; // 32 hex characters
    QByteArray boxPublicKey;
    QByteArray signingPublicKey;
    QJsonObject toJson() const;
    static Result<FollowUp> fromJson(const QJsonValue &value);
    static FollowUp of(const Keys &keys);
};

// A reply from the organisation (§19.4), as sealed to the mailbox's box key.
struct Reply
{
    QByteArray id; // 16 bytes; also the id the intake files it under
    QByteArray caseId; // 16 bytes: the envelope id of the report at that organisation
    QString organisation; // the organisation's id in the directory (§17.2)
    QDateTime at; // UTC, whole seconds
    QString text;
};
Result<QByteArray> replyPlaintext(const Reply &reply);
Result<QByteArray> sealReply(const Reply &reply, const QByteArray &boxPublicKey);
// Opens and reads strictly (§19.4); ErrorKind::Refused with a reason that never quotes the text.
Result<Reply> openReply(const QByteArray &sealed, const Keys &keys);
Result<Reply> readReply(const QByteArray &plaintext);

// A sealed reply as the intake lists it.
struct StoredReply
{
    QByteArray id; // 16 bytes
    QByteArray sealed;
};
// The fetch and delete answer (§19.3): {"replies":[…],"v":1} padded with spaces to a bucket.
QByteArray answerBody(const QList<StoredReply> &replies);
Result<QList<StoredReply>> readAnswer(const QByteArray &body);
qsizetype answerBucket(qsizetype length);

// The reporter's answer to a reply, or an addition to the report (§19.5): the plaintext of an
// ordinary envelope (§8), sealed to the organisation, signed with the mailbox signing key.
inline constexpr char kFollowUpFormat[] = "harbour-followup";
enum class Kind { Answer, Addition };
enum class Helped { Unsaid, Yes, Partly, No };
QString helpedName(Helped helped); // "", "yes", "partly", "no"
struct FollowUpReport
{
    Kind kind = Kind::Answer;
    FollowUp followup;
    QByteArray caseId; // 16 bytes, or empty when not known (an addition from a new device)
    QByteArray replyId; // 16 bytes for an answer, empty for an addition
    QString text; // may be empty only when `helped` is said
    Helped helped = Helped::Unsaid;
    QString language;
    QString appVersion;
    QDateTime reportedAt; // rounded down to the hour
};
// Canonical JSON with "sig" (§19.5).
Result<QByteArray> writeFollowUp(const FollowUpReport &report, const Keys &keys);
// Reads strictly and checks the signature against followup.signing_key (and the mailbox id).
Result<FollowUpReport> readFollowUp(const QByteArray &json);
// True when the report JSON names the follow-up format (cheap; readFollowUp judges the rest).
bool isFollowUp(const QByteArray &json);

} // namespace harbour::protocol::mailbox
