// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseevent.h"

#include "base/strictinput.h"
#include "crypto/sodium.h"
#include "protocol/desksignature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

#include <array>

namespace harbour::desk {
namespace {

constexpr char kSignaturePrefix[] = "harbour-case-event-v1";
constexpr char kMembershipPrefix[] = "harbour-desk-membership-v1";

// Member names (docs/protocol.md §18.4), spelled once.
namespace m {
const QString v = QStringLiteral("v");
const QString id = QStringLiteral("id");
const QString caseId = QStringLiteral("case");
const QString type = QStringLiteral("type");
const QString at = QStringLiteral("at");
const QString desk = QStringLiteral("desk");
const QString deskKey = QStringLiteral("desk_key");
const QString member = QStringLiteral("member");
const QString prev = QStringLiteral("prev");
const QString sig = QStringLiteral("sig");
const QString status = QStringLiteral("status");
const QString recordOnly = QStringLiteral("record_only");
const QString reason = QStringLiteral("reason");
const QString owner = QStringLiteral("owner");
const QString text = QStringLiteral("text");
const QString due = QStringLiteral("due");
const QString purpose = QStringLiteral("purpose");
const QString keyId = QStringLiteral("key_id");
const QString reply = QStringLiteral("reply");
} // namespace m

struct TypeName
{
    EventType type;
    const char *name;
};
constexpr std::array<TypeName, 9> kTypes { { { EventType::Acknowledged, "acknowledged" },
    { EventType::Status, "status" }, { EventType::Owner, "owner" }, { EventType::Note, "note" },
    { EventType::NextAction, "next_action" }, { EventType::Export, "export" },
    { EventType::Deleted, "deleted" }, { EventType::KeyRotated, "key_rotated" },
    { EventType::ReplySent, "reply_sent" } } };

struct StatusName
{
    CaseStatus status;
    const char *name;
};
constexpr std::array<StatusName, 5> kStatuses { { { CaseStatus::New, "new" },
    { CaseStatus::Acknowledged, "acknowledged" }, { CaseStatus::InProgress, "in_progress" },
    { CaseStatus::Referred, "referred" }, { CaseStatus::Closed, "closed" } } };

const unsigned char *u(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

Result<CaseEvent> refused(const QString &reason)
{
    return Result<CaseEvent>::failure(reason, ErrorKind::Refused);
}

// The members an event of this type has besides the common ones.
QStringList typeMembers(EventType type, bool closed)
{
    switch (type) {
    case EventType::Acknowledged:
        return {};
    case EventType::Status:
        return closed ? QStringList { m::status, m::recordOnly, m::reason }
                      : QStringList { m::status, m::recordOnly };
    case EventType::Owner:
        return { m::owner };
    case EventType::Note:
        return { m::text };
    case EventType::NextAction:
        return { m::text, m::due };
    case EventType::Export:
        return { m::purpose };
    case EventType::Deleted:
        return { m::reason };
    case EventType::KeyRotated:
        return { m::keyId };
    case EventType::ReplySent:
        return { m::reply, m::text };
    }
    return {};
}

QStringList allMembers(EventType type, bool closed)
{
    QStringList members { m::v, m::id, m::type, m::at, m::desk, m::deskKey, m::member, m::prev, m::sig };
    if (type != EventType::KeyRotated)
        members << m::caseId;
    return members + typeMembers(type, closed);
}

enum class TextKind {
    Line, // a name: no control characters at all
    Lines, // a note or a reason: line feeds and tabs allowed, no other control characters
};

// "" when the text keeps the rules, or what is wrong with it (never the text itself).
QString textProblem(const QString &text, qsizetype maxBytes, bool allowEmpty, TextKind kind)
{
    if (!allowEmpty && text.trimmed().isEmpty())
        return QStringLiteral("must not be empty");
    if (text.toUtf8().size() > maxBytes)
        return QStringLiteral("is longer than %1 bytes").arg(maxBytes);
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (kind == TextKind::Lines && (code == u'\n' || code == u'\t'))
            continue;
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
            return QStringLiteral("holds a control character");
    }
    return {};
}

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

std::optional<QDateTime> parseTime(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$)"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || formatTime(time) != text)
        return std::nullopt;
    return time.toUTC();
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || date.toString(Qt::ISODate) != text)
        return std::nullopt;
    return date;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(crypto::toHex(bytes));
}

