// SPDX-License-Identifier: GPL-3.0-or-later
// A report is queued whole or not at all (ReportSender, Outbox::enqueueAll): harbour-delivery-driver
// seals one report to three organisations and is killed with SIGKILL between sealing and queuing,
// and inside the queuing transaction before each of its writes, syncs and truncations (the moments
// the files on disk differ; iopause.h). After each kill the outbox holds all three copies or none.
// Then the report is sent again, as the app does when a Send did not complete (only if the outbox
// does not hold it): every organisation then has exactly one copy. At the end everything is
// delivered to the real intake and each organisation opens each report exactly once.
//
// More rounds of kill points:  HARBOUR_ATOMIC_ROUNDS=10 tst_atomicqueue
#include "intakeprocess.h"
#include "proofsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;

namespace {

constexpr int kOrganisations = 3;

struct DriverRun
{
    bool killed = false; // it said "paused" and was killed there
    bool done = false; // --no-forward: it queued what it was asked to and exited 0
    bool drained = false;
    int io = -1; // --report-io
    QByteArray errors;
};

// Runs the driver; kills it with SIGKILL as soon as it says it has paused.
DriverRun runDriver(const QStringList &args)
{
    DriverRun run;
    QProcess driver;
    driver.start(testsupport::binaryPath(QStringLiteral("harbour-delivery-driver")), args);
    if (!driver.waitForStarted(10000)) {
        run.errors = driver.errorString().toUtf8();
        return run;
    }
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (driver.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
        driver.waitForReadyRead(100);
        out += driver.readAllStandardOutput();
        if (out.contains("\npaused ") || out.startsWith("paused ")) {
            driver.kill(); // SIGKILL: no handler, no flush, no clean close of the database
            driver.waitForFinished(10000);
            run.killed = true;
            break;
        }
    }
    if (!run.killed && !driver.waitForFinished(1000)) {
        driver.kill();
        driver.waitForFinished(10000);
    }
    out += driver.readAllStandardOutput();
    run.errors = driver.readAllStandardError();
    for (const QByteArray &line : out.split('\n')) {
        if (line == "done")
            run.done = true;
        else if (line == "drained")
            run.drained = true;
        else if (line.startsWith("io "))
            run.io = line.mid(3).toInt();
    }
    if (!run.killed && (driver.exitStatus() != QProcess::NormalExit || driver.exitCode() != 0))
        run.done = run.drained = false;
    return run;
}

QString referenceFor(int report)
{
    return QStringLiteral("HBP-%1").arg(report, 6, 10, QLatin1Char('0'));
}

} // namespace

class TestAtomicQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedReportIsQueuedWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<proof::TestOrganisation> organisations;
        QStringList publicKeyFiles;
        QStringList recipientArgs;
        for (int i = 0; i < kOrganisations; ++i) {
            const QString folder = dir.filePath(QStringLiteral("organisation-%1").arg(i + 1));
            QVERIFY(QDir().mkpath(folder));
            organisations << proof::makeOrganisation(folder);
            QVERIFY(!organisations.last().publicKeyFile.isEmpty());
            publicKeyFiles << organisations.last().publicKeyFile;
            recipientArgs << QStringLiteral("--recipient")
                          << QString::fromLatin1(organisations.last().pair.publicKey.toBase64());
        }
        const QString store = dir.filePath(QStringLiteral("intake.db"));
        const QString data = dir.filePath(QStringLiteral("device"));
        testsupport::IntakeProcess intake;
        QVERIFY(intake.start(store, publicKeyFiles));
        auto argsFor = [&](int first, int count, const QStringList &more) {
            return QStringList { QStringLiteral("--data-dir"), data, QStringLiteral("--intake"),
                intake.envelopesUrl().toString(), QStringLiteral("--first"), QString::number(first),
                QStringLiteral("--count"), QString::number(count) }
            + recipientArgs + more;
        };
        const QStringList queueOnly { QStringLiteral("--no-forward") };

        // The outbox's key and schema first, then one report to learn how many I/O calls queuing takes.
        const DriverRun setup = runDriver(argsFor(0, 0, queueOnly));
        QVERIFY2(setup.done, setup.errors.constData());
        const DriverRun probe
            = runDriver(argsFor(1, 1, queueOnly + QStringList { QStringLiteral("--report-io") }));
        QVERIFY2(probe.done && probe.io > 0, probe.errors.constData());
        QStringList points { QStringLiteral("sealed") };
        // Beyond the count too: how many pages a report takes varies (21-29 calls here), and points
        // past a report's last call let it finish (counted, not killed).
        for (int io = 0; io < probe.io * 3 / 2; ++io)
            points << QStringLiteral("io:%1").arg(io);
        // Right after the queuing committed: always wholly queued, whichever I/O call was the last.
        points << QStringLiteral("queued");
        const int rounds = qEnvironmentVariableIsSet("HARBOUR_ATOMIC_ROUNDS")
            ? qEnvironmentVariableIntValue("HARBOUR_ATOMIC_ROUNDS")
            : 2;

        int kills = 0, killedSealed = 0, killedInside = 0, killedQueued = 0, wholeWhenKilled = 0,
            noneWhenKilled = 0;
        int allOrNothing = 0, sentAgain = 0, lost = 0, duplicated = 0, finishedFirst = 0;
        QString firstProblem;
        auto problem = [&](const QString &what) {
            if (firstProblem.isEmpty())
                firstProblem = what;
        };
        int report = 2;
        for (int round = 0; round < rounds; ++round) {
            for (const QString &point : std::as_const(points)) {
                const QString reference = referenceFor(report);
                const DriverRun run = runDriver(
                    argsFor(report, 1, queueOnly + QStringList { QStringLiteral("--pause-at"), point }));
                QString error;
                if (run.killed) {
                    ++kills;
                    if (point == QLatin1StringView("sealed"))
                        ++killedSealed;
                    else if (point == QLatin1StringView("queued"))
                        ++killedQueued;
                    else
                        ++killedInside;
                    const int copies = int(proof::outboxCopies(data, &error).value(reference).size());
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    if (copies == 0 || copies == kOrganisations) {
                        ++allOrNothing;
                        ++(copies == 0 ? noneWhenKilled : wholeWhenKilled);
                    } else {
                        problem(QStringLiteral("killed at %1: %2 of %3 copies of %4 queued")
                                    .arg(point)
                                    .arg(copies)
                                    .arg(kOrganisations)
                                    .arg(reference));
                    }
                } else {
                    // The pause point lay beyond this report's queuing: it finished.
                    QVERIFY2(run.done, run.errors.constData());
                    ++finishedFirst;
                }
                // Send again: the driver queues the report only if the outbox does not hold it.
                const bool held = !proof::outboxCopies(data, &error).value(reference).isEmpty();
                const DriverRun again = runDriver(argsFor(report, 1, queueOnly));
                QVERIFY2(again.done, again.errors.constData());
                sentAgain += held ? 0 : 1;
                const QStringList recipients = proof::outboxCopies(data, &error).value(reference);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                for (int i = 1; i <= kOrganisations; ++i) {
                    const int copies = int(recipients.count(QStringLiteral("Proof %1").arg(i)));
                    lost += copies == 0 ? 1 : 0;
                    duplicated += copies > 1 ? copies - 1 : 0;
                    if (copies != 1)
                        problem(QStringLiteral("after sending %1 again (killed at %2): %3 copies for "
                                               "organisation %4")
                                    .arg(reference, point)
                                    .arg(copies)
                                    .arg(i));
                }
                ++report;
            }
        }

        // Everything is delivered; each organisation opens each report exactly once.
        const DriverRun last = runDriver(argsFor(0, 0, {}));
        QVERIFY2(last.drained, last.errors.constData());
        intake.stop();
        int arrivalsLost = 0, arrivalsDuplicated = 0;
        for (const auto &organisation : std::as_const(organisations)) {
            const proof::Arrivals arrivals = proof::readArrivals(store, organisation.pair);
            QVERIFY2(arrivals.error.isEmpty(), qPrintable(arrivals.error));
            QCOMPARE(arrivals.integrity, QStringLiteral("ok"));
            for (int r = 1; r < report; ++r)
                arrivalsLost += arrivals.byReference.contains(referenceFor(r)) ? 0 : 1;
            arrivalsDuplicated += arrivals.duplicated();
            for (auto it = arrivals.byReference.cbegin(); it != arrivals.byReference.cend(); ++it) {
                if (!it.key().startsWith(QLatin1StringView("HBP-")))
                    problem(QStringLiteral("an unexpected report arrived: %1").arg(it.key()));
            }
        }
        QCOMPARE(proof::outboxIntegrity(data), QStringLiteral("ok"));

        proof::printFigure(
            QStringLiteral("atomic-queue: %1 kills, reports all-or-nothing: %2/%1, duplicated: %3")
                .arg(kills)
                .arg(allOrNothing)
                .arg(duplicated + arrivalsDuplicated));
        proof::printFigure(QStringLiteral(
            "atomic-queue detail: %1 organisations per report; killed between "
            "sealing and queuing %2 times, inside the queuing transaction %3 "
            "times (before I/O calls 0-%4; queuing one report made %5; %6 rounds); wholly queued "
            "when killed: %7, not at all: %8; sent again: %9; %10 runs finished "
            "before their pause point; delivered: %11 reports to each "
            "organisation, lost: %12")
                               .arg(kOrganisations)
                               .arg(killedSealed)
                               .arg(killedInside)
                               .arg(points.size() - 2)
                               .arg(probe.io)
                               .arg(rounds)
                               .arg(wholeWhenKilled)
                               .arg(noneWhenKilled)
                               .arg(sentAgain)
                               .arg(finishedFirst)
                               .arg(report - 1)
                               .arg(lost + arrivalsLost));
        QVERIFY2(firstProblem.isEmpty(), qPrintable(firstProblem));
        QCOMPARE(allOrNothing, kills);
        QCOMPARE(lost + arrivalsLost, 0);
        QCOMPARE(duplicated + arrivalsDuplicated, 0);
        // The kills must land where they are meant to: between the steps, inside the transaction and
        // after it (how many of the I/O points fall after the commit varies with page counts, so the
        // "queued" point is the one that always finds a whole report).
        QCOMPARE(killedSealed, rounds);
        QCOMPARE(killedQueued, rounds);
        QVERIFY(killedInside >= rounds * probe.io / 2);
        QVERIFY(wholeWhenKilled >= rounds && noneWhenKilled > 0);
    }
};

QTEST_GUILESS_MAIN(TestAtomicQueue)
#include "tst_atomicqueue.moc"
