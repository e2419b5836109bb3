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
cmake --build "$build" --target harbour harbour-bench-floor harbour-bench-delivery harbour-intake >/dev/null
export QT_QPA_PLATFORM=offscreen TZ=UTC
/usr/bin/python3 bench/startup.py "$build/bin/harbour" "$build/bin/harbour-bench-floor" 5
QT_LOGGING_RULES="harbour.*.info=false" "$build/bin/harbour-bench-delivery"
