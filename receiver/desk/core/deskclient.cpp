// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskclient.h"

#include "base/strictinput.h"
#include "caseevent.h"
#include "crypto/sodium.h"
#include "protocol/desksignature.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace harbour::desk {
namespace {

namespace sig = protocol::desk;

// The intake's own reason, as it gave it, but bounded and with no control characters: it is shown
// to a caseworker and may be logged.
QString intakeReason(const QByteArray &body)
{
    QString reason = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    if (reason.isEmpty())
        return QStringLiteral("no reason given");
    reason.truncate(300);
    for (QChar &c : reason) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    return reason;
}

// The answer as a JSON object with exactly `members`, or why not.
Result<QJsonObject> strictAnswer(const QByteArray &body, const QStringList &members, const QString &what)
{
    using R = Result<QJsonObject>;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(QStringLiteral("the intake's answer to %1 is not a JSON object").arg(what));
    if (const auto repeated = strict::firstRepeatedMember(body))
        return R::failure(
            QStringLiteral("the intake's answer to %1 repeats the member \"%2\"").arg(what, *repeated));
    const QJsonObject object = document.object();
    if (const auto unknown = strict::firstUnknownMember(object, members))
        return R::failure(
            QStringLiteral("the intake's answer to %1 has an unknown member \"%2\"").arg(what, *unknown));
    for (const QString &member : members) {
        if (!object.contains(member))
            return R::failure(QStringLiteral("the intake's answer to %1 lacks \"%2\"").arg(what, member));
    }
    return object;
}

QByteArray pageBody(qint64 after, int limit)
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("after"), after }, { QStringLiteral("limit"), limit } })
        .toJson(QJsonDocument::Compact);
}

// Members shared by both lists: the rows array and "more".
template <typename Row>
Result<Page<Row>> readPage(const QByteArray &body, const QString &rowsName, const QStringList &rowMembers,
    const std::function<QString(const QJsonObject &, Row *)> &readRow)
{
    using R = Result<Page<Row>>;
    const QString what = QStringLiteral("a list request");
    auto object = strictAnswer(body, { rowsName, QStringLiteral("more") }, what);
    if (!object)
        return R::failure(object);
    if (!object->value(rowsName).isArray() || !object->value(QStringLiteral("more")).isBool())
        return R::failure(
            QStringLiteral("the intake's page has no \"%1\" array or no \"more\" flag").arg(rowsName));
    Page<Row> page;
    page.more = object->value(QStringLiteral("more")).toBool();
    const QJsonArray rows = object->value(rowsName).toArray();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        if (!value.isObject() || strict::firstUnknownMember(row, rowMembers))
            return R::failure(
                QStringLiteral("a row of the intake's page is not an object of the listed members"));
        Row read;
        const auto seq = strict::wholeNumber(row.value(QStringLiteral("seq")), 1, qint64(1) << 53);
        if (!seq)
            return R::failure(QStringLiteral("a row of the intake's page has no valid \"seq\""));
        read.seq = *seq;
        if (const QString problem = readRow(row, &read); !problem.isEmpty())
            return R::failure(
                QStringLiteral("row seq %1 of the intake's page: %2").arg(read.seq).arg(problem));
        page.rows.append(read);
    }
    if (page.more && page.rows.isEmpty())
        return R::failure(QStringLiteral("the intake's page is empty but says more follow"));
    return page;
}

} // namespace

