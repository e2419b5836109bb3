// SPDX-License-Identifier: GPL-3.0-or-later
// Exactly once at the desk (docs/desk.md "Exactly once"): harbour-desk-sync, the real desk, is killed
// with SIGKILL at random points while it syncs envelopes and events page by page and while it
// appends case events, 200 cycles, with new reports posted to the real intake before each; every
// tenth cycle the intake is killed during the run and restarted. After every kill the desk's store
// passes integrity_check and holds exactly the envelopes the intake listed up to its cursor, in
// order, none twice. A last sync left alone must then hold every report once, show each in the
// queue once, and hold every case event the intake has, with nothing left pending.
//
// 200 cycles in CI; more with:  tst_deskcrash --cycles 1000   (or HARBOUR_DESK_CRASH_CYCLES=1000)
#include "desktestutil.h"
#include "intakeprocess.h"
#include "proofsupport.h"
#include "receivertestutil.h"

#include "core/casestore.h"
#include "core/deskclient.h"
#include "crypto/sodium.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace harbour;
using namespace harbour::testsupport;

namespace {

const QByteArray kOrgPassphrase = "organisation passphrase";
const QByteArray kDeskPassphrase = "desk passphrase";
constexpr int kEnvelopesPerCycle = 2;

struct Run
{
    bool killed = false;
    int exitCode = -1;
    QByteArray out;
    int lifeMs = 0;
};

// Runs harbour-desk-sync; SIGKILL after killAfterMs unless it ended (never if negative). The intake
// is killed intakeKillMs after the start when that is set (the caller restarts it).
Run runDeskKilled(
    const QStringList &args, int killAfterMs, IntakeProcess *intake = nullptr, int intakeKillMs = -1)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1StringView(kDeskPassphraseVariable), QString::fromUtf8(kDeskPassphrase));
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer life;
    life.start();
    process.start(binaryPath(QStringLiteral("harbour-desk-sync")), args);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    bool finished = false;
    if (intake && intakeKillMs >= 0 && (killAfterMs < 0 || intakeKillMs < killAfterMs)) {
        finished = process.waitForFinished(intakeKillMs);
        intake->kill();
    }
    const int wait = killAfterMs >= 0 ? killAfterMs : 120000;
    if (!finished)
        finished = process.waitForFinished(int(qMax<qint64>(0, wait - life.elapsed())));
    if (!finished && process.state() != QProcess::NotRunning) {
        process.kill(); // SIGKILL: no handler, no rollback, no clean close of the store
        process.waitForFinished(10000);
        run.killed = true;
    } else {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    run.out = process.readAllStandardOutput();
    run.lifeMs = int(life.elapsed());
    return run;
}

} // namespace

class tst_DeskCrash : public QObject
{
    Q_OBJECT
public:
    explicit tst_DeskCrash(int cycles)
        : m_cycles(cycles)
    {
    }

private:
    QByteArray postReport(int number)
    {
        report::ReportDocument report
            = makeReport(QStringLiteral("HB-CRSH-%1").arg(number, 4, 10, QLatin1Char('0')),
                QStringLiteral("self"), {}, { QStringLiteral("race") }, false);
        report.flags.urgent = number % 7 == 0;
        auto sealed = protocol::seal(report.toCanonicalJson(), m_hub.key.publicKey);
        if (!sealed)
            qFatal("cannot seal");
        const HttpReply reply = postEnvelope(m_intake.envelopesUrl(), sealed.value());
        if (reply.status != 201)
            qFatal("the intake did not store report %d: %d", number, reply.status);
        return sealed->idHex();
    }

    // The desk's cases in envelope order (this process opens its store: no desk process runs now).
    struct Held
    {
        QList<QByteArray> envelopeIds;
        QString integrity;
        QString error;
    };
    Held held()
    {
        Held h;
        auto store = desk::CaseStore::open(m_data, kDeskPassphrase);
        if (!store) {
            h.error = store.error();
            return h;
        }
        h.integrity = store.value()->integrityCheck();
        auto cases = store.value()->allCases();
        if (!cases) {
            h.error = cases.error();
            return h;
        }
        QList<desk::CaseState> withEnvelope;
        for (const desk::CaseState &c : cases.value()) {
            if (c.envelopeSeq > 0)
                withEnvelope.append(c);
        }
        std::sort(withEnvelope.begin(), withEnvelope.end(),
            [](const desk::CaseState &a, const desk::CaseState &b) { return a.envelopeSeq < b.envelopeSeq; });
        for (const desk::CaseState &c : std::as_const(withEnvelope))
            h.envelopeIds.append(c.id);
        return h;
    }

