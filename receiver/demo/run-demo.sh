#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: installs what is missing, builds, starts a local intake for the demo
# organisation on 127.0.0.1:8470 and opens Harbour, which sends there by default.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash platform/linux/install-deps.sh
cmake --preset default
cmake --build --preset default --target harbour harbour-intake harbour-intake-admin harbour-desk-sync harbour-inbox

mkdir -p .demo
build/bin/harbour-intake --listen 127.0.0.1 --port 8470 --store .demo/intake.db \
    --recipient-key receiver/demo/demo-organisation.key.pub &
intake=$!
trap 'kill "$intake" 2>/dev/null; wait "$intake" 2>/dev/null || true' EXIT

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-demo: no display found (DISPLAY / WAYLAND_DISPLAY are unset); start Harbour from a desktop session." >&2
    exit 1
fi
build/bin/harbour "$@"
cat <<'MSG'

To read what arrived, as the demo organisation's desk (start the intake again first if this
script has stopped it; every passphrase is "demo"):
  receiver/demo/demo-desk.sh                 # sync the demo desk and list its reports
  receiver/demo/demo-desk.sh open ID         # one report
MSG
