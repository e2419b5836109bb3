// SPDX-License-Identifier: GPL-3.0-or-later
#include "forwarder.h"

#include "base/strictinput.h"
#include "protocol/admission.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcDelivery, "harbour.delivery")

namespace harbour::delivery {

namespace {
constexpr qint64 kMaxReceiptBytes = 4096;
// Requests at once; more wait in the outbox (Qt opens at most six connections per host anyway).
constexpr qsizetype kMaxInFlight = 16;
constexpr qsizetype kPinBytes = 32;
// Set on a reply aborted because the server's key is not pinned, so finished() can say so.
constexpr char kPinRefused[] = "harbourPinRefused";
constexpr int kPreconditionRequired = 428;

// Which intake a URL belongs to, for the difficulty it asks for.
QString intakeOrigin(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

// The difficulty header of an intake's answer, when it is a whole number in range.
std::optional<int> difficultyOf(QNetworkReply *reply)
{
    namespace admission = protocol::admission;
    const QByteArray text = reply->rawHeader(admission::kDifficultyHeader);
    if (text.isEmpty() || text.size() > 2)
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0
        || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return value;
}

// One DER TLV at `pos`: its tag and where its content lies. False if it is malformed or runs past
// the end. Only what certificates use: low tag numbers, definite lengths of up to 4 bytes.
struct Tlv
{
    quint8 tag = 0;
    qsizetype contentStart = 0;
    qsizetype contentLength = 0;
    qsizetype end() const { return contentStart + contentLength; }
};

bool readTlv(const QByteArray &der, qsizetype pos, qsizetype limit, Tlv *tlv)
{
    if (pos < 0 || limit > der.size() || limit - pos < 2)
        return false;
    tlv->tag = quint8(der.at(pos));
    if ((tlv->tag & 0x1f) == 0x1f)
        return false;
    const quint8 first = quint8(der.at(pos + 1));
    qsizetype start = pos + 2;
    qint64 length = first;
    if (first & 0x80) {
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || limit - start < count)
            return false; // indefinite (not DER) or absurd lengths
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | quint8(der.at(start + i));
        start += count;
    }
    if (length > limit - start)
        return false;
    tlv->contentStart = start;
    tlv->contentLength = qsizetype(length);
    return true;
}

// The Host header Qt writes for a URL: the host, and the port unless it is the scheme's own.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    const int standard = url.scheme() == QLatin1StringView("https") ? 443 : 80;
    if (port != -1 && port != standard)
        host += ':' + QByteArray::number(port);
    return host;
}

bool samePin(const QByteArray &pin, const QList<QByteArray> &pins)
{
    for (const QByteArray &p : pins) {
        if (p.size() == pin.size() && std::equal(p.begin(), p.end(), pin.begin()))
            return true;
    }
    return false;
}

} // namespace

bool matchesPins(const QSslCertificate &peer, const QList<QByteArray> &pins)
{
    if (peer.isNull())
        return false;
    const QByteArray spki = subjectPublicKeyInfo(peer.toDer());
    if (spki.isEmpty())
        return false;
    return samePin(QCryptographicHash::hash(spki, QCryptographicHash::Sha256), pins);
}

QByteArray subjectPublicKeyInfo(const QByteArray &der)
{
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serialNumber,
    //   signature, issuer, validity, subject, subjectPublicKeyInfo, ... }, ... }  (RFC 5280 §4.1)
    Tlv certificate;
    if (!readTlv(der, 0, der.size(), &certificate) || certificate.tag != 0x30
        || certificate.end() != der.size())
        return {};
    Tlv tbs;
    if (!readTlv(der, certificate.contentStart, certificate.end(), &tbs) || tbs.tag != 0x30)
        return {};
    qsizetype pos = tbs.contentStart;
    Tlv field;
    if (!readTlv(der, pos, tbs.end(), &field))
        return {};
    if (field.tag == 0xa0) { // explicit version
        pos = field.end();
        if (!readTlv(der, pos, tbs.end(), &field))
            return {};
    }
    // serialNumber INTEGER, then four SEQUENCEs: signature, issuer, validity, subject.
    const quint8 expected[] = { 0x02, 0x30, 0x30, 0x30, 0x30 };
    for (quint8 tag : expected) {
        if (field.tag != tag)
            return {};
        pos = field.end();
        if (!readTlv(der, pos, tbs.end(), &field))
            return {};
    }
    if (field.tag != 0x30)
        return {};
    return der.mid(pos, field.end() - pos);
}

