# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs Debian's /usr/bin/orca with its debug file written line by line.

Orca opens its --debug-file with a plain open(path, "w"), which buffers 8 KiB: a test reading the
file while Orca runs would see what Orca said only kilobytes later, and nothing of the last
utterances if Orca is killed. `python3 -u` does not change that (it covers only stdin, stdout and
stderr), so this opens that one file line-buffered and then runs Orca's own script unchanged.

Orca's full debug output (every event, with each object's states, interfaces and relations asked
of the application over D-Bus) made each key take about 2 s on a busy two-core machine, so only
the "SPEECH OUTPUT" lines, which the test reads, are written, unless HARBOUR_ORCA_FULL_DEBUG is set.

Orca 43 also refuses to start while any other Orca of the user runs (`pgrep -u UID -x orca`), as
two on one desktop would both speak. A walk's Orca has its own D-Bus session, AT-SPI bus, X display
and speech-dispatcher, so only an Orca on this D-Bus session counts: two walks (two ctest runs,
two checkouts) can run side by side.

Usage: python3 orca_launch.py DEBUG_FILE ORCA_ARGS...
"""
import builtins
import io
import os
import runpy
import subprocess
import sys
import types

ORCA = "/usr/bin/orca"


def main():
    debug_file = sys.argv[1]
    real_open = builtins.open

    def open_line_buffered(file, mode="r", buffering=-1, *args, **kwargs):
        if file == debug_file and "w" in mode:
            buffering = 1
        return real_open(file, mode, buffering, *args, **kwargs)

    builtins.open = open_line_buffered
    this_session_only()
    patient_calls()
    if not os.environ.get("HARBOUR_ORCA_FULL_DEBUG"):
        speech_only()
    sys.argv = [ORCA] + sys.argv[2:] + ["--debug-file", debug_file]
    runpy.run_path(ORCA, run_name="__main__")


def patient_calls():
    """Orca asks the application about each event (its state, role, name) over D-Bus, and
    libatspi gives up on a call after 800 ms; Orca then takes the object for defunct and drops the
    event ("Event is from potentially-defunct source"), so a focus change goes unspoken. On two
    cores shared with other builds (the walk's processes niced) Harbour can be that slow to answer:
    wait 5 s, so the walk judges Harbour, not the machine's load."""
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi
    Atspi.set_timeout(5000, 15000)


def this_session_only():
    """Orca's `pgrep -u UID -x orca` answers only the Orcas on this D-Bus session."""
    real_popen = subprocess.Popen
    bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")

    def session_of(pid):
        try:
            with open("/proc/%s/environ" % pid, "rb") as f:
                for entry in f.read().split(b"\0"):
                    if entry.startswith(b"DBUS_SESSION_BUS_ADDRESS="):
                        return entry.split(b"=", 1)[1].decode("utf-8", "replace")
        except OSError:
            pass
        return None

    def popen(args, *more, **kwargs):
        if isinstance(args, str) and args.startswith("pgrep -u ") and args.endswith(" -x orca"):
            try:
                pids = real_popen(args.split(), stdout=subprocess.PIPE).communicate()[0].split()
            except OSError:  # no pgrep (procps) here: no other Orca can be found anyway
                pids = []
            ours = [pid for pid in pids if session_of(pid.decode()) == bus]
            return types.SimpleNamespace(stdout=io.BytesIO(b" ".join(ours)))
        return real_popen(args, *more, **kwargs)

    subprocess.Popen = popen


# Orca's own words on what it did with a focus event (kept beside what it spoke, so a focus stop or
# heading it did not speak can be told apart: event never seen, ignored, or seen as no change).
FOCUS_NOTES = ("EVENT MANAGER: object:state-changed:focused", "EVENT MANAGER: Ignoring",
               "EVENT MANAGER: Not processing", "EVENT MANAGER: DELUGE", "ORCA: Setting locusOfFocus",
               "ORCA: Changing locusOfFocus", "ZOMBIE:", "ERROR:", "QT: ", "DEFAULT: ")


def speech_only():
    """Orca's debug level stays at "severe" (Orca sets it to "all" for --debug-file), and what it
    speaks, and its notes on focus events (FOCUS_NOTES), are written at that level."""
    from orca import debug

    class SpeechOnlyDebug(types.ModuleType):
        def __setattr__(self, name, value):
            if name == "debugLevel":
                value = debug.LEVEL_SEVERE
            super().__setattr__(name, value)

    real_println = debug.println

    def println(level, text="", timestamp=False):
        if isinstance(text, str) and (text.startswith("SPEECH OUTPUT") or text.startswith(FOCUS_NOTES)
                                      or (text.startswith("INFO: ") and " is not active and showing" in text)):
            level = debug.LEVEL_SEVERE
            timestamp = False
        real_println(level, text, timestamp)

    debug.println = println
    debug.__class__ = SpeechOnlyDebug


if __name__ == "__main__":
    main()
