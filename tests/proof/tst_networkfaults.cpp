// SPDX-License-Identifier: GPL-3.0-or-later
// Network faults (docs/threat-model.md, promise 3): the real Forwarder delivers through a fault-injecting
// proxy on loopback to the real harbour-intake. The proxy drops connections before and after the request,
// resets mid-body, stalls past the transfer timeout (before and after the intake stored the envelope),
// truncates answers, answers 5xx and captive-portal "200" pages, and has the intake killed mid-upload, on a
// schedule that mixes them. Every envelope arrives exactly once (counted by opening what the intake stored),
// and after every fault the outbox still holds each envelope whose receipt has not reached the client whole.
#include "delivery/forwarder.h"
#include "faultproxy.h"
#include "intakeprocess.h"
#include "proofsupport.h"
#include "store/outbox.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace harbour;
using proof::Fault;

class TestNetworkFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEnvelopeOnceThroughMixedFaults()
    {
        constexpr int kEnvelopes = 100;
        constexpr int kMaxConnections = 3000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto organisation = proof::makeOrganisation(dir.path());
        QVERIFY(!organisation.publicKeyFile.isEmpty());
        const QString store = dir.filePath(QStringLiteral("intake.db"));
        testsupport::IntakeProcess intake;
        QVERIFY(intake.start(store, { organisation.publicKeyFile }));
        const quint16 intakePort = intake.port();

        // Every kind of fault twice in turn first, then a seeded mix with one pass in four.
        const quint32 seed = qEnvironmentVariableIsSet("HARBOUR_FAULT_SEED")
            ? quint32(qEnvironmentVariableIntValue("HARBOUR_FAULT_SEED"))
            : QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        proof::FaultProxy proxy(intakePort, [&random](int connection) {
            if (connection < 2 * (proof::kFaultKinds - 1))
                return Fault(1 + connection % (proof::kFaultKinds - 1));
            if (random.bounded(4) == 0)
                return Fault::Pass;
            return Fault(1 + random.bounded(proof::kFaultKinds - 1));
        });
        QVERIFY(proxy.start());
        int intakeRestarts = 0;
        connect(&proxy, &proof::FaultProxy::intakeCrashWanted, this, [&] {
            intake.kill();
            ++intakeRestarts;
            if (!intake.start(store, { organisation.publicKeyFile }, intakePort))
                qWarning("the intake did not come back after a kill");
        });

        QTemporaryDir data;
        auto outbox = store::Outbox::openInDirectory(data.path());
        QVERIFY2(outbox.ok(), qPrintable(outbox.error()));
        QSet<QByteArray> ids;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < kEnvelopes; ++i) {
            const QString reference = QStringLiteral("HBF-%1").arg(i, 4, 10, QLatin1Char('0'));
            auto sealed = protocol::seal(proof::testReport(reference), organisation.pair.publicKey);
            QVERIFY(sealed.ok());
            QVERIFY(
                outbox.value()
                    ->enqueue(sealed.value(), reference, QStringLiteral("Proof"), proxy.envelopesUrl(), now)
                    .ok());
            ids.insert(sealed->idHex());
        }

        // A local copy may go only once its receipt has reached the client whole.
        QSet<QByteArray> deletedBeforeReceipt; // envelopes seen gone from the outbox with no receipt
        QString firstProblem;
        auto checkOutbox = [&](const QString &when) {
            QSet<QByteArray> pending;
            for (const auto &row : outbox.value()->due(std::numeric_limits<qint64>::max(), kEnvelopes + 1))
                pending.insert(row.envelopeId.toHex());
            for (const QByteArray &id : std::as_const(ids)) {
                if (!pending.contains(id) && !proxy.receiptsRelayed().contains(id)) {
                    deletedBeforeReceipt.insert(id);
                    if (firstProblem.isEmpty())
                        firstProblem = QStringLiteral("%1: envelope %2 left the outbox with no receipt")
                                           .arg(when, QString::fromLatin1(id));
                }
            }
        };
        connect(&proxy, &proof::FaultProxy::faultInjected, this,
            [&](Fault fault) { checkOutbox(QStringLiteral("after %1").arg(proof::faultName(fault))); });

        delivery::Forwarder forwarder(outbox.value().get());
        forwarder.setBackoff(10, 80);
        forwarder.setPacing(0, 0, 0); // loopback proof: no retry floor, no gap between envelopes
        forwarder.setTransferTimeoutMs(400); // the stalls outlast it
        int delivered = 0;
        connect(
            &forwarder, &delivery::Forwarder::delivered, this, [&](const QByteArray &id, const QString &) {
                ++delivered;
                checkOutbox(QStringLiteral("on delivery"));
                if (!proxy.receiptsRelayed().contains(id.toHex()) && firstProblem.isEmpty())
                    firstProblem = QStringLiteral("delivered with no receipt relayed");
            });
        forwarder.kick();

        // Bounded in time and in connections; talks to 127.0.0.1 only.
        QElapsedTimer clock;
        clock.start();
        while (outbox.value()->pendingCount() > 0 && clock.elapsed() < 120000
            && proxy.connections() < kMaxConnections)
            QTest::qWait(20);
        const int pending = outbox.value()->pendingCount();
        QTest::qWait(300); // let any late retry show itself
        intake.stop();

        const proof::Arrivals arrivals = proof::readArrivals(store, organisation.pair);
        QVERIFY2(arrivals.error.isEmpty(), qPrintable(arrivals.error));
        const int lost = kEnvelopes - int(arrivals.byReference.size());
        QStringList kinds;
        for (auto it = proxy.injected().cbegin(); it != proxy.injected().cend(); ++it) {
            if (it.key() != Fault::Pass)
                kinds << QStringLiteral("%1 %2").arg(proof::faultName(it.key())).arg(it.value());
        }
        proof::printFigure(QStringLiteral(
            "faults: %1 injected, delivered: %2, lost: %3, duplicated: %4, deleted-before-receipt: %5")
                               .arg(proxy.faultsInjected())
                               .arg(arrivals.byReference.size())
                               .arg(lost)
                               .arg(arrivals.duplicated())
                               .arg(deletedBeforeReceipt.size()));
        proof::printFigure(
            QStringLiteral("faults detail: %1; %2 connections, %3 intake restarts, seed %4, %5 s")
                .arg(kinds.join(QStringLiteral(", ")))
                .arg(proxy.connections())
                .arg(intakeRestarts)
                .arg(seed)
                .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
        QVERIFY2(firstProblem.isEmpty(), qPrintable(firstProblem));
        QCOMPARE(pending, 0);
        QCOMPARE(delivered, kEnvelopes);
        QCOMPARE(lost, 0);
        QCOMPARE(arrivals.duplicated(), 0);
        QCOMPARE(arrivals.unopenable, 0);
        QCOMPARE(arrivals.integrity, QStringLiteral("ok"));
        QCOMPARE(outbox.value()->integrityCheck(), QStringLiteral("ok"));
        for (int kind = 1; kind < proof::kFaultKinds; ++kind)
            QVERIFY2(proxy.injected().value(Fault(kind)) > 0, qPrintable(proof::faultName(Fault(kind))));
    }
};

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "tst_networkfaults.moc"
