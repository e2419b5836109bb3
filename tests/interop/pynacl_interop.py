#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A second implementation of Harbour envelope protocol v1 and v2, written from docs/protocol.md
alone, exchanging envelopes with our C++ implementation through harbour-protocol-tool.

(a) the C++ tool seals, this file opens step by step; (b) this file seals, the C++ tool
opens; (c) tampered envelopes are refused by both; (d) the documented test vectors open
in both and are still quoted by the document; (e) desk request signatures (§18.2) and case
events (§18.4) crossed both ways, bad events refused by both. Exits non-zero on any mismatch.

Run with Debian's /usr/bin/python3 (python3-nacl).
"""

import argparse
import base64
import binascii
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys

import nacl.bindings
import nacl.encoding
import nacl.exceptions
import nacl.hash
import nacl.public
import nacl.pwhash
import nacl.signing
import nacl.utils

# Constants of docs/protocol.md.
VERSION = 2  # the version written (§14); 1 is still read and, on request, written
VERSIONS = (1, 2)
RECEIPT_VERSION = 1
MAGICS = {1: b"HBR1", 2: b"HBR2"}  # §6
SIGNATURE_PREFIXES = {1: b"harbour-report-signature-v1", 2: b"harbour-report-signature-v2"}  # §6
FLAG_SIGNED = 0x01
HEADER_BYTES = 4 + 16 + 1
SIGNED_EXTRA_BYTES = 32 + 64
SEAL_OVERHEAD_BYTES = 48  # §7
MIN_BUCKET = 1024
MAX_BUCKET = 1024 * 1024
MAX_ENVELOPE_BYTES = 2 * 1024 * 1024  # §8 step 1
MAX_RECEIPT_BYTES = 4096  # §10
ENVELOPE_FIELDS = {"v", "id", "recipient", "seal", "attachments"}
RECEIPT_FIELDS = {"v", "envelope", "digest", "stored"}
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # §13


class Refused(Exception):
    """A check of the document failed; the message says which."""


# --- §1 conventions -------------------------------------------------------------------

def b64(data):
    return base64.b64encode(data).decode("ascii")


def strict_b64(text, what):
    if not isinstance(text, str):
        raise Refused(f"{what} must be a string")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise Refused(f"{what} is not base64 ({error})") from None
    if b64(data) != text:
        raise Refused(f"{what} is not canonical base64")
    return data


def strict_hex(text, size, what):
    if not isinstance(text, str) or len(text) != 2 * size or any(c not in "0123456789abcdef" for c in text):
        raise Refused(f"{what} must be {2 * size} lower-case hex characters")
    return bytes.fromhex(text)


def blake2b(data, bits):
    return hashlib.blake2b(data, digest_size=bits // 8).digest()


def key_id(public_key):
    return blake2b(public_key, 128).hex()  # §3


def canonical_json(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def parse_json_object(text, what):
    """RFC 8259 JSON, UTF-8, top level an object, no member name repeated (§8 steps 2 and 4)."""
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(f"{what} is not UTF-8") from None
    if decoded.startswith("\ufeff"):
        raise Refused(f"{what} starts with a byte order mark")

    repeated = []

    def pairs(members):
        names = [name for name, _ in members]
        if len(set(names)) != len(names):
            repeated.append(True)
        return dict(members)

    def no_constants(name):
        raise Refused(f"{what} contains {name}, which is not JSON")

    try:
        value = json.loads(decoded, object_pairs_hook=pairs, parse_constant=no_constants)
    except json.JSONDecodeError as error:
        raise Refused(f"{what} is not valid JSON ({error})") from None
    if not isinstance(value, dict):
        raise Refused(f"{what} must be a JSON object")
    return value, bool(repeated)


def check_version(value, what, versions):
    """§8 step 3: "v" first, a whole number this reader reads, naming any other version."""
    if "v" not in value:
        raise Refused(f'{what} has no version field "v"')
    v = value["v"]
    if isinstance(v, bool) or not isinstance(v, (int, float)) or v != int(v):
        raise Refused(f'{what} version "v" must be a whole number')
    if int(v) not in versions:
        raise Refused(f"unsupported {what} version {int(v)}; this reader reads {versions}")
    return int(v)


def check_members(value, repeated, expected, what):
    if repeated:
        raise Refused(f"{what} repeats a field")
    unknown = set(value) - expected
    if unknown:
        raise Refused(f'{what} has an unknown field "{sorted(unknown)[0]}"')
    missing = expected - set(value)
    if missing:
        raise Refused(f'{what} is missing the field "{sorted(missing)[0]}"')


# --- §5 padding -------------------------------------------------------------------------

def bucket_for(length):
    bucket = MIN_BUCKET
    while bucket < length + 1:
        bucket *= 2
    if bucket > MAX_BUCKET:
        raise Refused("the report is too large (over 1048575 bytes)")
    return bucket


def is_bucket(n):
    return MIN_BUCKET <= n <= MAX_BUCKET and n & (n - 1) == 0


def pad(report):
    bucket = bucket_for(len(report))
    return report + b"\x80" + b"\x00" * (bucket - len(report) - 1)


def unpad(padded):
    stripped = padded.rstrip(b"\x00")
    if not stripped or stripped[-1] != 0x80:
        raise Refused("the report's padding is malformed")
    return stripped[:-1]


def seal_length_ok(length, version):
    """§7: version 1: len(seal) = 69 + B or 165 + B; version 2: 165 + B."""
    inner = length - SEAL_OVERHEAD_BYTES
    if version == 1 and is_bucket(inner - HEADER_BYTES):
        return True
    return is_bucket(inner - HEADER_BYTES - SIGNED_EXTRA_BYTES)


# --- §8 envelope, §9 opening, and writing ----------------------------------------------

def read_envelope(text):
    if len(text) > MAX_ENVELOPE_BYTES:
        raise Refused("the envelope is larger than 2 MiB")
    value, repeated = parse_json_object(text, "envelope")
    version = check_version(value, "envelope", VERSIONS)
    check_members(value, repeated, ENVELOPE_FIELDS, "envelope")
    envelope_id = strict_hex(value["id"], 16, 'envelope "id"')
    recipient = strict_hex(value["recipient"], 16, 'envelope "recipient"').hex()
    seal = strict_b64(value["seal"], 'envelope "seal"')
    if not seal_length_ok(len(seal), version):
        raise Refused("the seal's length matches no padding bucket (truncated or extended?)")
    if not isinstance(value["attachments"], list):
        raise Refused('envelope "attachments" must be an array')
    if value["attachments"]:
        raise Refused("attachments are reserved in versions 1 and 2 and must be empty")
    return {"v": version, "id": envelope_id, "recipient": recipient, "seal": seal}


def signed_message(version, envelope_id, recipient_key_id_hex, padded):
    """§6: v1 prefix ‖ id ‖ padded; v2 prefix ‖ id ‖ the 16 bytes of the recipient key id ‖ padded."""
    if version == 1:
        return SIGNATURE_PREFIXES[1] + envelope_id + padded
    return SIGNATURE_PREFIXES[2] + envelope_id + bytes.fromhex(recipient_key_id_hex) + padded


def open_envelope(envelope, public_key, secret_key):
    """§9, in order. Returns (report bytes, kiosk public key or None)."""
    version = envelope["v"]
    if envelope["recipient"] != key_id(public_key):
        raise Refused("the envelope is addressed to another key")
    if not seal_length_ok(len(envelope["seal"]), version):
        raise Refused("the seal's length matches no padding bucket")
    try:
        inner = nacl.public.SealedBox(nacl.public.PrivateKey(secret_key)).decrypt(envelope["seal"])
    except nacl.exceptions.CryptoError:
        raise Refused("the seal does not open") from None
    if inner[0:4] != MAGICS[version]:
        raise Refused(f"the sealed content is not a Harbour version {version} report")
    if inner[4:20] != envelope["id"]:
        raise Refused("the sealed envelope id does not match the envelope's id")
    flags = inner[20]
    if flags & ~FLAG_SIGNED:
        raise Refused(f"the sealed content has unknown flags {flags}")
    offset = HEADER_BYTES
    kiosk_key = signature = None
    if flags & FLAG_SIGNED:
        kiosk_key = inner[offset:offset + 32]
        signature = inner[offset + 32:offset + 96]
        offset += SIGNED_EXTRA_BYTES
    elif version == 2:
        if inner[offset:offset + SIGNED_EXTRA_BYTES] != bytes(SIGNED_EXTRA_BYTES):
            raise Refused("an unsigned report's kiosk key and signature fields are not zero")
        offset += SIGNED_EXTRA_BYTES
    padded = inner[offset:]
    if not is_bucket(len(padded)):
        raise Refused("the padded report has a length that is no bucket size")
    if signature is not None:
        try:
            nacl.signing.VerifyKey(kiosk_key).verify(
                signed_message(version, envelope["id"], envelope["recipient"], padded), signature)
        except nacl.exceptions.BadSignatureError:
            raise Refused("the kiosk signature does not verify") from None
    report = unpad(padded)
    parse_json_object(report, "the sealed report")
    return report, kiosk_key


def write_envelope(report, recipient_public_key, signing_key=None, envelope_id=None, flags=None, magic=None,
                   signer_public_key=None, version=VERSION, signed_for=None, empty_fields=None):
    """§5-§8. The keyword arguments after signing_key exist to build deliberately wrong envelopes."""
    envelope_id = envelope_id or nacl.utils.random(16)
    padded = pad(report)
    signed = signing_key is not None
    magic = MAGICS[version] if magic is None else magic
    inner = magic + envelope_id + bytes([FLAG_SIGNED if signed else 0] if flags is None else [flags])
    if signed:
        public = signer_public_key or bytes(signing_key.verify_key)
        message = signed_message(version, envelope_id, key_id(signed_for or recipient_public_key), padded)
        inner += public + signing_key.sign(message).signature
    elif version == 2:
        # The same length as a signed one (§6): 96 zero bytes where a kiosk's key and signature go.
        inner += bytes(SIGNED_EXTRA_BYTES) if empty_fields is None else empty_fields
    inner += padded
    seal = nacl.public.SealedBox(nacl.public.PublicKey(recipient_public_key)).encrypt(inner)
    return canonical_json({"v": version, "id": envelope_id.hex(), "recipient": key_id(recipient_public_key),
                           "seal": b64(seal), "attachments": []})


# --- §10 receipt -------------------------------------------------------------------------

def check_receipt(status, body, envelope):
    if status not in (200, 201):
        raise Refused(f"HTTP {status} is not a receipt")
    if len(body) > MAX_RECEIPT_BYTES:
        raise Refused("too long to be a receipt")
    value, repeated = parse_json_object(body, "receipt")
    check_version(value, "receipt", (RECEIPT_VERSION,))
    check_members(value, repeated, RECEIPT_FIELDS, "receipt")
    if strict_hex(value["envelope"], 16, "receipt envelope") != envelope["id"]:
        raise Refused("the receipt is for another envelope")
    if strict_hex(value["digest"], 32, "receipt digest") != blake2b(envelope["seal"], 256):
        raise Refused("the receipt's digest does not match what was sent")
    try:
        datetime.datetime.fromisoformat(value["stored"])
    except (TypeError, ValueError):
        raise Refused("the receipt's stored time is not an ISO 8601 date and time") from None
    return value


# --- §13 mailbox ------------------------------------------------------------------------

def normalise_code(code):
    text = code.replace(" ", "").replace("-", "").upper().replace("O", "0").replace("I", "1").replace("L", "1")
    if len(text) != 20 or any(c not in CROCKFORD for c in text):
        raise Refused("a follow-up code is 20 Crockford base32 symbols")
    return text


def mailbox_from_seed(seed):
    """§19.1: the box and signing key pairs and the mailbox id, each from a keyed BLAKE2b of the seed."""
    box_seed = hashlib.blake2b(b"harbour-mailbox-box-v1", key=seed, digest_size=32).digest()
    signing_seed = hashlib.blake2b(b"harbour-mailbox-signing-v1", key=seed, digest_size=32).digest()
    box_public, box_secret = nacl.bindings.crypto_box_seed_keypair(box_seed)
    signing = nacl.signing.SigningKey(signing_seed)
    signing_public = bytes(signing.verify_key)
    return {"seed": seed.hex(), "box_public_key": b64(box_public), "box_secret_key": b64(box_secret),
            "signing_public_key": b64(signing_public), "signing_secret_key": b64(signing_seed + signing_public),
            "mailbox_id": key_id(signing_public)}


def mailbox_from_code(code):
    salt = blake2b(b"harbour-mailbox-v1", 256)[:16]
    seed = nacl.pwhash.argon2id.kdf(32, normalise_code(code).encode("ascii"), salt,
                                    opslimit=nacl.pwhash.argon2id.OPSLIMIT_MODERATE,
                                    memlimit=nacl.pwhash.argon2id.MEMLIMIT_MODERATE)
    return {"salt": salt.hex(), **mailbox_from_seed(seed)}


REPLY_MEMBERS = {"v", "type", "id", "case", "organisation", "at", "text"}


def reply_bucket_ok(length):
    return 1024 <= length <= 32768 and length & (length - 1) == 0


def open_reply(sealed, box_public, box_secret):
    """§19.4 reading, step by step."""
    if not reply_bucket_ok(len(sealed) - SEAL_OVERHEAD_BYTES):
        raise Refused("not a sealed reply")
    try:
        padded = nacl.public.SealedBox(nacl.public.PrivateKey(box_secret)).decrypt(sealed)
    except nacl.exceptions.CryptoError:
        raise Refused("does not open with this code's key")
    plaintext = unpad(padded)
    value, repeated = parse_json_object(plaintext, "reply")
    check_version(value, "reply", (1,))
    check_members(value, repeated, REPLY_MEMBERS, "reply")
    if value["type"] != "reply" or not re.fullmatch(r"[0-9a-f]{32}", value["id"]) \
            or not re.fullmatch(r"[0-9a-f]{32}", value["case"]) \
            or not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", value["organisation"]) \
            or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", value["at"]) \
            or not isinstance(value["text"], str) or not value["text"].strip() \
            or len(value["text"].encode()) > 8000:
        raise Refused("a reply member has the wrong form")
    if canonical_json(value) != plaintext:
        raise Refused("reply not in canonical form")
    return value


def seal_reply(reply, box_public):
    plaintext = canonical_json(reply)
    bucket = 1024
    while bucket < len(plaintext) + 1:
        bucket *= 2
    padded = plaintext + b"\x80" + b"\x00" * (bucket - len(plaintext) - 1)
    return nacl.public.SealedBox(nacl.public.PublicKey(box_public)).encrypt(padded)


FOLLOWUP_PREFIX = b"harbour-followup-signature-v1"


def write_followup(report, signing_seed):
    body = dict(report)
    body["sig"] = b64(nacl.signing.SigningKey(signing_seed).sign(FOLLOWUP_PREFIX + canonical_json(report)).signature)
    return canonical_json(body)


def verify_followup(text):
    """§19.5: the followup member, then the signature with its signing key."""
    value, repeated = parse_json_object(text, "follow-up")
    check_version(value, "follow-up", (1,))
    if repeated or value.get("format") != "harbour-followup":
        raise Refused("not a follow-up")
    followup = value["followup"]
    signing = strict_b64(followup["signing_key"], "signing key")
    if key_id(signing) != followup["mailbox"]:
        raise Refused("mailbox is not the id of signing_key")
    body = {k: v for k, v in value.items() if k != "sig"}
    try:
        nacl.signing.VerifyKey(signing).verify(FOLLOWUP_PREFIX + canonical_json(body), strict_b64(value["sig"], "sig"))
    except nacl.exceptions.BadSignatureError:
        raise Refused("follow-up signature does not verify")
    if canonical_json(value) != text:
        raise Refused("follow-up not in canonical form")
    return value


def mailbox_sign(signing_seed, path, body, created, nonce):
    """§19.3: a §18.2 signature with the label "mailbox" and the mailbox id as keyid."""
    key = nacl.signing.SigningKey(signing_seed)
    mailbox = key_id(bytes(key.verify_key))
    digest = "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode() + ":"
    params = f'{DESK_COVERED};created={created};nonce="{nonce}";keyid="{mailbox}";alg="ed25519"'
    base = f'"@method": POST\n"@path": {path}\n"content-digest": {digest}\n"@signature-params": {params}'
    return {"Signature-Input": "mailbox=" + params,
            "Signature": "mailbox=:" + base64.b64encode(key.sign(base.encode()).signature).decode() + ":",
            "Content-Digest": digest}


def mailbox(tool, check, vectors_path, spec_path):
    """§19 from the document alone: the vector keys, its reply and answer, and replies crossed both ways."""
    with open(vectors_path, encoding="utf-8") as f:
        v = json.load(f)["mailbox"]
    spec = open(spec_path, encoding="utf-8").read() if spec_path else ""
    seed = bytes.fromhex(v["seed"])
    keys = mailbox_from_seed(seed)
    for field in ("box_public_key", "box_secret_key", "signing_public_key", "signing_secret_key", "mailbox_id"):
        check.expect(keys[field] == v[field], f"mailbox vector {field}")
        if spec_path:
            check.expect(v[field] in spec, f"docs/protocol.md no longer quotes the mailbox {field}")
    box_public, box_secret = strict_b64(keys["box_public_key"], "box"), strict_b64(keys["box_secret_key"], "box")
    signing_seed = strict_b64(keys["signing_secret_key"], "signing")[:32]
    try:
        reply = open_reply(strict_b64(v["reply_sealed"], "reply"), box_public, box_secret)
        check.expect(canonical_json(reply) == v["reply"].encode(), "mailbox vector reply opens to its plaintext")
    except Refused as refusal:
        check.expect(False, f"mailbox vector reply refused by Python: {refusal}")
    try:
        verify_followup(v["answer"].encode())
    except Refused as refusal:
        check.expect(False, f"mailbox vector answer refused by Python: {refusal}")
    nonce = base64.urlsafe_b64encode(bytes(range(16))).rstrip(b"=").decode()
    headers = mailbox_sign(signing_seed, "/v1/mailbox/fetch", v["fetch_body"].encode(), 1764806400, nonce)
    check.expect(headers["Signature"] == v["fetch_signature"], "mailbox vector fetch signature")
    if spec_path:
        for text in (v["reply_sealed"], v["answer"], v["fetch_signature"]):
            check.expect(text in spec, f"docs/protocol.md no longer quotes {text[:24]}…")
    crossed = 0
    for i in range(3):
        seed = os.urandom(32)
        keys = mailbox_from_seed(seed)
        code, out, err = tool.run(["mailbox-derive", "--seed", seed.hex()])
        check.expect(code == 0 and json.loads(out) == keys, f"mailbox: C++ derives the same keys {err.strip()}")
        box_public, box_secret = strict_b64(keys["box_public_key"], "b"), strict_b64(keys["box_secret_key"], "b")
        text = f"Reply {i}: we will call you.\nŁódź, 12:00\ttoday"
        sealed = seal_reply({"v": 1, "type": "reply", "id": os.urandom(16).hex(), "case": os.urandom(16).hex(),
                             "organisation": "demo-support", "at": "2025-12-04T10:00:00Z", "text": text}, box_public)
        code, out, err = tool.run(["reply-open", "--seed", seed.hex()], base64.b64encode(sealed))
        check.expect(code == 0 and json.loads(out)["text"] == text, f"mailbox: C++ opens Python's reply {err.strip()}")
        code, out, err = tool.run(["reply-open", "--seed", os.urandom(32).hex()], base64.b64encode(sealed))
        check.expect(code == 1, "mailbox: C++ refuses a reply for another code")
        code, out, err = tool.run(["reply-seal", "--box-public-key", keys["box_public_key"], "--id", "00" * 16,
                                   "--case", "11" * 16, "--organisation", "demo-police", "--at",
                                   "2025-12-04T10:00:00Z"], text.encode())
        try:
            check.expect(code == 0 and open_reply(base64.b64decode(out), box_public, box_secret)["text"] == text,
                         f"mailbox: Python opens C++'s reply {err.strip()}")
            tampered = bytearray(base64.b64decode(out))
            tampered[-1] ^= 1
            open_reply(bytes(tampered), box_public, box_secret)
            check.expect(False, "mailbox: Python opened a tampered reply")
        except Refused:
            pass
        code, out, err = tool.run(["followup-write", "--seed", seed.hex(), "--kind", "answer", "--case", "22" * 16,
                                   "--reply", "00" * 16, "--helped", "partly", "--at", "2025-12-04T11:30:00Z"], b"ok")
        try:
            check.expect(code == 0 and verify_followup(out)["helped"] == "partly",
                         f"mailbox: Python verifies C++'s answer {err.strip()}")
        except Refused as refusal:
            check.expect(False, f"mailbox: Python refused C++'s answer: {refusal}")
        signing_seed = strict_b64(keys["signing_secret_key"], "s")[:32]
        addition = {"v": 1, "format": "harbour-followup", "kind": "addition", "app_version": "0.1.0",
                    "language": "pl", "reported_at": "2025-12-04T11:00:00Z", "text": "Widziałam go znowu.",
                    "followup": {"box_key": keys["box_public_key"], "mailbox": keys["mailbox_id"],
                                 "signing_key": keys["signing_public_key"]}}
        written = write_followup(addition, signing_seed)
        code, out, err = tool.run(["followup-read"], written)
        check.expect(code == 0 and out == keys["mailbox_id"].encode(), f"mailbox: C++ verifies Python's addition {err.strip()}")
        code, _, _ = tool.run(["followup-read"], write_followup(addition, os.urandom(32)))
        check.expect(code == 1, "mailbox: C++ refuses an addition signed with another key")
        crossed += 4
    return crossed


# --- the C++ side -----------------------------------------------------------------------

class Tool:
    def __init__(self, path):
        self.path = path

    def run(self, args, stdin=b""):
        done = subprocess.run([self.path, *args], input=stdin, capture_output=True, timeout=120)
        return done.returncode, done.stdout, done.stderr.decode("utf-8", "replace")

    def seal(self, report, public_key, kiosk_secret=None, version=None):
        args = ["seal", "--recipient-public-key", b64(public_key)]
        if kiosk_secret is not None:
            args += ["--kiosk-secret-key", b64(kiosk_secret)]
        if version is not None:
            args += ["--version", str(version)]
        code, out, err = self.run(args, report)
        if code != 0:
            raise RuntimeError(f"C++ seal failed: {err.strip()}")
        return out

    def open(self, envelope_json, public_key, secret_key):
        """Returns (exit code, report bytes, kiosk public key or None, stderr)."""
        code, out, err = self.run(["open", "--public-key", b64(public_key), "--secret-key", b64(secret_key)],
                                  envelope_json)
        kiosk = None
        for line in err.splitlines():
            if line.startswith("kiosk-public-key: "):
                kiosk = base64.b64decode(line.split(": ", 1)[1])
        return code, out, kiosk, err

    def receipt(self, envelope_json, stored):
        code, out, err = self.run(["receipt", "--stored", stored], envelope_json)
        if code != 0:
            raise RuntimeError(f"C++ receipt failed: {err.strip()}")
        return out


# --- the checks ---------------------------------------------------------------------------

def sample_reports():
    def report(mode, language, narrative, targeted, online="no", extra=None):
        value = {
            "format": "harbour-report",
            "questionnaire": {"id": "harbour-spine", "version": 1},
            "reference": "HB-7K2M-Q9TX",
            "language": language,
            "mode": mode,
            "app_version": "0.1.0",
            "reported_at": "2024-05-01T13:00:00Z",
            "answers": {"narrative": narrative, "online": online, "targeted": targeted, **(extra or {})},
            "flags": {"strands": targeted, "cyber_enabled": online != "no"},
        }
        return canonical_json(value)

    return {
        "english": report("self", "en", "Two men shouted abuse at me at the bus stop.", ["religion"]),
        "utf-8": report("kiosk", "ar", "كتبوا شتائم على باب بيتي 😡 — Zażółć gęślą jaźń \"quoted\"\n",
                        ["race", "religion"], "partly"),
        "4 KiB bucket": report("assisted", "en", "It keeps happening. " * 150, ["disability"], "yes",
                               {"incident_types": ["verbal_abuse", "harassment"], "people_count": 3,
                                "injured": False}),
    }


class Checker:
    def __init__(self):
        self.crossed = 0
        self.mismatches = []

    def expect(self, condition, what):
        if not condition:
            self.mismatches.append(what)
            print(f"MISMATCH: {what}", file=sys.stderr)
        return condition

    def same_report(self, got, expected, what):
        """Byte equality, then field by field so a failure says which field."""
        if got == expected:
            return True
        try:
            got_value, want_value = json.loads(got), json.loads(expected)
        except ValueError:
            return self.expect(False, f"{what}: the report is not JSON")
        for name in sorted(set(got_value) | set(want_value)):
            self.expect(got_value.get(name) == want_value.get(name), f"{what}: field {name!r} differs")
        return self.expect(False, f"{what}: report bytes differ")


def cpp_seals_python_opens(tool, check, reports, recipient, kiosk):
    for name, report in reports.items():
        for version in VERSIONS:
            for signer in (None, kiosk):
                what = f"C++ → Python, v{version}, {name}, {'kiosk-signed' if signer else 'unsigned'}"
                # libsodium's 64-byte Ed25519 secret key is seed ‖ public key (§3).
                kiosk_secret = bytes(signer) + bytes(signer.verify_key) if signer else None
                wire = tool.seal(report, bytes(recipient.public_key), kiosk_secret, version)
                check.crossed += 1
                try:
                    envelope = read_envelope(wire)
                    check.expect(envelope["v"] == version, f"{what}: version {envelope['v']}")
                    check.expect(wire == canonical_json({"v": version, "id": envelope["id"].hex(),
                                                         "recipient": envelope["recipient"],
                                                         "seal": b64(envelope["seal"]), "attachments": []}),
                                 f"{what}: the wire form is not canonical JSON")
                    check.expect(envelope["recipient"] == key_id(bytes(recipient.public_key)), f"{what}: key id")
                    # Version 2: signed and unsigned the same length (§7).
                    expected_seal = 69 + bucket_for(len(report)) + (96 if signer or version == 2 else 0)
                    check.expect(len(envelope["seal"]) == expected_seal,
                                 f"{what}: seal is {len(envelope['seal'])} bytes, expected {expected_seal}")
                    opened, kiosk_key = open_envelope(envelope, bytes(recipient.public_key), bytes(recipient))
                except Refused as refusal:
                    check.expect(False, f"{what}: Python refused: {refusal}")
                    continue
                check.same_report(opened, report, what)
                check.expect(kiosk_key == (bytes(signer.verify_key) if signer else None), f"{what}: kiosk key")
                receipt = tool.receipt(wire, "2024-05-01T13:59:59Z")
                try:
                    value = check_receipt(201, receipt, envelope)
                    check.expect(value["stored"] == "2024-05-01T13:00:00Z", f"{what}: receipt time not rounded")
                except Refused as refusal:
                    check.expect(False, f"{what}: C++ receipt refused: {refusal}")


def python_seals_cpp_opens(tool, check, reports, recipient, kiosk):
    for name, report in reports.items():
        for version in VERSIONS:
            for signer in (None, kiosk):
                what = f"Python → C++, v{version}, {name}, {'kiosk-signed' if signer else 'unsigned'}"
                wire = write_envelope(report, bytes(recipient.public_key), signer, version=version)
                check.crossed += 1
                code, opened, kiosk_key, err = tool.open(wire, bytes(recipient.public_key), bytes(recipient))
                if not check.expect(code == 0, f"{what}: C++ refused: {err.strip()}"):
                    continue
                check.same_report(opened, report, what)
                check.expect(kiosk_key == (bytes(signer.verify_key) if signer else None), f"{what}: kiosk key")
                # Our own reader must accept what we wrote, and the C++ receipt digest must be ours.
                envelope = read_envelope(wire)
                digest = json.loads(tool.receipt(wire, "2024-05-01T13:00:00Z"))["digest"]
                check.expect(digest == blake2b(envelope["seal"], 256).hex(), f"{what}: receipt digest")


def tamper(tool, check, recipient, kiosk):
    """Both implementations must refuse every variant; returns (variants, accepted)."""
    variants = accepted = 0
    public, secret = bytes(recipient.public_key), bytes(recipient)
    report = sample_reports()["english"]

    def refused_by_both(wire, what, reason=None):
        nonlocal variants, accepted
        variants += 1
        try:
            open_envelope(read_envelope(wire), public, secret)
            python_ok = True
        except Refused:
            python_ok = False
        code, _, _, err = tool.open(wire, public, secret)
        if python_ok or code == 0:
            accepted += 1
            check.expect(False, f"tamper {what}: accepted by {'Python' if python_ok else 'C++'}")
        elif reason is not None:
            check.expect(reason in err, f"tamper {what}: C++ refused for another reason: {err.strip()}")

    for maker, made in (("C++", tool.seal(report, public, bytes(kiosk) + bytes(kiosk.verify_key))),
                        ("Python", write_envelope(report, public, kiosk))):
        envelope = read_envelope(made)
        seal = envelope["seal"]
        for position in (0, 31, 32, 47, 48, 60, 100, len(seal) // 2, len(seal) - 1):
            for mask in (0x01, 0x80):
                flipped = bytearray(seal)
                flipped[position] ^= mask
                value = json.loads(made)
                value["seal"] = b64(bytes(flipped))
                refused_by_both(canonical_json(value), f"{maker} seal byte {position} ^ {mask:#04x}",
                                "does not open")
        for position in (0, 2, 20, 25, 60, 100, 400, len(made) - 2, len(made) - 1):
            for mask in (0x01, 0x80):
                flipped = bytearray(made)
                flipped[position] ^= mask
                refused_by_both(bytes(flipped), f"{maker} wire byte {position} ^ {mask:#04x}")

    # Whole-field tampering the document names.
    other = nacl.signing.SigningKey.generate()
    swapped = json.loads(write_envelope(report, public))
    swapped["id"] = nacl.utils.random(16).hex()
    refused_by_both(canonical_json(swapped), "inner id swap", "envelope id does not match")
    refused_by_both(write_envelope(report, public, other, signer_public_key=bytes(kiosk.verify_key)),
                    "forged signature", "signature does not verify")
    refused_by_both(write_envelope(report, public, flags=0x02), "unknown flag", "unknown flags")
    refused_by_both(write_envelope(report, public, magic=b"HBR2", version=1), "magic HBR2 in v1",
                    "not a Harbour version 1")
    refused_by_both(write_envelope(report, public, magic=b"HBR1", version=2), "magic HBR1 in v2",
                    "not a Harbour version 2")
    future = json.loads(write_envelope(report, public))
    future["v"] = 3
    refused_by_both(canonical_json(future), "v 3", "version 3")
    # Version 2: the signature names the recipient; a kiosk's report sealed again to another
    # organisation does not verify. Unsigned fields hold zeros only.
    other_organisation = nacl.public.PrivateKey.generate()
    refused_by_both(write_envelope(report, public, kiosk, signed_for=bytes(other_organisation.public_key)),
                    "v2 signed for another recipient", "signature does not verify")
    refused_by_both(write_envelope(report, public, kiosk, version=1, magic=b"HBR2"), "v1 signature in v2 layout")
    refused_by_both(write_envelope(report, public, empty_fields=b"\x01" + bytes(95)), "v2 unsigned fields not zero",
                    "not zero")
    refused_by_both(write_envelope(report, public, empty_fields=b""), "v2 unsigned without the fields")
    # A version 1 unsigned envelope presented as version 2 has a version 1 length.
    short = json.loads(write_envelope(report, public, version=1))
    short["v"] = 2
    refused_by_both(canonical_json(short), "v1 unsigned length as v2", "truncated")
    attached = json.loads(write_envelope(report, public))
    attached["attachments"] = [{"id": nacl.utils.random(16).hex(), "size": 1017}]
    refused_by_both(canonical_json(attached), "attachments", "attachments are reserved")
    text = write_envelope(report, public)
    refused_by_both(text.replace(b'{"attachments"', b'{"v":1,"attachments"', 1), "repeated v", "repeats a field")
    return variants, accepted


def vectors(tool, check, path, spec_path):
    with open(path, encoding="utf-8") as f:
        v = json.load(f)
    spec = open(spec_path, encoding="utf-8").read() if spec_path else None
    public = strict_b64(v["recipient"]["public_key"], "vector key")
    secret = strict_b64(v["recipient"]["secret_key"], "vector key")
    check.expect(key_id(public) == v["recipient"]["key_id"], "vector key id")
    by_name = {}
    for vector in v["envelopes"]:
        what = f"vector {vector['name']}"
        wire, report = vector["envelope"].encode("utf-8"), vector["report"].encode("utf-8")
        kiosk = strict_b64(vector["kiosk_public_key"], "vector kiosk key") if vector["kiosk_public_key"] else None
        try:
            envelope = read_envelope(wire)
            opened, kiosk_key = open_envelope(envelope, public, secret)
            check.same_report(opened, report, f"{what} (Python)")
            check.expect(kiosk_key == kiosk, f"{what}: kiosk key (Python)")
            by_name[vector["name"]] = envelope
        except Refused as refusal:
            check.expect(False, f"{what}: Python refused: {refusal}")
        code, opened, kiosk_key, err = tool.open(wire, public, secret)
        if check.expect(code == 0, f"{what}: C++ refused: {err.strip()}"):
            check.same_report(opened, report, f"{what} (C++)")
            check.expect(kiosk_key == kiosk, f"{what}: kiosk key (C++)")
        if spec is not None:
            check.expect(vector["envelope"] in spec and vector["report"] in spec,
                         f"{what}: docs/protocol.md no longer quotes it")
    # Version 2: the same report signed or not travels in the same length (§6.1, §15.4b).
    v2 = [vector for vector in v["envelopes"] if vector["name"].endswith("-v2")]
    check.expect(len(v2) == 2 and len({len(vector["envelope"]) for vector in v2}) == 1,
                 "version 2 vectors: signed and unsigned differ in length")
    receipt = v["receipt"]
    try:
        check_receipt(201, receipt["receipt"].encode("utf-8"), by_name[receipt["envelope"]])
    except (Refused, KeyError) as refusal:
        check.expect(False, f"vector receipt: {refusal}")
    mailbox = mailbox_from_code(v["mailbox"]["code"])
    for field, value in mailbox.items():
        check.expect(value == v["mailbox"][field], f"vector mailbox {field}")
    check.expect(mailbox_from_code(v["mailbox"]["code"].lower().replace("-", " "))["seed"] == mailbox["seed"],
                 "mailbox code normalisation")
    if spec is not None:
        for text in (receipt["receipt"], v["mailbox"]["mailbox_id"], v["recipient"]["secret_key"]):
            check.expect(text in spec, f"docs/protocol.md no longer quotes {text[:24]}…")
    return len(v["envelopes"])


ADMISSION_DOMAIN = b"harbour-admission-1"


def admission_work(envelope_id, nonce):
    """§11.5: leading zero bits of Argon2id(domain ‖ nonce LE64, salt = id, ops 1, mem 256 KiB)."""
    digest = nacl.bindings.crypto_pwhash_alg(32, ADMISSION_DOMAIN + nonce.to_bytes(8, "little"), envelope_id,
                                             1, 262144, nacl.bindings.crypto_pwhash_ALG_ARGON2ID13)
    bits = 0
    for byte in digest:
        if byte:
            return digest, bits + 8 - byte.bit_length()
        bits += 8
    return digest, bits


def admission_solve(envelope_id, difficulty):
    nonce = 0
    while admission_work(envelope_id, nonce)[1] < difficulty:
        nonce += 1
    return nonce


def size_bits(body_length):
    bits, covered = 0, 4096
    while covered < body_length:
        bits, covered = bits + 1, covered * 2
    return bits


def admission(tool, check, spec_path):
    """§11.5 from the document alone: its vectors, then proofs crossed both ways with the C++ code."""
    spec = open(spec_path, encoding="utf-8").read() if spec_path else ""
    vector_id = bytes(range(16))
    for nonce, hash_hex, work in ((0, "c81e360689500f6f612d2aa627f952d4d5e9b7d4cd83036e692d762c68dae20e", 0),
                                  (18, "08d2be9e75e096e72961687f441249a0bb078cee10d475967fe2745efb3d21d2", 4),
                                  (341, "00d31914b4ff16439b247c01c423a4087e8f87a58098fb01956ffa3f5eeda11c", 8),
                                  (1255, "00271eedd63b4dead89e8d145dcc892adbfdd6c10b0b26907db6331540911849", 10)):
        digest, bits = admission_work(vector_id, nonce)
        check.expect(digest.hex() == hash_hex and bits == work, f"admission vector nonce {nonce}")
        if spec_path:
            check.expect(hash_hex in spec, f"docs/protocol.md no longer quotes admission hash {hash_hex[:16]}…")
    check.expect(admission_solve(vector_id, 8) == 341, "admission: first nonce for difficulty 8")
    check.expect((size_bits(4096), size_bits(4097), size_bits(87500)) == (0, 1, 5), "admission size bits")
    crossed = 0
    for _ in range(4):
        envelope_id = os.urandom(16)
        nonce = admission_solve(envelope_id, 6)
        code, out, err = tool.run(["admission-work", "--id", envelope_id.hex(), "--nonce", str(nonce)])
        check.expect(code == 0 and int(out) == admission_work(envelope_id, nonce)[1],
                     f"admission: C++ reads Python's proof {err.strip()}")
        code, out, err = tool.run(["admission-solve", "--id", envelope_id.hex(), "--difficulty", "6"])
        check.expect(code == 0 and int(out) == nonce, f"admission: both find the same nonce {err.strip()}")
        crossed += 2
    return crossed


DESK_COVERED = '("@method" "@path" "content-digest")'
DESK_VECTOR_SIGNATURE = ("tQSIRyDOIbL3IiVsxtwQjuDI68QjMN6zFrU1OfZGn8R65tBVBSS0Xfa8rltgrYlRK8TncZTuritLaw8jFgI7Bw==")


def desk_sign(seed, path, body, created, nonce):
    """§18.2: the three headers of a desk request, built from the document's rules."""
    key = nacl.signing.SigningKey(seed)
    key_id = nacl.hash.blake2b(bytes(key.verify_key), digest_size=16, encoder=nacl.encoding.RawEncoder).hex()
    digest = "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode() + ":"
    params = f'{DESK_COVERED};created={created};nonce="{nonce}";keyid="{key_id}";alg="ed25519"'
    base = f'"@method": POST\n"@path": {path}\n"content-digest": {digest}\n"@signature-params": {params}'
    signature = key.sign(base.encode()).signature
    return {"Signature-Input": "desk=" + params, "Signature": "desk=:" + base64.b64encode(signature).decode() + ":",
            "Content-Digest": digest}, base


