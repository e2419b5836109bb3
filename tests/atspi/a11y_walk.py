# SPDX-License-Identifier: GPL-3.0-or-later
"""Screen-reader walk (INCLUSION.md): every page through the AT-SPI tree.

On every page reached, every interactive element must have a non-empty accessible name.
The whole report is completed using only what a screen-reader user has: accessible actions
(press, toggle, focus) and typing. Prints the pages walked and the elements checked.
"""
import argparse
import base64
import json
import os
import secrets
import sys
import tempfile

from harbour_atspi import Harbour, start_accessibility_bus, EDITABLE_ROLES, safe_name, safe_role

CHOICE_ROLES = {"check box", "radio button"}


class Walk:
    def __init__(self, app):
        self.app = app
        self.pages = 0
        self.checked = 0
        self.nameless = []
        self.seen = set()

    def check_page(self):
        page = [safe_name(n) for n in self.app.showing() if safe_role(n) == "page tab"]
        key = tuple(page) + tuple(sorted(safe_name(n) for n in self.app.interactive()))
        if key in self.seen:
            return
        self.seen.add(key)
        self.pages += 1
        for node in self.app.interactive():
            self.checked += 1
            if not safe_name(node).strip():
                self.nameless.append("%s on %s" % (safe_role(node), page))

    def answer_page(self):
        """Types into text fields and picks a first choice: what it takes to get past a required question."""
        for i, field in enumerate(n for n in self.app.interactive() if safe_role(n) in EDITABLE_ROLES):
            self.app.type_into(field, "Walked with a screen reader %d" % i)
        choices = [n for n in self.app.interactive() if safe_role(n) in CHOICE_ROLES]
        if choices:
            self.app.press(safe_name(choices[0]), roles=CHOICE_ROLES)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--harbour", required=True)
    parser.add_argument("--intake-url", default="http://127.0.0.1:9/v1/envelopes")
    args = parser.parse_args()

    bus = start_accessibility_bus()
    work = tempfile.mkdtemp(prefix="harbour-a11y-")
    home = os.path.join(work, "home")
    os.makedirs(home)
    runtime = os.path.join(work, "runtime")
    os.makedirs(runtime, mode=0o700)
    env = {"HOME": home, "XDG_RUNTIME_DIR": runtime}
    app = Harbour(args.harbour, ["--data-dir", os.path.join(work, "data")], env, os.path.join(work, "harbour.log"))
    walk = Walk(app)
    finished = False
    try:
        walk.check_page()
        # The language picker and back, as a person checking their options would.
        for node in app.interactive():
            if safe_name(node).startswith("Change language"):
                app.press(safe_name(node))
                walk.check_page()
                app.press("Back")
                break
        app.press("Start now")
        for _ in range(120):
            walk.check_page()
            headings = [safe_name(n) for n in app.showing() if safe_role(n) == "heading"]
            if any(h.startswith("Report sent") or h.startswith("Report saved") for h in headings):
                finished = True
                break
            if app.has("Send report", {"push button"}):
                app.press("Send report")
                continue
            app.press("Continue")
            if app.has("There is a problem", {"heading"}):
                walk.check_page()
                walk.answer_page()
                app.press("Continue")
    finally:
        app.stop()
        bus.terminate()

    for problem in walk.nameless:
        print("no accessible name: %s" % problem)
    print("a11y walk: %d pages, %d interactive elements checked, %d without a name, report completed: %s"
          % (walk.pages, walk.checked, len(walk.nameless), "yes" if finished else "no"))
    return 0 if finished and not walk.nameless and walk.checked > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
