// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QStringList>

namespace harbour::receiver {

Q_DECLARE_LOGGING_CATEGORY(lcInbox)

// Runs one harbour-inbox command line (arguments[0] is the program); returns the exit code
// (common/commandrules.h, ToolExit).
int runInbox(const QStringList &arguments);

} // namespace harbour::receiver
