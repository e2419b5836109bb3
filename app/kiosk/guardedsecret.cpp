// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedsecret.h"

#include "crypto/sodium.h"
#include "secrethash.h"

#include <QList>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKioskSecret, "harbour.kiosk.secret")

namespace harbour::kiosk {

GuardedSecret::GuardedSecret(QByteArray storedHash, store::Settings *settings, QString name,
    AttemptLimiter::Policy policy, AttemptLimiter::Clock clock)
    : m_hash(std::move(storedHash))
    , m_limiter(settings, std::move(name), policy, std::move(clock))
{
}

GuardedSecret::~GuardedSecret() = default;

CheckResult GuardedSecret::check(const QString &typed)
{
    QByteArray secret = secretBytes(typed);
    const CheckResult result = check(secret);
    crypto::wipe(secret);
    return result;
}

CheckResult GuardedSecret::check(const QByteArray &secretUtf8)
{
    using O = CheckResult::Outcome;
    if (!configured())
        return { O::NotConfigured, 0, 0 };
    const qint64 wait = m_limiter.waitMs();
    if (wait < 0)
        return { O::StoreFailed, 0, 0 };
    if (wait > 0)
        return { O::LockedOut, wait, m_limiter.failures() };

    // Counted first: see the class comment.
    if (!m_limiter.recordFailure()) {
        qCWarning(lcKioskSecret) << "could not record an attempt; refusing to check it";
        return { O::StoreFailed, 0, 0 };
    }
    if (verifySecret(m_hash, secretUtf8)) {
        if (!m_limiter.reset())
            qCWarning(lcKioskSecret) << "accepted, but the failure count could not be cleared";
        return { O::Accepted, 0, 0 };
    }
    const int count = m_limiter.failures();
    return { O::Wrong, m_limiter.waitMs(), count };
}

} // namespace harbour::kiosk
