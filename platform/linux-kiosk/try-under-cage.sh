#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs harbour-kiosk.service's ExecStart (cage + Harbour) headless, as the unprivileged kiosk
# user, under a small supervisor that restarts it the way systemd's Restart=always does. Then:
#   1. waits for Harbour's first screen and takes a screenshot with grim,
#   2. ends the session (SIGTERM to the Harbour process, as any session end exits it),
#   3. checks that a new Harbour process (a new PID) comes up and shows its first screen again.
# Exit 0: all of that happened. Exit 77: cannot run here (not root, or cage/grim/Xwayland/
# qt6-wayland missing): ctest reports a skip. Anything else: failure, with the logs printed.
#
# usage: try-under-cage.sh --harbour PATH [--unit FILE] [--screenshot OUT.png] [--keep]
# Needs root: it creates the user harbour-kiosk (like install.sh) and runs cage as that user
# (cage refuses to run as root).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
unit="$here/harbour-kiosk.service"
harbour=""
screenshot=""
keep=0
kiosk_user=harbour-kiosk
while [ $# -gt 0 ]; do
    case "$1" in
        --harbour) harbour=$2; shift 2 ;;
        --unit) unit=$2; shift 2 ;;
        --screenshot) screenshot=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        *) echo "try-under-cage: unknown argument $1" >&2; exit 2 ;;
    esac
done