// Everything but "sig", as QJsonObject keeps members sorted: compact output is canonical (§1).
QJsonObject unsignedJson(const CaseEvent &event)
{
    QJsonObject object { { m::v, kEventVersion }, { m::id, hex(event.id) },
        { m::type, eventTypeName(event.type) }, { m::at, formatTime(event.at) },
        { m::desk, QString::fromLatin1(event.deskKeyId()) },
        { m::deskKey, QString::fromLatin1(event.deskPublicKey.toBase64()) },
        { m::member, hex(event.membership) }, { m::prev, hex(event.prev) } };
    if (event.type != EventType::KeyRotated)
        object.insert(m::caseId, hex(event.caseId));
    switch (event.type) {
    case EventType::Acknowledged:
        break;
    case EventType::Status:
        object.insert(m::status, caseStatusName(event.status));
        object.insert(m::recordOnly, event.recordOnly);
        if (event.status == CaseStatus::Closed)
            object.insert(m::reason, event.reason);
        break;
    case EventType::Owner:
        object.insert(m::owner, event.owner);
        break;
    case EventType::Note:
        object.insert(m::text, event.text);
        break;
    case EventType::NextAction:
        object.insert(m::text, event.text);
        object.insert(m::due, event.due.toString(Qt::ISODate));
        break;
    case EventType::Export:
        object.insert(m::purpose, event.purpose);
        break;
    case EventType::Deleted:
        object.insert(m::reason, event.reason);
        break;
    case EventType::KeyRotated:
        object.insert(m::keyId, QString::fromLatin1(event.keyId));
        break;
    case EventType::ReplySent:
        object.insert(m::reply, hex(event.replyId));
        object.insert(m::text, event.text);
        break;
    }
    return object;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray signedMessage(const QJsonObject &withoutSignature)
{
    return QByteArray(kSignaturePrefix) + compact(withoutSignature);
}

QByteArray hexMember(const QJsonObject &object, const QString &name, qsizetype bytes);

// The type's own members, checked; "" or the reason. The common members are read by the caller.
QString readTypeMembers(const QJsonObject &object, CaseEvent *event)
{
    const auto text = [&](const QString &name, qsizetype maxBytes, bool allowEmpty, TextKind kind,
                          QString *out) -> QString {
        const QJsonValue value = object.value(name);
        if (!value.isString())
            return QStringLiteral("the member \"%1\" must be a string").arg(name);
        if (const QString problem = textProblem(value.toString(), maxBytes, allowEmpty, kind);
            !problem.isEmpty())
            return QStringLiteral("the member \"%1\" %2").arg(name, problem);
        *out = value.toString();
        return {};
    };
    switch (event->type) {
    case EventType::Acknowledged:
        return {};
    case EventType::Status: {
        const auto status = caseStatusFromName(object.value(m::status).toString());
        if (!object.value(m::status).isString() || !status)
            return QStringLiteral(
                "the member \"status\" must be one of new, acknowledged, in_progress, referred, closed");
        event->status = *status;
        if (!object.value(m::recordOnly).isBool())
            return QStringLiteral("the member \"record_only\" must be true or false");
        event->recordOnly = object.value(m::recordOnly).toBool();
        if (event->status == CaseStatus::Closed)
            return text(m::reason, kMaxTextBytes, false, TextKind::Lines, &event->reason);
        return {};
    }
    case EventType::Owner:
        return text(m::owner, kMaxNameBytes, true, TextKind::Line, &event->owner);
    case EventType::Note:
        return text(m::text, kMaxNoteBytes, false, TextKind::Lines, &event->text);
    case EventType::NextAction: {
        if (auto problem = text(m::text, kMaxTextBytes, false, TextKind::Lines, &event->text);
            !problem.isEmpty())
            return problem;
        const auto due = parseDate(object.value(m::due).toString());
        if (!object.value(m::due).isString() || !due)
            return QStringLiteral("the member \"due\" must be a date, YYYY-MM-DD");
        event->due = *due;
        return {};
    }
    case EventType::Export:
        return text(m::purpose, kMaxNameBytes, false, TextKind::Line, &event->purpose);
    case EventType::Deleted:
        return text(m::reason, kMaxTextBytes, false, TextKind::Lines, &event->reason);
    case EventType::KeyRotated: {
        const QByteArray keyId = object.value(m::keyId).toString().toLatin1();
        if (!object.value(m::keyId).isString()
            || crypto::fromHexStrict(keyId, protocol::kKeyIdBytes).isEmpty())
            return QStringLiteral("the member \"key_id\" must be a key id (32 lower-case hex characters)");
        event->keyId = keyId;
        return {};
    }
    case EventType::ReplySent: {
        event->replyId = hexMember(object, m::reply, 16);
        if (event->replyId.isEmpty())
            return QStringLiteral("the member \"reply\" must be a reply id (32 lower-case hex characters)");
        return text(m::text, kMaxReplyBytes, false, TextKind::Lines, &event->text);
    }
    }
    return {};
}

// Hex of exactly `bytes` bytes, or empty.
QByteArray hexMember(const QJsonObject &object, const QString &name, qsizetype bytes)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? crypto::fromHexStrict(value.toString().toLatin1(), bytes) : QByteArray();
}

} // namespace

