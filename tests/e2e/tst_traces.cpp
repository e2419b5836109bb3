// SPDX-License-Identifier: GPL-3.0-or-later
// What the phone keeps (docs/threat-model.md "What the phone keeps"): the app's core sends a report
// to the real intake on loopback and gets its receipt; then every file of the data folder (raw, and
// every cell of its encrypted stores, decrypted with their keys as someone holding the unlocked phone
// could) and everything the app logged are searched for the report's reference, the organisation's
// name and the intake's address (and onion address, sent through Tor). Kept: the reference, until
// the report leaves the screen; nothing else.
#include "sessionfixture.h"
#include "socksproxy.h"
#include "store/database.h"
#include "store/keyfile.h"

#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QTest>

using namespace harbour;

namespace {
QMutex s_logLock;
QStringList s_log; // in memory only: never written anywhere
QtMessageHandler s_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_logLock);
        s_log.append(
            QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (s_previous && type != QtDebugMsg)
        s_previous(type, context, message);
}

struct Needle
{
    QString what;
    QByteArray bytes;
};

// Where each needle is found: "file (table.column)" or "log".
QStringList search(const QString &dataDir, const QList<Needle> &needles)
{
    QStringList hits;
    QDirIterator files(dataDir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const Needle &needle : needles) {
            if (bytes.contains(needle.bytes))
                hits << QStringLiteral("%1 in %2 (raw)").arg(needle.what, QFileInfo(path).fileName());
        }
    }
    // The encrypted stores, opened with their keys: every cell of every table.
    for (const QString &name : { QStringLiteral("outbox"), QStringLiteral("settings") }) {
        auto key = store::loadOrCreateStoreKey(dataDir, name, name);
        if (!key)
            continue;
        auto db = store::Database::open(key->databasePath, store::Database::Encryption::Required, key->key);
        if (!db)
            continue;
        QStringList tables;
        {
            store::Database::Statement query(
                *db.value(), "SELECT name FROM sqlite_master WHERE type = 'table';");
            while (query.next())
                tables << query.text(0);
        }
        for (const QString &table : std::as_const(tables)) {
            QStringList columns;
            {
                const QByteArray sql = "PRAGMA table_info(\"" + table.toUtf8() + "\");";
                store::Database::Statement query(*db.value(), sql.constData());
                while (query.next())
                    columns << query.text(1);
            }
            for (const QString &column : std::as_const(columns)) {
                const QByteArray sql
                    = "SELECT CAST(\"" + column.toUtf8() + "\" AS BLOB) FROM \"" + table.toUtf8() + "\";";
                store::Database::Statement query(*db.value(), sql.constData());
                while (query.next()) {
                    const QByteArray cell = query.blob(0);
                    for (const Needle &needle : needles) {
                        if (cell.contains(needle.bytes))
                            hits << QStringLiteral("%1 in %2 (%3.%4)").arg(needle.what, name, table, column);
                    }
                }
            }
        }
    }
    QMutexLocker lock(&s_logLock);
    for (const QString &line : std::as_const(s_log)) {
        for (const Needle &needle : needles) {
            if (line.toUtf8().contains(needle.bytes))
                hits << QStringLiteral("%1 in the log").arg(needle.what);
        }
    }
    return hits;
}
} // namespace

