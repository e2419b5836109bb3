// SPDX-License-Identifier: GPL-3.0-or-later
#include "headgate.h"

#include <QString>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace harbour::receiver {
namespace {

using Clock = std::chrono::steady_clock;

// While descriptors are exhausted (accept fails with EMFILE), the listening socket rests this long.
constexpr std::chrono::milliseconds kListenRest { 100 };
constexpr std::chrono::milliseconds kNoProgressRest { 5 };

void setReceiveLowWater(int fd, int bytes)
{
    ::setsockopt(fd, SOL_SOCKET, SO_RCVLOWAT, &bytes, sizeof(bytes));
}

} // namespace

HeadGate::HeadGate(Limits limits, HandOff handOff, Serving serving)
    : m_limits(limits)
    , m_handOff(std::move(handOff))
    , m_serving(std::move(serving))
{
}

HeadGate::~HeadGate()
{
    m_stop = true;
    wake();
    if (m_thread.joinable())
        m_thread.join();
    for (int fd : m_wakeFds) {
        if (fd >= 0)
            ::close(fd);
    }
    for (int fd : m_added)
        ::close(fd);
}

bool HeadGate::start(int listenFd)
{
    m_listenFd = listenFd;
    if (::pipe2(m_wakeFds, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void HeadGate::add(int fd)
{
    {
        const std::lock_guard lock(m_addedMutex);
        m_added.push_back(fd);
    }
    wake();
}

void HeadGate::wake()
{
    if (m_wakeFds[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(m_wakeFds[1], &byte, 1);
    }
}

// Where the head ends, or why it is refused. Only the line endings are looked at: every LF must
// follow a CR, every CR must precede an LF, and no line may begin with a space or tab (a folded
// header, or whitespace before the first header). The head ends at the first empty line.
HeadGate::Verdict HeadGate::look(Pending &pending, bool peerDone)
{
    QByteArray head(m_limits.maxHeadBytes + 1, Qt::Uninitialized);
    const ssize_t n = ::recv(pending.fd, head.data(), size_t(head.size()), MSG_PEEK | MSG_DONTWAIT);
    if (n == 0)
        return Verdict::Closed;
    if (n < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? Verdict::Incomplete
                                                                         : Verdict::Closed;
    const char *bytes = head.constData();
    for (ssize_t i = 0; i < n; ++i) {
        if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r'))
            return Verdict::Malformed;
        if (bytes[i] == '\r' && i + 1 < n && bytes[i + 1] != '\n')
            return Verdict::Malformed;
        if (bytes[i] != '\n' || i + 1 >= n)
            continue;
        const char next = bytes[i + 1];
        if (next == ' ' || next == '\t')
            return Verdict::Malformed;
        if (next == '\r' && i + 2 < n && bytes[i + 2] == '\n')
            return Verdict::Good;
    }
    if (n > m_limits.maxHeadBytes)
        return Verdict::TooLarge;
    if (peerDone)
        return Verdict::Closed; // the sender stopped before its head ended: nothing to answer
    if (n == pending.seen)
        pending.restUntil = Clock::now() + kNoProgressRest;
    pending.seen = n;
    setReceiveLowWater(pending.fd, int(n) + 1); // wake again only when more has arrived
    return Verdict::Incomplete;
}

void HeadGate::refuse(int fd, const char *statusLine, const char *reason)
{
    ++m_refused;
    const QByteArray body = QByteArray("{\"error\":\"") + QByteArray(reason) + "\"}";
    const QByteArray response = QByteArray("HTTP/1.1 ") + QByteArray(statusLine)
        + "\r\nContent-Type: application/json\r\nCache-Control: no-store\r\nConnection: "
          "close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    [[maybe_unused]] const auto sent
        = ::send(fd, response.constData(), size_t(response.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    ::close(fd);
}

void HeadGate::run()
{
    std::vector<Pending> pending;
    Clock::time_point listenRestUntil;
    while (!m_stop) {
        {
            const std::lock_guard lock(m_addedMutex);
            for (int fd : m_added)
                pending.push_back(Pending { fd, Clock::now() + m_limits.headDeadline, 0, {} });
            m_added.clear();
        }
        const Clock::time_point now = Clock::now();
        std::vector<pollfd> polled { { m_wakeFds[0], POLLIN, 0 } };
        const bool room = pending.size() + m_serving() < m_limits.maxConnections;
        const bool listening = m_listenFd >= 0 && room && now >= listenRestUntil;
        if (listening)
            polled.push_back({ m_listenFd, POLLIN, 0 });
        const size_t firstPending = polled.size();
        std::vector<size_t> index; // polled entry -> pending entry
        Clock::time_point soonest = now + std::chrono::seconds(1);
        if (m_listenFd >= 0 && room && now < listenRestUntil)
            soonest = std::min(soonest, listenRestUntil);
        for (size_t i = 0; i < pending.size(); ++i) {
            soonest = std::min(soonest, pending[i].deadline);
            if (pending[i].restUntil > now) {
                soonest = std::min(soonest, pending[i].restUntil);
                continue;
            }
            polled.push_back({ pending[i].fd, POLLIN | POLLRDHUP, 0 });
            index.push_back(i);
        }
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(soonest - now).count();
        const int ready = ::poll(polled.data(), polled.size(), int(std::max<qint64>(wait, 0)) + 1);
        if (ready < 0 && errno != EINTR)
            return;
        if (polled[0].revents & POLLIN) {
            char drain[64];
            while (::read(m_wakeFds[0], drain, sizeof(drain)) > 0) { }
        }
        if (listening && (polled[1].revents & POLLIN)) {
            const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd >= 0)
                pending.push_back(Pending { fd, Clock::now() + m_limits.headDeadline, 0, {} });
            else if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM)
                listenRestUntil = Clock::now() + kListenRest; // descriptors run out: let some close first
        }
        std::vector<bool> done(pending.size(), false);
        for (size_t k = 0; k < index.size(); ++k) {
            const pollfd &p = polled[firstPending + k];
            if (!p.revents)
                continue;
            Pending &entry = pending[index[k]];
            switch (look(entry, (p.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0)) {
            case Verdict::Incomplete:
                continue;
            case Verdict::Good:
                setReceiveLowWater(entry.fd, 1);
                if (!m_handOff(entry.fd))
                    ::close(entry.fd);
                break;
            case Verdict::Malformed:
                refuse(entry.fd, "400 Bad Request",
                    "every line of the request head must end in CR LF, and no header may be folded over "
                    "lines");
                break;
            case Verdict::TooLarge:
                refuse(entry.fd, "431 Request Header Fields Too Large",
                    "the request line and headers are too large");
                break;
            case Verdict::Closed:
                ::close(entry.fd);
                break;
            }
            done[index[k]] = true;
        }
        const Clock::time_point after = Clock::now();
        std::vector<Pending> kept;
        for (size_t i = 0; i < pending.size(); ++i) {
            if (done[i])
                continue;
            if (after >= pending[i].deadline) {
                ::close(pending[i].fd); // too slow to be anyone's report
                continue;
            }
            kept.push_back(pending[i]);
        }
        pending.swap(kept);
    }
    for (const Pending &entry : pending)
        ::close(entry.fd);
}

} // namespace harbour::receiver