QString eventTypeName(EventType type)
{
    for (const TypeName &t : kTypes) {
        if (t.type == type)
            return QString::fromLatin1(t.name);
    }
    return {};
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    for (const TypeName &t : kTypes) {
        if (name == QLatin1StringView(t.name))
            return t.type;
    }
    return std::nullopt;
}

QString caseStatusName(CaseStatus status)
{
    for (const StatusName &s : kStatuses) {
        if (s.status == status)
            return QString::fromLatin1(s.name);
    }
    return {};
}

std::optional<CaseStatus> caseStatusFromName(const QString &name)
{
    for (const StatusName &s : kStatuses) {
        if (name == QLatin1StringView(s.name))
            return s.status;
    }
    return std::nullopt;
}

QByteArray CaseEvent::deskKeyId() const
{
    return protocol::desk::deskKeyId(deskPublicKey);
}

QByteArray membershipProof(const QByteArray &organisationSecretKey, const QByteArray &deskPublicKey)
{
    crypto::ensureInitialised();
    const QByteArray message = QByteArray(kMembershipPrefix) + deskPublicKey;
    QByteArray proof(kMembershipBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(proof.data()), size_t(proof.size()), u(message),
        size_t(message.size()), u(organisationSecretKey), size_t(organisationSecretKey.size()));
    return proof;
}

QByteArray eventHash(const QByteArray &plaintext)
{
    crypto::ensureInitialised();
    return crypto::blake2b(plaintext, kEventHashBytes);
}

Result<QByteArray> signEvent(CaseEvent &event, const QByteArray &deskSecretKey)
{
    using R = Result<QByteArray>;
    if (deskSecretKey.size() != protocol::kSigningSecretKeyBytes)
        return R::failure(QStringLiteral("the desk's secret key must be 64 bytes"));
    event.deskPublicKey = deskSecretKey.right(protocol::kSigningPublicKeyBytes); // seed ‖ public key
    event.at = QDateTime::fromSecsSinceEpoch(event.at.toSecsSinceEpoch(), Qt::UTC);
    const QJsonObject object = unsignedJson(event);
    QByteArray message = signedMessage(object);
    event.signature = QByteArray(protocol::kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(event.signature.data()), nullptr, u(message),
        size_t(message.size()), u(deskSecretKey));
    QJsonObject full = object;
    full.insert(m::sig, QString::fromLatin1(event.signature.toBase64()));
    const QByteArray plaintext = compact(full);
    // The writer refuses what every reader would refuse: one set of rules, applied once.
    auto check = readEvent(plaintext);
    if (!check)
        return R::failure(check.error(), ErrorKind::Refused);
    return plaintext;
}

