// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace harbour::receiver {

// SIGTERM and SIGINT make the application quit through its event loop, so the store is closed
// cleanly. The handler only writes one byte to a socket pair; Qt reads it (the self-pipe trick).
// Returns an empty string or why the handlers could not be installed.
QString quitOnTerminationSignals(QCoreApplication &app);

} // namespace harbour::receiver
