// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsender.h"

#include "crypto/sodium.h"
#include "protocol/envelope.h"

#include <QStringList>

namespace harbour::delivery {

ReportSender::ReportSender(store::Outbox *outbox)
    : m_outbox(outbox)
{
}

Result<void> ReportSender::send(std::vector<ReportCopy> copies, const QString &reference,
    const QByteArray &signingKey, qint64 nowMs, qint64 sendWithinMs)
{
    auto sealed = seal(copies, signingKey);
    if (!sealed)
        return Result<void>::failure(sealed);
    return queue(sealed.value(), reference, nowMs, sendWithinMs);
}

Result<std::vector<store::Outbox::Item>> ReportSender::seal(
    std::vector<ReportCopy> &copies, const QByteArray &signingKey)
{
    using R = Result<std::vector<store::Outbox::Item>>;
    std::vector<store::Outbox::Item> items;
    items.reserve(copies.size());
    QString problem;
    for (ReportCopy &copy : copies) {
        if (problem.isEmpty()) {
            auto envelope = protocol::seal(copy.reportJson, copy.publicKey, signingKey, copy.envelopeVersion);
            if (envelope) {
                // The outbox keeps the pins as base64, comma-separated (Outbox::Pending::tlsPin).
                QStringList pins;
                for (const QByteArray &pin : std::as_const(copy.tlsPins))
                    pins << QString::fromLatin1(pin.toBase64());
                items.push_back({ envelope.value(), copy.recipient, copy.intakeUrl, pins.join(u','),
                    copy.viaTor, copy.onion });
            } else {
                problem = envelope.error();
            }
        }
        crypto::wipe(copy.reportJson);
    }
    if (!problem.isEmpty())
        return R::failure(
            QStringLiteral("the report could not be sealed: %1").arg(problem), ErrorKind::Refused);
    if (items.empty())
        return R::failure(QStringLiteral("the report has no recipients"), ErrorKind::Refused);
    return items;
}

Result<void> ReportSender::queue(const std::vector<store::Outbox::Item> &sealed, const QString &reference,
    qint64 nowMs, qint64 sendWithinMs)
{
    return m_outbox->enqueueAll(sealed, reference, nowMs, sendWithinMs);
}

} // namespace harbour::delivery
