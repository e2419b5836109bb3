// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrase.h"

#include "crypto/sodium.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace harbour::receiver {
namespace {

constexpr qint64 kMaxPassphraseBytes = 4096;

Result<QByteArray> fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QStringLiteral("cannot read the passphrase file %1: %2").arg(path, file.errorString()));
    QByteArray line = file.readLine(kMaxPassphraseBytes + 2);
    // The first line without its line ending; a passphrase may contain spaces at either end.
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Writes the prompt to the terminal and reads one line with echo off.
Result<QByteArray> fromTerminal(const QString &prompt, const char *environmentVariable)
{
    using R = Result<QByteArray>;
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (tty < 0)
        return R::failure(
            QStringLiteral("no passphrase given and no terminal to ask on: use --passphrase-file or "
                           "set %1")
                .arg(QLatin1StringView(environmentVariable)));
    const QByteArray promptBytes = prompt.toLocal8Bit();
    [[maybe_unused]] auto written = ::write(tty, promptBytes.constData(), size_t(promptBytes.size()));

    termios original = {};
    const bool isTerminal = ::tcgetattr(tty, &original) == 0;
    if (isTerminal) {
        termios silent = original;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        ::tcsetattr(tty, TCSAFLUSH, &silent);
    }
    QByteArray line;
    char c = 0;
    bool complete = false;
    while (line.size() <= kMaxPassphraseBytes) {
        const auto n = ::read(tty, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (c == '\n') {
            complete = true;
            break;
        }
        line.append(c);
    }
    if (isTerminal)
        ::tcsetattr(tty, TCSAFLUSH, &original);
    ::close(tty);
    c = 0;
    if (!complete) {
        crypto::wipe(line);
        return R::failure(QStringLiteral("no passphrase was entered"));
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

Result<QByteArray> obtainPassphrase(
    const QString &passphraseFile, const QString &prompt, bool confirm, const char *environmentVariable)
{
    using R = Result<QByteArray>;
    QByteArray passphrase;
    if (!passphraseFile.isEmpty()) {
        auto read = fromFile(passphraseFile);
        if (!read)
            return read;
        passphrase = read.value();
    } else if (qEnvironmentVariableIsSet(environmentVariable)) {
        passphrase = qgetenv(environmentVariable);
    } else {
        auto first = fromTerminal(prompt, environmentVariable);
        if (!first)
            return first;
        passphrase = first.value();
        if (confirm && !passphrase.isEmpty()) {
            auto second = fromTerminal(QStringLiteral("Repeat the passphrase: "), environmentVariable);
            if (!second) {
                crypto::wipe(passphrase);
                return second;
            }
            const bool same = crypto::equalConstantTime(passphrase, second.value());
            crypto::wipe(second.value());
            if (!same) {
                crypto::wipe(passphrase);
                return R::failure(QStringLiteral("the two passphrases differ"));
            }
        }
    }
    if (passphrase.isEmpty())
        return R::failure(
            QStringLiteral("the passphrase is empty; an empty passphrase would leave the key unprotected"));
    if (passphrase.size() > kMaxPassphraseBytes) {
        crypto::wipe(passphrase);
        return R::failure(QStringLiteral("the passphrase is longer than %1 bytes").arg(kMaxPassphraseBytes));
    }
    return passphrase;
}

} // namespace harbour::receiver
