// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox on real SQLCipher files: encrypted on disk, refuses wrong keys and plain files.
#include "crypto/sodium.h"
#include "protocol/envelope.h"
#include "store/outbox.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace harbour;

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QByteArray m_canary;
    protocol::KeyPair m_recipient;

    protocol::Envelope sealedReport()
    {
        const QByteArray json = "{\"answers\":{\"narrative\":\"" + m_canary + "\"}}";
        auto envelope = protocol::seal(json, m_recipient.publicKey);
        Q_ASSERT(envelope.ok());
        return envelope.value();
    }
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

private Q_SLOTS:
    void initTestCase()
    {
        m_canary = "CANARY-" + crypto::toHex(crypto::randomBytes(8));
        m_recipient = protocol::generateRecipientKeyPair();
    }

    void storesOnlyCiphertext()
    {
        QTemporaryDir dir;
        const QString reference = QStringLiteral("HB-CANA-RY12");
        {
            auto outbox = store::Outbox::openInDirectory(dir.path());
            QVERIFY2(outbox.ok(), qPrintable(outbox.error()));
            QVERIFY(outbox.value()
                        ->enqueue(sealedReport(), reference, QStringLiteral("Canary Org"),
                            QUrl(QStringLiteral("http://127.0.0.1:1/v1/envelopes")), 0)
                        .ok());
            QCOMPARE(outbox.value()->pendingCount(), 1);
        }
        const QByteArray files = everyFileIn(dir.path());
        QVERIFY(!files.isEmpty());
        QVERIFY2(!files.contains(m_canary), "report text found in the data folder");
        // Metadata is encrypted too: the reference and the organisation's name are not readable.
        QVERIFY(!files.contains(reference.toUtf8()));
        QVERIFY(!files.contains("Canary Org"));
        QVERIFY(!files.contains("pending"));
        QVERIFY(!store::Database::hasPlainSqliteHeader(dir.filePath(QStringLiteral("outbox.db"))));
        QFile db(dir.filePath(QStringLiteral("outbox.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.read(16).startsWith("SQLite format 3"));

        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(dir.filePath(QStringLiteral("outbox.key"))).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(st.st_size, 32);
    }

    void survivesReopenAndDeliversOnce()
    {
        QTemporaryDir dir;
        const auto envelope = sealedReport();
        const QUrl intake(QStringLiteral("http://127.0.0.1:1/v1/envelopes"));
        {
            auto outbox = store::Outbox::openInDirectory(dir.path());
            QVERIFY(outbox.ok());
            QVERIFY(
                outbox.value()
                    ->enqueue(envelope, QStringLiteral("HB-AAAA-BBBB"), QStringLiteral("Org"), intake, 1000)
                    .ok());
            // The same envelope id cannot be queued twice.
            QVERIFY(
                !outbox.value()
                     ->enqueue(envelope, QStringLiteral("HB-AAAA-BBBB"), QStringLiteral("Org"), intake, 1000)
                     .ok());
        }
        auto outbox = store::Outbox::openInDirectory(dir.path());
        QVERIFY2(outbox.ok(), qPrintable(outbox.error()));
        auto &box = *outbox.value();
        QCOMPARE(box.pendingCount(), 1);
        QCOMPARE(box.stateOf(QStringLiteral("HB-AAAA-BBBB")), store::Outbox::State::Queued);
        QCOMPARE(box.nextAttemptMs().value_or(-1), 1000);
        QVERIFY(box.due(999).empty());
        const auto due = box.due(1000);
        QCOMPARE(due.size(), size_t(1));
        QCOMPARE(due.front().envelopeJson, envelope.toJson());
        QCOMPARE(due.front().intakeUrl, intake);

        QVERIFY(box.recordFailure(envelope.id, 1, 5000));
        QVERIFY(box.due(4999).empty());
        QCOMPARE(box.due(5000).front().attempts, 1);
        QVERIFY(box.retryAllNow(2000));
        QCOMPARE(box.due(2000).size(), size_t(1));

        const QByteArray receipt = protocol::makeReceipt(envelope, QDateTime::currentDateTimeUtc()).toJson();
        QVERIFY(box.markDelivered(envelope.id, receipt, 3000));
        QCOMPARE(box.pendingCount(), 0);
        QCOMPARE(box.deliveredCount(), 1);
        QCOMPARE(box.stateOf(QStringLiteral("HB-AAAA-BBBB")), store::Outbox::State::Sent);
        QVERIFY(!box.nextAttemptMs().has_value());
        QCOMPARE(box.integrityCheck(), QStringLiteral("ok"));
    }

    // The route a copy was queued with (docs/protocol.md §11.7) survives a restart, and an onion
    // address is kept only for a copy that goes through Tor.
    void keepsTheRouteQueued()
    {
        QTemporaryDir dir;
        const QUrl intake(QStringLiteral("https://intake.example.org/v1/envelopes"));
        const QString onion
            = QStringLiteral("aaaqeayeaudaocajbifqydiob4ibceqtcqkrmfyydenbwha5dyp3kead.onion");
        const auto direct = sealedReport();
        const auto throughTor = sealedReport();
        const auto throughAnExit = sealedReport();
        {
            auto outbox = store::Outbox::openInDirectory(dir.path());
            QVERIFY(outbox.ok());
            QVERIFY(outbox.value()
                        ->enqueueAll(
                            { { direct, QStringLiteral("A"), intake, QString(), false, onion },
                                { throughTor, QStringLiteral("B"), intake, QString(), true, onion },
                                { throughAnExit, QStringLiteral("C"), intake, QString(), true, QString() } },
                            QStringLiteral("HB-ROUT-E000"), 1000)
                        .ok());
        }
        auto outbox = store::Outbox::openInDirectory(dir.path());
        QVERIFY(outbox.ok());
        QHash<QByteArray, store::Outbox::Pending> rows;
        for (const auto &row : outbox.value()->due(1000))
            rows.insert(row.envelopeId, row);
        QCOMPARE(rows.size(), 3);
        QVERIFY(!rows[direct.id].viaTor);
        QCOMPARE(rows[direct.id].onion, QString()); // not through Tor: no onion address kept
        QVERIFY(rows[throughTor.id].viaTor);
        QCOMPARE(rows[throughTor.id].onion, onion);
        QVERIFY(rows[throughAnExit.id].viaTor);
        QCOMPARE(rows[throughAnExit.id].onion, QString());
    }

    void wrongKeyFailsClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.db"));
        const QByteArray key = crypto::randomBytes(32);
        {
            auto outbox = store::Outbox::open(path, key);
            QVERIFY(outbox.ok());
            QVERIFY(outbox.value()
                        ->enqueue(sealedReport(), QStringLiteral("HB-1"), QStringLiteral("Org"),
                            QUrl(QStringLiteral("http://127.0.0.1:1/")), 0)
                        .ok());
        }
        auto wrong = store::Outbox::open(path, crypto::randomBytes(32));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().contains(QStringLiteral("wrong key")), qPrintable(wrong.error()));
        auto shortKey = store::Outbox::open(path, crypto::randomBytes(16));
        QVERIFY(!shortKey.ok());
        QVERIFY(shortKey.error().contains(QStringLiteral("32 bytes")));
        // The right key still opens it: a failed open changed nothing.
        auto right = store::Outbox::open(path, key);
        QVERIFY2(right.ok(), qPrintable(right.error()));
        QCOMPARE(right.value()->pendingCount(), 1);
    }

    void refusesPlainDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.db"));
        sqlite3 *plain = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &plain), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(plain, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(plain);
        QVERIFY(store::Database::hasPlainSqliteHeader(path));
        auto outbox = store::Outbox::open(path, crypto::randomBytes(32));
        QVERIFY(!outbox.ok());
        QVERIFY2(outbox.error().contains(QStringLiteral("unencrypted")), qPrintable(outbox.error()));
    }

    void refusesMissingOrDamagedKeyFile()
    {
        QTemporaryDir dir;
        {
            auto outbox = store::Outbox::openInDirectory(dir.path());
            QVERIFY(outbox.ok());
        }
        QFile key(dir.filePath(QStringLiteral("outbox.key")));
        QVERIFY(key.open(QIODevice::ReadWrite));
        const QByteArray original = key.readAll();
        key.resize(10);
        key.close();
        auto damaged = store::Outbox::openInDirectory(dir.path());
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.error().contains(QStringLiteral("damaged")), qPrintable(damaged.error()));

        QVERIFY(key.remove());
        auto missing = store::Outbox::openInDirectory(dir.path());
        QVERIFY(!missing.ok());
        QVERIFY2(
            missing.error().contains(QStringLiteral("key file is missing")), qPrintable(missing.error()));
        // Nothing was replaced: the old database is still there, not a fresh one.
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("outbox.db"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("outbox.key"))));
    }

    // outbox.key gets the checks of every other key file (store/keyfile.h): what another user could
    // read, redirect or own is refused with a reason, and never repaired behind the person's back.
    void refusesKeyFileOthersCouldUse_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("reason");
        QTest::newRow("symbolic link to a key elsewhere")
            << QStringLiteral("symlink") << QStringLiteral("is a symbolic link; refusing");
        QTest::newRow("group-readable") << QStringLiteral("0640") << QStringLiteral("permissions 0640");
        QTest::newRow("world-readable") << QStringLiteral("0604") << QStringLiteral("permissions 0604");
        QTest::newRow("group-writable") << QStringLiteral("0620") << QStringLiteral("too open");
        QTest::newRow("owned by another user")
            << QStringLiteral("chown") << QStringLiteral("belongs to user id 65534");
    }

    void refusesKeyFileOthersCouldUse()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        const QString keyPath = dir.filePath(QStringLiteral("outbox.key"));
        const QByteArray native = QFile::encodeName(keyPath);
        {
            auto outbox = store::Outbox::openInDirectory(dir.path());
            QVERIFY2(outbox.ok(), qPrintable(outbox.error()));
        }
        if (tamper == QLatin1String("symlink")) {
            const QString moved = elsewhere.filePath(QStringLiteral("outbox.key"));
            QVERIFY(QFile::rename(keyPath, moved));
            QVERIFY(QFile::link(moved, keyPath));
        } else if (tamper == QLatin1String("chown")) {
            if (::geteuid() != 0)
                QSKIP("giving a file to another user needs root");
            QCOMPARE(::chown(native.constData(), 65534, 65534), 0);
        } else {
            QCOMPARE(::chmod(native.constData(), mode_t(tamper.toUInt(nullptr, 8))), 0);
        }
        struct stat before
        {
        };
        QCOMPARE(::stat(native.constData(), &before), 0);

        auto refused = store::Outbox::openInDirectory(dir.path());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(reason), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QLatin1String("outbox key file")), qPrintable(refused.error()));

        // Nothing repaired silently: same mode, same owner, same file.
        struct stat after
        {
        };
        QCOMPARE(::stat(native.constData(), &after), 0);
        QCOMPARE(after.st_mode, before.st_mode);
        QCOMPARE(after.st_uid, before.st_uid);
        QCOMPARE(after.st_ino, before.st_ino);
        struct stat link
        {
        };
        QCOMPARE(::lstat(native.constData(), &link), 0);
        QCOMPARE(S_ISLNK(link.st_mode), tamper == QLatin1String("symlink"));
    }

    // A link planted before the first start is not followed: no key is written through it.
    void refusesPlantedSymlinkBeforeFirstStart()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("stolen.key"));
        QVERIFY(QFile::link(target, dir.filePath(QStringLiteral("outbox.key"))));
        auto refused = store::Outbox::openInDirectory(dir.path());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("symbolic link")), qPrintable(refused.error()));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("outbox.db"))));
    }

    // An empty key file and no outbox (an older version stopped while creating it): a new key.
    void replacesEmptyUnusedKeyFile()
    {
        QTemporaryDir dir;
        QFile empty(dir.filePath(QStringLiteral("outbox.key")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        auto outbox = store::Outbox::openInDirectory(dir.path());
        QVERIFY2(outbox.ok(), qPrintable(outbox.error()));
        QCOMPARE(QFileInfo(empty.fileName()).size(), 32);
    }

    void refusesUnwritableFolder()
    {
        auto outbox = store::Outbox::openInDirectory(QStringLiteral("/proc/harbour-cannot-be-here"));
        QVERIFY(!outbox.ok());
        QVERIFY(!outbox.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
