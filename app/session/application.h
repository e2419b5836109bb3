// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace harbour::session {

// Parses the command line, opens the session and runs the UI. main() only calls this.
int runApplication(int argc, char *argv[]);

} // namespace harbour::session
