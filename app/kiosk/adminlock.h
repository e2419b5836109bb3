// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guardedsecret.h"

namespace harbour::kiosk {

// The organisation's admin passphrase, which unlocks the kiosk's settings screen.
// The hash comes from the kiosk configuration ("kiosk"."admin_passphrase_hash", written by
// harbour-kiosk-setup); the attempt count lives in the settings store under "admin.*".
class AdminLock : public GuardedSecret
{
public:
    AdminLock(QByteArray passphraseHash, store::Settings *settings, AttemptLimiter::Clock clock = {},
        AttemptLimiter::Policy policy = {})
        : GuardedSecret(
            std::move(passphraseHash), settings, QStringLiteral("admin"), policy, std::move(clock))
    {
    }

    CheckResult unlock(const QString &passphrase) { return check(passphrase); }
};

} // namespace harbour::kiosk
