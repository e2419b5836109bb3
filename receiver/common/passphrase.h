// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

namespace harbour::receiver {

inline constexpr char kPassphraseEnvironmentVariable[] = "HARBOUR_INBOX_PASSPHRASE";

// The passphrase from, in order: the first line of passphraseFile (when given), the environment
// variable HARBOUR_INBOX_PASSPHRASE, or the terminal with echo off (asked twice when confirm is
// set). Empty passphrases are refused. The caller wipes the result after use.
// harbour-directory passes its own variable (HARBOUR_DIRECTORY_PASSPHRASE).
Result<QByteArray> obtainPassphrase(const QString &passphraseFile, const QString &prompt, bool confirm,
    const char *environmentVariable = kPassphraseEnvironmentVariable);

} // namespace harbour::receiver
