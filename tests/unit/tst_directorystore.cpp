// SPDX-License-Identifier: GPL-3.0-or-later
// The directory store: the last good directory kept in the real encrypted settings store, rollback
// refused, refused directories changing nothing, the built-in one as the fallback.
#include "tst_directory_testdata.h"

#include "directory/directorystore.h"
#include "store/settings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using namespace harbour::testdata;

class TestDirectoryStore : public QObject
{
    Q_OBJECT

private:
    protocol::KeyPair m_authority;
    protocol::KeyPair m_other;
    QByteArray m_police;
    QByteArray m_support;

    QJsonObject goodDirectory(qint64 serial = 5) const
    {
        return testdata::goodDirectory(serial, m_police, m_support);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_authority = protocol::generateSigningKeyPair();
        m_other = protocol::generateSigningKeyPair();
        m_police = protocol::generateRecipientKeyPair().publicKey;
        m_support = protocol::generateRecipientKeyPair().publicKey;
    }

    void storeKeepsLastGoodAndRefusesRollback()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray embedded = signedFile(goodDirectory(3), m_authority.secretKey);
        const QByteArray newer = signedFile(goodDirectory(7), m_authority.secretKey);
        const QByteArray older = signedFile(goodDirectory(5), m_authority.secretKey);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            auto settings = store::Settings::openInDirectory(dir.path());
            QVERIFY2(settings, qPrintable(settings.error()));
            directory::DirectoryStore store(settings->get(), { m_authority.publicKey });
            store.load(embedded, now);
            QCOMPARE(store.source(), directory::DirectoryStore::Source::Embedded);
            QCOMPARE(store.current()->serial, 3);
            QVERIFY(store.offer(newer, now));
            QCOMPARE(store.source(), directory::DirectoryStore::Source::Offered);
            QCOMPARE(store.current()->serial, 7);
            // Offering the one in use again changes nothing and is not an error.
            QVERIFY(store.offer(newer, now));

            auto rollback = store.offer(older, now);
            QVERIFY(!rollback);
            QVERIFY2(rollback.error().contains(QStringLiteral("rollback")), qPrintable(rollback.error()));
            QCOMPARE(store.current()->serial, 7);

            QJsonObject sameSerial = goodDirectory(7);
            sameSerial.insert(QStringLiteral("name"), QStringLiteral("another directory with serial 7"));
            auto clash = store.offer(signedFile(sameSerial, m_authority.secretKey), now);
            QVERIFY(!clash);
            QVERIFY2(clash.error().contains(QStringLiteral("already used")), qPrintable(clash.error()));

            for (const QByteArray &bad :
                { signedFile(goodDirectory(9), m_other.secretKey), QByteArrayLiteral("{"),
                    signedFile(
                        directoryObject(9, goodDirectory().value(QStringLiteral("organisations")).toArray(),
                            now.addDays(-10), now.addDays(-1)),
                        m_authority.secretKey) }) {
                QVERIFY(!store.offer(bad, now));
                QCOMPARE(store.current()->serial, 7);
                QCOMPARE(store.source(), directory::DirectoryStore::Source::Offered);
            }
            QCOMPARE(store.highestSerial(), 7);
            settings.value()->close();
        }
        {
            // After a restart the kept directory wins over the older built-in one.
            auto settings = store::Settings::openInDirectory(dir.path());
            QVERIFY2(settings, qPrintable(settings.error()));
            directory::DirectoryStore store(settings->get(), { m_authority.publicKey });
            store.load(embedded, now);
            QCOMPARE(store.source(), directory::DirectoryStore::Source::Stored);
            QCOMPARE(store.current()->serial, 7);
            QVERIFY(!store.offer(older, now));
            // Much later, the kept one has expired: the built-in one is the fallback.
            directory::DirectoryStore later(settings->get(), { m_authority.publicKey });
            const QByteArray longLived = signedFile(
                directoryObject(3, goodDirectory().value(QStringLiteral("organisations")).toArray(),
                    now.addDays(-1), now.addDays(400)),
                m_authority.secretKey);
            later.load(longLived, now.addDays(100));
            QCOMPARE(later.source(), directory::DirectoryStore::Source::Embedded);
            QCOMPARE(later.current()->serial, 3);
            QVERIFY(later.problems().join(u' ').contains(QStringLiteral("expired")));
            // The rollback floor survives: serial 5 is still refused.
            QVERIFY(
                !later.offer(signedFile(directoryObject(5,
                                            goodDirectory().value(QStringLiteral("organisations")).toArray(),
                                            now.addDays(99), now.addDays(400)),
                                 m_authority.secretKey),
                    now.addDays(100)));
            // Nothing usable at all: no directory, and the reason is given.
            directory::DirectoryStore none(nullptr, { m_other.publicKey });
            none.load(embedded, now);
            QVERIFY(!none.current());
            QCOMPARE(none.source(), directory::DirectoryStore::Source::None);
            QVERIFY(none.problems().join(u' ').contains(QStringLiteral("unknown signing key")));
        }
        // The kept directory is in the encrypted store, never in plaintext on disk.
        QFile db(dir.filePath(QStringLiteral("settings.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray raw = db.readAll();
        QVERIFY(!raw.contains("harbour-directory") && !raw.contains("sussex-police"));
    }

    void newerBuiltInDirectoryReplacesKeptOne()
    {
        QTemporaryDir dir;
        auto settings = store::Settings::openInDirectory(dir.path());
        QVERIFY(settings);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        directory::DirectoryStore first(settings->get(), { m_authority.publicKey });
        first.load(signedFile(goodDirectory(2), m_authority.secretKey), now);
        QVERIFY(first.offer(signedFile(goodDirectory(4), m_authority.secretKey), now));
        // An app update ships serial 6: it is used and kept.
        directory::DirectoryStore second(settings->get(), { m_authority.publicKey });
        second.load(signedFile(goodDirectory(6), m_authority.secretKey), now);
        QCOMPARE(second.source(), directory::DirectoryStore::Source::Embedded);
        QCOMPARE(second.current()->serial, 6);
        QCOMPARE(second.highestSerial(), 6);
        directory::DirectoryStore third(settings->get(), { m_authority.publicKey });
        third.load(QByteArray(), now);
        QCOMPARE(third.source(), directory::DirectoryStore::Source::Stored);
        QCOMPARE(third.current()->serial, 6);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryStore)
#include "tst_directorystore.moc"
