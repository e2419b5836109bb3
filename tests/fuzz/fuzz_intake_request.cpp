// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-intake's request handling, fed raw bytes exactly as a client could send them: the real
// IntakeServer (receiver/intake/intakeserver.cpp) on the real libmicrohttpd parser, with a real
// IntakeStore, at admission difficulty 0 (any nonce passes, so inputs reach the body). Each input
// is one connection, handed to the server as if accepted; its first byte sets how the rest is cut
// into writes, so the parser sees requests split at every place.
#include "fuzzsupport.h"
#include "intake/intakeserver.h"
#include "intake/intakestore.h"

#include <QDir>
#include <QFile>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

using namespace harbour;

namespace {

struct Intake
{
    std::unique_ptr<receiver::IntakeStore> store;
    std::unique_ptr<receiver::IntakeServer> server;
};

Intake &intake()
{
    static Intake instance = [] {
        fuzz::application();
        Intake i;
        // A fresh store per process: what earlier runs stored must not change what this one sees.
        // In memory where there is a tmpfs: each stored envelope is synced, which is not what is tested.
        const QString folder
            = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString path = QDir(folder).filePath(QStringLiteral("harbour-fuzz-intake-%1.db").arg(getpid()));
        QFile::remove(path);
        auto store = receiver::IntakeStore::open(path, receiver::IntakeStore::OpenMode::CreateIfMissing);
        if (!store)
            qFatal("cannot open the intake store: %s", qPrintable(store.error()));
        i.store = std::move(store.value());
        receiver::IntakeServer::Options options;
        options.maxBodyBytes = protocol::kMaxEnvelopeJsonBytes;
        options.recipientKeyIds.insert(protocol::recipientKeyId(fuzz::vectorRecipient().publicKey));
        options.storeFolder = folder;
        options.diskReserveBytes = 0;
        options.idleTimeoutSeconds = 2;
        options.admission.base = 0;
        options.admission.ceiling = 0;
        i.server = std::make_unique<receiver::IntakeServer>(*i.store, options);
        QString error;
        if (!i.server->startWithoutListening(&error))
            qFatal("cannot start the intake: %s", qPrintable(error));
        return i;
    }();
    return instance;
}

// Waits up to `ms` for fd to become ready for `events`; false on timeout.
bool waitFor(int fd, short events, int ms)
{
    pollfd p { fd, events, 0 };
    return ::poll(&p, 1, ms) > 0;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("harbour.intake.info=false"));
    intake();
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
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
        qFatal("socketpair failed");
    const int client = pair[0];
    if (!intake().server->adoptConnection(pair[1]))
        qFatal("the intake did not take the connection");
    for (qsizetype offset = 0; offset < request.size(); offset += chunk) {
        if (!waitFor(client, POLLOUT, 1000))
            break; // the server stopped reading: it has answered or closed
        const qsizetype n = qMin(chunk, request.size() - offset);
        if (::send(client, request.constData() + offset, size_t(n), MSG_NOSIGNAL) != n)
            break;
    }
    // End of request: the server sees the client close its side, answers what it has and closes.
    ::shutdown(client, SHUT_WR);
    // Read the answer until the server closes or falls quiet for 50 ms (it runs in this process and
    // answers in well under a millisecond; a connection it keeps after a complete answer is closed
    // by it when it sees ours closed, or by the 2 s idle timeout). Waiting the full idle timeout
    // instead made such inputs 500 times slower than the rest.
    char buffer[4096];
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
    while (std::chrono::steady_clock::now() < deadline && waitFor(client, POLLIN, 50)) {
        if (::recv(client, buffer, sizeof(buffer), 0) <= 0)
            break;
    }
    ::close(client);
    return 0;
}
