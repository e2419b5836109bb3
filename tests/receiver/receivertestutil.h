// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// POSTs an envelope the way the app does: JSON, Idempotency-Key = envelope id.
HttpReply postEnvelope(const QUrl &url, const protocol::Envelope &envelope, const QByteArray &userAgent = {});

// A report as an early app wrote it (docs/protocol.md §15.3): only the strands and cyber-enabled flags.
report::ReportDocument makeReport(const QString &reference, const QString &mode, const QJsonObject &answers,
    const QStringList &strands, bool cyberEnabled);
QByteArray canonical(const QJsonObject &object);

} // namespace harbour::testsupport
