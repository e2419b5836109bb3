// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety (docs/threat-model.md, promise 3): harbour-delivery-driver (the real Outbox and Forwarder) is
// killed with SIGKILL at random points while it queues and delivers reports to the real
// harbour-intake on loopback, over many cycles; every tenth cycle the intake is killed too. After
// each cycle the outbox passes integrity_check and still holds every report it confirmed. At the
// end every confirmed report has arrived exactly once, counted by opening what the intake stored.
//
// 200 cycles in CI; more with:  tst_crashcycles --cycles 1000   (or HARBOUR_CRASH_CYCLES=1000)
#include "intakeprocess.h"
#include "proofsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace harbour;

namespace {

constexpr int kReportsPerCycle = 6;
// The last run delivers whatever the killed ones left; it may take this long at most.
constexpr int kFinalDrainMs = 600000;

// Bounded in time as well as count: about 0.3 s a cycle here; fail rather than run on.
qint64 cycleBudgetMs(int cycles)
{
    return 60000 + qint64(cycles) * 1500;
}

struct DriverRun
{
    QStringList queued;
    QStringList delivered;
    bool drained = false;
    bool killed = false;
    int exitCode = -1;
    QByteArray errors;
    qint64 firstLineMs = -1; // when it first wrote to stdout (runs left alone only)
    int lifeMs = 0; // from starting it to its end (or its kill)
};

// Runs the driver; kills it with SIGKILL after killAfterMs (never if negative). When intakeKillMs
// is set, the intake is killed that long after the start (and left down: the caller restarts it).
DriverRun runDriver(const QStringList &args, int killAfterMs, int timeLimitMs,
    testsupport::IntakeProcess *intake = nullptr, int intakeKillMs = -1)
{
    DriverRun run;
    QElapsedTimer life;
    life.start();
    QProcess driver;
    driver.start(testsupport::binaryPath(QStringLiteral("harbour-delivery-driver")), args);
    if (!driver.waitForStarted(10000)) {
        run.errors = driver.errorString().toUtf8();
        return run;
    }
    QElapsedTimer clock;
    clock.start();
    bool finished = false;
    if (intake && intakeKillMs >= 0 && (killAfterMs < 0 || intakeKillMs < killAfterMs)) {
        finished = driver.waitForFinished(intakeKillMs);
        intake->kill();
    }
    if (killAfterMs < 0 && !finished) {
        // Left alone: note when the first line (the first durable enqueue) comes.
        while (driver.state() != QProcess::NotRunning && clock.elapsed() < timeLimitMs
            && driver.bytesAvailable() == 0)
            driver.waitForReadyRead(int(qMax<qint64>(1, timeLimitMs - clock.elapsed())));
        if (driver.bytesAvailable() > 0)
            run.firstLineMs = clock.elapsed();
    }
    const int wait = killAfterMs >= 0 ? killAfterMs : timeLimitMs;
    if (!finished)
        finished = driver.waitForFinished(int(qMax<qint64>(0, wait - clock.elapsed())));
    if (!finished && driver.state() != QProcess::NotRunning) {
        driver.kill(); // SIGKILL: no handler, no flush, no clean close of the database
        driver.waitForFinished(10000);
        run.killed = true;
    }
    // Lines written before the kill are still in the pipe.
    const QList<QByteArray> lines = driver.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("queued "))
            run.queued << QString::fromLatin1(line.mid(7));
        else if (line.startsWith("delivered "))
            run.delivered << QString::fromLatin1(line.mid(10));
        else if (line == "drained")
            run.drained = true;
    }
    run.errors = driver.readAllStandardError();
    run.lifeMs = int(life.elapsed());
    if (!run.killed)
        run.exitCode = driver.exitStatus() == QProcess::NormalExit ? driver.exitCode() : -1;
    return run;
}

} // namespace

class TestCrashCycles : public QObject
{
    Q_OBJECT
public:
    explicit TestCrashCycles(int cycles)
        : m_cycles(cycles)
    {
    }

private Q_SLOTS:
    void killNineAtRandomPoints()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto organisation = proof::makeOrganisation(dir.path());
        QVERIFY(!organisation.publicKeyFile.isEmpty());
        const QString store = dir.filePath(QStringLiteral("intake.db"));
        const QString data = dir.filePath(QStringLiteral("device"));
        testsupport::IntakeProcess intake;
        QVERIFY(intake.start(store, { organisation.publicKeyFile }));
        const quint16 port = intake.port();

        auto argsFor = [&](int first, int count) {
            return QStringList { QStringLiteral("--data-dir"), data, QStringLiteral("--intake"),
                intake.envelopesUrl().toString(), QStringLiteral("--recipient"),
                QString::fromLatin1(organisation.pair.publicKey.toBase64()), QStringLiteral("--first"),
                QString::number(first), QStringLiteral("--count"), QString::number(count) };
        };

