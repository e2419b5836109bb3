#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Re-signs the demo directory (receiver/demo/demo-directory.json) with the demo directory key and
# writes the app's built-in directory. DEMO ONLY: the key's passphrase "demo" is public.
# Raise "serial" in the JSON first; apps that saw serial N refuse anything older as a rollback.
set -euo pipefail
cd "$(dirname "$0")/../.."
tool="${HARBOUR_DIRECTORY_TOOL:-build/bin/harbour-directory}"
HARBOUR_DIRECTORY_PASSPHRASE=demo "$tool" sign --key receiver/demo/demo-directory.key \
    --input receiver/demo/demo-directory.json --output app/resources/directory/default.signed.json
"$tool" verify --public-key "$(python3 -c 'import json;print(json.load(open("receiver/demo/demo-directory.key.pub"))["public_key"])')" \
    app/resources/directory/default.signed.json
