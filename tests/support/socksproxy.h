// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTcpServer>

// A SOCKS5 server on loopback standing in for the tor daemon in fast tests (RFC 1928, with the
// user name and password of RFC 1929, which tor uses to keep streams apart). It records what each
// CONNECT asked for, then joins the client to 127.0.0.1 at the port a host name maps to (an onion
// address standing for its service) or, for 127.0.0.1 itself, at the port asked for (as an exit
// would). The real tor, with a private Tor network, is tests/tor.
namespace harbour::testsupport {

class SocksProxy : public QTcpServer
{
public:
    struct Connect
    {
        QByteArray user; // the RFC 1929 user name; empty when the client sent none
        quint8 addressType = 0; // 1 IPv4, 3 a host name, 4 IPv6
        QString host; // the host name or address as asked
        quint16 port = 0;
        QByteArray bytes; // what the client sent through the tunnel
    };

    SocksProxy();
    // CONNECTs to `host` (any port) go to 127.0.0.1:port.
    void mapHost(const QString &host, quint16 port) { m_hosts.insert(host, port); }
    const QList<Connect> &connects() const { return m_connects; }

private:
    void accept();
    QHash<QString, quint16> m_hosts;
    QList<Connect> m_connects;
};

} // namespace harbour::testsupport
