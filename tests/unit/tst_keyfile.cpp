// SPDX-License-Identifier: GPL-3.0-or-later
// The private-file writers every 0600 file goes through (app/store/keyfile.h): the organisation's
// key files, the inbox's exports. The readers' checks are tested with the keys that use them
// (tst_outbox, tst_settings, tst_kioskidentity).
#include "store/keyfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace harbour;

namespace {

struct stat statOf(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        st.st_mode = 0;
    return st;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writePlain(const QString &path, const QByteArray &data, mode_t mode)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.flush()
        && ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

} // namespace

class TestKeyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsANewFileOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("org.key"));
        // A loose umask must not loosen the file.
        const mode_t previous = ::umask(0);
        auto created = store::createPrivateFile(path, "secret", QStringLiteral("key file"));
        ::umask(previous);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(statOf(path).st_mode & 0777, 0600u);
        QCOMPARE(contentsOf(path), QByteArray("secret"));
        // Nothing left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("org.key") });
    }

    void createNeverOverwrites_data()
    {
        QTest::addColumn<QString>("existing");
        QTest::newRow("a file") << QStringLiteral("file");
        QTest::newRow("a symbolic link to a file") << QStringLiteral("link");
        QTest::newRow("a dangling symbolic link") << QStringLiteral("dangling");
    }

    void createNeverOverwrites()
    {
        QFETCH(QString, existing);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("org.key"));
        const QString target = dir.filePath(QStringLiteral("target"));
        if (existing == QLatin1String("file"))
            QVERIFY(writePlain(path, "old", 0600));
        else if (existing == QLatin1String("link"))
            QVERIFY(writePlain(target, "old", 0644) && QFile::link(target, path));
        else
            QVERIFY(QFile::link(target, path));
        auto created = store::createPrivateFile(path, "new", QStringLiteral("key file"));
        QVERIFY(!created.ok());
        QCOMPARE(created.errorKind(), ErrorKind::Refused);
        QVERIFY2(created.error().contains(QLatin1String("already exists")), qPrintable(created.error()));
        QCOMPARE(contentsOf(existing == QLatin1String("file") ? path : target),
            existing == QLatin1String("dangling") ? QByteArray() : QByteArray("old"));
        if (existing == QLatin1String("dangling"))
            QVERIFY(!QFile::exists(target)); // nothing written through the link
    }

    // An export over an older one: a new 0600 file takes the name; the old file is not chmodded
    // or rewritten (another name for it keeps its contents and mode).
    void replaceMakesANewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reports.csv"));
        const QString otherName = dir.filePath(QStringLiteral("shared.csv"));
        QVERIFY(writePlain(path, "old reports", 0644));
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(otherName).constData()), 0);
        const ino_t oldInode = statOf(path).st_ino;

        auto replaced = store::replacePrivateFile(path, "new reports", QStringLiteral("export file"));
        QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
        QCOMPARE(contentsOf(path), QByteArray("new reports"));
        QCOMPARE(statOf(path).st_mode & 0777, 0600u);
        QVERIFY(statOf(path).st_ino != oldInode);
        QCOMPARE(contentsOf(otherName), QByteArray("old reports"));
        QCOMPARE(statOf(otherName).st_mode & 0777, 0644u);
    }

    void replaceCreatesWhenMissing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reports.json"));
        auto replaced = store::replacePrivateFile(path, "[]", QStringLiteral("export file"));
        QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
        QCOMPARE(statOf(path).st_mode & 0777, 0600u);
        QCOMPARE(contentsOf(path), QByteArray("[]"));
    }

    void replaceRefusesLinksAndFolders_data()
    {
        QTest::addColumn<QString>("existing");
        QTest::addColumn<QString>("reason");
        QTest::newRow("symbolic link") << QStringLiteral("link") << QStringLiteral("is a symbolic link");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is not a regular file");
    }

    void replaceRefusesLinksAndFolders()
    {
        QFETCH(QString, existing);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reports.csv"));
        const QString target = dir.filePath(QStringLiteral("elsewhere"));
        if (existing == QLatin1String("link"))
            QVERIFY(writePlain(target, "not yours", 0644) && QFile::link(target, path));
        else
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("reports.csv")));
        auto replaced = store::replacePrivateFile(path, "reports", QStringLiteral("export file"));
        QVERIFY(!replaced.ok());
        QCOMPARE(replaced.errorKind(), ErrorKind::Refused);
        QVERIFY2(replaced.error().contains(reason), qPrintable(replaced.error()));
        if (existing == QLatin1String("link")) {
            QVERIFY(S_ISLNK(statOf(path).st_mode));
            QCOMPARE(contentsOf(target), QByteArray("not yours"));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
