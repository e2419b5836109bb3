# SPDX-License-Identifier: GPL-3.0-or-later
"""Kiosk canary test (docs/threat-model.md, promises 1 and 5).

For each way a kiosk session ends (send, exit, idle): type a unique canary string into every
text field of a report through the accessibility tree, end the session, and check that
  - the process ended (the next session starts in a fresh process),
  - the canary is in no file under the data directory, /tmp, the app's logs or HOME (QML cache),
  - the next session's screen shows none of it.
The way back (issue 17), with --intake, --inbox, --admin and --desk-sync: a kiosk report sent with
a follow-up code to a real intake, the code read from the screen and typed back; the organisation's
desk replies with a canary; then, in two more kiosk sessions, the code is typed at the kiosk, the
reply shown and an answer typed (a canary too), and the session ends by Exit and by idle. The code
(as shown, as typed and normalised), the reply and the answer are searched for like the report's
canary: in the kiosk's data folder, HOME, its logs, /tmp, /var/tmp and the next session's screen.

Prints `canary: 6 endings, N fields typed, 0 hits`.
"""
import argparse
import base64
import json
import os
import secrets
import subprocess
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


def safe_description(node):
    try:
        return node.description or ""
    except Exception:
        return ""


def fill_report(app, canary):
    """Walks the report from the start page to the check page, typing into every text field,
    choosing the answers that reveal more fields and adding a person and a vehicle."""
    typed = 0
    added = set()
    opened = set()
    app.press("Start now")
    for page in range(200):
        if app.has("Send report", {"push button"}):
            return typed
        headings = [safe_name(n) for n in app.showing() if safe_role(n) == "heading"]
        if any(h.startswith("What would you like to happen?") for h in headings):
            app.press("A support organisation", ("radio button",))
            app.press("Continue")
            continue
        if any(h.startswith("Send now, or tell us more") for h in headings):
            # Every optional section, so that every field of the report is typed into.
            sections = [n for n in app.interactive() if safe_role(n) in ("link", "push button")
                        and safe_description(n) == "Not started" and safe_name(n) not in opened]
            if sections:
                opened.add(safe_name(sections[0]))
                app.press(safe_name(sections[0]))
            else:
                app.press("Check and send your report")
            continue
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
    """From check answers: contact details (the canary goes into those fields too), then Send."""
    typed = 0
    app.press("Change your answer to: Can they contact you?")
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
    app.press("Continue")
    if app.has("There is a problem", {"heading"}):
        names = [(safe_role(n), safe_name(n)) for n in app.interactive()]
        raise AssertionError("the contact page refused the answers; controls: %r" % names)
    app.press("Send report")
    return typed


CODE_PREFIX = "Your code is "


def scan(places, needles):
    """Files under `places` holding any of the needles: each file read once (/tmp can be large)."""
    wanted = [needle.encode() for needle in needles]
    hits = []
    for root in places:
        for dirpath, dirnames, filenames in os.walk(root, onerror=lambda e: None):
            for name in filenames:
                path = os.path.join(dirpath, name)
                try:
                    if os.path.islink(path) or not os.path.isfile(path) or os.path.getsize(path) > MAX_SCAN_BYTES:
                        continue
                    with open(path, "rb") as f:
                        data = f.read()
                    if any(needle in data for needle in wanted):
                        hits.append(path)
                except OSError:
                    pass
    return hits


