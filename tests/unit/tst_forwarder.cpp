// SPDX-License-Identifier: GPL-3.0-or-later
// The Forwarder: backoff bounds, and waiting asleep while requests hang. Delivery to the real
// intake is in tests/e2e, faults and crashes in tests/proof.
#include "delivery/forwarder.h"
#include "protocol/envelope.h"
#include "store/outbox.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace harbour;

namespace {
// CPU time of the whole process (every thread, Qt's network thread included), in seconds.
double processCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}
} // namespace

class TestForwarder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullJitterStaysWithinBounds_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("first") << 0 << qint64(2000);
        QTest::newRow("second") << 1 << qint64(4000);
        QTest::newRow("fifth") << 4 << qint64(32000);
        QTest::newRow("capped") << 20 << qint64(900000);
        QTest::newRow("huge attempt") << 1000 << qint64(900000);
    }
    void fullJitterStaysWithinBounds()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        qint64 lowest = ceiling, highest = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 d = delivery::fullJitterDelayMs(attempt, 2000, 900000);
            QVERIFY(d >= 0 && d <= ceiling);
            lowest = std::min(lowest, d);
            highest = std::max(highest, d);
        }
        // Full jitter spreads over the whole range, not just near the ceiling.
        QVERIFY(lowest < ceiling / 4);
        QVERIFY(highest > ceiling * 3 / 4);
    }

    // Requests in flight stay due in the outbox until they end. Facing an intake that accepts
    // connections and never answers, the forwarder must sleep until a reply or the transfer
    // timeout, not wake again and again to read the outbox (it once took 82-88 % of a core).
    void waitsAsleepWhileRequestsHang()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (silent.nextPendingConnection()) // kept open, never answered (the server owns it)
                ++connections;
        });
        QTemporaryDir data;
        QVERIFY(data.isValid());
        auto outbox = store::Outbox::openInDirectory(data.path());
        QVERIFY2(outbox.ok(), qPrintable(outbox.error()));
        const auto organisation = protocol::generateRecipientKeyPair();
        const QUrl intake(QStringLiteral("http://127.0.0.1:%1/v1/envelopes").arg(silent.serverPort()));
        // More than the forwarder sends at once, so some wait in the outbox, due.
        constexpr int kEnvelopes = 24;
        for (int i = 0; i < kEnvelopes; ++i) {
            auto sealed
                = protocol::seal(QByteArrayLiteral("{\"reference\":\"HB-IDLE\"}"), organisation.publicKey);
            QVERIFY(sealed.ok());
            QVERIFY(outbox.value()
                        ->enqueue(sealed.value(), QStringLiteral("HB-IDLE-%1").arg(i), QStringLiteral("Org"),
                            intake, QDateTime::currentMSecsSinceEpoch())
                        .ok());
        }

        delivery::Forwarder forwarder(outbox.value().get());
        forwarder.setTransferTimeoutMs(60000); // far beyond the measurement: nothing ends meanwhile
        forwarder.setPacing(0, 0, 0); // every envelope at once, as many in flight as the forwarder allows
        forwarder.kick();
        QTRY_VERIFY_WITH_TIMEOUT(connections > 0 && forwarder.inFlight() > 0, 10000);
        QTest::qWait(300); // the connections settle
        const int inFlight = forwarder.inFlight();

        constexpr int kWaitMs = 3000;
        QEventLoop loop;
        QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
        const double before = processCpuSeconds();
        loop.exec();
        const double cpu = processCpuSeconds() - before;

        std::printf("forwarder-waiting: %.1f s facing an intake that never answers, %d requests in flight "
                    "over %d connections, %d envelopes queued: %.3f s of CPU (%.1f %% of a core)\n",
            kWaitMs / 1000.0, inFlight, connections, kEnvelopes, cpu, 100.0 * cpu / (kWaitMs / 1000.0));
        std::fflush(stdout);
        QCOMPARE(forwarder.inFlight(), inFlight); // still waiting: nothing was answered or timed out
        QCOMPARE(outbox.value()->pendingCount(), kEnvelopes);
        // Asleep it takes a few milliseconds; busy-looping it took over 2 s of these 3 s. The bound
        // leaves room for a loaded machine.
        QVERIFY2(cpu < 0.15 * kWaitMs / 1000.0, qPrintable(QStringLiteral("%1 s of CPU").arg(cpu)));
    }
};

QTEST_GUILESS_MAIN(TestForwarder)
#include "tst_forwarder.moc"
