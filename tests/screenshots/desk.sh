#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# harbour-desk's unlock page, queue and a case in English, Welsh, 200 % text and high contrast, at
# 1280x800, under Xvfb (xcb, as on a desktop), as PNGs for people to look at (issue 14). The desk runs
# on a DeskFixture (the real intake on loopback, an organisation, two desks, six reports and junk)
# through tst_deskui's screenshot case.
#
#   tests/screenshots/desk.sh [BUILD_DIR] [OUT_DIR]
#
# BUILD_DIR defaults to build/, OUT_DIR to build/screenshots/desk/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
out="${2:-$build/screenshots/desk}"
test="$build/tests/desk/tst_deskui"
[ -x "$test" ] || { echo "no $test: build the tst_deskui target first" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"
TZ=UTC QT_QPA_PLATFORM=xcb HARBOUR_DESK_SCREENSHOTS="$out" \
    xvfb-run -a -s "-screen 0 1400x1000x24" \
    "$test" -input "$here/../desk/qml" DeskUi::test_4_screenshots
echo "screenshots: $(find "$out" -name '*.png' | wc -l) images in $out"
