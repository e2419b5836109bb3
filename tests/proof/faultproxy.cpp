// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <sys/socket.h>

namespace harbour::proof {

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::Pass:
        return QStringLiteral("pass");
    case Fault::DropBeforeRequest:
        return QStringLiteral("drop-before-request");
    case Fault::DropAfterRequest:
        return QStringLiteral("drop-after-request");
    case Fault::ResetMidBody:
        return QStringLiteral("reset-mid-body");
    case Fault::Stall:
        return QStringLiteral("stall");
    case Fault::StallAfterForward:
        return QStringLiteral("stall-after-store");
    case Fault::TruncatedResponse:
        return QStringLiteral("truncated-response");
    case Fault::ServerError:
        return QStringLiteral("5xx");
    case Fault::CaptivePortal:
        return QStringLiteral("captive-portal-200");
    case Fault::IntakeCrash:
        return QStringLiteral("intake-killed-mid-body");
    }
    return {};
}

namespace {

// A held (stalled) connection is closed after this at the latest, so nothing waits for ever.
constexpr int kHoldMs = 20000;
constexpr qsizetype kMaxHeadBytes = 64 * 1024;

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0 && lines.at(i).left(colon).trimmed().toLower() == name)
            return lines.at(i).mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray httpResponse(const QByteArray &status, const QByteArray &type, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// close() with SO_LINGER 0 sends a reset (RST) rather than an orderly FIN.
void reset(QAbstractSocket *socket)
{
    if (!socket)
        return;
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const struct linger hard
        {
            1, 0
        };
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

bool forwards(Fault fault)
{
    switch (fault) {
    case Fault::Pass:
    case Fault::DropAfterRequest:
    case Fault::ResetMidBody:
    case Fault::StallAfterForward:
    case Fault::TruncatedResponse:
    case Fault::IntakeCrash:
        return true;
    default:
        return false;
    }
}

} // namespace

// One client connection and, when the fault needs the intake, one upstream connection.
class ProxyConnection : public QObject
{
public:
    ProxyConnection(FaultProxy *proxy, QTcpSocket *client, Fault fault)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
        , m_fault(fault)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &ProxyConnection::onClientData);
        connect(client, &QTcpSocket::disconnected, this, &ProxyConnection::finish);
        connect(client, &QAbstractSocket::errorOccurred, this, &ProxyConnection::finish);
        QTimer::singleShot(kHoldMs, this, &ProxyConnection::finish);
        if (fault == Fault::DropBeforeRequest) {
            // Deferred so TLS and the socket are set up before the drop.
            QTimer::singleShot(0, this, [this] {
                inject();
                m_client->close();
                finish();
            });
            return;
        }
        if (forwards(fault))
            openUpstream();
    }