skip() { echo "try-under-cage: SKIP: $*"; exit 77; }
[ -n "$harbour" ] && [ -x "$harbour" ] || { echo "try-under-cage: --harbour PATH (the built binary) is required" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || skip "needs root (to create the kiosk user and run cage as it)"
for tool in cage grim Xwayland setpriv useradd; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (platform/linux/install-deps.sh installs it)"
done
qt_plugins=$(ls /usr/lib/*/qt6/plugins/platforms/libqwayland-generic.so 2>/dev/null | head -n1 || true)
[ -n "$qt_plugins" ] || skip "qt6-wayland is not installed"

# The unit must parse cleanly (systemd-analyze works offline, without systemd running).
if command -v systemd-analyze >/dev/null; then
    verify=$(cd / && systemd-analyze verify "$unit" 2>&1) || { echo "$verify" >&2; echo "try-under-cage: FAIL: systemd-analyze verify" >&2; exit 1; }
    [ -z "$verify" ] || { echo "$verify" >&2; echo "try-under-cage: FAIL: systemd-analyze verify warns" >&2; exit 1; }
    echo "try-under-cage: systemd-analyze verify: clean; $(cd / && systemd-analyze security --offline=yes "$unit" 2>/dev/null | tail -n1 | sed 's/^→ //')"
fi

# The kiosk user, as install.sh makes it: no home of its own, no shell, no password.
if ! getent passwd "$kiosk_user" >/dev/null; then
    useradd --system --user-group --home-dir /var/lib/harbour-kiosk --no-create-home \
        --shell /usr/sbin/nologin --comment "Harbour kiosk" "$kiosk_user"
fi
uid=$(id -u "$kiosk_user")
gid=$(id -g "$kiosk_user")

# A staging area the kiosk user can reach (the build tree may sit under a private folder).
work=$(mktemp -d /tmp/harbour-cage.XXXXXX)
chmod 0755 "$work"
supervisor_pid=""
cleanup() {
    set +e
    touch "$work/stop"
    # Stop the running cage (the supervisor's current child) by its PID, then the supervisor.
    [ -s "$work/child.pid" ] && kill -HUP "$(cat "$work/child.pid")" 2>/dev/null # the unit's KillSignal
    if [ -n "$supervisor_pid" ]; then
        kill -TERM "$supervisor_pid" 2>/dev/null
        wait "$supervisor_pid" 2>/dev/null
    fi
    if [ "$keep" -eq 0 ]; then rm -rf "$work"; else echo "try-under-cage: kept $work"; fi
}
trap cleanup EXIT

mkdir -p "$work/bin" "$work/etc" "$work/state"
install -m 0755 "$harbour" "$work/bin/harbour"
chown "$uid:$gid" "$work/state"
chmod 0700 "$work/state" # StateDirectoryMode=0700
runtime="$work/run" # stands in for RuntimeDirectory=harbour-kiosk (/run/harbour-kiosk)
cat > "$work/etc/kiosk.json" <<JSON
{
  "v": 1,
  "mode": "kiosk",
  "recipients": [{"name": "Harbour demo organisation", "intake": "http://127.0.0.1:9/v1/envelopes",
                  "public_key": "p/IONv131qBmsUMom8n8eliv9VzNbfyAtdvTF3C6k0k="}],
  "data_dir": "$work/state",
  "kiosk": {"name": "Cage smoke test", "default_organisation": "Harbour demo organisation"}
}
JSON
chown "root:$gid" "$work/etc/kiosk.json"
chmod 0640 "$work/etc/kiosk.json"

# The unit's Environment= lines and its ExecStart (joined across "\" continuations), with the
# installed paths replaced by the staged ones.
mapfile -t unit_env < <(sed -n 's/^Environment=//p' "$unit")
exec_start=$(awk '/^ExecStart=/{line=$0; while (line ~ /\\$/) { sub(/\\$/, "", line); getline nxt; line = line nxt } sub(/^ExecStart=/, "", line); print line}' "$unit")
[ -n "$exec_start" ] || { echo "try-under-cage: no ExecStart in $unit" >&2; exit 1; }
restart_sec=$(sed -n 's/^RestartSec=//p' "$unit"); restart_sec=${restart_sec:-1}
grep -q '^Restart=always$' "$unit" || { echo "try-under-cage: $unit does not say Restart=always" >&2; exit 1; }
exec_start=${exec_start//\/usr\/local\/bin\/harbour/$work/bin/harbour}
exec_start=${exec_start//\/etc\/harbour\/kiosk.json/$work/etc/kiosk.json}
exec_start=${exec_start//\/run\/harbour-kiosk/$runtime}
read -r -a exec_argv <<<"$exec_start"
# Headless only: wlroots 0.15's headless output fails cage's direct scan-out of a client that
# covers the whole output ("Basic output test failed"), and the screen then stays on the first
# frame. A rotated (portrait, like a tablet) output rules scan-out out; on a real screen
# scan-out works and the unit does not rotate.
for i in "${!exec_argv[@]}"; do
    if [ "${exec_argv[$i]}" = /usr/bin/cage ]; then
        exec_argv=("${exec_argv[@]:0:$((i + 1))}" -r "${exec_argv[@]:$((i + 1))}")
        break
    fi
done
echo "try-under-cage: running as $kiosk_user: ${exec_argv[*]}"

# Headless stands in for the seat that logind gives cage on a real kiosk.
headless_env=(WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman)
# A sanitizer build (the asan preset's test environment) keeps its runtime options; nothing else of
# the caller's environment reaches the kiosk.
for name in ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS QT_QUICK_BACKEND; do
    if [ -n "${!name:-}" ]; then headless_env+=("$name=${!name}"); fi
done

# Restart=always, RestartSec, RuntimeDirectory (fresh and 0700 at every start, removed at every
# stop), UMask=0077 and NoNewPrivileges=yes, as systemd would apply them.
supervise() {
    local n=0
    while [ ! -e "$work/stop" ]; do
        n=$((n + 1))
        rm -rf "$runtime"
        install -d -m 0700 -o "$uid" -g "$gid" "$runtime"
        echo "start $n $(date +%s.%N)" >> "$work/supervisor.log"
        set +e
        (umask 0077; ulimit -c 0; exec setpriv --reuid="$uid" --regid="$gid" --init-groups --no-new-privs \
            env -i PATH=/usr/bin:/bin USER="$kiosk_user" LOGNAME="$kiosk_user" "${unit_env[@]}" "${headless_env[@]}" \
            "${exec_argv[@]}") >> "$work/session-$n.log" 2>&1 &
        local child=$!
        echo "$child" > "$work/child.pid"
        wait "$child"
        local rc=$?
        set -e
        echo "exit $n rc=$rc $(date +%s.%N)" >> "$work/supervisor.log"
        rm -rf "$runtime"
        [ -e "$work/stop" ] && break
        sleep "$restart_sec"
    done
}
supervise &
supervisor_pid=$!

dump_logs() {
    echo "--- supervisor.log"; cat "$work/supervisor.log" 2>/dev/null || true
    for f in "$work"/session-*.log; do [ -e "$f" ] && { echo "--- $(basename "$f")"; tail -n 40 "$f"; }; done
}
fail() { echo "try-under-cage: FAIL: $*" >&2; dump_logs >&2; exit 1; }

# The Harbour process of session N: the harbour child of that session's cage.
harbour_pid_of_session() {
    pgrep -u "$uid" -f "^$work/bin/harbour " | head -n1 || true
}

# Takes screenshots until one shows more than a blank frame (Harbour has drawn its page).
shoot() {
    local out=$1 deadline=$(( $(date +%s) + 60 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        if [ -S "$runtime/wayland-0" ] && [ -n "$(harbour_pid_of_session)" ]; then
            rm -f "$work/shot.png"
            if setpriv --reuid="$uid" --regid="$gid" --init-groups env -i XDG_RUNTIME_DIR="$runtime" \
                WAYLAND_DISPLAY=wayland-0 grim - > "$work/shot.png" 2>> "$work/grim.log" \
                && python3 "$here/png-check.py" "$work/shot.png" >> "$work/grim.log" 2>&1; then
                cp "$work/shot.png" "$out"
                return 0
            fi
        fi
        sleep 1
    done
    return 1
}

shoot "$work/first.png" || {
    exits=$(grep -c '^exit ' "$work/supervisor.log" 2>/dev/null || true)
    [ "${exits:-0}" -gt 1 ] && fail "Harbour keeps exiting as it starts ($exits exits in 60 s; a crash or a refused configuration: see the session logs)"
    fail "no screenshot of Harbour's first screen within 60 s"
}
first_pid=$(harbour_pid_of_session)
echo "try-under-cage: session 1: Harbour (pid $first_pid) is on screen; $(python3 "$here/png-check.py" "$work/first.png")"
[ -n "$screenshot" ] && cp "$work/first.png" "$screenshot" && echo "try-under-cage: screenshot saved as $screenshot"

# The mode of the data folder and of anything in it (the key files made on first start).
[ "$(stat -c %a "$work/state")" = 700 ] || fail "the data folder is not 0700"
for f in "$work"/state/*; do
    [ -e "$f" ] || continue
    mode=$(stat -c %a "$f"); owner=$(stat -c %U "$f")
    [ "$owner" = "$kiosk_user" ] || fail "$(basename "$f") is owned by $owner"
    case "$mode" in 600|700) ;; *) fail "$(basename "$f") has mode $mode, not 0600" ;; esac
    echo "try-under-cage: data folder: $(basename "$f") $mode $owner"
done

# End the session the way every session ends: the Harbour process exits.
kill -TERM "$first_pid"
deadline=$(( $(date +%s) + 60 ))
second_pid=""
while [ "$(date +%s)" -lt "$deadline" ]; do
    if grep -q '^start 2 ' "$work/supervisor.log" 2>/dev/null; then
        second_pid=$(harbour_pid_of_session)
        [ -n "$second_pid" ] && [ "$second_pid" != "$first_pid" ] && break
    fi
    sleep 0.5
done
[ -n "$second_pid" ] && [ "$second_pid" != "$first_pid" ] || fail "no new Harbour process after the first exited"
grep -q '^exit 1 ' "$work/supervisor.log" || fail "the first session did not end"
# cage must end by itself when its only client exits (134 would be an abort).
first_rc=$(sed -n 's/^exit 1 rc=\([0-9]*\) .*/\1/p' "$work/supervisor.log")
[ "$first_rc" != 134 ] || fail "cage aborted when Harbour exited"
echo "try-under-cage: session 1 ended: cage exited with status $first_rc after Harbour exited"
shoot "$work/second.png" || fail "no screenshot of the restarted session"
echo "try-under-cage: session 2: a fresh Harbour process (pid $second_pid, was $first_pid) is on screen"
echo "try-under-cage: $(grep -c '^start ' "$work/supervisor.log") starts, $(grep -c '^exit ' "$work/supervisor.log") exits so far"
echo "try-under-cage: PASS"
