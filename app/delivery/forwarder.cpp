// SPDX-License-Identifier: GPL-3.0-or-later
#include "forwarder.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcDelivery, "harbour.delivery")

namespace harbour::delivery {

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
constexpr qint64 kMaxReceiptBytes = 4096;
} // namespace

qint64 fullJitterDelayMs(int attempt, qint64 baseMs, qint64 capMs)
{
    const int shift = std::clamp(attempt, 0, 30);
    const qint64 ceiling = std::min(capMs, baseMs << shift);
    return ceiling <= 0 ? 0 : qint64(QRandomGenerator::global()->bounded(quint64(ceiling) + 1));
}

Forwarder::Forwarder(store::Outbox *outbox, QObject *parent) : QObject(parent), m_outbox(outbox)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Forwarder::kick);
    // Never follow redirects: a captive portal redirecting us is not the intake.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    watchNetwork();
}

void Forwarder::setBackoff(qint64 baseMs, qint64 capMs)
{
    m_baseMs = baseMs;
    m_capMs = capMs;
}

void Forwarder::watchNetwork()
{
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // No backend here: timers alone drive retries.
    auto *info = QNetworkInformation::instance();
    connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
        if (r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Site
            || r == QNetworkInformation::Reachability::Local) {
            qCInfo(lcDelivery) << "network is back; retrying queued reports";
            retryAllNow();
        }
    });
}

void Forwarder::retryAllNow()
{
    m_outbox->retryAllNow(now());
    kick();
}

void Forwarder::kick()
{
    for (const auto &pending : m_outbox->due(now())) {
        if (!m_inFlight.contains(pending.envelopeId))
            post(pending);
    }
    scheduleNext();
}

void Forwarder::scheduleNext()
{
    const auto next = m_outbox->nextAttemptMs();
    if (!next) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*next - now(), 0, std::numeric_limits<int>::max());
    m_timer.start(int(wait));
}

void Forwarder::post(const store::Outbox::Pending &pending)
{
    auto envelope = protocol::Envelope::fromJson(pending.envelopeJson);
    if (!envelope) {
        // Cannot happen for rows we wrote; keep the row and say why rather than drop it.
        qCWarning(lcDelivery) << "a queued envelope does not parse:" << envelope.error();
        m_outbox->recordFailure(pending.envelopeId, pending.attempts + 1, now() + m_capMs);
        return;
    }
    QNetworkRequest request(pending.intakeUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Harbour"));
    request.setRawHeader("Idempotency-Key", envelope->idHex());
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // No cookies either way: a cookie could link one device's reports to each other.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    m_inFlight.insert(pending.envelopeId);
    QNetworkReply *reply = m_network.post(request, pending.envelopeJson);
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending] { finished(reply, pending); });
}

void Forwarder::finished(QNetworkReply *reply, const store::Outbox::Pending &pending)
{
    reply->deleteLater();
    m_inFlight.remove(pending.envelopeId);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(kMaxReceiptBytes + 1);

    QString reason;
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        reason = reply->errorString();
    } else if (status != 200 && status != 201) {
        reason = QStringLiteral("the intake answered HTTP %1").arg(status);
    } else {
        auto envelope = protocol::Envelope::fromJson(pending.envelopeJson);
        auto receipt = protocol::verifyReceipt(body, envelope.value());
        if (receipt) {
            if (m_outbox->markDelivered(pending.envelopeId, body, now())) {
                qCInfo(lcDelivery) << "delivered one envelope with a valid receipt";
                Q_EMIT delivered(pending.envelopeId, pending.reference);
                scheduleNext();
                return;
            }
            reason = QStringLiteral("the receipt could not be recorded");
        } else {
            reason = QStringLiteral("no valid receipt: %1").arg(receipt.error());
        }
    }
    const int attempts = pending.attempts + 1;
    const qint64 delay = fullJitterDelayMs(attempts, m_baseMs, m_capMs);
    m_outbox->recordFailure(pending.envelopeId, attempts, now() + delay);
    qCInfo(lcDelivery) << "delivery attempt" << attempts << "failed:" << reason << "; next try in" << delay << "ms";
    Q_EMIT attemptFailed(pending.envelopeId, reason);
    scheduleNext();
}

} // namespace harbour::delivery
