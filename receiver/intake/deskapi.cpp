// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskapi.h"

#include "base/strictinput.h"
#include "crypto/sodium.h"
#include "protocol/desksignature.h"
#include "protocol/envelope.h"
#include "protocol/mailbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace harbour::receiver {
namespace {

namespace desk = protocol::desk;

constexpr char kListEnvelopes[] = "/v1/desk/envelopes/list";
constexpr char kFetchEnvelope[] = "/v1/desk/envelopes/fetch";
constexpr char kAppendEvent[] = "/v1/desk/events/append";
constexpr char kListEvents[] = "/v1/desk/events/list";
constexpr char kPostReply[] = "/v1/desk/replies/post";
constexpr char kWithdrawReply[] = "/v1/desk/replies/withdraw";
constexpr char kDeleteEnvelope[] = "/v1/desk/envelopes/delete";

DeskApi::Answer refusal(unsigned status, const QString &reason)
{
    return { status,
        QJsonDocument(QJsonObject { { QStringLiteral("error"), reason } }).toJson(QJsonDocument::Compact) };
}

DeskApi::Answer unauthorised(const QString &reason)
{
    return refusal(401, reason);
}

// The body as a JSON object with exactly `members`, or a refusal naming what is wrong.
std::optional<QJsonObject> strictObject(
    const QByteArray &body, const QStringList &members, DeskApi::Answer *error)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = refusal(400, QStringLiteral("the request body is not a JSON object"));
        return std::nullopt;
    }
    if (const auto repeated = strict::firstRepeatedMember(body)) {
        *error = refusal(400, QStringLiteral("the member \"%1\" appears twice").arg(*repeated));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (const auto unknown = strict::firstUnknownMember(object, members)) {
        *error = refusal(400, QStringLiteral("unknown member \"%1\"").arg(*unknown));
        return std::nullopt;
    }
    for (const QString &member : members) {
        if (!object.contains(member)) {
            *error = refusal(400, QStringLiteral("the member \"%1\" is missing").arg(member));
            return std::nullopt;
        }
    }
    return object;
}

// {"after": N, "limit": M}: where a page starts and how long it may be.
bool readPage(const QByteArray &body, qint64 *after, int *limit, DeskApi::Answer *error)
{
    const auto object = strictObject(body, { QStringLiteral("after"), QStringLiteral("limit") }, error);
    if (!object)
        return false;
    const auto a = strict::wholeNumber(object->value(QStringLiteral("after")), 0, qint64(1) << 53);
    const auto l = strict::wholeNumber(object->value(QStringLiteral("limit")), 1, DeskApi::kMaxPage);
    if (!a || !l) {
        *error = refusal(400,
            QStringLiteral("\"after\" must be a whole number from 0 and \"limit\" one from 1 to %1")
                .arg(DeskApi::kMaxPage));
        return false;
    }
    *after = *a;
    *limit = int(*l);
    return true;
}

} // namespace

DeskApi::DeskApi(DeskStore &store, std::function<qint64()> clock)
    : m_store(store)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentSecsSinceEpoch(); })
{
}

bool DeskApi::knownPath(const QByteArray &path)
{
    return path == kListEnvelopes || path == kFetchEnvelope || path == kAppendEvent || path == kListEvents
        || path == kPostReply || path == kWithdrawReply || path == kDeleteEnvelope;
}

std::optional<DeskStore::Desk> DeskApi::signer(const SignedRequest &request, Answer *refused)
{
    if (request.signatureInput.isEmpty() || request.signature.isEmpty()) {
        *refused = unauthorised(QStringLiteral(
            "desk requests must be signed: Signature-Input and Signature headers (docs/protocol.md 18.2)"));
        return std::nullopt;
    }
    const auto params = desk::parseSignatureInput(request.signatureInput);
    if (!params || !desk::parseSignature(request.signature)) {
        *refused = unauthorised(QStringLiteral(
            "the signature headers do not have the one accepted form (docs/protocol.md 18.2)"));
        return std::nullopt;
    }
    const qint64 now = m_clock();
    if (params->created < now - desk::kClockSkewSeconds || params->created > now + desk::kClockSkewSeconds) {
        *refused
            = unauthorised(QStringLiteral("the signature's time is more than %1 seconds from the intake's "
                                          "clock; check the desk's clock")
                               .arg(desk::kClockSkewSeconds));
        return std::nullopt;
    }
    const auto found = m_store.findDesk(params->keyId);
    if (!found) {
        *refused = refusal(503, QStringLiteral("the intake cannot read its desk list now; try again later"));
        return std::nullopt;
    }
    if (!found->has_value()) {
        *refused = unauthorised(QStringLiteral("no desk with this key is registered at this intake"));
        return std::nullopt;
    }
    if (found->value().revoked) {
        *refused
            = unauthorised(QStringLiteral("this desk key was revoked; ask the organisation's administrator"));
        return std::nullopt;
    }
    return found->value();
}