    QTemporaryDir m_dir;
    QString m_store, m_data;
    IntakeProcess m_intake;
    DeskOrganisation m_hub;
    int m_cycles;

private Q_SLOTS:
    void killNineAtRandomPoints()
    {
        crypto::ensureInitialised();
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("intake.db"));
        m_data = m_dir.filePath(QStringLiteral("desk"));
        m_hub = makeDeskOrganisation(m_dir.path(), QStringLiteral("Police hub"), kOrgPassphrase);
        QVERIFY(bindOrganisation(m_store, m_hub));
        QVERIFY(m_intake.start(m_store, { m_hub.publicKeyFile }));
        const quint16 port = m_intake.port();
        // The interactive Argon2id limits: each of the hundreds of runs unlocks the store once.
        QVERIFY(!initDesk(m_store, m_hub, kOrgPassphrase, m_data, m_intake.baseUrl(), kDeskPassphrase,
            QStringLiteral("Crash desk"), true)
                     .isEmpty());
        const QStringList data { QStringLiteral("--data"), m_data };

        // Runs left alone set the window kills are drawn from: a cycle's own work (its envelopes, two
        // a page, the mean of the cycles' page limits), the median of five, so that one slow or
        // fast run on a loaded machine does not put most kills after the runs have ended.
        QList<QByteArray> posted;
        QList<int> lives;
        for (int run = 0; run < 5; ++run) {
            for (int i = 0; i < kEnvelopesPerCycle; ++i)
                posted.append(postReport(int(posted.size())));
            const Run baseline = runDeskKilled(QStringList { QStringLiteral("sync") } + data
                    + QStringList { QStringLiteral("--page-limit"), QStringLiteral("2") },
                -1);
            QCOMPARE(baseline.exitCode, 0);
            lives.append(baseline.lifeMs);
        }
        std::sort(lives.begin(), lives.end());
        const int lifeMs = lives.at(lives.size() / 2);
        // A case change takes longer (a sync of the log, the append, a sync again): its window is its own.
        const Run change = runDeskKilled(QStringList { QStringLiteral("owner") } + data
                + QStringList { QStringLiteral("--case"), QString::fromLatin1(posted.constFirst()),
                    QStringLiteral("--owner"), QStringLiteral("Caseworker 0") },
            -1);
        QCOMPARE(change.exitCode, 0);
        const int windowMs = qMax(60, lifeMs + lifeMs / 2);
        const int changeWindowMs = qMax(60, change.lifeMs + change.lifeMs / 2);