QByteArray publicKeyPin(const QSslCertificate &certificate)
{
    const QByteArray spki = subjectPublicKeyInfo(certificate.toDer());
    if (spki.isEmpty())
        return {};
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
}

Result<QList<QByteArray>> parsePins(const QString &tlsPin)
{
    using R = Result<QList<QByteArray>>;
    QList<QByteArray> pins;
    const QStringList parts = tlsPin.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto pin = strict::decodeCanonicalBase64(QStringView(part).trimmed(), kPinBytes);
        if (!pin)
            return R::failure(QStringLiteral("a TLS pin is not base64 of a 32-byte SHA-256"));
        pins.append(*pin);
    }
    // Separators and nothing else are not "no pin": whatever was meant, it is not sent unpinned.
    if (pins.isEmpty() && !tlsPin.trimmed().isEmpty())
        return R::failure(QStringLiteral("a TLS pin is not base64 of a 32-byte SHA-256"));
    return pins;
}

qint64 fullJitterDelayMs(int attempt, qint64 baseMs, qint64 capMs)
{
    const int shift = std::clamp(attempt, 0, 30);
    const qint64 ceiling = std::min(capMs, baseMs << shift);
    return ceiling <= 0 ? 0 : qint64(QRandomGenerator::global()->bounded(quint64(ceiling) + 1));
}

Forwarder::Forwarder(store::Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Forwarder::kick);
    watchNetwork();
}

bool Forwarder::isPermanentRefusal(int status)
{
    // 408 timeout, 425 too early, 428 admission (work again), 429 too many: worth trying later.
    return status >= 400 && status < 500 && status != 408 && status != 425 && status != 428 && status != 429;
}

void Forwarder::setPacing(qint64 floorMs, qint64 minGapMs, qint64 maxGapMs)
{
    m_floorMs = floorMs;
    m_minGapMs = minGapMs;
    m_maxGapMs = std::max(minGapMs, maxGapMs);
}

Forwarder::~Forwarder()
{
    *m_stopping = true;
}

void Forwarder::setBackoff(qint64 baseMs, qint64 capMs)
{
    m_baseMs = baseMs;
    m_capMs = capMs;
}

void Forwarder::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
    // Connections made under the old trust must not carry anything more.
    for (auto &[key, network] : m_networks)
        network->clearConnectionCache();
}

QNetworkAccessManager *Forwarder::networkFor(const store::Outbox::Pending &pending)
{
    auto &network = m_networks[pending.envelopeId];
    if (!network) {
        network = std::make_unique<QNetworkAccessManager>();
        // Never follow redirects: a captive portal redirecting us is not the intake.
        network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        if (pending.viaTor) {
            // A circuit of its own per attempt (a new SOCKS user), so no two envelopes share one.
            network->setProxy(torProxy(m_torSocksPort));
        } else {
            // Direct, as before: no proxy of the system's or the process's in the way.
            network->setProxy(QNetworkProxy::NoProxy);
        }
    }
    return network.get();
}

QUrl Forwarder::targetUrl(const store::Outbox::Pending &pending, const QUrl &url)
{
    if (!pending.viaTor || pending.onion.isEmpty())
        return url;
    QUrl onion(url);
    onion.setHost(pending.onion);
    return onion;
}

void Forwarder::releaseNetwork(const QByteArray &envelopeId)
{
    const auto found = m_networks.find(envelopeId);
    if (found == m_networks.end())
        return;
    // Its reply is still being handled (deleteLater): the manager goes after it, with its connection.
    found->second.release()->deleteLater();
    m_networks.erase(found);
}

