# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a source file of the repository is compiled into more than one target.

Reads the build's compile_commands.json (CMAKE_EXPORT_COMPILE_COMMANDS): each entry's object file
lies in CMakeFiles/<target>.dir/, which names the target. Files generated in the build tree (moc,
resources, QML caches) are left out: each target makes its own. A library's source belongs in
that library, which the others link (docs/architecture.md).

Usage: compiled_once.py --source <repository root> --build <build directory>
"""
import argparse
import json
import os
import re
import shlex
import sys

TARGET_DIR = re.compile(r"CMakeFiles/([^/]+)\.dir/")


def object_file(entry):
    if "output" in entry:
        return entry["output"]
    arguments = entry.get("arguments") or shlex.split(entry["command"])
    return arguments[arguments.index("-o") + 1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True, help="repository root")
    parser.add_argument("--build", required=True, help="build directory holding compile_commands.json")
    args = parser.parse_args()
    source = os.path.realpath(args.source)
    build = os.path.realpath(args.build)
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)

    targets_of = {}
    for entry in entries:
        path = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
        if path.startswith(build + os.sep) or not path.startswith(source + os.sep):
            continue
        match = TARGET_DIR.search(object_file(entry).replace(os.sep, "/"))
        target = match.group(1) if match else "?"
        targets_of.setdefault(os.path.relpath(path, source), set()).add(target)

    twice = {path: targets for path, targets in targets_of.items() if len(targets) > 1}
    for path in sorted(twice):
        print("%s is compiled into %d targets: %s" % (path, len(twice[path]), ", ".join(sorted(twice[path]))))
    print("compiled once: %d source files, %d compiled into more than one target" % (len(targets_of), len(twice)))
    if not targets_of:
        print("no source files found in %s: is this the right build directory?" % build)
        return 1
    return 1 if twice else 0


if __name__ == "__main__":
    sys.exit(main())
