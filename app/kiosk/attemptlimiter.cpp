// SPDX-License-Identifier: GPL-3.0-or-later
#include "attemptlimiter.h"

#include "store/settings.h"

#include <QDateTime>

#include <algorithm>

namespace harbour::kiosk {

AttemptLimiter::AttemptLimiter(store::Settings *settings, QString name, Policy policy, Clock clock)
    : m_settings(settings)
    , m_name(std::move(name))
    , m_policy(policy)
    , m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

QString AttemptLimiter::key(const char *suffix) const
{
    return m_name + QLatin1Char('.') + QLatin1StringView(suffix);
}

qint64 AttemptLimiter::delayAfter(int failures, const Policy &policy)
{
    if (failures < policy.freeAttempts)
        return 0;
    qint64 delay = policy.firstDelayMs;
    // Doubling step by step, stopping at the cap, so a huge count cannot overflow.
    for (int i = policy.freeAttempts; i < failures && delay < policy.maxDelayMs; ++i)
        delay *= 2;
    return std::min(delay, policy.maxDelayMs);
}

int AttemptLimiter::failures() const
{
    if (!m_settings)
        return -1;
    bool ok = false;
    const auto stored = m_settings->integer(key("failures"), &ok);
    if (!ok)
        return -1;
    return int(std::clamp<qint64>(stored.value_or(0), 0, 1 << 20));
}

qint64 AttemptLimiter::waitMs() const
{
    const int count = failures();
    if (count < 0)
        return -1;
    bool ok = false;
    const auto next = m_settings->integer(key("next_allowed_ms"), &ok);
    if (!ok)
        return -1;
    const qint64 remaining = next.value_or(0) - m_clock();
    if (remaining <= 0)
        return 0;
    return std::min(remaining, delayAfter(count));
}

bool AttemptLimiter::recordFailure()
{
    if (!m_settings)
        return false;
    return m_settings
        ->transaction([&] {
            const int count = failures();
            if (count < 0)
                return false;
            const int updated = count + 1;
            const qint64 delay = delayAfter(updated);
            return m_settings->setInteger(key("failures"), updated)
                && m_settings->setInteger(key("next_allowed_ms"), delay > 0 ? m_clock() + delay : 0);
        })
        .ok();
}

bool AttemptLimiter::reset()
{
    if (!m_settings)
        return false;
    return m_settings
        ->transaction(
            [&] { return m_settings->remove(key("failures")) && m_settings->remove(key("next_allowed_ms")); })
        .ok();
}

} // namespace harbour::kiosk
