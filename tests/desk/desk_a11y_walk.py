# SPDX-License-Identifier: GPL-3.0-or-later
"""Screen-reader walk of harbour-desk (issue 14): every page through the AT-SPI tree.

A DeskFixture process (harbour-desk-fixture: the real intake on loopback, an organisation, two
desks, six reports and a junk envelope) serves desk 1; harbour-desk runs on it with Qt's AT-SPI
bridge on, and the desk is worked using only what a screen-reader user has: accessible actions
(press, toggle, focus) and typing. On every page every interactive element must have a non-empty
accessible name. A wrong passphrase must be refused in words; the right one opens the queue; a case
is opened and its status changed; the junk, kiosk and settings tabs are visited.

Prints `desk a11y walk: N pages, N interactive elements checked, 0 without a name`. Never prints a
passphrase or report text.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "atspi"))

import pyatspi  # noqa: E402

from harbour_atspi import (Harbour, INTERACTIVE_ROLES, do_default_action, safe_name, safe_role,  # noqa: E402
                           start_accessibility_bus)

# The queue's cases are list items (ItemDelegate) a screen reader presses too.
DESK_INTERACTIVE = INTERACTIVE_ROLES | {"list item"}

# tests/desk/deskfixture.h: the fixture's desk 1 passphrase (a test constant).
DESK1_PASSPHRASE = "desk one test passphrase"


class Desk(Harbour):
    """harbour-desk on the accessibility bus, found by its process id."""

    def __init__(self, binary, args, log_path):
        env = dict(os.environ)
        env.update({"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb", "TZ": "UTC"})
        self.log = open(log_path, "ab")
        self.process = subprocess.Popen([binary] + args, env=env, stdout=self.log, stderr=self.log)
        self.app = None
        deadline = time.time() + 30
        while time.time() < deadline and self.app is None and self.process.poll() is None:
            for app in pyatspi.Registry.getDesktop(0):
                try:
                    if app is not None and app.get_process_id() == self.process.pid:
                        self.app = app
                except Exception:
                    pass
            if self.app is None:
                time.sleep(0.3)
        if self.app is None:
            raise RuntimeError("harbour-desk did not appear on the accessibility bus")
        self.wait_for(lambda: self.showing(), "any content")


    def _walk(self, node, out, in_page=False):
        """Everything a screen-reader user reaches by moving through the window: Qt 6.4 reports a
        control scrolled out of its Flickable as not VISIBLE, yet it is there (hidden items and the
        tabs not shown are not in the tree at all), so every node with a size counts."""
        try:
            if not node.getState().contains(pyatspi.STATE_VISIBLE):
                extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                if extents.width <= 0 or extents.height <= 0:
                    return
            out.append(node)
            for i in range(node.childCount):
                child = node.getChildAtIndex(i)
                if child is not None:
                    self._walk(child, out)
        except Exception:
            pass


class Walk:
    def __init__(self, desk):
        self.desk = desk
        self.pages = 0
        self.checked = 0
        self.unnamed = []

    def check(self, page):
        """Every interactive element showing now has a name."""
        try:
            self.desk.app.clear_cache()
        except Exception:
            pass
        nodes = [n for n in self.desk.showing() if safe_role(n) in DESK_INTERACTIVE]
        self.pages += 1
        for node in nodes:
            self.checked += 1
            if not safe_name(node).strip():
                self.unnamed.append("%s: a %s" % (page, safe_role(node)))
        print("page %-10s %3d interactive elements, %d without a name"
              % (page, len(nodes), len([u for u in self.unnamed if u.startswith(page + ":")])))

    def says(self, text, timeout=20.0):
        self.desk.wait_for(lambda: text in self.desk.screen_text(), "the words %r" % text, timeout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--desk", required=True)
    parser.add_argument("--fixture", required=True)
    args = parser.parse_args()

    launcher = start_accessibility_bus()
    work = tempfile.mkdtemp(prefix="harbour-desk-walk.")
    fixture = subprocess.Popen([args.fixture, os.path.join(work, "org")], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=open(os.path.join(work, "fixture.log"), "ab"))
    desk = None
    try:
        line = fixture.stdout.readline()
        if not line:
            raise RuntimeError("the fixture did not start")
        ready = json.loads(line)
        desk = Desk(args.desk, ["--data", ready["desk1"], "--sync-seconds", "3600"],
                    os.path.join(work, "desk.log"))
        walk = Walk(desk)

        walk.check("unlock")
        field = desk.find("Passphrase", {"password text", "text", "entry"})
        desk.type_into(field, "not the passphrase")
        desk.press("Unlock")
        walk.says("That passphrase does not unlock this desk. Check it and try again.")
        walk.check("refused")

        field = desk.find("Passphrase", {"password text", "text", "entry"})
        desk.type_into(field, DESK1_PASSPHRASE)
        desk.press("Unlock")
        desk.find("Queue (6)", {"page tab"}, timeout=60)
        walk.says("New reports: 6.", timeout=60)
        walk.check("queue")
        desk.press("Show filters")
        desk.find("Status: Open cases", {"combo box"})
        walk.check("filters")

        urgent = desk.wait_for(
            lambda: next((n for n in desk.showing() if safe_name(n).startswith("HB-URGENT, Urgent")), None),
            "the urgent case first in the queue")
        do_default_action(urgent)
        desk.find("Back to the queue", {"push button"}, timeout=20)
        walk.says("Case HB-URGENT")
        walk.check("case")
        desk.press("In progress", ("radio button",))
        desk.press("Change status")
        walk.says("Status changed to In progress.")
        walk.check("changed")
        desk.press("Back to the queue")

        for tab, page in (("Junk (1)", "junk"), ("Kiosks (1)", "kiosks"), ("Settings", "settings")):
            desk.press(tab, ("page tab",))
            time.sleep(0.5)
            if page == "kiosks":
                walk.says("Library, front desk")
            walk.check(page)

        desk.press("Lock")
        desk.find("Passphrase", {"password text", "text", "entry"})
        walk.check("locked")

        print("desk a11y walk: %d pages, %d interactive elements checked, %d without a name"
              % (walk.pages, walk.checked, len(walk.unnamed)))
        for unnamed in walk.unnamed:
            print("  unnamed: %s" % unnamed)
        return 1 if walk.unnamed else 0
    finally:
        if desk is not None:
            desk.stop()
        try:
            fixture.stdin.close()
            fixture.wait(timeout=30)
        except Exception:
            fixture.kill()
        launcher.terminate()


if __name__ == "__main__":
    sys.exit(main())
