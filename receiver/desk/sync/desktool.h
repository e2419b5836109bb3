// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace harbour::desk {

// Runs one harbour-desk-sync command line (arguments[0] is the program); returns the exit code
// (common/commandrules.h, ToolExit).
int runDeskTool(const QStringList &arguments);

} // namespace harbour::desk