def desk_verify(public_key, path, body, headers):
    """§18.2 as an intake checks it (shape, key id, digest, signature), in Python."""
    match = re.fullmatch(r'desk=(\("@method" "@path" "content-digest"\);created=[1-9][0-9]{0,11};nonce="[A-Za-z0-9_-]{22}";'
                         r'keyid="([0-9a-f]{32})";alg="ed25519")', headers["Signature-Input"])
    key_id = nacl.hash.blake2b(public_key, digest_size=16, encoder=nacl.encoding.RawEncoder).hex()
    digest = "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode() + ":"
    if not match or match.group(2) != key_id or headers["Content-Digest"] != digest:
        return False
    base = f'"@method": POST\n"@path": {path}\n"content-digest": {digest}\n"@signature-params": {match.group(1)}'
    signature = base64.b64decode(headers["Signature"][len("desk=:"):-1])
    try:
        nacl.signing.VerifyKey(public_key).verify(base.encode(), signature)
        return True
    except nacl.exceptions.BadSignatureError:
        return False


def desk(tool, check, spec_path):
    """§18.2 from the document alone: its vector, then signatures crossed both ways, and tampering refused."""
    spec = open(spec_path, encoding="utf-8").read() if spec_path else ""
    nonce = base64.urlsafe_b64encode(bytes(range(16))).rstrip(b"=").decode()
    headers, _ = desk_sign(bytes(range(32)), "/v1/desk/envelopes/list", b'{"after":0,"limit":100}', 1764806400, nonce)
    check.expect(headers["Signature"] == "desk=:" + DESK_VECTOR_SIGNATURE + ":", "desk vector signature")
    if spec_path:
        check.expect(DESK_VECTOR_SIGNATURE in spec, "docs/protocol.md no longer quotes the desk vector signature")
    crossed = 0
    for i in range(4):
        seed = os.urandom(32)
        key = nacl.signing.SigningKey(seed)
        public = bytes(key.verify_key)
        body = json.dumps({"after": i, "limit": 100}, separators=(",", ":")).encode()
        path = "/v1/desk/events/list"
        nonce = base64.urlsafe_b64encode(os.urandom(16)).rstrip(b"=").decode()
        headers, base = desk_sign(seed, path, body, 1764806400 + i, nonce)
        verify = ["desk-verify", "--public-key", base64.b64encode(public).decode(), "--path", path,
                  "--signature-input", headers["Signature-Input"], "--signature", headers["Signature"],
                  "--content-digest", headers["Content-Digest"]]
        code, out, err = tool.run(verify, body)
        check.expect(code == 0 and out == base.encode(), f"desk: C++ verifies Python's signature {err.strip()}")
        code, _, _ = tool.run(verify[:4] + ["/v1/desk/envelopes/list"] + verify[5:], body)
        check.expect(code == 1, "desk: C++ refuses a signature for another path")
        code, _, _ = tool.run(verify, body.replace(b"100", b"200"))
        check.expect(code == 1, "desk: C++ refuses a changed body")
        code, out, err = tool.run(["desk-sign", "--secret-key", base64.b64encode(seed + public).decode(), "--path", path,
                                   "--created", "1764806400"], body)
        lines = dict(line.split(": ", 1) for line in out.decode().splitlines()) if code == 0 else {}
        check.expect(code == 0 and desk_verify(public, path, body, lines), f"desk: Python verifies C++'s signature {err.strip()}")
        check.expect(code == 0 and not desk_verify(public, path, body + b" ", lines), "desk: Python refuses a changed body")
        crossed += 2
    return crossed