DeskClient::DeskClient(const QUrl &intake, const QByteArray &deskSecretKey)
    : m_network(std::make_unique<QNetworkAccessManager>())
    , m_intake(intake)
    , m_deskSecretKey(deskSecretKey)
{
    // A redirect is never the intake (a captive portal, a hijacked name): answer it as an error.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

DeskClient::~DeskClient()
{
    crypto::wipe(m_deskSecretKey);
}

Result<DeskClient::Answer> DeskClient::post(const QByteArray &path, const QByteArray &body)
{
    using R = Result<Answer>;
    QUrl url = m_intake;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QString::fromLatin1(path));
    const sig::SignedHeaders signedHeaders = sig::signRequest("POST", url.path(QUrl::FullyEncoded).toLatin1(),
        body, m_deskSecretKey, QDateTime::currentSecsSinceEpoch());

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(kUserAgent));
    request.setRawHeader("Accept-Language", kAcceptLanguage);
    request.setRawHeader(sig::kSignatureInputHeader, signedHeaders.signatureInput);
    request.setRawHeader(sig::kSignatureHeader, signedHeaders.signature);
    request.setRawHeader(sig::kContentDigestHeader, signedHeaders.contentDigest);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_timeoutMs);
    if (url.scheme() == QLatin1StringView("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(
            m_caCertificates ? *m_caCertificates : QSslConfiguration::systemCaCertificates());
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        request.setSslConfiguration(tls);
    } else if (url.scheme() != QLatin1StringView("http")) {
        return R::failure(QStringLiteral("the intake's address must be http:// or https://"));
    }

    QNetworkReply *reply = m_network->post(request, body);
    QEventLoop loop;
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64) {
        if (received > kMaxAnswerBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The transfer timeout covers a stalled transfer; this one a whole request that never ends.
    QTimer::singleShot(m_timeoutMs * 4, reply, [reply] { reply->abort(); });
    if (!reply->isFinished())
        loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed once aborted
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    const QString where = m_intake.toDisplayString();
    if (tooLarge)
        return R::failure(QStringLiteral("the intake at %1 sent an answer larger than %2 bytes")
                              .arg(where)
                              .arg(kMaxAnswerBytes));
    if (error == QNetworkReply::OperationCanceledError)
        return R::failure(QStringLiteral("the intake at %1 did not answer in time").arg(where));
    if (answer.status == 0)
        return R::failure(QStringLiteral("cannot reach the intake at %1: %2").arg(where, errorText));
    switch (answer.status) {
    case 200:
    case 201:
        return answer;
    case 400:
        return R::failure(
            QStringLiteral("the intake refused the request as malformed: %1").arg(intakeReason(answer.body)),
            ErrorKind::Refused);
    case 401:
        return R::failure(QStringLiteral("the intake did not accept this desk's signed request: %1")
                              .arg(intakeReason(answer.body)),
            ErrorKind::Refused);
    case 404:
        return R::failure(QStringLiteral("the intake has nothing at this address for this organisation: %1")
                              .arg(intakeReason(answer.body)),
            ErrorKind::NotFound);
    case 409:
        return R::failure(QStringLiteral("the intake already holds something different under this id: %1")
                              .arg(intakeReason(answer.body)),
            ErrorKind::Refused);
    case 503:
        return R::failure(QStringLiteral("the intake cannot serve desks now (%1); try again later")
                              .arg(intakeReason(answer.body)));
    default:
        if (answer.status >= 300 && answer.status < 400)
            return R::failure(
                QStringLiteral("the intake at %1 answered with a redirect (HTTP %2), which a desk "
                               "never follows: is the address right?")
                    .arg(where)
                    .arg(answer.status));
        return R::failure(QStringLiteral("the intake refused the request (HTTP %1): %2")
                              .arg(answer.status)
                              .arg(intakeReason(answer.body)),
            answer.status < 500 ? ErrorKind::Refused : ErrorKind::Other);
    }
}

Result<EnvelopePage> DeskClient::listEnvelopes(qint64 after, int limit)
{
    auto answer = post("/v1/desk/envelopes/list", pageBody(after, limit));
    if (!answer)
        return Result<EnvelopePage>::failure(answer);
    return readPage<ListedEnvelope>(answer->body, QStringLiteral("envelopes"),
        { QStringLiteral("envelope"), QStringLiteral("seq"), QStringLiteral("stored") },
        [](const QJsonObject &row, ListedEnvelope *out) -> QString {
            if (!row.value(QStringLiteral("envelope")).isObject()
                || !row.value(QStringLiteral("stored")).isString())
                return QStringLiteral("no \"envelope\" object or \"stored\" hour");
            // The envelope's own reader (§8) judges it later, in the store, as junk or not.
            out->envelopeJson = QJsonDocument(row.value(QStringLiteral("envelope")).toObject())
                                    .toJson(QJsonDocument::Compact);
            out->stored = row.value(QStringLiteral("stored")).toString().left(32);
            return {};
        });
}

Result<QByteArray> DeskClient::fetchEnvelope(const QByteArray &idHex)
{
    auto answer = post("/v1/desk/envelopes/fetch",
        QJsonDocument(QJsonObject { { QStringLiteral("id"), QString::fromLatin1(idHex) } })
            .toJson(QJsonDocument::Compact));
    if (!answer)
        return Result<QByteArray>::failure(answer);
    return answer->body;
}

Result<DeskClient::Appended> DeskClient::appendEvent(const QByteArray &idHex, const QByteArray &sealed)
{
    using R = Result<Appended>;
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("id"), QString::fromLatin1(idHex) },
                            { QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64()) } })
              .toJson(QJsonDocument::Compact);
    auto answer = post("/v1/desk/events/append", body);
    if (!answer)
        return R::failure(answer);
    auto object = strictAnswer(answer->body, { QStringLiteral("seq") }, QStringLiteral("an append"));
    if (!object)
        return R::failure(object);
    const auto seq = strict::wholeNumber(object->value(QStringLiteral("seq")), 1, qint64(1) << 53);
    if (!seq)
        return R::failure(QStringLiteral("the intake's answer to an append has no valid \"seq\""));
    return Appended { *seq, answer->status == 200 };
}

