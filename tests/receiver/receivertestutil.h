// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intakeprocess.h"
#include "protocol/envelope.h"
#include "report/reportformat.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

// Helpers shared by tst_intake and tst_inbox.
namespace harbour::testsupport {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (connection error or timeout)
    QByteArray body;
    QByteArray contentType;
    QString error;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One blocking HTTP request with exactly the given headers (plus what Qt adds: Host, Content-Length...).
HttpReply httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const Headers &headers, int timeoutMs = 30000);

// POSTs an envelope the way the app does: JSON, Idempotency-Key = envelope id, and an admission
// proof for `difficulty` (docs/protocol.md §11.5).
HttpReply postEnvelope(const QUrl &url, const protocol::Envelope &envelope, const QByteArray &userAgent = {},
    int difficulty = kTestAdmissionDifficulty);

// The headers the app sends with an envelope: JSON, its Idempotency-Key and an admission proof.
Headers envelopeHeaders(const protocol::Envelope &envelope, int difficulty = kTestAdmissionDifficulty);

// A report as an early app wrote it (docs/protocol.md §15.3): only the strands and cyber-enabled flags.
report::ReportDocument makeReport(const QString &reference, const QString &mode, const QJsonObject &answers,
    const QStringList &strands, bool cyberEnabled);
QByteArray canonical(const QJsonObject &object);

} // namespace harbour::testsupport
