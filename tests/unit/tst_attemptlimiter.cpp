// SPDX-License-Identifier: GPL-3.0-or-later
// The growing waits between wrong guesses, kept in the encrypted settings store.
#include "kiosk/attemptlimiter.h"
#include "store/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using kiosk::AttemptLimiter;

class TestAttemptLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delaysDoubleAfterThreeAndStopAtAnHour()
    {
        const AttemptLimiter::Policy policy;
        const qint64 s = 1000;
        QCOMPARE(AttemptLimiter::delayAfter(0, policy), 0);
        QCOMPARE(AttemptLimiter::delayAfter(1, policy), 0);
        QCOMPARE(AttemptLimiter::delayAfter(2, policy), 0);
        QCOMPARE(AttemptLimiter::delayAfter(3, policy), 30 * s);
        QCOMPARE(AttemptLimiter::delayAfter(4, policy), 60 * s);
        QCOMPARE(AttemptLimiter::delayAfter(5, policy), 120 * s);
        QCOMPARE(AttemptLimiter::delayAfter(9, policy), 1920 * s);
        QCOMPARE(AttemptLimiter::delayAfter(10, policy), 3600 * s); // 3840 s capped
        QCOMPARE(AttemptLimiter::delayAfter(1000000, policy), 3600 * s);
    }

    void countsSurviveReopenAndResetClears()
    {
        QTemporaryDir dir;
        qint64 now = 1'700'000'000'000;
        auto clock = [&now] { return now; };
        {
            auto settings = store::Settings::openInDirectory(dir.path());
            QVERIFY2(settings.ok(), qPrintable(settings.error()));
            AttemptLimiter limiter(settings.value().get(), QStringLiteral("admin"), {}, clock);
            QCOMPARE(limiter.failures(), 0);
            QCOMPARE(limiter.waitMs(), 0);
            for (int i = 0; i < 4; ++i)
                QVERIFY(limiter.recordFailure());
            QCOMPARE(limiter.failures(), 4);
            QCOMPARE(limiter.waitMs(), 60'000);
        }
        now += 10'000;
        auto settings = store::Settings::openInDirectory(dir.path());
        QVERIFY(settings.ok());
        AttemptLimiter limiter(settings.value().get(), QStringLiteral("admin"), {}, clock);
        QCOMPARE(limiter.failures(), 4);
        QCOMPARE(limiter.waitMs(), 50'000);
        // Another name keeps its own count.
        AttemptLimiter other(settings.value().get(), QStringLiteral("volunteer"), {}, clock);
        QCOMPARE(other.failures(), 0);
        QVERIFY(limiter.reset());
        QCOMPARE(limiter.failures(), 0);
        QCOMPARE(limiter.waitMs(), 0);
    }

    void clockSetBackCannotStretchTheWait()
    {
        QTemporaryDir dir;
        qint64 now = 1'700'000'000'000;
        auto settings = store::Settings::openInDirectory(dir.path());
        QVERIFY(settings.ok());
        AttemptLimiter limiter(settings.value().get(), QStringLiteral("admin"), {}, [&now] { return now; });
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.recordFailure());
        QCOMPARE(limiter.waitMs(), 30'000);
        now -= 365LL * 24 * 3600 * 1000; // a year back
        QCOMPARE(limiter.waitMs(), 30'000);
    }

    void withoutAStoreNothingIsAllowed()
    {
        AttemptLimiter limiter(nullptr, QStringLiteral("admin"));
        QCOMPARE(limiter.failures(), -1);
        QCOMPARE(limiter.waitMs(), -1);
        QVERIFY(!limiter.recordFailure());
    }
};

QTEST_GUILESS_MAIN(TestAttemptLimiter)
#include "tst_attemptlimiter.moc"