Result<QByteArray> sealEvent(const QByteArray &plaintext, const QByteArray &organisationPublicKey)
{
    using R = Result<QByteArray>;
    if (organisationPublicKey.size() != protocol::kPublicKeyBytes)
        return R::failure(QStringLiteral("the organisation's public key must be 32 bytes"));
    qsizetype bucket = kMinEventBucket;
    while (bucket < plaintext.size() + 1)
        bucket *= 2;
    if (bucket > kMaxEventBucket)
        return R::failure(
            QStringLiteral("the event is too large (at most %1 bytes)").arg(kMaxEventBucket - 1));
    crypto::ensureInitialised();
    QByteArray padded(bucket, '\0');
    std::copy(plaintext.begin(), plaintext.end(), padded.begin());
    size_t paddedLength = 0;
    if (sodium_pad(&paddedLength, reinterpret_cast<unsigned char *>(padded.data()), size_t(plaintext.size()),
            size_t(bucket), size_t(bucket))
            != 0
        || qsizetype(paddedLength) != bucket)
        return R::failure(QStringLiteral("the event could not be padded"));
    QByteArray sealed(bucket + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), u(padded), size_t(padded.size()),
        u(organisationPublicKey));
    crypto::wipe(padded);
    return sealed;
}

Result<CaseEvent> readEvent(const QByteArray &plaintext)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(plaintext, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refused(QStringLiteral("it is not a JSON object"));
    const QJsonObject object = document.object();
    // The version first, so that a later version is refused for its version (§14).
    const QJsonValue v = object.value(m::v);
    if (!strict::wholeNumber(v, kEventVersion, kEventVersion)) {
        const QString found = v.isUndefined() ? QStringLiteral("none")
            : v.isDouble()                    ? QString::number(v.toDouble())
                                              : QStringLiteral("not a number");
        return refused(QStringLiteral("unsupported event version (%1); this desk reads version %2")
                           .arg(found)
                           .arg(kEventVersion));
    }
    if (const auto repeated = strict::firstRepeatedMember(plaintext))
        return refused(QStringLiteral("the member \"%1\" appears twice").arg(*repeated));

    CaseEvent event;
    const auto type = eventTypeFromName(object.value(m::type).toString());
    if (!object.value(m::type).isString() || !type)
        return refused(QStringLiteral("the member \"type\" is missing or not a known event type"));
    event.type = *type;
    const bool closed = event.type == EventType::Status
        && object.value(m::status).toString() == caseStatusName(CaseStatus::Closed);
    const QStringList members = allMembers(event.type, closed);
    if (const auto unknown = strict::firstUnknownMember(object, members))
        return refused(
            QStringLiteral("unknown member \"%1\" in a %2 event").arg(*unknown, eventTypeName(event.type)));
    for (const QString &name : members) {
        if (!object.contains(name))
            return refused(QStringLiteral("the member \"%1\" is missing from a %2 event")
                               .arg(name, eventTypeName(event.type)));
    }

    event.id = hexMember(object, m::id, kEventIdBytes);
    if (event.id.isEmpty())
        return refused(QStringLiteral("the member \"id\" must be 32 lower-case hex characters"));
    if (event.type != EventType::KeyRotated) {
        event.caseId = hexMember(object, m::caseId, protocol::kEnvelopeIdBytes);
        if (event.caseId.isEmpty())
            return refused(
                QStringLiteral("the member \"case\" must be an envelope id (32 lower-case hex characters)"));
    }
    const auto at = parseTime(object.value(m::at).toString());
    if (!object.value(m::at).isString() || !at)
        return refused(QStringLiteral("the member \"at\" must be a UTC time, YYYY-MM-DDTHH:MM:SSZ"));
    event.at = *at;
    const auto deskKey = strict::decodeCanonicalBase64(
        object.value(m::deskKey).toString(), protocol::kSigningPublicKeyBytes);
    if (!object.value(m::deskKey).isString() || !deskKey)
        return refused(QStringLiteral("the member \"desk_key\" must be canonical base64 of 32 bytes"));
    event.deskPublicKey = *deskKey;
    event.membership = hexMember(object, m::member, kMembershipBytes);
    if (event.membership.isEmpty())
        return refused(QStringLiteral("the member \"member\" must be 64 lower-case hex characters"));
    event.prev = hexMember(object, m::prev, kEventHashBytes);
    if (event.prev.isEmpty())
        return refused(QStringLiteral("the member \"prev\" must be 64 lower-case hex characters"));
    const auto signature
        = strict::decodeCanonicalBase64(object.value(m::sig).toString(), protocol::kSignatureBytes);
    if (!object.value(m::sig).isString() || !signature)
        return refused(QStringLiteral("the member \"sig\" must be canonical base64 of 64 bytes"));
    event.signature = *signature;
    if (const QString problem = readTypeMembers(object, &event); !problem.isEmpty())
        return refused(problem);

    // One spelling per event: the bytes must be exactly the canonical JSON of what they say.
    if (compact(object) != plaintext)
        return refused(QStringLiteral("it is not in canonical form (docs/protocol.md §1)"));
    if (object.value(m::desk).toString().toLatin1() != event.deskKeyId())
        return refused(QStringLiteral("the member \"desk\" is not the key id of \"desk_key\""));
    QJsonObject withoutSignature = object;
    withoutSignature.remove(m::sig);
    if (!protocol::desk::verifySignature(
            signedMessage(withoutSignature), event.signature, event.deskPublicKey))
        return refused(QStringLiteral("its signature does not verify (altered, or not signed by its desk)"));
    return event;
}

