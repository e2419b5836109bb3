# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a C++ file includes a header from a layer above its own.

Reads every #include "..." in app/, qml/, receiver/, tests/support/ and bench/, finds the file it
names (next to the including file first, then as "folder/file.h" under app/, receiver/ and the
test helper folders, as the build's include roots do) and compares the two files' layers. The
table below is the one in docs/architecture.md; keep them the same. A folder that is not in the
table fails too, so a new folder gets a place before it gets code.

Usage: include_layers.py --source <repository root>
"""
import argparse
import os
import re
import sys

# (layer, rank, folders). A file may include files of its own layer or of a lower rank, within
# its side: the app's layers, or the receiver's (which may also use the app's up to `report`).
APP_LAYERS = [
    ("base", 0, ["app/base", "app/crypto"]),
    ("protocol", 1, ["app/protocol", "app/store"]),
    ("questionnaire", 2, ["app/questionnaire", "app/directory"]),
    ("report", 3, ["app/report"]),
    ("flow", 4, ["app/flow", "app/routing", "app/delivery", "app/kiosk"]),
    ("session", 5, ["app/session"]),
    ("application", 6, ["qml", "app/main.cpp", "app/kiosk/setup"]),
]
RECEIVER_USES_APP_UP_TO = 3  # report: never session, the QML module or the applications
RECEIVER_LAYERS = [
    ("receiver-common", 10, ["receiver/common"]),
    # The desk's core: a client of the intake, so it never includes the intake's own code.
    ("desk", 11, ["receiver/desk/core"]),
    # receiver/desk/app: harbour-desk, the caseworkers' Qt Quick desk (QML module HarbourDesk).
    ("receiver-tools", 12, ["receiver/intake", "receiver/inbox", "receiver/directory", "receiver/desk",
                            "receiver/desk/app"]),
    # Test helpers run the receiver tools; benchmarks sit on top of everything but the UI.
    ("test-support", 13, ["tests/support"]),
]
TOP_LAYERS = [
    # The session set up for a test: above the app's session and the test helpers.
    ("session-fixture", 19, ["tests/support/sessionfixture.h", "tests/support/sessionfixture.cpp"]),
    ("bench", 20, ["bench", "tests/proof"]),
]

SCANNED = ["app", "qml", "receiver", "tests/support", "bench"]
# Where "folder/file.h" is looked for, as the include roots of the build resolve it.
INCLUDE_ROOTS = ["app", "receiver", "receiver/desk", "tests/support", "tests/proof"]
GENERATED = re.compile(r"(\.moc|^moc_.*\.cpp|^ui_.*\.h)$")
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')


def layer_table():
    table = []
    for side, layers in (("app", APP_LAYERS), ("receiver", RECEIVER_LAYERS), ("top", TOP_LAYERS)):
        for name, rank, folders in layers:
            for folder in folders:
                table.append((folder, name, rank, side))
    # Longest folder first: app/kiosk/setup before app/kiosk.
    table.sort(key=lambda row: -len(row[0]))
    return table


def layer_of(path, table):
    for folder, name, rank, side in table:
        if path == folder or path.startswith(folder + "/"):
            return name, rank, side
    return None


def allowed(source, target):
    s_name, s_rank, s_side = source
    t_name, t_rank, t_side = target
    if s_side == "top":
        return True
    if s_side == "app":
        return t_side == "app" and t_rank <= s_rank
    # receiver side
    if t_side == "app":
        return t_rank <= RECEIVER_USES_APP_UP_TO
    return t_side == "receiver" and t_rank <= s_rank


def resolve(root, including, name):
    """The repository-relative path an include names, or None."""
    here = os.path.dirname(os.path.join(root, including))
    candidate = os.path.normpath(os.path.join(here, name))
    if os.path.isfile(candidate):
        return os.path.relpath(candidate, root)
    for include_root in INCLUDE_ROOTS:
        candidate = os.path.normpath(os.path.join(root, include_root, name))
        if os.path.isfile(candidate):
            return os.path.relpath(candidate, root)
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True, help="repository root")
    args = parser.parse_args()
    root = os.path.abspath(args.source)
    table = layer_table()

    failures = []
    files = includes = 0
    for scanned in SCANNED:
        for directory, subdirs, names in os.walk(os.path.join(root, scanned)):
            subdirs.sort()
            for file_name in sorted(names):
                if not file_name.endswith((".cpp", ".h")):
                    continue
                path = os.path.relpath(os.path.join(directory, file_name), root)
                files += 1
                source_layer = layer_of(path, table)
                if source_layer is None:
                    failures.append("%s: its folder is not in the layer table (tests/checks/include_layers.py, "
                                    "docs/architecture.md)" % path)
                    continue
                with open(os.path.join(root, path), encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        match = INCLUDE.match(line)
                        if not match:
                            continue
                        name = match.group(1)
                        includes += 1
                        target = resolve(root, path, name)
                        if target is None:
                            if not GENERATED.search(os.path.basename(name)):
                                failures.append('%s:%d: #include "%s" names no file in the tree' % (path, number, name))
                            continue
                        target_layer = layer_of(target, table)
                        if target_layer is None:
                            failures.append('%s:%d: #include "%s" (%s) is outside every layer'
                                            % (path, number, name, target))
                        elif not allowed(source_layer, target_layer):
                            failures.append('%s:%d: #include "%s": layer %s may not include %s (layer %s)'
                                            % (path, number, name, source_layer[0], target, target_layer[0]))
    for failure in failures:
        print(failure)
    print("include layers: %d files, %d includes, %d from a layer above or outside the table"
          % (files, includes, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
