# SPDX-License-Identifier: GPL-3.0-or-later
"""A blind person's report with a real screen reader (issue 16): Orca 43, keyboard only.

Harbour runs under Xvfb on a private D-Bus session (run-under-xvfb.sh) with the AT-SPI bus; Orca
runs with prepared preferences and speaks through a private speech-dispatcher (espeak-ng, ALSA's
null device, its own socket). The walk presses only keys, sent to the X server as a keyboard
would (xdotool): Tab, Shift+Tab, space, Return and typed text, from the start page through every
question to "Check your answers", then Exit. What Orca says is read from the "SPEECH OUTPUT"
lines of its debug file (written line by line: orca_launch.py); where focus is comes from the
AT-SPI focus events Harbour sends.

It fails on:
  - a focus stop that Orca does not speak, or speaks without the control's name, without its
    description (a field's error and hint, a Change link's answer), or, entering a group of
    radio buttons or check boxes, without the group's name (the question); a radio button
    outside a named group (silent or unlabelled);
  - a trap: a Tab or Shift+Tab after which focus has not moved;
  - a page whose heading, or the hint the heading carries, Orca does not say when the page opens;
  - an error that is not spoken: the error summary's heading and message when Continue is
    refused (an empty required answer; a date without its month), and the message again on the
    field its link leads to;
  - check answers not reached, or an answer not spoken with its Change link;
  - Exit not announced, announced in words that say what Harbour is, or focus not on the
    neutral screen afterwards; the key after it not bringing a fresh start page that Orca says.

Prints `orca: N keys, N focus stops spoken, 0 silent or unlabelled, 0 traps, pages: N,
headings spoken: N/N, errors spoken: N/N, check answers reached: yes`.

Only fixed test strings are typed; Orca's debug file (which holds what was spoken) lives in a
private temporary folder that is removed at the end.
"""
import argparse
import ctypes
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import Atspi, GLib

from harbour_atspi import Harbour, safe_name, safe_role

HERE = os.path.dirname(os.path.abspath(__file__))
EDITABLE = {"text", "entry", "password text"}
CHOICES = {"radio button", "check box"}
# Words the quick exit must not say: they would tell someone looking on what the app was for.
REVEALING = re.compile(r"\b(hate|crime|incident|report|harbour)", re.IGNORECASE)
TYPED = "Orca walk test"
VERBOSE = bool(os.environ.get("HARBOUR_ORCA_VERBOSE"))
# Orca's preferences: speech on through speech-dispatcher; no key echo (so a silent focus stop is
# not hidden by Orca saying "tab"), no braille, no sounds; otherwise Orca's own defaults.
ORCA_SETTINGS = {
    "enableSpeech": True,
    "speechServerFactory": "speechdispatcherfactory",
    "enableKeyEcho": False,
    "enableEchoByCharacter": False,
    "enableEchoByWord": False,
    "enableEchoBySentence": False,
    "enableBraille": False,
    "enableBrailleMonitor": False,
    "enableSound": False,
    "enableTutorialMessages": False,
    "speakDescription": True,
}


class Failure(Exception):
    pass


