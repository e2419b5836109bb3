# SPDX-License-Identifier: GPL-3.0-or-later
"""Kiosk canary test (docs/threat-model.md, promises 1 and 5).

For each way a kiosk session ends (send, exit, idle): type a unique canary string into every
text field of a report through the accessibility tree, end the session, and check that
  - the process ended (the next session starts in a fresh process),
  - the canary is in no file under the data directory, /tmp, the app's logs or HOME (QML cache),
  - the next session's screen shows none of it.
Prints `canary: 3 endings, N fields typed, 0 hits`.
"""
import argparse
import base64
import json
import os
import secrets
import sys
import tempfile

import pyatspi

from harbour_atspi import Harbour, start_accessibility_bus, EDITABLE_ROLES, safe_name, safe_role

MAX_SCAN_BYTES = 64 * 1024 * 1024


def files_containing(root, needle):
    hits = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=lambda e: None):
        for name in filenames:
            path = os.path.join(dirpath, name)
            try:
                if os.path.islink(path) or not os.path.isfile(path) or os.path.getsize(path) > MAX_SCAN_BYTES:
                    continue
                with open(path, "rb") as f:
                    if needle in f.read():
                        hits.append(path)
            except OSError:
                pass
    return hits


# Answers that show more questions with text fields (the questionnaire's show_if), by the
# question's heading: the canary must reach the fields behind choices too.
REVEALING_CHOICES = {
    "Why do you think it was aimed at you or someone else?": ["Something else about who they are"],
    "Did it happen online, or through a phone or computer?": ["Yes, all of it"],
    "Do you know who did it?": ["Yes, I know who did it"],
    "Did they have a car, van or other vehicle?": ["Yes"],
    "Did anyone else see it happen?": ["Yes"],
    "What would help you?": ["An interpreter"],
}


def fill_report(app, canary):
    """Walks the report from the start page to the check page, typing into every text field,
    choosing the answers that reveal more fields and adding a person and a vehicle."""
    typed = 0
    added = set()
    app.press("Start now")
    for page in range(200):
        if app.has("Send report", {"push button"}):
            return typed
        headings = [safe_name(n) for n in app.showing() if safe_role(n) == "heading"]
        for heading, choices in REVEALING_CHOICES.items():
            if any(h.startswith(heading) for h in headings):
                for choice in choices:
                    app.press(choice, ("radio button", "check box"))
        adds = [safe_name(n) for n in app.interactive()
                if safe_role(n) == "push button" and safe_name(n).startswith("Add a ") and safe_name(n) not in added]
        if adds:
            # A group ("Add a person", "Add a vehicle"): one item, whose page has its own fields.
            added.add(adds[0])
            app.press(adds[0], ("push button",))
            continue
        fields = [n for n in app.interactive() if safe_role(n) in EDITABLE_ROLES]
        for i, field in enumerate(fields):
            # The coarse area takes only a postcode district or a town; everything else takes the canary.
            if safe_name(field).startswith("Area"):
                app.type_into(field, "E1")
                continue
            app.type_into(field, "%s page %d field %d" % (canary, page, i))
            typed += 1
        app.press("Continue")
        if fields and app.has("There is a problem", {"heading"}):
            # A field that wants a date, a time or a postcode refuses the canary: it was still
            # typed (and must leave no trace); clear it and go on, the question is optional.
            for field in [n for n in app.interactive() if safe_role(n) in EDITABLE_ROLES]:
                app.clear_field(field)
            app.press("Continue")
    raise AssertionError("never reached the check-answers page")


def phone_canary(canary):
    """A phone number unique to the run: the phone field takes only digits, spaces, + ( ) -."""
    return "07" + str(int(canary[-8:], 16) % 10**9).zfill(9)


