// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailbox.h"

#include "base/strictinput.h"
#include "crypto/sodium.h"
#include "envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <sodium.h>

namespace harbour::protocol::mailbox {
namespace {

const unsigned char *u(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

unsigned char *w(QByteArray &bytes)
{
    return reinterpret_cast<unsigned char *>(bytes.data());
}

constexpr char kBoxLabel[] = "harbour-mailbox-box-v1";
constexpr char kSigningLabel[] = "harbour-mailbox-signing-v1";
constexpr char kFollowUpSignaturePrefix[] = "harbour-followup-signature-v1";

// BLAKE2b-256 of `label` keyed with the seed: one subkey per purpose, so no key is used twice.
QByteArray subkey(const QByteArray &seed, const char *label)
{
    QByteArray out(32, Qt::Uninitialized);
    const QByteArray message(label);
    crypto_generichash(w(out), 32, u(message), size_t(message.size()), u(seed), size_t(seed.size()));
    return out;
}

Result<void> refused(const QString &why)
{
    return Result<void>::failure(why, ErrorKind::Refused);
}

template <typename T> Result<T> refusal(const QString &why)
{
    return Result<T>::failure(why, ErrorKind::Refused);
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(crypto::toHex(bytes));
}

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<QDateTime> parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    if (!time.isValid())
        return std::nullopt;
    time.setTimeSpec(Qt::UTC);
    if (formatTime(time) != text)
        return std::nullopt;
    return time;
}

// Text a person wrote: not empty or only white space (unless allowed), at most `maxBytes` of UTF-8,
// line feeds and tabs but no other control character.
bool goodText(const QString &text, qsizetype maxBytes, bool allowEmpty = false)
{
    if (text.toUtf8().size() > maxBytes)
        return false;
    if (!allowEmpty && text.trimmed().isEmpty())
        return false;
    for (const QChar c : text) {
        const ushort v = c.unicode();
        if ((v < 0x20 && v != '\n' && v != '\t') || (v >= 0x7f && v <= 0x9f))
            return false;
    }
    return true;
}

bool goodOrganisationId(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return shape.match(id).hasMatch();
}

qsizetype replyBucket(qsizetype length)
{
    qsizetype bucket = kMinReplyBucket;
    while (bucket < length + 1)
        bucket *= 2;
    return bucket;
}

// Parses a strict JSON object: no repeated member, `v` first and equal to 1, exactly the members
// `required` plus any of `optional`. The reason names the member, never its value.
Result<QJsonObject> strictObject(
    const QByteArray &json, const QStringList &required, const QStringList &optional, const QString &what)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refusal<QJsonObject>(QStringLiteral("the %1 is not a JSON object").arg(what));
    const QJsonObject object = document.object();
    const QJsonValue v = object.value(QStringLiteral("v"));
    if (!v.isDouble() || v.toDouble() != 1)
        return refusal<QJsonObject>(
            QStringLiteral("unsupported %1 version %2; this implementation reads version 1")
                .arg(what, v.isDouble() ? QString::number(v.toDouble()) : QStringLiteral("(none)")));
    if (const auto repeated = strict::firstRepeatedMember(json))
        return refusal<QJsonObject>(QStringLiteral("the member \"%1\" appears twice").arg(*repeated));
    if (const auto unknown = strict::firstUnknownMember(object, required + optional))
        return refusal<QJsonObject>(QStringLiteral("unknown member \"%1\" in the %2").arg(*unknown, what));
    for (const QString &member : required) {
        if (!object.contains(member))
            return refusal<QJsonObject>(QStringLiteral("the member \"%1\" is missing").arg(member));
    }
    return object;
}

QByteArray hexMember(const QJsonObject &object, const QString &name, qsizetype bytes)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? crypto::fromHexStrict(value.toString().toLatin1(), bytes) : QByteArray();
}

QByteArray canonical(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray followUpSignedMessage(const QByteArray &unsignedJson)
{
    return QByteArray(kFollowUpSignaturePrefix) + unsignedJson;
}

} // namespace

