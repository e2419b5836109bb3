// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-delivery-driver: the app's delivery path and nothing else, for the crash test to kill.
// Opens the real Outbox in a data folder, seals and queues the reports of its range that are not
// queued yet (one durable enqueue each, as ReportSession::send does), then runs the real Forwarder
// against the intake until the outbox is empty.
//
// stdout, one line each, flushed, so a parent that kills it knows what was confirmed before:
//   queued <reference>      the enqueue returned: the report is durably in the outbox
//   delivered <reference>   a valid receipt was recorded and the local copy removed
//   drained                 nothing is left to send; exits 0
#include "delivery/forwarder.h"
#include "proofsupport.h"
#include "protocol/envelope.h"
#include "store/outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

using namespace harbour;

namespace {
void say(const char *what, const QString &reference)
{
    std::printf("%s %s\n", what, qUtf8Printable(reference));
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "harbour-delivery-driver: %s\n", qUtf8Printable(message));
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("Outbox folder."), QStringLiteral("DIR"));
    const QCommandLineOption intake(
        QStringLiteral("intake"), QStringLiteral("POST URL of the intake."), QStringLiteral("URL"));
    const QCommandLineOption recipient(
        QStringLiteral("recipient"), QStringLiteral("Recipient public key, base64."), QStringLiteral("KEY"));
    const QCommandLineOption first(QStringLiteral("first"), QStringLiteral("First report number."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Reports to queue."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption limit(QStringLiteral("time-limit-ms"),
        QStringLiteral("Give up after this long."), QStringLiteral("MS"), QStringLiteral("60000"));
    parser.addOptions({ dataDir, intake, recipient, first, count, limit });
    parser.process(app);

    const QByteArray publicKey = QByteArray::fromBase64(parser.value(recipient).toLatin1());
    const QUrl url(parser.value(intake));
    if (!parser.isSet(dataDir) || publicKey.size() != protocol::kPublicKeyBytes || !url.isValid()
        || url.host() != QLatin1StringView("127.0.0.1"))
        return fail(
            QStringLiteral("give --data-dir, --recipient (32 bytes, base64) and a 127.0.0.1 --intake"));

    auto outbox = store::Outbox::openInDirectory(parser.value(dataDir));
    if (!outbox)
        return fail(outbox.error());

    const int from = parser.value(first).toInt();
    const int n = parser.value(count).toInt();
    for (int k = from; k < from + n; ++k) {
        const QString reference = QStringLiteral("HBP-%1").arg(k, 6, 10, QLatin1Char('0'));
        if (outbox.value()->stateOf(reference) != store::Outbox::State::Unknown)
            continue; // queued by an earlier run; sealing it again would send it twice
        auto sealed = protocol::seal(proof::testReport(reference), publicKey);
        if (!sealed)
            return fail(sealed.error());
        auto queued = outbox.value()->enqueue(
            sealed.value(), reference, QStringLiteral("Proof"), url, QDateTime::currentMSecsSinceEpoch());
        if (!queued)
            return fail(queued.error());
        say("queued", reference);
    }

    delivery::Forwarder forwarder(outbox.value().get());
    forwarder.setBackoff(20, 200);
    forwarder.setTransferTimeoutMs(5000);
    auto finishIfDrained = [&] {
        if (outbox.value()->pendingCount() == 0) {
            std::printf("drained\n");
            std::fflush(stdout);
            app.quit();
        }
    };
    QObject::connect(
        &forwarder, &delivery::Forwarder::delivered, &app, [&](const QByteArray &, const QString &reference) {
            say("delivered", reference);
            finishIfDrained();
        });
    QTimer::singleShot(parser.value(limit).toInt(), &app, [&] {
        std::fprintf(stderr, "harbour-delivery-driver: time limit reached with %d pending\n",
            outbox.value()->pendingCount());
        app.exit(3);
    });
    // As ReportSession::start does: send whatever is due, including what a killed run left.
    forwarder.kick();
    QTimer::singleShot(0, &app, finishIfDrained);
    return app.exec();
}
