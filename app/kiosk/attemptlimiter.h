// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace harbour::store {
class Settings;
}

namespace harbour::kiosk {

// How many wrong guesses are free and how the wait grows after them.
struct AttemptPolicy
{
    int freeAttempts = 3; // wrong guesses allowed before the first wait
    qint64 firstDelayMs = 30 * 1000; // after `freeAttempts` failures; doubles with each further one
    qint64 maxDelayMs = 60 * 60 * 1000;
};

// Counts wrong guesses of a kiosk secret and makes the next guess wait longer and longer.
// The count and the earliest time of the next guess live in the encrypted settings store, so
// ending the process (every kiosk session does) or rebooting does not reset them.
class AttemptLimiter
{
public:
    using Policy = AttemptPolicy;
    // Milliseconds since the epoch. Wall-clock time on purpose: the wait must survive a reboot.
    using Clock = std::function<qint64()>;

    // `name` prefixes the two settings keys ("admin" -> "admin.failures", "admin.next_allowed_ms").
    // `settings` may be null (the store could not be opened): then every check refuses.
    AttemptLimiter(store::Settings *settings, QString name, Policy policy = {}, Clock clock = {});

    // The wait imposed after this many consecutive failures (0 while failures < freeAttempts).
    static qint64 delayAfter(int failures, const Policy &policy);
    qint64 delayAfter(int failures) const { return delayAfter(failures, m_policy); }

    // Consecutive failures so far; -1 when the store cannot be read.
    int failures() const;
    // Milliseconds until the next guess is allowed (0: now); -1 when the store cannot be read.
    // A clock set backwards cannot stretch the wait beyond the delay the failures call for.
    qint64 waitMs() const;
    // Counts one more failure and sets the next allowed time; false if it could not be stored.
    bool recordFailure();
    // A right guess: forget the failures.
    bool reset();

    const Policy &policy() const { return m_policy; }
    qint64 now() const { return m_clock(); }

private:
    QString key(const char *suffix) const;

    store::Settings *m_settings;
    QString m_name;
    Policy m_policy;
    Clock m_clock;
};

} // namespace harbour::kiosk