QByteArray generateCode()
{
    crypto::ensureInitialised();
    QByteArray code(kCodeSymbols, Qt::Uninitialized);
    for (char &symbol : code)
        symbol = kAlphabet[randombytes_uniform(32)];
    return code;
}

QString displayCode(const QByteArray &normalised)
{
    QString out;
    for (qsizetype i = 0; i < normalised.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(normalised.at(i));
    }
    return out;
}

Result<QByteArray> normaliseCode(const QString &typed)
{
    QByteArray code;
    int position = 0;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        ++position;
        QChar upper = c.toUpper();
        if (upper == QLatin1Char('O'))
            upper = QLatin1Char('0');
        else if (upper == QLatin1Char('I') || upper == QLatin1Char('L'))
            upper = QLatin1Char('1');
        if (upper.unicode() > 0x7f || !std::strchr(kAlphabet, char(upper.unicode())) || upper.unicode() == 0)
            return refusal<QByteArray>(
                QStringLiteral("symbol %1 of the code cannot be in a follow-up code (they use the digits "
                               "and the letters A to Z except I, L, O and U)")
                    .arg(position));
        code += char(upper.unicode());
    }
    if (code.size() != kCodeSymbols)
        return refusal<QByteArray>(QStringLiteral("a follow-up code has %1 letters and digits; this has %2")
                                       .arg(kCodeSymbols)
                                       .arg(code.size()));
    return code;
}

QByteArray salt()
{
    return crypto::blake2b(QByteArrayLiteral("harbour-mailbox-v1"), 32).left(crypto_pwhash_SALTBYTES);
}

