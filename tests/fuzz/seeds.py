#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the fuzzers' seed inputs from the protocol vectors and the shipped data files.

usage: seeds.py SOURCE_DIR OUT_DIR   (OUT_DIR/<target>/<seed> for each fuzz target)
Standard library only, so it runs with Debian's /usr/bin/python3 and nothing else.
"""
import base64
import json
import pathlib
import sys

source, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])


def seed(target, name, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


vectors = json.loads((source / "tests/interop/vectors.json").read_text(encoding="utf-8"))
for vector in vectors["envelopes"]:
    envelope = vector["envelope"].encode()
    report = vector["report"].encode()
    envelope_id = bytes.fromhex(json.loads(envelope)["id"])
    seed("envelope", vector["name"] + ".json", b"\x00" + envelope)
    # The unsigned inner layout (§6) with the report padded to its bucket (§5).
    padded = report + b"\x80" + b"\x00" * (1024 - len(report) - 1)
    seed("envelope", vector["name"] + ".inner", b"\x01" + b"HBR1" + envelope_id + b"\x00" + padded)
    health = b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    post = (b"POST /v1/envelopes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Idempotency-Key: " + envelope_id.hex().encode()
            + b"\r\nHarbour-Admission: 0000000000000000\r\nContent-Length: "
            + str(len(envelope)).encode() + b"\r\n\r\n" + envelope)
    seed("intake_request", vector["name"] + ".whole", b"\x00" + post)
    seed("intake_request", vector["name"] + ".split", b"\x07" + post)
    seed("intake_request", vector["name"] + ".twice", b"\x00" + post + post)
    seed("intake_request", vector["name"] + ".health-then-post", b"\x00" + health + post)
seed("intake_request", "chunked", b"\x00POST /v1/envelopes HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
seed("intake_request", "too-large", b"\x00POST /v1/envelopes HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n{}")
seed("intake_request", "two-lengths", b"\x00POST /v1/envelopes HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}")
seed("intake_request", "folded", b"\x00GET /v1/health HTTP/1.1\r\nHost: a\r\nX: a\r\n b\r\n\r\n")
seed("intake_request", "lf-only", b"\x00GET /v1/health HTTP/1.1\nHost: a\n\n")
seed("intake_request", "no-length", b"\x00POST /v1/envelopes HTTP/1.1\r\nContent-Type: application/json\r\n\r\n")
seed("receipt", "vector.json", vectors["receipt"]["receipt"])

for path in ["tests/data/questionnaire-short.json", "app/resources/questionnaire/harbour-uk.json"]:
    if (source / path).exists():
        seed("questionnaire", pathlib.Path(path).name, (source / path).read_bytes())
# Found by a 10-minute run: a number beyond any integer's range reached a double-to-integer conversion
# (undefined behaviour); kept as a seed so every run replays it first.
seed("questionnaire", "regression-huge-number.json",
     '{"format":"harbour-questionnaire","format_version":1,"id":"t","version":1,'
     '"questions":[{"id":"a","type":"line","title":"A","max_length":1e300},'
     '{"id":"g","type":"group","title":"G","item_title":"P %1","add_label":"Add","max_items":-1e300,'
     '"questions":[{"id":"b","type":"line","title":"B"}]}]}')
# The input the fuzzer itself minimised that bug to: just above the 64-bit integer range.
seed("questionnaire", "regression-just-past-int64.json",
     '{"format":"harbour-questionnaire","format_version":1,"id":"t","version":1,'
     '"questions":[{"id":"a","type":"line","title":"A","max_length":22222222222222222100}]}')

signed_path = source / "app/resources/directory/default.signed.json"
if signed_path.exists():
    signed = signed_path.read_bytes()
    seed("directory", "default.signed.json", b"\x01" + signed)
    seed("directory", "default.json", b"\x00" + base64.b64decode(json.loads(signed)["directory"]))

for path in ["receiver/demo/demo-organisation.key", "receiver/demo/demo-organisation.key.pub"]:
    seed("keyfile", pathlib.Path(path).name, (source / path).read_bytes())
seed("tlspin", "pins", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=,"
                       "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=")