# --- §18.4 case events ------------------------------------------------------------------

EVENT_SIGNATURE_PREFIX = b"harbour-case-event-v1"
MEMBERSHIP_PREFIX = b"harbour-desk-membership-v1"
EVENT_COMMON = {"v", "id", "type", "at", "desk", "desk_key", "member", "prev", "sig"}
EVENT_TYPES = {"acknowledged": set(), "status": {"status", "record_only"}, "owner": {"owner"}, "note": {"text"},
               "next_action": {"text", "due"}, "export": {"purpose"}, "deleted": {"reason"},
               "key_rotated": {"key_id"}, "reply_sent": {"reply", "text"}}
EVENT_STATUSES = {"new", "acknowledged", "in_progress", "referred", "closed"}
EVENT_VECTOR = ('{"at":"2025-12-04T10:00:00Z","case":"a0a1a2a3a4a5a6a7a8a9aaabacadaeaf","desk":"40bca4eaf9d2b097ff8dbaa4d61767ed",'
                '"desk_key":"A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=","id":"101112131415161718191a1b1c1d1e1f",'
                '"member":"492c0b37e78e5bf421d6706f5a54794b1918e1984c9b2989a019e56a169a7b71",'
                '"prev":"0000000000000000000000000000000000000000000000000000000000000000",'
                '"sig":"U238J259n0ePW/8FiKsyNOV0kRzP4aWtZLn4YuB3RtresVKQTY0QNjcHAJrPRiaQz0m5GbYSYjMW3LTFvbLTDQ==",'
                '"text":"Called back; left a message.","type":"note","v":1}')
