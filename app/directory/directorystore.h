// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signeddirectory.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <optional>

namespace harbour::store {
class Settings;
}

namespace harbour::directory {

Q_DECLARE_LOGGING_CATEGORY(lcDirectory)

// Which directory the app uses: the last good one kept in the encrypted settings store, the one
// built into the app, or a newer one offered later. A refused directory never replaces the one in
// use; a directory with a lower serial than the highest accepted is refused (rollback).
class DirectoryStore
{
public:
    enum class Source { None, Embedded, Stored, Offered };

    // `settings` may be null (nothing is kept across restarts); it must outlive this object.
    DirectoryStore(store::Settings *settings, QList<QByteArray> trustedKeys);

    // Chooses between the stored last good directory and the embedded one (the newest usable).
    void load(const QByteArray &embeddedFile, const QDateTime &now);
    // A newer signed directory (from a file or a download). On success it is in use and stored.
    Result<void> offer(const QByteArray &file, const QDateTime &now);

    // Null when no usable directory exists.
    const Directory *current() const { return m_current ? &m_current->directory : nullptr; }
    Source source() const { return m_source; }
    // Why candidates were refused at the last load or offer (for logs and the admin, not report content).
    const QStringList &problems() const { return m_problems; }
    // The highest serial ever accepted on this device (0 when none).
    qint64 highestSerial() const { return m_highestSerial; }

    static constexpr char kLastGoodKey[] = "directory.last_good";
    static constexpr char kHighestSerialKey[] = "directory.highest_serial";

private:
    Result<SignedDirectory> check(const QByteArray &file, const QString &what, const QDateTime &now) const;
    bool remember(const SignedDirectory &accepted);

    store::Settings *m_settings = nullptr;
    QList<QByteArray> m_trustedKeys;
    std::optional<SignedDirectory> m_current;
    Source m_source = Source::None;
    QStringList m_problems;
    qint64 m_highestSerial = 0;
};

} // namespace harbour::directory