        // Runs left alone set the window the kills are drawn from: a whole life of a run that
        // queues and delivers. The first run also makes the key and schema, so the last one counts.
        QSet<QString> confirmed;
        int lifeMs = 0;
        qint64 firstQueuedMs = 0;
        for (int run = 0; run < 3; ++run) {
            const DriverRun baseline
                = runDriver(argsFor(run * kReportsPerCycle, kReportsPerCycle), -1, 60000);
            lifeMs = baseline.lifeMs;
            firstQueuedMs = baseline.firstLineMs;
            QVERIFY2(baseline.drained, baseline.errors.constData());
            QCOMPARE(baseline.queued.size(), kReportsPerCycle);
            confirmed.unite(QSet<QString>(baseline.queued.cbegin(), baseline.queued.cend()));
        }
        // Most kills land once the outbox is open (from a little before the first enqueue to a
        // little after a whole run's life: later runs also deliver what killed ones left); some
        // still land while it starts and opens the outbox.
        // The end follows the lives of the runs that finish first (a moving average): a machine
        // busier during the calibration runs than during the cycles (a slow sanitizer build next
        // to other tests) otherwise drew most kill points after the runs had ended.
        const int windowStartMs = int(qMax<qint64>(0, firstQueuedMs * 4 / 5));
        const auto windowEnd = [&] { return qMax(windowStartMs + 40, lifeMs + lifeMs / 3); };
        int windowMs = windowEnd();
        int windowMinMs = windowMs, windowMaxMs = windowMs;

