// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakeserver.h"

#include "crypto/sodium.h"
#include "protocol/admission.h"
#include "protocol/desksignature.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <microhttpd.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstring>
#include <string_view>

namespace harbour::receiver {

Q_LOGGING_CATEGORY(lcIntake, "harbour.intake")

namespace admission = protocol::admission;

namespace {

constexpr char kEnvelopesPath[] = "/v1/envelopes";
constexpr char kHealthPath[] = "/v1/health";
constexpr char kAdmissionPath[] = "/v1/admission";
// Request line and headers of one request: what an app sends fits in well under 2 KiB.
constexpr size_t kConnectionMemoryBytes = 16 * 1024;
// After this many envelopes the write-ahead log is folded back into the store and truncated.
constexpr qint64 kCheckpointEvery = 256;

enum Status : unsigned {
    Ok = 200,
    Created = 201,
    BadRequest = 400,
    Unauthorized = 401,
    NotFound = 404,
    MethodNotAllowed = 405,
    Conflict = 409,
    LengthRequired = 411,
    PayloadTooLarge = 413,
    UnsupportedMediaType = 415,
    UnprocessableEntity = 422,
    PreconditionRequired = 428,
    ServiceUnavailable = 503,
};

// "application/json" with or without parameters such as "; charset=utf-8".
bool isJsonMediaType(const QByteArray &contentType)
{
    return contentType.split(';').constFirst().trimmed().toLower() == "application/json";
}

// A Content-Length is decimal digits only; anything else is refused rather than guessed at.
bool parseContentLength(const QByteArray &text, qint64 *length)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 18)
        return false;
    for (char c : trimmed) {
        if (c < '0' || c > '9')
            return false;
    }
    *length = trimmed.toLongLong();
    return true;
}

QByteArray header(MHD_Connection *connection, const char *name)
{
    const char *value = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, name);
    return value ? QByteArray(value) : QByteArray();
}

// How many times a header appears: a request with two Content-Length or any Transfer-Encoding is
// how requests are smuggled past proxies, and is refused whatever the values say.
int headerCount(MHD_Connection *connection, const char *name)
{
    struct Count
    {
        const char *name;
        int n = 0;
    } count { name };
    MHD_get_connection_values_n(
        connection, MHD_HEADER_KIND,
        [](void *cls, enum MHD_ValueKind, const char *key, size_t, const char *, size_t) -> enum MHD_Result {
            auto *c = static_cast<Count *>(cls);
            if (key && qstricmp(key, c->name) == 0)
                ++c->n;
            return MHD_YES;
        },
        &count);
    return count.n;
}

// RFC 9110 §5.1/§5.5: a field name is a token, a field value has no control characters but HTAB.
// libmicrohttpd 0.9.75 passes on names with spaces and values with control bytes; refusing them
// leaves no header that another parser (a proxy in front) could read differently.
bool headersWellFormed(MHD_Connection *connection)
{
    bool ok = true;
    MHD_get_connection_values_n(
        connection, MHD_HEADER_KIND,
        [](void *cls, enum MHD_ValueKind, const char *key, size_t keySize, const char *value,
            size_t valueSize) -> enum MHD_Result {
            auto *good = static_cast<bool *>(cls);
            static constexpr std::string_view kTokenPunctuation = "!#$%&'*+-.^_`|~";
            if (!key || keySize == 0)
                *good = false;
            for (size_t i = 0; *good && i < keySize; ++i) {
                const auto c = static_cast<unsigned char>(key[i]);
                *good = std::isalnum(c) || kTokenPunctuation.find(char(c)) != std::string_view::npos;
            }
            for (size_t i = 0; *good && value && i < valueSize; ++i) {
                const auto c = static_cast<unsigned char>(value[i]);
                *good = c == '\t' || (c >= 0x20 && c != 0x7f);
            }
            return *good ? MHD_YES : MHD_NO;
        },
        &ok);
    return ok;
}

} // namespace

QByteArray errorBody(const QString &reason)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("error"), reason } }).toJson(QJsonDocument::Compact);
}

