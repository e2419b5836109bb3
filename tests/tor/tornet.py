#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A private Tor network on this machine, for tests (tor's TestingTorNetwork mode, as chutney does).

Three directory authorities and three relays (all of them exits that may reach 127.0.0.1), an onion
service in front of a local port, and a client with a SOCKS port: eight tor processes of Debian's
tor, all on 127.0.0.1, in a folder of their own. Nothing of it talks to the real Tor network: the
authorities are our own, and every tor is told about them alone.

  tornet.py --dir DIR --service-port PORT [--timeout SECONDS]

prints one JSON line once the client has bootstrapped and the onion service has published its
descriptor: {"socks_port": N, "onion": "<56 characters>.onion", "pids": {"hs": N, "client": N,
"relays": [N, ...]}, "seconds": S}. It then waits until its standard input closes (or it gets
SIGTERM) and stops every tor it started. On failure it prints {"error": "..."} and the tail of the
logs, and exits 1.

The onion service maps virtual port PORT to 127.0.0.1:PORT, so a URL keeps its port through it.
"""
import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time

AUTHORITIES = 3
RELAYS = 3  # plus the authorities: 6 relays, enough for onion circuits (chutney's hs-v3-min)
PASSPHRASE = b"harbour-test-authority\n"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def common(name, datadir, owner):
    # Fast voting (tor accepts an initial interval of 5 s; vote and distribution delays must fit
    # inside it), every relay an exit, guard and HSDir, as in chutney's common.i and authority.i.
    return f"""TestingTorNetwork 1
PathsNeededToBuildCircuits 0.67
TestingDirAuthVoteExit *
TestingDirAuthVoteHSDir *
TestingDirAuthVoteGuard *
TestingMinExitFlagThreshold 0
V3AuthNIntervalsValid 2
DataDirectory {datadir}
Nickname {name}
RunAsDaemon 0
Sandbox 0
ShutdownWaitLength 0
__OwningControllerProcess {owner}
Log notice file {datadir}/notice.log
Log info file {datadir}/info.log
SafeLogging 0
LogTimeGranularity 1
ClientUseIPv6 0
"""


def relay_lines(orport, dirport):
    return f"""SocksPort 0
