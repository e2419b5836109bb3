// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

// Small secret files (store keys, the kiosk's signing key, the organisation's key files and
// exports) kept next to the data they protect; every 0600 file Harbour writes is written here.
// Checked the way OpenSSH checks identity files: a file that another user could read, or that
// belongs to someone else, is refused rather than silently repaired, so a mistake is noticed.
namespace harbour::store {

struct PrivateFile
{
    QByteArray contents;
    bool created = false; // true when this call made the file
};

// Makes the folder (mode 0700) if it is missing. An existing folder is left as it is.
Result<void> ensurePrivateDirectory(const QString &dir);

// Reads a private file of exactly `size` bytes, or creates it from `generate()` when it is
// missing (mode 0600, written to a temporary name and linked into place, so a crash never
// leaves a half-written key). `validate` may reject contents ("" means fine). `what` names the
// file in messages ("kiosk signing key").
Result<PrivateFile> loadOrCreatePrivateFile(const QString &path, qsizetype size, const QString &what,
    const std::function<QByteArray()> &generate,
    const std::function<QString(const QByteArray &)> &validate = {});

// Reads an existing private file with the same checks; a missing file is an error.
Result<QByteArray> readPrivateFile(const QString &path, qsizetype size, const QString &what,
    const std::function<QString(const QByteArray &)> &validate = {});

// The raw 32-byte key of an encrypted store in `dataDir`: NAME.key beside NAME.db, made on first
// use (the folder too, 0700). A missing key beside a store in use is refused, never replaced: a new
// key would make the store unreadable, or reset what it counts. `what` names the store in messages
// ("outbox", "settings store"). The caller wipes `key` after use.
struct StoreKey
{
    QString databasePath;
    QByteArray key;
};
Result<StoreKey> loadOrCreateStoreKey(const QString &dataDir, const QString &name, const QString &what);

// Writes a new private file (mode 0600) holding `contents`, whole or not at all: written under a
// temporary name, synced, then linked into place. Refuses (ErrorKind::Refused) when the name is
// taken, also by a symbolic link: it never overwrites.
Result<void> createPrivateFile(const QString &path, const QByteArray &contents, const QString &what);

// Puts a new private file (mode 0600) holding `contents` in place of `path`, whole or not at all
// (written under a temporary name, then renamed over it). A symbolic link or anything but a regular
// file at `path` is refused; an existing file is replaced by a new one, never chmodded.
Result<void> replacePrivateFile(const QString &path, const QByteArray &contents, const QString &what);

} // namespace harbour::store
