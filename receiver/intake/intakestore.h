// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "protocol/envelope.h"
#include "store/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace harbour::receiver {

// The intake's store of sealed envelopes, shared by harbour-intake (writes) and harbour-inbox (reads).
// It holds nothing a server operator could read: every envelope is sealed to an organisation key.
// Plain SQLite (no SQLCipher key) on purpose: the intake must run unattended and holds no secrets.
class IntakeStore
{
public:
    enum class OpenMode { CreateIfMissing, ExistingOnly };

    struct Row
    {
        QByteArray id; // 16 bytes
        QByteArray recipient; // key id, hex
        QByteArray envelopeJson; // the canonical wire form
        QByteArray receiptJson; // exactly what the first POST was answered with
        QString stored; // ISO 8601 UTC, rounded down to the hour like the receipt
        qint64 seq = 0; // arrival order
    };

    enum class Outcome { Stored, AlreadyStored, Conflict, OverBudget };
    struct PutResult
    {
        Outcome outcome = Outcome::Conflict;
        QByteArray receiptJson; // empty for Conflict
    };

    static Result<std::unique_ptr<IntakeStore>> open(const QString &path, OpenMode mode);

    // Durable when it returns Stored: the row is committed (WAL, synchronous=FULL) before it returns.
    Result<PutResult> put(
        const protocol::Envelope &envelope, const QDateTime &now, qint64 recipientBudgetBytes = 0);
    Result<void> checkpoint();
    // Bytes of the envelopes stored for one recipient key id (hex).
    Result<qint64> recipientBytes(const QByteArray &recipient);
    Result<std::optional<Row>> find(const QByteArray &id);
    // Oldest first.
    Result<std::vector<Row>> all();
    Result<qint64> count();
    QString integrityCheck() { return m_db->integrityCheck(); }
    // The same database for the desks' tables (deskstore.h), used on the same thread.
    const std::shared_ptr<store::Database> &database() const { return m_db; }

private:
    explicit IntakeStore(std::shared_ptr<store::Database> db)
        : m_db(std::move(db))
    {
    }
    std::shared_ptr<store::Database> m_db;
};

} // namespace harbour::receiver