ORPort 127.0.0.1:{orport}
DirPort 127.0.0.1:{dirport}
Address 127.0.0.1
AssumeReachable 1
ServerDNSDetectHijacking 0
ServerDNSTestAddresses
ServerDNSResolvConfFile /dev/null
ExitRelay 1
ExitPolicyRejectPrivate 0
ExitPolicy accept 127.0.0.0/8:*
ExitPolicy reject *:*
"""


AUTHORITY_LINES = """AuthoritativeDirectory 1
V3AuthoritativeDirectory 1
ContactInfo harbour-test@invalid
TestingV3AuthInitialVotingInterval 5
TestingV3AuthInitialVoteDelay 2
TestingV3AuthInitialDistDelay 2
V3AuthVotingInterval 10
V3AuthVoteDelay 2
V3AuthDistDelay 2
"""


class Network:
    def __init__(self, root, service_port):
        self.root = root
        self.service_port = service_port
        self.processes = {}  # name -> Popen
        self.owner = os.getpid()

    def path(self, *parts):
        return os.path.join(self.root, *parts)

    def write(self, name, text):
        with open(self.path(name, "torrc"), "w") as f:
            f.write(text)

    def fingerprint(self, name):
        # Before the torrc exists (TestingTorNetwork needs the authorities' lines, which need this).
        out = subprocess.run(["tor", "--ignore-missing-torrc", "-f", self.path(name, "no-torrc"),
                              "--orport", "1", "--datadirectory", self.path(name), "--list-fingerprint",
                              "--quiet"], capture_output=True, text=True, timeout=60)
        words = out.stdout.strip().splitlines()[-1].split() if out.stdout.strip() else []
        fp = "".join(words[1:])
        if not re.fullmatch(r"[A-F0-9]{40}", fp):
            raise RuntimeError(f"no fingerprint for {name}: {out.stdout!r} {out.stderr!r}")
        return fp

    def prepare(self):
        self.nodes = []
        dir_lines = []
        for i in range(AUTHORITIES + RELAYS):
            name = f"{'auth' if i < AUTHORITIES else 'relay'}{i}"
            os.makedirs(self.path(name, "keys"), mode=0o700)
            node = {"name": name, "orport": free_port(), "dirport": free_port(), "authority": i < AUTHORITIES}
            self.nodes.append(node)
            body = common(name, self.path(name), self.owner) + relay_lines(node["orport"], node["dirport"])
            if node["authority"]:
                body += AUTHORITY_LINES
            node["torrc"] = body
            if node["authority"]:
                keys = self.path(name, "keys")
                subprocess.run(["tor-gencert", "--create-identity-key", "--passphrase-fd", "0",
                                "-i", os.path.join(keys, "authority_identity_key"),
                                "-s", os.path.join(keys, "authority_signing_key"),
                                "-c", os.path.join(keys, "authority_certificate"),
                                "-m", "12", "-a", f"127.0.0.1:{node['dirport']}"],
                               input=PASSPHRASE, capture_output=True, check=True, timeout=120)
                with open(os.path.join(keys, "authority_certificate")) as f:
                    v3 = next(l.split()[1] for l in f if l.startswith("fingerprint"))
                fp = self.fingerprint(name)
                dir_lines.append(f"DirAuthority {name} orport={node['orport']} no-v2 v3ident={v3} "
                                 f"127.0.0.1:{node['dirport']} {fp}")
        self.dir_lines = "\n".join(dir_lines) + "\n"
        for node in self.nodes:
            self.write(node["name"], node["torrc"] + self.dir_lines)
        os.makedirs(self.path("hs", "service"), mode=0o700)
        self.write("hs", common("hs", self.path("hs"), self.owner) + self.dir_lines
                   + f"SocksPort 0\nHiddenServiceDir {self.path('hs', 'service')}\n"
                   + f"HiddenServicePort {self.service_port} 127.0.0.1:{self.service_port}\n")
        os.makedirs(self.path("client"), mode=0o700)
        self.socks_port = free_port()
        # IsolateSOCKSAuth is tor's default: different SOCKS credentials, different circuits. Full
        # descriptors, not microdescriptors: a microdescriptor's exit policy summary cannot say
        # "127.0.0.0/8 only", so the client would see no exit at all (chutney's exit-v4.i, #11264).
        self.write("client", common("client", self.path("client"), self.owner) + self.dir_lines
                   + f"SocksPort 127.0.0.1:{self.socks_port}\nUseMicrodescriptors 0\n")

    def start(self, name):
        log = open(self.path(name, "stdout.log"), "w")
        self.processes[name] = subprocess.Popen(["tor", "-f", self.path(name, "torrc")], stdout=log,
                                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    def log_has(self, name, pattern, which="notice.log"):
        try:
            with open(self.path(name, which), errors="replace") as f:
                return re.search(pattern, f.read()) is not None
        except FileNotFoundError:
            return False

    def check_alive(self):
        for name, p in self.processes.items():
            if p.poll() is not None:
                raise RuntimeError(f"tor {name} exited with {p.returncode}")

    def wait_for(self, what, test, deadline):
        while not test():
            self.check_alive()
            if time.monotonic() > deadline:
                raise RuntimeError(f"timed out waiting for {what}")
            time.sleep(0.25)

    def stop(self):
        for p in self.processes.values():
            if p.poll() is None:
                p.terminate()
        for p in self.processes.values():
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()

    def tail(self):
        out = []
        for name in self.processes:
            try:
                with open(self.path(name, "notice.log"), errors="replace") as f:
                    out.append(f"--- {name}\n" + "".join(f.readlines()[-8:]))
            except FileNotFoundError:
                pass
        return "\n".join(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--service-port", type=int, required=True)
    parser.add_argument("--timeout", type=float, default=240)
    args = parser.parse_args()
    started = time.monotonic()
    deadline = started + args.timeout
    net = Network(os.path.abspath(args.dir), args.service_port)
    signal.signal(signal.SIGTERM, lambda *_: (net.stop(), sys.exit(0)))
    try:
        net.prepare()
        for node in net.nodes:
            net.start(node["name"])
        net.start("hs")
        net.start("client")
        net.wait_for("the client to bootstrap", lambda: net.log_has("client", r"Bootstrapped 100%"), deadline)
        net.wait_for("the onion service's address",
                     lambda: os.path.exists(net.path("hs", "service", "hostname")), deadline)
        # The descriptor is on the HSDirs once the service says so (tor logs it at info level).
        net.wait_for("the onion service's descriptor",
                     lambda: net.log_has("hs", r"(?i)service .*descriptor.* (has been )?uploaded|"
                                         r"Uploading descriptor|uploaded descriptor", "info.log"),
                     deadline)
        with open(net.path("hs", "service", "hostname")) as f:
            onion = f.read().strip()
        info = {
            "socks_port": net.socks_port,
            "onion": onion,
            "pids": {
                "hs": net.processes["hs"].pid,
                "client": net.processes["client"].pid,
                "relays": [net.processes[n["name"]].pid for n in net.nodes],
            },
            "seconds": round(time.monotonic() - started, 1),
        }
        print(json.dumps(info), flush=True)
    except Exception as e:  # noqa: BLE001 - anything: say what and stop every tor
        print(json.dumps({"error": str(e)}), flush=True)
        print(net.tail(), file=sys.stderr, flush=True)
        net.stop()
        return 1
    try:
        sys.stdin.read()
    finally:
        net.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
