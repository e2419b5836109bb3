// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outbox.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace harbour::delivery {

// Full-jitter exponential backoff: a uniformly random delay in [0, min(cap, base * 2^attempt)].
qint64 fullJitterDelayMs(int attempt, qint64 baseMs, qint64 capMs);

// Posts queued envelopes to their intakes and deletes each local copy only after a valid receipt.
class Forwarder : public QObject
{
    Q_OBJECT
public:
    explicit Forwarder(store::Outbox *outbox, QObject *parent = nullptr);

    void setBackoff(qint64 baseMs, qint64 capMs);
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    // Tries every envelope that is due now; safe to call at any time.
    void kick();
    // Makes every queued envelope due now (e.g. the network came back) and tries them.
    void retryAllNow();
    int inFlight() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void delivered(const QByteArray &envelopeId, const QString &reference);
    void attemptFailed(const QByteArray &envelopeId, const QString &reason);

private:
    void post(const store::Outbox::Pending &pending);
    void finished(QNetworkReply *reply, const store::Outbox::Pending &pending);
    void scheduleNext();
    void watchNetwork();

    store::Outbox *m_outbox;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QSet<QByteArray> m_inFlight;
    qint64 m_baseMs = 2000;
    qint64 m_capMs = 15 * 60 * 1000;
    int m_transferTimeoutMs = 30000;
};

} // namespace harbour::delivery