std::optional<DeskApi::Answer> DeskApi::admit(const SignedRequest &request)
{
    Answer refused;
    if (!signer(request, &refused))
        return refused;
    return std::nullopt;
}

DeskApi::Answer DeskApi::handle(const SignedRequest &request, const QByteArray &body)
{
    Answer refused;
    const auto desk = signer(request, &refused);
    if (!desk)
        return refused;
    if (request.contentDigest != desk::contentDigest(body))
        return unauthorised(QStringLiteral("the Content-Digest header does not match the body"));
    const auto params = desk::parseSignatureInput(request.signatureInput);
    const QByteArray base = desk::signatureBase("POST", request.path, request.contentDigest, *params);
    if (!desk::verifySignature(base, *desk::parseSignature(request.signature), desk->publicKey))
        return unauthorised(QStringLiteral("the signature does not verify with this desk's key"));
    // Checked last, so only a request with a valid signature uses up its nonce.
    const auto fresh = m_store.useNonce(
        params->keyId, params->nonce, params->created, m_clock() - 2 * desk::kClockSkewSeconds);
    if (!fresh)
        return refusal(503, QStringLiteral("the intake cannot record the request now; try again later"));
    if (!fresh.value())
        return unauthorised(QStringLiteral("this request was already received (its nonce was used)"));

    if (request.path == kListEnvelopes)
        return listEnvelopes(*desk, body);
    if (request.path == kAppendEvent)
        return appendEvent(*desk, body);
    if (request.path == kListEvents)
        return listEvents(*desk, body);
    if (request.path == kPostReply)
        return postReply(*desk, body);
    if (request.path == kWithdrawReply)
        return withdrawReply(*desk, body);
    if (request.path == kDeleteEnvelope)
        return deleteCase(*desk, body);
    // kFetchEnvelope: one envelope of this organisation by id; another's, or none, look the same.
    Answer error;
    const auto object = strictObject(body, { QStringLiteral("id") }, &error);
    if (!object)
        return error;
    const QByteArray id = crypto::fromHexStrict(
        object->value(QStringLiteral("id")).toString().toLatin1(), protocol::kEnvelopeIdBytes);
    if (id.isEmpty())
        return refusal(400, QStringLiteral("\"id\" must be an envelope id (32 lower-case hex characters)"));
    const auto envelope = m_store.envelopeFor(desk->organisation, id);
    if (!envelope)
        return refusal(503, QStringLiteral("the intake cannot read its store now; try again later"));
    if (!envelope->has_value())
        return refusal(404, QStringLiteral("no envelope with this id for this organisation"));
    return { 200, envelope->value() };
}

DeskApi::Answer DeskApi::listEnvelopes(const DeskStore::Desk &desk, const QByteArray &body)
{
    Answer error;
    qint64 after = 0;
    int limit = 0;
    if (!readPage(body, &after, &limit, &error))
        return error;
    // Asking after `after` says the desk holds everything to it; envelopes every desk of the
    // organisation holds may then go, as the organisation chose (§18.6).
    if (auto noted = m_store.noteListed(desk.keyId, true, after); !noted)
        return refusal(503, QStringLiteral("the intake cannot record the request now; try again later"));
    if (auto pruned
        = m_store.pruneEnvelopes(desk.organisation, QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC));
        pruned && pruned.value() > 0)
        m_store.compact(false);
    bool more = false;
    const auto rows = m_store.envelopesFor(desk.organisation, after, limit, kMaxPageBytes, &more);
    if (!rows)
        return refusal(503, QStringLiteral("the intake cannot read its store now; try again later"));
    // Each envelope exactly as stored (its canonical wire form), so the desk reads the bytes the app sent.
    QByteArray out = "{\"envelopes\":[";
    for (const DeskStore::EnvelopeRow &row : rows.value()) {
        if (!out.endsWith('['))
            out += ',';
        out += "{\"envelope\":" + row.envelopeJson + ",\"seq\":" + QByteArray::number(row.seq)
            + ",\"stored\":\"" + row.stored.toLatin1() + "\"}";
    }
    out += "],\"more\":" + QByteArray(more ? "true" : "false") + '}';
    return { 200, out };
}

