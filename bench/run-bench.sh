#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Harbour's benchmarks, each printed against a floor measured in the same run (README "How we test").
#   bash bench/run-bench.sh                        builds with the default preset (build/) and runs
#   BUILD_DIR=build-proof bash bench/run-bench.sh  uses an already configured build tree
# Everything runs on this machine and talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
if [ -z "${BUILD_DIR:-}" ]; then
    bash platform/linux/install-deps.sh
    cmake --preset default >/dev/null
fi
cmake --build "$build" --target harbour harbour-bench-floor harbour-bench-delivery harbour-bench-admission harbour-bench-desk harbour-intake harbour-intake-admin >/dev/null
export TZ=UTC
# Cold start and memory on a real X server (Xvfb, Mesa's software GL), as a window would be shown;
# with a DISPLAY already set, on that one.
if [ -n "${DISPLAY:-}" ]; then
    QT_QPA_PLATFORM=xcb /usr/bin/python3 bench/startup.py "$build/bin/harbour" "$build/bin/harbour-bench-floor" 5
else
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" \
        /usr/bin/python3 bench/startup.py "$build/bin/harbour" "$build/bin/harbour-bench-floor" 5
fi
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="harbour.*.info=false" "$build/bin/harbour-bench-delivery"
QT_LOGGING_RULES="harbour.*.info=false" "$build/bin/harbour-bench-admission"
QT_LOGGING_RULES="harbour.*.info=false" "$build/bin/harbour-bench-desk"
