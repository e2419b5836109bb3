// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's idle timeout, driven by real timers and real input events.
#include "kiosk/idlemonitor.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace harbour::kiosk;

class TestIdleMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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

QTEST_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
