// SPDX-License-Identifier: GPL-3.0-or-later
// The copies a report becomes (routing::planDeliveries), through the real session and the real
// encrypted outbox: one envelope per chosen organisation, sealed to its key and saying who else got
// a copy; contact details only in the copies for organisations allowed to contact (each envelope
// opened with its recipient's real key); pins, fixed recipients and the embedded demo directory.
#include "routingtestdata.h"

#include "report/reportformat.h"
#include "routing/proposalmodel.h"
#include "routing/supportcontactmodel.h"
#include "sessionfixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using namespace harbour::testdata;

namespace {

const QString kPhone = QStringLiteral("07700 900 982");
const QString kEmail = QStringLiteral("reporter-canary@example.org");
const QString kName = QStringLiteral("Canary Name");
const QString kSafeTimes = QStringLiteral("weekday evenings canary");

} // namespace

class TestDeliveryPlan : public QObject
{
    Q_OBJECT

private:
    RoutingDirectory m_data;

    // A session choosing from the test directory, its data in dataDir.
    std::unique_ptr<session::ReportSession> startSession(const QString &dataDir)
    {
        session::AppConfig config = testsupport::sessionConfig(dataDir);
        if (!testsupport::offerDirectory(&config, m_data.signedFile, m_data.authority.publicKey))
            return nullptr;
        return testsupport::startSession(config);
    }

    // Opens one queued envelope with whichever test key it is addressed to: its organisation's id
    // and the report; {} when no key opens it.
    std::pair<QString, report::ReportDocument> openEnvelope(const QByteArray &envelopeJson)
    {
        auto envelope = protocol::Envelope::fromJson(envelopeJson);
        if (!envelope)
            return {};
        for (const auto &[id, pair] : m_data.keys) {
            if (protocol::recipientKeyId(pair.publicKey) == envelope->recipientKeyId) {
                auto opened = protocol::open(envelope.value(), pair);
                if (!opened)
                    return {};
                auto read = report::readReport(opened->reportJson);
                if (!read || !read->malformed.isEmpty())
                    return {};
                return { id, read.value() };
            }
        }
        return {};
    }

    // All envelopes the session queued, opened: recipient id -> report.
    std::map<QString, report::ReportDocument> queued(session::ReportSession &session)
    {
        std::map<QString, report::ReportDocument> out;
        for (const auto &pending : session.outbox()->due(std::numeric_limits<qint64>::max() / 2, 100)) {
            auto opened = openEnvelope(pending.envelopeJson);
            if (opened.first.isEmpty())
                qWarning() << "an envelope did not open with any test key";
            else
                out[opened.first] = std::move(opened.second);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_data = routingDirectory();
        QVERIFY(!m_data.directory.organisations.isEmpty());
    }

    void envelopes_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("alsoChosen");
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<QString>("request");
        QTest::newRow("police") << "police" << QStringList {} << QStringList { QStringLiteral("met-police") }
                                << "action";
        QTest::newRow("support") << "support" << QStringList {}
                                 << QStringList { QStringLiteral("local-centre") } << "action";
        QTest::newRow("both") << "both" << QStringList {}
                              << QStringList { QStringLiteral("local-centre"), QStringLiteral("met-police") }
                              << "action";
        QTest::newRow("both and one more") << "both" << QStringList { QStringLiteral("stop-hate") }
                                           << QStringList { QStringLiteral("local-centre"),
                                                  QStringLiteral("met-police"), QStringLiteral("stop-hate") }
                                           << "action";
        QTest::newRow("record only") << "record_only" << QStringList {}
                                     << QStringList { QStringLiteral("local-centre") } << "record_only";
    }

