# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails if any shipped language of the app or the desk has an untranslated string.

Counts come from Qt's own tools: lupdate collects every message in the sources now (so a
.ts file that was not refreshed after strings changed is caught), lrelease reports how many
messages of each .ts file it compiled and how many it ignored as untranslated.
Prints one line per language and a total line.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

QT_BIN = "/usr/lib/qt6/bin"


def messages(ts_path):
    """(context, source) pairs in a .ts file, and those of them with plural forms."""
    tree = ET.parse(ts_path)
    pairs = set()
    plurals = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            pairs.add((name, message.findtext("source")))
            if message.get("numerus") == "yes":
                plurals.add((name, message.findtext("source")))
    return pairs, plurals


# Each application's translation files and the sources lupdate reads for them (as its CMake target
# is given them): the reporting app, and the organisation's desk (its own QML and C++, and the
# shared look it uses).
PRODUCTS = [
    ("harbour", ["app", "qml"]),
    ("harbour-desk", ["receiver/desk/app", "qml/ui", "app/questionnaire/questionnaire_strings.cpp"]),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True, help="repository root")
    args = parser.parse_args()
    root = args.source
    ts_dir = os.path.join(root, "translations")

    failures = 0
    languages = 0
    with tempfile.TemporaryDirectory() as tmp:
        for product, folders in PRODUCTS:
            pattern = re.escape(product) + r"_[a-z]{2,3}\.ts"
            shipped = sorted(f for f in os.listdir(ts_dir) if re.fullmatch(pattern, f))
            if not shipped:
                print("translations %s: no .ts files found" % product)
                failures += 1
                continue
            current_ts = os.path.join(tmp, product + "-current.ts")
            subprocess.run([os.path.join(QT_BIN, "lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                            "-extensions", "cpp,h,qml"] + [os.path.join(root, f) for f in folders]
                           + ["-ts", current_ts], check=True)
            # English is the source language: its file holds only the plural forms.
            current, plurals = messages(current_ts)

            for name in shipped:
                path = os.path.join(ts_dir, name)
                have, _ = messages(path)
                expected = plurals if name == product + "_en.ts" else current
                missing = len(expected - have)
                out = subprocess.run([os.path.join(QT_BIN, "lrelease"), path, "-qm",
                                      os.path.join(tmp, name + ".qm")],
                                     capture_output=True, text=True, check=True).stdout
                generated = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", out)
                ignored = re.search(r"Ignored (\d+) untranslated source text\(s\)", out)
                finished = int(generated.group(2)) if generated else 0
                unfinished = int(generated.group(3)) if generated else 0
                untranslated = (int(ignored.group(1)) if ignored else 0) + missing
                print("translations %s: %d messages, %d finished, %d unfinished (draft), %d untranslated"
                      % (name[len(product) + 1:-3] if product == "harbour" else name[:-3], len(expected), finished,
                         unfinished, untranslated))
                languages += 1
                if untranslated:
                    failures += 1
        print("translations: %d files, %d with untranslated strings" % (languages, failures))
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