REPLY_EVENT_TEXT = "Thank you for your report. A caseworker will call you on Tuesday."
EVENT_VECTOR_HASH = "3e7c50bf14562804c364c6330ecc99e78d5ee4e78af878ed59fb00557efe94cb"


def membership_proof(organisation_secret, desk_public):
    return hashlib.blake2b(MEMBERSHIP_PREFIX + desk_public, key=organisation_secret, digest_size=32).digest()


def event_bucket(length):
    bucket = 512
    while bucket < length + 1:
        bucket *= 2
    if bucket > 32768:
        raise Refused("the event is too large")
    return bucket


def build_event(desk_seed, organisation_secret, fields):
    """The plaintext of §18.4: the fields, the desk's members and proof, canonical, signed."""
    key = nacl.signing.SigningKey(desk_seed)
    public = bytes(key.verify_key)
    event = dict(fields, v=1, desk=key_id(public), desk_key=b64(public),
                 member=membership_proof(organisation_secret, public).hex())
    event["sig"] = b64(key.sign(EVENT_SIGNATURE_PREFIX + canonical_json(event)).signature)
    return canonical_json(event)


def seal_event(plaintext, organisation_public):
    padded = plaintext + b"\x80" + b"\x00" * (event_bucket(len(plaintext)) - len(plaintext) - 1)
    return nacl.public.SealedBox(nacl.public.PublicKey(organisation_public)).encrypt(padded)