    // Through the real session and the real encrypted outbox: one envelope per chosen
    // organisation, sealed to its key, each saying who else got a copy; anonymous by default.
    void envelopes()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, alsoChosen);
        QFETCH(QStringList, recipients);
        QFETCH(QString, request);
        QTemporaryDir dir;
        auto session = startSession(dir.path());
        QVERIFY(session);
        QCOMPARE(session->directoryInfo()->serial(), 12);
        QCOMPARE(session->directoryInfo()->source(), QStringLiteral("offered"));
        auto *report = session->report();
        report->setAnswer(
            QStringLiteral("narrative"), QStringLiteral("They shouted at me outside the shop."));
        report->setAnswer(QStringLiteral("targeted"), QStringList { QStringLiteral("race") });
        report->setAnswer(QStringLiteral("where"),
            QVariantMap { { QStringLiteral("type"), QStringLiteral("street") },
                { QStringLiteral("area"), QStringLiteral("E1") } });
        session->prepareRecipients();
        auto *routing = session->routing();
        QCOMPARE(routing->area(), QStringLiteral("E1"));
        QVERIFY(routing->facts().strands.contains(QStringLiteral("race")));
        // Nothing is sent before a choice.
        QVERIFY(!session->send());
        QVERIFY(session->reference().isEmpty());
        routing->setChoice(choice);
        for (int row = 0; row < routing->proposals()->rowCount(); ++row) {
            const QString id
                = routing->proposals()
                      ->data(routing->proposals()->index(row), routing::ProposalModel::OrganisationIdRole)
                      .toString();
            if (alsoChosen.contains(id))
                routing->setChosen(row, true);
        }
        QVERIFY(routing->checkRecipients().isEmpty());
        routing->setContact(QStringLiteral("anonymous"));
        QVERIFY(routing->checkContact().isEmpty());
        QVERIFY(session->send());
        const auto opened = queued(*session);
        QStringList got;
        for (const auto &[id, json] : opened)
            got << id;
        QCOMPARE(got, recipients);
        for (const auto &[id, copy] : opened) {
            QVERIFY(copy.routing);
            QCOMPARE(copy.routing->recipient, id);
            QCOMPARE(copy.routing->request, request);
            QCOMPARE(copy.routing->choice, choice);
            QCOMPARE(copy.routing->contact, QStringLiteral("anonymous"));
            QCOMPARE(copy.routing->multiAgencyConsent, QStringLiteral("not_asked"));
            QCOMPARE(copy.routing->directorySerial, qint64(12));
            QStringList sentTo = copy.routing->sentTo;
            sentTo.sort();
            QCOMPARE(sentTo, recipients);
            QVERIFY(!copy.contact);
            QCOMPARE(copy.answers.value(QStringLiteral("narrative")).toString(),
                QStringLiteral("They shouted at me outside the shop."));
            QCOMPARE(copy.reference, session->reference());
        }
        // The queue shows the organisation's name, not an id.
        QCOMPARE(session->outbox()->pendingCount(), int(recipients.size()));
    }

    // Contact details only in the copies for organisations allowed to contact; the police reach
    // the reporter through the support organisation when asked, and get no details themselves.
    void contactOnlyToThoseAllowed_data()
    {
        QTest::addColumn<QStringList>("mayContact");
        QTest::addColumn<bool>("throughSupport");
        QTest::addColumn<QStringList>("direct");
        QTest::addColumn<QStringList>("through");
        QTest::newRow("support only") << QStringList { QStringLiteral("local-centre") } << false
                                      << QStringList { QStringLiteral("local-centre") } << QStringList {};
        QTest::newRow("police only") << QStringList { QStringLiteral("met-police") } << false
                                     << QStringList { QStringLiteral("met-police") } << QStringList {};
        QTest::newRow("both") << QStringList { QStringLiteral("met-police"), QStringLiteral("local-centre") }
                              << false
                              << QStringList { QStringLiteral("local-centre"), QStringLiteral("met-police") }
                              << QStringList {};
        QTest::newRow("police through the support organisation")
            << QStringList { QStringLiteral("met-police"), QStringLiteral("local-centre") } << true
            << QStringList { QStringLiteral("local-centre") } << QStringList { QStringLiteral("met-police") };
    }

    void contactOnlyToThoseAllowed()
    {
        QFETCH(QStringList, mayContact);
        QFETCH(bool, throughSupport);
        QFETCH(QStringList, direct);
        QFETCH(QStringList, through);
        QTemporaryDir dir;
        auto session = startSession(dir.path());
        QVERIFY(session);
        auto *routing = session->routing();
        report::ReportFacts facts;
        facts.strands = { QStringLiteral("race") };
        facts.area = QStringLiteral("E1");
        facts.triage = QStringLiteral("high");
        routing->setFacts(facts);
        routing->setChoice(QStringLiteral("both"));
        routing->setContact(QStringLiteral("contactable"));
        auto *model = routing->proposals();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id
                = model->data(model->index(row), routing::ProposalModel::OrganisationIdRole).toString();
            routing->setMayContact(row, mayContact.contains(id));
        }
        routing->setContactMethod(QStringLiteral("phone"), true);
        routing->setContactMethod(QStringLiteral("email"), true);
        routing->setContactMethod(QStringLiteral("through_support"), throughSupport);
        routing->setPhone(kPhone);
        routing->setEmail(kEmail);
        routing->setContactName(kName);
        routing->setSafeTimes(kSafeTimes);
        routing->setLeaveMessage(QStringLiteral("no"));
        QCOMPARE(routing->checkContact().value(0).field, QStringLiteral("multiAgency"));
        routing->setMultiAgencyConsent(QStringLiteral("yes"));
        QVERIFY2(routing->checkContact().isEmpty(), qPrintable(routing->checkContact().value(0).message));
        QVERIFY(session->send());

        const auto opened = queued(*session);
        QCOMPARE(opened.size(), size_t(2)); // met-police and local-centre
        for (const auto &[id, copy] : opened) {
            QVERIFY(copy.routing);
            QCOMPARE(copy.routing->multiAgencyConsent, QStringLiteral("yes"));
            const QByteArray text = copy.toCanonicalJson();
            const bool details = direct.contains(id);
            // The contact answers appear nowhere in a copy for an organisation not allowed them.
            for (const QString &canary : { kPhone, kEmail, kName, kSafeTimes })
                QCOMPARE(text.contains(canary.toUtf8()), details);
            QCOMPARE(bool(copy.contact), details);
            if (details) {
                QCOMPARE(copy.routing->contact, QStringLiteral("direct"));
                QCOMPARE(copy.contact->phone, kPhone);
                QCOMPARE(copy.contact->email, kEmail);
                QCOMPARE(copy.contact->name, kName);
                QCOMPARE(copy.contact->safeTimes, kSafeTimes);
                QCOMPARE(copy.contact->leaveMessage, QStringLiteral("no"));
                QCOMPARE(
                    copy.contact->methods, QStringList({ QStringLiteral("phone"), QStringLiteral("email") }));
            } else if (through.contains(id)) {
                QCOMPARE(copy.routing->contact, QStringLiteral("through_support"));
                QCOMPARE(copy.routing->contactThrough, QStringLiteral("local-centre"));
            } else {
                QCOMPARE(copy.routing->contact, QStringLiteral("anonymous"));
            }
        }
        // Clearing the session forgets every contact detail.
        session->clear();
        QVERIFY(routing->phone().isEmpty() && routing->email().isEmpty() && routing->contact().isEmpty());
    }

    // An https intake's pins from the directory go into the outbox with its envelope (§11.4).
    void pinsTravelWithTheEnvelope()
    {
        QTemporaryDir dir;
        m_data.keys[QStringLiteral("pinned")] = protocol::generateRecipientKeyPair();
        const QByteArray file
            = signedFile(directoryObject(1,
                             { organisation(QStringLiteral("pinned"), QStringLiteral("support"), allStrands(),
                                 everywhere(), m_data.keys[QStringLiteral("pinned")].publicKey,
                                 QStringLiteral("https://intake.example.invalid/v1/envelopes")) }),
                m_data.authority.secretKey);
        session::AppConfig config = testsupport::sessionConfig(dir.filePath(QStringLiteral("data")));
        QVERIFY(testsupport::offerDirectory(&config, file, m_data.authority.publicKey));
        const auto started = testsupport::startSession(config);
        QVERIFY(started);
        session::ReportSession &session = *started;
        session.routing()->setChoice(QStringLiteral("support"));
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("pinned"));
        QVERIFY(session.send());
        const auto due = session.outbox()->due(std::numeric_limits<qint64>::max() / 2, 10);
        QCOMPARE(due.size(), size_t(1));
        QCOMPARE(due.front().tlsPin, b64(QByteArray(32, '\x5a')));
        QCOMPARE(
            due.front().intakeUrl.toString(), QStringLiteral("https://intake.example.invalid/v1/envelopes"));
    }

    // Fixed recipients in the configuration (tests, demos): every one gets the report.
    void fixedRecipientsOverrideTheDirectory()
    {
        QTemporaryDir dir;
        m_data.keys[QStringLiteral("configured-1")] = protocol::generateRecipientKeyPair();
        const auto started = testsupport::startSession(testsupport::sessionConfig(dir.path(),
            { { QStringLiteral("Configured organisation"), QUrl(kNowhere),
                m_data.keys[QStringLiteral("configured-1")].publicKey } }));
        QVERIFY(started);
        session::ReportSession &session = *started;
        QVERIFY(session.routing()->fixedRecipients());
        QCOMPARE(session.recipientNames(), QStringLiteral("Configured organisation"));
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("fixed"));
        QVERIFY(session.send());
        const auto opened = queued(session);
        QCOMPARE(opened.size(), size_t(1));
        QVERIFY(opened.begin()->second.routing);
        QCOMPARE(opened.begin()->second.routing->choice, QStringLiteral("configured"));
    }

    // With the app's built-in keys the embedded demo directory is used: "both" makes two
    // envelopes for the demo intake, both sealed to the demo organisation's key.
    void embeddedDemoDirectoryBoth()
    {
        QTemporaryDir dir;
        const auto started = testsupport::startSession(testsupport::sessionConfig(dir.path()));
        QVERIFY(started);
        session::ReportSession &session = *started;
        QCOMPARE(session.directoryInfo()->source(), QStringLiteral("embedded"));
        QVERIFY(session.directoryInfo()->supportContacts()->count() >= 8);
        QCOMPARE(session.recipientNames(), QStringLiteral("the organisations you choose"));
        session.routing()->setChoice(QStringLiteral("both"));
        QCOMPARE(session.routing()->chosenCount(), 2);
        QCOMPARE(session.recipientNames(),
            QStringLiteral("Harbour demo police force and Harbour demo support organisation"));
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("demo"));
        QVERIFY(session.send());
        const auto due = session.outbox()->due(std::numeric_limits<qint64>::max() / 2, 10);
        QCOMPARE(due.size(), size_t(2));
        for (const auto &pending : due) {
            QCOMPARE(pending.intakeUrl.toString(), QStringLiteral("http://127.0.0.1:8470/v1/envelopes"));
            QCOMPARE(protocol::Envelope::fromJson(pending.envelopeJson)->recipientKeyId,
                QByteArrayLiteral("a8f8a4b8fcf67070fc4a13c3be0723f8"));
        }
    }

    // The directory's texts in the reporter's language (issue 15): with Arabic chosen, the demo
    // organisations' names and promises and 999 read in Arabic, from the built-in directory. (What
    // Session.language sets: ReportSession::setLanguage also mirrors the GUI, which this
    // GUI-less test has not got.)
    void embeddedDemoDirectoryInTheReportersLanguage()
    {
        QTemporaryDir dir;
        const auto started = testsupport::startSession(testsupport::sessionConfig(dir.path()));
        QVERIFY(started);
        session::ReportSession &session = *started;
        const auto setLanguage = [&session](const QString &language) {
            session.routing()->setLanguage(language);
            session.directoryInfo()->setLanguage(language);
        };
        setLanguage(QStringLiteral("ar"));
        session.routing()->setChoice(QStringLiteral("support"));
        QCOMPARE(session.recipientNames(), QStringLiteral("منظمة دعم Harbour التجريبية"));
        const QVariantMap chosen = session.routing()->chosenDetails().value(0).toMap();
        QVERIFY2(
            chosen.value(QStringLiteral("promise")).toString().startsWith(QStringLiteral("يقرأ موظف دعم")),
            qPrintable(chosen.value(QStringLiteral("promise")).toString()));
        QCOMPARE(chosen.value(QStringLiteral("contactLinks"))
                     .toList()
                     .value(0)
                     .toMap()
                     .value(QStringLiteral("link")),
            QVariant(QStringLiteral("tel:08081570200")));
        auto *contacts = session.directoryInfo()->supportContacts();
        QCOMPARE(contacts->data(contacts->index(0), routing::SupportContactModel::NameRole).toString(),
            QStringLiteral("خدمات الطوارئ"));
        setLanguage(QStringLiteral("en"));
        QCOMPARE(contacts->data(contacts->index(0), routing::SupportContactModel::NameRole).toString(),
            QStringLiteral("Emergency services"));
        QCOMPARE(session.recipientNames(), QStringLiteral("Harbour demo support organisation"));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryPlan)
#include "tst_deliveryplan.moc"
