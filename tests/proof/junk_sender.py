#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An anonymous attacker flooding an intake with junk, for tst_intakeattack's flood case.

usage: junk_sender.py BASE_URL RECIPIENT_KEY_ID SECONDS MODE SEAL_BYTES
MODE "pay": computes a real admission proof (docs/protocol.md §11.5) for the difficulty the intake
last named, as a determined attacker would; "ignore": sends no proof; "forge": a random nonce.
Each envelope has a fresh id and a seal of random bytes (the intake cannot tell it from a real
one). Sends as fast as it can for SECONDS and prints one JSON line of counts by HTTP status.
Written from docs/protocol.md with the standard library and PyNaCl only.
"""
import base64
import http.client
import json
import os
import sys
import time
import urllib.parse

import nacl.bindings as sodium

base, key_id, seconds, mode, seal_bytes = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], int(sys.argv[5])
url = urllib.parse.urlsplit(base)


def work(envelope_id, nonce):
    digest = sodium.crypto_pwhash_alg(32, b"harbour-admission-1" + nonce.to_bytes(8, "little"), envelope_id,
                                      1, 262144, sodium.crypto_pwhash_ALG_ARGON2ID13)
    bits = 0
    for byte in digest:
        if byte:
            return bits + 8 - byte.bit_length()
        bits += 8
    return bits


def solve(envelope_id, difficulty):
    nonce = 0
    while work(envelope_id, nonce) < difficulty:
        nonce += 1
    return nonce


counts = {}
difficulty = 0
max_difficulty = 0
deadline = time.monotonic() + seconds
connection = None
while time.monotonic() < deadline:
    envelope_id = os.urandom(16)
    body = json.dumps({"attachments": [], "id": envelope_id.hex(), "recipient": key_id,
                       "seal": base64.b64encode(os.urandom(seal_bytes)).decode(), "v": 1},
                      separators=(",", ":"), sort_keys=True).encode()
    headers = {"Content-Type": "application/json", "Idempotency-Key": envelope_id.hex()}
    if mode == "pay":
        # §11.5: one more bit per doubling of the body above 4 KiB.
        size_bits, covered = 0, 4096
        while covered < len(body):
            size_bits, covered = size_bits + 1, covered * 2
        headers["Harbour-Admission"] = "%016x" % solve(envelope_id, difficulty + size_bits)
    elif mode == "forge":
        headers["Harbour-Admission"] = os.urandom(8).hex()
    try:
        if connection is None:
            connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
        connection.request("POST", "/v1/envelopes", body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        status = str(response.status)
        named = response.getheader("Harbour-Admission-Difficulty")
        if named is not None and named.isdigit():
            difficulty = int(named)
            max_difficulty = max(max_difficulty, difficulty)
        if response.getheader("Connection", "").lower() == "close":
            connection.close()
            connection = None
    except (OSError, http.client.HTTPException):
        status = "closed"
        if connection is not None:
            connection.close()
        connection = None
    counts[status] = counts.get(status, 0) + 1
print(json.dumps({"mode": mode, "counts": counts, "max_difficulty": max_difficulty}), flush=True)