Result<OpenedEvent> openEvent(const QByteArray &sealed, const QList<protocol::KeyPair> &organisationKeys)
{
    using R = Result<OpenedEvent>;
    const qsizetype bucket = sealed.size() - crypto_box_SEALBYTES;
    if (bucket < kMinEventBucket || bucket > kMaxEventBucket || (bucket & (bucket - 1)) != 0)
        return R::failure(QStringLiteral("it is not a sealed event (%1 bytes is not a sealed bucket size)")
                              .arg(sealed.size()),
            ErrorKind::Refused);
    crypto::ensureInitialised();
    QByteArray padded(bucket, Qt::Uninitialized);
    const protocol::KeyPair *opener = nullptr;
    for (const protocol::KeyPair &key : organisationKeys) {
        if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(padded.data()), u(sealed),
                size_t(sealed.size()), u(key.publicKey), u(key.secretKey))
            == 0) {
            opener = &key;
            break;
        }
    }
    if (!opener)
        return R::failure(QStringLiteral("it does not open with the organisation's keys (sealed to another "
                                         "key, or altered)"),
            ErrorKind::Refused);
    size_t length = 0;
    if (sodium_unpad(&length, reinterpret_cast<unsigned char *>(padded.data()), size_t(padded.size()),
            size_t(padded.size()))
        != 0) {
        crypto::wipe(padded);
        return R::failure(QStringLiteral("its padding is malformed"), ErrorKind::Refused);
    }
    OpenedEvent opened;
    opened.plaintext = padded.left(qsizetype(length));
    crypto::wipe(padded);
    auto event = readEvent(opened.plaintext);
    if (!event) {
        crypto::wipe(opened.plaintext);
        return R::failure(event);
    }
    opened.event = event.value();
    if (!crypto::equalConstantTime(
            opened.event.membership, membershipProof(opener->secretKey, opened.event.deskPublicKey))) {
        crypto::wipe(opened.plaintext);
        return R::failure(QStringLiteral("its desk key %1 is not one of the organisation's desks (no valid "
                                         "membership proof)")
                              .arg(QString::fromLatin1(opened.event.deskKeyId())),
            ErrorKind::Refused);
    }
    opened.hash = eventHash(opened.plaintext);
    opened.organisationKeyId = protocol::recipientKeyId(opener->publicKey);
    return opened;
}

} // namespace harbour::desk
