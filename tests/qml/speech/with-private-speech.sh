#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a private speech-dispatcher (espeak-ng) with its own socket and a silent
# ALSA device, so a read-aloud test neither needs a sound card nor depends on (or disturbs) the
# machine's own speech service, which on a machine without sound can stop answering.
# Nothing is logged (LogLevel 0): the phrases spoken never reach a file.
set -euo pipefail
dir=$(mktemp -d "${TMPDIR:-/tmp}/harbour-speech.XXXXXX")
daemon=""
cleanup() {
    if [ -n "$daemon" ]; then
        kill "$daemon" 2>/dev/null || true
        wait "$daemon" 2>/dev/null || true
    fi
    pkill -f "$dir/conf" 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT
mkdir -p "$dir/conf/modules" "$dir/log"
cat > "$dir/conf/speechd.conf" <<CONF
LogLevel 0
AudioOutputMethod "alsa"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
CONF
cp /etc/speech-dispatcher/modules/espeak-ng.conf "$dir/conf/modules/"
printf 'pcm.!default { type null }\n' > "$dir/.asoundrc"
HOME="$dir" speech-dispatcher -s -t 0 -l 0 -c unix_socket -S "$dir/speechd.sock" -C "$dir/conf" \
    -L "$dir/log" -P "$dir/pid" >/dev/null 2>&1 &
daemon=$!
for _ in $(seq 1 100); do
    [ -S "$dir/speechd.sock" ] && break
    sleep 0.1
done
if [ ! -S "$dir/speechd.sock" ]; then
    echo "with-private-speech: speech-dispatcher did not start" >&2
    exit 1
fi
SPEECHD_ADDRESS="unix_socket:$dir/speechd.sock" "$@"
