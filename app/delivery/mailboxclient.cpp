// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxclient.h"

#include "crypto/sodium.h"
#include "forwarder.h"
#include "protocol/admission.h"
#include "protocol/desksignature.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace harbour::delivery {
namespace {

namespace mb = protocol::mailbox;
namespace sig = protocol::desk;
namespace admission = protocol::admission;

QString intakeReason(const QByteArray &body)
{
    const QString reason
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString().left(300);
    return reason.isEmpty() ? QStringLiteral("no reason given") : reason;
}

} // namespace

MailboxClient::MailboxClient(const QUrl &intake, const QList<QByteArray> &pins)
    : m_network(std::make_unique<QNetworkAccessManager>())
    , m_intake(intake)
    , m_pins(pins)
    , m_difficulty(admission::kDefaultDifficulty)
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Direct unless setTor is called: no proxy of the system's or the process's in the way.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void MailboxClient::setTor(quint16 socksPort, const QString &onion)
{
    // A client is made for one look at the mailbox: one SOCKS user, one circuit of its own.
    m_network->setProxy(torProxy(socksPort));
    m_onion = onion;
}

MailboxClient::~MailboxClient() = default;

Result<MailboxClient::Fetched> MailboxClient::fetch(const mb::Keys &keys)
{
    return request("/v1/mailbox/fetch", keys, {});
}

Result<MailboxClient::Fetched> MailboxClient::remove(const mb::Keys &keys, const QList<QByteArray> &ids)
{
    if (ids.isEmpty())
        return fetch(keys);
    return request("/v1/mailbox/delete", keys, ids);
}

Result<MailboxClient::Fetched> MailboxClient::request(
    const QByteArray &path, const mb::Keys &keys, const QList<QByteArray> &ids)
{
    using R = Result<Fetched>;
    QJsonObject object { { QStringLiteral("key"), QString::fromLatin1(keys.signingPublicKey.toBase64()) } };
    if (!ids.isEmpty()) {
        QJsonArray list;
        for (const QByteArray &id : ids)
            list.append(QString::fromLatin1(crypto::toHex(id)));
        object.insert(QStringLiteral("ids"), list);
    }
    const QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    // A proof too weak for the intake's current difficulty is answered 428 with the difficulty: once more.
    Result<QByteArray> answer = Result<QByteArray>::failure(QString());
    for (int attempt = 0; attempt < 2; ++attempt) {
        int asked = 0;
        answer = post(path, body, keys, &asked);
        if (answer || asked <= m_difficulty || asked > admission::kMaxDifficulty)
            break;
        m_difficulty = asked;
    }
    if (!answer)
        return R::failure(answer);
    auto listed = mb::readAnswer(answer.value());
    if (!listed)
        return R::failure(
            QStringLiteral("the intake's answer is not a mailbox answer: %1").arg(listed.error()));
    Fetched fetched;
    for (const mb::StoredReply &stored : listed.value()) {
        fetched.ids.append(stored.id);
        auto reply = mb::openReply(stored.sealed, keys);
        if (!reply || reply->id != stored.id) {
            ++fetched.refused;
            continue;
        }
        fetched.replies.append(reply.value());
    }
    return fetched;
}

