#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The caseworkers' desk (harbour-desk) as a screen-reader user meets it, through AT-SPI.

A real intake on loopback holds two reports for an organisation whose desk is registered with
harbour-intake-admin and made with harbour-desk-sync. harbour-desk is then used through its
accessibility tree only: unlock with the passphrase (typed), the queue, open a case, acknowledge it,
change its status, back, lock. On every page each interactive element must have a name.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

from harbour_atspi import Harbour, safe_name, safe_role, start_accessibility_bus

PASSPHRASE = "desk walk passphrase"


def start_intake(tools, work):
    key = os.path.join(work, "org.key")
    passphrase = os.path.join(work, "org-passphrase")
    with open(passphrase, "w") as f:
        f.write("desk walk organisation\n")
    subprocess.run([tools.inbox, "keygen", "--key", key, "--passphrase-file", passphrase], check=True,
                   stdout=subprocess.DEVNULL)
    store = os.path.join(work, "intake.db")
    # Difficulty 0: this test is about the desk, not about the admission proof.
    process = subprocess.Popen([tools.intake, "--port", "0", "--store", store, "--recipient-key", key + ".pub",
                                "--admission-difficulty", "0", "--admission-ceiling", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    if "listening on " not in line:
        process.kill()
        raise RuntimeError("harbour-intake did not start")
    return process, line.split("listening on ", 1)[1].strip(), key, passphrase, store


def make_desk(tools, work, key, passphrase, store, base):
    desk = os.path.join(work, "desk")
    env = dict(os.environ, HARBOUR_DESK_PASSPHRASE=PASSPHRASE)
    quiet = {"capture_output": True, "text": True, "env": env, "check": True}
    subprocess.run([tools.admin, "organisation", "--store", store, "--organisation", "Walk hub",
                    "--recipient-key", key + ".pub"], **quiet)
    made = subprocess.run([tools.desk_sync, "init", "--data", desk, "--organisation-key", key,
                           "--organisation-passphrase-file", passphrase, "--intake", base, "--kdf", "interactive"],
                          **quiet)
    desk_key = [l.split(": ", 1)[1] for l in made.stdout.splitlines() if l.startswith("desk-key: ")][0]
    subprocess.run([tools.admin, "add-desk", "--store", store, "--organisation", "Walk hub", "--name", "walk desk",
                    "--desk-key", desk_key], **quiet)
    return desk


def post_report(tools, key, base, reference, urgent):
    with open(key + ".pub") as f:
        public = json.load(f)["public_key"]
    report = {"format": 1, "reference": reference, "language": "en", "mode": "self",
              "reported_at": "2026-12-01T10:00:00Z",
              "flags": {"triage": "high" if urgent else "standard", "urgent": urgent, "strands": ["race"]},
              "answers": {"what_happened": "Walk report " + reference}}
    sealed = subprocess.run([tools.protocol_tool, "seal", "--recipient-public-key", public],
                            input=json.dumps(report), capture_output=True, text=True, check=True).stdout
    envelope = json.loads(sealed)
    request = urllib.request.Request(base + "/v1/envelopes", data=sealed.encode(), method="POST", headers={
        "Content-Type": "application/json", "Idempotency-Key": envelope["id"],
        "Harbour-Admission": "0" * 16})
    with urllib.request.urlopen(request, timeout=30) as answer:
        if answer.status != 201:
            raise RuntimeError("the intake answered %d" % answer.status)


def password_label(showing, field):
    """The static text right before a password field in reading order, or ""."""
    for i, node in enumerate(showing):
        if node == field:
            for before in reversed(showing[:i]):
                if safe_role(before) in ("label", "static", "text") and safe_name(before).strip():
                    return safe_name(before)
                if safe_role(before) not in ("filler", "panel", "unknown", "section"):
                    return ""
    return ""


class Walk:
    def __init__(self, app):
        self.app = app
        self.pages = 0
        self.checked = 0
        self.problems = []

    def check_page(self, what):
        """Every interactive element the page shows has a name. Qt 6.4 sends no name (nor
        description) for a password field over AT-SPI, so one counts as named when the text just
        before it in reading order says what to type (qml/ui/SecretField.qml)."""
        self.pages += 1
        showing = self.app.showing()
        for node in self.app.interactive():
            self.checked += 1
            said = safe_name(node).strip()
            if not said and safe_role(node) == "password text":
                said = password_label(showing, node)
            if not said:
                self.problems.append("%s: a %s without a name" % (what, safe_role(node)))


def main():
    parser = argparse.ArgumentParser()
    for name in ("desk", "intake", "inbox", "admin", "desk-sync", "protocol-tool"):
        parser.add_argument("--" + name, required=True)
    tools = parser.parse_args()

    bus = start_accessibility_bus()
    work = tempfile.mkdtemp(prefix="harbour-desk-walk-")
    home = os.path.join(work, "home")
    os.makedirs(home)
    runtime = os.path.join(work, "runtime")
    os.makedirs(runtime, mode=0o700)
    env = {"HOME": home, "XDG_RUNTIME_DIR": runtime, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
           "XDG_DATA_HOME": os.path.join(home, ".local/share")}
    intake, base, key, passphrase, store = start_intake(tools, work)
    succeeded = False
    walk = None
    try:
        desk = make_desk(tools, work, key, passphrase, store, base)
        post_report(tools, key, base, "HB-WALK-0001", False)
        post_report(tools, key, base, "HB-WALK-0002", True)
        app = Harbour(tools.desk, ["--data", desk], env, os.path.join(work, "desk.log"),
                      app_names=("harbour-desk", "Harbour desk"))
        walk = Walk(app)
        try:
            field = app.wait_for(lambda: [n for n in app.interactive() if safe_role(n) == "password text"
                                          and "passphrase" in password_label(app.showing(), n)],
                                 "the passphrase field after the text that asks for it", 30)[0]
            walk.check_page("unlock")
            app.type_into(field, PASSPHRASE)
            app.press("Unlock")
            app.find("Sync now", {"push button"}, 30)
            print("desk walk: the queue page says: %s" % " | ".join(
                safe_name(n) for n in app.showing() if safe_role(n) in ("heading", "label", "static")))
            if os.environ.get("DESK_WALK_DEBUG"):
                def dump(node, depth=0):
                    try:
                        print("  " * depth + "%s %r %s" % (safe_role(node), safe_name(node)[:50], node.getState().contains(18)))
                        for i in range(node.childCount):
                            dump(node.getChildAtIndex(i), depth + 1)
                    except Exception as e:
                        print("  " * depth + "error %s" % e)
                dump(app.app)
            first = app.wait_for(lambda: [n for n in app.interactive() if safe_name(n).startswith("Open case: HB-WALK-0002")],
                                 "the urgent case first in the queue", 30)[0]
            walk.check_page("queue")
            names = [safe_name(n) for n in app.interactive() if safe_name(n).startswith("Open case: ")]
            if len(names) != 2 or not names[0].startswith("Open case: HB-WALK-0002"):
                walk.problems.append("queue: %d cases, first %r" % (len(names), names[:1]))
            app.press(safe_name(first))
            app.find("Acknowledge", {"push button"}, 15)
            walk.check_page("case")
            app.press("Acknowledge")
            app.wait_for(lambda: "Saved and shared with the organisation's other desks." in app.screen_text(),
                         "the change to be saved", 20)
            app.press("Back to the cases")
            app.find("Sync now", {"push button"}, 15)
            walk.check_page("queue after a change")
            app.press("Lock")
            app.wait_for(lambda: [n for n in app.interactive() if safe_role(n) == "password text"], "the unlock page", 15)
            walk.check_page("locked")
        finally:
            app.stop()
        succeeded = True
    finally:
        intake.terminate()
        intake.wait(timeout=10)
        bus.terminate()
        if succeeded:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print("desk walk: logs kept in %s" % work)

    for problem in walk.problems:
        print("desk walk problem: %s" % problem)
    print("desk walk: %d pages, %d interactive elements checked, %d without a name or otherwise wrong"
          % (walk.pages, walk.checked, len(walk.problems)))
    return 0 if walk.pages == 5 and walk.checked > 0 and not walk.problems else 1


if __name__ == "__main__":
    sys.exit(main())
