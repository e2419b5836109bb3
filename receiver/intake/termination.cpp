// SPDX-License-Identifier: GPL-3.0-or-later
#include "termination.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace harbour::receiver {
namespace {

int g_signalFds[2] = { -1, -1 };

extern "C" void onTerminationSignal(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    // Async-signal-safe; if the pipe is full a quit is already pending.
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
    errno = savedErrno;
}

} // namespace

QString quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_signalFds) != 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier]() {
        char buffer[16];
        while (::read(g_signalFds[1], buffer, sizeof buffer) > 0) { }
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });

    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : { SIGTERM, SIGINT }) {
        if (::sigaction(signal, &action, nullptr) != 0)
            return QString::fromLocal8Bit(std::strerror(errno));
    }
    return {};
}

} // namespace harbour::receiver