void Forwarder::watchNetwork()
{
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // No backend here: timers alone drive retries.
    auto *info = QNetworkInformation::instance();
    connect(
        info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
            // Nothing is logged about sending: the system journal would record when reports went.
            if (r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Site
                || r == QNetworkInformation::Reachability::Local)
                retryAllNow();
        });
}

void Forwarder::retryAllNow()
{
    m_outbox->retryAllNow(now(), m_floorMs);
    kick();
}

void Forwarder::kick()
{
    const qint64 at = now();
    // Reports not delivered in the time allowed stop here; the person is told (stopped()).
    for (const QString &reference : m_outbox->expireQueuedBefore(at - m_giveUpAfterMs))
        Q_EMIT stopped(reference);
    int room = int(kMaxInFlight - m_inFlight.size());
    // With a gap between envelopes, one starts at a time and the next waits its random gap.
    if (m_maxGapMs > 0)
        room = at >= m_nextStartMs ? std::min(room, 1) : 0;
    if (room > 0) {
        for (const auto &pending : m_outbox->due(at, room, m_inFlight)) {
            if (m_maxGapMs > 0)
                m_nextStartMs = at + m_minGapMs
                    + qint64(QRandomGenerator::global()->bounded(quint64(m_maxGapMs - m_minGapMs) + 1));
            post(pending);
        }
    }
    scheduleNext();
}

void Forwarder::scheduleNext()
{
    // Requests in flight stay due in the outbox until they end; counting them would wake the timer
    // again and again while they wait (a whole core for up to the transfer timeout). Their end
    // calls kick() instead.
    const auto next = m_inFlight.size() < kMaxInFlight ? m_outbox->nextAttemptMs(m_inFlight) : std::nullopt;
    if (!next) {
        m_timer.stop();
        return;
    }
    const qint64 wait
        = std::clamp<qint64>(std::max(*next, m_nextStartMs) - now(), 0, std::numeric_limits<int>::max());
    m_timer.start(int(wait));
}

void Forwarder::post(const store::Outbox::Pending &pending)
{
    auto envelope = protocol::Envelope::fromJson(pending.envelopeJson);
    if (!envelope) {
        // Cannot happen for rows we wrote; keep the row and say why rather than drop it.
        qCWarning(lcDelivery) << "a queued envelope does not parse";
        m_outbox->recordFailure(pending.envelopeId, pending.attempts + 1, now() + m_capMs, now());
        return;
    }
    // A pin problem is never a reason to send without one: the envelope waits (retry later).
    const auto pins = parsePins(pending.tlsPin);
    if (!pins) {
        failAttempt(pending, pins.error());
        return;
    }
    if (!pins->isEmpty() && pending.intakeUrl.scheme() != QLatin1StringView("https")) {
        failAttempt(pending, QStringLiteral("the intake is pinned but its address is not https"));
        return;
    }
    // Queued to go through Tor: through Tor or not at all (docs/protocol.md §11.7).
    if (pending.viaTor && m_torSocksPort == 0) {
        failAttempt(pending, QStringLiteral("no tor is set up on this device"));
        Q_EMIT torUnreachable(pending.reference);
        return;
    }
    if (pending.viaTor && !pending.onion.isEmpty() && !strict::isOnionV3Address(pending.onion)) {
        failAttempt(pending, QStringLiteral("the intake's onion address is not a version 3 onion address"));
        return;
    }
    // Admission (docs/protocol.md §11.5): learn what the intake asks for, then work for it once.
    const QString origin = intakeOrigin(pending.intakeUrl);
    const auto known = m_difficulty.constFind(origin);
    if (known == m_difficulty.cend()) {
        askDifficulty(pending, pins.value());
        return;
    }
    const int required = protocol::admission::requiredDifficulty(*known, pending.envelopeJson.size());
    if (required > protocol::admission::kMaxDifficulty) {
        failAttempt(pending,
            QStringLiteral("the intake asks for more work (difficulty %1) than this device does")
                .arg(required));
        return;
    }
    const auto proof = m_proofs.constFind(pending.envelopeId);
    if (proof == m_proofs.cend() || proof->difficulty < required) {
        solveProof(pending, required);
        return;
    }
    QNetworkRequest request = requestFor(pending.intakeUrl, pending);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", envelope->idHex());
    request.setRawHeader(protocol::admission::kProofHeader, protocol::admission::proofText(proof->nonce));
    m_inFlight.insert(pending.envelopeId);
    QNetworkReply *reply = send(networkFor(pending)->post(request, pending.envelopeJson), pins.value());
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, pending, pins = pins.value(), used = proof->difficulty] {
            finished(reply, pending, pins, used);
        });
}

