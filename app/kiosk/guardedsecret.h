// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptlimiter.h"

#include <QByteArray>
#include <QString>

namespace harbour::kiosk {

struct CheckResult
{
    enum class Outcome {
        Accepted,
        Wrong, // counted; `waitMs` is the wait now in force (0 if none yet)
        LockedOut, // not even tried: `waitMs` must pass first
        NotConfigured, // the organisation set no hash: nothing can unlock it
        StoreFailed, // the attempt could not be recorded, so it was not tried
    };
    Outcome outcome = Outcome::StoreFailed;
    qint64 waitMs = 0;
    int failures = 0;

    bool accepted() const { return outcome == Outcome::Accepted; }
};

// A secret known to the organisation (stored as an Argon2id hash) that a person types at the
// kiosk, with attempt limits. Shared by AdminLock and VolunteerCode.
//
// Each check counts as a failure before the hash is computed and is forgiven only when it
// matches, so ending the process in the middle of a check (quick exit, pulling the plug) cannot
// win a free guess. During a wait a guess is refused without looking at it, even a right one.
//
// check() runs Argon2id (about a second with MODERATE limits): call it off the GUI thread, and from
// one thread at a time.
class GuardedSecret
{
public:
    GuardedSecret(QByteArray storedHash, store::Settings *settings, QString name,
        AttemptLimiter::Policy policy = {}, AttemptLimiter::Clock clock = {});
    virtual ~GuardedSecret();
    GuardedSecret(const GuardedSecret &) = delete;
    GuardedSecret &operator=(const GuardedSecret &) = delete;

    bool configured() const { return !m_hash.isEmpty(); }
    // The text as typed; normalised (NFC) and converted to UTF-8 here, and that copy wiped.
    CheckResult check(const QString &typed);
    CheckResult check(const QByteArray &secretUtf8);

    // For the screen: how long until the next try, and how many wrong tries so far.
    qint64 waitMs() const { return m_limiter.waitMs(); }
    int failures() const { return m_limiter.failures(); }
    const AttemptLimiter &limiter() const { return m_limiter; }

private:
    QByteArray m_hash;
    AttemptLimiter m_limiter;
};

} // namespace harbour::kiosk
