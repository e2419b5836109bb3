// SPDX-License-Identifier: GPL-3.0-or-later
// Quick exit gestures and the idle timeout, driven by real key events and real timers.
#include "kiosk/idlemonitor.h"
#include "kiosk/quickexit.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace harbour::kiosk;

class TestKioskGuards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shiftThreeTimesWithinFiveSeconds_data()
    {
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<bool>("exits");
        const int S = Qt::Key_Shift, E = Qt::Key_Escape, A = Qt::Key_A;
        QTest::newRow("three shifts, quick")
            << QList<int> { S, S, S } << QList<qint64> { 0, 300, 600 } << true;
        QTest::newRow("three shifts within 5 s")
            << QList<int> { S, S, S } << QList<qint64> { 0, 2500, 5000 } << true;
        QTest::newRow("three shifts over 5 s")
            << QList<int> { S, S, S } << QList<qint64> { 0, 2600, 5100 } << false;
        QTest::newRow("two shifts") << QList<int> { S, S } << QList<qint64> { 0, 100 } << false;
        QTest::newRow("typing capitals")
            << QList<int> { S, A, S, A, S, A } << QList<qint64> { 0, 50, 100, 150, 200, 250 } << false;
        QTest::newRow("capitals, then three shifts")
            << QList<int> { S, A, S, S, S } << QList<qint64> { 0, 50, 100, 150, 200 } << true;
        QTest::newRow("escape twice") << QList<int> { E, E } << QList<qint64> { 0, 500 } << true;
        QTest::newRow("escape twice, slow") << QList<int> { E, E } << QList<qint64> { 0, 2500 } << false;
        QTest::newRow("escape, key, escape")
            << QList<int> { E, A, E } << QList<qint64> { 0, 100, 200 } << false;
    }
    void shiftThreeTimesWithinFiveSeconds()
    {
        QFETCH(QList<int>, keys);
        QFETCH(QList<qint64>, times);
        QFETCH(bool, exits);
        QuickExit exit;
        bool fired = false;
        for (qsizetype i = 0; i < keys.size(); ++i)
            fired = exit.keyPressed(keys[i], times[i]) || fired;
        QCOMPARE(fired, exits);
    }

    void realKeyEventsReachTheFilter()
    {
        QWindow window;
        window.show();
        QuickExit exit;
        QSignalSpy triggered(&exit, &QuickExit::triggered);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&window, Qt::Key_Shift);
        QCOMPARE(triggered.count(), 1);
        // Auto-repeat (a held key) does not count as presses.
        QKeyEvent held(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier, QString(), true);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::sendEvent(&window, &held);
        QCOMPARE(triggered.count(), 1);
    }

    void warnsThenExtendsAtLeastTenTimes()
    {
        IdleMonitor idle;
        idle.setWarningAfterMs(1000);
        idle.setGraceMs(20000);
        QSignalSpy timedOut(&idle, &IdleMonitor::timedOut);
        idle.setEnabled(true);
        for (int i = 0; i < 12; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(idle.warning(), 3000);
            QVERIFY(idle.secondsLeft() > 15 && idle.secondsLeft() <= 20);
            idle.extend();
            QVERIFY(!idle.warning());
        }
        QCOMPARE(idle.extensions(), 12);
        QCOMPARE(timedOut.count(), 0);
        idle.restart();
        QCOMPARE(idle.extensions(), 0);
    }

    void graceIsNeverUnderTwentySeconds()
    {
        IdleMonitor idle;
        idle.setGraceMs(500);
        QCOMPARE(idle.graceMs(), IdleMonitor::kMinimumGraceMs);
    }

    void activityPostponesTheWarningButDoesNotDismissIt()
    {
        QWindow window;
        window.show();
        IdleMonitor idle;
        idle.setWarningAfterMs(1000);
        idle.setEnabled(true);
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(500);
            QTest::mouseClick(&window, Qt::LeftButton);
        }
        QVERIFY(!idle.warning()); // 2 s passed, but never 1 s without input
        QTRY_VERIFY_WITH_TIMEOUT(idle.warning(), 3000);
        // Once the warning is up only an answer to it counts: a stray tap must not hide it.
        QTest::mouseClick(&window, Qt::LeftButton);
        QVERIFY(idle.warning());
        idle.setEnabled(false);
        QVERIFY(!idle.warning());
    }

    void timesOutAfterTheGracePeriod()
    {
        IdleMonitor idle;
        idle.setWarningAfterMs(1000);
        idle.setGraceMs(20000);
        QSignalSpy timedOut(&idle, &IdleMonitor::timedOut);
        idle.setEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(idle.warning(), 3000);
        QVERIFY(timedOut.wait(23000));
        QVERIFY(!idle.warning());
        QCOMPARE(idle.secondsLeft(), 0);
    }
};

QTEST_MAIN(TestKioskGuards)
#include "tst_kioskguards.moc"
