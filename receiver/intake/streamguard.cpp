// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamguard.h"

#include "intakeserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace harbour::receiver {
namespace {

constexpr qsizetype kMaxHeaderBytes = 32 * 1024;
// After an early refusal the rest of the declared body is read and dropped (up to this much, for
// at most kDrainTimeoutMs), so that closing does not reset the connection before the client has
// read the answer.
constexpr qint64 kMaxDrainBytes = 64 * 1024 * 1024;
constexpr int kDrainTimeoutMs = 10000;

QByteArray statusLine(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("400 Bad Request");
    case 411:
        return QByteArrayLiteral("411 Length Required");
    case 413:
        return QByteArrayLiteral("413 Payload Too Large");
    default:
        return QByteArrayLiteral("431 Request Header Fields Too Large");
    }
}

// Follows the request framing on one connection (headers, then Content-Length bytes of body)
// without buffering bodies. QHttpServer connects to readyRead after us, so we see every byte first.
class StreamGuard : public QObject
{
public:
    StreamGuard(QTcpSocket *socket, qint64 maxBodyBytes)
        : QObject(socket)
        , m_socket(socket)
        , m_maxBody(maxBodyBytes)
    {
        connect(socket, &QIODevice::readyRead, this, &StreamGuard::inspect);
    }

private:
    enum class State { Headers, Body, Draining };

    void inspect()
    {
        if (m_state == State::Draining) {
            drain();
            return;
        }
        // Peeking leaves the bytes for QHttpServer; inside its transaction peek starts at new data.
        const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
        qsizetype offset = 0;
        while (offset < chunk.size()) {
            if (m_state == State::Body) {
                const qint64 take = qMin<qint64>(m_bodyLeft, chunk.size() - offset);
                m_bodyLeft -= take;
                offset += qsizetype(take);
                if (m_bodyLeft == 0)
                    m_state = State::Headers;
                continue;
            }
            const qsizetype before = m_head.size();
            m_head.append(
                chunk.constData() + offset, qMin(chunk.size() - offset, kMaxHeaderBytes + 4 - before));
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > kMaxHeaderBytes)
                    return refuse(431, QStringLiteral("the request headers are too large"), 0);
                offset = chunk.size();
                continue;
            }
            offset += end + 4 - before;
            const Framing framing = readFraming(m_head.left(end));
            m_head.clear();
            if (framing.status != 0) {
                // Drain what is still to come of the refused body (a 413 only: otherwise its length is
                // unknown).
                const qint64 bodyHere = chunk.size() - offset;
                return refuse(framing.status, framing.reason, qMax<qint64>(0, framing.length - bodyHere));
            }
            m_bodyLeft = framing.length;
            m_state = m_bodyLeft > 0 ? State::Body : State::Headers;
        }
    }

    struct Framing
    {
        qint64 length = 0;
        int status = 0; // non-zero: refuse with this status
        QString reason;
    };

    // The framing headers of one request: its body length, or why it is refused.
    Framing readFraming(const QByteArray &head) const
    {
        Framing framing;
        qint64 length = -1;
        const QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding") {
                framing.status = 411;
                framing.reason
                    = QStringLiteral("send the envelope with a Content-Length header; chunked uploads "
                                     "are not accepted");
                return framing;
            }
            if (name != "content-length")
                continue;
            bool ok = !value.isEmpty() && value.size() <= 18;
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 parsed = ok ? value.toLongLong() : -1;
            if (!ok || (length >= 0 && parsed != length)) {
                framing.status = 400;
                framing.reason = QStringLiteral("the Content-Length header is not a single number");
                return framing;
            }
            length = parsed;
        }
        framing.length = qMax<qint64>(length, 0);
        if (framing.length > m_maxBody) {
            framing.status = 413;
            framing.reason
                = QStringLiteral("the envelope is larger than the intake accepts (%1 bytes)").arg(m_maxBody);
        }
        return framing;
    }

    void refuse(int status, const QString &reason, qint64 bodyBytesToDrain)
    {
        qCInfo(lcIntake).noquote() << "refused a request with HTTP" << status << "before reading its body";
        // Take the socket away from QHttpServer: disconnecting here also skips its slot for this chunk.
        QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        m_drainLeft = qMin(bodyBytesToDrain, kMaxDrainBytes);
        m_state = State::Draining;

        const QByteArray body = errorBody(reason);
        const QByteArray response = "HTTP/1.1 " + statusLine(status)
            + "\r\nContent-Type: application/json\r\nCache-Control: no-store\r\n"
              "Connection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_socket->write(response);
        connect(m_socket, &QIODevice::readyRead, this, &StreamGuard::inspect);
        QTimer::singleShot(kDrainTimeoutMs, this, [this]() { m_socket->abort(); });
        if (m_drainLeft == 0)
            m_socket->disconnectFromHost();
    }

    void drain()
    {
        m_drainLeft -= m_socket->skip(m_socket->bytesAvailable());
        if (m_drainLeft <= 0)
            m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    State m_state = State::Headers;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_drainLeft = 0;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
{
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new StreamGuard(socket, m_maxBodyBytes);
    addPendingConnection(socket);
}

} // namespace harbour::receiver
