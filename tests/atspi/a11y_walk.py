# SPDX-License-Identifier: GPL-3.0-or-later
"""Screen-reader walk (docs/accessibility.md, issue 5): every page through the AT-SPI tree.

A whole report is completed using only what a screen-reader user has: accessible actions
(press, toggle, focus) and typing, against a real harbour-intake on loopback. On every page:
  - every interactive element has a non-empty accessible name;
  - every text field's name contains its visible label (WCAG 2.5.3): one of the texts shown
    just before it (its label, or the question heading for a question's only box);
  - an error moves focus to a link of the error summary ("There is a problem");
  - the language button's name contains the language it shows, after changing language;
  - in kiosk mode, the idle warning takes focus when it appears (popups are not announced
    in Qt 6.4, so focus is how a screen reader reaches them);
  - the way back (issue 17): the report is sent with a follow-up code, which is read from the
    screen as a screen reader hears it, typed back and shown on its own; the desk replies
    (harbour-desk-sync reply); a second Harbour with a fresh data folder takes the code, reads
    the reply, answers it ("Yes, it helped") by AT-SPI actions, and the desk lists the answer.
Buttons and choices draw their label from the same text as their name; tst_inclusion checks
that on every page in QML (AT-SPI does not expose a button's drawn text separately).

Prints `a11y walk: N pages, N interactive elements checked, 0 without a name, ...`.
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

from harbour_atspi import Harbour, start_accessibility_bus, EDITABLE_ROLES, do_default_action, safe_name, safe_role

CHOICE_ROLES = {"check box", "radio button"}


def safe_description(node):
    try:
        return node.description or ""
    except Exception:
        return ""

# Choose-one answers must be heard as radio buttons and choose-any answers as check boxes (Qt 6.4 takes
# an AbstractButton's role from its type, so this fails if a choice is built on the wrong one).
EXPECTED_CHOICE_ROLES = {
    "It happened to me": "radio button",  # a single-choice question
    "Yes": "radio button",  # a yes/no question
    "A support organisation": "radio button",  # who receives the report
    "No, keep me anonymous": "radio button",  # contact
    "Someone was attacked or hurt": "check box",  # a multiple-choice question
    "Threats": "check box",
    "Give me a follow-up code": "check box",  # the way back, on the contact page
    "Yes, it helped": "radio button",  # did the response help
}
TEXT_ROLES = {"label", "heading", "static"}
DONE_HEADINGS = ("Report sent", "Report saved")
VERBOSE = bool(os.environ.get("HARBOUR_WALK_VERBOSE"))


def refresh(app):
    """Forgets libatspi's cached tree: Qt 6.4 does not announce items that become visible
    (a date's fields revealed by its choice), so a cached tree would not show them."""
    try:
        app.app.clear_cache()
    except Exception:
        pass


def focused(app):
    """The item with keyboard focus: Qt marks every focus scope on the way to it as focused too
    (the stack, the page), so it is the last focused node in tree order, the deepest."""
    refresh(app)
    last = None
    for node in app.showing():
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                last = node
        except Exception:
            pass
    return last


def description(node):
    try:
        return node.description or ""
    except Exception:
        return ""


class Walk:
    def __init__(self, app):
        self.app = app
        self.pages = 0
        self.checked = 0
        self.fields = 0
        self.problems = []
        self.seen = set()
        self.roles_checked = set()
        self.errors_checked = 0
        self.groups_added = set()
        self.tried_empty = set()
        self.sections_opened = set()
        self.contact_visited = False
        self.error_pages = []

    def problem(self, text):
        self.problems.append(text)
        print("problem: %s" % text, flush=True)

    def page_name(self):
        return " / ".join(safe_name(n) for n in self.app.showing() if safe_role(n) == "page tab") or "?"

    def headings(self):
        return [safe_name(n) for n in self.app.showing() if safe_role(n) == "heading"]

    def check_page(self):
        nodes = self.app.showing()
        key = tuple(safe_name(n) for n in nodes if safe_role(n) in ("page tab", "heading")) + \
            tuple(sorted(safe_name(n) for n in nodes if safe_role(n) in self.app_interactive_roles()))
        if key in self.seen:
            return
        self.seen.add(key)
        self.pages += 1
        page = self.page_name()
        texts_since_control = []
        for node in nodes:
            role = safe_role(node)
            name = safe_name(node)
            if role in TEXT_ROLES:
                if name.strip():
                    texts_since_control.append(name)
                continue
            if role not in self.app_interactive_roles() or role == "page tab":
                continue
            self.checked += 1
            expected = EXPECTED_CHOICE_ROLES.get(name)
            if expected:
                self.roles_checked.add(name)
                if role != expected:
                    self.problem("%r on %r is announced as a %s, not a %s" % (name, page, role, expected))
            if not name.strip():
                self.problem("%s without a name on %r" % (role, page))
            elif role in EDITABLE_ROLES:
                # The visible label is shown just before the field; the hint is its description.
                self.fields += 1
                hint = description(node)
                labels = [t for t in texts_since_control if t != hint and not t.startswith("Error:")]
                if not labels:
                    self.problem("field %r on %r has no visible label before it" % (name, page))
                elif not any(label in name for label in labels):
                    self.problem("field %r on %r: its name does not contain its visible label %r" % (name, page, labels[-1]))
            texts_since_control = []

    @staticmethod
    def app_interactive_roles():
        from harbour_atspi import INTERACTIVE_ROLES
        return INTERACTIVE_ROLES

    def check_error_focus(self):
        """After a refused Continue: focus is on a link of the error summary, read first."""
        self.app.find("There is a problem", {"heading"})
        nodes = self.app.showing()
        start = next(i for i, n in enumerate(nodes) if safe_role(n) == "heading" and safe_name(n) == "There is a problem")
        links = []
        for node in nodes[start + 1:]:
            # Qt 6.4 reports a Link role on an AbstractButton as a push button.
            if safe_role(node) not in ("link", "push button"):
                break
            links.append(node)
        if not links:
            self.problem("the error summary on %r has no links to its fields" % self.page_name())
            return
        try:
            self.app.wait_for(lambda: focused(self.app) is not None and safe_name(focused(self.app)) in
                              [safe_name(n) for n in links], "focus on the error summary", 5)
        except AssertionError:
            now = focused(self.app)
            self.problem("error on %r: focus is on %s %r, not the error summary"
                         % (self.page_name(), safe_role(now) if now else "", safe_name(now) if now else None))
        self.errors_checked += 1
        self.error_pages.append(self.page_name())

    def answer_page(self):
        """Picks the first choice and types into every field, as a person answering would."""
        fields = [n for n in self.app.interactive() if safe_role(n) in EDITABLE_ROLES]
        for i, field in enumerate(fields):
            name = safe_name(field)
            if name.endswith("Day"):
                text = "3"
            elif name.endswith("Month"):
                text = "5"
            elif name.endswith("Year"):
                text = "2024"
            elif name.startswith("Area"):
                text = "E1"
            elif "time" in name.lower() or "link" in name.lower():
                continue
            else:
                text = "Walked with a screen reader %d" % i
            self.app.type_into(field, text)
        choices = [n for n in self.app.interactive() if safe_role(n) in CHOICE_ROLES]
        if choices and not any(n.getState().contains(pyatspi.STATE_CHECKED) for n in choices):
            do_default_action(choices[0])
            time.sleep(0.3)
            refresh(self.app)
            # A choice can reveal fields of its own (a date's day, month and year).
            if any(safe_role(n) in EDITABLE_ROLES for n in self.app.interactive()) and not fields:
                self.check_page()
                self.answer_page()

    def clear_fields(self):
        for field in [n for n in self.app.interactive() if safe_role(n) in EDITABLE_ROLES]:
            self.app.clear_field(field)


def find_prefix(app, prefix, roles):
    return app.wait_for(lambda: next((n for n in app.showing() if safe_name(n).startswith(prefix)
                                      and safe_role(n) in roles), None), "a control starting %r" % prefix)


def check_language_button(app, walk):
    """The language button's name contains the language it shows, in English and in Welsh."""
    button = find_prefix(app, "Language: ", {"push button"})
    if "English" not in safe_name(button):
        walk.problem("language button %r does not name English" % safe_name(button))
    do_default_action(button)
    time.sleep(0.4)
    walk.check_page()
    welsh = find_prefix(app, "Cymraeg", CHOICE_ROLES)
    do_default_action(welsh)
    time.sleep(0.6)
    # Back on the start page, now in Welsh: the button shows "Cymraeg" and its name says so.
    button = app.wait_for(lambda: next((n for n in app.showing() if safe_role(n) == "push button"
                                        and "Cymraeg" in safe_name(n)), None), "the language button naming Cymraeg")
    walk.check_page()
    do_default_action(button)
    time.sleep(0.4)
    do_default_action(find_prefix(app, "English", CHOICE_ROLES))
    time.sleep(0.6)
    button = find_prefix(app, "Language: ", {"push button"})
    if "English" not in safe_name(button):
        walk.problem("language button %r does not name English after changing back" % safe_name(button))


def walk_report(app, walk):
    """From the start page to the confirmation, answering as a person would."""
    app.press("Start now")
    last_key = None
    repeats = 0
    for _ in range(200):
        refresh(app)
        walk.check_page()
        headings = walk.headings()
        if any(h.startswith(DONE_HEADINGS) for h in headings):
            return True
        key = (walk.page_name(), tuple(headings))
        repeats = repeats + 1 if key == last_key else 0
        last_key = key
        if VERBOSE:
            print("page:", key, [(safe_role(n), safe_name(n)) for n in app.showing() if safe_role(n) not in ("label",)], flush=True)
        if repeats > 3:
            raise AssertionError("stuck on %r" % (key,))
        if app.has("Carry on with my report", {"push button"}):
            app.press("Carry on with my report")
        elif app.has("A support organisation", CHOICE_ROLES):
            # Who receives it: Continue with no choice first, to see the error take focus.
            if not any(n.getState().contains(pyatspi.STATE_CHECKED) for n in app.interactive()
                       if safe_role(n) in CHOICE_ROLES):
                app.press("Continue")
                walk.check_page()
                walk.check_error_focus()
                app.press("A support organisation", roles=CHOICE_ROLES)
                walk.check_page()
            app.press("Continue")
        elif headings and headings[0].startswith("Send now, or tell us more"):
            # Every optional section once (each comes back here), then on to check answers.
            unopened = [n for n in app.interactive() if safe_role(n) in ("link", "push button")
                        and safe_description(n) == "Not started" and safe_name(n) not in walk.sections_opened]
            if unopened:
                walk.sections_opened.add(safe_name(unopened[0]))
                do_default_action(unopened[0])
                time.sleep(0.4)
            else:
                app.press("Check and send your report")
        elif app.has("No, keep me anonymous", CHOICE_ROLES):
            # The contact details a contactable reporter fills in: checked, then left anonymous.
            app.press("Yes, you can contact me", roles=CHOICE_ROLES)
            refresh(app)
            walk.check_page()
            app.press("No, keep me anonymous", roles=CHOICE_ROLES)
            if app.has("No, do not share it", CHOICE_ROLES):
                app.press("No, do not share it", roles=CHOICE_ROLES)
            # A follow-up code: its keys are derived while the person finishes the page.
            app.press("Give me a follow-up code", roles=CHOICE_ROLES)
            walk.check_page()
            app.press("Continue")
        elif app.has("Send report", {"push button"}):
            # Check answers: contact is changed there (once), then the one Send.
            if not walk.contact_visited:
                walk.contact_visited = True
                app.press("Change your answer to: Can they contact you?")
                continue
            app.press("Send report")
            app.wait_for(lambda: any(h.startswith(DONE_HEADINGS) for h in walk.headings())
                         or app.has("There is a problem", {"heading"}), "the confirmation", 90)
        else:
            adds = [n for n in app.interactive() if safe_role(n) == "push button" and safe_name(n).startswith("Add ")]
            heading = headings[0] if headings else ""
            if adds and heading not in walk.groups_added:
                # A list of people or vehicles: add one, which opens its own page.
                walk.groups_added.add(heading)
                do_default_action(adds[0])
                time.sleep(0.4)
                continue
            if heading and "(optional)" not in heading and heading not in walk.tried_empty:
                # A required question: Continue with no answer first, as people do, to see the error.
                walk.tried_empty.add(heading)
                app.press("Continue")
                if app.has("There is a problem", {"heading"}):
                    walk.check_page()
                    walk.check_error_focus()
            walk.answer_page()
            app.press("Continue")
            if app.has("There is a problem", {"heading"}):
                walk.check_page()
                walk.check_error_focus()
                # A field that wants a date, a time or a postcode: clear it, the question is optional.
                walk.clear_fields()
                app.press("Continue")
                if app.has("There is a problem", {"heading"}):
                    walk.answer_page()
                    app.press("Continue")
    raise AssertionError("never reached the confirmation page")


CODE_PREFIX = "Your code is "


def keep_code(app, walk):
    """On the confirmation page: the code as a screen reader hears it, typed back once, and shown on
    its own (focus moves to the card, nothing else is on the screen). Returns the code."""
    refresh(app)
    heard = app.wait_for(lambda: next((safe_name(n) for n in app.showing()
                                       if safe_name(n).startswith(CODE_PREFIX)), None), "the follow-up code")
    code = "".join(heard[len(CODE_PREFIX):].replace(",", " ").replace(".", " ").split())
    if len(code) != 20:
        walk.problem("the follow-up code is heard as %r" % heard)
    app.type_into(app.find("Type your follow-up code", EDITABLE_ROLES), code.lower())
    app.press("Check my code")
    app.find("That is your code. Keep it safe.", TEXT_ROLES)
    walk.check_page()
    app.press("Show only the code, to write it down or take a photo")
    try:
        app.wait_for(lambda: focused(app) is not None and safe_name(focused(app)) == "Close the code",
                     "focus on the code card", 5)
    except AssertionError:
        walk.problem("showing only the code did not move focus to its Close button")
    refresh(app)
    others = [safe_name(n) for n in app.showing() if safe_role(n) in TEXT_ROLES and safe_name(n)
              and safe_name(n) not in ("Harbour code", heard, "Harbour")]
    if others:
        walk.problem("the code card shows other text too: %r" % others)
    walk.check_page()
    app.press("Close the code")
    return code


def desk_tool(tools, work, args, stdin=None):
    env = dict(os.environ, HARBOUR_DESK_PASSPHRASE="a11y walk desk passphrase")
    return subprocess.run([tools.desk_sync] + args + ["--data", os.path.join(work, "desk")], input=stdin,
                          capture_output=True, text=True, env=env)


def only_case(tools, work):
    desk_tool(tools, work, ["sync"])
    lines = desk_tool(tools, work, ["queue"]).stdout.split("\n")
    lines = [line for line in lines if line.strip()]
    return lines[0].split()[0] if len(lines) == 1 else None


def walk_follow_up(binary, env, work, config, walk, code, reply):
    """A second device (a fresh data folder): the code typed, the reply read and answered."""
    app = Harbour(binary, ["--config", config, "--data-dir", os.path.join(work, "data-second-device")], env,
                  os.path.join(work, "harbour-second.log"))
    walk.app = app
    try:
        app.press("I have a follow-up code: read replies to my report")
        app.find("Enter your follow-up code", {"heading"})
        walk.check_page()
        app.press("Continue")
        walk.check_page()
        walk.check_error_focus()
        # As people copy it from paper: lower case, spaces, O for 0.
        typed = " ".join(code[i:i + 4] for i in range(0, 20, 4)).lower().replace("0", "o")
        app.type_into(app.find("Follow-up code", EDITABLE_ROLES), typed)
        app.press("Continue")
        app.find("Replies to your report", {"heading"}, timeout=90)
        app.wait_for(lambda: reply in app.screen_text(), "the reply on the screen", 30)
        walk.check_page()
        app.press("Answer this reply from Walk organisation")
        app.find("Answer Walk organisation", {"heading"})
        walk.check_page()
        app.press("Send answer")
        walk.check_page()
        walk.check_error_focus()
        app.press("Yes, it helped", roles=CHOICE_ROLES)
        app.type_into(app.find("Your answer (optional if you said whether it helped)", EDITABLE_ROLES),
                      "Answered with a screen reader")
        app.press("Send answer")
        app.find("Replies to your report", {"heading"})
        app.wait_for(lambda: "Sent. The organisation has your answer now." in app.screen_text(), "the answer sent", 30)
        walk.check_page()
        app.press("Finish and clear the replies from the screen")
        return True
    finally:
        app.stop()


def check_popup_focus(binary, env, work, intake_url, key, walk):
    """Kiosk idle warning: it takes focus when it appears, and "I need more time" keeps the report."""
    config = os.path.join(work, "kiosk.json")
    with open(config, "w") as f:
        json.dump({"v": 1, "mode": "kiosk", "idle": {"warning_after_seconds": 30, "grace_seconds": 60},
                   "recipients": [{"name": "Walk organisation", "intake": intake_url, "public_key": key}]}, f)
    app = Harbour(binary, ["--config", config, "--data-dir", os.path.join(work, "kiosk-data")], env,
                  os.path.join(work, "kiosk.log"))
    walk.app = app
    try:
        app.press("Start now")
        app.find("Do you need more time?", {"heading"}, timeout=45)
        walk.check_page()
        try:
            app.wait_for(lambda: focused(app) is not None and safe_name(focused(app)) == "I need more time",
                         "focus on the idle warning", 5)
        except AssertionError:
            now = focused(app)
            walk.problem("the idle warning did not take focus (focus on %r)" % (safe_name(now) if now else None))
        app.press("I need more time")
        app.wait_for(lambda: not app.has("Do you need more time?", {"heading"}), "the warning to close", 5)
        return 1
    finally:
        app.stop()


def start_intake(intake, inbox, work):
    key = os.path.join(work, "org.key")
    passphrase = os.path.join(work, "passphrase")
    with open(passphrase, "w") as f:
        f.write("a11y walk passphrase\n")
    subprocess.run([inbox, "keygen", "--key", key, "--passphrase-file", passphrase], check=True,
                   stdout=subprocess.DEVNULL)
    with open(key + ".pub") as f:
        public = json.load(f)["public_key"]
    process = subprocess.Popen([intake, "--port", "0", "--store", os.path.join(work, "intake.db"),
                                "--recipient-key", key + ".pub"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    if "listening on " not in line:
        process.kill()
        raise RuntimeError("harbour-intake did not start")
    url = line.split("listening on ", 1)[1].strip() + "/v1/envelopes"
    return process, url, public, key, passphrase


def stored_reports(tools, key, passphrase, work, url):
    """Reports that arrived, counted as an organisation would: a desk registered at the intake,
    synced through the desk API, read with harbour-inbox (which never opens the intake's file)."""
    store = os.path.join(work, "intake.db")
    desk = os.path.join(work, "desk")
    env = dict(os.environ, HARBOUR_DESK_PASSPHRASE="a11y walk desk passphrase")
    quiet = {"capture_output": True, "text": True, "env": env}
    base = url.rsplit("/v1/", 1)[0]
    subprocess.run([tools.admin, "organisation", "--store", store, "--organisation", "Walk organisation",
                    "--recipient-key", key + ".pub"], check=True, **quiet)
    made = subprocess.run([tools.desk_sync, "init", "--data", desk, "--organisation-key", key,
                           "--organisation-passphrase-file", passphrase, "--intake", base, "--kdf", "interactive"],
                          check=True, **quiet)
    desk_key = [line.split(": ", 1)[1] for line in made.stdout.splitlines() if line.startswith("desk-key: ")][0]
    subprocess.run([tools.admin, "add-desk", "--store", store, "--organisation", "Walk organisation",
                    "--name", "walk desk", "--desk-key", desk_key], check=True, **quiet)
    subprocess.run([tools.desk_sync, "sync", "--data", desk], check=True, **quiet)
    result = subprocess.run([tools.inbox, "list", "--desk", desk], **quiet)
    # Only the number of lines is used: report content is never printed.
    return len([line for line in result.stdout.splitlines() if line.strip()]) if result.returncode == 0 else -1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--harbour", required=True)
    parser.add_argument("--intake", required=True)
    parser.add_argument("--inbox", required=True)
    parser.add_argument("--admin", required=True)
    parser.add_argument("--desk-sync", required=True)
    args = parser.parse_args()

    bus = start_accessibility_bus()
    work = tempfile.mkdtemp(prefix="harbour-a11y-")
    home = os.path.join(work, "home")
    os.makedirs(home)
    runtime = os.path.join(work, "runtime")
    os.makedirs(runtime, mode=0o700)
    env = {"HOME": home, "XDG_RUNTIME_DIR": runtime, "XDG_CACHE_HOME": os.path.join(home, ".cache"),
           "XDG_DATA_HOME": os.path.join(home, ".local/share"), "XDG_CONFIG_HOME": os.path.join(home, ".config")}
    intake, url, public, key, passphrase = start_intake(args.intake, args.inbox, work)
    config = os.path.join(work, "personal.json")
    with open(config, "w") as f:
        json.dump({"v": 1, "mode": "personal",
                   "recipients": [{"name": "Walk organisation", "intake": url, "public_key": public}]}, f)
    walk = Walk(None)
    finished = False
    code = ""
    followed_up = False
    answers = ""
    popups = 0
    arrived = -1
    succeeded = False
    try:
        app = Harbour(args.harbour, ["--config", config, "--data-dir", os.path.join(work, "data")], env,
                      os.path.join(work, "harbour.log"))
        walk.app = app
        try:
            walk.check_page()
            check_language_button(app, walk)
            finished = walk_report(app, walk)
            code = keep_code(app, walk)
            app.press("Finish and clear this report from the screen")
        finally:
            app.stop()
        arrived = stored_reports(args, key, passphrase, work, url)
        # The way back: the desk replies, a second device reads and answers, the desk lists the answer.
        reply = "The walk desk will call you on Tuesday"
        case = only_case(args, work)
        replied = case is not None and desk_tool(args, work, ["reply", "--case", case], stdin=reply).returncode == 0
        if not replied:
            walk.problem("the desk could not reply to the walk's report")
        else:
            followed_up = walk_follow_up(args.harbour, env, work, config, walk, code, reply)
            desk_tool(args, work, ["sync"])
            answers = desk_tool(args, work, ["answers", "--case", case]).stdout.strip()
        popups = check_popup_focus(args.harbour, env, work, url, public, walk)
        succeeded = True
    finally:
        intake.terminate()
        intake.wait(timeout=10)
        bus.terminate()
        # Kept after a crash of the walk itself, for its logs (only the walk's own test text is typed).
        if succeeded:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print("a11y walk: logs kept in %s" % work)

    print("a11y walk: errors shown on %s" % ", ".join(repr(p) for p in walk.error_pages))
    missing_roles = sorted(set(EXPECTED_CHOICE_ROLES) - walk.roles_checked)
    print("a11y walk: choice roles checked: %d of %d (radio buttons for one answer, check boxes for any)%s"
          % (len(walk.roles_checked), len(EXPECTED_CHOICE_ROLES),
             "; never seen: " + ", ".join(missing_roles) if missing_roles else ""))
    answered = " answer helped yes " in " %s " % answers
    print("a11y walk: the way back: code heard and typed back: %s, reply read and answered on a second device: %s, "
          "the desk lists the answer: %s" % ("yes" if len(code) == 20 else "no", "yes" if followed_up else "no",
                                             "yes" if answered else "no"))
    print("a11y walk: %d pages, %d interactive elements checked (%d text fields), %d without a name or label, "
          "%d errors took focus to the summary, %d popups checked, report completed: %s, reports arrived: %d"
          % (walk.pages, walk.checked, walk.fields, len(walk.problems), walk.errors_checked, popups,
             "yes" if finished else "no", arrived))
    ok = finished and not walk.problems and not missing_roles and walk.checked > 0 and walk.errors_checked >= 4 \
        and popups == 1 and arrived >= 1 and followed_up and answered
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
