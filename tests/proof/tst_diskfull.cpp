// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk (docs/threat-model.md, promise 3): the outbox lives on a small filesystem made for the test (a
// tmpfs, or a loop-mounted ext4 image where tmpfs cannot be mounted). Queueing fails with a clear
// message once it is full; every failed write is rolled back and the database stays sound; nothing
// queued before is lost (each is opened and then delivered to the real intake); queueing works
// again when space returns. A new outbox on a full disk fails cleanly and works later.
#include "delivery/forwarder.h"
#include "intakeprocess.h"
#include "proofsupport.h"
#include "store/outbox.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace harbour;

namespace {

QString referenceOf(const QByteArray &envelopeJson, const protocol::KeyPair &pair)
{
    auto envelope = protocol::Envelope::fromJson(envelopeJson);
    if (!envelope)
        return {};
    auto opened = protocol::open(envelope.value(), pair);
    if (!opened)
        return {};
    return QJsonDocument::fromJson(opened->reportJson).object().value(QStringLiteral("reference")).toString();
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullDiskLosesNothingAndRecovers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString mountPoint = dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mountPoint));
        proof::SmallFilesystem filesystem;
        const QString how = filesystem.mount(mountPoint, dir.filePath(QStringLiteral("small.img")), 768);
        if (how.isEmpty()) {
            proof::printFigure(QStringLiteral("disk-full: skipped, no small filesystem could be mounted (%1)")
                                   .arg(filesystem.error()));
            QSKIP("mounting a small filesystem needs root (CI runs as root)");
        }
        const auto organisation = proof::makeOrganisation(dir.path());
        QVERIFY(!organisation.publicKeyFile.isEmpty());
        const QString data = QDir(mountPoint).filePath(QStringLiteral("device"));
        // The intake's store is on the ordinary disk; only the device's is small.
        testsupport::IntakeProcess intake;
        const QString store = dir.filePath(QStringLiteral("intake.db"));
        QVERIFY(intake.start(store, { organisation.publicKeyFile }));
        const QUrl intakeUrl = intake.envelopesUrl();

        QStringList queued;
        QString error;
        int queuedBefore = 0, afterFillFailures = 0, afterFillFits = 0, fullOpenResult = 0;
        QString fullReopen;
        bool receiptRecordedWhileFull = false;
        // Other files take part of the disk; deleting them later is how space comes back.
        {
            QFile ballast(QDir(mountPoint).filePath(QStringLiteral("ballast")));
            QVERIFY(ballast.open(QIODevice::WriteOnly));
            QCOMPARE(ballast.write(QByteArray(256 * 1024, 'b')), qint64(256 * 1024));
        }
        {
            auto outbox = store::Outbox::openInDirectory(data);
            QVERIFY2(outbox.ok(), qPrintable(outbox.error()));
            // Queue until the disk is full (bounded: far more than 768 KiB can hold).
            for (int i = 0; i < 5000 && error.isEmpty(); ++i) {
                const QString reference = QStringLiteral("HBD-%1").arg(i, 5, 10, QLatin1Char('0'));
                auto sealed = protocol::seal(proof::testReport(reference), organisation.pair.publicKey);
                QVERIFY(sealed.ok());
                auto result = outbox.value()->enqueue(sealed.value(), reference, QStringLiteral("Proof"),
                    intakeUrl, QDateTime::currentMSecsSinceEpoch());
                if (result) {
                    queued << reference;
                    continue;
                }
                error = result.error();
                // Told apart by SQLite's error code, not by its message.
                QCOMPARE(result.errorKind(), ErrorKind::DiskFull);
                // Rolled back: the failed report is not half there, and the database is sound.
                QCOMPARE(outbox.value()->stateOf(reference), store::Outbox::State::Unknown);
            }
            queuedBefore = int(queued.size());
            QVERIFY2(!error.isEmpty(), "the disk never filled up");
            QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
            QCOMPARE(outbox.value()->pendingCount(), queuedBefore);
            QCOMPARE(outbox.value()->integrityCheck(), QStringLiteral("ok"));

            // Take the last bytes too; then writes fail, and each failure changes nothing. A write may
            // still fit in file space SQLite already holds (WAL frames of the transaction that failed
            // above): then it is queued whole and counted like any other. Bounded: 10 attempts for 5
            // refusals in a row.
            proof::fillDisk(QDir(mountPoint).filePath(QStringLiteral("filler")));
            for (int i = 0; i < 10 && afterFillFailures < 5; ++i) {
                const QString reference = QStringLiteral("HBD-FULL-%1").arg(i);
                auto sealed = protocol::seal(proof::testReport(reference), organisation.pair.publicKey);
                if (outbox.value()->enqueue(sealed.value(), reference, QStringLiteral("Proof"), intakeUrl,
                        QDateTime::currentMSecsSinceEpoch())) {
                    queued << reference;
                    ++afterFillFits;
                    afterFillFailures = 0;
                    continue;
                }
                ++afterFillFailures;
                QCOMPARE(outbox.value()->stateOf(reference), store::Outbox::State::Unknown);
            }
            QCOMPARE(afterFillFailures, 5);
            queued.sort();
            queuedBefore = int(queued.size());
            // A report for two recipients is queued whole or not at all (never half, to be sent twice).
            {
                auto first = protocol::seal(
                    proof::testReport(QStringLiteral("HBD-PAIR")), organisation.pair.publicKey);
                auto second = protocol::seal(
                    proof::testReport(QStringLiteral("HBD-PAIR")), organisation.pair.publicKey);
                const std::vector<store::Outbox::Item> pair { { first.value(), QStringLiteral("A"), intakeUrl,
                                                                  {} },
                    { second.value(), QStringLiteral("B"), intakeUrl, {} } };
                QVERIFY(!outbox.value()->enqueueAll(
                    pair, QStringLiteral("HBD-PAIR"), QDateTime::currentMSecsSinceEpoch()));
                QCOMPARE(outbox.value()->stateOf(QStringLiteral("HBD-PAIR")), store::Outbox::State::Unknown);
            }
            // Recording a receipt needs space too: it fails whole or succeeds whole.
            const auto rows = outbox.value()->due(std::numeric_limits<qint64>::max(), 100000);
            QCOMPARE(int(rows.size()), queuedBefore);
            const bool marked
                = outbox.value()->markDelivered(rows.front().envelopeId, QByteArrayLiteral("{}"), 1);
            receiptRecordedWhileFull = marked;
            QCOMPARE(outbox.value()->pendingCount() + outbox.value()->deliveredCount(), queuedBefore);
            QCOMPARE(outbox.value()->pendingCount(), marked ? queuedBefore - 1 : queuedBefore);
            if (marked) {
                // The stand-in receipt went through after all: that report counts as sent, not queued.
                queued.removeOne(rows.front().reference);
                --queuedBefore;
            }
            QCOMPARE(outbox.value()->integrityCheck(), QStringLiteral("ok"));
            // Every queued envelope is whole: each opens to its own report.
            QStringList opened;
            for (const auto &row : outbox.value()->due(std::numeric_limits<qint64>::max(), 100000))
                opened << referenceOf(row.envelopeJson, organisation.pair);
            opened.sort();
            QCOMPARE(opened, queued);
            outbox.value()->close();
        }
        {
            // Starting again on the full disk.
            auto reopened = store::Outbox::openInDirectory(data);
            fullReopen
                = reopened ? QStringLiteral("opens") : QStringLiteral("refused: %1").arg(reopened.error());
            fullOpenResult = reopened ? reopened.value()->pendingCount() : -1;
            // A new outbox on a full disk fails with a reason, and leaves nothing that blocks it later.
            auto fresh = store::Outbox::openInDirectory(QDir(mountPoint).filePath(QStringLiteral("fresh")));
            QVERIFY(!fresh.ok());
            QVERIFY2(!fresh.error().isEmpty(), "no reason given");
        }

        // Space comes back: queueing works again, and everything queued reaches the intake once.
        QVERIFY(QFile::remove(QDir(mountPoint).filePath(QStringLiteral("filler"))));
        QVERIFY(QFile::remove(QDir(mountPoint).filePath(QStringLiteral("ballast"))));
        bool recovered = false;
        int pendingAfter = -1;
        {
            auto outbox = store::Outbox::openInDirectory(data);
            QVERIFY2(outbox.ok(), qPrintable(outbox.error()));
            if (fullOpenResult >= 0)
                QCOMPARE(fullOpenResult, queuedBefore);
            QCOMPARE(outbox.value()->pendingCount(), queuedBefore);
            auto sealed
                = protocol::seal(proof::testReport(QStringLiteral("HBD-AFTER")), organisation.pair.publicKey);
            auto again = outbox.value()->enqueue(sealed.value(), QStringLiteral("HBD-AFTER"),
                QStringLiteral("Proof"), intakeUrl, QDateTime::currentMSecsSinceEpoch());
            recovered = again.ok();
            QVERIFY2(again.ok(), qPrintable(again.error()));
            queued << QStringLiteral("HBD-AFTER");
            auto fresh = store::Outbox::openInDirectory(QDir(mountPoint).filePath(QStringLiteral("fresh")));
            QVERIFY2(fresh.ok(), qPrintable(fresh.error()));

            delivery::Forwarder forwarder(outbox.value().get());
            forwarder.setBackoff(10, 50);
            forwarder.setPacing(0, 0, 0); // loopback proof: no retry floor, no gap between envelopes
            forwarder.kick();
            QVERIFY(QTest::qWaitFor([&] { return outbox.value()->pendingCount() == 0; }, 60000));
            pendingAfter = outbox.value()->pendingCount();
            QCOMPARE(outbox.value()->integrityCheck(), QStringLiteral("ok"));
            outbox.value()->close();
        }
        intake.stop();
        const proof::Arrivals arrivals = proof::readArrivals(store, organisation.pair);
        QVERIFY2(arrivals.error.isEmpty(), qPrintable(arrivals.error));
        int lost = 0;
        for (const QString &reference : std::as_const(queued))
            lost += arrivals.byReference.value(reference) == 0 ? 1 : 0;

        proof::printFigure(
            QStringLiteral("disk-full: queued-before: %1, lost: %2, error: \"%3\", recovered: %4")
                .arg(queuedBefore)
                .arg(lost)
                .arg(error, recovered ? QStringLiteral("yes") : QStringLiteral("no")));
        proof::printFigure(
            QStringLiteral("disk-full detail: %1; reopening while full: %2; %3 more writes in a row refused "
                           "when completely full (%6 fitted in space SQLite held, queued whole); "
                           "a receipt while full: %4; all %5 then delivered once")
                .arg(how, fullReopen)
                .arg(afterFillFailures)
                .arg(receiptRecordedWhileFull ? QStringLiteral("recorded whole")
                                              : QStringLiteral("refused whole"))
                .arg(queued.size())
                .arg(afterFillFits));
        QCOMPARE(lost, 0);
        QCOMPARE(pendingAfter, 0);
        QCOMPARE(arrivals.duplicated(), 0);
        QCOMPARE(int(arrivals.byReference.size()), int(queued.size()));
        QVERIFY(recovered);
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