class TestTraces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Everything, debug included, is captured: a quiet default is not enough.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        s_previous = qInstallMessageHandler(capture);
    }
    void cleanupTestCase() { qInstallMessageHandler(s_previous); }

    void afterReceiptOnlyTheReferenceUntilTheReportLeavesTheScreen_data()
    {
        QTest::addColumn<bool>("throughTor");
        QTest::newRow("direct") << false;
        QTest::newRow("through tor") << true;
    }

    void afterReceiptOnlyTheReferenceUntilTheReportLeavesTheScreen()
    {
        QFETCH(bool, throughTor);
        {
            QMutexLocker lock(&s_logLock);
            s_log.clear();
        }
        testsupport::SessionFixture fixture(QByteArrayLiteral("trace passphrase"));
        QVERIFY(fixture.isValid());
        const QString organisation = QStringLiteral("Rainbow Trace Centre");
        const QString onion
            = QStringLiteral("aaaqeayeaudaocajbifqydiob4ibceqtcqkrmfyydenbwha5dyp3kead.onion");
        testsupport::SocksProxy tor; // a stand-in for the tor daemon (tests/e2e/tst_torroute)
        tor.mapHost(onion, fixture.organisation().intake().port());
        session::AppConfig config = fixture.config();
        config.recipients = { testsupport::recipientOf(fixture.organisation(), organisation) };
        config.recipients.first().onion = onion;
        config.torSocksPort = tor.serverPort();
        QVERIFY(fixture.start(config));
        session::ReportSession &session = *fixture.session();
        session.preferences()->setSendThroughTor(throughTor);
        session.preferences()->setTextScale(1.5);
        session.setLanguage(QStringLiteral("pl"));
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("trace test"));
        QVERIFY(session.send());
        const QString reference = session.reference();
        QTRY_COMPARE_WITH_TIMEOUT(
            session.deliveryState(), session::ReportSession::DeliveryState::Sent, 20000);

        const QUrl intake = fixture.organisation().envelopesUrl();
        const QList<Needle> needles = { { QStringLiteral("the reference"), reference.toUtf8() },
            { QStringLiteral("the organisation"), organisation.toUtf8() },
            { QStringLiteral("the intake"),
                QStringLiteral("%1:%2").arg(intake.host()).arg(intake.port()).toUtf8() },
            { QStringLiteral("the onion address"), onion.left(56).toUtf8() } };
        QCOMPARE(tor.connects().isEmpty(), !throughTor);
        const QString dataDir = config.dataDir;

        // On the confirmation page: the reference, in the outbox's delivered table, and nowhere else.
        const QStringList onScreen = search(dataDir, needles);
        std::printf("traces (%s): after the receipt, with the report on screen: %s\n",
            throughTor ? "through tor" : "direct",
            qPrintable(onScreen.isEmpty() ? QStringLiteral("nothing") : onScreen.join(QStringLiteral("; "))));
        QCOMPARE(onScreen, QStringList({ QStringLiteral("the reference in outbox (delivered.reference)") }));

        // Finish: nothing of the report is left.
        session.clear();
        const QStringList after = search(dataDir, needles);
        std::printf(
            "traces (%s): after Finish: %d hits for the reference, the organisation's name, the intake's "
            "address and onion address in %s (raw and decrypted) and %d log lines\n",
            throughTor ? "through tor" : "direct", int(after.size()), qPrintable(dataDir), int(s_log.size()));
        std::fflush(stdout);
        QCOMPARE(after, QStringList());

        // Leave no trace: the remembered display choices go too (only the choice itself stays).
        QFile display(dataDir + QStringLiteral("/display.ini"));
        QVERIFY(display.open(QIODevice::ReadOnly));
        const QByteArray remembered = display.readAll();
        QVERIFY(remembered.contains("language=pl"));
        QCOMPARE(remembered.contains("sendThroughTor=true"), throughTor);
        display.close();
        session.preferences()->setLeaveNoTrace(true);
        QVERIFY(display.open(QIODevice::ReadOnly));
        const QByteArray kept = display.readAll();
        QVERIFY2(!kept.contains("language") && !kept.contains("textScale") && !kept.contains("Tor"),
            kept.constData());
        QVERIFY(kept.contains("leaveNoTrace=true"));
        session.setLanguage(QStringLiteral("cy"));
        display.close();
        QVERIFY(display.open(QIODevice::ReadOnly));
        QVERIFY(!display.readAll().contains("cy"));
    }
};

QTEST_GUILESS_MAIN(TestTraces)
#include "tst_traces.moc"
