// SPDX-License-Identifier: GPL-3.0-or-later
// Routing: which organisations are proposed for a choice, strand and area; which envelopes are
// made; and that contact details reach only the recipients allowed to contact (each envelope
// opened with its recipient's real key from the real encrypted outbox).
#include "tst_directory_testdata.h"

#include "routing/proposalmodel.h"
#include "routing/routing.h"
#include "routing/supportcontactmodel.h"
#include "session/reportsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace harbour;
using namespace harbour::testdata;

namespace {

const QString kPhone = QStringLiteral("07700 900 982");
const QString kEmail = QStringLiteral("reporter-canary@example.org");
const QString kName = QStringLiteral("Canary Name");
const QString kSafeTimes = QStringLiteral("weekday evenings canary");
// A loopback port nothing listens on: envelopes stay in the outbox for the test to open.
const QString kNowhere = QStringLiteral("http://127.0.0.1:9/v1/envelopes");

QStringList idsOf(const QList<routing::Proposal> &proposals)
{
    QStringList ids;
    for (const auto &proposal : proposals)
        ids << proposal.organisation.id;
    return ids;
}

QStringList preselectedOf(const QList<routing::Proposal> &proposals)
{
    QStringList ids;
    for (const auto &proposal : proposals) {
        if (proposal.preselected)
            ids << proposal.organisation.id;
    }
    return ids;
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private:
    protocol::KeyPair m_authority;
    std::map<QString, protocol::KeyPair> m_keys;
    directory::Directory m_directory;
    QByteArray m_signedFile;

    QJsonObject org(const QString &id, const QString &kind, const QStringList &strandList,
        const QJsonObject &areaObject, const QStringList &languages = { QStringLiteral("en") })
    {
        m_keys[id] = protocol::generateRecipientKeyPair();
        return organisation(id, kind, strandList, areaObject, m_keys[id].publicKey, kNowhere, languages);
    }

    // Opens one queued envelope with whichever test key it is addressed to.
    QPair<QString, QJsonObject> openEnvelope(const QByteArray &envelopeJson)
    {
        auto envelope = protocol::Envelope::fromJson(envelopeJson);
        if (!envelope)
            return {};
        for (const auto &[id, pair] : m_keys) {
            if (protocol::recipientKeyId(pair.publicKey) == envelope->recipientKeyId) {
                auto opened = protocol::open(envelope.value(), pair);
                if (!opened)
                    return {};
                return { id, QJsonDocument::fromJson(opened->reportJson).object() };
            }
        }
        return {};
    }

    std::unique_ptr<session::ReportSession> makeSession(const QString &dataDir)
    {
        session::AppConfig config;
        config.dataDir = dataDir;
        QFile file(QDir(dataDir).filePath(QStringLiteral("directory.signed.json")));
        QDir().mkpath(dataDir);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_signedFile) != m_signedFile.size())
            return nullptr;
        file.close();
        config.directoryFile = file.fileName();
        config.trustedDirectoryKeys = { m_authority.publicKey };
        auto session = std::make_unique<session::ReportSession>(config);
        if (!session->start())
            return nullptr;
        return session;
    }

    // All envelopes the session queued, opened: recipient id -> report.
    std::map<QString, QJsonObject> queued(session::ReportSession &session)
    {
        std::map<QString, QJsonObject> out;
        for (const auto &pending : session.outbox()->due(std::numeric_limits<qint64>::max() / 2, 100)) {
            const auto opened = openEnvelope(pending.envelopeJson);
            if (opened.first.isEmpty())
                qWarning() << "an envelope did not open with any test key";
            else
                out[opened.first] = opened.second;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_authority = protocol::generateSigningKeyPair();
        const QStringList london
            = { QStringLiteral("E"), QStringLiteral("EC"), QStringLiteral("N"), QStringLiteral("SE") };
        const QJsonObject directory = directoryObject(12,
            { org(QStringLiteral("met-police"), QStringLiteral("police"), allStrands(),
                  areas(london, { QStringLiteral("London") })),
                org(QStringLiteral("sussex-police"), QStringLiteral("police"), allStrands(),
                    areas({ QStringLiteral("BN"), QStringLiteral("RH") },
                        { QStringLiteral("Sussex"), QStringLiteral("Brighton and Hove") })),
                org(QStringLiteral("galop"), QStringLiteral("support"),
                    { QStringLiteral("sexual_orientation"), QStringLiteral("transgender") }, everywhere()),
                org(QStringLiteral("tell-mama-org"), QStringLiteral("support"),
                    { QStringLiteral("religion") }, everywhere()),
                org(QStringLiteral("local-centre"), QStringLiteral("support"),
                    allStrands() << QStringLiteral("alternative_subculture"),
                    areas(
                        { QStringLiteral("E1"), QStringLiteral("E2") }, { QStringLiteral("Tower Hamlets") }),
                    { QStringLiteral("en"), QStringLiteral("bn") }),
                org(QStringLiteral("stop-hate"), QStringLiteral("support"), allStrands(), everywhere(),
                    { QStringLiteral("en"), QStringLiteral("pl") }) });
        m_signedFile = signedFile(directory, m_authority.secretKey);
        auto verified = directory::verifySignedDirectory(m_signedFile, { m_authority.publicKey });
        QVERIFY2(verified, qPrintable(verified.error()));
        m_directory = verified->directory;
    }

    void proposals_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("strands");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("preselected");
        const QString race = QStringLiteral("race");
        const QString en = QStringLiteral("en");
        const auto list = [](std::initializer_list<const char *> ids) {
            QStringList out;
            for (const char *id : ids)
                out << QLatin1StringView(id);
            return out;
        };
        QTest::newRow("police, E1: the force for E1") << "police" << QStringList { race } << "E1" << en
                                                      << list({ "met-police" }) << list({ "met-police" });
        QTest::newRow("police, full postcode BN3 7AB")
            << "police" << QStringList {} << "BN3 7AB" << en << list({ "sussex-police" })
            << list({ "sussex-police" });
        QTest::newRow("police, place name") << "police" << QStringList { race } << "brighton and hove" << en
                                            << list({ "sussex-police" }) << list({ "sussex-police" });
        QTest::newRow("police, no area: every force, none guessed")
            << "police" << QStringList { race } << "" << en << list({ "met-police", "sussex-police" })
            << list({});
        QTest::newRow("police, unknown area: every force, none guessed")
            << "police" << QStringList { race } << "Leeds" << en << list({ "met-police", "sussex-police" })
            << list({});
        QTest::newRow("support, race, E1: local before national, other strands left out")
            << "support" << QStringList { race } << "E1" << en << list({ "local-centre", "stop-hate" })
            << list({ "local-centre" });
        QTest::newRow("support, religion, Sussex: national ones serving religion")
            << "support" << QStringList { QStringLiteral("religion") } << "BN3" << en
            << list({ "stop-hate", "tell-mama-org" }) << list({ "stop-hate" });
        QTest::newRow("support, transgender, Tower Hamlets")
            << "support" << QStringList { QStringLiteral("transgender") } << "Tower Hamlets" << en
            << list({ "local-centre", "galop", "stop-hate" }) << list({ "local-centre" });
        QTest::newRow("support, strand unknown: all strands")
            << "support" << QStringList {} << "E1" << en
            << list({ "local-centre", "galop", "stop-hate", "tell-mama-org" }) << list({ "local-centre" });
        QTest::newRow("support, local strand")
            << "support" << QStringList { QStringLiteral("alternative_subculture") } << "E2" << en
            << list({ "local-centre" }) << list({ "local-centre" });
        QTest::newRow("support, Polish speakers first among equals")
            << "support" << QStringList { QStringLiteral("religion") } << "" << QStringLiteral("pl")
            << list({ "stop-hate", "tell-mama-org", "local-centre" }) << list({ "stop-hate" });
        QTest::newRow("support, Bengali: the local centre first when no area")
            << "support" << QStringList { race } << "" << QStringLiteral("bn")
            << list({ "stop-hate", "local-centre" }) << list({ "stop-hate" });
        QTest::newRow("both, race, E1: one force and one organisation chosen")
            << "both" << QStringList { race } << "E1" << en
            << list({ "met-police", "local-centre", "stop-hate" }) << list({ "met-police", "local-centre" });
        QTest::newRow("both, no area")
            << "both" << QStringList { QStringLiteral("sexual_orientation") } << "" << en
            << list({ "met-police", "sussex-police", "galop", "stop-hate", "local-centre" })
            << list({ "galop" });
        QTest::newRow("record only: support organisations")
            << "record_only" << QStringList { QStringLiteral("religion") } << "SE1" << en
            << list({ "stop-hate", "tell-mama-org" }) << list({ "stop-hate" });
        QTest::newRow("no choice: nothing")
            << "" << QStringList { race } << "E1" << en << list({}) << list({});
    }

    void proposals()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, strands);
        QFETCH(QString, area);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, preselected);
        routing::ReportFacts facts;
        facts.strands = strands;
        facts.area = area;
        facts.language = language;
        bool ok = false;
        const auto proposals
            = routing::propose(m_directory.organisations, routing::choiceFromName(choice, &ok), facts);
        QVERIFY(ok);
        QCOMPARE(idsOf(proposals), expected);
        QCOMPARE(preselectedOf(proposals), preselected);
    }

    void factsFromReports_data()
    {
        QTest::addColumn<QByteArray>("report");
        QTest::addColumn<QStringList>("strands");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("triage");
        QTest::addColumn<bool>("highRisk");
        QTest::newRow("flags and a place answer")
            << QByteArrayLiteral(
                   "{\"answers\":{\"where\":{\"area\":\"E1\",\"type\":\"street\"}},\"flags\":{\"local_"
                   "strands\":[\"age\"],"
                   "\"strands\":[\"race\"],\"triage\":\"elevated\",\"urgent\":false},\"language\":\"en\"}")
            << QStringList { QStringLiteral("race"), QStringLiteral("age") } << QStringLiteral("E1")
            << QStringLiteral("elevated") << false;
        QTest::newRow("urgent") << QByteArrayLiteral(
            "{\"flags\":{\"strands\":[],\"triage\":\"standard\",\"urgent\":true}}")
                                << QStringList {} << QString() << QStringLiteral("standard") << true;
        QTest::newRow("high") << QByteArrayLiteral("{\"flags\":{\"triage\":\"high\"}}") << QStringList {}
                              << QString() << QStringLiteral("high") << true;
        QTest::newRow("older report: strands from the answer, area answer")
            << QByteArrayLiteral(
                   "{\"answers\":{\"area\":\"BN3\",\"targeted\":[\"religion\",\"dont_know\"]},\"flags\":{}}")
            << QStringList { QStringLiteral("religion") } << QStringLiteral("BN3") << QString() << false;
        QTest::newRow("nothing at all")
            << QByteArrayLiteral("{}") << QStringList {} << QString() << QString() << false;
        QTest::newRow("wrong types are ignored") << QByteArrayLiteral(
            "{\"answers\":[1],\"flags\":{\"strands\":\"race\",\"triage\":3,\"urgent\":\"yes\"}}")
                                                 << QStringList {} << QString() << QString() << false;
    }

    void factsFromReports()
    {
        QFETCH(QByteArray, report);
        QFETCH(QStringList, strands);
        QFETCH(QString, area);
        QFETCH(QString, triage);
        QFETCH(bool, highRisk);
        const auto facts = routing::factsFromReport(QJsonDocument::fromJson(report).object());
        QCOMPARE(facts.strands, strands);
        QCOMPARE(facts.area, area);
        QCOMPARE(facts.triage, triage);
        QCOMPARE(facts.highRisk(), highRisk);
    }

    void proposalModelIsAModel()
    {
        routing::Routing routing;
        new QAbstractItemModelTester(
            routing.proposals(), QAbstractItemModelTester::FailureReportingMode::QtTest, &routing);
        routing.setOrganisations(m_directory.organisations, m_directory.serial);
        routing::ReportFacts facts;
        facts.strands = { QStringLiteral("race") };
        facts.area = QStringLiteral("E1");
        routing.setFacts(facts);
        QSignalSpy chosen(&routing, &routing::Routing::chosenChanged);
        routing.setChoice(QStringLiteral("both"));
        auto *model = routing.proposals();
        QCOMPARE(model->rowCount(), 3);
        const QModelIndex first = model->index(0);
        QCOMPARE(model->data(first, routing::ProposalModel::NameRole).toString(),
            QStringLiteral("Organisation met-police"));
        QCOMPARE(model->data(first, routing::ProposalModel::KindRole).toString(), QStringLiteral("police"));
        QCOMPARE(model->data(first, routing::ProposalModel::StrandsRole).toStringList(), allStrands());
        QCOMPARE(model->data(first, routing::ProposalModel::LanguagesRole).toStringList(),
            QStringList { QStringLiteral("en") });
        QCOMPARE(model->data(first, routing::ProposalModel::ChosenRole).toBool(), true);
        QCOMPARE(model->data(first, routing::ProposalModel::CoverageTextRole).toString(),
            QStringLiteral("Covers E1"));
        QCOMPARE(model->data(first, routing::ProposalModel::StrandsTextRole).toString(),
            QStringLiteral("all kinds of hate crime"));
        QCOMPARE(model->data(model->index(2), routing::ProposalModel::CoverageTextRole).toString(),
            QStringLiteral("Covers all areas"));
        QCOMPARE(model->data(model->index(1), routing::ProposalModel::LanguagesTextRole).toString(),
            QStringLiteral("English, বাংলা"));
        const auto roles = model->roleNames();
        for (const char *role :
            { "name", "kind", "strands", "languages", "chosen", "mayContact", "organisationId" })
            QVERIFY2(roles.values().contains(QByteArray(role)), role);
        QCOMPARE(routing.chosenCount(), 2);
        QVERIFY(routing.policeChosen() && routing.supportChosen());
        QVERIFY(model->setData(model->index(2), true, routing::ProposalModel::ChosenRole));
        QCOMPARE(routing.chosenCount(), 3);
        QVERIFY(chosen.count() > 0);
        routing.setChosen(0, false);
        QVERIFY(!routing.policeChosen());
        QCOMPARE(routing.checkRecipients().value(0).field, QStringLiteral("organisations"));
        routing.setChosen(99, true); // out of range: ignored
        routing.setChoice(QStringLiteral("nonsense"));
        QCOMPARE(routing.choice(), QStringLiteral("both"));
        routing.clear();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(routing.choice(), QString());
    }

    void supportContactModelIsAModel()
    {
        routing::SupportContactModel all(false);
        routing::SupportContactModel start(true);
        new QAbstractItemModelTester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(&start, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        all.setContacts(m_directory.supportContacts);
        start.setContacts(m_directory.supportContacts);
        QCOMPARE(all.rowCount(), 4);
        QCOMPARE(start.rowCount(), 2); // 999 and 101; helplines are for the confirmation page
        QCOMPARE(all.data(all.index(0), routing::SupportContactModel::ActionTextRole).toString(),
            QStringLiteral("Call 999"));
        QVERIFY(all.data(all.index(0), routing::SupportContactModel::EmergencyRole).toBool());
        all.setLanguage(QStringLiteral("cy"));
        QCOMPARE(all.data(all.index(1), routing::SupportContactModel::NameRole).toString(),
            QStringLiteral("Heddlu, nid argyfwng"));
        // Strand-specific lines show only when the report names their strand.
        all.setStrands({ QStringLiteral("race") });
        QCOMPARE(all.rowCount(), 3);
        all.setStrands({ QStringLiteral("religion") });
        QCOMPARE(all.rowCount(), 4);
    }

    // What a proposal says about itself: strands in words, a long language list shortened to
    // the reporter's own language.
    void proposalTexts()
    {
        routing::Routing routing;
        routing.setOrganisations(m_directory.organisations, m_directory.serial);
        routing::ReportFacts facts;
        facts.strands = { QStringLiteral("transgender") };
        facts.language = QStringLiteral("pl");
        routing.setFacts(facts);
        routing.setChoice(QStringLiteral("support"));
        auto *model = routing.proposals();
        QStringList strands;
        for (int row = 0; row < model->rowCount(); ++row)
            strands << model->data(model->index(row), routing::ProposalModel::StrandsTextRole).toString();
        // Galop's two strands, joined the Polish way ("i"), as the reporter reads Polish.
        QVERIFY2(strands.contains(QStringLiteral("Sexual orientation i Transgender identity")),
            qPrintable(strands.join(u'|')));
        // stop-hate speaks Polish: first among the national ones, and says so.
        QCOMPARE(model->data(model->index(0), routing::ProposalModel::OrganisationIdRole).toString(),
            QStringLiteral("stop-hate"));
        QCOMPARE(model->data(model->index(0), routing::ProposalModel::LanguagesTextRole).toString(),
            QStringLiteral("English, Polski"));
    }

    void contactChecks_data()
    {
        QTest::addColumn<QString>("contact");
        QTest::addColumn<QStringList>("methods");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("highRisk");
        QTest::addColumn<QString>("consent");
        QTest::addColumn<QString>("field");
        const QString phone = QStringLiteral("phone");
        const QString email = QStringLiteral("email");
        QTest::newRow("nothing chosen") << "" << QStringList {} << ""
                                        << "" << false << ""
                                        << "contact";
        QTest::newRow("anonymous") << "anonymous" << QStringList {} << ""
                                   << "" << false << ""
                                   << "";
        QTest::newRow("contactable, no method") << "contactable" << QStringList {} << ""
                                                << "" << false << ""
                                                << "methods";
        QTest::newRow("only through support")
            << "contactable" << QStringList { QStringLiteral("through_support") } << ""
            << "" << false << ""
            << "methods";
        QTest::newRow("phone missing") << "contactable" << QStringList { phone } << ""
                                       << "" << false << ""
                                       << "phone";
        QTest::newRow("phone too short") << "contactable" << QStringList { phone } << "0123"
                                         << "" << false << ""
                                         << "phone";
        QTest::newRow("phone with letters") << "contactable" << QStringList { phone } << "07700 CALLME"
                                            << "" << false << ""
                                            << "phone";
        QTest::newRow("phone ok") << "contactable" << QStringList { phone } << "+44 (0)7700 900-982"
                                  << "" << false << ""
                                  << "";
        QTest::newRow("email bad") << "contactable" << QStringList { email } << ""
                                   << "name@" << false << ""
                                   << "email";
        QTest::newRow("email ok") << "contactable" << QStringList { email } << ""
                                  << "a.b@example.org" << false << ""
                                  << "";
        QTest::newRow("high risk, consent not given") << "anonymous" << QStringList {} << ""
                                                      << "" << true << ""
                                                      << "multiAgency";
        QTest::newRow("high risk, consent refused") << "anonymous" << QStringList {} << ""
                                                    << "" << true << "no"
                                                    << "";
    }

    void contactChecks()
    {
        QFETCH(QString, contact);
        QFETCH(QStringList, methods);
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(bool, highRisk);
        QFETCH(QString, consent);
        QFETCH(QString, field);
        routing::Routing routing;
        routing.setOrganisations(m_directory.organisations, m_directory.serial);
        routing::ReportFacts facts;
        facts.triage = highRisk ? QStringLiteral("high") : QStringLiteral("standard");
        routing.setFacts(facts);
        routing.setChoice(QStringLiteral("support"));
        QVERIFY(routing.checkRecipients().isEmpty());
        routing.setContact(contact);
        for (const QString &method : methods)
            routing.setContactMethod(method, true);
        routing.setPhone(phone);
        routing.setEmail(email);
        routing.setMultiAgencyConsent(consent);
        QCOMPARE(routing.checkContact().value(0).field, field);
    }

    void recipientChecks()
    {
        routing::Routing routing;
        QCOMPARE(routing.checkRecipients().value(0).field, QStringLiteral("choice"));
        QVERIFY(routing.checkRecipients().value(0).message.contains(QStringLiteral("cannot find")));
        routing.setOrganisations(m_directory.organisations, m_directory.serial);
        QCOMPARE(routing.checkRecipients().value(0).message,
            QStringLiteral("Select who should receive your report"));
        routing.setChoice(QStringLiteral("police")); // no area: no force is guessed
        QCOMPARE(routing.checkRecipients().value(0).message, QStringLiteral("Select a police force"));
        routing.setChosen(1, true);
        QVERIFY(routing.checkRecipients().isEmpty());
        QCOMPARE(routing.chosenNames(), QStringLiteral("Organisation sussex-police"));
    }

    // Choosing anonymity forgets what was typed, so it cannot be sent by mistake.
    void anonymousForgetsDetails()
    {
        routing::Routing routing;
        routing.setContact(QStringLiteral("contactable"));
        routing.setContactMethod(QStringLiteral("phone"), true);
        routing.setPhone(kPhone);
        routing.setContact(QStringLiteral("anonymous"));
        QVERIFY(routing.phone().isEmpty());
        QVERIFY(routing.contactMethods().isEmpty());
        QVERIFY(!routing.consent().contactable);
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
        auto session = makeSession(dir.path());
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
        for (const auto &[id, json] : opened) {
            const QJsonObject routingMember = json.value(QStringLiteral("routing")).toObject();
            QCOMPARE(routingMember.value(QStringLiteral("recipient")).toString(), id);
            QCOMPARE(routingMember.value(QStringLiteral("request")).toString(), request);
            QCOMPARE(routingMember.value(QStringLiteral("choice")).toString(), choice);
            QCOMPARE(routingMember.value(QStringLiteral("contact")).toString(), QStringLiteral("anonymous"));
            QCOMPARE(routingMember.value(QStringLiteral("multi_agency_consent")).toString(),
                QStringLiteral("not_asked"));
            QCOMPARE(routingMember.value(QStringLiteral("directory_serial")).toInt(), 12);
            QStringList sentTo = routingMember.value(QStringLiteral("sent_to")).toVariant().toStringList();
            sentTo.sort();
            QCOMPARE(sentTo, recipients);
            QVERIFY(!json.contains(QStringLiteral("contact")));
            QCOMPARE(json.value(QStringLiteral("answers"))
                         .toObject()
                         .value(QStringLiteral("narrative"))
                         .toString(),
                QStringLiteral("They shouted at me outside the shop."));
            QCOMPARE(json.value(QStringLiteral("reference")).toString(), session->reference());
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
        auto session = makeSession(dir.path());
        QVERIFY(session);
        auto *routing = session->routing();
        routing::ReportFacts facts;
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
        for (const auto &[id, json] : opened) {
            const QJsonObject routingMember = json.value(QStringLiteral("routing")).toObject();
            QCOMPARE(routingMember.value(QStringLiteral("multi_agency_consent")).toString(),
                QStringLiteral("yes"));
            const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
            const bool details = direct.contains(id);
            // The contact answers appear nowhere in a copy for an organisation not allowed them.
            for (const QString &canary : { kPhone, kEmail, kName, kSafeTimes })
                QCOMPARE(text.contains(canary.toUtf8()), details);
            QCOMPARE(json.contains(QStringLiteral("contact")), details);
            if (details) {
                const QJsonObject contact = json.value(QStringLiteral("contact")).toObject();
                QCOMPARE(routingMember.value(QStringLiteral("contact")).toString(), QStringLiteral("direct"));
                QCOMPARE(contact.value(QStringLiteral("phone")).toString(), kPhone);
                QCOMPARE(contact.value(QStringLiteral("email")).toString(), kEmail);
                QCOMPARE(contact.value(QStringLiteral("name")).toString(), kName);
                QCOMPARE(contact.value(QStringLiteral("safe_times")).toString(), kSafeTimes);
                QCOMPARE(contact.value(QStringLiteral("leave_message")).toString(), QStringLiteral("no"));
                QCOMPARE(contact.value(QStringLiteral("methods")).toVariant().toStringList(),
                    QStringList({ QStringLiteral("phone"), QStringLiteral("email") }));
            } else if (through.contains(id)) {
                QCOMPARE(routingMember.value(QStringLiteral("contact")).toString(),
                    QStringLiteral("through_support"));
                QCOMPARE(routingMember.value(QStringLiteral("contact_through")).toString(),
                    QStringLiteral("local-centre"));
            } else {
                QCOMPARE(
                    routingMember.value(QStringLiteral("contact")).toString(), QStringLiteral("anonymous"));
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
        m_keys[QStringLiteral("pinned")] = protocol::generateRecipientKeyPair();
        const QByteArray file
            = signedFile(directoryObject(1,
                             { organisation(QStringLiteral("pinned"), QStringLiteral("support"), allStrands(),
                                 everywhere(), m_keys[QStringLiteral("pinned")].publicKey,
                                 QStringLiteral("https://intake.example.invalid/v1/envelopes")) }),
                m_authority.secretKey);
        QFile out(dir.filePath(QStringLiteral("pinned.json")));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(file) == file.size());
        out.close();
        session::AppConfig config;
        config.dataDir = dir.filePath(QStringLiteral("data"));
        config.directoryFile = out.fileName();
        config.trustedDirectoryKeys = { m_authority.publicKey };
        session::ReportSession session(config);
        QVERIFY(session.start());
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
        session::AppConfig config;
        config.dataDir = dir.path();
        m_keys[QStringLiteral("configured-1")] = protocol::generateRecipientKeyPair();
        config.recipients = { { QStringLiteral("Configured organisation"), QUrl(kNowhere),
            m_keys[QStringLiteral("configured-1")].publicKey } };
        session::ReportSession session(config);
        QVERIFY(session.start());
        QVERIFY(session.routing()->fixedRecipients());
        QCOMPARE(session.recipientNames(), QStringLiteral("Configured organisation"));
        session.report()->setAnswer(QStringLiteral("narrative"), QStringLiteral("fixed"));
        QVERIFY(session.send());
        const auto opened = queued(session);
        QCOMPARE(opened.size(), size_t(1));
        QCOMPARE(opened.begin()
                     ->second.value(QStringLiteral("routing"))
                     .toObject()
                     .value(QStringLiteral("choice"))
                     .toString(),
            QStringLiteral("configured"));
    }

    // With the app's built-in keys the embedded demo directory is used: "both" makes two
    // envelopes for the demo intake, both sealed to the demo organisation's key.
    void embeddedDemoDirectoryBoth()
    {
        QTemporaryDir dir;
        session::AppConfig config;
        config.dataDir = dir.path();
        session::ReportSession session(config);
        QVERIFY(session.start());
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
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
