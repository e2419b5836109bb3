// SPDX-License-Identifier: GPL-3.0-or-later
// The admin passphrase: Argon2id hash, growing waits that survive a restart, and no guess
// (not even the right one) accepted during a wait.
#include "kiosk/adminlock.h"
#include "kiosk/secrethash.h"
#include "store/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using kiosk::AdminLock;
using O = kiosk::CheckResult::Outcome;

class TestAdminLock : public QObject
{
    Q_OBJECT

private:
    const QString m_passphrase = QStringLiteral("harbour kiosk admin 7");
    QByteArray m_hash;
    qint64 m_now = 1'700'000'000'000;
    kiosk::AttemptLimiter::Clock clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void initTestCase()
    {
        // INTERACTIVE limits keep the test fast; verification reads the limits from the hash.
        auto hash = kiosk::hashSecret(kiosk::secretBytes(m_passphrase), kiosk::HashLimits::interactive());
        QVERIFY2(hash.ok(), qPrintable(hash.error()));
        m_hash = hash.value();
        QVERIFY(m_hash.startsWith("$argon2id$v=19$m=65536,t=2,p=1$"));
        QVERIFY(!m_hash.contains(m_passphrase.toUtf8()));
    }

    void moderateIsTheDefault()
    {
        auto hash = kiosk::hashSecret("x");
        QVERIFY(hash.ok());
        QVERIFY2(hash.value().startsWith("$argon2id$v=19$m=262144,t=3,p=1$"), hash.value().constData());
    }

    void acceptsTheRightPassphrase()
    {
        QTemporaryDir dir;
        auto settings = store::Settings::openInDirectory(dir.path());
        QVERIFY(settings.ok());
        AdminLock lock(m_hash, settings.value().get(), clock());
        QVERIFY(lock.configured());
        QCOMPARE(lock.unlock(QStringLiteral("wrong")).outcome, O::Wrong);
        const auto result = lock.unlock(m_passphrase);
        QCOMPARE(result.outcome, O::Accepted);
        QCOMPARE(lock.failures(), 0); // a right guess forgives the earlier wrong one
    }

    void delaysGrowSurviveReopenAndRefuseEvenTheRightPassphrase()
    {
        QTemporaryDir dir;
        {
            auto settings = store::Settings::openInDirectory(dir.path());
            QVERIFY(settings.ok());
            AdminLock lock(m_hash, settings.value().get(), clock());
            QCOMPARE(lock.unlock(QStringLiteral("guess 1")).outcome, O::Wrong);
            auto second = lock.unlock(QStringLiteral("guess 2"));
            QCOMPARE(second.outcome, O::Wrong);
            QCOMPARE(second.waitMs, 0); // two are free
            auto third = lock.unlock(QStringLiteral("guess 3"));
            QCOMPARE(third.outcome, O::Wrong);
            QCOMPARE(third.failures, 3);
            QCOMPARE(third.waitMs, 30'000);

            // During the wait nothing is tried, not even the right passphrase.
            m_now += 29'000;
            auto early = lock.unlock(m_passphrase);
            QCOMPARE(early.outcome, O::LockedOut);
            QCOMPARE(early.waitMs, 1'000);
            QCOMPARE(lock.failures(), 3); // a refused guess is not counted either

            m_now += 1'000;
            auto fourth = lock.unlock(QStringLiteral("guess 4"));
            QCOMPARE(fourth.outcome, O::Wrong);
            QCOMPARE(fourth.waitMs, 60'000);
        } // the process ends: a new kiosk session starts with a new process

        auto settings = store::Settings::openInDirectory(dir.path());
        QVERIFY(settings.ok());
        AdminLock lock(m_hash, settings.value().get(), clock());
        QCOMPARE(lock.failures(), 4);
        QCOMPARE(lock.waitMs(), 60'000);
        auto afterRestart = lock.unlock(m_passphrase);
        QCOMPARE(afterRestart.outcome, O::LockedOut);
        QCOMPARE(afterRestart.waitMs, 60'000);

        m_now += 60'000;
        auto fifth = lock.unlock(QStringLiteral("guess 5"));
        QCOMPARE(fifth.outcome, O::Wrong);
        QCOMPARE(fifth.waitMs, 120'000);
        m_now += 119'999;
        QCOMPARE(lock.unlock(m_passphrase).outcome, O::LockedOut);
        m_now += 1;
        QCOMPARE(lock.unlock(m_passphrase).outcome, O::Accepted);
        QCOMPARE(lock.failures(), 0);
        QCOMPARE(lock.waitMs(), 0);
    }

    void sameTextTypedDifferentlyMatches()
    {
        QTemporaryDir dir;
        auto settings = store::Settings::openInDirectory(dir.path());
        QVERIFY(settings.ok());
        const QString precomposed = QStringLiteral("caf\u00e9 au lait 1234");
        const QString combining = QStringLiteral("cafe\u0301 au lait 1234");
        auto hash = kiosk::hashSecret(kiosk::secretBytes(precomposed), kiosk::HashLimits::interactive());
        QVERIFY(hash.ok());
        AdminLock lock(hash.value(), settings.value().get(), clock());
        QCOMPARE(lock.unlock(combining).outcome, O::Accepted);
    }

    void refusesWithoutHashOrStore()
    {
        QTemporaryDir dir;
        auto settings = store::Settings::openInDirectory(dir.path());
        QVERIFY(settings.ok());
        AdminLock unset({}, settings.value().get(), clock());
        QVERIFY(!unset.configured());
        QCOMPARE(unset.unlock(m_passphrase).outcome, O::NotConfigured);

        // Fail closed: a guess that cannot be counted is not tried.
        AdminLock noStore(m_hash, nullptr, clock());
        QCOMPARE(noStore.unlock(m_passphrase).outcome, O::StoreFailed);
        settings.value()->close();
        AdminLock closedStore(m_hash, settings.value().get(), clock());
        QCOMPARE(closedStore.unlock(m_passphrase).outcome, O::StoreFailed);
    }

    void malformedHashNeverMatches()
    {
        QVERIFY(!kiosk::verifySecret("$argon2id$v=19$garbage", "anything"));
        QVERIFY(!kiosk::verifySecret("plain text", "plain text"));
        QVERIFY(!kiosk::isSecretHash(QByteArray("$argon2id$v=19$m=1\0x", 21)));
    }

    void newPassphraseRules()
    {
        using kiosk::SecretKind;
        QVERIFY(!kiosk::checkNewSecret(QStringLiteral("short"), SecretKind::AdminPassphrase).isEmpty());
        QVERIFY(kiosk::checkNewSecret(QStringLiteral("twelve chars"), SecretKind::AdminPassphrase).isEmpty());
        QVERIFY(
            !kiosk::checkNewSecret(QStringLiteral(" leading space!"), SecretKind::AdminPassphrase).isEmpty());
        QVERIFY(!kiosk::checkNewSecret(QStringLiteral("tab\there inside"), SecretKind::AdminPassphrase)
                     .isEmpty());
        QVERIFY(!kiosk::checkNewSecret(QStringLiteral("12345"), SecretKind::VolunteerCode).isEmpty());
        QVERIFY(kiosk::checkNewSecret(QStringLiteral("482913"), SecretKind::VolunteerCode).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdminLock)
#include "tst_adminlock.moc"