// One POST being received: what it declared, the body so far, and when it began.
struct IntakeServer::Request
{
    QByteArray idHex;
    qint64 declared = 0;
    QByteArray body;
    std::chrono::steady_clock::time_point started;
    bool counted = false; // its declared length is in m_buffered
    // Set when the sender paid its proof but the intake cannot store now: the body is read and
    // dropped, then this answer is sent, so the client hears "try later" rather than a reset.
    QString refusal;
    // Set for a desk request (docs/protocol.md §18), whose body the desk API judges once it is in.
    std::optional<DeskApi::SignedRequest> desk;
    // Set for a follow-up mailbox request (docs/protocol.md §19.3).
    std::optional<DeskApi::SignedRequest> mailbox;
};

struct Callbacks
{
    static enum MHD_Result request(void *self, MHD_Connection *connection, const char *url,
        const char *method, const char *, const char *uploadData, size_t *uploadDataSize,
        void **requestContext)
    {
        return static_cast<IntakeServer *>(self)->handle(connection, QByteArray(url), QByteArray(method),
                   uploadData, uploadDataSize, requestContext)
            ? MHD_YES
            : MHD_NO;
    }

    static void completed(
        void *self, MHD_Connection *, void **requestContext, enum MHD_RequestTerminationCode)
    {
        auto *server = static_cast<IntakeServer *>(self);
        auto *request = static_cast<IntakeServer::Request *>(*requestContext);
        if (request && request->counted)
            server->m_buffered -= request->declared;
        delete request;
        *requestContext = nullptr;
    }

    static void connection(void *self, MHD_Connection *, void **, enum MHD_ConnectionNotificationCode code)
    {
        auto *server = static_cast<IntakeServer *>(self);
        if (code == MHD_CONNECTION_NOTIFY_STARTED)
            ++server->m_serving;
        else
            --server->m_serving;
    }

    // libmicrohttpd's own messages name peers and requests: they never reach the log.
    static void silent(void *, const char *, va_list) { }
};

IntakeServer::IntakeServer(IntakeStore &store, Options options)
    : m_store(store)
    , m_options(std::move(options))
    , m_admission(m_options.admission)
    , m_deskStore(store.database())
    , m_deskApi(m_deskStore, m_options.clock)
    , m_mailboxApi(m_deskStore, m_options.mailbox, m_options.clock)
{
    for (const QByteArray &keyId : std::as_const(m_options.recipientKeyIds)) {
        const auto bytes = m_store.recipientBytes(keyId);
        m_recipientBytes.insert(keyId, bytes ? bytes.value() : 0);
    }
    m_difficulty = currentDifficulty();
}

IntakeServer::~IntakeServer()
{
    m_gate.reset(); // no more connections handed over
    if (m_daemon)
        MHD_stop_daemon(m_daemon);
    if (m_listenFd >= 0)
        ::close(m_listenFd);
}

// libmicrohttpd takes its connections from the head gate (headgate.h), never from a socket of its
// own, so every request head is looked at before libmicrohttpd parses it.
bool IntakeServer::start(int listenFd, QString *errorString)
{
    const unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ERROR_LOG
        | MHD_USE_NO_LISTEN_SOCKET | MHD_USE_ITC;
    m_daemon = MHD_start_daemon(flags, 0, nullptr, nullptr, &Callbacks::request, this,
        MHD_OPTION_CONNECTION_LIMIT, unsigned(m_options.maxConnections), MHD_OPTION_CONNECTION_TIMEOUT,
        unsigned(m_options.idleTimeoutSeconds), MHD_OPTION_CONNECTION_MEMORY_LIMIT, kConnectionMemoryBytes,
        MHD_OPTION_STRICT_FOR_CLIENT, 1, MHD_OPTION_NOTIFY_COMPLETED, &Callbacks::completed, this,
        MHD_OPTION_NOTIFY_CONNECTION, &Callbacks::connection, this, MHD_OPTION_EXTERNAL_LOGGER,
        &Callbacks::silent, nullptr, MHD_OPTION_END);
    if (!m_daemon) {
        *errorString = QStringLiteral("the HTTP server could not start");
        return false;
    }
    HeadGate::Limits limits;
    limits.maxConnections = m_options.maxConnections;
    limits.headDeadline = std::chrono::seconds(m_options.idleTimeoutSeconds);
    limits.maxHeadBytes = qsizetype(kConnectionMemoryBytes);
    m_gate = std::make_unique<HeadGate>(
        limits,
        [this](int fd) {
            // The peer's address is never used: libmicrohttpd is told "loopback" for every connection.
            sockaddr_in peer {};
            peer.sin_family = AF_INET;
            peer.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            return MHD_add_connection(m_daemon, fd, reinterpret_cast<const sockaddr *>(&peer), sizeof(peer))
                == MHD_YES;
        },
        [this] { return m_serving.load(); });
    if (!m_gate->start(listenFd)) {
        *errorString = QStringLiteral("the connection gate could not start");
        return false;
    }
    return true;
}

