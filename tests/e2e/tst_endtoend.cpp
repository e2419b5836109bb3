// SPDX-License-Identifier: GPL-3.0-or-later
// A report written through the app's core travels to the real intake on loopback and opens in
// the real inbox with every answer intact.
#include "report/reportformat.h"
#include "sessionfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace harbour;

class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::SessionFixture> m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<testsupport::SessionFixture>(QByteArrayLiteral("end to end passphrase"));
        QVERIFY(m_fixture->isValid());
    }

    void reportThroughTheCoreOpensFieldByField()
    {
        QVERIFY(m_fixture->start(m_fixture->config()));
        session::ReportSession &session = *m_fixture->session();
        testsupport::TestOrganisation &organisation = m_fixture->organisation();

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

        const auto opened = organisation.openOnlyReport();
        QCOMPARE(opened.exitCode, 0);
        QVERIFY2(opened.err.contains("not signed"), opened.err.constData());
        const auto read = report::readReport(opened.out);
        QVERIFY(read.ok());
        QCOMPARE(read->malformed, QStringList());
        QCOMPARE(read->reference, reference);
        QCOMPARE(read->mode, QStringLiteral("self"));
        QCOMPARE(read->language, QStringLiteral("uk"));
        QVERIFY(read->reportedAt.endsWith(QStringLiteral(":00:00Z")));
        const QJsonObject answers = read->answers;
        QCOMPARE(answers.size(), 5);
        QCOMPARE(answers.value(QStringLiteral("narrative")).toString(), narrative);
        QCOMPARE(answers.value(QStringLiteral("targeted")).toVariant().toStringList(),
            QStringList({ QStringLiteral("race"), QStringLiteral("religion") }));
        QCOMPARE(answers.value(QStringLiteral("online")).toString(), QStringLiteral("partly"));
        QCOMPARE(answers.value(QStringLiteral("when")).toString(), QStringLiteral("last Tuesday, about 6pm"));
        QCOMPARE(
            answers.value(QStringLiteral("where")).toString(), QStringLiteral("Whitechapel Road bus stop"));
        QCOMPARE(read->flags.cyberEnabled, true);
        QCOMPARE(read->flags.strands, QStringList({ QStringLiteral("race"), QStringLiteral("religion") }));

        // Clearing the session leaves nothing of the report in it.
        session.clear();
        QVERIFY(session.report()->isEmpty());
        QVERIFY(session.reference().isEmpty());
        organisation.intake().stop();
        QCOMPARE(testsupport::storedEnvelopeCount(organisation.store()), 1);
    }

    void unwritableDataFolderSaysSoAndSendsNothing()
    {
        session::ReportSession session(
            testsupport::sessionConfig(QStringLiteral("/proc/harbour-no-such-folder"),
                { { QStringLiteral("Org"), QUrl(QStringLiteral("http://127.0.0.1:1/v1/envelopes")),
                    m_fixture->organisation().publicKey() } }));
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
