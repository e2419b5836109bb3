// SPDX-License-Identifier: GPL-3.0-or-later
#include "admissioncontrol.h"

#include <algorithm>

namespace harbour::receiver {

AdmissionControl::AdmissionControl(Settings settings, Clock::time_point start)
    : m_settings(settings)
    , m_difficulty(settings.base)
    , m_windowStart(start)
{
}

void AdmissionControl::advance(Clock::time_point now)
{
    while (now - m_windowStart >= m_settings.window) {
        if (m_storedInWindow > m_settings.busyPerWindow)
            m_difficulty = std::min(m_settings.ceiling, m_difficulty + 2);
        else if (m_storedInWindow <= m_settings.busyPerWindow / 4)
            m_difficulty = std::max(m_settings.base, m_difficulty - 1);
        m_storedInWindow = 0;
        m_windowStart += m_settings.window;
        // After a long quiet spell, skip straight to the base rather than looping window by window.
        if (now - m_windowStart >= 64 * m_settings.window) {
            m_difficulty = m_settings.base;
            m_windowStart = now;
        }
    }
}

int AdmissionControl::difficulty(Clock::time_point now)
{
    advance(now);
    return m_difficulty;
}

void AdmissionControl::noteStored(Clock::time_point now)
{
    advance(now);
    ++m_storedInWindow;
}

} // namespace harbour::receiver