private:
    void openUpstream()
    {
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::readyRead, this, &ProxyConnection::onUpstreamData);
        connect(m_upstream, &QAbstractSocket::errorOccurred, this, [this] {
            // The intake is down (killed, restarting): the client just loses its connection.
            if (!m_responded && m_fault != Fault::IntakeCrash && m_fault != Fault::ResetMidBody)
                finish();
        });
        m_upstream->connectToHost(QHostAddress::LocalHost, m_proxy->m_upstreamPort);
    }

    // Keep-alive: the next request on this connection starts from nothing (and passes too).
    void nextRequest()
    {
        m_upstream->disconnect(this); // its close must not end the client's connection
        m_upstream->disconnectFromHost();
        m_upstream->deleteLater();
        m_request.clear();
        m_response.clear();
        m_key.clear();
        m_headBytes = 0;
        m_bodyBytes = 0;
        m_forwarded = 0;
        m_complete = false;
        m_responded = false;
        openUpstream();
    }

    void inject()
    {
        ++m_proxy->m_injected[m_fault];
        Q_EMIT m_proxy->faultInjected(m_fault);
    }

    void onClientData()
    {
        const QByteArray chunk = m_client->readAll();
        if (m_request.isEmpty() && !chunk.isEmpty())
            ++m_proxy->m_requestsSeen;
        m_proxy->m_requestBytes += chunk.size();
        m_request += chunk;
        if (m_headBytes == 0) {
            const qsizetype end = m_request.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_request.size() > kMaxHeadBytes)
                    finish();
                return;
            }
            m_headBytes = end + 4;
            const QByteArray head = m_request.left(end);
            m_bodyBytes = headerValue(head, "content-length").toLongLong();
            m_key = headerValue(head, "idempotency-key");
            m_proxy->m_keysSeen.insert(m_key);
        }
        const qint64 body = m_request.size() - m_headBytes;
        if (m_fault == Fault::ResetMidBody || m_fault == Fault::IntakeCrash) {
            const qint64 half = m_headBytes + m_bodyBytes / 2;
            forward(half);
            if (!m_cut && m_request.size() >= half)
                cutMidBody();
            return;
        }
        forward(m_request.size());
        if (body >= m_bodyBytes && !m_complete) {
            m_complete = true;
            requestComplete();
        }
    }

    // Sends the request upstream up to `upTo` bytes of it.
    void forward(qint64 upTo)
    {
        if (!m_upstream || m_forwarded >= upTo)
            return;
        const qint64 end = qMin<qint64>(upTo, m_request.size());
        m_upstream->write(m_request.mid(m_forwarded, end - m_forwarded));
        m_forwarded = end;
    }

    void cutMidBody()
    {
        m_cut = true;
        // Let half the body reach the intake first, so it is cut in the middle of an upload.
        if (m_upstream->waitForConnected(2000))
            m_upstream->waitForBytesWritten(2000);
        inject();
        if (m_fault == Fault::IntakeCrash) {
            Q_EMIT m_proxy->intakeCrashWanted();
            m_upstream->abort();
        } else {
            reset(m_upstream);
        }
        reset(m_client);
        finish();
    }

    void requestComplete()
    {
        switch (m_fault) {
        case Fault::Stall:
            inject(); // hold it: the client's transfer timeout ends the attempt
            break;
        case Fault::ServerError: {
            inject();
            static const QByteArray statuses[]
                = { "503 Service Unavailable", "502 Bad Gateway", "500 Internal Server Error" };
            const QByteArray status = statuses[m_proxy->m_injected.value(Fault::ServerError) % 3];
            m_client->write(httpResponse(status, "application/json", "{\"error\":\"proxy fault\"}"));
            m_responded = true;
            m_client->disconnectFromHost();
            break;
        }
        case Fault::CaptivePortal:
            inject();
            m_client->write(httpResponse("200 OK", "text/html; charset=utf-8",
                "<!doctype html><html><body><h1>Free Wi-Fi</h1><form>Log in to "
                "continue</form></body></html>"));
            m_responded = true;
            m_client->disconnectFromHost();
            break;
        default:
            break; // forwarded: the intake's answer decides (onUpstreamData)
        }
    }

    void onUpstreamData()
    {
        m_response += m_upstream->readAll();
        const qsizetype end = m_response.indexOf("\r\n\r\n");
        if (end < 0 || m_responded)
            return;
        const qint64 length = headerValue(m_response.left(end), "content-length").toLongLong();
        if (m_response.size() < end + 4 + length)
            return;
        m_responded = true;
        const QByteArray statusLine = m_response.left(m_response.indexOf("\r\n"));
        const bool success = statusLine.startsWith("HTTP/1.1 200") || statusLine.startsWith("HTTP/1.1 201");
        switch (m_fault) {
        case Fault::Pass:
            if (success && !m_key.isEmpty())
                m_proxy->m_relayed.insert(m_key);
            m_client->write(m_response);
            if (m_proxy->m_keepAlive) {
                nextRequest();
                return;
            }
            m_client->disconnectFromHost();
            break;
        case Fault::DropAfterRequest:
            inject();
            m_client->close();
            finish();
            break;
        case Fault::StallAfterForward:
            inject(); // hold the receipt back
            break;
        case Fault::TruncatedResponse:
            inject();
            m_client->write(m_response.left(m_response.size() / 2));
            m_client->disconnectFromHost();
            break;
        default:
            break;
        }
        m_upstream->disconnectFromHost();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_upstream)
            m_upstream->abort();
        if (m_client->state() != QAbstractSocket::UnconnectedState)
            m_client->abort();
        deleteLater();
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    Fault m_fault;
    QByteArray m_request;
    QByteArray m_response;
    QByteArray m_key;
    qsizetype m_headBytes = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_forwarded = 0;
    bool m_complete = false;
    bool m_cut = false;
    bool m_responded = false;
    bool m_finished = false;
};

FaultProxy::FaultProxy(quint16 upstreamPort, Schedule schedule, QObject *parent)
    : QTcpServer(parent)
    , m_upstreamPort(upstreamPort)
    , m_schedule(std::move(schedule))
{
}

void FaultProxy::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool FaultProxy::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::envelopesUrl() const
{
    QUrl url;
    url.setScheme(m_certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    url.setPath(QStringLiteral("/v1/envelopes"));
    return url;
}

int FaultProxy::faultsInjected() const
{
    int total = 0;
    for (auto it = m_injected.cbegin(); it != m_injected.cend(); ++it)
        total += it.key() == Fault::Pass ? 0 : it.value();
    return total;
}

void FaultProxy::incomingConnection(qintptr descriptor)
{
    const Fault fault = m_schedule(m_connections++);
    QTcpSocket *client = nullptr;
    if (m_certificate.isNull()) {
        client = new QTcpSocket(this);
        if (!client->setSocketDescriptor(descriptor)) {
            delete client;
            return;
        }
    } else {
        auto *tls = new QSslSocket(this);
        if (!tls->setSocketDescriptor(descriptor)) {
            delete tls;
            return;
        }
        tls->setLocalCertificate(m_certificate);
        tls->setPrivateKey(m_key);
        tls->setProtocol(QSsl::TlsV1_2OrLater);
        connect(tls, &QSslSocket::encrypted, this, [this] { ++m_tlsHandshakes; });
        tls->startServerEncryption();
        client = tls;
    }
    new ProxyConnection(this, client, fault);
}

} // namespace harbour::proof
