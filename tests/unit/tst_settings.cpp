// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted settings store on real SQLCipher files, and its key file's checks.
#include "crypto/sodium.h"
#include "store/settings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace harbour;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    static QByteArray everyFileIn(const QString &dir)
    {
        QByteArray all;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }
    static unsigned modeOf(const QString &path)
    {
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return 07777;
        return st.st_mode & 0777;
    }

private Q_SLOTS:
    void roundTripSurvivesReopen()
    {
        QTemporaryDir dir;
        {
            auto settings = store::Settings::openInDirectory(dir.path());
            QVERIFY2(settings.ok(), qPrintable(settings.error()));
            QVERIFY(!settings.value()->integer(QStringLiteral("absent")).has_value());
            QVERIFY(settings.value()->setInteger(QStringLiteral("admin.failures"), 4));
            QVERIFY(settings.value()->setBytes(QStringLiteral("blob"), QByteArray("\x00\x01\x02", 3)));
            QVERIFY(settings.value()->setInteger(QStringLiteral("admin.failures"), 5)); // replaces
        }
        auto again = store::Settings::openInDirectory(dir.path());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        bool ok = false;
        QCOMPARE(again.value()->integer(QStringLiteral("admin.failures"), &ok).value_or(-1), 5);
        QVERIFY(ok);
        QCOMPARE(again.value()->bytes(QStringLiteral("blob")).value_or(QByteArray()),
            QByteArray("\x00\x01\x02", 3));
        QVERIFY(again.value()->remove(QStringLiteral("blob")));
        QVERIFY(!again.value()->bytes(QStringLiteral("blob")).has_value());
        QCOMPARE(again.value()->integrityCheck(), QStringLiteral("ok"));
    }

    void encryptedOnDiskWithPrivateKeyFile()
    {
        QTemporaryDir parent;
        const QString dataDir = parent.filePath(QStringLiteral("data")); // made by the store
        const QByteArray canaryKey = "CANARYKEY-" + crypto::toHex(crypto::randomBytes(6));
        const QByteArray canaryValue = "CANARYVALUE-" + crypto::toHex(crypto::randomBytes(6));
        {
            auto settings = store::Settings::openInDirectory(dataDir);
            QVERIFY2(settings.ok(), qPrintable(settings.error()));
            QVERIFY(settings.value()->setBytes(QString::fromLatin1(canaryKey), canaryValue));
        }
        const QByteArray files = everyFileIn(dataDir);
        QVERIFY(!files.isEmpty());
        QVERIFY(!files.contains(canaryKey));
        QVERIFY(!files.contains(canaryValue));
        QVERIFY(!files.contains("settings"));
        QVERIFY(
            !store::Database::hasPlainSqliteHeader(QDir(dataDir).filePath(QStringLiteral("settings.db"))));
        QCOMPARE(modeOf(dataDir), 0700u);
        QCOMPARE(modeOf(QDir(dataDir).filePath(QStringLiteral("settings.key"))), 0600u);
        QCOMPARE(QFileInfo(QDir(dataDir).filePath(QStringLiteral("settings.key"))).size(), 32);
        // No temporary key file is left behind.
        QCOMPARE(
            QDir(dataDir).entryList({ QStringLiteral("*.tmp-*") }, QDir::Files | QDir::Hidden).size(), 0);
    }

    void refusesKeyFileOthersCanRead()
    {
        QTemporaryDir dir;
        QVERIFY(store::Settings::openInDirectory(dir.path()).ok());
        const QString key = dir.filePath(QStringLiteral("settings.key"));
        QVERIFY(::chmod(QFile::encodeName(key).constData(), 0644) == 0);
        auto refused = store::Settings::openInDirectory(dir.path());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("0644"))
                && refused.error().contains(QLatin1String("too open"))
                && refused.error().contains(QLatin1String("chmod 600")),
            qPrintable(refused.error()));
        QCOMPARE(modeOf(key), 0644u); // refused, not silently repaired
    }

    void refusesMissingOrDamagedKey()
    {
        QTemporaryDir dir;
        {
            auto settings = store::Settings::openInDirectory(dir.path());
            QVERIFY(settings.ok());
            QVERIFY(settings.value()->setInteger(QStringLiteral("x"), 1));
        }
        const QString key = dir.filePath(QStringLiteral("settings.key"));
        QFile file(key);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();

        QVERIFY(QFile::remove(key));
        auto missing = store::Settings::openInDirectory(dir.path());
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QLatin1String("key file is missing")), qPrintable(missing.error()));
        QVERIFY(!QFile::exists(key)); // a fresh key would have hidden the old counters

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original.left(31));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        auto damaged = store::Settings::openInDirectory(dir.path());
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.error().contains(QLatin1String("damaged")), qPrintable(damaged.error()));

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(crypto::randomBytes(32)); // right size, wrong key
        file.close();
        auto wrongKey = store::Settings::openInDirectory(dir.path());
        QVERIFY(!wrongKey.ok());
        QVERIFY2(wrongKey.error().contains(QLatin1String("cannot be read with this key")),
            qPrintable(wrongKey.error()));
    }

    void refusesSymlinkedKey()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        QFile target(elsewhere.filePath(QStringLiteral("k")));
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(crypto::randomBytes(32));
        target.close();
        QVERIFY(QFile::link(target.fileName(), dir.filePath(QStringLiteral("settings.key"))));
        auto refused = store::Settings::openInDirectory(dir.path());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("symbolic link")), qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
