# SPDX-License-Identifier: GPL-3.0-or-later
"""A blind caseworker at harbour-desk with a real screen reader (issue 16): Orca 43, keyboard only.

The desk's main path, as tests/atspi/orca_walk.py walks the reporting app (the same Orca set-up,
checks and counting): the unlock page's heading spoken when the desk opens; Tab to the passphrase;
a wrong passphrase refused in words on the field; the right one opens the desk, its tab spoken; Tab
to the most urgent case, Return opens it, its heading and summary spoken; its status changed with
space and Return, the result spoken; a note typed (Tab leaves the note box) and added, the result
spoken; back to the queue, the case's row spoken. A DeskFixture (harbour-desk-fixture: the real
intake on loopback, an organisation, six reports) serves desk 1.

Prints `orca desk: N keys, N focus stops spoken, 0 silent or unlabelled, 0 traps, pages: N,
headings spoken: N/N, errors spoken: N/N, status changed: yes`. Types only the fixture's test
passphrases and a fixed note; never prints report text.
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "atspi"))
sys.path.insert(0, HERE)

import orca_walk as orca  # noqa: E402 (imports pyatspi, which asks for Atspi 2.0)
from gi.repository import Atspi  # noqa: E402
from desk_a11y_walk import DESK1_PASSPHRASE, Desk  # noqa: E402

WRONG = "not the passphrase"
REFUSED = "That passphrase does not unlock this desk. Check it and try again."


class DeskWalk(orca.Walk):
    def __init__(self, *args):
        super().__init__(*args)
        self.results = []  # (what, spoken?) for each change whose result should be spoken

    def landed(self, said, what, wanted):
        """After a key that opens something: focus on a control `wanted` accepts, its name spoken."""
        now = self.focus.current
        if not now or not wanted(now):
            raise orca.Failure("after %s the focus is on %r" % (what, now))
        try:  # its name now ("Queue (0)" becomes "Queue (6)" as the first sync ends)
            self.focus.node.clear_cache()
            now = (now[0], now[1], self.focus.node.get_name() or now[2], now[3])
        except Exception:
            pass
        said += self.until_said(now[2], said)
        self.pages += 1
        self.headings += 1
        if orca.said_in(now[2], said):
            self.headings_spoken += 1
        else:
            self.unspoken_headings.append("%r (after %s): Orca said %r" % (now[2], what, said))
            print("orca desk: not spoken: %s" % self.unspoken_headings[-1], flush=True)
        if orca.VERBOSE:
            print("page %d: %r | %s" % (self.pages, now[2], " / ".join(said)), flush=True)
        return now

    def result_spoken(self, said, what, message):
        said += self.until_said(message, said)
        spoken = orca.said_in(message, said)
        self.results.append((what, spoken))
        if not spoken:
            print("orca desk: result not spoken after %s: %r (Orca said %r)" % (what, message, said), flush=True)
        if orca.VERBOSE:
            print("result: %r | %s" % (message, " / ".join(said)), flush=True)

    def run(self):
        # Opening: the unlock page's heading and the sentence it carries.
        said = self.wait_for_speech(lambda lines: orca.said_in("Unlock the desk", lines), 30)
        self.arrived(said, "opening harbour-desk")
        state = {"typed": set(), "held": ()}

        # A wrong passphrase: refused in words, on the field (its description).
        self.tab_to(lambda now: now[2] == "Passphrase")
        self.type_text(WRONG)
        self.errors += 1
        said = self.key("Return")  # the error takes the focus
        said += self.until_said(REFUSED, said)
        if orca.said_in(REFUSED, said):
            self.errors_spoken += 1
        else:
            self.unspoken_errors.append("the refusal was not spoken (Orca said %r)" % said)
            print("orca desk: error not spoken: %s" % self.unspoken_errors[-1], flush=True)
        if orca.VERBOSE:
            print("error: %s" % " / ".join(said), flush=True)

        # The right one (Tab from the error to the field): the desk opens on its queue tab.
        self.tab_to(lambda now: now[2] == "Passphrase")
        self.type_text(DESK1_PASSPHRASE)
        said = self.key("Return")
        self.landed(said, "unlocking", lambda now: now[1] == "page tab")

        # The most urgent case, first in the queue: Tab to it, Return opens it.
        self.tab_to(lambda now: now[2].startswith("HB-URGENT,"))
        said = self.key("Return")
        self.arrived(said, "Return on the urgent case")

        # Its status: "In progress" (space), then "Change status" (Return); the result is spoken.
        self.tab_to(lambda now: now[2] == "In progress")
        self.key("space", moves=False)
        self.tab_to(lambda now: now[2] == "Change status")
        said = self.key("Return")
        self.result_spoken(said, "Change status", "Status changed to In progress.")

        # A note: typed, Tab leaves the box (no trap) for "Add note"; the result is spoken.
        self.tab_to(lambda now: now[2] == "Internal note", lambda now, said: None)
        self.answer_field(self.focus.current, state)
        self.tab_to(lambda now: now[2] == "Add note")
        said = self.key("Return")
        self.result_spoken(said, "Add note", "Note added.")

        # Back to the queue: the case's row has the focus again.
        self.tab_to(lambda now: now[2] == "Back to the queue", backwards=True)
        said = self.key("Return")
        self.landed(said, "Back to the queue", lambda now: now[2].startswith("HB-URGENT,"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--desk", required=True)
    parser.add_argument("--fixture", required=True)
    args = parser.parse_args()
    for tool in ("/usr/bin/orca", "/usr/bin/speech-dispatcher", "/usr/bin/xdotool"):
        if not os.path.exists(tool):
            print("orca desk walk: %s is missing (platform/linux/install-deps.sh installs it)" % tool)
            return 1

    Atspi.set_timeout(5000, 15000)  # as orca_walk.py: the walk judges the desk, not the machine's load
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("orca desk walk: terminated"))
    work = tempfile.mkdtemp(prefix="harbour-orca-desk-")
    for folder in ("home", "runtime"):
        os.makedirs(os.path.join(work, folder), mode=0o700)
    processes = orca.Processes()
    fixture = None
    desk = None
    walk = None
    ok = False
    started = time.time()
    try:
        processes.start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        speech = orca.start_orca(processes, work, orca.start_speech(processes, work))
        deadline = time.time() + 60
        while not any("Screen reader on" in line for line in speech.new_lines()):
            if time.time() > deadline:
                raise orca.Failure("Orca did not start")
            time.sleep(0.2)
        fixture = subprocess.Popen([args.fixture, os.path.join(work, "org")], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=open(os.path.join(work, "fixture.log"), "ab"))
        line = fixture.stdout.readline()
        if not line:
            raise orca.Failure("the fixture did not start")
        desk = Desk(args.desk, ["--data", json.loads(line)["desk1"], "--sync-seconds", "3600"],
                    os.path.join(work, "desk.log"))
        focus = orca.Focus(desk.process.pid)
        windows = subprocess.run(["xdotool", "search", "--sync", "--pid", str(desk.process.pid)],
                                 capture_output=True, text=True, timeout=20).stdout.split()
        if not windows:
            raise orca.Failure("harbour-desk's window did not appear")
        subprocess.run(["xdotool", "windowfocus", "--sync", windows[-1]], check=True)
        walk = DeskWalk(desk, speech, focus, windows[-1])
        walk.run()
        ok = True
    except orca.Failure as error:
        print("orca desk walk: %s" % error, flush=True)
    finally:
        if desk is not None:
            desk.stop()
        if fixture is not None:
            try:
                fixture.stdin.close()
                fixture.wait(timeout=30)
            except Exception:
                fixture.kill()
        processes.stop()
        if not os.environ.get("HARBOUR_ORCA_KEEP"):
            shutil.rmtree(work, ignore_errors=True)
        else:
            print("orca desk walk: kept %s" % work)

    if walk is None:
        return 1
    results_ok = bool(walk.results) and all(spoken for _, spoken in walk.results)
    problems = (len(walk.silent) + len(walk.traps) + len(walk.unspoken_headings) + len(walk.unspoken_errors)
                + len([r for r in walk.results if not r[1]]))
    print("orca desk walk: %.0f s; %d problems" % (time.time() - started, problems))
    print("orca desk: %d keys, %d focus stops spoken, %d silent or unlabelled, %d traps, pages: %d, "
          "headings spoken: %d/%d, errors spoken: %d/%d, status changed: %s"
          % (walk.keys, walk.spoken, len(walk.silent), len(walk.traps), walk.pages, walk.headings_spoken,
             walk.headings, walk.errors_spoken, walk.errors, "yes" if results_ok else "no"), flush=True)
    return 0 if ok and problems == 0 and results_ok else 1


if __name__ == "__main__":
    sys.exit(main())