DeskApi::Answer DeskApi::appendEvent(const DeskStore::Desk &desk, const QByteArray &body)
{
    Answer error;
    const auto object = strictObject(body, { QStringLiteral("id"), QStringLiteral("sealed") }, &error);
    if (!object)
        return error;
    const QByteArray id = crypto::fromHexStrict(
        object->value(QStringLiteral("id")).toString().toLatin1(), protocol::kEnvelopeIdBytes);
    if (id.isEmpty())
        return refusal(400, QStringLiteral("\"id\" must be an event id (32 lower-case hex characters)"));
    const auto sealed = strict::decodeCanonicalBase64(object->value(QStringLiteral("sealed")).toString());
    if (!sealed || sealed->size() <= protocol::kSealOverheadBytes || sealed->size() > kMaxSealedEventBytes)
        return refusal(400,
            QStringLiteral("\"sealed\" must be canonical base64 of a sealed event (%1 to %2 bytes)")
                .arg(protocol::kSealOverheadBytes + 1)
                .arg(kMaxSealedEventBytes));
    const auto appended
        = m_store.appendEvent(id, desk.organisation, desk.keyId, *sealed, QDateTime::currentDateTimeUtc());
    if (!appended)
        return refusal(503, QStringLiteral("the intake cannot store the event now; try again later"));
    if (appended->outcome == DeskStore::AppendOutcome::Conflict)
        return refusal(409, QStringLiteral("another event already has this id"));
    const unsigned status = appended->outcome == DeskStore::AppendOutcome::Appended ? 201 : 200;
    return { status, "{\"seq\":" + QByteArray::number(appended->seq) + '}' };
}

DeskApi::Answer DeskApi::listEvents(const DeskStore::Desk &desk, const QByteArray &body)
{
    Answer error;
    qint64 after = 0;
    int limit = 0;
    if (!readPage(body, &after, &limit, &error))
        return error;
    if (auto noted = m_store.noteListed(desk.keyId, false, after); !noted)
        return refusal(503, QStringLiteral("the intake cannot record the request now; try again later"));
    bool more = false;
    const auto rows = m_store.eventsFor(desk.organisation, after, limit, &more);
    if (!rows)
        return refusal(503, QStringLiteral("the intake cannot read its store now; try again later"));
    QJsonArray events;
    for (const DeskStore::EventRow &row : rows.value()) {
        QJsonObject event { { QStringLiteral("desk"), QString::fromLatin1(row.deskKeyId) },
            { QStringLiteral("id"), QString::fromLatin1(crypto::toHex(row.id)) },
            { QStringLiteral("seq"), row.seq } };
        // An erased event (§18.5): in place of its sealed bytes, the hash the deleting desk named.
        if (row.erasedHash.isEmpty())
            event.insert(QStringLiteral("sealed"), QString::fromLatin1(row.sealed.toBase64()));
        else
            event.insert(QStringLiteral("erased"), QString::fromLatin1(crypto::toHex(row.erasedHash)));
        events.append(event);
    }
    return { 200,
        QJsonDocument(QJsonObject { { QStringLiteral("events"), events }, { QStringLiteral("more"), more } })
            .toJson(QJsonDocument::Compact) };
}

// §19.4: a reply sealed to a reporter's mailbox, filed under the mailbox id. The intake cannot open it
// and does not know which report the mailbox belongs to.
DeskApi::Answer DeskApi::postReply(const DeskStore::Desk &desk, const QByteArray &body)
{
    namespace mailbox = protocol::mailbox;
    Answer error;
    const auto object = strictObject(
        body, { QStringLiteral("id"), QStringLiteral("mailbox"), QStringLiteral("sealed") }, &error);
    if (!object)
        return error;
    const QByteArray id = crypto::fromHexStrict(
        object->value(QStringLiteral("id")).toString().toLatin1(), mailbox::kReplyIdBytes);
    if (id.isEmpty())
        return refusal(400, QStringLiteral("\"id\" must be a reply id (32 lower-case hex characters)"));
    const QByteArray mailboxId = object->value(QStringLiteral("mailbox")).toString().toLatin1();
    if (crypto::fromHexStrict(mailboxId, protocol::kKeyIdBytes).isEmpty())
        return refusal(
            400, QStringLiteral("\"mailbox\" must be a mailbox id (32 lower-case hex characters)"));
    const auto sealed = strict::decodeCanonicalBase64(object->value(QStringLiteral("sealed")).toString());
    const qsizetype bucket = sealed ? sealed->size() - protocol::kSealOverheadBytes : 0;
    if (!sealed || bucket < mailbox::kMinReplyBucket || bucket > mailbox::kMaxReplyBucket
        || (bucket & (bucket - 1)) != 0)
        return refusal(400,
            QStringLiteral(
                "\"sealed\" must be canonical base64 of a sealed reply (48 bytes more than a power "
                "of two from %1 to %2)")
                .arg(mailbox::kMinReplyBucket)
                .arg(mailbox::kMaxReplyBucket));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC);
    const auto posted
        = m_store.postReply(id, mailboxId, desk.organisation, *sealed, now, kMaxRepliesPerMailbox);
    if (!posted)
        return refusal(503, QStringLiteral("the intake cannot store the reply now; try again later"));
    const QByteArray answer = "{\"id\":\"" + crypto::toHex(id) + "\"}";
    switch (posted.value()) {
    case DeskStore::PostOutcome::Stored:
        return { 201, answer };
    case DeskStore::PostOutcome::AlreadyStored:
        return { 200, answer };
    case DeskStore::PostOutcome::MailboxFull:
        return refusal(422,
            QStringLiteral("this mailbox already holds %1 replies the reporter has not collected")
                .arg(kMaxRepliesPerMailbox));
    case DeskStore::PostOutcome::Conflict:
        break;
    }
    return refusal(409, QStringLiteral("another reply already has this id"));
}

