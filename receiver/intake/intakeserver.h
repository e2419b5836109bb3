// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admissioncontrol.h"
#include "deskapi.h"
#include "deskstore.h"
#include "headgate.h"
#include "intakestore.h"
#include "mailboxapi.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

struct MHD_Daemon;
struct MHD_Connection;

namespace harbour::receiver {

Q_DECLARE_LOGGING_CATEGORY(lcIntake)

// {"error":"<reason>"}: the body of every refusal.
QByteArray errorBody(const QString &reason);

// The intake's HTTP API (receiver/README.md "HTTP API") on GNU libmicrohttpd, the one HTTP parser:
// it caps connections, the memory each may use for its request line and headers, idle time, the
// time a request may take and the bytes all bodies in flight may hold, and asks anonymous senders
// for an admission proof before it reads a body (docs/protocol.md §11.5). It answers from the
// request alone: it never looks at or logs the peer address or any header beyond the ones it checks,
// and it logs counts per hour, never a line per envelope.
//
// Requests are handled on libmicrohttpd's own thread, one at a time; the store is used there only.
class IntakeServer
{
public:
    struct Options
    {
        qint64 maxBodyBytes = 0;
        QSet<QByteArray> recipientKeyIds; // hex key ids envelopes may be addressed to
        // The folder the store lives in: free space there is checked before a body is read.
        QString storeFolder;
        unsigned maxConnections = 256;
        unsigned idleTimeoutSeconds = 15;
        unsigned requestDeadlineSeconds = 120;
        qint64 maxBufferedBytes = 64 * 1024 * 1024; // all bodies being received, together
        qint64 recipientBudgetBytes = 2LL * 1024 * 1024 * 1024; // stored per recipient; 0: none
        qint64 diskReserveBytes = 256 * 1024 * 1024; // refuse with 503 below this much free space
        AdmissionControl::Settings admission;
        // Unix seconds, for the desk API's signature times; empty: the system clock (tests move it).
        std::function<qint64()> clock;
        // Follow-up mailboxes (docs/protocol.md §19.3): the global rate and how long replies are kept.
        MailboxApi::Settings mailbox;
    };

    // What happened since the last takeCounts(): the only record of traffic the intake keeps.
    struct Counts
    {
        qint64 stored = 0;
        qint64 alreadyStored = 0;
        qint64 refusedAdmission = 0; // no or too weak a proof (428), malformed proof (400)
        qint64 refusedFull = 0; // 503: disk reserve, recipient budget, busy, store failure
        qint64 refusedOther = 0; // every other 4xx
        int difficulty = 0;
    };

    IntakeServer(IntakeStore &store, Options options);
    ~IntakeServer(); // stops the server thread; answers in progress are cut off
    IntakeServer(const IntakeServer &) = delete;
    IntakeServer &operator=(const IntakeServer &) = delete;

    // Starts serving on address:port (0: a free port); returns the port, or 0 with errorString set.
    quint16 listen(const QHostAddress &address, quint16 port, QString *errorString);
    // Starts without a listening socket; connections come from adoptConnection() (the fuzzer).
    bool startWithoutListening(QString *errorString);
    // Serves an already connected stream socket as if it had been accepted; the server owns fd after.
    bool adoptConnection(int fd);

    Counts takeCounts();
    qint64 storedThisRun() const { return m_storedTotal.load(); }

private:
    struct Request;
    friend struct Callbacks; // libmicrohttpd's C callbacks (intakeserver.cpp)

    int handle(MHD_Connection *connection, const QByteArray &path, const QByteArray &method,
        const char *uploadData, size_t *uploadDataSize, void **requestContext);
    int admitPost(MHD_Connection *connection, void **requestContext);
    int finishPost(MHD_Connection *connection, Request &request);
    int admitDesk(
        MHD_Connection *connection, const QByteArray &path, const QByteArray &method, void **requestContext);
    int finishDesk(MHD_Connection *connection, Request &request);
    int admitMailbox(
        MHD_Connection *connection, const QByteArray &path, const QByteArray &method, void **requestContext);
    int finishMailbox(MHD_Connection *connection, Request &request);
    std::optional<int> refuseSignedFraming(MHD_Connection *connection, const QByteArray &path,
        const QByteArray &method, const char *kind, qint64 maxBody, qint64 *declared,
        DeskApi::SignedRequest *signedRequest);
    int startSigned(MHD_Connection *connection, qint64 declared, void **requestContext,
        std::optional<DeskApi::SignedRequest> Request::*kind, DeskApi::SignedRequest signedRequest);

    int answer(
        MHD_Connection *connection, unsigned status, const QByteArray &body, const QByteArray &allow = {});
    int refuse(MHD_Connection *connection, unsigned status, const QString &reason);
    qint64 freeDiskBytes() const;
    int currentDifficulty();
    bool start(int listenFd, QString *errorString);

    IntakeStore &m_store;
    Options m_options;
    AdmissionControl m_admission;
    DeskStore m_deskStore;
    DeskApi m_deskApi;
    MailboxApi m_mailboxApi;
    MHD_Daemon *m_daemon = nullptr;
    int m_listenFd = -1;
    std::unique_ptr<HeadGate> m_gate;
    std::atomic<unsigned> m_serving { 0 }; // connections libmicrohttpd holds
    qint64 m_buffered = 0; // server thread only
    QHash<QByteArray, qint64> m_recipientBytes; // bytes stored per recipient key id; server thread only
    qint64 m_storedSinceCheckpoint = 0; // server thread only
    std::atomic<qint64> m_stored { 0 }, m_alreadyStored { 0 }, m_refusedAdmission { 0 }, m_refusedFull { 0 },
        m_refusedOther { 0 }, m_storedTotal { 0 };
    std::atomic<int> m_difficulty { 0 };
};

} // namespace harbour::receiver
