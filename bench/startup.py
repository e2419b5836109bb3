#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Cold start to first frame and resident memory: harbour against the floor app, same run.

usage: startup.py HARBOUR FLOOR [RUNS]
Each run starts a fresh process (QT_QPA_PLATFORM from the environment, offscreen if unset; run-bench.sh
uses xcb under Xvfb) with Qt's render-loop timing log on; the first "frame rendered" line it prints is
the first frame. Resident memory (VmRSS) is read
from /proc half a second later. Runs alternate between the two apps; medians are printed.
"""
import os
import re
import selectors
import statistics
import subprocess
import sys
import tempfile
import time

FRAME = re.compile(rb"frame rendered", re.IGNORECASE)


def measure(command, env):
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    selector = selectors.DefaultSelector()
    selector.register(process.stderr, selectors.EVENT_READ)
    first_frame, buffered = None, b""
    while first_frame is None and time.monotonic() - start < 30:  # bounded
        if not selector.select(timeout=0.5):
            continue
        chunk = os.read(process.stderr.fileno(), 65536)
        if not chunk:
            break
        buffered += chunk
        if FRAME.search(buffered):
            first_frame = time.monotonic() - start
    time.sleep(0.5)
    rss_kib = None
    try:
        with open(f"/proc/{process.pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    rss_kib = int(line.split()[1])
    except FileNotFoundError:
        pass
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if first_frame is None or rss_kib is None:
        sys.exit(f"{command[0]} showed no frame within 30 s; its output:\n{buffered.decode(errors='replace')[-2000:]}")
    return first_frame * 1000.0, rss_kib / 1024.0


def main():
    harbour, floor = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    platform = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
    env = dict(os.environ, QT_QPA_PLATFORM=platform, QT_LOGGING_RULES="qt.scenegraph.time.renderloop=true",
               TZ="UTC")
    with tempfile.TemporaryDirectory() as data:
        harbour_command = [harbour, "--data-dir", os.path.join(data, "harbour")]
        # One untimed run each: the outbox is made, and both are in the page cache, as on a device.
        measure(harbour_command, env)
        measure([floor], env)
        results = {"harbour": [], "floor": []}
        for _ in range(runs):
            results["harbour"].append(measure(harbour_command, env))
            results["floor"].append(measure([floor], env))
    h_ms = statistics.median(r[0] for r in results["harbour"])
    f_ms = statistics.median(r[0] for r in results["floor"])
    h_mib = statistics.median(r[1] for r in results["harbour"])
    f_mib = statistics.median(r[1] for r in results["floor"])
    print(f"bench cold-start: harbour {h_ms:.0f} ms to first frame, {h_mib:.0f} MiB resident; "
          f"floor (bare Qt Quick window, one button) {f_ms:.0f} ms, {f_mib:.0f} MiB; "
          f"ratios {h_ms / f_ms:.2f} (time), {h_mib / f_mib:.2f} (memory) (median of {runs}, {platform}, "
          f"files in the page cache)",
          flush=True)


if __name__ == "__main__":
    main()
