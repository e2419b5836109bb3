#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs an AT-SPI test script under a headless X server and a private D-Bus session.
set -euo pipefail
exec xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- /usr/bin/python3 "$@"