Result<EventPage> DeskClient::listEvents(qint64 after, int limit)
{
    auto answer = post("/v1/desk/events/list", pageBody(after, limit));
    if (!answer)
        return Result<EventPage>::failure(answer);
    return readPage<ListedEvent>(answer->body, QStringLiteral("events"),
        { QStringLiteral("desk"), QStringLiteral("erased"), QStringLiteral("id"), QStringLiteral("sealed"),
            QStringLiteral("seq") },
        [](const QJsonObject &row, ListedEvent *out) -> QString {
            if (!row.value(QStringLiteral("id")).isString() || !row.value(QStringLiteral("desk")).isString())
                return QStringLiteral("no \"id\" or \"desk\"");
            // Checked in the store, where a bad one is kept apart with its reason.
            out->id = row.value(QStringLiteral("id")).toString().toLatin1().left(64);
            out->desk = row.value(QStringLiteral("desk")).toString().toLatin1().left(64);
            const bool sealed = row.contains(QStringLiteral("sealed"));
            if (sealed == row.contains(QStringLiteral("erased")))
                return QStringLiteral("not exactly one of \"sealed\" and \"erased\"");
            if (sealed) {
                const auto bytes
                    = strict::decodeCanonicalBase64(row.value(QStringLiteral("sealed")).toString());
                if (!bytes)
                    return QStringLiteral("no canonical base64 \"sealed\"");
                out->sealed = *bytes;
                return {};
            }
            out->erasedHash = crypto::fromHexStrict(
                row.value(QStringLiteral("erased")).toString().toLatin1(), kEventHashBytes);
            if (out->erasedHash.isEmpty())
                return QStringLiteral("\"erased\" is not a hash (64 lower-case hex characters)");
            return {};
        });
}

Result<bool> DeskClient::postReply(
    const QByteArray &idHex, const QByteArray &mailboxId, const QByteArray &sealed)
{
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("id"), QString::fromLatin1(idHex) },
                            { QStringLiteral("mailbox"), QString::fromLatin1(mailboxId) },
                            { QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64()) } })
              .toJson(QJsonDocument::Compact);
    auto answer = post("/v1/desk/replies/post", body);
    if (!answer)
        return Result<bool>::failure(answer);
    return answer->status == 200;
}

Result<DeskClient::Deleted> DeskClient::deleteCase(
    const QByteArray &envelopeIdHex, const QList<NamedEvent> &events)
{
    using R = Result<Deleted>;
    if (events.size() > kMaxDeletedEvents)
        return R::failure(QStringLiteral("at most %1 events a delete request").arg(kMaxDeletedEvents));
    QJsonArray named;
    for (const NamedEvent &event : events)
        named.append(QJsonObject { { QStringLiteral("hash"), QString::fromLatin1(crypto::toHex(event.hash)) },
            { QStringLiteral("id"), QString::fromLatin1(event.idHex) } });
    auto answer = post("/v1/desk/envelopes/delete",
        QJsonDocument(QJsonObject { { QStringLiteral("events"), named },
                          { QStringLiteral("id"), QString::fromLatin1(envelopeIdHex) } })
            .toJson(QJsonDocument::Compact));
    if (!answer)
        return R::failure(answer);
    auto object = strictAnswer(answer->body, { QStringLiteral("envelope"), QStringLiteral("events") },
        QStringLiteral("a delete request"));
    if (!object)
        return R::failure(object);
    const QString envelope = object->value(QStringLiteral("envelope")).toString();
    const auto erased = strict::wholeNumber(object->value(QStringLiteral("events")), 0, kMaxDeletedEvents);
    if ((envelope != QLatin1StringView("deleted") && envelope != QLatin1StringView("absent")) || !erased)
        return R::failure(
            QStringLiteral("the intake's answer to a delete request is not one this desk reads"));
    return Deleted { envelope == QLatin1StringView("deleted"), int(*erased) };
}

} // namespace harbour::desk