Result<QByteArray> deriveSeed(
    const QByteArray &normalisedCode, unsigned long long opsLimit, size_t memLimitBytes)
{
    crypto::ensureInitialised();
    QByteArray seed(kSeedBytes, Qt::Uninitialized);
    const QByteArray s = salt();
    if (crypto_pwhash(w(seed), size_t(seed.size()), normalisedCode.constData(), size_t(normalisedCode.size()),
            u(s), opsLimit, memLimitBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Result<QByteArray>::failure(
            QStringLiteral("this device could not set aside the %1 MiB the follow-up code needs")
                .arg(memLimitBytes / (1024 * 1024)));
    return seed;
}

void Keys::wipe()
{
    crypto::wipe(boxSecretKey);
    crypto::wipe(signingSecretKey);
}

Keys keysFromSeed(const QByteArray &seed)
{
    crypto::ensureInitialised();
    Keys keys;
    QByteArray boxSeed = subkey(seed, kBoxLabel);
    QByteArray signingSeed = subkey(seed, kSigningLabel);
    keys.boxPublicKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    keys.boxSecretKey = QByteArray(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_box_seed_keypair(w(keys.boxPublicKey), w(keys.boxSecretKey), u(boxSeed));
    keys.signingPublicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    keys.signingSecretKey = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(w(keys.signingPublicKey), w(keys.signingSecretKey), u(signingSeed));
    crypto::wipe(boxSeed);
    crypto::wipe(signingSeed);
    keys.id = mailboxId(keys.signingPublicKey);
    return keys;
}

QByteArray mailboxId(const QByteArray &signingPublicKey)
{
    return recipientKeyId(signingPublicKey);
}

QJsonObject FollowUp::toJson() const
{
    return QJsonObject { { QStringLiteral("box_key"), QString::fromLatin1(boxPublicKey.toBase64()) },
        { QStringLiteral("mailbox"), QString::fromLatin1(mailboxId) },
        { QStringLiteral("signing_key"), QString::fromLatin1(signingPublicKey.toBase64()) } };
}

FollowUp FollowUp::of(const Keys &keys)
{
    return FollowUp { keys.id, keys.boxPublicKey, keys.signingPublicKey };
}

Result<FollowUp> FollowUp::fromJson(const QJsonValue &value)
{
    using R = Result<FollowUp>;
    if (!value.isObject())
        return refusal<FollowUp>(QStringLiteral("\"followup\" must be an object"));
    const QJsonObject object = value.toObject();
    const QStringList members { QStringLiteral("box_key"), QStringLiteral("mailbox"),
        QStringLiteral("signing_key") };
    if (const auto unknown = strict::firstUnknownMember(object, members))
        return refusal<FollowUp>(QStringLiteral("unknown member \"followup.%1\"").arg(*unknown));
    FollowUp followup;
    const auto box
        = strict::decodeCanonicalBase64(object.value(QStringLiteral("box_key")).toString(), kPublicKeyBytes);
    const auto signing = strict::decodeCanonicalBase64(
        object.value(QStringLiteral("signing_key")).toString(), kSigningPublicKeyBytes);
    if (!box || !signing)
        return refusal<FollowUp>(QStringLiteral(
            "\"followup.box_key\" and \"followup.signing_key\" must be canonical base64 of 32 bytes"));
    followup.boxPublicKey = *box;
    followup.signingPublicKey = *signing;
    followup.mailboxId = object.value(QStringLiteral("mailbox")).toString().toLatin1();
    if (followup.mailboxId != mailbox::mailboxId(followup.signingPublicKey))
        return refusal<FollowUp>(
            QStringLiteral("\"followup.mailbox\" is not the mailbox id of \"followup.signing_key\""));
    return R(followup);
}

Result<QByteArray> replyPlaintext(const Reply &reply)
{
    if (reply.id.size() != kReplyIdBytes || reply.caseId.size() != kEnvelopeIdBytes)
        return refusal<QByteArray>(QStringLiteral("a reply needs a 16-byte id and its case's envelope id"));
    if (!goodOrganisationId(reply.organisation))
        return refusal<QByteArray>(QStringLiteral("the reply's organisation is not a directory id"));
    if (!goodText(reply.text, kMaxReplyTextBytes))
        return refusal<QByteArray>(
            QStringLiteral("a reply's text must not be empty, may hold line breaks and tabs but no other "
                           "control characters, and is at most %1 bytes")
                .arg(kMaxReplyTextBytes));
    return canonical(QJsonObject { { QStringLiteral("at"), formatTime(reply.at) },
        { QStringLiteral("case"), hex(reply.caseId) }, { QStringLiteral("id"), hex(reply.id) },
        { QStringLiteral("organisation"), reply.organisation }, { QStringLiteral("text"), reply.text },
        { QStringLiteral("type"), QStringLiteral("reply") }, { QStringLiteral("v"), 1 } });
}

Result<QByteArray> sealReply(const Reply &reply, const QByteArray &boxPublicKey)
{
    auto plaintext = replyPlaintext(reply);
    if (!plaintext)
        return plaintext;
    if (boxPublicKey.size() != kPublicKeyBytes)
        return refusal<QByteArray>(QStringLiteral("the mailbox key is not 32 bytes"));
    const qsizetype bucket = replyBucket(plaintext->size());
    if (bucket > kMaxReplyBucket)
        return refusal<QByteArray>(QStringLiteral("the reply is too long to seal"));
    QByteArray padded(bucket, '\0');
    std::copy(plaintext->begin(), plaintext->end(), padded.begin());
    size_t paddedLength = 0;
    sodium_pad(&paddedLength, w(padded), size_t(plaintext->size()), size_t(bucket), size_t(bucket));
    crypto::wipe(plaintext.value());
    QByteArray sealed(bucket + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(w(sealed), u(padded), size_t(bucket), u(boxPublicKey));
    crypto::wipe(padded);
    return sealed;
}

Result<Reply> openReply(const QByteArray &sealed, const Keys &keys)
{
    const qsizetype bucket = sealed.size() - crypto_box_SEALBYTES;
    if (bucket < kMinReplyBucket || bucket > kMaxReplyBucket || (bucket & (bucket - 1)) != 0)
        return refusal<Reply>(QStringLiteral("not a sealed reply (its length fits no bucket)"));
    QByteArray padded(bucket, Qt::Uninitialized);
    if (crypto_box_seal_open(
            w(padded), u(sealed), size_t(sealed.size()), u(keys.boxPublicKey), u(keys.boxSecretKey))
        != 0)
        return refusal<Reply>(
            QStringLiteral("the reply does not open with this code's key (altered, or for another mailbox)"));
    size_t length = 0;
    if (sodium_unpad(&length, u(padded), size_t(bucket), size_t(bucket)) != 0) {
        crypto::wipe(padded);
        return refusal<Reply>(QStringLiteral("the reply's padding is malformed"));
    }
    padded.truncate(qsizetype(length));
    auto reply = readReply(padded);
    crypto::wipe(padded);
    return reply;
}

Result<Reply> readReply(const QByteArray &plaintext)
{
    const QStringList members { QStringLiteral("at"), QStringLiteral("case"), QStringLiteral("id"),
        QStringLiteral("organisation"), QStringLiteral("text"), QStringLiteral("type"), QStringLiteral("v") };
    auto object = strictObject(plaintext, members, {}, QStringLiteral("reply"));
    if (!object)
        return Result<Reply>::failure(object);
    Reply reply;
    if (object->value(QStringLiteral("type")).toString() != QLatin1StringView("reply"))
        return refusal<Reply>(QStringLiteral("the member \"type\" must be \"reply\""));
    reply.id = hexMember(object.value(), QStringLiteral("id"), kReplyIdBytes);
    reply.caseId = hexMember(object.value(), QStringLiteral("case"), kEnvelopeIdBytes);
    if (reply.id.isEmpty() || reply.caseId.isEmpty())
        return refusal<Reply>(
            QStringLiteral("the members \"id\" and \"case\" must be 32 lower-case hex characters"));
    const auto at = parseTime(object->value(QStringLiteral("at")).toString());
    if (!at)
        return refusal<Reply>(QStringLiteral("the member \"at\" must be a UTC time YYYY-MM-DDTHH:MM:SSZ"));
    reply.at = *at;
    reply.organisation = object->value(QStringLiteral("organisation")).toString();
    if (!goodOrganisationId(reply.organisation))
        return refusal<Reply>(QStringLiteral("the member \"organisation\" must be a directory id"));
    const QJsonValue text = object->value(QStringLiteral("text"));
    if (!text.isString() || !goodText(text.toString(), kMaxReplyTextBytes))
        return refusal<Reply>(
            QStringLiteral("the member \"text\" must be text of at most %1 bytes").arg(kMaxReplyTextBytes));
    reply.text = text.toString();
    if (canonical(object.value()) != plaintext)
        return refusal<Reply>(QStringLiteral("the reply is not in canonical form (docs/protocol.md §1)"));
    return reply;
}

qsizetype answerBucket(qsizetype length)
{
    qsizetype bucket = kMinAnswerBucket;
    while (bucket < length)
        bucket *= 2;
    return bucket;
}

QByteArray answerBody(const QList<StoredReply> &replies)
{
    QByteArray body = "{\"replies\":[";
    for (const StoredReply &reply : replies) {
        if (!body.endsWith('['))
            body += ',';
        body += "{\"id\":\"" + crypto::toHex(reply.id) + "\",\"sealed\":\"" + reply.sealed.toBase64() + "\"}";
    }
    body += "],\"v\":1}";
    body.append(answerBucket(body.size()) - body.size(), ' ');
    return body;
}

Result<QList<StoredReply>> readAnswer(const QByteArray &body)
{
    using R = Result<QList<StoredReply>>;
    if (body.size() != answerBucket(body.size()))
        return refusal<QList<StoredReply>>(QStringLiteral("the mailbox answer is not padded to a bucket"));
    auto object = strictObject(
        body, { QStringLiteral("replies"), QStringLiteral("v") }, {}, QStringLiteral("mailbox answer"));
    if (!object)
        return R::failure(object);
    const QJsonValue list = object->value(QStringLiteral("replies"));
    if (!list.isArray())
        return refusal<QList<StoredReply>>(QStringLiteral("the member \"replies\" must be an array"));
    QList<StoredReply> replies;
    for (const QJsonValue &item : list.toArray()) {
        const QJsonObject entry = item.toObject();
        StoredReply reply;
        reply.id = hexMember(entry, QStringLiteral("id"), kReplyIdBytes);
        const auto sealed = strict::decodeCanonicalBase64(entry.value(QStringLiteral("sealed")).toString());
        if (!item.isObject() || entry.size() != 2 || reply.id.isEmpty() || !sealed)
            return refusal<QList<StoredReply>>(
                QStringLiteral("a listed reply must be {\"id\": 32 hex characters, \"sealed\": base64}"));
        reply.sealed = *sealed;
        replies.append(reply);
    }
    return replies;
}

QString helpedName(Helped helped)
{
    switch (helped) {
    case Helped::Unsaid:
        break;
    case Helped::Yes:
        return QStringLiteral("yes");
    case Helped::Partly:
        return QStringLiteral("partly");
    case Helped::No:
        return QStringLiteral("no");
    }
    return {};
}

namespace {

QJsonObject unsignedFollowUp(const FollowUpReport &report)
{
    QJsonObject object { { QStringLiteral("app_version"), report.appVersion },
        { QStringLiteral("followup"), report.followup.toJson() },
        { QStringLiteral("format"), QLatin1StringView(kFollowUpFormat) },
        { QStringLiteral("kind"),
            report.kind == Kind::Answer ? QStringLiteral("answer") : QStringLiteral("addition") },
        { QStringLiteral("language"), report.language },
        { QStringLiteral("reported_at"), formatTime(roundedToHour(report.reportedAt)) },
        { QStringLiteral("text"), report.text }, { QStringLiteral("v"), 1 } };
    if (!report.caseId.isEmpty())
        object.insert(QStringLiteral("case"), hex(report.caseId));
    if (report.kind == Kind::Answer)
        object.insert(QStringLiteral("reply"), hex(report.replyId));
    if (report.helped != Helped::Unsaid)
        object.insert(QStringLiteral("helped"), helpedName(report.helped));
    return object;
}

Result<void> checkFollowUp(const FollowUpReport &report)
{
    if (!report.caseId.isEmpty() && report.caseId.size() != kEnvelopeIdBytes)
        return refused(QStringLiteral("\"case\" must be an envelope id"));
    if ((report.kind == Kind::Answer) != (report.replyId.size() == kReplyIdBytes)
        || (report.kind == Kind::Addition && !report.replyId.isEmpty()))
        return refused(
            QStringLiteral("an answer names the reply it answers (\"reply\"); an addition names none"));
    if (report.kind == Kind::Addition && report.helped != Helped::Unsaid)
        return refused(QStringLiteral("\"helped\" is said in an answer to a reply, not in an addition"));
    if (!goodText(report.text, kMaxFollowUpTextBytes, report.helped != Helped::Unsaid))
        return refused(QStringLiteral("the text must not be empty (unless the answer says whether the "
                                      "response helped), holds no control characters but line breaks "
                                      "and tabs, and is at most %1 bytes")
                           .arg(kMaxFollowUpTextBytes));
    static const QRegularExpression language(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    if (!language.match(report.language).hasMatch())
        return refused(QStringLiteral("\"language\" must be a BCP 47 tag"));
    if (report.appVersion.isEmpty() || report.appVersion.size() > 40)
        return refused(QStringLiteral("\"app_version\" must be 1 to 40 characters"));
    return {};
}

} // namespace

Result<QByteArray> writeFollowUp(const FollowUpReport &report, const Keys &keys)
{
    if (auto checked = checkFollowUp(report); !checked)
        return Result<QByteArray>::failure(checked);
    if (report.followup.signingPublicKey != keys.signingPublicKey)
        return refusal<QByteArray>(QStringLiteral("the follow-up names another mailbox than its keys"));
    QJsonObject object = unsignedFollowUp(report);
    const QByteArray message = followUpSignedMessage(canonical(object));
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(w(signature), nullptr, u(message), size_t(message.size()), u(keys.signingSecretKey));
    object.insert(QStringLiteral("sig"), QString::fromLatin1(signature.toBase64()));
    return canonical(object);
}

bool isFollowUp(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject()
        && document.object().value(QStringLiteral("format")).toString() == QLatin1StringView(kFollowUpFormat);
}

Result<FollowUpReport> readFollowUp(const QByteArray &json)
{
    using R = Result<FollowUpReport>;
    const QStringList required { QStringLiteral("app_version"), QStringLiteral("followup"),
        QStringLiteral("format"), QStringLiteral("kind"), QStringLiteral("language"),
        QStringLiteral("reported_at"), QStringLiteral("sig"), QStringLiteral("text"), QStringLiteral("v") };
    auto object = strictObject(json, required,
        { QStringLiteral("case"), QStringLiteral("reply"), QStringLiteral("helped") },
        QStringLiteral("follow-up"));
    if (!object)
        return R::failure(object);
    FollowUpReport report;
    if (object->value(QStringLiteral("format")).toString() != QLatin1StringView(kFollowUpFormat))
        return refusal<FollowUpReport>(QStringLiteral("the member \"format\" must be \"harbour-followup\""));
    const QString kind = object->value(QStringLiteral("kind")).toString();
    if (kind != QLatin1StringView("answer") && kind != QLatin1StringView("addition"))
        return refusal<FollowUpReport>(
            QStringLiteral("the member \"kind\" must be \"answer\" or \"addition\""));
    report.kind = kind == QLatin1StringView("answer") ? Kind::Answer : Kind::Addition;
    auto followup = FollowUp::fromJson(object->value(QStringLiteral("followup")));
    if (!followup)
        return R::failure(followup);
    report.followup = followup.value();
    if (object->contains(QStringLiteral("case"))) {
        report.caseId = hexMember(object.value(), QStringLiteral("case"), kEnvelopeIdBytes);
        if (report.caseId.isEmpty())
            return refusal<FollowUpReport>(QStringLiteral("the member \"case\" must be an envelope id"));
    }
    if (object->contains(QStringLiteral("reply"))) {
        report.replyId = hexMember(object.value(), QStringLiteral("reply"), kReplyIdBytes);
        if (report.replyId.isEmpty())
            return refusal<FollowUpReport>(QStringLiteral("the member \"reply\" must be a reply id"));
    }
    if (object->contains(QStringLiteral("helped"))) {
        const QString helped = object->value(QStringLiteral("helped")).toString();
        for (Helped h : { Helped::Yes, Helped::Partly, Helped::No }) {
            if (helped == helpedName(h))
                report.helped = h;
        }
        if (report.helped == Helped::Unsaid)
            return refusal<FollowUpReport>(
                QStringLiteral("the member \"helped\" must be \"yes\", \"partly\" or \"no\""));
    }
    for (const char *name : { "text", "language", "app_version", "reported_at" }) {
        if (!object->value(QLatin1StringView(name)).isString())
            return refusal<FollowUpReport>(
                QStringLiteral("the member \"%1\" must be a string").arg(QLatin1StringView(name)));
    }
    report.text = object->value(QStringLiteral("text")).toString();
    report.language = object->value(QStringLiteral("language")).toString();
    report.appVersion = object->value(QStringLiteral("app_version")).toString();
    const auto at = parseTime(object->value(QStringLiteral("reported_at")).toString());
    if (!at || at->time().minute() != 0 || at->time().second() != 0)
        return refusal<FollowUpReport>(QStringLiteral("the member \"reported_at\" must be a UTC hour"));
    report.reportedAt = *at;
    if (auto checked = checkFollowUp(report); !checked)
        return R::failure(checked);
    const auto signature
        = strict::decodeCanonicalBase64(object->value(QStringLiteral("sig")).toString(), kSignatureBytes);
    if (!signature)
        return refusal<FollowUpReport>(
            QStringLiteral("the member \"sig\" must be canonical base64 of 64 bytes"));
    QJsonObject unsignedObject = object.value();
    unsignedObject.remove(QStringLiteral("sig"));
    if (canonical(object.value()) != json)
        return refusal<FollowUpReport>(
            QStringLiteral("the follow-up is not in canonical form (docs/protocol.md §1)"));
    const QByteArray message = followUpSignedMessage(canonical(unsignedObject));
    if (crypto_sign_verify_detached(
            u(*signature), u(message), size_t(message.size()), u(report.followup.signingPublicKey))
        != 0)
        return refusal<FollowUpReport>(
            QStringLiteral("its signature does not verify with the mailbox's signing key"));
    return report;
}

} // namespace harbour::protocol::mailbox