        const quint32 seed = qEnvironmentVariableIsSet("HARBOUR_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("HARBOUR_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        QRandomGenerator random { seed };
        int killed = 0, finishedFirst = 0, killedStarting = 0, killedQueueing = 0, killedDelivering = 0;
        int intakeKills = 0, integrityFailures = 0, missingFromOutbox = 0, largestBacklog = 0;
        QString firstProblem;
        QElapsedTimer clock;
        clock.start();
        const qint64 budgetMs = cycleBudgetMs(m_cycles);

        for (int cycle = 1; cycle <= m_cycles; ++cycle) {
            QVERIFY2(clock.elapsed() < budgetMs, "the crash cycles ran out of time");
            const int killAt = windowStartMs + int(random.bounded(windowMs - windowStartMs + 1));
            const bool killIntake = cycle % 10 == 5;
            const int intakeKillAt
                = killIntake ? windowStartMs + int(random.bounded(windowMs - windowStartMs + 1)) : -1;
            const DriverRun run = runDriver(argsFor((cycle + 2) * kReportsPerCycle, kReportsPerCycle), killAt,
                60000, &intake, intakeKillAt);
            if (run.killed) {
                ++killed;
                if (run.queued.isEmpty() && run.delivered.isEmpty())
                    ++killedStarting;
                else if (run.queued.size() < kReportsPerCycle)
                    ++killedQueueing;
                else
                    ++killedDelivering;
            } else {
                ++finishedFirst;
                QVERIFY2(run.exitCode == 0 && run.drained, run.errors.constData());
                if (!killIntake) {
                    lifeMs = (3 * lifeMs + run.lifeMs + 2) / 4;
                    windowMs = windowEnd();
                    windowMinMs = qMin(windowMinMs, windowMs);
                    windowMaxMs = qMax(windowMaxMs, windowMs);
                }
            }
            for (const QString &reference : run.queued)
                confirmed.insert(reference);
            largestBacklog = qMax(largestBacklog, proof::outboxPendingCount(data));

            // The device after the crash: the outbox is sound and holds everything it confirmed.
            const QString integrity = proof::outboxIntegrity(data);
            if (integrity != QLatin1StringView("ok")) {
                ++integrityFailures;
                if (firstProblem.isEmpty())
                    firstProblem = QStringLiteral("cycle %1: outbox integrity: %2").arg(cycle).arg(integrity);
            }
            QString error;
            const QSet<QString> inOutbox = proof::outboxReferences(data, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const QString &reference : std::as_const(confirmed)) {
                if (!inOutbox.contains(reference)) {
                    ++missingFromOutbox;
                    if (firstProblem.isEmpty())
                        firstProblem = QStringLiteral("cycle %1: %2 was confirmed but is not in the outbox")
                                           .arg(cycle)
                                           .arg(reference);
                }
            }
            if (killIntake) {
                ++intakeKills;
                intake.kill();
                const QString intakeIntegrity = proof::readArrivals(store, organisation.pair).integrity;
                if (intakeIntegrity != QLatin1StringView("ok")) {
                    ++integrityFailures;
                    if (firstProblem.isEmpty())
                        firstProblem = QStringLiteral("cycle %1: intake integrity: %2")
                                           .arg(cycle)
                                           .arg(intakeIntegrity);
                }
                QVERIFY(intake.start(store, { organisation.publicKeyFile }, port));
            }
        }

        // The app comes back once more and is left to finish.
        // What killed runs left grows with the cycles (most runs are killed before they deliver
        // it all): the last run's time limit covers a long backlog.
        const int lastBacklog = proof::outboxPendingCount(data);
        QElapsedTimer drainClock;
        drainClock.start();
        const DriverRun last = runDriver(
            argsFor(0, 0) + QStringList { QStringLiteral("--time-limit-ms"), QString::number(kFinalDrainMs) },
            -1, kFinalDrainMs + 10000);
        const qint64 drainMs = drainClock.elapsed();
        QVERIFY2(last.drained, last.errors.right(2000).constData()); // the end says why
        intake.stop();
        QVERIFY(intake.exitedCleanly());

        QString error;
        const QSet<QString> inOutbox = proof::outboxReferences(data, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Queued: confirmed to the caller, or committed just before a kill hid the confirmation.
        QSet<QString> queued = confirmed;
        queued.unite(inOutbox);
        const proof::Arrivals arrivals = proof::readArrivals(store, organisation.pair);
        QVERIFY2(arrivals.error.isEmpty(), qPrintable(arrivals.error));
        int lost = 0;
        for (const QString &reference : std::as_const(queued))
            lost += arrivals.byReference.contains(reference) ? 0 : 1;
        int unexpected = arrivals.unopenable;
        for (auto it = arrivals.byReference.cbegin(); it != arrivals.byReference.cend(); ++it)
            unexpected += queued.contains(it.key()) ? 0 : 1;
        const bool integrityOk = integrityFailures == 0 && arrivals.integrity == QLatin1StringView("ok")
            && proof::outboxIntegrity(data) == QLatin1StringView("ok");

        proof::printFigure(QStringLiteral(
            "crash-cycles: %1, queued: %2, arrived: %3, lost: %4, duplicated: %5, integrity: %6")
                               .arg(m_cycles)
                               .arg(queued.size())
                               .arg(arrivals.byReference.size())
                               .arg(lost + missingFromOutbox)
                               .arg(arrivals.duplicated())
                               .arg(integrityOk ? QStringLiteral("ok") : QStringLiteral("FAILED")));
        proof::printFigure(QStringLiteral(
            "crash-cycles detail: driver killed %1 times (%2 while starting, %3 while "
            "queueing, %4 while delivering), %5 runs finished first; intake killed %6 "
            "times; kill points drawn from %7-%8 ms (the end following the runs' lives: %9-%10 ms; "
            "seed %11); backlog left by killed runs: up to %13 envelopes, %14 at the end, delivered "
            "by the last run in %15 s; %12 s")
                               .arg(killed)
                               .arg(killedStarting)
                               .arg(killedQueueing)
                               .arg(killedDelivering)
                               .arg(finishedFirst)
                               .arg(intakeKills)
                               .arg(windowStartMs)
                               .arg(windowMs)
                               .arg(windowMinMs)
                               .arg(windowMaxMs)
                               .arg(seed)
                               .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                               .arg(largestBacklog)
                               .arg(lastBacklog)
                               .arg(double(drainMs) / 1000.0, 0, 'f', 1));
        QVERIFY2(firstProblem.isEmpty(), qPrintable(firstProblem));
        QCOMPARE(lost, 0);
        QCOMPARE(missingFromOutbox, 0);
        QCOMPARE(arrivals.duplicated(), 0);
        QCOMPARE(unexpected, 0);
        QVERIFY(integrityOk);
        QCOMPARE(arrivals.byReference.size(), queued.size());
        QVERIFY(killed > m_cycles / 2); // the kills must mostly land inside the run, not after it
    }

private:
    int m_cycles;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int cycles = qEnvironmentVariableIsSet("HARBOUR_CRASH_CYCLES")
        ? qEnvironmentVariableIntValue("HARBOUR_CRASH_CYCLES")
        : 200;
    // --cycles N is ours; everything else goes to QtTest.
    QStringList args;
    const QStringList all = app.arguments();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i) == QLatin1StringView("--cycles") && i + 1 < all.size())
            cycles = all.at(++i).toInt();
        else
            args << all.at(i);
    }
    if (cycles < 1 || cycles > 100000) {
        std::fprintf(stderr, "--cycles must be from 1 to 100000\n");
        return 64;
    }
    // QtTest stops a test function after 5 minutes unless told otherwise; the test bounds itself
    // (its time budget, then the final drain), so the watchdog waits for both.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(cycleBudgetMs(cycles) + kFinalDrainMs + 120000));
    TestCrashCycles test(cycles);
    return QTest::qExec(&test, args);
}

#include "tst_crashcycles.moc"