QNetworkRequest intakeRequest(const QUrl &url, const QString &onion,
    const std::optional<QList<QSslCertificate>> &caCertificates, int transferTimeoutMs)
{
    QUrl target(url);
    if (!onion.isEmpty())
        target.setHost(onion);
    QNetworkRequest request(target);
    if (target != url) {
        // To the onion address: the request is otherwise the one sent to the intake's own address.
        // The intake's own host name in Host (its server and virtual hosts stay as they are) and for
        // TLS (SNI, and the certificate is checked for it and pinned as always, §11.4).
        request.setRawHeader("Host", hostHeader(url));
        request.setPeerVerifyName(url.host());
    }
    if (url.scheme() == QLatin1StringView("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // The system CAs only (or the ones set for tests): nothing another part of the process
        // may have added to the default configuration.
        tls.setCaCertificates(caCertificates ? *caCertificates : QSslConfiguration::systemCaCertificates());
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        request.setSslConfiguration(tls);
    }
    // The same few headers from every device (docs/protocol.md §11.6). Qt fills in the system's
    // languages for an unset or empty Accept-Language ("pl-PL,en,*" under a Polish locale), so it
    // gets a value that is sent as empty; Accept-Encoding is set so a Qt upgrade changes nothing.
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(Forwarder::kUserAgent));
    request.setRawHeader("Accept-Language", Forwarder::kAcceptLanguage);
    request.setRawHeader("Accept-Encoding", Forwarder::kAcceptEncoding);
    // HTTP/1.1 only: over HTTP/2 Qt could put a second request on a connection whose first reply
    // is still being checked against the pin (encrypted() is emitted for the first reply only).
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(transferTimeoutMs);
    // No cache is set on the managers, so nothing is read from or kept in one. (AlwaysNetwork would
    // add Cache-Control and Pragma headers, two more lines that say nothing useful.)
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // No cookies either way: a cookie could link one device's reports to each other.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}

QNetworkProxy torProxy(quint16 socksPort)
{
    // SOCKS5 to tor with the host name, never an address looked up here (no DNS query says where
    // the request goes). A random user name each time: tor isolates streams by SOCKS credentials,
    // so no two requests given their own proxy share a circuit.
    QNetworkProxy tor(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), socksPort);
    tor.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
    tor.setUser(QString::number(QRandomGenerator::system()->generate64(), 16));
    tor.setPassword(QStringLiteral("harbour"));
    return tor;
}

QNetworkRequest Forwarder::requestFor(const QUrl &url, const store::Outbox::Pending &pending) const
{
    return intakeRequest(
        url, pending.viaTor ? pending.onion : QString(), m_caCertificates, m_transferTimeoutMs);
}

QNetworkReply *Forwarder::send(QNetworkReply *reply, const QList<QByteArray> &pins)
{
    if (!pins.isEmpty()) {
        // Emitted once the handshake (chain and host name already checked) is done and before
        // the request is written (Qt blocks its HTTP thread on this signal): a key that is not
        // pinned ends the attempt before any byte of the envelope leaves.
        connect(reply, &QNetworkReply::encrypted, this, [reply, pins] {
            if (!matchesPins(reply->sslConfiguration().peerCertificate(), pins)) {
                reply->setProperty(kPinRefused, true);
                reply->abort();
            }
        });
    }
    return reply;
}

