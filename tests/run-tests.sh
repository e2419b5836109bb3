#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: installs what is missing, builds, and runs the whole suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash platform/linux/install-deps.sh
cmake --preset default
cmake --build --preset default
# QML must lint clean (docs/architecture.md); a warning fails the run.
cmake --build --preset default --target all_qmllint
ctest --preset default "$@"
