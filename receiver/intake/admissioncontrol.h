// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace harbour::receiver {

// The difficulty harbour-intake asks admission proofs for (docs/protocol.md §11.5), raised while
// envelopes arrive faster than an organisation's real reports do and lowered again once they stop.
// Decided per window: more than `busyPerWindow` envelopes stored in the last window raises it by
// two bits (four times the work), a window with at most a quarter of that lowers it by one, never
// below `base` or above `ceiling`. Not thread-safe: the intake's server thread alone uses it.
class AdmissionControl
{
public:
    using Clock = std::chrono::steady_clock;
    struct Settings
    {
        int base = 10;
        int ceiling = 14;
        std::chrono::seconds window { 60 };
        int busyPerWindow = 60;
    };

    explicit AdmissionControl(Settings settings, Clock::time_point start = Clock::now());

    // The difficulty now (closes any windows that have ended first).
    int difficulty(Clock::time_point now = Clock::now());
    // One envelope was stored.
    void noteStored(Clock::time_point now = Clock::now());
    const Settings &settings() const { return m_settings; }

private:
    void advance(Clock::time_point now);

    Settings m_settings;
    int m_difficulty;
    Clock::time_point m_windowStart;
    int m_storedInWindow = 0;
};

} // namespace harbour::receiver
