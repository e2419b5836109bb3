# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails naming every tracked C++ file that clang-format would change (the committed .clang-format).

Files are those git tracks (*.cpp, *.h); without a git checkout, every such file under the
source folders. clang-format 14 (Debian 12's, platform/linux/install-deps.sh) is the reference:
other versions format some constructs differently.

Usage: clang_format.py --source <repository root>
"""
import argparse
import os
import shutil
import subprocess
import sys

FOLDERS = ["app", "qml", "receiver", "tests", "bench"]


def tracked_files(root):
    if os.path.isdir(os.path.join(root, ".git")) or os.path.isfile(os.path.join(root, ".git")):
        out = subprocess.run(["git", "-C", root, "ls-files", "-z", "--", "*.cpp", "*.h"],
                             capture_output=True, check=True).stdout
        return sorted(name for name in out.decode().split("\0") if name)
    files = []
    for folder in FOLDERS:
        for directory, _, names in os.walk(os.path.join(root, folder)):
            files += [os.path.relpath(os.path.join(directory, n), root) for n in names if n.endswith((".cpp", ".h"))]
    return sorted(files)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True, help="repository root")
    args = parser.parse_args()
    root = os.path.abspath(args.source)
    tool = shutil.which("clang-format-14") or shutil.which("clang-format")
    if not tool:
        print("clang-format is not installed (platform/linux/install-deps.sh installs it)")
        return 1

    files = tracked_files(root)
    unformatted = []
    for name in files:
        result = subprocess.run([tool, "--dry-run", "-Werror", "--style=file", name], cwd=root,
                                capture_output=True, text=True)
        if result.returncode != 0:
            unformatted.append(name)
            # The first place clang-format would change, so the failure shows what differs.
            first = result.stderr.strip().splitlines()[:3]
            print("%s: not formatted\n    %s" % (name, "\n    ".join(first)))
    print("clang-format: %d files, %d not formatted (%s)" % (len(files), len(unformatted), os.path.basename(tool)))
    if unformatted:
        print("to fix: clang-format -i " + " ".join(unformatted))
    return 1 if unformatted else 0


if __name__ == "__main__":
    sys.exit(main())
