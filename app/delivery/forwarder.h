// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outbox.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>

#include <QHash>

#include <atomic>
#include <map>
#include <memory>
#include <optional>

namespace harbour::delivery {

// Full-jitter exponential backoff: a uniformly random delay in [0, min(cap, base * 2^attempt)].
qint64 fullJitterDelayMs(int attempt, qint64 baseMs, qint64 capMs);

// TLS pinning (docs/protocol.md §11.4). A pin is SHA-256 of the DER SubjectPublicKeyInfo of the
// intake's certificate (HPKP "pin-sha256"); the directory and the outbox carry it in base64.
// The SubjectPublicKeyInfo inside a DER certificate (its whole TLV), or empty if it is malformed.
// Read by hand so every key algorithm works, not only those QSslKey knows.
QByteArray subjectPublicKeyInfo(const QByteArray &certificateDer);
// base64(SHA-256(SubjectPublicKeyInfo)), or empty for a malformed certificate.
QByteArray publicKeyPin(const QSslCertificate &certificate);
// The raw 32-byte pins in Outbox::Pending::tlsPin (base64, comma-separated; empty: none).
// Fails on anything that is not canonical base64 of 32 bytes.
Result<QList<QByteArray>> parsePins(const QString &tlsPin);

// Posts queued envelopes to their intakes and deletes each local copy only after a valid receipt.
class Forwarder : public QObject
{
    Q_OBJECT
public:
    explicit Forwarder(store::Outbox *outbox, QObject *parent = nullptr);
    ~Forwarder() override;

    void setBackoff(qint64 baseMs, qint64 capMs);
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    // HTTPS trusts the system CAs only. This replaces them (tests with their own CA on loopback,
    // or an organisation's private CA); pins are checked on top either way.
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    // Tries every envelope that is due now; safe to call at any time.
    void kick();
    // Makes every queued envelope due now (e.g. the network came back) and tries them.
    void retryAllNow();
    int inFlight() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void delivered(const QByteArray &envelopeId, const QString &reference);
    void attemptFailed(const QByteArray &envelopeId, const QString &reason);

private:
    struct Proof
    {
        int difficulty = 0;
        quint64 nonce = 0;
    };
    void post(const store::Outbox::Pending &pending);
    void askDifficulty(const store::Outbox::Pending &pending, const QList<QByteArray> &pins);
    void solveProof(const store::Outbox::Pending &pending, int difficulty);
    QNetworkRequest requestFor(const QUrl &url) const;
    QNetworkReply *send(QNetworkReply *reply, const QList<QByteArray> &pins);
    void learnDifficulty(const QUrl &intake, QNetworkReply *reply);
    void finished(QNetworkReply *reply, const store::Outbox::Pending &pending, const QList<QByteArray> &pins,
        int usedDifficulty);
    void failAttempt(const store::Outbox::Pending &pending, const QString &reason);
    QNetworkAccessManager *networkFor(const QList<QByteArray> &pins);
    void scheduleNext();
    void watchNetwork();

    store::Outbox *m_outbox;
    QNetworkAccessManager m_network;
    // One manager per pin set: Qt reuses a kept-alive connection for any request to the same host
    // and port whatever its TLS settings, so a connection checked against one pin set must never
    // carry an envelope pinned to another.
    std::map<QByteArray, std::unique_ptr<QNetworkAccessManager>> m_pinnedNetworks;
    std::optional<QList<QSslCertificate>> m_caCertificates;
    QTimer m_timer;
    QSet<QByteArray> m_inFlight;
    qint64 m_baseMs = 2000;
    qint64 m_capMs = 15 * 60 * 1000;
    int m_transferTimeoutMs = 30000;
    // Admission proofs (docs/protocol.md §11.5): the difficulty each intake last asked for, and the
    // proof found for each envelope, kept so a retry does not work again. Memory only.
    QHash<QString, int> m_difficulty;
    QHash<QByteArray, Proof> m_proofs;
    // Tells proof searches still running on the thread pool to give up.
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);
};

} // namespace harbour::delivery