class Organisation:
    """A real harbour-intake on loopback and a desk of the organisation (harbour-desk-sync)."""

    def __init__(self, args, work):
        self.args = args
        self.work = work
        self.desk = os.path.join(work, "desk")
        self.env = dict(os.environ, HARBOUR_DESK_PASSPHRASE="canary desk passphrase")
        key = os.path.join(work, "org.key")
        passphrase = os.path.join(work, "org-passphrase")
        with open(passphrase, "w") as f:
            f.write("canary organisation passphrase\n")
        subprocess.run([args.inbox, "keygen", "--key", key, "--passphrase-file", passphrase], check=True,
                       stdout=subprocess.DEVNULL)
        with open(key + ".pub") as f:
            self.public = json.load(f)["public_key"]
        store = os.path.join(work, "intake.db")
        self.process = subprocess.Popen([args.intake, "--port", "0", "--store", store, "--recipient-key",
                                         key + ".pub"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        if "listening on " not in line:
            self.process.kill()
            raise RuntimeError("harbour-intake did not start")
        base = line.split("listening on ", 1)[1].strip()
        self.url = base + "/v1/envelopes"
        quiet = {"capture_output": True, "text": True, "env": self.env, "check": True}
        subprocess.run([args.admin, "organisation", "--store", store, "--organisation", "Canary organisation",
                        "--recipient-key", key + ".pub"], **quiet)
        made = subprocess.run([args.desk_sync, "init", "--data", self.desk, "--organisation-key", key,
                               "--organisation-passphrase-file", passphrase, "--intake", base, "--kdf",
                               "interactive"], **quiet)
        desk_key = [line.split(": ", 1)[1] for line in made.stdout.splitlines() if line.startswith("desk-key: ")][0]
        subprocess.run([args.admin, "add-desk", "--store", store, "--organisation", "Canary organisation",
                        "--name", "canary desk", "--desk-key", desk_key], **quiet)

    def tool(self, command, stdin=None):
        return subprocess.run([self.args.desk_sync] + command + ["--data", self.desk], input=stdin,
                              capture_output=True, text=True, env=self.env)

    def reply_to_only_case(self, text):
        self.tool(["sync"])
        cases = [line.split()[0] for line in self.tool(["queue"]).stdout.splitlines() if line.strip()]
        if len(cases) != 1:
            raise AssertionError("the desk holds %d cases, not the kiosk's one" % len(cases))
        if self.tool(["reply", "--case", cases[0]], stdin=text).returncode != 0:
            raise AssertionError("the desk could not reply")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def wayback(args, work, env, logs, canary):
    """Three kiosk sessions of the way back; returns (endings, typed, hits)."""
    organisation = Organisation(args, work)
    data = os.path.join(work, "data-wayback")
    config = os.path.join(work, "kiosk-wayback.json")
    with open(config, "w") as f:
        json.dump({"v": 1, "mode": "kiosk", "idle": {"warning_after_seconds": 30, "grace_seconds": 20},
                   "recipients": [{"name": "Canary organisation", "intake": organisation.url,
                                   "public_key": organisation.public}]}, f)
    harbour_args = ["--config", config, "--data-dir", data]
    reply = canary + " reply: a caseworker will call"
    answer = canary + " answer: Tuesday is fine"
    endings = typed = hits_total = 0
    try:
        # 1. The report with a code, sent; the code read from the screen and typed back at the kiosk.
        app = Harbour(args.harbour, harbour_args, env, os.path.join(logs, "wayback-send.log"))
        try:
            typed += fill_report(app, canary)
            app.press("Change your answer to: Can they contact you?")
            app.press("No, keep me anonymous")
            app.press("Give me a follow-up code", ("check box",))
            if app.has("Sharing your report to keep you safe", {"heading"}):
                app.press("No, do not share it")
            app.press("Continue")
            app.press("Send report")
            heard = app.wait_for(lambda: next((safe_name(n) for n in app.showing()
                                               if safe_name(n).startswith(CODE_PREFIX)), None), "the code", 90)
            code = "".join(heard[len(CODE_PREFIX):].replace(",", " ").replace(".", " ").split())
            if len(code) != 20:
                raise AssertionError("the code is heard as %r" % heard)
            app.type_into(app.find("Type your follow-up code", EDITABLE_ROLES), code.lower())
            typed += 1
            app.press("Check my code")
            app.find("That is your code. Keep it safe.", {"label", "static"})
            app.find("Report sent", {"heading"}, timeout=30)
            app.press("Finish and clear this report from the screen")
            if app.exited(timeout=15) != 0:
                raise AssertionError("the kiosk process did not end after Finish")
        finally:
            app.stop()
        grouped = "-".join(code[i:i + 4] for i in range(0, 20, 4))
        needles = [canary, code, grouped, code.lower(), " ".join(code[i:i + 4] for i in range(0, 20, 4)).lower()]
        endings += 1
        hits = scan((data, env["HOME"], logs, "/tmp", "/var/tmp"), needles)
        print("canary wayback-send: the code shown and typed back, %d hits" % len(hits), flush=True)
        hits_total += len(hits)

        # 2. The desk replies (its text a canary too).
        organisation.reply_to_only_case(reply)
        needles += [reply, answer]

        # 3. Twice: the code typed at the kiosk, the reply shown, an answer typed; Exit, then idle.
        for ending in ("exit", "idle"):
            app = Harbour(args.harbour, harbour_args, env, os.path.join(logs, "wayback-%s.log" % ending))
            try:
                app.press("I have a follow-up code: read replies to my report")
                app.type_into(app.find("Follow-up code", EDITABLE_ROLES), " ".join(code[i:i + 4] for i in range(0, 20, 4)))
                typed += 1
                app.press("Continue")
                app.find("Replies to your report", {"heading"}, timeout=90)
                app.wait_for(lambda: reply in app.screen_text(), "the reply on the kiosk's screen", 30)
                app.press("Answer this reply from Canary organisation")
                app.type_into(app.find("Your answer (optional if you said whether it helped)", EDITABLE_ROLES), answer)
                typed += 1
                if ending == "exit":
                    app.press("Exit: leave quickly and clear this report")
                    code_ = app.exited(timeout=15)
                else:
                    app.find("Do you need more time?", {"heading"}, timeout=40)
                    code_ = app.exited(timeout=40)
                if code_ != 0:
                    raise AssertionError("wayback %s: the kiosk process did not end cleanly (%r)" % (ending, code_))
            finally:
                app.stop()
            hits = scan((data, env["HOME"], logs, "/tmp", "/var/tmp"), needles)
            following = Harbour(args.harbour, harbour_args, env, os.path.join(logs, "wayback-%s-next.log" % ending))
            try:
                following.find("Start now", {"push button"})
                if any(needle in following.screen_text() for needle in needles):
                    hits.append("the next session's screen")
            finally:
                following.stop()
            for hit in hits:
                print("canary hit after wayback-%s: %s" % (ending, hit))
            print("canary wayback-%s: code typed, reply shown, answer typed, %d hits" % (ending, len(hits)), flush=True)
            hits_total += len(hits)
            endings += 1
    finally:
        organisation.stop()
    return endings, typed, hits_total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--harbour", required=True)
    # The way back needs an organisation: its intake, key tool, admin tool and desk.
    parser.add_argument("--intake")
    parser.add_argument("--inbox")
    parser.add_argument("--admin")
    parser.add_argument("--desk-sync")
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

            needles = [canary] + ([phone_canary(canary)] if ending == "send" else [])
            hits = scan((data, home, logs, "/tmp", "/var/tmp"), needles)
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
        wanted = 3
        if args.intake:
            wanted += 3
            more, typed, hits = wayback(args, work, env, logs, "canary" + secrets.token_hex(8))
            endings += more
            total_typed += typed
            total_hits += hits
    finally:
        bus.terminate()

    print("canary: %d endings, %d fields typed, %d hits" % (endings, total_typed, total_hits))
    return 0 if total_hits == 0 and endings == wanted else 1


if __name__ == "__main__":
    sys.exit(main())
