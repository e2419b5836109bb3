#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every page of Harbour in English, Arabic (right to left), 200 % text, high contrast and easy read
# (English and Arabic), at phone
# (360x740) and kiosk tablet (1280x800) sizes, under Xvfb, as PNGs for people to look at
# (docs/accessibility.md; issue 5).
#
#   tests/screenshots/make.sh [BUILD_DIR] [OUT_DIR] [SIZE-VARIANT ...]
#
# Naming SIZE-VARIANTs (e.g. phone-easyread tablet-arabic) renders only those.
# BUILD_DIR defaults to build/, OUT_DIR to build/screenshots/. Each run of the self-test shows every
# page once (qml/SelfTest.qml's page sequence) and saves each page a screenful at a time:
# OUT_DIR/<size>-<variant>/NN-<page>[-part].png. Exits non-zero if any run fails or has a QML warning.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
out="${2:-$build/screenshots}"
harbour="$build/bin/harbour"
[ -x "$harbour" ] || { echo "no $harbour: build the harbour target first" >&2; exit 1; }

declare -A sizes=([phone]=360x740 [tablet]=1280x800)
declare -A variants=(
    [english]=""
    [arabic]="--language ar"
    [text200]="--text-scale 2"
    [contrast]="--high-contrast"
    [easyread]="--easy-read"
    [arabic-easyread]="--language ar --easy-read"
)
variant_order=(english arabic text200 contrast easyread arabic-easyread)
only=("${@:3}")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
total=0
for size in phone tablet; do
    for variant in "${variant_order[@]}"; do
        if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " == *" $size-$variant "* ]]; then
            continue
        fi
        dir="$out/$size-$variant"
        rm -rf "$dir"
        mkdir -p "$dir"
        # A fresh data folder each run: remembered preferences must not leak between variants.
        rm -rf "$work/data" "$work/home"
        mkdir -p "$work/data" "$work/home"
        # shellcheck disable=SC2086
        if ! HOME="$work/home" TZ=UTC QT_QPA_PLATFORM=xcb \
            xvfb-run -a -s "-screen 0 1400x1000x24" \
            "$harbour" --self-test --screenshots "$dir" --data-dir "$work/data" \
            -qwindowgeometry "${sizes[$size]}+0+0" ${variants[$variant]} >"$work/log" 2>&1; then
            echo "screenshots $size-$variant: FAILED" >&2
            cat "$work/log" >&2
            failed=1
            continue
        fi
        n=$(find "$dir" -name '*.png' | wc -l)
        total=$((total + n))
        echo "screenshots $size-$variant: $n images in $dir"
    done
done
echo "screenshots: $total images in $out"
exit $failed
