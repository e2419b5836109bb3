// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureproxy.h"

#include <QTcpSocket>

namespace harbour::testsupport {

CaptureProxy::CaptureProxy(quint16 upstreamPort)
    : m_upstreamPort(upstreamPort)
{
    connect(this, &QTcpServer::newConnection, this, &CaptureProxy::accept);
    listen(QHostAddress::LocalHost, 0);
}

CaptureProxy::CaptureProxy(QByteArray response)
    : m_response(std::move(response))
{
    connect(this, &QTcpServer::newConnection, this, &CaptureProxy::accept);
    listen(QHostAddress::LocalHost, 0);
}

void CaptureProxy::accept()
{
    while (QTcpSocket *client = nextPendingConnection()) {
        const qsizetype index = m_connections.size();
        m_connections.append(QByteArray());
        QTcpSocket *upstream = nullptr;
        if (m_upstreamPort != 0) {
            upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        }
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, index] {
            const QByteArray bytes = client->readAll();
            const qsizetype before = m_connections[index].size();
            m_connections[index] += bytes;
            if (upstream) {
                upstream->write(bytes);
            } else if (m_connections[index].indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3)) >= 0) {
                client->write(m_response);
                client->disconnectFromHost();
            }
            if (onRequest
                && m_connections[index].indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3)) >= 0)
                onRequest(m_connections[index].left(m_connections[index].indexOf("\r\n\r\n")));
        });
    }
}

QList<QByteArray> CaptureProxy::requestHeads() const
{
    QList<QByteArray> heads;
    for (const QByteArray &bytes : m_connections)
        heads += testsupport::requestHeads(bytes);
    return heads;
}

QList<QByteArray> requestHeads(const QByteArray &bytes)
{
    // Requests follow each other on a connection; each head ends with an empty line and its body is
    // as long as its Content-Length.
    QList<QByteArray> heads;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype end = bytes.indexOf("\r\n\r\n", pos);
        if (end < 0)
            break;
        const QByteArray head = bytes.mid(pos, end - pos);
        heads.append(head);
        pos = end + 4 + headerValue(head, "Content-Length").toLongLong();
    }
    return heads;
}

QList<QByteArray> headerNames(const QByteArray &head)
{
    QList<QByteArray> names;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        names.append(colon < 0 ? lines[i].trimmed() : lines[i].left(colon).trimmed().toLower());
    }
    return names;
}

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0 && lines[i].left(colon).trimmed().toLower() == name.toLower())
            return lines[i].mid(colon + 1).trimmed();
    }
    return QByteArray();
}

} // namespace harbour::testsupport
