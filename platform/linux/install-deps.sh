#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Harbour needs to build, run and test on Debian 12. Safe to run again.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config ccache   # ccache: CMakeLists.txt uses it when present
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6concurrent6   # the app computes admission proofs on Qt's thread pool (part of qt6-base-dev's Concurrent)
    libsodium-dev libsqlcipher-dev
    # harbour-intake's HTTP server (receiver/README.md "Why libmicrohttpd")
    libmicrohttpd-dev
    # QML modules the app and its tests load
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
    qml6-module-qtquick-templates qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qttest
    # easy-read pictures are SVG files: Qt's SVG image plugin draws them sharp at any text size
    libqt6svg6
    # fonts for every script Harbour shows
    fonts-noto-core
    # the clang_format check (clang-format 14 is the reference for .clang-format)
    clang-format-14
    # tests: a headless X server, the accessibility bus, PyNaCl for the interoperability test
    xvfb xauth dbus at-spi2-core python3-pyatspi python3-nacl xdotool
    # tst_deskexport reads the desk's PDF exports back with pdftotext
    poppler-utils
    # read-aloud: Qt TextToSpeech through speech-dispatcher and espeak-ng
    qt6-speech-dev qml6-module-qttexttospeech qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng
    # kiosk: cage (Wayland kiosk compositor) and what Qt needs under it; grim for the screenshot test
    cage qt6-wayland xwayland grim
    # proof tests (TLS test certificates) and fuzzing (clang 14's libFuzzer, ASan and UBSan runtimes)
    openssl clang-14 libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
