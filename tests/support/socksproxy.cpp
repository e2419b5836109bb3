// SPDX-License-Identifier: GPL-3.0-or-later
#include "socksproxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>

namespace harbour::testsupport {

namespace {
// Where a connection is in the SOCKS5 exchange.
enum class Stage { Greeting, Auth, Request, Tunnel, Closed };
} // namespace

SocksProxy::SocksProxy()
{
    connect(this, &QTcpServer::newConnection, this, &SocksProxy::accept);
    listen(QHostAddress::LocalHost, 0);
}

void SocksProxy::accept()
{
    while (QTcpSocket *client = nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        auto stage = std::make_shared<Stage>(Stage::Greeting);
        auto buffer = std::make_shared<QByteArray>();
        auto user = std::make_shared<QByteArray>();
        auto index = std::make_shared<qsizetype>(-1);
        QPointer<QTcpSocket> upstream;
        connect(client, &QTcpSocket::readyRead, this, [=, this]() mutable {
            *buffer += client->readAll();
            if (*stage == Stage::Greeting) {
                if (buffer->size() < 2 || buffer->size() < 2 + quint8(buffer->at(1)))
                    return;
                const QByteArray methods = buffer->mid(2, quint8(buffer->at(1)));
                buffer->remove(0, 2 + methods.size());
                // User name and password when offered (tor's stream isolation), else none.
                const char method = methods.contains('\x02') ? '\x02' : '\x00';
                client->write(QByteArray("\x05", 1) + method);
                *stage = method == '\x02' ? Stage::Auth : Stage::Request;
            }
            if (*stage == Stage::Auth) {
                if (buffer->size() < 2)
                    return;
                const int userLength = quint8(buffer->at(1));
                if (buffer->size() < 3 + userLength)
                    return;
                const int passwordLength = quint8(buffer->at(2 + userLength));
                if (buffer->size() < 3 + userLength + passwordLength)
                    return;
                *user = buffer->mid(2, userLength);
                buffer->remove(0, 3 + userLength + passwordLength);
                client->write(QByteArray("\x01\x00", 2));
                *stage = Stage::Request;
            }
            if (*stage == Stage::Request) {
                if (buffer->size() < 5)
                    return;
                const quint8 type = quint8(buffer->at(3));
                qsizetype addressLength = type == 1 ? 4 : type == 4 ? 16 : 1 + quint8(buffer->at(4));
                if (buffer->size() < 4 + addressLength + 2)
                    return;
                Connect request;
                request.user = *user;
                request.addressType = type;
                if (type == 3) {
                    request.host = QString::fromLatin1(buffer->mid(5, addressLength - 1));
                } else {
                    const QByteArray raw = buffer->mid(4, addressLength);
                    request.host = type == 1
                        ? QHostAddress(quint32((quint8(raw[0]) << 24) | (quint8(raw[1]) << 16)
                                           | (quint8(raw[2]) << 8) | quint8(raw[3])))
                              .toString()
                        : QHostAddress(reinterpret_cast<const quint8 *>(raw.constData())).toString();
                }
                request.port = quint16(
                    (quint8(buffer->at(4 + addressLength)) << 8) | quint8(buffer->at(5 + addressLength)));
                buffer->remove(0, 4 + addressLength + 2);
                *index = m_connects.size();
                m_connects.append(request);
                quint16 target = m_hosts.value(request.host, 0);
                if (target == 0 && request.host == QLatin1StringView("127.0.0.1"))
                    target = request.port;
                if (target == 0) {
                    // Host unreachable, as tor answers for an onion address it cannot find.
                    client->write(QByteArray("\x05\x04\x00\x01\x00\x00\x00\x00\x00\x00", 10));
                    client->disconnectFromHost();
                    *stage = Stage::Closed;
                    return;
                }
                upstream = new QTcpSocket(client);
                connect(upstream, &QTcpSocket::connected, client,
                    [client] { client->write(QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10)); });
                connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
                connect(
                    upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
                upstream->connectToHost(QHostAddress::LocalHost, target);
                *stage = Stage::Tunnel;
            }
            if (*stage == Stage::Tunnel && !buffer->isEmpty() && upstream) {
                m_connects[*index].bytes += *buffer;
                upstream->write(*buffer);
                buffer->clear();
            }
        });
    }
}

} // namespace harbour::testsupport
