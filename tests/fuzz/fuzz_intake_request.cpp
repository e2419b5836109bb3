// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-intake's request handling, fed raw bytes exactly as a client could send them: the real
// IntakeServer (receiver/intake/intakeserver.cpp) behind the real stream guard (streamguard.cpp),
// with a real IntakeStore, listening on 127.0.0.1 inside this process. Each input is one
// connection; its first byte sets how the rest is cut into writes, so the guard's framing sees
// requests split at every place.
#include "fuzzsupport.h"
#include "intake/intakeserver.h"
#include "intake/intakestore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace harbour;

namespace {

struct Intake
{
    std::unique_ptr<receiver::IntakeStore> store;
    std::unique_ptr<receiver::IntakeServer> server;
    quint16 port = 0;
};

Intake &intake()
{
    static Intake instance = [] {
        fuzz::application();
        Intake i;
        // A fresh store per process: what earlier runs stored must not change what this one sees.
        // In memory where there is a tmpfs: each stored envelope is synced, which is not what is tested.
        const QDir folder(
            QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath());
        const QString path = folder.filePath(QStringLiteral("harbour-fuzz-intake-%1.db").arg(getpid()));
        QFile::remove(path);
        auto store = receiver::IntakeStore::open(path, receiver::IntakeStore::OpenMode::CreateIfMissing);
        if (!store)
            qFatal("cannot open the intake store: %s", qPrintable(store.error()));
        i.store = std::move(store.value());
        receiver::IntakeServer::Options options;
        options.maxBodyBytes = protocol::kMaxEnvelopeJsonBytes;
        options.recipientKeyIds.insert(protocol::recipientKeyId(fuzz::vectorRecipient().publicKey));
        i.server = std::make_unique<receiver::IntakeServer>(*i.store, options);
        QString error;
        i.port = i.server->listenGuarded(QHostAddress::LocalHost, 0, &error);
        if (i.port == 0)
            qFatal("cannot listen: %s", qPrintable(error));
        return i;
    }();
    return instance;
}

void spin(int times)
{
    for (int i = 0; i < times; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    intake();
    // Qt's HTTP server logs each bad request at debug level: keep the fuzzer's output readable.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver*=false\nharbour.intake.info=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray request = fuzz::bytes(data + 1, size - 1);
    // At most 48 writes per input: the cuts move with the first byte, the cost stays bounded.
    const qsizetype chunk = data[0] == 0 ? request.size() + 1
                                         : qMax<qsizetype>(1 + (data[0] % 32) * 37, request.size() / 48 + 1);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, intake().port);
    if (!client.waitForConnected(1000))
        qFatal("cannot connect to the intake");
    for (qsizetype offset = 0; offset < request.size() && client.state() == QAbstractSocket::ConnectedState;
         offset += chunk) {
        client.write(request.mid(offset, chunk));
        client.flush();
        spin(2);
    }
    // End of request: the server sees the client close its side, answers what it has and closes.
    if (client.state() == QAbstractSocket::ConnectedState)
        ::shutdown(int(client.socketDescriptor()), SHUT_WR);
    // Wait for the server to close (bounded), sleeping in the event loop rather than polling.
    if (client.state() != QAbstractSocket::UnconnectedState) {
        QEventLoop loop;
        QObject::connect(&client, &QTcpSocket::readyRead, &loop, [&client] { client.readAll(); });
        QObject::connect(&client, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    client.abort();
    spin(3); // let the server side finish with the connection
    // Free what it deleted later now, so each input ends with what it allocated freed (libFuzzer
    // runs a leak check after any input that ends with more allocations than frees).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
