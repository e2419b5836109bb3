// SPDX-License-Identifier: GPL-3.0-or-later
// Database::transaction: all or nothing, and a failure that says what SQLite said, with a full
// store told apart by SQLite's error code (ErrorKind::DiskFull), never by its English text.
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using store::Database;

class TestDatabase : public QObject
{
    Q_OBJECT

    std::shared_ptr<Database> openFresh(const QTemporaryDir &dir)
    {
        auto db = Database::open(
            dir.filePath(QStringLiteral("t.db")), Database::Encryption::Required, QByteArray(32, '\x2a'));
        if (!db)
            return nullptr;
        if (!db.value()->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, value BLOB);").isEmpty())
            return nullptr;
        return db.value();
    }

    int rows(Database &db)
    {
        Database::Statement count(db, "SELECT count(*) FROM t;");
        return count.next() ? int(count.integer(0)) : -1;
    }

    bool insert(Database &db, qint64 id, const QByteArray &value = QByteArrayLiteral("x"))
    {
        Database::Statement statement(db, "INSERT INTO t (id, value) VALUES (?1, ?2);");
        statement.bind(1, id).bind(2, value);
        statement.next();
        return statement.ok();
    }

private Q_SLOTS:
    void commitsEverything()
    {
        QTemporaryDir dir;
        auto db = openFresh(dir);
        QVERIFY(db);
        const Result<void> committed = db->transaction([&] { return insert(*db, 1) && insert(*db, 2); });
        QVERIFY2(committed.ok(), qPrintable(committed.error()));
        QCOMPARE(rows(*db), 2);
    }

    void failedStatementKeepsSqliteMessageAndRollsBack()
    {
        QTemporaryDir dir;
        auto db = openFresh(dir);
        QVERIFY(db);
        QVERIFY(insert(*db, 1));
        // The second insert fails; the first one's statement is finalised after it, and ROLLBACK
        // runs after both: neither may replace SQLite's reason.
        const Result<void> failed = db->transaction([&] {
            Database::Statement first(*db, "INSERT INTO t (id, value) VALUES (2, 'y');");
            first.next();
            return first.ok() && insert(*db, 1);
        });
        QVERIFY(!failed.ok());
        QVERIFY2(
            failed.error().contains(QStringLiteral("UNIQUE constraint failed")), qPrintable(failed.error()));
        QCOMPARE(failed.errorKind(), ErrorKind::Other);
        QCOMPARE(rows(*db), 1); // the first insert of the failed transaction is not kept
        // The transaction is closed: the next one works.
        QVERIFY(db->transaction([&] { return insert(*db, 3); }).ok());
        QCOMPARE(rows(*db), 2);
    }

    void fullStoreIsDiskFull()
    {
        QTemporaryDir dir;
        auto db = openFresh(dir);
        QVERIFY(db);
        // SQLite answers SQLITE_FULL when the file may not grow: as a full disk does.
        QVERIFY(db->exec("PRAGMA max_page_count = 16;").isEmpty());
        const Result<void> full = db->transaction([&] { return insert(*db, 1, QByteArray(64 * 1024, 'f')); });
        QVERIFY(!full.ok());
        QCOMPARE(full.errorKind(), ErrorKind::DiskFull);
        QVERIFY2(!full.error().isEmpty(), "no reason given");
        QCOMPARE(rows(*db), 0);
        QVERIFY(db->transaction([&] { return insert(*db, 2); }).ok());
    }

    void workGivingUpWithoutSqliteErrorStillFails()
    {
        QTemporaryDir dir;
        auto db = openFresh(dir);
        QVERIFY(db);
        const Result<void> refused = db->transaction([&] { return insert(*db, 1) && false; });
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().isEmpty());
        QCOMPARE(refused.errorKind(), ErrorKind::Other);
        QCOMPARE(rows(*db), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
