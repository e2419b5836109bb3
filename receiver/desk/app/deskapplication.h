// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// harbour-desk's start: the command line, the engine and Main.qml (main.cpp only calls this).
namespace harbour::deskui {

int runDesk(int argc, char *argv[]);

} // namespace harbour::deskui
