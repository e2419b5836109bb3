// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxapi.h"

#include "base/strictinput.h"
#include "crypto/sodium.h"
#include "protocol/admission.h"
#include "protocol/desksignature.h"
#include "protocol/envelope.h"
#include "protocol/mailbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace harbour::receiver {
namespace {

namespace desk = protocol::desk;
namespace mailbox = protocol::mailbox;
namespace admission = protocol::admission;

constexpr char kLabel[] = "mailbox";
constexpr char kFetch[] = "/v1/mailbox/fetch";
constexpr char kDelete[] = "/v1/mailbox/delete";

DeskApi::Answer refusal(unsigned status, const QString &reason)
{
    return { status,
        QJsonDocument(QJsonObject { { QStringLiteral("error"), reason } }).toJson(QJsonDocument::Compact) };
}

} // namespace

MailboxApi::MailboxApi(DeskStore &store, Settings settings, std::function<qint64()> clock)
    : m_store(store)
    , m_settings(settings)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentSecsSinceEpoch(); })
    , m_tokens(settings.burst)
    , m_refilled(std::chrono::steady_clock::now())
{
}

bool MailboxApi::knownPath(const QByteArray &path)
{
    return path == kFetch || path == kDelete;
}

bool MailboxApi::takeToken()
{
    const std::lock_guard<std::mutex> lock(m_bucketMutex);
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - m_refilled).count();
    m_refilled = now;
    m_tokens = std::min(m_settings.burst, m_tokens + seconds * m_settings.ratePerSecond);
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

std::optional<DeskApi::Answer> MailboxApi::admit(
    const DeskApi::SignedRequest &request, const QByteArray &proof, int proofHeaders, int difficulty)
{
    if (!takeToken())
        return refusal(429,
            QStringLiteral("the intake is answering as many mailbox requests as it may; "
                           "try again in a moment"));
    if (request.signatureInput.isEmpty() || request.signature.isEmpty())
        return refusal(401,
            QStringLiteral("mailbox requests must be signed with the mailbox key "
                           "(docs/protocol.md 19.3)"));
    const auto params = desk::parseSignatureInput(request.signatureInput, kLabel);
    if (!params || !desk::parseSignature(request.signature, kLabel))
        return refusal(401,
            QStringLiteral("the signature headers do not have the one accepted form "
                           "(docs/protocol.md 19.3)"));
    const qint64 now = m_clock();
    if (params->created < now - desk::kClockSkewSeconds || params->created > now + desk::kClockSkewSeconds)
        return refusal(401,
            QStringLiteral("the request's time is more than %1 seconds from the intake's clock; check the "
                           "device's clock")
                .arg(desk::kClockSkewSeconds));
    const auto nonce = admission::parseProof(proof);
    const QByteArray salt = QByteArray::fromBase64(params->nonce, QByteArray::Base64UrlEncoding);
    if (proofHeaders != 1 || !nonce || !admission::verify(salt, *nonce, difficulty)) {
        DeskApi::Answer answer = refusal(428,
            QStringLiteral("this intake needs an admission proof bound to the request's nonce in the %1 "
                           "header, for difficulty %2 (docs/protocol.md 19.3)")
                .arg(QLatin1StringView(admission::kProofHeader))
                .arg(difficulty));
        return answer;
    }
    return std::nullopt;
}

DeskApi::Answer MailboxApi::handle(const DeskApi::SignedRequest &request, const QByteArray &body)
{
    // The body: strict, exactly the members of the path.
    const bool deleting = request.path == kDelete;
    QStringList members { QStringLiteral("key") };
    if (deleting)
        members.append(QStringLiteral("ids"));
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refusal(400, QStringLiteral("the request body is not a JSON object"));
    if (const auto repeated = strict::firstRepeatedMember(body))
        return refusal(400, QStringLiteral("the member \"%1\" appears twice").arg(*repeated));
    const QJsonObject object = document.object();
    if (const auto unknown = strict::firstUnknownMember(object, members))
        return refusal(400, QStringLiteral("unknown member \"%1\"").arg(*unknown));
    for (const QString &member : members) {
        if (!object.contains(member))
            return refusal(400, QStringLiteral("the member \"%1\" is missing").arg(member));
    }
    const auto key = strict::decodeCanonicalBase64(
        object.value(QStringLiteral("key")).toString(), protocol::kSigningPublicKeyBytes);
    if (!key)
        return refusal(400, QStringLiteral("\"key\" must be canonical base64 of a 32-byte Ed25519 key"));
    QList<QByteArray> ids;
    if (deleting) {
        const QJsonValue list = object.value(QStringLiteral("ids"));
        if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxDeleteIds)
            return refusal(
                400, QStringLiteral("\"ids\" must be a list of 1 to %1 reply ids").arg(kMaxDeleteIds));
        for (const QJsonValue &item : list.toArray()) {
            const QByteArray id = crypto::fromHexStrict(item.toString().toLatin1(), mailbox::kReplyIdBytes);
            if (!item.isString() || id.isEmpty())
                return refusal(
                    400, QStringLiteral("each of \"ids\" must be a reply id (32 lower-case hex characters)"));
            ids.append(id);
        }
    }

    // The signature: by the key in the body, for the mailbox that key names.
    const auto params = desk::parseSignatureInput(request.signatureInput, kLabel);
    const QByteArray mailboxId = mailbox::mailboxId(*key);
    if (!params || params->keyId != mailboxId)
        return refusal(401, QStringLiteral("the signature's keyid is not the mailbox id of \"key\""));
    if (request.contentDigest != desk::contentDigest(body))
        return refusal(401, QStringLiteral("the Content-Digest header does not match the body"));
    const QByteArray base = desk::signatureBase("POST", request.path, request.contentDigest, *params);
    if (!desk::verifySignature(base, *desk::parseSignature(request.signature, kLabel), *key))
        return refusal(401, QStringLiteral("the signature does not verify with \"key\""));
    const auto fresh = m_store.useMailboxNonce(
        mailboxId, params->nonce, params->created, m_clock() - 2 * desk::kClockSkewSeconds);
    if (!fresh)
        return refusal(503, QStringLiteral("the intake cannot record the request now; try again later"));
    if (!fresh.value())
        return refusal(401, QStringLiteral("this request was already received (its nonce was used)"));

    // The same statements run whether the mailbox was ever posted to or not.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC);
    if (!m_store.expireReplies(now.addDays(-m_settings.retentionDays)))
        return refusal(503, QStringLiteral("the intake cannot read its store now; try again later"));
    if (deleting && !m_store.deleteReplies(mailboxId, ids))
        return refusal(503, QStringLiteral("the intake cannot change its store now; try again later"));
    const auto rows = m_store.repliesFor(mailboxId);
    if (!rows)
        return refusal(503, QStringLiteral("the intake cannot read its store now; try again later"));
    QList<mailbox::StoredReply> replies;
    for (const DeskStore::ReplyRow &row : rows.value())
        replies.append(mailbox::StoredReply { row.id, row.sealed });
    return { 200, mailbox::answerBody(replies) };
}

} // namespace harbour::receiver
