// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outbox.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>

#include <QHash>

#include <atomic>
#include <functional>
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
// True when the peer certificate's key is one of the raw pins.
bool matchesPins(const QSslCertificate &peer, const QList<QByteArray> &pins);

// The one shape of every request the app makes to an intake (envelopes, admission, mailbox):
// the headers of docs/protocol.md §11.6 and nothing else, HTTP/1.1, no cache or cookies, TLS with
// the system CAs (or `caCertificates`). `onion` non-empty: sent to that onion host, with the
// intake's own host in Host and as the TLS name (§11.7).
QNetworkRequest intakeRequest(const QUrl &url, const QString &onion,
    const std::optional<QList<QSslCertificate>> &caCertificates, int transferTimeoutMs);
// tor's SOCKS5 port on 127.0.0.1 with a fresh SOCKS user name: a circuit of its own (§11.7).
QNetworkProxy torProxy(quint16 socksPort);

// Posts queued envelopes to their intakes and deletes each local copy only after a valid receipt.
class Forwarder : public QObject
{
    Q_OBJECT
public:
    // What every request the app makes says about itself (docs/protocol.md §11.1): the same for
    // every device, language and version. " " is sent as an empty Accept-Language.
    static constexpr char kUserAgent[] = "Harbour";
    static constexpr char kAcceptLanguage[] = " ";
    static constexpr char kAcceptEncoding[] = "identity";

    // Retries that do not become a beacon (docs/protocol.md §11.3). No envelope is tried again
    // sooner than the floor after its last attempt, whatever the backoff or the network does.
    static constexpr qint64 kRetryFloorMs = 60 * 1000;
    // Permanent refusals (4xx other than 408, 425, 428, 429) an envelope gets before it stops.
    static constexpr int kMaxRefusals = 3;
    // A report not delivered this long after it was queued stops and the person is told.
    static constexpr qint64 kDefaultGiveUpAfterMs = qint64(14) * 24 * 60 * 60 * 1000;
    // A random gap between the starts of two envelopes, each on its own connection.
    static constexpr qint64 kMinGapMs = 1000;
    static constexpr qint64 kMaxGapMs = 4000;

    explicit Forwarder(store::Outbox *outbox, QObject *parent = nullptr);
    ~Forwarder() override;

    void setBackoff(qint64 baseMs, qint64 capMs);
    // Tests on loopback: the retry floor and the gap between envelopes (production keeps the above).
    void setPacing(qint64 floorMs, qint64 minGapMs, qint64 maxGapMs);
    void setGiveUpAfterMs(qint64 ms) { m_giveUpAfterMs = ms; }
    // The clock the forwarder reads (ms since the epoch); tests count attempts on their own clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // True for an answer that says the envelope will never be taken as it is (docs/protocol.md §11.3).
    static bool isPermanentRefusal(int httpStatus);
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    // Where envelopes queued to go through Tor go (docs/protocol.md §11.7): the tor daemon's SOCKS5
    // port on 127.0.0.1 (0: none; such envelopes wait). Each attempt gets its own SOCKS user name,
    // so tor gives it a circuit of its own (IsolateSOCKSAuth, tor's default).
    void setTorSocksPort(quint16 port) { m_torSocksPort = port; }
    // The URL an envelope's request goes to: the intake's, or through Tor with an onion address,
    // the same URL on the onion host.
    static QUrl targetUrl(const store::Outbox::Pending &pending, const QUrl &url);
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
    // An envelope of this report is no longer sent: refused for good, or not delivered in time.
    void stopped(const QString &reference);
    // An attempt to go through Tor failed and no tor answers at the SOCKS port: the envelope waits
    // (it is never sent another way); the person is told Tor is needed.
    void torUnreachable(const QString &reference);

private:
    struct Proof
    {
        int difficulty = 0;
        quint64 nonce = 0;
    };
    void post(const store::Outbox::Pending &pending);
    void askDifficulty(const store::Outbox::Pending &pending, const QList<QByteArray> &pins);
    void solveProof(const store::Outbox::Pending &pending, int difficulty);
    QNetworkRequest requestFor(const QUrl &url, const store::Outbox::Pending &pending) const;
    QNetworkReply *send(QNetworkReply *reply, const QList<QByteArray> &pins);
    void learnDifficulty(const QUrl &intake, QNetworkReply *reply);
    void finished(QNetworkReply *reply, const store::Outbox::Pending &pending, const QList<QByteArray> &pins,
        int usedDifficulty);
    void failAttempt(const store::Outbox::Pending &pending, const QString &reason, int httpStatus = 0);
    // An attempt through Tor got no answer: checks whether tor is at the SOCKS port at all, and
    // emits torUnreachable for each reference waiting when it is not.
    void checkTor(const QString &reference);
    // Each envelope's attempt gets a network manager, so a connection never carries two envelopes.
    QNetworkAccessManager *networkFor(const store::Outbox::Pending &pending);
    void releaseNetwork(const QByteArray &envelopeId);
    qint64 now() const { return m_clock(); }
    void scheduleNext();
    void watchNetwork();

    store::Outbox *m_outbox;
    // One manager per envelope attempt: Qt reuses a kept-alive connection for any request to the
    // same host and port whatever its TLS settings, and a connection carrying two envelopes links
    // them. Released when the attempt ends.
    std::map<QByteArray, std::unique_ptr<QNetworkAccessManager>> m_networks;
    std::function<qint64()> m_clock;
    qint64 m_floorMs = kRetryFloorMs;
    qint64 m_minGapMs = kMinGapMs;
    qint64 m_maxGapMs = kMaxGapMs;
    qint64 m_giveUpAfterMs = kDefaultGiveUpAfterMs;
    qint64 m_nextStartMs = 0; // no new envelope starts before this
    std::optional<QList<QSslCertificate>> m_caCertificates;
    QTimer m_timer;
    QSet<QByteArray> m_inFlight;
    qint64 m_baseMs = 2000;
    qint64 m_capMs = 15 * 60 * 1000;
    int m_transferTimeoutMs = 30000;
    quint16 m_torSocksPort = 0;
    QObject *m_torProbe = nullptr; // the check under way, if any
    QSet<QString> m_torWaiting; // references whose attempt it answers for
    // Admission proofs (docs/protocol.md §11.5): the difficulty each intake last asked for, and the
    // proof found for each envelope, kept so a retry does not work again. Memory only.
    QHash<QString, int> m_difficulty;
    QHash<QByteArray, Proof> m_proofs;
    // Tells proof searches still running on the thread pool to give up.
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);
};

} // namespace harbour::delivery