void Forwarder::learnDifficulty(const QUrl &intake, QNetworkReply *reply)
{
    if (const auto difficulty = difficultyOf(reply))
        m_difficulty.insert(intakeOrigin(intake), *difficulty);
}

void Forwarder::askDifficulty(const store::Outbox::Pending &pending, const QList<QByteArray> &pins)
{
    // "admission" next to "envelopes": https://intake.example/v1/admission.
    const QUrl url = pending.intakeUrl.resolved(QUrl(QStringLiteral("admission")));
    m_inFlight.insert(pending.envelopeId);
    QNetworkReply *reply = send(networkFor(pending)->get(requestFor(url, pending)), pins);
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending, pins] {
        reply->deleteLater();
        m_inFlight.remove(pending.envelopeId);
        const bool pinned = pins.isEmpty()
            || (!reply->property(kPinRefused).toBool()
                && matchesPins(reply->sslConfiguration().peerCertificate(), pins));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (pinned && status != 0) {
            // An intake that names no difficulty (one older than admission proofs, or something
            // in the way) gets the protocol's default; the envelope's own answer then decides.
            m_difficulty.insert(intakeOrigin(pending.intakeUrl),
                difficultyOf(reply).value_or(protocol::admission::kDefaultDifficulty));
            post(pending);
            return;
        }
        failAttempt(pending,
            pinned ? reply->errorString() : QStringLiteral("the intake's TLS key does not match its pin"));
        if (pending.viaTor && status == 0)
            checkTor(pending.reference);
        kick();
    });
}

void Forwarder::solveProof(const store::Outbox::Pending &pending, int difficulty)
{
    // About 2^difficulty Argon2id hashes: on the thread pool, never on the thread drawing the UI.
    m_inFlight.insert(pending.envelopeId);
    auto *watcher = new QFutureWatcher<std::optional<quint64>>(this);
    connect(watcher, &QFutureWatcher<std::optional<quint64>>::finished, this,
        [this, watcher, pending, difficulty] {
            watcher->deleteLater();
            m_inFlight.remove(pending.envelopeId);
            const std::optional<quint64> nonce = watcher->result();
            if (!nonce) {
                failAttempt(pending, QStringLiteral("no admission proof could be made"));
                kick();
                return;
            }
            m_proofs.insert(pending.envelopeId, Proof { difficulty, *nonce });
            post(pending);
        });
    watcher->setFuture(QtConcurrent::run([id = pending.envelopeId, difficulty, stopping = m_stopping] {
        return protocol::admission::solve(id, difficulty, stopping.get());
    }));
}

void Forwarder::checkTor(const QString &reference)
{
    m_torWaiting.insert(reference);
    if (m_torProbe)
        return; // one check at a time; it answers for every reference waiting
    // A SOCKS5 greeting offering "no authentication" and "user name and password": tor answers
    // 05 00 or 05 02 at once. Anything else within 5 s (refused, closed, silence, another protocol)
    // is "no tor".
    auto *probe = new QTcpSocket(this);
    probe->setProxy(QNetworkProxy::NoProxy);
    m_torProbe = probe;
    auto done = [this, probe](bool torAnswered) {
        if (m_torProbe != probe)
            return;
        m_torProbe = nullptr;
        probe->abort();
        probe->deleteLater();
        const QSet<QString> waiting = std::exchange(m_torWaiting, {});
        if (torAnswered)
            return;
        for (const QString &reference : waiting)
            Q_EMIT torUnreachable(reference);
    };
    connect(
        probe, &QTcpSocket::connected, probe, [probe] { probe->write(QByteArray("\x05\x02\x00\x02", 4)); });
    connect(probe, &QTcpSocket::readyRead, probe, [probe, done] {
        if (probe->bytesAvailable() < 2)
            return;
        const QByteArray answer = probe->read(2);
        done(answer.at(0) == '\x05' && (answer.at(1) == '\x00' || answer.at(1) == '\x02'));
    });
    connect(probe, &QTcpSocket::errorOccurred, probe, [done] { done(false); });
    QTimer::singleShot(5000, probe, [done] { done(false); });
    probe->connectToHost(QHostAddress::LocalHost, m_torSocksPort);
}