quint16 IntakeServer::listen(const QHostAddress &address, quint16 port, QString *errorString)
{
    sockaddr_storage storage {};
    socklen_t length = 0;
    const bool ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if (ipv6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof(bytes));
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    m_listenFd = ::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int on = 1;
    if (m_listenFd < 0 || ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0
        || ::bind(m_listenFd, reinterpret_cast<const sockaddr *>(&storage), length) != 0
        || ::listen(m_listenFd, 128) != 0) {
        *errorString = QStringLiteral("cannot listen on %1 port %2: %3")
                           .arg(address.toString())
                           .arg(port)
                           .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return 0;
    }
    sockaddr_storage bound {};
    socklen_t boundLength = sizeof(bound);
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    const quint16 actual = ntohs(ipv6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                                      : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    if (!start(m_listenFd, errorString))
        return 0;
    return actual;
}

bool IntakeServer::startWithoutListening(QString *errorString)
{
    return start(-1, errorString);
}

bool IntakeServer::adoptConnection(int fd)
{
    if (!m_gate)
        return false;
    m_gate->add(fd);
    return true;
}

IntakeServer::Counts IntakeServer::takeCounts()
{
    Counts counts;
    counts.stored = m_stored.exchange(0);
    counts.alreadyStored = m_alreadyStored.exchange(0);
    counts.refusedAdmission = m_refusedAdmission.exchange(0);
    counts.refusedFull = m_refusedFull.exchange(0);
    counts.refusedOther = m_refusedOther.exchange(0);
    counts.difficulty = m_difficulty.load();
    return counts;
}

qint64 IntakeServer::freeDiskBytes() const
{
    struct statvfs disk
    {
    };
    if (::statvfs(QFile::encodeName(m_options.storeFolder).constData(), &disk) != 0)
        return 0; // cannot tell: treat as full rather than write blind
    return qint64(disk.f_bavail) * qint64(disk.f_frsize);
}

int IntakeServer::answer(
    MHD_Connection *connection, unsigned status, const QByteArray &body, const QByteArray &allow)
{
    MHD_Response *response = MHD_create_response_from_buffer(
        size_t(body.size()), const_cast<char *>(body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!response)
        return false;
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
    // Receipts and refusals are answers to one request; no cache on the way should keep them.
    MHD_add_response_header(response, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    // One request per connection: the head gate sees every head, and two envelopes never share a
    // connection (which would link them).
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONNECTION, "close");
    MHD_add_response_header(
        response, admission::kDifficultyHeader, QByteArray::number(m_difficulty.load()).constData());
    if (!allow.isEmpty())
        MHD_add_response_header(response, MHD_HTTP_HEADER_ALLOW, allow.constData());
    if (status == ServiceUnavailable)
        MHD_add_response_header(response, MHD_HTTP_HEADER_RETRY_AFTER, "600");
    if (status == 429)
        MHD_add_response_header(response, MHD_HTTP_HEADER_RETRY_AFTER, "1");
    const MHD_Result queued = MHD_queue_response(connection, status, response);
    MHD_destroy_response(response);
    return queued == MHD_YES;
}

int IntakeServer::refuse(MHD_Connection *connection, unsigned status, const QString &reason)
{
    if (status == PreconditionRequired)
        ++m_refusedAdmission;
    else if (status == ServiceUnavailable)
        ++m_refusedFull;
    else
        ++m_refusedOther;
    QJsonObject body { { QStringLiteral("error"), reason } };
    if (status == PreconditionRequired)
        body.insert(QStringLiteral("difficulty"), m_difficulty.load());
    return answer(connection, status, QJsonDocument(body).toJson(QJsonDocument::Compact),
        status == MethodNotAllowed ? QByteArray(reason.endsWith(QLatin1StringView("GET")) ? "GET" : "POST")
                                   : QByteArray());
}

int IntakeServer::handle(MHD_Connection *connection, const QByteArray &path, const QByteArray &method,
    const char *uploadData, size_t *uploadDataSize, void **requestContext)
{
    if (auto *request = static_cast<Request *>(*requestContext)) {
        if (std::chrono::steady_clock::now() - request->started
            > std::chrono::seconds(m_options.requestDeadlineSeconds))
            return false; // too slow to be anyone's report: close the connection
        if (*uploadDataSize > 0) {
            if (request->body.size() + qint64(*uploadDataSize) > request->declared)
                return false; // libmicrohttpd never gives more than declared; close if it ever did
            if (request->refusal.isEmpty())
                request->body.append(uploadData, qsizetype(*uploadDataSize));
            else
                request->declared -= qint64(*uploadDataSize); // dropped as it arrives
            *uploadDataSize = 0;
            return true;
        }
        if (!request->refusal.isEmpty())
            return refuse(connection, ServiceUnavailable, request->refusal);
        if (request->desk)
            return finishDesk(connection, *request);
        if (request->mailbox)
            return finishMailbox(connection, *request);
        return finishPost(connection, *request);
    }
    m_difficulty = currentDifficulty();
    if (!headersWellFormed(connection))
        return refuse(connection, BadRequest, QStringLiteral("a header line is malformed"));
    if (path == kEnvelopesPath) {
        if (method != MHD_HTTP_METHOD_POST)
            return refuse(connection, MethodNotAllowed, QStringLiteral("this path only accepts POST"));
        return admitPost(connection, requestContext);
    }
    if (path.startsWith(DeskApi::kPathPrefix))
        return admitDesk(connection, path, method, requestContext);
    if (path.startsWith(MailboxApi::kPathPrefix))
        return admitMailbox(connection, path, method, requestContext);
    if (path == kHealthPath || path == kAdmissionPath) {
        if (method != MHD_HTTP_METHOD_GET)
            return refuse(connection, MethodNotAllowed, QStringLiteral("this path only accepts GET"));
        if (path == kHealthPath)
            return answer(connection, Ok, QByteArrayLiteral("{\"ok\":true}"));
        return answer(connection, Ok,
            QByteArrayLiteral("{\"difficulty\":") + QByteArray::number(m_difficulty.load()) + ",\"v\":1}");
    }
    return refuse(
        connection, NotFound, QStringLiteral("no such path; envelopes are posted to /v1/envelopes"));
}

// Everything that can be judged from the request line and headers, before a byte of the body is
// read or a byte of memory set aside for it (docs/protocol.md §11.1 gives the order).
int IntakeServer::admitPost(MHD_Connection *connection, void **requestContext)
{
    if (headerCount(connection, MHD_HTTP_HEADER_TRANSFER_ENCODING) > 0)
        return refuse(connection, BadRequest,
            QStringLiteral("Transfer-Encoding is not accepted; send the envelope with a Content-Length"));
    const int lengths = headerCount(connection, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (lengths == 0)
        return refuse(connection, LengthRequired, QStringLiteral("a Content-Length header is required"));
    qint64 declared = 0;
    if (lengths > 1 || !parseContentLength(header(connection, MHD_HTTP_HEADER_CONTENT_LENGTH), &declared))
        return refuse(connection, BadRequest, QStringLiteral("the Content-Length header is not one number"));
    if (declared > m_options.maxBodyBytes)
        return refuse(connection, PayloadTooLarge,
            QStringLiteral("the envelope is larger than the intake accepts (%1 bytes)")
                .arg(m_options.maxBodyBytes));
    if (!isJsonMediaType(header(connection, MHD_HTTP_HEADER_CONTENT_TYPE)))
        return refuse(
            connection, UnsupportedMediaType, QStringLiteral("the Content-Type must be application/json"));
    const QByteArray idHex = header(connection, "Idempotency-Key").trimmed();
    if (idHex.isEmpty())
        return refuse(connection, BadRequest,
            QStringLiteral("an Idempotency-Key header (the envelope id) is required"));
    const QByteArray id = crypto::fromHexStrict(idHex, protocol::kEnvelopeIdBytes);
    if (id.isEmpty())
        return refuse(connection, BadRequest,
            QStringLiteral(
                "the Idempotency-Key header is not an envelope id (32 lower-case hex characters)"));

    const int difficulty = m_difficulty.load();
    if (headerCount(connection, admission::kProofHeader) == 0)
        return refuse(connection, PreconditionRequired,
            QStringLiteral("this intake needs an admission proof in the %1 header for difficulty %2 "
                           "(docs/protocol.md 11.5)")
                .arg(QLatin1StringView(admission::kProofHeader))
                .arg(difficulty));
    const auto nonce = admission::parseProof(header(connection, admission::kProofHeader));
    if (!nonce || headerCount(connection, admission::kProofHeader) > 1)
        return refuse(connection, PreconditionRequired,
            QStringLiteral("the %1 header must be one nonce of 16 lower-case hex characters")
                .arg(QLatin1StringView(admission::kProofHeader)));
    const int required = admission::requiredDifficulty(difficulty, declared);
    if (!admission::verify(id, *nonce, required))
        return refuse(connection, PreconditionRequired,
            QStringLiteral("the admission proof is too weak; this intake now asks for difficulty %1, %2 for "
                           "an envelope of this size")
                .arg(difficulty)
                .arg(required));

    auto *request = new Request;
    request->idHex = idHex;
    request->declared = declared;
    request->started = std::chrono::steady_clock::now();
    *requestContext = request;
    if (freeDiskBytes() < m_options.diskReserveBytes + declared)
        request->refusal = QStringLiteral("the intake's disk is nearly full; try again later");
    else if (m_buffered + declared > m_options.maxBufferedBytes)
        request->refusal = QStringLiteral("the intake is busy; try again later");
    if (request->refusal.isEmpty()) {
        request->counted = true;
        m_buffered += declared;
    }
    return true;
}

// The framing desk (§18.2) and mailbox (§19.3) requests share, checked before the body is read:
// POST, no query string, no Transfer-Encoding, one Content-Length of at most `maxBody`, JSON, each
// signature header at most once. A refusal is answered here and returned; otherwise the request's
// declared length and signature headers are filled in.
std::optional<int> IntakeServer::refuseSignedFraming(MHD_Connection *connection, const QByteArray &path,
    const QByteArray &method, const char *kind, qint64 maxBody, qint64 *declared,
    DeskApi::SignedRequest *signedRequest)
{
    const QLatin1StringView what(kind);
    if (method != MHD_HTTP_METHOD_POST)
        return refuse(connection, MethodNotAllowed, QStringLiteral("%1 requests only accept POST").arg(what));
    if (MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, nullptr, nullptr) > 0)
        return refuse(connection, BadRequest,
            QStringLiteral("%1 requests take no query string; their parameters are in the signed body")
                .arg(what));
    if (headerCount(connection, MHD_HTTP_HEADER_TRANSFER_ENCODING) > 0)
        return refuse(connection, BadRequest,
            QStringLiteral("Transfer-Encoding is not accepted; send the body with a Content-Length"));
    if (headerCount(connection, MHD_HTTP_HEADER_CONTENT_LENGTH) != 1
        || !parseContentLength(header(connection, MHD_HTTP_HEADER_CONTENT_LENGTH), declared))
        return refuse(connection, LengthRequired, QStringLiteral("one Content-Length header is required"));
    if (*declared > maxBody)
        return refuse(connection, PayloadTooLarge,
            QStringLiteral("a %1 request body may be at most %2 bytes").arg(what).arg(maxBody));
    if (!isJsonMediaType(header(connection, MHD_HTTP_HEADER_CONTENT_TYPE)))
        return refuse(
            connection, UnsupportedMediaType, QStringLiteral("the Content-Type must be application/json"));
    for (const char *name : { protocol::desk::kSignatureInputHeader, protocol::desk::kSignatureHeader,
             protocol::desk::kContentDigestHeader }) {
        if (headerCount(connection, name) > 1)
            return refuse(connection, Unauthorized,
                QStringLiteral("the %1 header appears twice").arg(QLatin1StringView(name)));
    }
    *signedRequest = { path, header(connection, protocol::desk::kSignatureInputHeader),
        header(connection, protocol::desk::kSignatureHeader),
        header(connection, protocol::desk::kContentDigestHeader) };
    return std::nullopt;
}

// A signed request that passed its checks: its body is read into a Request counted in m_buffered.
int IntakeServer::startSigned(MHD_Connection *connection, qint64 declared, void **requestContext,
    std::optional<DeskApi::SignedRequest> Request::*kind, DeskApi::SignedRequest signedRequest)
{
    if (m_buffered + declared > m_options.maxBufferedBytes)
        return refuse(connection, ServiceUnavailable, QStringLiteral("the intake is busy; try again later"));
    auto *request = new Request;
    request->declared = declared;
    request->started = std::chrono::steady_clock::now();
    request->*kind = std::move(signedRequest);
    request->counted = true;
    m_buffered += declared;
    *requestContext = request;
    return true;
}

// A desk request (docs/protocol.md §18): framing as for envelopes, then the signature's shape, the
// desk key and the time, all before the body is read; the body is judged in finishDesk.
int IntakeServer::admitDesk(
    MHD_Connection *connection, const QByteArray &path, const QByteArray &method, void **requestContext)
{
    if (!DeskApi::knownPath(path))
        return refuse(connection, NotFound, QStringLiteral("no such desk request"));
    qint64 declared = 0;
    DeskApi::SignedRequest signedRequest;
    if (const auto refused = refuseSignedFraming(
            connection, path, method, "desk", DeskApi::kMaxBodyBytes, &declared, &signedRequest))
        return *refused;
    if (const auto refused = m_deskApi.admit(signedRequest)) {
        ++m_refusedOther;
        return answer(connection, refused->status, refused->body);
    }
    return startSigned(connection, declared, requestContext, &Request::desk, std::move(signedRequest));
}

int IntakeServer::finishDesk(MHD_Connection *connection, Request &request)
{
    if (request.body.size() != request.declared)
        return false; // the body ended early: the connection is gone or lying
    const DeskApi::Answer reply = m_deskApi.handle(*request.desk, request.body);
    if (reply.status >= 400)
        ++m_refusedOther;
    return answer(connection, reply.status, reply.body);
}

// A follow-up mailbox request (docs/protocol.md §19.3): the framing of a desk request, then the
// rate, the signature's shape and time and the admission proof, before the body; the rest in
// finishMailbox. Nothing before the body depends on the mailbox.
int IntakeServer::admitMailbox(
    MHD_Connection *connection, const QByteArray &path, const QByteArray &method, void **requestContext)
{
    if (!MailboxApi::knownPath(path))
        return refuse(connection, NotFound, QStringLiteral("no such mailbox request"));
    qint64 declared = 0;
    DeskApi::SignedRequest signedRequest;
    if (const auto refused = refuseSignedFraming(
            connection, path, method, "mailbox", MailboxApi::kMaxBodyBytes, &declared, &signedRequest))
        return *refused;
    if (const auto refused = m_mailboxApi.admit(signedRequest, header(connection, admission::kProofHeader),
            headerCount(connection, admission::kProofHeader), m_difficulty.load())) {
        if (refused->status == PreconditionRequired)
            ++m_refusedAdmission;
        else
            ++m_refusedOther;
        return answer(connection, refused->status, refused->body);
    }
    return startSigned(connection, declared, requestContext, &Request::mailbox, std::move(signedRequest));
}

int IntakeServer::finishMailbox(MHD_Connection *connection, Request &request)
{
    if (request.body.size() != request.declared)
        return false;
    const DeskApi::Answer reply = m_mailboxApi.handle(*request.mailbox, request.body);
    if (reply.status >= 400)
        ++m_refusedOther;
    return answer(connection, reply.status, reply.body);
}

int IntakeServer::currentDifficulty()
{
    // Storage pressure: once the fullest recipient holds half its budget, every further eighth of
    // the budget adds a bit, so filling the last of it costs 2^4 times what the first half did.
    int pressure = 0;
    if (m_options.recipientBudgetBytes > 0) {
        qint64 fullest = 0;
        for (qint64 bytes : std::as_const(m_recipientBytes))
            fullest = std::max(fullest, bytes);
        const qint64 half = m_options.recipientBudgetBytes / 2;
        if (fullest > half)
            pressure = int((fullest - half) * 8 / std::max<qint64>(1, m_options.recipientBudgetBytes) + 1);
    }
    const AdmissionControl::Settings &settings = m_admission.settings();
    return std::min(settings.ceiling, std::max(m_admission.difficulty(), settings.base + pressure));
}

int IntakeServer::finishPost(MHD_Connection *connection, Request &request)
{
    if (request.body.size() != request.declared)
        return false; // the body ended early: the connection is gone or lying
    auto envelope = protocol::Envelope::fromJson(request.body);
    if (!envelope)
        return refuse(connection, BadRequest, envelope.error());
    if (request.idHex != envelope->idHex())
        return refuse(connection, BadRequest,
            QStringLiteral("the Idempotency-Key header does not match the envelope id"));
    if (!m_options.recipientKeyIds.contains(envelope->recipientKeyId))
        return refuse(connection, UnprocessableEntity, QStringLiteral("unknown recipient key"));

    // The budget is kept here, in memory, by the one thread that stores: no sum over the store per request.
    const qint64 size = request.body.size();
    qint64 &held = m_recipientBytes[envelope->recipientKeyId];
    if (m_options.recipientBudgetBytes > 0 && held + size > m_options.recipientBudgetBytes) {
        auto existing = m_store.find(envelope->id);
        if (!existing || !existing->has_value())
            return refuse(connection, ServiceUnavailable,
                QStringLiteral("the intake holds as much as it may for this organisation until it collects; "
                               "try again later"));
    }
    auto put = m_store.put(envelope.value(), QDateTime::currentDateTimeUtc());
    if (!put) {
        // The reason may name a path or SQLite's complaint: it stays in the operator's log, without
        // the envelope id (a log line's time would time the envelope).
        qCWarning(lcIntake).noquote() << "cannot store an envelope:" << put.error();
        return refuse(connection, ServiceUnavailable,
            QStringLiteral("the intake cannot store envelopes right now; try again later"));
    }
    switch (put->outcome) {
    case IntakeStore::Outcome::Stored:
        held += size;
        ++m_stored;
        ++m_storedTotal;
        m_admission.noteStored();
        if (++m_storedSinceCheckpoint >= kCheckpointEvery) {
            m_storedSinceCheckpoint = 0;
            if (auto checkpointed = m_store.checkpoint(); !checkpointed)
                qCWarning(lcIntake).noquote() << "cannot checkpoint the store:" << checkpointed.error();
        }
        return answer(connection, Created, put->receiptJson);
    case IntakeStore::Outcome::AlreadyStored:
        ++m_alreadyStored;
        return answer(connection, Ok, put->receiptJson);
    case IntakeStore::Outcome::OverBudget:
        return refuse(connection, ServiceUnavailable,
            QStringLiteral("the intake holds as much as it may for this organisation until it collects; "
                           "try again later"));
    case IntakeStore::Outcome::Conflict:
        break;
    }
    return refuse(connection, Conflict,
        QStringLiteral("an envelope with this id is already stored with different content"));
}

} // namespace harbour::receiver
