#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desk on the demo intake, with the demo organisation's key (passphrase "demo", public on
# purpose: DEMO ONLY). The first run registers the demo organisation at the demo intake's store
# (.demo/intake.db, the one run-demo.sh uses), makes a desk in .demo/desk (its passphrase: demo) and
# registers its key; then it starts the intake on 127.0.0.1:8470 unless one is running and opens
# harbour-desk on that desk. Send reports with run-demo.sh (the app) and press Sync in the desk.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "${1:-}" = "--no-build" ]; then
    shift
else
    cmake --preset default
    cmake --build --preset default --target harbour-desk harbour-desk-sync harbour-intake harbour-intake-admin
fi

store=.demo/intake.db
desk=.demo/desk
organisation="Demo police"
mkdir -p .demo
if [ ! -e "$desk/desk.db" ]; then
    build/bin/harbour-intake-admin organisation --store "$store" --organisation "$organisation" \
        --recipient-key receiver/demo/demo-organisation.key.pub
    made=$(HARBOUR_INBOX_PASSPHRASE=demo HARBOUR_DESK_PASSPHRASE=demo build/bin/harbour-desk-sync init \
        --data "$desk" --organisation-key receiver/demo/demo-organisation.key \
        --intake http://127.0.0.1:8470 --kdf interactive </dev/null)
    key=$(printf '%s\n' "$made" | sed -n 's/^desk-key: //p')
    build/bin/harbour-intake-admin add-desk --store "$store" --organisation "$organisation" \
        --name "Demo desk" --desk-key "$key"
fi

intake=""
if ! (exec 3<>/dev/tcp/127.0.0.1/8470) 2>/dev/null; then
    build/bin/harbour-intake --listen 127.0.0.1 --port 8470 --store "$store" \
        --recipient-key receiver/demo/demo-organisation.key.pub &
    intake=$!
    trap 'kill "$intake" 2>/dev/null; wait "$intake" 2>/dev/null || true' EXIT
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-desk-demo: the desk is ready in $desk; no display found, so it is not opened." >&2
    exit 0
fi
echo "The desk's passphrase is: demo"
build/bin/harbour-desk --data "$desk" "$@"
