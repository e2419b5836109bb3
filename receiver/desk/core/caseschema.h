// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The desk store's tables (SQLCipher 3.4.1 embeds SQLite 3.15.2: no UPSERT, no window functions).
// Everything here is inside the encrypted file; secure_delete is on (store/database.cpp), so what a
// deleted case held is overwritten, not left in free pages.
namespace harbour::desk {

inline constexpr int kSchemaVersion = 1;

inline constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS organisation_keys (
    key_id TEXT PRIMARY KEY, public_key BLOB NOT NULL, secret_key BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS cursors (name TEXT PRIMARY KEY, seq INTEGER NOT NULL);
INSERT OR IGNORE INTO cursors (name, seq) VALUES ('envelopes', 0), ('events', 0);
-- Envelopes that opened: the envelope as fetched and the report inside it (both empty once deleted).
CREATE TABLE IF NOT EXISTS envelopes (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, stored TEXT NOT NULL,
    envelope BLOB, report BLOB, kiosk_key BLOB);
-- Envelopes that did not: kept apart with the reason, never in the queue.
CREATE TABLE IF NOT EXISTS junk (seq INTEGER PRIMARY KEY, id TEXT, envelope BLOB NOT NULL, reason TEXT NOT NULL);
-- The case log as applied, in the intake's order. The plaintext of a deleted case's events is
-- dropped; the hash stays, so later events still chain to it.
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, hash BLOB NOT NULL UNIQUE, case_id TEXT,
    desk TEXT NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, plaintext BLOB);
CREATE INDEX IF NOT EXISTS events_by_case ON events (case_id, seq);
CREATE TABLE IF NOT EXISTS refused_events (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL, desk TEXT NOT NULL, sealed BLOB NOT NULL, reason TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pending_events (id TEXT PRIMARY KEY, sealed BLOB NOT NULL, created TEXT NOT NULL);
-- Derived from envelopes and events alone, so every desk holds the same rows. '' is "none" (the
-- store's statements bind no NULLs).
CREATE TABLE IF NOT EXISTS cases (
    id TEXT PRIMARY KEY, status TEXT NOT NULL DEFAULT 'new', record_only INTEGER NOT NULL DEFAULT 0,
    closed_reason TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', next_action TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '', acknowledged_at TEXT NOT NULL DEFAULT '', acknowledged_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0, deleted_reason TEXT NOT NULL DEFAULT '', notes INTEGER NOT NULL DEFAULT 0,
    exports INTEGER NOT NULL DEFAULT 0, last_event_seq INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL DEFAULT '',
    high_risk INTEGER NOT NULL DEFAULT 0, envelope_seq INTEGER NOT NULL DEFAULT 0, stored TEXT NOT NULL DEFAULT '');
-- The organisation's kiosks as this desk knows them (public key, a name a person gave it): what
-- tells a report from a registered kiosk from one signed by an unknown kiosk key or sent from a
-- personal device. Kept on this desk, not in the case log; revoked keys stay, with the time.
CREATE TABLE IF NOT EXISTS kiosks (
    public_key BLOB PRIMARY KEY, name TEXT NOT NULL, added TEXT NOT NULL, revoked TEXT NOT NULL DEFAULT '');
-- The way back (docs/protocol.md §19): each case's follow-up mailbox as its report gave it, and the
-- reporter's answers and additions filed with their case. "read" is this desk's own: each caseworker
-- sees what is new to them, as in a mail client; it is not part of the shared case state.
CREATE TABLE IF NOT EXISTS case_mailboxes (
    case_id TEXT PRIMARY KEY, mailbox TEXT NOT NULL, signing_key BLOB NOT NULL, box_key BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS case_mailboxes_by_mailbox ON case_mailboxes (mailbox);
CREATE TABLE IF NOT EXISTS answers (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, case_id TEXT NOT NULL, kind TEXT NOT NULL,
    reply TEXT NOT NULL, helped TEXT NOT NULL, text TEXT NOT NULL, reported_at TEXT NOT NULL,
    read INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS answers_by_case ON answers (case_id, seq);
-- Deleted cases whose envelope and events the intake has confirmed deleting (docs/desk.md
-- "Retention"); a deleted case not listed here is asked for again at each sync.
CREATE TABLE IF NOT EXISTS intake_purges (case_id TEXT PRIMARY KEY, at TEXT NOT NULL);
)sql";

} // namespace harbour::desk
