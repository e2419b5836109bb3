// SPDX-License-Identifier: GPL-3.0-or-later
// The volunteer code: starts assisted mode ("assisted" is all the report records), attempt-limited
// apart from the admin passphrase.
#include "kiosk/adminlock.h"
#include "kiosk/secrethash.h"
#include "kiosk/volunteercode.h"
#include "store/settings.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using kiosk::VolunteerCode;
using O = kiosk::CheckResult::Outcome;

class TestVolunteerCode : public QObject
{
    Q_OBJECT

private:
    const QString m_code = QStringLiteral("481 207");
    QByteArray m_hash;
    qint64 m_now = 1'700'000'000'000;

private Q_SLOTS:
    void initTestCase()
    {
        auto hash = kiosk::hashSecret(kiosk::secretBytes(m_code), kiosk::HashLimits::interactive());
        QVERIFY2(hash.ok(), qPrintable(hash.error()));
        m_hash = hash.value();
    }

    void rightCodeStartsAssistedMode()
    {
        QTemporaryDir dir;
        auto settings = store::Settings::openInDirectory(dir.path());
        QVERIFY(settings.ok());
        VolunteerCode code(m_hash, settings.value().get(), [this] { return m_now; });
        QCOMPARE(code.enter(m_code).outcome, O::Accepted);
        QCOMPARE(VolunteerCode::reportMode(), QStringLiteral("assisted"));

        QCOMPARE(code.enter(QStringLiteral("999 999")).outcome, O::Wrong);

        // Neither the code nor a wrong guess is written anywhere: only counts and times are kept.
        settings.value()->close();
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains("481 207"));
            QVERIFY(!bytes.contains("999 999"));
        }
    }

    void limitedLikeTheAdminLockButCountedApart()
    {
        QTemporaryDir dir;
        {
            auto settings = store::Settings::openInDirectory(dir.path());
            QVERIFY(settings.ok());
            VolunteerCode code(m_hash, settings.value().get(), [this] { return m_now; });
            for (int i = 1; i <= 3; ++i)
                QCOMPARE(code.enter(QStringLiteral("000000")).outcome, O::Wrong);
            QCOMPARE(code.waitMs(), 30'000);
            QCOMPARE(code.enter(m_code).outcome, O::LockedOut);

            // The admin passphrase has its own count: a volunteer's typos do not lock the admin out.
            kiosk::AdminLock admin(m_hash, settings.value().get(), [this] { return m_now; });
            QCOMPARE(admin.failures(), 0);
            QCOMPARE(admin.waitMs(), 0);
        }
        auto settings = store::Settings::openInDirectory(dir.path());
        QVERIFY(settings.ok());
        VolunteerCode code(m_hash, settings.value().get(), [this] { return m_now; });
        QCOMPARE(code.failures(), 3);
        QCOMPARE(code.enter(m_code).outcome, O::LockedOut);
        m_now += 30'000;
        QCOMPARE(code.enter(m_code).outcome, O::Accepted);
    }

    void unsetCodeCannotStartAssistedMode()
    {
        QTemporaryDir dir;
        auto settings = store::Settings::openInDirectory(dir.path());
        QVERIFY(settings.ok());
        VolunteerCode code({}, settings.value().get());
        QCOMPARE(code.enter(m_code).outcome, O::NotConfigured);
    }
};

QTEST_GUILESS_MAIN(TestVolunteerCode)
#include "tst_volunteercode.moc"
