// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-delivery-driver: the app's delivery path and nothing else, for the crash tests to kill.
// Opens the real Outbox in a data folder, sends the reports of its range that are not queued yet
// with the real ReportSender (each sealed to every --recipient, all its copies queued in one
// transaction, as ReportSession::send does), then runs the real Forwarder against the intake until
// the outbox is empty.
//
// stdout, one line each, flushed, so a parent that kills it knows what was confirmed before:
//   queued <reference>      the report is durably in the outbox, every copy of it
//   delivered <reference>   a valid receipt was recorded and the local copy removed
//   drained                 nothing is left to send; exits 0
//   paused <where>          stopped at --pause-at, waiting to be killed
//   io <N>                  --report-io: the last report's queuing made N writes, syncs and truncations
//   done                    --no-forward: everything asked for is queued; exits 0
#include "delivery/forwarder.h"
#include "delivery/reportsender.h"
#include "iopause.h"
#include "proofsupport.h"
#include "protocol/envelope.h"
#include "store/outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

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

// Where the test kills us: we say so and wait. Bounded, in case the parent is gone.
[[noreturn]] void pauseToBeKilled(const QString &where)
{
    say("paused", where);
    QThread::sleep(60);
    std::fprintf(stderr, "harbour-delivery-driver: paused at %s and never killed\n", qUtf8Printable(where));
    std::_Exit(4);
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
    const QCommandLineOption recipient(QStringLiteral("recipient"),
        QStringLiteral("Recipient public key, base64; once per organisation receiving each report."),
        QStringLiteral("KEY"));
    const QCommandLineOption first(QStringLiteral("first"), QStringLiteral("First report number."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Reports to queue."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption limit(QStringLiteral("time-limit-ms"),
        QStringLiteral("Give up after this long."), QStringLiteral("MS"), QStringLiteral("60000"));
    const QCommandLineOption pauseAt(QStringLiteral("pause-at"),
        QStringLiteral("Stop to be killed: \"sealed\" (a report sealed, not queued), \"io:N\" (before the "
                       "Nth write, sync or truncation of its queuing, from 0) or \"queued\" (its queuing "
                       "committed)."),
        QStringLiteral("WHERE"));
    const QCommandLineOption reportIo(
        QStringLiteral("report-io"), QStringLiteral("Say how many I/O calls queuing made."));
    const QCommandLineOption noForward(
        QStringLiteral("no-forward"), QStringLiteral("Queue only; do not deliver."));
    parser.addOptions({ dataDir, intake, recipient, first, count, limit, pauseAt, reportIo, noForward });
    parser.process(app);

    QList<QByteArray> publicKeys;
    for (const QString &key : parser.values(recipient))
        publicKeys << QByteArray::fromBase64(key.toLatin1());
    const QUrl url(parser.value(intake));
    const bool keysOk = !publicKeys.isEmpty()
        && std::all_of(publicKeys.cbegin(), publicKeys.cend(),
            [](const QByteArray &key) { return key.size() == protocol::kPublicKeyBytes; });
    if (!parser.isSet(dataDir) || !keysOk || !url.isValid() || url.host() != QLatin1StringView("127.0.0.1"))
        return fail(
            QStringLiteral("give --data-dir, --recipient (32 bytes, base64) and a 127.0.0.1 --intake"));
    const QString pause = parser.value(pauseAt);
    int pauseAtIo = -1;
    if (pause.startsWith(QLatin1StringView("io:")))
        pauseAtIo = pause.mid(3).toInt();
    else if (!pause.isEmpty() && pause != QLatin1StringView("sealed") && pause != QLatin1StringView("queued"))
        return fail(QStringLiteral("--pause-at takes \"sealed\", \"io:N\" or \"queued\""));

    // Only when asked: the other runs use SQLite's own file system, unwrapped.
    const bool countIo = pauseAtIo >= 0 || parser.isSet(reportIo);
    if (countIo && !proof::installIoCounter())
        return fail(QStringLiteral("cannot wrap SQLite's file system"));
    auto outbox = store::Outbox::openInDirectory(parser.value(dataDir));
    if (!outbox)
        return fail(outbox.error());
    delivery::ReportSender sender(outbox.value().get());

    const int from = parser.value(first).toInt();
    const int n = parser.value(count).toInt();
    for (int k = from; k < from + n; ++k) {
        const QString reference = QStringLiteral("HBP-%1").arg(k, 6, 10, QLatin1Char('0'));
        if (outbox.value()->stateOf(reference) != store::Outbox::State::Unknown)
            continue; // queued by an earlier run; sealing it again would send it twice
        std::vector<delivery::ReportCopy> copies;
        for (qsizetype i = 0; i < publicKeys.size(); ++i)
            copies.push_back({ QStringLiteral("Proof %1").arg(i + 1), url, publicKeys.at(i), {},
                proof::testReport(reference) });
        // ReportSender::send() in its two steps, so a kill can land between them. A pause inside
        // queue() comes from the file system wrapper (iopause.h).
        auto sealed = delivery::ReportSender::seal(copies, {});
        if (!sealed)
            return fail(sealed.error());
        if (pause == QLatin1StringView("sealed"))
            pauseToBeKilled(QStringLiteral("sealed"));
        if (countIo) {
            proof::armIoCounter(
                pauseAtIo, [pauseAtIo] { pauseToBeKilled(QStringLiteral("io:%1").arg(pauseAtIo)); });
        }
        auto queued = sender.queue(sealed.value(), reference, QDateTime::currentMSecsSinceEpoch());
        const int ioCalls = proof::ioCalls();
        if (countIo)
            proof::armIoCounter(-1); // no pause past the queuing (e.g. in the checkpoint at exit)
        if (!queued)
            return fail(queued.error());
        if (pause == QLatin1StringView("queued"))
            pauseToBeKilled(QStringLiteral("queued"));
        if (parser.isSet(reportIo))
            say("io", QString::number(ioCalls));
        say("queued", reference);
    }

    if (parser.isSet(noForward)) {
        std::printf("done\n");
        std::fflush(stdout);
        return 0;
    }

    delivery::Forwarder forwarder(outbox.value().get());
    forwarder.setBackoff(20, 200);
    forwarder.setPacing(0, 0, 0); // loopback proof: no retry floor, no gap between envelopes
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