Result<QByteArray> MailboxClient::post(
    const QByteArray &path, const QByteArray &body, const mb::Keys &keys, int *difficultyAsked)
{
    using R = Result<QByteArray>;
    QUrl url = m_intake;
    url.setPath(QString::fromLatin1(path));
    url.setQuery(QString());
    if (url.scheme() != QLatin1StringView("https") && url.scheme() != QLatin1StringView("http"))
        return R::failure(QStringLiteral("the intake's address must be http:// or https://"));
    if (!m_pins.isEmpty() && url.scheme() != QLatin1StringView("https"))
        return R::failure(QStringLiteral("the intake has TLS pins but its address is not https://"));

    const QByteArray nonce = crypto::randomBytes(sig::kNonceBytes);
    const sig::SignedHeaders signedHeaders
        = sig::signRequest("POST", path, body, keys.signingSecretKey, QDateTime::currentSecsSinceEpoch(),
            nonce.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), "mailbox");
    const auto proof = admission::solve(nonce, m_difficulty);
    if (!proof)
        return R::failure(
            QStringLiteral("the intake asks for more work than this device does (%1)").arg(m_difficulty));

    // The headers every request of the app carries (§11.6), and the signed request's own.
    QNetworkRequest request = intakeRequest(url, m_onion, m_caCertificates, m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(sig::kSignatureInputHeader, signedHeaders.signatureInput);
    request.setRawHeader(sig::kSignatureHeader, signedHeaders.signature);
    request.setRawHeader(sig::kContentDigestHeader, signedHeaders.contentDigest);
    request.setRawHeader(admission::kProofHeader, admission::proofText(*proof));

    QNetworkReply *reply = m_network->post(request, body);
    bool pinRefused = false;
    bool tooLarge = false;
    if (!m_pins.isEmpty()) {
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [&, reply] {
            if (!matchesPins(reply->sslConfiguration().peerCertificate(), m_pins)) {
                pinRefused = true;
                reply->abort();
            }
        });
    }
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&, reply](qint64 received, qint64) {
        if (received > kMaxAnswerBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(m_timeoutMs * 4, reply, [reply] { reply->abort(); });
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString errorText = reply->errorString();
    const bool cancelled = reply->error() == QNetworkReply::OperationCanceledError;
    const bool sslChecked = !m_pins.isEmpty();
    const bool verifiedPin = sslChecked && !pinRefused
        && (url.scheme() != QLatin1StringView("https")
            || matchesPins(reply->sslConfiguration().peerCertificate(), m_pins));
    reply->deleteLater();
    if (pinRefused || (sslChecked && status != 0 && !verifiedPin))
        return R::failure(QStringLiteral("the intake's TLS key is not the one the directory names"));
    if (tooLarge)
        return R::failure(QStringLiteral("the intake sent an answer larger than a mailbox can hold"));
    if (cancelled)
        return R::failure(QStringLiteral("the intake did not answer in time"));
    if (status == 0)
        return R::failure(QStringLiteral("cannot reach the intake: %1").arg(errorText));
    switch (status) {
    case 200:
        return answer;
    case 428:
        *difficultyAsked
            = QJsonDocument::fromJson(answer).object().value(QStringLiteral("difficulty")).toInt();
        return R::failure(QStringLiteral("the intake asked for more work than was sent (difficulty %1)")
                              .arg(*difficultyAsked));
    case 429:
        return R::failure(QStringLiteral("the intake is busy; try again in a moment"));
    case 401:
        return R::failure(
            QStringLiteral("the intake did not accept the request: %1 (is this device's clock right?)")
                .arg(intakeReason(answer)),
            ErrorKind::Refused);
    default:
        if (status >= 300 && status < 400)
            return R::failure(QStringLiteral("the intake answered with a redirect, which is never followed"));
        return R::failure(QStringLiteral("the intake refused the request (HTTP %1): %2")
                              .arg(status)
                              .arg(intakeReason(answer)),
            status < 500 ? ErrorKind::Refused : ErrorKind::Other);
    }
}

Result<void> queueFollowUp(store::Outbox *outbox, const mb::FollowUpReport &report, const mb::Keys &keys,
    ReportCopy copy, const QString &reference, qint64 nowMs)
{
    auto json = mb::writeFollowUp(report, keys);
    if (!json)
        return Result<void>::failure(json);
    copy.reportJson = json.value();
    std::vector<ReportCopy> copies;
    copies.push_back(std::move(copy));
    ReportSender sender(outbox);
    return sender.send(std::move(copies), reference, QByteArray(), nowMs);
}

} // namespace harbour::delivery