def choose_recipients_and_contact(app, canary):
    """Who should receive it, then contact details: the canary goes into those fields too."""
    typed = 0
    app.press("A support organisation")
    app.press("Continue")
    # Contactable, by phone and by email: the contact fields appear only after these choices.
    app.press("Yes, you can contact me")
    app.press("By phone", ("check box",))
    app.press("By email", ("check box",))
    fields = {
        "Phone number": phone_canary(canary),
        "Email address": canary + "@example.org",
        "What should we call you? (optional)": canary + " name",
        "When is it safe to contact you? (optional)": canary + " times",
    }
    for name, text in fields.items():
        app.type_into(app.find(name, EDITABLE_ROLES), text)
        typed += 1
    # Every organisation listed under "Who may contact you?" may contact.
    own = {"No, keep me anonymous", "Yes, you can contact me", "By phone", "By email"}
    for option in [n for n in app.interactive() if safe_role(n) == "check box" and safe_name(n) not in own
                   and not safe_name(n).startswith(("The police should", "Yes, it is safe", "No, do not", "I'm not sure", "Yes, they can"))]:
        if not option.getState().contains(pyatspi.STATE_CHECKED):
            app.press(safe_name(option), ("check box",))
    if app.has("Sharing your report to keep you safe", {"heading"}):
        app.press("No, do not share it")
    app.press("Send report")
    if app.has("There is a problem", {"heading"}):
        names = [(safe_role(n), safe_name(n)) for n in app.interactive()]
        raise AssertionError("the contact page refused the answers; controls: %r" % names)
    return typed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--harbour", required=True)
    args = parser.parse_args()

    bus = start_accessibility_bus()
    work = tempfile.mkdtemp(prefix="harbour-canary-")
    home = os.path.join(work, "home")
    data = os.path.join(work, "data")
    os.makedirs(home)
    runtime = os.path.join(work, "runtime")
    os.makedirs(runtime, mode=0o700)
    logs = os.path.join(work, "logs")
    os.makedirs(logs)
    config = os.path.join(work, "kiosk.json")
    # No intake is listening: the sent report stays queued, sealed, in the data directory.
    key = base64.b64encode(secrets.token_bytes(32)).decode()
    with open(config, "w") as f:
        json.dump({"v": 1, "mode": "kiosk", "idle": {"warning_after_seconds": 30, "grace_seconds": 20},
                   "recipients": [{"name": "Canary organisation", "intake": "http://127.0.0.1:9/v1/envelopes",
                                   "public_key": key}]}, f)
    env = {"HOME": home, "XDG_RUNTIME_DIR": runtime, "XDG_CACHE_HOME": os.path.join(home, ".cache"),
           "XDG_DATA_HOME": os.path.join(home, ".local/share"), "XDG_CONFIG_HOME": os.path.join(home, ".config")}
    harbour_args = ["--config", config, "--data-dir", data]

    total_typed = 0
    total_hits = 0
    endings = 0
    try:
        for ending in ("send", "exit", "idle"):
            canary = "canary" + secrets.token_hex(8)
            log = os.path.join(logs, "%s.log" % ending)
            app = Harbour(args.harbour, harbour_args, env, log)
            try:
                typed = fill_report(app, canary)
                if typed == 0:
                    raise AssertionError("no text field was found to type into")
                if ending == "send":
                    app.press("Send report")
                    typed += choose_recipients_and_contact(app, canary)
                    app.find("Report saved and waiting to send", {"heading"}, timeout=15)
                    app.press("Finish and clear this report from the screen")
                    code = app.exited(timeout=15)
                elif ending == "exit":
                    app.press("Exit: leave quickly and clear this report")
                    code = app.exited(timeout=15)
                else:
                    app.find("Do you need more time?", {"heading"}, timeout=40)  # warning after 30 s (the minimum)
                    code = app.exited(timeout=40)
                total_typed += typed
                if code != 0:
                    raise AssertionError("%s: the kiosk process did not end cleanly after the session (%r)" % (ending, code))
            finally:
                app.stop()

            # The scan itself must be able to see a hit: plant a control string and find it.
            control = ("CONTROL" + secrets.token_hex(8)).encode()
            with open(os.path.join(logs, "control.txt"), "wb") as f:
                f.write(control)
            if files_containing(logs, control) != [os.path.join(logs, "control.txt")]:
                raise AssertionError("the file scan does not find a planted string")
            os.remove(os.path.join(logs, "control.txt"))

            hits = []
            needles = [canary] + ([phone_canary(canary)] if ending == "send" else [])
            for place in (data, home, logs, "/tmp", "/var/tmp"):
                for needle in needles:
                    hits += files_containing(place, needle.encode())
            # The next person's screen, in the next (fresh) process.
            following = Harbour(args.harbour, harbour_args, env, os.path.join(logs, "%s-next.log" % ending))
            try:
                following.find("Start now", {"push button"})
                if any(needle in following.screen_text() for needle in needles):
                    hits.append("the next session's screen")
            finally:
                following.stop()
            for hit in hits:
                print("canary hit after %s: %s" % (ending, hit))
            total_hits += len(hits)
            endings += 1
            print("canary %s: %d fields typed, %d hits" % (ending, typed, len(hits)), flush=True)
    finally:
        bus.terminate()

    print("canary: %d endings, %d fields typed, %d hits" % (endings, total_typed, total_hits))
    return 0 if total_hits == 0 and endings == 3 else 1


if __name__ == "__main__":
    sys.exit(main())
