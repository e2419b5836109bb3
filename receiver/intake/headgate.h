// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace harbour::receiver {

// Stands between the listening socket and libmicrohttpd: it accepts each connection and looks at
// its request head without taking it off the socket (MSG_PEEK). A head whose lines do not all end
// in CR LF, or that folds a header over two lines, is answered 400 and closed; any other is handed
// to libmicrohttpd, which then reads the very same bytes. libmicrohttpd 0.9.75 accepts bare-LF
// lines and folded headers (RFC 9112 lets a server do so); a proxy in front may read them another
// way, so the intake refuses them instead. It interprets nothing: no header, no length, and
// libmicrohttpd answers every request with "Connection: close", so each connection carries one
// request and nothing after the first head escapes this look.
//
// It also holds the connection cap for connections still sending their head, and a deadline for it.
// POSIX sockets: the intake is a server program (the desk, which must run on Windows, does not link it).
class HeadGate
{
public:
    struct Limits
    {
        unsigned maxConnections = 256; // with the ones libmicrohttpd serves
        std::chrono::seconds headDeadline { 15 };
        qsizetype maxHeadBytes = 16 * 1024;
    };
    // Called on the gate's thread with a connection whose head is well formed; it owns fd after.
    using HandOff = std::function<bool(int fd)>;
    // How many connections libmicrohttpd is serving now.
    using Serving = std::function<unsigned()>;

    HeadGate(Limits limits, HandOff handOff, Serving serving);
    ~HeadGate(); // stops the thread, closes what it holds (not the listening socket)
    HeadGate(const HeadGate &) = delete;
    HeadGate &operator=(const HeadGate &) = delete;

    // Starts the thread; listenFd may be -1 (connections then come only from add()).
    bool start(int listenFd);
    // A connection accepted elsewhere (the fuzzer's socket pairs); the gate owns fd after.
    void add(int fd);

    // Heads refused since start (for the hourly count).
    qint64 refused() const { return m_refused.load(); }

private:
    struct Pending
    {
        int fd = -1;
        std::chrono::steady_clock::time_point deadline;
        qsizetype seen = 0; // bytes peeked so far
        // After a look that found nothing new on a socket whose poll does not honour SO_RCVLOWAT
        // (a socket pair): left out of poll until then, so the gate does not spin.
        std::chrono::steady_clock::time_point restUntil;
    };
    enum class Verdict { Incomplete, Good, Malformed, TooLarge, Closed };

    void run();
    Verdict look(Pending &pending, bool peerDone);
    void refuse(int fd, const char *statusLine, const char *reason);
    void wake();

    Limits m_limits;
    HandOff m_handOff;
    Serving m_serving;
    int m_listenFd = -1;
    int m_wakeFds[2] = { -1, -1 };
    std::thread m_thread;
    std::atomic_bool m_stop { false };
    std::atomic<qint64> m_refused { 0 };
    std::mutex m_addedMutex;
    std::vector<int> m_added; // from add(), taken by the thread
};

} // namespace harbour::receiver
