#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs an AT-SPI test script under a headless X server and a private D-Bus session.
# Xvfb picks a free display itself and names it only once it accepts clients (-displayfd): with
# `xvfb-run -a`, a test started just as another X server was going away could be handed a display
# that refused connections ("could not connect to display :100").
# -noreset: by default an X server resets itself whenever its last client leaves, and a client that
# connects just then can be refused. a11y_walk once failed so ("could not connect to display :0" in
# Harbour's log, as Harbour started while another client left); kiosk_canary once had Harbour not
# appear on the bus (its log was not kept then). Measured with three loops of 150 xdpyinfo each: 3, 6
# and 4 of 450 connections refused without -noreset, 0 of 1,350 with it.
set -euo pipefail
work=$(mktemp -d "${TMPDIR:-/tmp}/harbour-xvfb.XXXXXX")
xvfb=""
cleanup() {
    if [ -n "$xvfb" ]; then
        kill "$xvfb" 2>/dev/null || true
        wait "$xvfb" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
for _ in $(seq 1 100); do
    [ -s "$work/display" ] && break
    kill -0 "$xvfb" 2>/dev/null || break
    sleep 0.1
done
if [ ! -s "$work/display" ]; then
    echo "run-under-xvfb: Xvfb did not start:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$(tr -dc '0-9' < "$work/display")"
dbus-run-session -- /usr/bin/python3 "$@"
