// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace harbour::receiver {

// QHttpServer 6.4 buffers every request body in memory with no limit, twice (socket transaction
// and request), before any handler runs. This server hands QHttpServer sockets that are watched
// first: a request that declares a body over the limit, a chunked body or an endless header block
// is answered with a JSON error and the connection closed, before Qt buffers it.
// It is a second line only: production intakes sit behind a reverse proxy (see receiver/README.md).
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxBodyBytes;
};

} // namespace harbour::receiver
