// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace harbour::receiver {

// Runs one harbour-directory command line (arguments[0] is the program); returns the exit code.
// receiver/README.md "harbour-directory" describes the commands.
int runDirectoryTool(const QStringList &arguments);

} // namespace harbour::receiver
