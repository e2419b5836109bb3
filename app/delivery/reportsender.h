// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "protocol/envelope.h"
#include "store/outbox.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <vector>

namespace harbour::delivery {

// One organisation's copy of a report, ready to be sealed to it.
struct ReportCopy
{
    QString recipient; // the organisation's name, kept beside the envelope on the device only
    QUrl intakeUrl;
    QByteArray publicKey; // the organisation's X25519 key
    QList<QByteArray> tlsPins; // raw SHA-256 pins of the intake's key (docs/protocol.md §11.4); may be empty
    QByteArray reportJson; // the plaintext this organisation may read; wiped once sealed
    int envelopeVersion = protocol::kEnvelopeVersion; // the highest both sides read (docs/protocol.md §14)
    // Through Tor (docs/protocol.md §11.7): to the intake's onion address when it has one.
    bool viaTor = false;
    QString onion {};
};

// Hands one report to the outbox: every copy sealed to its organisation, then all of them queued
// in one transaction. A report is never half queued, so after a crash, a full disk or any other
// failure it is either wholly in the outbox or not at all, and sending it again cannot reach an
// organisation twice.
class ReportSender
{
public:
    explicit ReportSender(store::Outbox *outbox);

    // Seals and queues; on success every copy is durably queued under `reference`. Kiosks pass
    // their signing key (the signature goes inside the seal); phones pass none. The plaintexts are
    // wiped whatever happens. Failures: ErrorKind::Refused when a copy cannot be sealed, DiskFull
    // when the device is full, Other otherwise; in every case nothing was queued.
    // sendWithinMs > 0: each copy goes at its own random time within that window (Outbox::enqueueAll).
    Result<void> send(std::vector<ReportCopy> copies, const QString &reference, const QByteArray &signingKey,
        qint64 nowMs, qint64 sendWithinMs = 0);

    // send()'s two steps, apart so the crash test can stop the process between them.
    // Seals every copy and wipes every plaintext; fails (Refused) if any copy cannot be sealed.
    static Result<std::vector<store::Outbox::Item>> seal(
        std::vector<ReportCopy> &copies, const QByteArray &signingKey);
    // Queues a report's sealed copies in one transaction: all of them or none.
    Result<void> queue(const std::vector<store::Outbox::Item> &sealed, const QString &reference, qint64 nowMs,
        qint64 sendWithinMs = 0);

private:
    store::Outbox *m_outbox;
};

} // namespace harbour::delivery