# --- the processes ---------------------------------------------------------------------------
class Processes:
    """Every process the walk starts, each in its own process group, all ended in `stop`."""

    def __init__(self):
        self.started = []

    def start(self, argv, **kwargs):
        # Own process group (ended whole in stop()), and killed by the kernel if the walk itself
        # is killed (ctest's timeout): a stray Orca would stop the next one from starting.
        process = subprocess.Popen(argv, start_new_session=True, preexec_fn=die_with_parent, **kwargs)
        self.started.append(process)
        return process

    def stop(self):
        for process in reversed(self.started):
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(process.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    process.wait(timeout=5)
                    # The group may outlive its leader (speech-dispatcher's module): end it too.
                    os.killpg(process.pid, signal.SIGKILL)
                except (subprocess.TimeoutExpired, ProcessLookupError):
                    pass
                if process.poll() is not None:
                    break


def die_with_parent():
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def start_speech(processes, work):
    """A private speech-dispatcher: espeak-ng into ALSA's null device, its own socket, no log."""
    home = os.path.join(work, "speech")
    conf = os.path.join(home, "conf")
    os.makedirs(os.path.join(conf, "modules"))
    with open(os.path.join(conf, "speechd.conf"), "w") as f:
        f.write('LogLevel 0\nAudioOutputMethod "alsa"\nAddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\n'
                "DefaultModule espeak-ng\n")
    shutil.copy("/etc/speech-dispatcher/modules/espeak-ng.conf", os.path.join(conf, "modules"))
    with open(os.path.join(home, ".asoundrc"), "w") as f:
        f.write("pcm.!default { type null }\n")
    socket = os.path.join(home, "speechd.sock")
    env = dict(os.environ, HOME=home)
    # -t 60: it also ends by itself a minute after its last client (Orca) has gone.
    processes.start(["speech-dispatcher", "-s", "-t", "60", "-l", "0", "-c", "unix_socket", "-S", socket,
                     "-C", conf, "-L", os.path.join(home, "log"), "-P", os.path.join(home, "pid")],
                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 10
    while not os.path.exists(socket):
        if time.time() > deadline:
            raise Failure("speech-dispatcher did not start")
        time.sleep(0.1)
    return "unix_socket:" + socket


def start_orca(processes, work, speechd_address):
    prefs = os.path.join(work, "orca-prefs")
    os.makedirs(prefs)
    settings = dict(ORCA_SETTINGS)
    with open(os.path.join(prefs, "user-settings.conf"), "w") as f:
        json.dump({"general": settings,
                   "profiles": {"default": dict(settings, profile=["Default", "default"])},
                   "pronunciations": {}, "keybindings": {}}, f, indent=1)
    # Orca refuses to start beside another Orca of this user; orca_launch.py counts only one on
    # this private D-Bus session, so walks in other sessions (another ctest run) do not stop it.
    debug_file = os.path.join(work, "orca-debug.out")
    env = dict(os.environ, SPEECHD_ADDRESS=speechd_address, HOME=os.path.join(work, "home"),
               XDG_RUNTIME_DIR=os.path.join(work, "runtime"), GTK_A11Y="none", PYTHONUNBUFFERED="1")
    orca_log = open(os.path.join(work, "orca-stderr.log"), "wb")
    processes.start(["/usr/bin/python3", "-u", os.path.join(HERE, "orca_launch.py"), debug_file,
                     "-u", prefs], env=env, stdout=orca_log, stderr=orca_log)
    orca_log.close()
    return Speech(debug_file)


# --- what Orca says --------------------------------------------------------------------------
class Speech:
    # SPEECH OUTPUT: 'Start now push button.'{'established': False} (the voice, if any, after it)
    LINE = re.compile(r"SPEECH OUTPUT: '(.*)'(\{[^{}]*\})?\s*$")

    def __init__(self, path):
        self.path = path
        self.offset = 0
        self.buffer = ""
        self.notes = []  # Orca's notes on focus events (orca_launch.FOCUS_NOTES), the latest last

    def new_lines(self):
        """Utterances written since the last call."""
        try:
            with open(self.path, encoding="utf-8", errors="replace") as f:
                f.seek(self.offset)
                data = f.read()
                self.offset = f.tell()
        except FileNotFoundError:
            return []
        self.buffer += data
        lines = self.buffer.split("\n")
        self.buffer = lines.pop()
        out = []
        for line in lines:
            match = self.LINE.search(line)
            if match:
                out.append(match.group(1))
            elif line.strip() and not line.startswith(("TOTAL PROCESSING", "^^^^^", "vvvvv")):
                self.notes = (self.notes + [line.strip()[:300]])[-20:]
        return out


def words(text):
    """Text as words only: Orca may change punctuation (and says hints in pieces)."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def said_in(text, said):
    return bool(words(text)) and words(text) in words(" ".join(said))


# --- focus, from Harbour's AT-SPI events -----------------------------------------------------
def group_of(node):
    """The nearest named panel around a radio button or check box (its question), or None."""
    parent = node.get_parent()
    for _ in range(4):
        if parent is None:
            return None
        if parent.get_role_name() in ("panel", "grouping") and (parent.get_name() or "").strip():
            return (parent.path if hasattr(parent, "path") else id(parent), parent.get_name())
        parent = parent.get_parent()
    return None


class Focus:
    def __init__(self, pid):
        self.pid = pid
        self.current = None  # (key, role, name, description)
        self.node = None  # the focused object itself (its name may change after it took the focus)
        self.group = None  # for a choice: (key, name) of the named group around it, or None
        self.events = 0
        self.listener = Atspi.EventListener.new(self._on_event)
        self.listener.register("object:state-changed:focused")

    def _on_event(self, event):
        try:
            if not event.detail1 or event.source.get_process_id() != self.pid:
                return
            node = event.source
            key = node.path if hasattr(node, "path") else id(node)
            role = node.get_role_name()
            self.current = (key, role, node.get_name() or "", node.get_description() or "")
            self.node = node
            self.group = group_of(node) if role in CHOICES else None
            self.events += 1
        except Exception:
            pass

    def pump(self, seconds):
        context = GLib.MainContext.default()
        deadline = time.time() + seconds
        while time.time() < deadline:
            while context.pending():
                context.iteration(False)
            time.sleep(0.02)


# --- the walk --------------------------------------------------------------------------------
class Walk:
    def __init__(self, app, speech, focus, window):
        self.app = app
        self.speech = speech
        self.focus = focus
        self.window = window
        self.keys = 0
        self.stops = 0
        self.spoken = 0
        self.silent = []
        self.traps = []
        self.pages = 0
        self.headings = 0
        self.headings_spoken = 0
        self.unspoken_headings = []
        self.errors = 0
        self.tried_part_date = False
        self.errors_spoken = 0
        self.unspoken_errors = []
        self.check_reached = False
        self.check_problems = []
        self.exit_problems = []

    # Keys ----------------------------------------------------------------------------------
    def key(self, name, moves=True):
        """Presses one key as a keyboard would; returns what Orca said after it.

        Orca handles every key before the application gets it, and then the focus event, so on a
        busy machine its words can come seconds later: wait for the focus event (when the key
        should move focus) and for the speech after it, then for Orca to go quiet."""
        self.speech.new_lines()  # anything left over belongs to the previous key
        before = self.focus.events
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
        self.keys += 1
        return self.settle(before, moves)

    def type_text(self, text):
        self.quiet()
        subprocess.run(["xdotool", "type", "--delay", "15", text], check=True)
        self.keys += len(text)
        self.quiet()

    def until_said(self, text, said, timeout=30.0, settled=3.0):
        """Orca speaks a focus change in a few pieces, on a busy machine seconds apart: waits for
        `text` among them; returns the pieces that came meanwhile. While Orca has said nothing it
        waits long (`timeout`: once, on a loaded machine, it said a page's heading more than 12 s
        after the key); once it has spoken, only until it has been quiet for `settled` seconds, so
        a stop Orca speaks wrongly costs seconds, not half a minute."""
        more = []
        start = last = time.time()
        while not said_in(text, said + more):
            now = time.time()
            if now - start > timeout or ((said or more) and now - last > settled):
                break
            self.focus.pump(0.05)
            lines = self.speech.new_lines()
            if lines:
                more.extend(lines)
                last = time.time()
        return more + (self.quiet(0.15) if more else [])

    def quiet(self, seconds=0.3, timeout=5.0):
        """Waits until Orca has said nothing for `seconds`; returns what it said meanwhile."""
        said = []
        last = time.time()
        deadline = last + timeout
        while time.time() < deadline and time.time() - last < seconds:
            self.focus.pump(0.05)
            lines = self.speech.new_lines()
            if lines:
                said.extend(lines)
                last = time.time()
        return said

    def settle(self, events_before, moves, timeout=20.0):
        said = []
        deadline = time.time() + timeout
        # The focus event (or, for a key that does not move focus, anything at all).
        while time.time() < deadline:
            self.focus.pump(0.05)
            said.extend(self.speech.new_lines())
            if self.focus.events > events_before if moves else said:
                break
        # Orca's words about it.
        while time.time() < deadline - 12 and not said:
            self.focus.pump(0.05)
            said.extend(self.speech.new_lines())
        return said + self.quiet(0.15)

    # Checks --------------------------------------------------------------------------------
    def stop(self, key_name):
        """Tab or Shift+Tab: focus must move, and Orca must say the control's name, then its
        description (a field's error and hint, a Change link's answer), and the name of the group
        (the question) when focus enters a group of radio buttons or check boxes."""
        before = self.focus.current
        group_before = self.focus.group
        events = self.focus.events
        said = self.key(key_name)
        now = self.focus.current
        if now and now[2].strip():
            said += self.until_said(now[2], said)
        self.stops += 1
        if self.focus.events == events or (now and before and now[0] == before[0]):
            self.traps.append("%s on %s %r did not move focus" % (key_name, before[1], before[2]) if before
                              else key_name)
            print("orca: trap: %s" % self.traps[-1], flush=True)
            print("orca: Orca's last notes on focus: %s" % " | ".join(self.speech.notes), flush=True)
            # Stuck, as a person would be: the walk cannot go on from here.
            raise Failure("keyboard trap: %s" % self.traps[-1])
        role, name, description = now[1], now[2], now[3]
        group = self.focus.group
        missing = []
        if not said or not name.strip() or not said_in(name, said):
            missing.append("its name")
        # Orca leaves out a description that the name already holds.
        if description.strip() and words(description) not in words(name):
            said += self.until_said(description, said, timeout=5.0)
            if not said_in(description, said):
                missing.append("its description %r" % description)
        if role == "radio button" and group is None:
            missing.append("a named group (its question)")
        if group and (group_before is None or group_before[0] != group[0]):
            said += self.until_said(group[1], said, timeout=5.0)
            if not said_in(group[1], said):
                missing.append("its group's name %r" % group[1])
        if missing:
            self.silent.append("%s %r: Orca said %r, without %s" % (role, name, said, ", ".join(missing)))
            print("orca: silent or unlabelled: %s" % self.silent[-1], flush=True)
            if "its name" in missing:
                print("orca: Orca's last notes on focus: %s" % " | ".join(self.speech.notes), flush=True)
        else:
            self.spoken += 1
        if VERBOSE:
            print("  %s -> %s %r | %s" % (key_name, role, name, " / ".join(said)), flush=True)
        return now, said

    def arrived(self, said, what):
        """A page opened after a key: Orca must say its heading, and the hint the heading carries
        as its description (the question's hint, the page's first sentence)."""
        self.pages += 1
        now = self.focus.current
        # The heading the page focused, or (when it focused something else) its first heading.
        focused = bool(now) and now[1] == "heading"
        heading = now[2] if focused else self.page_heading()
        hint = now[3] if focused else ""
        said = said + self.until_said(heading, said)
        if hint.strip():
            said += self.until_said(hint, said, timeout=5.0)
        self.headings += 1
        missing = []
        if not said_in(heading, said):
            missing.append("the heading")
        if hint.strip() and not said_in(hint, said):
            missing.append("its hint %r" % hint)
        if missing:
            self.unspoken_headings.append("%r (after %s): Orca said %r, without %s"
                                          % (heading, what, said, " and ".join(missing)))
            print("orca: heading not spoken: %s" % self.unspoken_headings[-1], flush=True)
            print("orca: Orca's last notes on focus: %s" % " | ".join(self.speech.notes), flush=True)
        else:
            self.headings_spoken += 1
        if VERBOSE:
            print("page %d: %r | %s" % (self.pages, heading, " / ".join(said)), flush=True)
        return heading

    def page_heading(self):
        """The first heading of the page on screen, from the accessibility tree."""
        try:
            self.app.app.clear_cache()
        except Exception:
            pass
        for node in self.app.showing():
            if safe_role(node) == "heading" and safe_name(node) not in ("How Harbour looks and sounds",):
                return safe_name(node)
        return ""

    # Moving --------------------------------------------------------------------------------
    def tab_to(self, wanted, act=None, limit=60, backwards=False):
        """Tabs until focus is on a control `wanted` accepts, calling `act` at every stop before
        it; every stop is checked (stop())."""
        for _ in range(limit):
            now, said = self.stop("shift+Tab" if backwards else "Tab")
            if now is None:
                continue
            if wanted(now):
                return now, said
            if act:
                act(now, said)
        raise Failure("never reached the control after %d keys (focus on %r)" % (limit, self.focus.current))

    # The report ----------------------------------------------------------------------------
    def run(self):
        # Arriving: the window has the keyboard; Orca says the start page.
        start_heading = self.page_heading()
        said = self.wait_for_speech(lambda lines: said_in(start_heading, lines), 30)
        self.arrived(said, "opening Harbour")
        self.tab_to(lambda now: now[2] == "Start now")
        said = self.key("Return")
        heading = self.arrived(said, "Return on Start now")
        tried_empty = set()
        opened = set()
        first = True
        for _ in range(80):
            if heading.startswith("Check your answers"):
                self.check_answers()
                return
            if heading.startswith("Send now, or tell us more"):
                heading = self.task_list(opened)
                continue
            heading = self.question_page(heading, tried_empty, first)
            first = False
        raise Failure("never reached check answers")

    def task_list(self, opened):
        """"Send now, or tell us more": Tab to each section's link not yet opened and Return (its
        questions follow, then this page again); when all are, "Check and send your report"."""
        sections = [safe_name(n) for n in self.app.showing() if safe_role(n) in ("link", "push button")
                    and (n.description or "") == "Not started" and safe_name(n) not in opened]
        target = sections[0] if sections else "Check and send your report"
        opened.add(target)
        self.tab_to(lambda now: now[2] == target)
        said = self.key("Return")
        return self.arrived(said, "Return on %s" % target)

    def question_page(self, heading, tried_empty, whole_cycle):
        """Answers a page by keyboard: Tab from the heading through every control to Continue,
        choosing and typing on the way; Return."""
        danger = heading.startswith("If you are in danger")
        button = "Carry on with my report" if danger else "Continue"
        required = not danger and "(optional)" not in heading
        try_empty = required and heading not in tried_empty
        radios = [safe_name(n) for n in self.app.showing() if safe_role(n) == "radio button"]
        # "Yes" to the danger question (its page is part of the walk), "No" where there is one
        # (fewer follow-up questions), otherwise the first choice.
        if heading.startswith("Are you in danger"):
            wanted_radio = "Yes"
        elif "No" in radios:
            wanted_radio = "No"
        else:
            wanted_radio = radios[0] if radios else None
        # The first date asked: only its day is typed at first, so Continue finds a date without a
        # month (a second kind of error, on a field whose description also holds an example).
        state = {"chosen": False, "typed": set(), "held": () if self.tried_part_date else ("Month", "Year"),
                 "left": False, "empty": try_empty}

        def is_button(now):
            return now[2] == button

        def act(now, said):
            role, name = now[1], now[2]
            if role in EDITABLE and not state["empty"]:
                if not name.endswith(state["held"]):  # endswith(()) is False
                    self.answer_field(now, state)
                else:
                    state["left"] = True
            elif not state["empty"] and not state["chosen"] and (
                    (role == "radio button" and name == wanted_radio) or role == "check box"):
                if not self.checked():
                    self.key("space", moves=False)
                state["chosen"] = True

        self.tab_to(is_button, act)
        if whole_cycle:
            # Once round the whole page: the header's Exit, Back, and on to the button again.
            self.tab_to(is_button, act)
        if try_empty or state["left"]:
            tried_empty.add(heading)
            self.tried_part_date = self.tried_part_date or state["left"]
            said = self.key("Return")
            self.error_spoken(said)
            state["held"] = ()
            state["empty"] = False
            now = self.focus.current
            if now and now[1] in EDITABLE:
                self.answer_field(now, state)
            elif now and now[1] == "radio button" and not self.checked():
                # A required choice (what the person wants to happen): the link led to its first.
                self.key("space", moves=False)
                state["chosen"] = True
            self.tab_to(is_button, act)
        said = self.key("Return")
        return self.arrived(said, "Return on %s" % button)

    def answer_field(self, now, state):
        """Types a fixed test answer into the focused field, then leaves it with Shift+Tab and
        comes back with Tab: both must move focus and be spoken (no keyboard trap)."""
        name = now[2]
        if name in state["typed"]:
            return
        state["typed"].add(name)
        if name.endswith("Day"):
            text = "3"
        elif name.endswith("Month"):
            text = "5"
        elif name.endswith("Year"):
            text = "2024"
        elif name.startswith("Area"):
            text = "E1"
        elif "time" in name.lower() or "link" in name.lower():
            return
        else:
            text = TYPED
        self.type_text(text)
        self.stop("shift+Tab")
        self.stop("Tab")

    def checked(self):
        try:
            node = self.focused_node()
            return bool(node) and node.getState().contains(pyatspi.STATE_CHECKED)
        except Exception:
            return False

    def focused_node(self):
        try:
            self.app.app.clear_cache()
        except Exception:
            pass
        last = None
        for node in self.app.showing():
            try:
                if node.getState().contains(pyatspi.STATE_FOCUSED):
                    last = node
            except Exception:
                pass
        return last

    def error_spoken(self, said):
        """After a refused Continue: "There is a problem" and the message, then the field."""
        self.errors += 1
        now = self.focus.current
        message = now[2] if now else ""
        said += self.until_said("There is a problem", said)
        said += self.until_said(message, said, timeout=5.0)
        problems = []
        if not said_in("There is a problem", said):
            problems.append("the summary's heading was not spoken")
        if not message or not said_in(message, said):
            problems.append("the message %r was not spoken with the summary" % message)
        summary = said
        # Return on the link: focus to the field, which says the same message.
        said = self.key("Return")
        field = self.focus.current
        said += self.until_said(message, said)
        if not field or field[1] not in EDITABLE | CHOICES:
            problems.append("the link did not reach a field (focus on %r)" % (field,))
        elif not said_in(message, said):
            problems.append("the field %r did not say the error %r (Orca said %r)" % (field[2], message, said))
        if problems:
            self.unspoken_errors.append("; ".join(problems))
            print("orca: error not spoken: %s" % self.unspoken_errors[-1], flush=True)
        else:
            self.errors_spoken += 1
        if VERBOSE:
            print("error: %r | %s || %s" % (message, " / ".join(summary), " / ".join(said)), flush=True)

    def check_answers(self):
        """Every Change link speaks its question and the answer; then Exit, announced neutrally."""
        self.check_reached = True
        answers = {safe_name(n): n.description or "" for n in self.app.showing()
                   if safe_name(n).startswith("Change your answer to: ")}
        heard = {}

        def act(now, said):
            if now[2] in answers:
                heard[now[2]] = said

        self.tab_to(lambda now: now[2] == "Send report", act)
        if not answers:
            self.check_problems.append("no Change links found")
        for name, answer in answers.items():
            if name not in heard:
                self.check_problems.append("%r never reached" % name)
            elif not answer or not said_in(answer, heard[name]):
                self.check_problems.append("%r spoken without its answer %r" % (name, answer))
        for problem in self.check_problems:
            print("orca: check answers: %s" % problem, flush=True)
        # Exit: the header's Exit button, with Return.
        self.tab_to(lambda now: now[2].startswith("Exit"))
        said = self.key("Return")
        said += self.quiet(0.6)
        now = self.focus.current
        text = " ".join(said)
        if not said:
            self.exit_problems.append("nothing was spoken after Exit")
        elif REVEALING.search(text):
            self.exit_problems.append("after Exit Orca said %r, which says what the app is" % said)
        if not now or now[2] != "Screen cleared":
            self.exit_problems.append("focus after Exit is on %r, not the neutral screen" % (now,))
        for problem in self.exit_problems:
            print("orca: exit: %s" % problem, flush=True)
        if VERBOSE:
            print("exit: %s" % " / ".join(said), flush=True)
        # A key on the cleared screen brings a fresh start page: Orca says its heading, and the
        # next Tab its first control (the two Tabs after Exit were silent before).
        said = self.key("Tab")
        self.arrived(said, "Tab on the cleared screen")
        self.stop("Tab")

    def wait_for_speech(self, predicate, timeout):
        said = []
        deadline = time.time() + timeout
        while time.time() < deadline:
            self.focus.pump(0.1)
            said.extend(self.speech.new_lines())
            if predicate(said):
                self.focus.pump(0.5)
                return said + self.speech.new_lines()
        return said


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--harbour", required=True)
    args = parser.parse_args()
    for tool in ("/usr/bin/orca", "/usr/bin/speech-dispatcher", "/usr/bin/xdotool"):
        if not os.path.exists(tool):
            print("orca walk: %s is missing (platform/linux/install-deps.sh installs it)" % tool)
            return 1

    # The walk's own questions to Harbour get the same patience as Orca's (orca_launch.patient_calls).
    Atspi.set_timeout(5000, 15000)
    # Ended by a signal (a timeout): clean up as after a failure.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("orca walk: terminated"))
    work = tempfile.mkdtemp(prefix="harbour-orca-")
    for folder in ("home", "runtime"):
        os.makedirs(os.path.join(work, folder), mode=0o700)
    processes = Processes()
    app = None
    walk = None
    ok = False
    started = time.time()
    try:
        processes.start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        speechd = start_speech(processes, work)
        speech = start_orca(processes, work, speechd)
        deadline = time.time() + 60
        while not any("Screen reader on" in line for line in speech.new_lines()):
            if time.time() > deadline:
                raise Failure("Orca did not start (see %s)" % os.path.join(work, "orca-stderr.log"))
            time.sleep(0.2)
        env = {"HOME": os.path.join(work, "home"), "XDG_RUNTIME_DIR": os.path.join(work, "runtime"),
               "XDG_CONFIG_HOME": os.path.join(work, "home", ".config"),
               "XDG_DATA_HOME": os.path.join(work, "home", ".local", "share"),
               "XDG_CACHE_HOME": os.path.join(work, "home", ".cache")}
        app = Harbour(args.harbour, ["--data-dir", os.path.join(work, "data")], env,
                      os.path.join(work, "harbour.log"))
        focus = Focus(app.process.pid)
        windows = subprocess.run(["xdotool", "search", "--sync", "--pid", str(app.process.pid)],
                                 capture_output=True, text=True, timeout=20).stdout.split()
        if not windows:
            raise Failure("Harbour's window did not appear")
        subprocess.run(["xdotool", "windowfocus", "--sync", windows[-1]], check=True)
        walk = Walk(app, speech, focus, windows[-1])
        walk.run()
        ok = True
    except Failure as error:
        print("orca walk: %s" % error, flush=True)
    finally:
        if app is not None:
            app.stop()
        processes.stop()
        if not os.environ.get("HARBOUR_ORCA_KEEP"):
            shutil.rmtree(work, ignore_errors=True)
        else:
            print("orca walk: kept %s" % work)

    if walk is None:
        return 1
    print("orca walk: %.0f s; %d problems" % (time.time() - started, len(walk.silent) + len(walk.traps)
                                              + len(walk.unspoken_headings) + len(walk.unspoken_errors)
                                              + len(walk.check_problems) + len(walk.exit_problems)))
    print("orca: %d keys, %d focus stops spoken, %d silent or unlabelled, %d traps, pages: %d, "
          "headings spoken: %d/%d, errors spoken: %d/%d, check answers reached: %s"
          % (walk.keys, walk.spoken, len(walk.silent), len(walk.traps), walk.pages, walk.headings_spoken,
             walk.headings, walk.errors_spoken, walk.errors,
             "yes" if walk.check_reached and not walk.check_problems else "no"), flush=True)
    passed = (ok and not walk.silent and not walk.traps and not walk.unspoken_headings and not walk.unspoken_errors
              and walk.errors > 0 and walk.check_reached and not walk.check_problems and not walk.exit_problems)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