DeskApi::Answer DeskApi::withdrawReply(const DeskStore::Desk &desk, const QByteArray &body)
{
    Answer error;
    const auto object = strictObject(body, { QStringLiteral("id") }, &error);
    if (!object)
        return error;
    const QByteArray id = crypto::fromHexStrict(
        object->value(QStringLiteral("id")).toString().toLatin1(), protocol::mailbox::kReplyIdBytes);
    if (id.isEmpty())
        return refusal(400, QStringLiteral("\"id\" must be a reply id (32 lower-case hex characters)"));
    const auto withdrawn = m_store.withdrawReply(id, desk.organisation);
    if (!withdrawn)
        return refusal(503, QStringLiteral("the intake cannot change its store now; try again later"));
    return { 200, QByteArray("{\"withdrawn\":") + (withdrawn.value() ? "true" : "false") + '}' };
}

DeskApi::Answer DeskApi::deleteCase(const DeskStore::Desk &desk, const QByteArray &body)
{
    Answer error;
    const auto object = strictObject(body, { QStringLiteral("events"), QStringLiteral("id") }, &error);
    if (!object)
        return error;
    const QByteArray envelopeId = crypto::fromHexStrict(
        object->value(QStringLiteral("id")).toString().toLatin1(), protocol::kEnvelopeIdBytes);
    if (envelopeId.isEmpty())
        return refusal(400, QStringLiteral("\"id\" must be an envelope id (32 lower-case hex characters)"));
    const QJsonValue list = object->value(QStringLiteral("events"));
    if (!list.isArray() || list.toArray().size() > kMaxDeletedEvents)
        return refusal(
            400, QStringLiteral("\"events\" must be a list of at most %1 events").arg(kMaxDeletedEvents));
    QList<DeskStore::NamedEvent> events;
    QSet<QByteArray> seen;
    for (const QJsonValue &item : list.toArray()) {
        const QJsonObject event = item.toObject();
        const QByteArray id = crypto::fromHexStrict(
            event.value(QStringLiteral("id")).toString().toLatin1(), protocol::kEnvelopeIdBytes);
        const QByteArray hash
            = crypto::fromHexStrict(event.value(QStringLiteral("hash")).toString().toLatin1(), 32);
        if (!item.isObject() || event.size() != 2 || id.isEmpty() || hash.isEmpty())
            return refusal(400,
                QStringLiteral("each of \"events\" must be {\"hash\": 64 lower-case hex characters, \"id\": "
                               "an event id}"));
        if (seen.contains(id))
            return refusal(400,
                QStringLiteral("\"events\" names event %1 twice")
                    .arg(QString::fromLatin1(crypto::toHex(id))));
        seen.insert(id);
        events.append({ id, hash });
    }
    QByteArray unknown;
    const auto deleted = m_store.deleteCase(desk.organisation, envelopeId, events, &unknown);
    if (!deleted)
        return refusal(503, QStringLiteral("the intake cannot delete now; try again later"));
    // Another organisation's event, or none: the same answer, and nothing deleted.
    if (!deleted->has_value())
        return refusal(404,
            QStringLiteral("no event %1 for this organisation; nothing was deleted")
                .arg(QString::fromLatin1(crypto::toHex(unknown))));
    if (deleted->value().envelope || deleted->value().events > 0)
        m_store.compact(); // best effort: secure_delete already overwrote what was deleted
    // "absent": no envelope with this id for this organisation (deleted before, removed once
    // fetched, never stored, or another organisation's: one answer).
    return { 200,
        QJsonDocument(QJsonObject { { QStringLiteral("envelope"),
                                        deleted->value().envelope ? QStringLiteral("deleted")
                                                                  : QStringLiteral("absent") },
                          { QStringLiteral("events"), deleted->value().events } })
            .toJson(QJsonDocument::Compact) };
}

} // namespace harbour::receiver