        const quint32 seed = qEnvironmentVariableIsSet("HARBOUR_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("HARBOUR_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        QRandomGenerator random { seed };
        int killed = 0, finishedFirst = 0, failedFirst = 0, intakeKills = 0, changeRuns = 0,
            integrityFailures = 0;
        int orderProblems = 0;
        QSet<qint64> confirmedSeqs;
        QString firstProblem;
        QElapsedTimer clock;
        clock.start();
        for (int cycle = 1; cycle <= m_cycles; ++cycle) {
            for (int i = 0; i < kEnvelopesPerCycle; ++i)
                posted.append(postReport(int(posted.size())));
            const Held before = held();
            QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
            QStringList args;
            QByteArray caseId;
            if (!before.envelopeIds.isEmpty() && random.bounded(10) < 3) {
                // A case change: signed, sealed, kept as pending, appended, then the log synced.
                caseId = before.envelopeIds.at(int(random.bounded(quint32(before.envelopeIds.size()))));
                args = QStringList { QStringLiteral("owner") } + data
                    + QStringList { QStringLiteral("--case"), QString::fromLatin1(caseId),
                          QStringLiteral("--owner"), QStringLiteral("Caseworker %1").arg(cycle) };
                ++changeRuns;
            } else {
                args = QStringList { QStringLiteral("sync") } + data
                    + QStringList { QStringLiteral("--page-limit"), QString::number(1 + random.bounded(3)) };
            }
            const bool killIntake = cycle % 10 == 0;
            const int killAt
                = int(random.bounded(quint32((caseId.isEmpty() ? windowMs : changeWindowMs) + 1)));
            const int intakeKillAt = killIntake ? int(random.bounded(quint32(windowMs + 1))) : -1;
            const Run run = runDeskKilled(args, killAt, &m_intake, intakeKillAt);
            if (run.killed)
                ++killed;
            else if (run.exitCode == 0)
                ++finishedFirst;
            else
                ++failedFirst; // the intake was down: nothing may change, which the checks below see
            for (const QByteArray &line : run.out.split('\n')) {
                if (line.startsWith("appended seq "))
                    confirmedSeqs.insert(line.mid(13).toLongLong());
            }
            if (killIntake) {
                ++intakeKills;
                m_intake.kill();
                QVERIFY(m_intake.start(m_store, { m_hub.publicKeyFile }, port));
            }
            // After the kill: a sound store holding exactly the first envelopes the intake listed.
            const Held after = held();
            QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
            if (after.integrity != QLatin1StringView("ok")) {
                ++integrityFailures;
                if (firstProblem.isEmpty())
                    firstProblem = QStringLiteral("cycle %1: integrity: %2").arg(cycle).arg(after.integrity);
            }
            const bool prefix = after.envelopeIds.size() <= posted.size()
                && std::equal(after.envelopeIds.cbegin(), after.envelopeIds.cend(), posted.cbegin())
                && after.envelopeIds.size() >= before.envelopeIds.size();
            if (!prefix) {
                ++orderProblems;
                if (firstProblem.isEmpty())
                    firstProblem
                        = QStringLiteral("cycle %1: the desk's envelopes are not the first %2 posted, once "
                                         "each, in order")
                              .arg(cycle)
                              .arg(after.envelopeIds.size());
            }
        }
        const qint64 cyclesMs = clock.elapsed();

        // The desk comes back once more and is left to finish.
        const Run last = runDeskKilled(QStringList { QStringLiteral("sync") } + data, -1);
        QCOMPARE(last.exitCode, 0);
        m_intake.stop();
        QVERIFY(m_intake.start(m_store, { m_hub.publicKeyFile }, port));

        auto store = desk::CaseStore::open(m_data, kDeskPassphrase);
        QVERIFY2(store, qPrintable(store.error()));
        const auto counts = store.value()->counts().value();
        const auto queue = store.value()->queue().value();
        const Held final = held();
        QSet<QByteArray> distinct(final.envelopeIds.cbegin(), final.envelopeIds.cend());
        for (const desk::CaseState &c : queue)
            distinct.insert(c.id);
        int lost = 0;
        for (const QByteArray &id : std::as_const(posted))
            lost += distinct.contains(id) ? 0 : 1;
        const int duplicated = int(final.envelopeIds.size())
            - int(QSet<QByteArray>(final.envelopeIds.cbegin(), final.envelopeIds.cend()).size())
            + (int(queue.size()) - int(distinct.size()) > 0 ? int(queue.size()) - int(distinct.size()) : 0);
        // What the intake holds, listed with the desk's own key: every event once on the desk too.
        desk::DeskClient client(m_intake.baseUrl(), store.value()->deskSecretKey());
        qint64 after = 0;
        QSet<QByteArray> intakeEvents;
        for (;;) {
            auto page = client.listEvents(after, 500);
            QVERIFY2(page, qPrintable(page.error()));
            for (const desk::ListedEvent &row : page->rows) {
                intakeEvents.insert(row.id);
                after = row.seq;
            }
            if (!page->more)
                break;
        }
        int confirmedMissing = 0;
        for (qint64 seq : std::as_const(confirmedSeqs))
            confirmedMissing += seq <= store.value()->eventCursor() ? 0 : 1;
        const bool integrityOk = integrityFailures == 0 && final.integrity == QLatin1StringView("ok");

        proof::printFigure(
            QStringLiteral("desk-cycles: %1, envelopes: %2, shown: %3, lost: %4, duplicated: %5, "
                           "integrity: %6")
                .arg(m_cycles)
                .arg(posted.size())
                .arg(queue.size())
                .arg(lost)
                .arg(duplicated)
                .arg(integrityOk ? QStringLiteral("ok") : QStringLiteral("FAILED")));
        proof::printFigure(
            QStringLiteral("desk-cycles detail: killed %1 times, %2 runs finished first, %3 ended on "
                           "an intake that was down; intake killed %4 times; %5 case-change runs; "
                           "events: intake %6, applied %7, refused %8, pending %9, confirmed %10 "
                           "(missing %11); kill points 0-%12 ms (case changes 0-%13 ms, seed %14); %15 s")
                .arg(killed)
                .arg(finishedFirst)
                .arg(failedFirst)
                .arg(intakeKills)
                .arg(changeRuns)
                .arg(intakeEvents.size())
                .arg(counts.events)
                .arg(counts.refusedEvents)
                .arg(counts.pending)
                .arg(confirmedSeqs.size())
                .arg(confirmedMissing)
                .arg(windowMs)
                .arg(changeWindowMs)
                .arg(seed)
                .arg(double(cyclesMs) / 1000.0, 0, 'f', 1));
        QVERIFY2(firstProblem.isEmpty(), qPrintable(firstProblem));
        QCOMPARE(lost, 0);
        QCOMPARE(duplicated, 0);
        QCOMPARE(int(final.envelopeIds.size()), int(posted.size()));
        QCOMPARE(int(queue.size()), int(posted.size()));
        QCOMPARE(counts.junk, 0);
        QVERIFY(integrityOk);
        QCOMPARE(counts.events, int(intakeEvents.size()));
        QCOMPARE(counts.refusedEvents, 0);
        QCOMPARE(counts.pending, 0);
        QCOMPARE(confirmedMissing, 0);
        QVERIFY(killed > m_cycles / 2); // the kills must mostly land inside the runs
    }

private:
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int cycles = qEnvironmentVariableIsSet("HARBOUR_DESK_CRASH_CYCLES")
        ? qEnvironmentVariableIntValue("HARBOUR_DESK_CRASH_CYCLES")
        : 200;
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
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(120000 + qint64(cycles) * 3000));
    tst_DeskCrash test(cycles);
    return QTest::qExec(&test, args);
}

#include "tst_deskcrash.moc"
