// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QStringList>

namespace harbour::receiver {

Q_DECLARE_LOGGING_CATEGORY(lcInbox)

// Exit codes of harbour-inbox (receiver/README.md "harbour-inbox").
enum InboxExit : int {
    ExitOk = 0,
    ExitFailure = 1, // anything else that went wrong; the message says what
    ExitWrongPassphrase = 2,
    ExitUsage = 64, // EX_USAGE
};

// Runs one harbour-inbox command line (arguments[0] is the program); returns the exit code.
int runInbox(const QStringList &arguments);

} // namespace harbour::receiver
