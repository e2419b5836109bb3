// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// A raw TCP server on loopback standing between the app and an intake: it records every byte each
// connection sends and passes it on to the real intake (upstreamPort), or, with no upstream,
// answers every request with one canned HTTP response (an intake that refuses for ever).
namespace harbour::testsupport {

class CaptureProxy : public QTcpServer
{
public:
    // Passes everything on to 127.0.0.1:upstreamPort.
    explicit CaptureProxy(quint16 upstreamPort);
    // Answers every request with `response` (a whole HTTP response) and closes the connection.
    explicit CaptureProxy(QByteArray response);

    QUrl envelopesUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1/envelopes").arg(serverPort()));
    }
    // The bytes each connection sent, in the order the connections were made.
    const QList<QByteArray> &connections() const { return m_connections; }
    // Every request head seen ("METHOD path HTTP/1.1\r\nName: value\r\n..."), without bodies.
    QList<QByteArray> requestHeads() const;
    // Called with each request's head as it arrives (e.g. to read a test clock).
    std::function<void(const QByteArray &head)> onRequest;

private:
    void accept();
    quint16 m_upstreamPort = 0;
    QByteArray m_response;
    QList<QByteArray> m_connections;
};

// The request heads in the bytes one connection sent (see CaptureProxy::requestHeads).
QList<QByteArray> requestHeads(const QByteArray &connectionBytes);
// The header names of a request head, lower case, in the order sent (the request line left out).
QList<QByteArray> headerNames(const QByteArray &head);
// A header's value (first occurrence, trimmed), or a null QByteArray when absent.
QByteArray headerValue(const QByteArray &head, const QByteArray &name);

} // namespace harbour::testsupport
