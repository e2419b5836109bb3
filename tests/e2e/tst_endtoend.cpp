// SPDX-License-Identifier: GPL-3.0-or-later
// A report written through the app's core travels to the real intake on loopback and opens in
// the real inbox with every answer intact.
#include "intakeprocess.h"
#include "session/reportsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;

class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_keyFile;
    const QByteArray m_passphrase = QByteArrayLiteral("end to end passphrase");

    QJsonArray exported(const QString &store)
    {
        const auto result = testsupport::runInbox(
            { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--key"), m_keyFile, QStringLiteral("--store"), store },
            m_passphrase);
        if (result.exitCode != 0)
            qWarning() << "inbox export failed:" << result.err;
        return QJsonDocument::fromJson(result.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keyFile = testsupport::makeOrganisationKey(m_dir.path(), m_passphrase);
        QVERIFY(!m_keyFile.isEmpty());
    }

    void reportThroughTheCoreOpensFieldByField()
    {
        const QString store = m_dir.filePath(QStringLiteral("intake.db"));
        testsupport::IntakeProcess intake;
        QVERIFY(intake.start(store, { m_keyFile + QStringLiteral(".pub") }));

        session::AppConfig config;
        config.recipients = { { QStringLiteral("Test organisation"), intake.envelopesUrl(),
            testsupport::publicKeyOf(m_keyFile) } };
        config.dataDir = m_dir.filePath(QStringLiteral("app-data"));
        session::ReportSession session(config);
        QVERIFY(session.start().ok());

        // Words from several scripts, quotes and a newline: what was typed is what arrives.
        const QString narrative = QStringLiteral("Two men shouted \"go home\" at me at the bus stop.\n"
                                                 "Один з них штовхнув мене. ایک آدمی نے ویڈیو بنائی۔");
        auto *report = session.report();
        report->setAnswer(QStringLiteral("narrative"), narrative);
        report->setChoice(QStringLiteral("targeted"), QStringLiteral("race"), true);
        report->setChoice(QStringLiteral("targeted"), QStringLiteral("religion"), true);
        report->setAnswer(QStringLiteral("online"), QStringLiteral("partly"));
        report->setAnswer(QStringLiteral("when"), QStringLiteral("last Tuesday, about 6pm"));
        report->setAnswer(QStringLiteral("where"), QStringLiteral("Whitechapel Road bus stop"));
        session.setLanguage(QStringLiteral("uk"));

        QSignalSpy state(&session, &session::ReportSession::deliveryStateChanged);
        QVERIFY(session.send());
        QCOMPARE(session.deliveryState(), session::ReportSession::DeliveryState::Queued);
        const QString reference = session.reference();
        QVERIFY(reference.startsWith(QStringLiteral("HB-")));
        // Pressing Send again does not send again.
        QVERIFY(session.send());
        QTRY_COMPARE_WITH_TIMEOUT(
            session.deliveryState(), session::ReportSession::DeliveryState::Sent, 15000);
        QCOMPARE(session.outbox()->pendingCount(), 0);

        const QJsonArray reports = exported(store);
        QCOMPARE(reports.size(), 1);
        const QString id = reports.at(0).toObject().value(QStringLiteral("envelope_id")).toString();
        QVERIFY(!id.isEmpty());

        const auto opened = testsupport::runInbox({ QStringLiteral("open"), id, QStringLiteral("--key"),
                                                      m_keyFile, QStringLiteral("--store"), store },
            m_passphrase);
        QCOMPARE(opened.exitCode, 0);
        QVERIFY2(opened.err.contains("not signed"), opened.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(opened.out).object();
        QCOMPARE(json.value(QStringLiteral("reference")).toString(), reference);
        QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("self"));
        QCOMPARE(json.value(QStringLiteral("language")).toString(), QStringLiteral("uk"));
        QVERIFY(json.value(QStringLiteral("reported_at")).toString().endsWith(QStringLiteral(":00:00Z")));
        const QJsonObject answers = json.value(QStringLiteral("answers")).toObject();
        QCOMPARE(answers.size(), 5);
        QCOMPARE(answers.value(QStringLiteral("narrative")).toString(), narrative);
        QCOMPARE(answers.value(QStringLiteral("targeted")).toVariant().toStringList(),
            QStringList({ QStringLiteral("race"), QStringLiteral("religion") }));
        QCOMPARE(answers.value(QStringLiteral("online")).toString(), QStringLiteral("partly"));
        QCOMPARE(answers.value(QStringLiteral("when")).toString(), QStringLiteral("last Tuesday, about 6pm"));
        QCOMPARE(
            answers.value(QStringLiteral("where")).toString(), QStringLiteral("Whitechapel Road bus stop"));
        const QJsonObject flags = json.value(QStringLiteral("flags")).toObject();
        QCOMPARE(flags.value(QStringLiteral("cyber_enabled")).toBool(), true);
        QCOMPARE(flags.value(QStringLiteral("strands")).toVariant().toStringList(),
            QStringList({ QStringLiteral("race"), QStringLiteral("religion") }));

        // Clearing the session leaves nothing of the report in it.
        session.clear();
        QVERIFY(session.report()->isEmpty());
        QVERIFY(session.reference().isEmpty());
        intake.stop();
        QCOMPARE(testsupport::storedEnvelopeCount(store), 1);
    }

    void unwritableDataFolderSaysSoAndSendsNothing()
    {
        session::AppConfig config;
        config.recipients = { { QStringLiteral("Org"),
            QUrl(QStringLiteral("http://127.0.0.1:1/v1/envelopes")), testsupport::publicKeyOf(m_keyFile) } };
        config.dataDir = QStringLiteral("/proc/harbour-no-such-folder");
        session::ReportSession session(config);
        QVERIFY(!session.start().ok());
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("kept in memory"));
        QVERIFY(!session.send());
        QVERIFY(!session.errorMessage().isEmpty());
        // The answers are still there to try again.
        QCOMPARE(session.report()->answer(QStringLiteral("narrative")).toString(),
            QStringLiteral("kept in memory"));
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
