// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guardedsecret.h"

namespace harbour::kiosk {

// The code a volunteer types to start assisted mode (reading aloud, typing for a disabled
// reporter). The report then records the mode "assisted" and nothing about who assisted: the
// code is shared by the organisation's volunteers and identifies none of them.
// The hash comes from "kiosk"."volunteer_code_hash"; attempts are counted under "volunteer.*",
// apart from the admin passphrase's.
class VolunteerCode : public GuardedSecret
{
public:
    // The value for the report's "mode" field once the code was accepted.
    static QString reportMode() { return QStringLiteral("assisted"); }

    VolunteerCode(QByteArray codeHash, store::Settings *settings, AttemptLimiter::Clock clock = {},
        AttemptLimiter::Policy policy = {})
        : GuardedSecret(std::move(codeHash), settings, QStringLiteral("volunteer"), policy, std::move(clock))
    {
    }

    CheckResult enter(const QString &code) { return check(code); }
};

} // namespace harbour::kiosk
