// SPDX-License-Identifier: GPL-3.0-or-later
// "Both" through the real intakes: a police force and a support organisation, each with its own
// key and intake on loopback, chosen from a signed directory. Two envelopes leave the app; each
// arrives once and opens in that organisation's inbox with the right content, and only the one
// allowed to contact the reporter gets the contact details.
#include "../unit/tst_directory_testdata.h"
#include "intakeprocess.h"
#include "session/reportsession.h"

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
    const QByteArray m_passphrase = QByteArrayLiteral("routing end to end");
    QString m_policeKey;
    QString m_supportKey;

    QJsonArray exported(const QString &key, const QString &store)
    {
        const auto result = testsupport::runInbox(
            { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--key"), key, QStringLiteral("--store"), store },
            m_passphrase);
        if (result.exitCode != 0)
            qWarning() << "inbox export failed:" << result.err;
        return QJsonDocument::fromJson(result.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("police"));
        QDir(m_dir.path()).mkpath(QStringLiteral("support"));
        m_policeKey
            = testsupport::makeOrganisationKey(m_dir.filePath(QStringLiteral("police")), m_passphrase);
        m_supportKey
            = testsupport::makeOrganisationKey(m_dir.filePath(QStringLiteral("support")), m_passphrase);
        QVERIFY(!m_policeKey.isEmpty() && !m_supportKey.isEmpty());
    }

    void bothArriveAndOpenWithTheRightContent()
    {
        const QString policeStore = m_dir.filePath(QStringLiteral("police-intake.db"));
        const QString supportStore = m_dir.filePath(QStringLiteral("support-intake.db"));
        testsupport::IntakeProcess policeIntake;
        testsupport::IntakeProcess supportIntake;
        QVERIFY(policeIntake.start(policeStore, { m_policeKey + QStringLiteral(".pub") }));
        QVERIFY(supportIntake.start(supportStore, { m_supportKey + QStringLiteral(".pub") }));

        const protocol::KeyPair authority = protocol::generateSigningKeyPair();
        const QJsonObject directory = directoryObject(3,
            { organisation(QStringLiteral("test-police"), QStringLiteral("police"), allStrands(),
                  areas({ QStringLiteral("E") }), testsupport::publicKeyOf(m_policeKey),
                  policeIntake.envelopesUrl().toString()),
                organisation(QStringLiteral("test-support"), QStringLiteral("support"), allStrands(),
                    everywhere(), testsupport::publicKeyOf(m_supportKey),
                    supportIntake.envelopesUrl().toString()) });
        const QString directoryFile = m_dir.filePath(QStringLiteral("directory.signed.json"));
        {
            QFile file(directoryFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(signedFile(directory, authority.secretKey));
        }

        session::AppConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("app-data"));
        config.directoryFile = directoryFile;
        config.trustedDirectoryKeys = { authority.publicKey };
        session::ReportSession session(config);
        QVERIFY(session.start().ok());
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
        policeIntake.stop();
        supportIntake.stop();
        QCOMPARE(testsupport::storedEnvelopeCount(policeStore), 1);
        QCOMPARE(testsupport::storedEnvelopeCount(supportStore), 1);

        const QJsonArray police = exported(m_policeKey, policeStore);
        const QJsonArray support = exported(m_supportKey, supportStore);
        QCOMPARE(police.size(), 1);
        QCOMPARE(support.size(), 1);
        const QJsonObject policeReport = police.at(0).toObject().value(QStringLiteral("report")).toObject();
        const QJsonObject supportReport = support.at(0).toObject().value(QStringLiteral("report")).toObject();
        // Two envelopes, two ids, one report.
        QVERIFY(police.at(0).toObject().value(QStringLiteral("envelope_id"))
            != support.at(0).toObject().value(QStringLiteral("envelope_id")));
        for (const QJsonObject &report : { policeReport, supportReport }) {
            QCOMPARE(report.value(QStringLiteral("reference")).toString(), reference);
            QCOMPARE(report.value(QStringLiteral("answers"))
                         .toObject()
                         .value(QStringLiteral("narrative"))
                         .toString(),
                narrative);
            const QJsonObject routingMember = report.value(QStringLiteral("routing")).toObject();
            QCOMPARE(routingMember.value(QStringLiteral("choice")).toString(), QStringLiteral("both"));
            QCOMPARE(routingMember.value(QStringLiteral("request")).toString(), QStringLiteral("action"));
            QCOMPARE(routingMember.value(QStringLiteral("directory_serial")).toInt(), 3);
            QCOMPARE(routingMember.value(QStringLiteral("sent_to")).toVariant().toStringList(),
                QStringList({ QStringLiteral("test-police"), QStringLiteral("test-support") }));
        }
        QCOMPARE(policeReport.value(QStringLiteral("routing"))
                     .toObject()
                     .value(QStringLiteral("recipient"))
                     .toString(),
            QStringLiteral("test-police"));
        QCOMPARE(supportReport.value(QStringLiteral("routing"))
                     .toObject()
                     .value(QStringLiteral("recipient"))
                     .toString(),
            QStringLiteral("test-support"));
        QVERIFY(!policeReport.contains(QStringLiteral("contact")));
        QVERIFY(!QJsonDocument(policeReport).toJson().contains("only-for-support@example.org"));
        QCOMPARE(supportReport.value(QStringLiteral("contact"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
            QStringLiteral("only-for-support@example.org"));
        // Each inbox opens only its own envelope: the police key cannot read the support copy.
        const auto wrongKey = testsupport::runInbox(
            { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--key"), m_policeKey, QStringLiteral("--store"), supportStore },
            m_passphrase);
        QCOMPARE(wrongKey.exitCode, 1);
        QVERIFY(!wrongKey.out.contains("only-for-support"));
    }
};

QTEST_GUILESS_MAIN(TestRoutingEndToEnd)
#include "tst_routing.moc"
