// SPDX-License-Identifier: GPL-3.0-or-later
// The quick exit gestures, driven by real key events.
#include "kiosk/quickexit.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace harbour::kiosk;

class TestQuickExit : public QObject
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
};

QTEST_MAIN(TestQuickExit)
#include "tst_quickexit.moc"
