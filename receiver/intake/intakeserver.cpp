// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakeserver.h"

#include "streamguard.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>

namespace harbour::receiver {

Q_LOGGING_CATEGORY(lcIntake, "harbour.intake")

namespace {

using Status = QHttpServerResponse::StatusCode;

const QByteArray kJson = QByteArrayLiteral("application/json");
const QByteArray kEnvelopesPath = QByteArrayLiteral("/v1/envelopes");
const QByteArray kHealthPath = QByteArrayLiteral("/v1/health");

QHttpServerResponse jsonResponse(const QByteArray &body, Status status)
{
    QHttpServerResponse response(kJson, body, status);
    // Receipts and refusals are answers to one request; no cache on the way should keep them.
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse refuse(Status status, const QString &reason)
{
    qCInfo(lcIntake).noquote() << "refused a request with HTTP" << int(status);
    return jsonResponse(errorBody(reason), status);
}

QHttpServerResponse methodNotAllowed(const QByteArray &allowed)
{
    QHttpServerResponse response = refuse(Status::MethodNotAllowed,
        QStringLiteral("this path only accepts %1").arg(QString::fromLatin1(allowed)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

// "application/json" with or without parameters such as "; charset=utf-8".
bool isJsonMediaType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == kJson;
}

// A Content-Length is decimal digits only; anything else is refused rather than guessed at.
bool parseContentLength(const QByteArray &text, qint64 *length)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 18)
        return false;
    for (char c : trimmed) {
        if (c < '0' || c > '9')
            return false;
    }
    *length = trimmed.toLongLong();
    return true;
}

} // namespace

QByteArray errorBody(const QString &reason)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("error"), reason } }).toJson(QJsonDocument::Compact);
}

IntakeServer::IntakeServer(IntakeStore &store, Options options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_options(std::move(options))
{
}

quint16 IntakeServer::listenGuarded(const QHostAddress &address, quint16 port, QString *errorString)
{
    auto *tcpServer = new GuardedTcpServer(m_options.maxBodyBytes, this);
    if (!tcpServer->listen(address, port)) {
        *errorString = tcpServer->errorString();
        delete tcpServer;
        return 0;
    }
    bind(tcpServer);
    return tcpServer->serverPort();
}

bool IntakeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request).write(makeResponder(request, socket));
    return true;
}

void IntakeServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached (handleRequest answers everything), but an answer is still owed.
    refuse(Status::NotFound, QStringLiteral("no such path")).write(makeResponder(request, socket));
}

QHttpServerResponse IntakeServer::respond(const QHttpServerRequest &request)
{
    const QByteArray path = request.url().path(QUrl::FullyEncoded).toLatin1();
    const auto method = request.method();
    if (path == kEnvelopesPath) {
        if (method != QHttpServerRequest::Method::Post)
            return methodNotAllowed(QByteArrayLiteral("POST"));
        return postEnvelope(request);
    }
    if (path == kHealthPath) {
        if (method != QHttpServerRequest::Method::Get)
            return methodNotAllowed(QByteArrayLiteral("GET"));
        return jsonResponse(QByteArrayLiteral("{\"ok\":true}"), Status::Ok);
    }
    return refuse(Status::NotFound, QStringLiteral("no such path; envelopes are posted to /v1/envelopes"));
}

QHttpServerResponse IntakeServer::postEnvelope(const QHttpServerRequest &request)
{
    // Size first: the declared length, then what actually arrived (the stream guard has already
    // refused declared lengths over the limit; this keeps the handler safe on its own).
    const QByteArray declared = request.value(QByteArrayLiteral("Content-Length"));
    if (declared.isEmpty())
        return refuse(Status::LengthRequired, QStringLiteral("a Content-Length header is required"));
    qint64 length = 0;
    if (!parseContentLength(declared, &length))
        return refuse(Status::BadRequest, QStringLiteral("the Content-Length header is not a number"));
    const QByteArray body = request.body();
    if (length > m_options.maxBodyBytes || body.size() > m_options.maxBodyBytes)
        return refuse(Status::PayloadTooLarge,
            QStringLiteral("the envelope is larger than the intake accepts (%1 bytes)")
                .arg(m_options.maxBodyBytes));

    if (!isJsonMediaType(request.value(QByteArrayLiteral("Content-Type"))))
        return refuse(
            Status::UnsupportedMediaType, QStringLiteral("the Content-Type must be application/json"));

    const QByteArray idempotencyKey = request.value(QByteArrayLiteral("Idempotency-Key")).trimmed();
    if (idempotencyKey.isEmpty())
        return refuse(
            Status::BadRequest, QStringLiteral("an Idempotency-Key header (the envelope id) is required"));

    auto envelope = protocol::Envelope::fromJson(body);
    if (!envelope)
        return refuse(Status::BadRequest, envelope.error());
    if (idempotencyKey != envelope->idHex())
        return refuse(
            Status::BadRequest, QStringLiteral("the Idempotency-Key header does not match the envelope id"));
    if (!m_options.recipientKeyIds.contains(envelope->recipientKeyId))
        return refuse(Status::UnprocessableEntity, QStringLiteral("unknown recipient key"));

    auto put = m_store.put(envelope.value(), QDateTime::currentDateTimeUtc());
    if (!put) {
        // The reason may name a path or SQLite's complaint: it stays in the operator's log.
        qCWarning(lcIntake).noquote()
            << "cannot store envelope" << QString::fromLatin1(envelope->idHex()) << ":" << put.error();
        return refuse(Status::ServiceUnavailable,
            QStringLiteral("the intake cannot store envelopes right now; try again later"));
    }
    switch (put->outcome) {
    case IntakeStore::Outcome::Stored:
        ++m_stored;
        qCInfo(lcIntake).noquote() << "stored envelope" << QString::fromLatin1(envelope->idHex()) << "("
                                   << m_stored << "this run)";
        return jsonResponse(put->receiptJson, Status::Created);
    case IntakeStore::Outcome::AlreadyStored:
        qCInfo(lcIntake).noquote() << "envelope" << QString::fromLatin1(envelope->idHex())
                                   << "was already stored; receipt sent again";
        return jsonResponse(put->receiptJson, Status::Ok);
    case IntakeStore::Outcome::Conflict:
        break;
    }
    return refuse(Status::Conflict,
        QStringLiteral("an envelope with this id is already stored with different content"));
}

} // namespace harbour::receiver
