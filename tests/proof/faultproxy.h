// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// A hostile network between the Forwarder and the real intake, on 127.0.0.1 only: an HTTP proxy
// that takes one request per connection and does to it what its schedule says. It can also speak
// TLS to the client (the pinning test puts it in front of the plain intake as a TLS terminator).
namespace harbour::proof {

enum class Fault {
    Pass, // forward the request and relay the intake's answer whole
    DropBeforeRequest, // close the connection before reading anything
    DropAfterRequest, // the intake gets (and stores) the request; the answer is dropped
    ResetMidBody, // half the body reaches the intake, then both connections are reset
    Stall, // read the request and answer nothing, past the client's transfer timeout
    StallAfterForward, // the intake stores it; the answer is held back past the timeout
    TruncatedResponse, // the intake's answer, cut in half
    ServerError, // 502/503/500 without asking the intake
    CaptivePortal, // "200 OK" with a login page, without asking the intake
    IntakeCrash, // half the body reaches the intake, which is then killed (kill -9) and restarted
};
inline constexpr int kFaultKinds = 10;
QString faultName(Fault fault);

class FaultProxy : public QTcpServer
{
    Q_OBJECT
public:
    using Schedule = std::function<Fault(int connection)>;

    FaultProxy(quint16 upstreamPort, Schedule schedule, QObject *parent = nullptr);
    // Serve TLS with this certificate and key to the client (the intake behind stays plain HTTP).
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool start(); // listens on 127.0.0.1, port chosen by the system
    QUrl envelopesUrl() const; // http(s)://127.0.0.1:PORT/v1/envelopes
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    // Keep a client connection open after a passed request, for the next one (HTTP keep-alive).
    void setKeepAlive(bool on) { m_keepAlive = on; }

    int connections() const { return m_connections; }
    const QMap<Fault, int> &injected() const { return m_injected; }
    int faultsInjected() const;
    // Idempotency keys of requests whose 2xx answer from the intake was relayed whole to the client.
    const QSet<QByteArray> &receiptsRelayed() const { return m_relayed; }
    // Bytes of HTTP request the clients sent (after TLS decryption): 0 means nothing was sent.
    qint64 requestBytes() const { return m_requestBytes; }
    // Requests of which any byte arrived (after TLS), and the Idempotency-Keys of those whose
    // headers arrived.
    int requestsSeen() const { return m_requestsSeen; }
    const QSet<QByteArray> &keysSeen() const { return m_keysSeen; }
    int tlsHandshakes() const { return m_tlsHandshakes; }

Q_SIGNALS:
    void faultInjected(harbour::proof::Fault fault);
    // IntakeCrash: half a body has reached the intake; the handler kills and restarts it.
    void intakeCrashWanted();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ProxyConnection;
    quint16 m_upstreamPort;
    Schedule m_schedule;
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_connections = 0;
    QMap<Fault, int> m_injected;
    QSet<QByteArray> m_relayed;
    qint64 m_requestBytes = 0;
    int m_requestsSeen = 0;
    QSet<QByteArray> m_keysSeen;
    bool m_keepAlive = false;
    int m_tlsHandshakes = 0;
};

} // namespace harbour::proof