def check_event_text(value, name, limit, lines, allow_empty=False):
    if not isinstance(value, str):
        raise Refused(f'the member "{name}" must be a string')
    if not allow_empty and not value.strip():
        raise Refused(f'the member "{name}" must not be empty')
    if len(value.encode("utf-8")) > limit:
        raise Refused(f'the member "{name}" is longer than {limit} bytes')
    for c in value:
        if lines and c in "\n\t":
            continue
        if ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f:
            raise Refused(f'the member "{name}" holds a control character')


def open_event(sealed, organisation_secret):
    """§18.4 "Reading an event", steps 1 to 13, in order. Returns the plaintext."""
    bucket = len(sealed) - SEAL_OVERHEAD_BYTES
    if bucket < 512 or bucket > 32768 or bucket & (bucket - 1):
        raise Refused("not a sealed event")
    try:
        padded = nacl.public.SealedBox(nacl.public.PrivateKey(organisation_secret)).decrypt(sealed)
    except nacl.exceptions.CryptoError:
        raise Refused("does not open with the organisation's keys") from None
    stripped = padded.rstrip(b"\x00")
    if not stripped or stripped[-1] != 0x80:
        raise Refused("padding malformed")
    plaintext = stripped[:-1]
    event, repeated = parse_json_object(plaintext, "event")
    v = event.get("v")
    if isinstance(v, bool) or not isinstance(v, (int, float)) or v != 1:
        raise Refused(f"unsupported event version {v}")
    if repeated:
        raise Refused("a member appears twice")
    if event.get("type") not in EVENT_TYPES:
        raise Refused("not a known event type")
    kind = event["type"]
    expected = EVENT_COMMON | EVENT_TYPES[kind] | (set() if kind == "key_rotated" else {"case"})
    if kind == "status" and event.get("status") == "closed":
        expected |= {"reason"}
    check_members(event, False, expected, "event")
    strict_hex(event["id"], 16, '"id"')
    if kind != "key_rotated":
        strict_hex(event["case"], 16, '"case"')
    at = event["at"]
    if not isinstance(at, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", at):
        raise Refused('"at" must be a UTC time')
    try:
        datetime.datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise Refused('"at" is not a real time') from None
    desk_public = strict_b64(event["desk_key"], '"desk_key"')
    if len(desk_public) != 32:
        raise Refused('"desk_key" must be 32 bytes')
    member = strict_hex(event["member"], 32, '"member"')
    strict_hex(event["prev"], 32, '"prev"')
    signature = strict_b64(event["sig"], '"sig"')
    if len(signature) != 64:
        raise Refused('"sig" must be 64 bytes')
    if kind == "status":
        if event["status"] not in EVENT_STATUSES:
            raise Refused('"status" is not a status')
        if not isinstance(event["record_only"], bool):
            raise Refused('"record_only" must be true or false')
        if "reason" in event:
            check_event_text(event["reason"], "reason", 2000, True)
    elif kind == "owner":
        check_event_text(event["owner"], "owner", 200, False, allow_empty=True)
    elif kind == "note":
        check_event_text(event["text"], "text", 24000, True)
    elif kind == "next_action":
        check_event_text(event["text"], "text", 2000, True)
        if not isinstance(event["due"], str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", event["due"]):
            raise Refused('"due" must be a date')
        try:
            datetime.date.fromisoformat(event["due"])
        except ValueError:
            raise Refused('"due" is not a real date') from None
    elif kind == "export":
        check_event_text(event["purpose"], "purpose", 200, False)
    elif kind == "deleted":
        check_event_text(event["reason"], "reason", 2000, True)
    elif kind == "key_rotated":
        strict_hex(event["key_id"], 16, '"key_id"')
    elif kind == "reply_sent":
        strict_hex(event["reply"], 16, '"reply"')
        check_event_text(event["text"], "text", 8000, True)
    if canonical_json(event) != plaintext:
        raise Refused("not in canonical form")
    if event["desk"] != key_id(desk_public):
        raise Refused('"desk" is not the key id of "desk_key"')
    unsigned = {name: value for name, value in event.items() if name != "sig"}
    try:
        nacl.signing.VerifyKey(desk_public).verify(EVENT_SIGNATURE_PREFIX + canonical_json(unsigned), signature)
    except nacl.exceptions.BadSignatureError:
        raise Refused("its signature does not verify") from None
    if member != membership_proof(organisation_secret, desk_public):
        raise Refused("its desk key is not one of the organisation's desks")
    return plaintext


def case_events(tool, check, spec_path):
    """§18.4 from the document alone: its vector, events crossed both ways, bad events refused by both."""
    spec = open(spec_path, encoding="utf-8").read() if spec_path else ""
    desk_seed, organisation = bytes(range(32)), bytes(range(0x40, 0x60))
    organisation_public = bytes(nacl.public.PrivateKey(organisation).public_key)
    common = {"case": bytes(range(0xa0, 0xb0)).hex(), "at": "2025-12-04T10:00:00Z", "prev": "00" * 32}
    vector = build_event(desk_seed, organisation,
                         dict(common, id=bytes(range(0x10, 0x20)).hex(), type="note", text="Called back; left a message."))
    check.expect(vector == EVENT_VECTOR.encode(), "event vector: Python's plaintext")
    check.expect(blake2b(vector, 256).hex() == EVENT_VECTOR_HASH, "event vector: hash")
    if spec_path:
        check.expect(EVENT_VECTOR in spec and EVENT_VECTOR_HASH in spec, "docs/protocol.md no longer quotes the event vector")

    def cpp_event(kind, value, event_id, seed=desk_seed):
        code, out, err = tool.run(["event-seal", "--desk-secret-key", b64(seed), "--organisation-secret-key",
                                   b64(organisation), "--id", event_id, "--case", common["case"], "--at", common["at"],
                                   "--prev", common["prev"], "--type", kind], value.encode("utf-8"))
        if not check.expect(code == 0, f"C++ event-seal {kind}: {err.strip()}"):
            return None
        return json.loads(out)

    made = cpp_event("note", "Called back; left a message.", bytes(range(0x10, 0x20)).hex())
    check.expect(made is not None and made["plaintext"].encode() == vector, "event vector: C++'s plaintext")
    # The reply_sent vector (§18.4, the way back): the same desk, case and time.
    reply_vector = build_event(desk_seed, organisation,
                               dict(common, id=bytes(range(0x10, 0x20)).hex(), type="reply_sent",
                                    reply=bytes(range(0x20, 0x30)).hex(), text=REPLY_EVENT_TEXT))
    made = cpp_event("reply_sent", REPLY_EVENT_TEXT, bytes(range(0x10, 0x20)).hex())
    check.expect(made is not None and made["plaintext"].encode() == reply_vector, "reply_sent vector: C++'s plaintext")
    if spec_path:
        check.expect(reply_vector.decode() in spec, "docs/protocol.md no longer quotes the reply_sent vector")
    crossed = 0
    for kind, value in (("note", "Zadzwoniłam.\n\tŚwiadek: tak 😀"), ("status", "closed"), ("status", "referred"),
                        ("owner", ""), ("owner", "Caseworker Ó")):
        made = cpp_event(kind, value, os.urandom(16).hex(), os.urandom(32))
        if made is None:
            continue
        try:
            opened = open_event(base64.b64decode(made["sealed"]), organisation)
            check.expect(opened == made["plaintext"].encode("utf-8"), f"C++ → Python event {kind}: plaintext")
            check.expect(blake2b(opened, 256).hex() == made["hash"], f"C++ → Python event {kind}: hash")
            crossed += 1
        except Refused as refusal:
            check.expect(False, f"C++ → Python event {kind}: Python refused: {refusal}")

    def cpp_opens(sealed):
        return tool.run(["event-open", "--organisation-secret-key", b64(organisation)], b64(sealed).encode())

    python_events = [
        dict(common, type="acknowledged"), dict(common, type="status", status="in_progress", record_only=False),
        dict(common, type="status", status="closed", record_only=True, reason="Referred;\nno further action"),
        dict(common, type="owner", owner="Caseworker B"), dict(common, type="note", text="é€😀\n\tnote " * 40),
        dict(common, type="next_action", text="Call back", due="2026-02-28"),
        dict(common, type="export", purpose="MARAC summary"), dict(common, type="deleted", reason="Retention"),
        dict(common, type="reply_sent", reply=os.urandom(16).hex(), text="Thank you.\nWe will call."),
        {"type": "key_rotated", "key_id": os.urandom(16).hex(), "at": common["at"], "prev": os.urandom(32).hex()},
    ]
    for fields in python_events:
        plaintext = build_event(os.urandom(32), organisation, dict(fields, id=os.urandom(16).hex()))
        code, out, err = cpp_opens(seal_event(plaintext, organisation_public))
        check.expect(code == 0 and out == plaintext, f"Python → C++ event {fields['type']}: {err.strip()}")
        crossed += 1

    # Bad events, each refused by both readers.
    seed = os.urandom(32)
    good = dict(common, id=os.urandom(16).hex(), type="status", status="referred", record_only=False)

    def resign(event):
        key = nacl.signing.SigningKey(seed)
        unsigned = {name: value for name, value in event.items() if name != "sig"}
        return canonical_json(dict(unsigned, sig=b64(key.sign(EVENT_SIGNATURE_PREFIX + canonical_json(unsigned)).signature)))

    base = json.loads(build_event(seed, organisation, good))
    other_org = os.urandom(32)
    variants = {
        "flipped seal byte": None,
        "altered after signing": canonical_json(dict(base, status="closed", reason="x")),
        "not a member": build_event(seed, other_org, good),
        "unknown member": resign(dict(base, priority=1)),
        "missing member": resign({k: v for k, v in base.items() if k != "prev"}),
        "version 2": resign(dict(base, v=2)),
        "record_only not a boolean": resign(dict(base, record_only="no")),
        "closed without a reason": resign(dict(base, status="closed")),
        "unknown type": resign(dict(base, type="comment")),
        "at not UTC": resign(dict(base, at="2025-12-04T10:00:00+01:00")),
        "owner with a control character": resign(dict({k: v for k, v in base.items() if k not in ("status", "record_only")},
                                                      type="owner", owner="a\u0007b")),
        "non-canonical": resign(base).replace(b'{"at"', b'{ "at"'),
        "repeated member": resign(base).replace(b'{"at"', b'{"v":1,"at"'),
        "desk not its key id": resign(dict(base, desk="00" * 16)),
    }
    python_refused = cpp_refused = 0
    for name, plaintext in variants.items():
        if plaintext is None:
            sealed = bytearray(seal_event(build_event(seed, organisation, good), organisation_public))
            sealed[len(sealed) // 2] ^= 1
            sealed = bytes(sealed)
        else:
            sealed = seal_event(plaintext, organisation_public)
        variants[name] = sealed
    variants["sealed to another organisation"] = seal_event(build_event(seed, organisation, good),
                                                            bytes(nacl.public.PrivateKey(other_org).public_key))
    for name, sealed in variants.items():
        try:
            open_event(sealed, organisation)
            check.expect(False, f"bad event accepted by Python: {name}")
        except Refused:
            python_refused += 1
        code, _, err = cpp_opens(sealed)
        check.expect(code == 1, f"bad event accepted by C++: {name}")
        cpp_refused += 1 if code == 1 else 0
    return crossed, len(variants), python_refused, cpp_refused


def self_checks(check):
    """The document's own arithmetic (§5, §7) and refusals this reader must make."""
    for length, bucket in ((0, 1024), (1023, 1024), (1024, 2048), (5000, 8192), (1048575, 1048576)):
        check.expect(bucket_for(length) == bucket, f"bucket for {length}")
    check.expect(unpad(pad(b"{}")) == b"{}", "pad round trip")
    for text in (b'{"v":1,"v":1}', b"[]", b'{"v":NaN}', b"\xef\xbb\xbf{}"):
        try:
            value, repeated = parse_json_object(text, "test")
            check_version(value, "test", VERSIONS)
            check.expect(repeated, f"strict JSON accepted {text!r}")
        except Refused:
            pass
    for text in ("AAAA", "AA==", "AB==", "AA", "A A="):
        try:
            strict_b64(text, "test")
            check.expect(text in ("AAAA", "AA=="), f"non-canonical base64 {text!r} accepted")
        except Refused:
            check.expect(text not in ("AAAA", "AA=="), f"canonical base64 {text!r} refused")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", required=True, help="path to harbour-protocol-tool")
    parser.add_argument("--vectors", help="tests/interop/vectors.json")
    parser.add_argument("--spec", help="docs/protocol.md, which must quote the vectors")
    args = parser.parse_args()

    tool = Tool(args.tool)
    check = Checker()
    recipient = nacl.public.PrivateKey.generate()
    kiosk = nacl.signing.SigningKey.generate()
    reports = sample_reports()

    self_checks(check)
    cpp_seals_python_opens(tool, check, reports, recipient, kiosk)
    python_seals_cpp_opens(tool, check, reports, recipient, kiosk)
    variants, accepted = tamper(tool, check, recipient, kiosk)
    vector_count = vectors(tool, check, args.vectors, args.spec) if args.vectors else 0
    proofs = admission(tool, check, args.spec)
    mailbox_crossed = mailbox(tool, check, args.vectors, args.spec) if args.vectors else 0
    desk_signatures = desk(tool, check, args.spec)
    events_crossed, bad_events, python_refused, cpp_refused = case_events(tool, check, args.spec)

    print(f"interop: {check.crossed} envelopes crossed, {len(check.mismatches)} mismatches")
    print(f"interop tamper: {variants} variants, {accepted} accepted")
    print(f"interop admission: 4 documented vectors, {proofs} proofs crossed between Python and C++")
    print(f"interop desk: 1 documented vector, {desk_signatures} request signatures crossed between Python and C++")
    print(f"interop case events: 1 documented vector, {events_crossed} events crossed between Python and C++, "
          f"{bad_events} bad events refused by Python {python_refused}, by C++ {cpp_refused}")
    print(f"interop mailbox: 1 documented mailbox, reply and answer; {mailbox_crossed} replies, answers and "
          f"key sets crossed between Python and C++")
    if args.vectors:
        print(f"interop vectors: {vector_count} documented envelopes, a receipt and a mailbox checked")
    return 1 if check.mismatches or accepted else 0


if __name__ == "__main__":
    sys.exit(main())
