#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Harbour as a locked-down kiosk on Debian 12 (see README.md in this folder).
# Run as root after building: cmake --build build --target harbour harbour-kiosk-setup
#
#   install.sh --build-dir build [--destdir DIR] [--no-enable]
#
# --destdir DIR only places the files under DIR (for packaging or to look at them); it creates
# no user and runs no systemctl. Safe to run again: existing configuration is kept.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build_dir=""
destdir=""
enable=1
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir=$2; shift 2 ;;
        --destdir) destdir=$2; shift 2 ;;
        --no-enable) enable=0; shift ;;
        *) echo "install.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -n "$build_dir" ] && [ -x "$build_dir/bin/harbour" ] && [ -x "$build_dir/bin/harbour-kiosk-setup" ] || {
    echo "install.sh: --build-dir must hold bin/harbour and bin/harbour-kiosk-setup (build them first)" >&2; exit 2; }
live=0
[ -z "$destdir" ] && live=1
if [ "$live" -eq 1 ] && [ "$(id -u)" -ne 0 ]; then
    echo "install.sh: run as root (or give --destdir to stage the files)" >&2; exit 2
fi
user=harbour-kiosk

if [ "$live" -eq 1 ]; then
    # What the kiosk needs at run time (Qt and friends come with the build's dependencies).
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends cage qt6-wayland xwayland
    if ! getent passwd "$user" >/dev/null; then
        # A system user: no password, no shell, no home of its own (its data folder is systemd's).
        useradd --system --user-group --home-dir /var/lib/harbour-kiosk --no-create-home \
            --shell /usr/sbin/nologin --comment "Harbour kiosk" "$user"
    fi
fi

install -D -m 0755 "$build_dir/bin/harbour" "$destdir/usr/local/bin/harbour"
install -D -m 0755 "$build_dir/bin/harbour-kiosk-setup" "$destdir/usr/local/bin/harbour-kiosk-setup"
install -D -m 0644 "$here/harbour-kiosk.service" "$destdir/etc/systemd/system/harbour-kiosk.service"
install -D -m 0644 "$here/harbour-kiosk.pam" "$destdir/etc/pam.d/harbour-kiosk"
install -D -m 0644 "$here/README.md" "$destdir/usr/local/share/doc/harbour/linux-kiosk/README.md"

# No other sessions on the seat: no login prompts on other VTs (cage already refuses VT
# switching), and the Magic SysRq key off.
install -d -m 0755 "$destdir/etc/systemd/logind.conf.d" "$destdir/etc/sysctl.d"
cat > "$destdir/etc/systemd/logind.conf.d/harbour-kiosk.conf" <<'CONF'
# Installed by Harbour's platform/linux-kiosk/install.sh: no spare login consoles on a kiosk.
[Login]
NAutoVTs=0
ReserveVT=0
CONF
cat > "$destdir/etc/sysctl.d/50-harbour-kiosk.conf" <<'CONF'
# Installed by Harbour's platform/linux-kiosk/install.sh: no SysRq key combinations on a kiosk.
kernel.sysrq = 0
CONF

# The configuration: readable by root and the kiosk user only (it holds the passphrase hashes).
install -d -m 0755 "$destdir/etc/harbour"
if [ ! -e "$destdir/etc/harbour/kiosk.json" ]; then
    install -m 0640 "$here/kiosk.json.example" "$destdir/etc/harbour/kiosk.json"
    echo "install.sh: wrote /etc/harbour/kiosk.json from the example: put your organisations in it"
fi

if [ "$live" -eq 1 ]; then
    # The data folder, as the unit's StateDirectory= makes it, so step 3 below can run first.
    install -d -m 0700 -o "$user" -g "$user" /var/lib/harbour-kiosk
    chown "root:$user" /etc/harbour/kiosk.json
    chmod 0640 /etc/harbour/kiosk.json
    if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
        systemctl daemon-reload
        systemctl restart systemd-logind.service || true
        sysctl --system >/dev/null || true
        systemctl mask ctrl-alt-del.target
        systemctl disable getty@tty1.service 2>/dev/null || true
        # A desktop's display manager would start another session on the seat.
        systemctl disable display-manager.service 2>/dev/null || true
        systemctl set-default graphical.target
        if [ "$enable" -eq 1 ]; then
            systemctl enable harbour-kiosk.service
            echo "install.sh: harbour-kiosk.service is enabled; start it with: systemctl start harbour-kiosk"
        fi
    else
        echo "install.sh: systemd is not running here; enable harbour-kiosk.service on the kiosk itself"
    fi
fi

cat <<NEXT
Next steps (README.md in platform/linux-kiosk has the details):
  1. Edit /etc/harbour/kiosk.json (recipients, kiosk name, languages).
  2. Set the admin passphrase and the volunteer code (typed, not echoed):
       harbour-kiosk-setup set-admin-passphrase --config /etc/harbour/kiosk.json
       harbour-kiosk-setup set-volunteer-code --config /etc/harbour/kiosk.json
  3. Make the kiosk's signing key and register it with your organisation:
       runuser -u $user -- harbour-kiosk-setup show-identity --config /etc/harbour/kiosk.json
  4. systemctl start harbour-kiosk
NEXT