void Forwarder::failAttempt(const store::Outbox::Pending &pending, const QString &reason, int httpStatus)
{
    releaseNetwork(pending.envelopeId);
    const int attempts = pending.attempts + 1;
    const qint64 at = now();
    // Full jitter, but never sooner than the floor: an intake that fails on purpose cannot make a
    // device knock every few seconds.
    const qint64 delay = std::max(m_floorMs, fullJitterDelayMs(attempts, m_baseMs, m_capMs));
    if (isPermanentRefusal(httpStatus)) {
        if (m_outbox->recordRefusal(pending.envelopeId, attempts, at + delay, at, kMaxRefusals)
            == store::Outbox::State::Refused) {
            Q_EMIT attemptFailed(pending.envelopeId, reason);
            Q_EMIT stopped(pending.reference);
            return;
        }
    } else {
        m_outbox->recordFailure(pending.envelopeId, attempts, at + delay, at);
    }
    Q_EMIT attemptFailed(pending.envelopeId, reason);
}

void Forwarder::finished(QNetworkReply *reply, const store::Outbox::Pending &pending,
    const QList<QByteArray> &pins, int usedDifficulty)
{
    reply->deleteLater();
    m_inFlight.remove(pending.envelopeId);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted or timed-out reply is closed: there is no body to read.
    const QByteArray body = reply->isOpen() ? reply->read(kMaxReceiptBytes + 1) : QByteArray();

    QString reason;
    // No answer through Tor: is tor there at all? (Qt reports a refused SOCKS connection only as
    // an unknown network error.) The attempt fails either way; the person is told if it is not.
    if (pending.viaTor && status == 0)
        checkTor(pending.reference);
    if (reply->property(kPinRefused).toBool()) {
        reason = QStringLiteral("the intake's TLS key does not match its pin");
    } else if (!pins.isEmpty() && !matchesPins(reply->sslConfiguration().peerCertificate(), pins)) {
        // A reply that never saw encrypted() (a reused connection) is checked here too: without
        // the pinned key its answer is not the intake's.
        reason = QStringLiteral("the intake's TLS key does not match its pin");
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        reason = reply->errorString();
    } else if (status == kPreconditionRequired
        && protocol::admission::requiredDifficulty(
               difficultyOf(reply).value_or(0), pending.envelopeJson.size())
            > usedDifficulty) {
        learnDifficulty(pending.intakeUrl, reply);
        // The intake raised its difficulty since the proof was made: work again now, no backoff.
        releaseNetwork(pending.envelopeId);
        m_outbox->recordFailure(pending.envelopeId, pending.attempts, now());
        kick();
        return;
    } else if (status != 200 && status != 201) {
        learnDifficulty(pending.intakeUrl, reply);
        reason = QStringLiteral("the intake answered HTTP %1").arg(status);
        failAttempt(pending, reason, status);
        kick();
        return;
    } else {
        learnDifficulty(pending.intakeUrl, reply);
        auto envelope = protocol::Envelope::fromJson(pending.envelopeJson);
        auto receipt = protocol::verifyReceipt(body, envelope.value());
        if (receipt) {
            if (m_outbox->markDelivered(pending.envelopeId, body, now())) {
                releaseNetwork(pending.envelopeId);
                m_proofs.remove(pending.envelopeId);
                Q_EMIT delivered(pending.envelopeId, pending.reference);
                kick();
                return;
            }
            reason = QStringLiteral("the receipt could not be recorded");
        } else {
            reason = QStringLiteral("no valid receipt: %1").arg(receipt.error());
        }
    }
    failAttempt(pending, reason);
    kick();
}

} // namespace harbour::delivery
