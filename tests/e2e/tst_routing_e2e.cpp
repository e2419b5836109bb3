// SPDX-License-Identifier: GPL-3.0-or-later
// "Both" through the real intakes: a police force and a support organisation, each with its own
// key and intake on loopback, chosen from a signed directory. Two envelopes leave the app; each
// arrives once and opens in that organisation's inbox with the right content, and only the one
// allowed to contact the reporter gets the contact details.
#include "../unit/tst_directory_testdata.h"
#include "report/reportformat.h"
#include "sessionfixture.h"
#include "testorganisation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using namespace harbour::testdata;

class TestRoutingEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestOrganisation> m_police;
    std::unique_ptr<testsupport::TestOrganisation> m_support;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QByteArray passphrase = QByteArrayLiteral("routing end to end");
        m_police = std::make_unique<testsupport::TestOrganisation>(
            m_dir.filePath(QStringLiteral("police")), passphrase);
        m_support = std::make_unique<testsupport::TestOrganisation>(
            m_dir.filePath(QStringLiteral("support")), passphrase);
        QVERIFY(m_police->isValid() && m_support->isValid());
    }

    void bothArriveAndOpenWithTheRightContent()
    {
        QVERIFY(m_police->startIntake());
        QVERIFY(m_support->startIntake());

        const protocol::KeyPair authority = protocol::generateSigningKeyPair();
        const QJsonObject directory = directoryObject(3,
            { organisation(QStringLiteral("test-police"), QStringLiteral("police"), allStrands(),
                  areas({ QStringLiteral("E") }), m_police->publicKey(), m_police->envelopesUrl().toString()),
                organisation(QStringLiteral("test-support"), QStringLiteral("support"), allStrands(),
                    everywhere(), m_support->publicKey(), m_support->envelopesUrl().toString()) });
        session::AppConfig config = testsupport::sessionConfig(m_dir.filePath(QStringLiteral("app-data")));
        QVERIFY(testsupport::offerDirectory(
            &config, signedFile(directory, authority.secretKey), authority.publicKey));
        const auto started = testsupport::startSession(config);
        QVERIFY(started);
        session::ReportSession &session = *started;
        QCOMPARE(session.directoryInfo()->serial(), 3);

        const QString narrative
            = QStringLiteral("They spat at us and shouted about our religion.\nІ ми втекли.");
        session.report()->setAnswer(QStringLiteral("narrative"), narrative);
        session.report()->setAnswer(QStringLiteral("targeted"), QStringList { QStringLiteral("religion") });
        session.report()->setAnswer(QStringLiteral("where"),
            QVariantMap { { QStringLiteral("type"), QStringLiteral("street") },
                { QStringLiteral("area"), QStringLiteral("E1") } });
        session.prepareRecipients();
        auto *routing = session.routing();
        routing->setChoice(QStringLiteral("both"));
        QCOMPARE(routing->chosenCount(), 2);
        QVERIFY(routing->checkRecipients().isEmpty());
        routing->setContact(QStringLiteral("contactable"));
        for (int row = 0; row < routing->proposals()->rowCount(); ++row) {
            const auto kind = routing->proposals()
                                  ->data(routing->proposals()->index(row), routing::ProposalModel::KindRole)
                                  .toString();
            routing->setMayContact(row, kind == QLatin1String("support"));
        }
        routing->setContactMethod(QStringLiteral("email"), true);
        routing->setEmail(QStringLiteral("only-for-support@example.org"));
        QVERIFY(routing->checkContact().isEmpty());

        QVERIFY(session.send());
        const QString reference = session.reference();
        QTRY_COMPARE_WITH_TIMEOUT(
            session.deliveryState(), session::ReportSession::DeliveryState::Sent, 20000);
        QCOMPARE(session.outbox()->pendingCount(), 0);
        QCOMPARE(session.outbox()->deliveredCount(), 2);
        m_police->intake().stop();
        m_support->intake().stop();
        QCOMPARE(testsupport::storedEnvelopeCount(m_police->store()), 1);
        QCOMPARE(testsupport::storedEnvelopeCount(m_support->store()), 1);

        const QJsonArray police = m_police->exported();
        const QJsonArray support = m_support->exported();
        QCOMPARE(police.size(), 1);
        QCOMPARE(support.size(), 1);
        // Two envelopes, two ids, one report.
        QVERIFY(police.at(0).toObject().value(QStringLiteral("envelope_id"))
            != support.at(0).toObject().value(QStringLiteral("envelope_id")));
        const report::ReportDocument policeReport
            = report::readReport(police.at(0).toObject().value(QStringLiteral("report")).toObject());
        const report::ReportDocument supportReport
            = report::readReport(support.at(0).toObject().value(QStringLiteral("report")).toObject());
        for (const report::ReportDocument &copy : { policeReport, supportReport }) {
            QCOMPARE(copy.malformed, QStringList());
            QCOMPARE(copy.reference, reference);
            QCOMPARE(copy.answers.value(QStringLiteral("narrative")).toString(), narrative);
            QVERIFY(copy.routing);
            QCOMPARE(copy.routing->choice, QStringLiteral("both"));
            QCOMPARE(copy.routing->request, QStringLiteral("action"));
            QCOMPARE(copy.routing->directorySerial, qint64(3));
            QCOMPARE(copy.routing->sentTo,
                QStringList({ QStringLiteral("test-police"), QStringLiteral("test-support") }));
        }
        QCOMPARE(policeReport.routing->recipient, QStringLiteral("test-police"));
        QCOMPARE(supportReport.routing->recipient, QStringLiteral("test-support"));
        QVERIFY(!policeReport.contact);
        QVERIFY(!policeReport.toCanonicalJson().contains("only-for-support@example.org"));
        QVERIFY(supportReport.contact);
        QCOMPARE(supportReport.contact->email, QStringLiteral("only-for-support@example.org"));
        // Each desk holds only its own organisation's copy: the police desk, synced from its own
        // intake, never sees the support copy's contact details.
        const auto policeDesk = testsupport::runInbox(
            { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--desk"), m_police->deskDir() },
            {}, m_police->passphrase());
        QCOMPARE(policeDesk.exitCode, 0);
        QVERIFY(!policeDesk.out.contains("only-for-support"));
    }
};

QTEST_GUILESS_MAIN(TestRoutingEndToEnd)
#include "tst_routing_e2e.moc"
