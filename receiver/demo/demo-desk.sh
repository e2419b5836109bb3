#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads what arrived at the demo intake (run-demo.sh) as the demo organisation would: the first time,
# binds the demo key to "Demo organisation" at the intake and makes a desk in .demo/desk registered
# there (desk passphrase: demo); every time, syncs the desk through the intake's desk API and lists
# its reports with harbour-inbox. Arguments go to harbour-inbox instead of "list" (for example:
# open ID, or export --format csv). Demo keys and passphrases only: never for real reports.
set -euo pipefail
cd "$(dirname "$0")/../.."

store=.demo/intake.db
desk=.demo/desk
export HARBOUR_DESK_PASSPHRASE=demo HARBOUR_INBOX_PASSPHRASE=demo
if [ ! -f "$store" ]; then
    echo "demo-desk: no demo intake yet ($store); start it with receiver/demo/run-demo.sh" >&2
    exit 1
fi
if [ ! -f "$desk/desk.db" ]; then
    build/bin/harbour-intake-admin organisation --store "$store" --organisation "Demo organisation" \
        --recipient-key receiver/demo/demo-organisation.key.pub
    key=$(build/bin/harbour-desk-sync init --data "$desk" --organisation-key receiver/demo/demo-organisation.key \
        --intake http://127.0.0.1:8470 | sed -n 's/^desk-key: //p')
    build/bin/harbour-intake-admin add-desk --store "$store" --organisation "Demo organisation" \
        --name "demo desk" --desk-key "$key"
fi
build/bin/harbour-desk-sync sync --data "$desk"
if [ "$#" -eq 0 ]; then
    set -- list
fi
command=$1
shift
build/bin/harbour-inbox "$command" --desk "$desk" "$@"
