// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivertestutil.h"

#include "protocol/admission.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace harbour::testsupport {

HttpReply httpRequest(
    const QByteArray &method, const QUrl &url, const QByteArray &body, const Headers &headers, int timeoutMs)
{
    QNetworkAccessManager manager;
    // Straight to loopback, whatever proxy the environment names.
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    // Each request on a fresh connection, so one refused request cannot affect the next.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Connection", "close");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QStringLiteral("timed out");
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (reply->error() != QNetworkReply::NoError && result.status == 0)
            result.error = reply->errorString();
    }
    delete reply;
    return result;
}

Headers envelopeHeaders(const protocol::Envelope &envelope, int difficulty)
{
    const auto nonce = protocol::admission::solve(
        envelope.id, protocol::admission::requiredDifficulty(difficulty, envelope.toJson().size()));
    return { { "Content-Type", "application/json" }, { "Idempotency-Key", envelope.idHex() },
        { protocol::admission::kProofHeader, protocol::admission::proofText(nonce.value_or(0)) } };
}

HttpReply postEnvelope(
    const QUrl &url, const protocol::Envelope &envelope, const QByteArray &userAgent, int difficulty)
{
    Headers headers = envelopeHeaders(envelope, difficulty);
    if (!userAgent.isEmpty())
        headers.append({ "User-Agent", userAgent });
    return httpRequest("POST", url, envelope.toJson(), headers);
}

report::ReportDocument makeReport(const QString &reference, const QString &mode, const QJsonObject &answers,
    const QStringList &strands, bool cyberEnabled)
{
    report::ReportDocument report;
    report.questionnaireId = QStringLiteral("harbour-spine");
    report.questionnaireVersion = 1;
    report.reference = reference;
    report.language = QStringLiteral("en");
    report.mode = mode;
    report.appVersion = QStringLiteral("0.1.0");
    report.reportedAt = QStringLiteral("2024-05-01T13:00:00Z");
    report.answers = answers;
    // An early app's flags: the others read "unknown" in the inbox.
    report.flags.strands = strands;
    report.flags.cyberEnabled = cyberEnabled;
    return report;
}

QByteArray canonical(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace harbour::testsupport
