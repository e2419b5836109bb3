// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intakestore.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QSet>

namespace harbour::receiver {

Q_DECLARE_LOGGING_CATEGORY(lcIntake)

// {"error":"<reason>"}: the body of every refusal.
QByteArray errorBody(const QString &reason);

// The intake's HTTP API (receiver/README.md "HTTP API"). It answers from the request alone:
// it never looks at or logs the peer address or any header beyond the ones it checks.
class IntakeServer : public QAbstractHttpServer
{
public:
    struct Options
    {
        qint64 maxBodyBytes = 0;
        QSet<QByteArray> recipientKeyIds; // hex key ids envelopes may be addressed to
    };

    IntakeServer(IntakeStore &store, Options options, QObject *parent = nullptr);

    // Listens through a GuardedTcpServer; returns the port, or 0 with errorString set.
    quint16 listenGuarded(const QHostAddress &address, quint16 port, QString *errorString);

    qint64 storedThisRun() const { return m_stored; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QHttpServerResponse respond(const QHttpServerRequest &request);
    QHttpServerResponse postEnvelope(const QHttpServerRequest &request);

    IntakeStore &m_store;
    Options m_options;
    qint64 m_stored = 0;
};

} // namespace harbour::receiver
