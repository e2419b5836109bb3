// SPDX-License-Identifier: GPL-3.0-or-later
// A full report answered page by page through the question flow (every question type, two
// offenders, an approximate date, the 999 page on high triage) travels through the real intake
// on loopback and opens in the real inbox with every answer and flag intact. Then a second
// questionnaire, loaded from a file with no rebuild, does the same.
#include "report/reportformat.h"
#include "sessionfixture.h"
#include "testorganisation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using Page = questionnaire::QuestionFlow::Page;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

class TestFullReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestOrganisation> m_organisation;

    // A session sending to the organisation's intake, started on a fresh store.
    std::unique_ptr<session::ReportSession> newSession(const QString &name)
    {
        if (!m_organisation->startIntake(m_dir.filePath(name + s(".db"))))
            return nullptr;
        return testsupport::startSession(
            testsupport::sessionConfig(m_dir.filePath(name), { testsupport::recipientOf(*m_organisation) }));
    }

    // Sends the session's report and returns it as the organisation's inbox opens it.
    report::ReportDocument sendAndOpen(session::ReportSession &session)
    {
        if (!session.send()) {
            qWarning() << "send failed:" << session.errorMessage();
            return {};
        }
        if (!QTest::qWaitFor(
                [&] { return session.deliveryState() == session::ReportSession::DeliveryState::Sent; },
                15000)) {
            qWarning() << "not delivered";
            return {};
        }
        m_organisation->intake().stop();
        const auto opened = m_organisation->openOnlyReport();
        const auto read = report::readReport(opened.out);
        if (opened.exitCode != 0 || !read || !read->malformed.isEmpty())
            return {};
        return read.value();
    }

    // The current page's question must be `id`; fills its draft and continues.
    static bool answer(questionnaire::QuestionFlow *flow, const char *id, const QVariantMap &fields)
    {
        if (flow->page() != Page::Question || flow->currentId() != s(id)) {
            qWarning() << "expected question" << id << "but the flow is at" << flow->page()
                       << flow->currentId();
            return false;
        }
        for (auto it = fields.begin(); it != fields.end(); ++it)
            flow->setDraftValue(it.key(), it.value());
        if (!flow->next()) {
            qWarning() << "errors on" << id << flow->fieldErrors();
            return false;
        }
        return true;
    }
    static bool value(questionnaire::QuestionFlow *flow, const char *id, const QVariant &v)
    {
        return answer(flow, id, { { s("value"), v } });
    }
    static bool addItem(questionnaire::QuestionFlow *flow, const QVariantMap &fields)
    {
        flow->addItem();
        if (flow->page() != Page::GroupItem)
            return false;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            flow->setDraftValue(it.key(), it.value());
        return flow->next() && flow->page() == Page::Question;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_organisation = std::make_unique<testsupport::TestOrganisation>(
            m_dir.path(), QByteArrayLiteral("full report passphrase"));
        QVERIFY(m_organisation->isValid());
    }

    void everyQuestionTypeArrivesIntact()
    {
        auto session = newSession(s("full"));
        QVERIFY(session);
        auto *flow = session->flow();
        const QString narrative = s("Two people shouted \"go back\" at me on the bus.\n"
                                    "Jedna z nich mnie popchnęła. ایک آدمی نے ویڈیو بنائی۔");

        // What the person wants first, the essentials, then every optional section in turn.
        flow->start();
        QCOMPARE(flow->page(), Page::Recipients);
        session->routing()->setChoice(s("support"));
        QVERIFY(flow->next());
        QVERIFY(value(flow, "in_danger", s("no")));
        QVERIFY(value(flow, "narrative", narrative));
        QVERIFY(value(flow, "targeted",
            QStringList { s("sex_or_gender"), s("disability"), s("other"), s("transgender") }));
        QVERIFY(value(flow, "targeted_other", s("Being Roma and disabled")));
        QCOMPARE(flow->page(), Page::TaskList);
        flow->enterSection(s("About you"));
        QVERIFY(value(flow, "role", s("third_party"))); // a witness is not asked safe_at_home
        QVERIFY(value(flow, "your_age", s("25_34")));
        QVERIFY(value(flow, "describe_yourself", s("Disabled Roma woman")));
        flow->enterSection(s("More about what happened"));
        QVERIFY(value(flow, "incident_types", QStringList { s("threats"), s("property_damage") }));
        flow->enterSection(s("Online"));
        QVERIFY(value(flow, "online", s("yes")));
        QVERIFY(value(flow, "online_platform", s("Facebook")));
        QVERIFY(value(flow, "online_link", s("https://example.org/post/123?ref=share")));
        QVERIFY(value(flow, "online_content", s("\"You lot should go back\"\nand a picture")));
        QVERIFY(value(flow, "online_still_visible", s("dont_know")));
        flow->enterSection(s("When and where"));
        QVERIFY(answer(flow, "when",
            { { s("mode"), s("approximate") }, { s("month"), s("3") }, { s("year"), s("2024") },
                { s("time"), s("9pm") } }));
        QVERIFY(answer(flow, "where",
            { { s("type"), s("public_transport") }, { s("description"), s("The number 25 bus") },
                { s("area"), s("ls6") } }));
        flow->enterSection(s("The people who did it"));
        QVERIFY(value(flow, "offender_count", s("two")));
        QVERIFY(value(flow, "offender_known", s("some_known")));
        QVERIFY(value(flow, "offender_relationship", s("One is a neighbour")));

        QCOMPARE(flow->currentId(), s("offenders"));
        QVERIFY(addItem(flow,
            { { s("offender_age"), s("18_24") }, { s("offender_gender"), s("woman") },
                { s("offender_build"), s("slim") }, { s("offender_height"), s("short") },
                { s("offender_appearance"), s("White") }, { s("offender_clothing"), s("Grey tracksuit") },
                { s("offender_hair"), s("Blonde ponytail") }, { s("offender_accent"), s("Local") },
                { s("offender_marks"), s("Tattoo on the neck") } }));
        QVERIFY(addItem(flow,
            { { s("offender_age"), s("dont_know") }, { s("offender_gender"), s("man") },
                { s("offender_marks"), s("Glasses") } }));
        QCOMPARE(flow->items()->count(), 2);
        QVERIFY(flow->next());

        QVERIFY(value(flow, "vehicle", s("yes")));
        QCOMPARE(flow->currentId(), s("vehicles"));
        QVERIFY(addItem(flow,
            { { s("vehicle_make"), s("Vauxhall") }, { s("vehicle_model"), s("Corsa") },
                { s("vehicle_colour"), s("Silver") }, { s("vehicle_plate"), s("YX") } }));
        QVERIFY(flow->next());
        QVERIFY(value(flow, "witnesses", s("yes")));
        QVERIFY(value(flow, "witness_details", s("Two people at the stop")));
        QVERIFY(value(flow, "cctv", s("yes")));
        QCOMPARE(flow->page(), Page::TaskList);
        flow->enterSection(s("Your safety"));
        QVERIFY(value(flow, "happened_before", s("yes")));
        QVERIFY(value(flow, "how_often", s("many_times")));
        QVERIFY(value(flow, "same_people", s("yes")));
        QVERIFY(value(flow, "getting_worse", s("no")));
        QVERIFY(value(flow, "they_know_where_you_live", s("dont_know")));
        QVERIFY(value(flow, "you_know_where_they_live", s("yes")));
        QVERIFY(value(flow, "threatened_return", s("no")));
        QVERIFY(value(flow, "injured", s("no")));
        QVERIFY(value(flow, "safe_at_home", s("yes")));
        QVERIFY(value(flow, "others_at_risk", QStringList { s("children") }));
        QVERIFY(!flow->urgent());
        // A third elevated sign makes the triage high: the 999 page comes first.
        QVERIFY(value(flow, "barriers", QStringList { s("immigration"), s("disability") }));
        QCOMPARE(flow->page(), Page::Danger);
        QVERIFY(flow->urgent());
        QVERIFY(flow->next());
        QCOMPARE(flow->page(), Page::TaskList);
        flow->enterSection(s("Support"));
        QVERIFY(
            value(flow, "support", QStringList { s("interpreter"), s("accessible_formats"), s("advocacy") }));
        QVERIFY(value(flow, "interpreter_language", s("Polish")));
        QVERIFY(value(flow, "formats", QStringList { s("easy_read"), s("large_print") }));
        QCOMPARE(flow->page(), Page::TaskList);
        QVERIFY(flow->next());
        QCOMPARE(flow->page(), Page::Check);
        for (int i = 0; i < flow->checkRows()->count(); ++i)
            QVERIFY2(flow->checkRows()->value(i, s("provided")).toBool(),
                qPrintable(flow->checkRows()->value(i, s("questionId")).toString()));
        session->setLanguage(s("pl"));

        const report::ReportDocument report = sendAndOpen(*session);
        QCOMPARE(report.questionnaireId, s("harbour-uk"));
        QCOMPARE(report.questionnaireVersion, 3);
        QCOMPARE(report.mode, s("self"));
        QCOMPARE(report.language, s("pl"));

        // Everything but the narrative, as the inbox must show it (canned in tests/data/).
        QJsonObject expected = readJson(s(HARBOUR_SOURCE_DIR "/tests/data/fullreport-answers.json"));
        QVERIFY(!expected.isEmpty());
        expected.insert(s("narrative"), narrative);
        const QJsonObject answers = report.answers;
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(answers.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(answers.keys(), expected.keys()); // nothing more, nothing less

        report::ReportFlags flags;
        flags.strands = QStringList { s("disability"), s("transgender") };
        flags.localStrands = QStringList { s("sex_or_gender"), s("other") };
        flags.cyberEnabled = true;
        flags.repeatVictim = true;
        flags.triage = s("high");
        flags.triageRules = QStringList { s("H6"), s("E5"), s("E7"), s("E9") };
        flags.urgent = true;
        flags.assisted = false;
        QVERIFY(report.flags == flags);
        QCOMPARE(testsupport::storedEnvelopeCount(m_organisation->store()), 1);
    }

    void secondQuestionnaireFromAFile()
    {
        auto session = newSession(s("short"));
        QVERIFY(session);
        auto loaded = questionnaire::Questionnaire::load(
            s(HARBOUR_SOURCE_DIR "/tests/data/questionnaire-short.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        session->setQuestionnaire(std::make_shared<const questionnaire::Questionnaire>(loaded.value()));
        auto *flow = session->flow();

        flow->start();
        QVERIFY(value(flow, "narrative", s("Someone wrote on our door.")));
        QVERIFY(value(flow, "targeted", QStringList { s("sex_or_gender") }));
        QVERIFY(value(flow, "online", s("no")));
        QVERIFY(value(flow, "offline_details", s("Our front door")));
        QVERIFY(answer(flow, "when",
            { { s("mode"), s("exact") }, { s("day"), s("1") }, { s("month"), s("2") },
                { s("year"), s("2024") } }));
        QCOMPARE(flow->currentId(), s("helpers"));
        QVERIFY(addItem(flow, { { s("helper_name"), s("Sam") } }));
        QVERIFY(flow->next());
        QVERIFY(value(flow, "follow_up", s("yes")));
        QCOMPARE(flow->page(), Page::Check);

        const report::ReportDocument report = sendAndOpen(*session);
        QCOMPARE(report.questionnaireId, s("example-short"));
        QCOMPARE(report.questionnaireVersion, 3);
        QCOMPARE(report.answers, parse(R"({
            "narrative": "Someone wrote on our door.", "targeted": ["sex_or_gender"], "online": "no",
            "offline_details": "Our front door", "when": {"mode": "exact", "date": "2024-02-01"},
            "helpers": [{"helper_name": "Sam"}], "follow_up": "yes"})"));
        QCOMPARE(report.flags.strands, QStringList());
        QCOMPARE(report.flags.localStrands, QStringList { s("sex_or_gender") });
        QCOMPARE(report.flags.cyberEnabled, false);
        QCOMPARE(report.flags.triage, s("standard"));
    }
};

QTEST_GUILESS_MAIN(TestFullReport)
#include "tst_fullreport.moc"
