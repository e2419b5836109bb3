// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace harbour::desk {

// Reads the command line (--data DIR, --idle-minutes N, --lang cy, --text-scale, --high-contrast),
// loads the translations and the window, and runs until the window closes.
int runDeskApplication(int argc, char *argv[]);

} // namespace harbour::desk
