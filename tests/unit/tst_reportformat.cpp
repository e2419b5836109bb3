// SPDX-License-Identifier: GPL-3.0-or-later
// The report's JSON (app/report/reportformat.h): what is written reads back the same, the wire
// names are those of docs/protocol.md, malformed and unknown members read as documented, and the
// facts routing takes from a report.
#include "questionnaire/flags.h"
#include "report/reportformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace harbour;
using report::ReportDocument;

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// docs/protocol.md §15.3: a report as an early app wrote it, byte for byte.
const QByteArray kProtocolExample = QByteArrayLiteral(
    R"({"answers":{"narrative":"Two men shouted abuse at me at the bus stop.","online":"no","targeted":["religion"]},)"
    R"("app_version":"0.1.0","flags":{"cyber_enabled":false,"strands":["religion"]},"format":"harbour-report",)"
    R"("language":"en","mode":"self","questionnaire":{"id":"harbour-spine","version":1},)"
    R"("reference":"HB-7K2M-Q9TX","reported_at":"2024-05-01T13:00:00Z"})");

// One copy as the app sends it today: every flag, routing and contact.
ReportDocument fullReport()
{
    ReportDocument report;
    report.questionnaireId = s("harbour-uk");
    report.questionnaireVersion = 1;
    report.reference = s("HB-ABCD-EFGH");
    report.language = s("pl");
    report.mode = s("assisted");
    report.appVersion = s("0.1.0");
    report.reportedAt = s("2024-05-01T13:00:00Z");
    report.answers = QJsonObject { { s("narrative"), s("Krzyczeli na mnie.") },
        { s("where"), QJsonObject { { s("area"), s(" E1 ") }, { s("type"), s("street") } } },
        { s("targeted"), QJsonArray { s("race"), s("age") } } };
    report.flags.strands = QStringList { s("race") };
    report.flags.localStrands = QStringList { s("age") };
    report.flags.cyberEnabled = true;
    report.flags.repeatVictim = false;
    report.flags.triage = s("elevated");
    report.flags.triageRules = QStringList { s("E2") };
    report.flags.urgent = false;
    report.flags.assisted = true;
    report::ReportRouting routing;
    routing.choice = s("both");
    routing.request = report::request::action;
    routing.recipient = s("demo-support");
    routing.recipientKind = s("support");
    routing.sentTo = QStringList { s("demo-police"), s("demo-support") };
    routing.directorySerial = 7;
    routing.contact = report::contactKind::direct;
    routing.multiAgencyConsent = s("yes");
    report.routing = routing;
    report::ReportContact contact;
    contact.methods = QStringList { s("phone") };
    contact.phone = s("07700 900123");
    contact.leaveMessage = s("no");
    report.contact = contact;
    return report;
}

void compareDocuments(const ReportDocument &actual, const ReportDocument &expected)
{
    QCOMPARE(actual.questionnaireId, expected.questionnaireId);
    QCOMPARE(actual.questionnaireVersion, expected.questionnaireVersion);
    QCOMPARE(actual.reference, expected.reference);
    QCOMPARE(actual.language, expected.language);
    QCOMPARE(actual.mode, expected.mode);
    QCOMPARE(actual.appVersion, expected.appVersion);
    QCOMPARE(actual.reportedAt, expected.reportedAt);
    QCOMPARE(actual.answers, expected.answers);
    QVERIFY(actual.flags == expected.flags);
    QVERIFY(actual.routing == expected.routing);
    QVERIFY(actual.contact == expected.contact);
    QCOMPARE(actual.unknown, expected.unknown);
    QCOMPARE(actual.malformed, QStringList());
}

} // namespace

class TestReportFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenAndReadBackGivesTheSameReport()
    {
        const ReportDocument written = fullReport();
        const auto read = report::readReport(written.toCanonicalJson());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        compareDocuments(read.value(), written);
        QCOMPARE(read->toCanonicalJson(), written.toCanonicalJson());

        const report::ReportFacts before = report::factsFromReport(written);
        const report::ReportFacts after = report::factsFromReport(read.value());
        QCOMPARE(after.strands, before.strands);
        QCOMPARE(after.strands, (QStringList { s("race"), s("age") }));
        QCOMPARE(after.area, s("E1"));
        QCOMPARE(after.language, s("pl"));
        QCOMPARE(after.triage, s("elevated"));
        QCOMPARE(after.urgent, false);
    }

    // The names on the wire are docs/protocol.md's: an early app's report reads and is written
    // again to the same bytes.
    void protocolExampleReadsAndWritesBack()
    {
        const auto read = report::readReport(kProtocolExample);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->malformed, QStringList());
        QCOMPARE(read->reference, s("HB-7K2M-Q9TX"));
        QCOMPARE(read->questionnaireId, s("harbour-spine"));
        QCOMPARE(read->questionnaireVersion, 1);
        QCOMPARE(read->mode, s("self"));
        QCOMPARE(read->appVersion, s("0.1.0"));
        QCOMPARE(read->reportedAt, s("2024-05-01T13:00:00Z"));
        QCOMPARE(read->answers.value(s("online")).toString(), s("no"));
        QCOMPARE(read->flags.strands, QStringList { s("religion") });
        QCOMPARE(read->flags.cyberEnabled, false);
        QVERIFY(!read->flags.triage && !read->flags.urgent && !read->flags.localStrands);
        QVERIFY(!read->routing && !read->contact);
        QCOMPARE(read->toCanonicalJson(), kProtocolExample);
    }

    // docs/protocol.md §4 and §17.6, docs/questionnaire.md "Flags": every member by its name.
    void membersHaveTheDocumentedNames()
    {
        const QJsonObject json = fullReport().toJson();
        QCOMPARE(json.keys(),
            (QStringList { s("answers"), s("app_version"), s("contact"), s("flags"), s("format"),
                s("language"), s("mode"), s("questionnaire"), s("reference"), s("reported_at"),
                s("routing") }));
        QCOMPARE(json.value(s("format")).toString(), s("harbour-report"));
        QCOMPARE(json.value(s("flags")).toObject().keys(),
            (QStringList { s("assisted"), s("cyber_enabled"), s("local_strands"), s("repeat_victim"),
                s("strands"), s("triage"), s("triage_rules"), s("urgent") }));
        QCOMPARE(json.value(s("routing")).toObject().keys(),
            (QStringList { s("choice"), s("contact"), s("directory_serial"), s("multi_agency_consent"),
                s("recipient"), s("recipient_kind"), s("request"), s("sent_to") }));
        // Empty contact texts are not written.
        QCOMPARE(json.value(s("contact")).toObject().keys(),
            (QStringList { s("leave_message"), s("methods"), s("phone") }));
        QCOMPARE(json.value(s("questionnaire")).toObject().keys(), (QStringList { s("id"), s("version") }));

        ReportDocument through = fullReport();
        through.routing->contact = report::contactKind::throughSupport;
        through.routing->contactThrough = s("demo-support");
        through.contact.reset();
        const QJsonObject routing = through.toJson().value(s("routing")).toObject();
        QCOMPARE(routing.value(s("contact_through")).toString(), s("demo-support"));
        QVERIFY(!through.toJson().contains(s("contact")));
    }

    void triageLevelsAreTheQuestionnaires()
    {
        using questionnaire::Triage;
        QCOMPARE(report::triageLevels(),
            (QStringList { questionnaire::triageName(Triage::Standard),
                questionnaire::triageName(Triage::Elevated), questionnaire::triageName(Triage::High) }));
    }

    void notAnObjectIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArrayLiteral("{\"reference\":");
        QTest::newRow("an array") << QByteArrayLiteral("[{\"reference\":\"HB-0000-0000\"}]");
        QTest::newRow("a string") << QByteArrayLiteral("\"harbour-report\"");
    }
    void notAnObjectIsRefused()
    {
        QFETCH(QByteArray, json);
        const auto read = report::readReport(json);
        QVERIFY(!read.ok());
        QCOMPARE(read.errorKind(), ErrorKind::Refused);
        QCOMPARE(read.error(), s("the report is not a JSON object"));
    }

    // Each malformed member reads as absent and is named; the rest of the report still reads.
    void malformedMembersReadAsAbsent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("malformed");
        QTest::newRow("urgent as text")
            << QByteArrayLiteral(R"({"flags":{"urgent":"yes","strands":["race"]}})")
            << QStringList { s("flags.urgent") };
        QTest::newRow("strands as text")
            << QByteArrayLiteral(R"({"flags":{"strands":"race"}})") << QStringList { s("flags.strands") };
        QTest::newRow("a number among the strands")
            << QByteArrayLiteral(R"({"flags":{"strands":["race",5]}})") << QStringList { s("flags.strands") };
        QTest::newRow("triage as a number")
            << QByteArrayLiteral(R"({"flags":{"triage":3}})") << QStringList { s("flags.triage") };
        QTest::newRow("an unknown triage level")
            << QByteArrayLiteral(R"({"flags":{"triage":"severe"}})") << QStringList { s("flags.triage") };
        QTest::newRow("flags as a list")
            << QByteArrayLiteral(R"({"flags":[]})") << QStringList { s("flags") };
        QTest::newRow("answers as a list")
            << QByteArrayLiteral(R"({"answers":[1]})") << QStringList { s("answers") };
        QTest::newRow("reference as a number")
            << QByteArrayLiteral(R"({"reference":5})") << QStringList { s("reference") };
        QTest::newRow("a fractional questionnaire version") << QByteArrayLiteral(
            R"({"questionnaire":{"id":"x","version":1.5}})") << QStringList { s("questionnaire.version") };
        QTest::newRow("a negative questionnaire version")
            << QByteArrayLiteral(R"({"questionnaire":{"id":"x","version":-1}})")
            << QStringList { s("questionnaire.version") };
        QTest::newRow("sent_to with a number")
            << QByteArrayLiteral(R"({"routing":{"request":"action","sent_to":[1]}})")
            << QStringList { s("routing.sent_to") };
        QTest::newRow("contact methods as text")
            << QByteArrayLiteral(R"({"contact":{"methods":"phone","phone":"0"}})")
            << QStringList { s("contact.methods") };
        QTest::newRow("several") << QByteArrayLiteral(R"({"mode":null,"flags":{"assisted":1,"urgent":true}})")
                                 << QStringList { s("mode"), s("flags.assisted") };
    }
    void malformedMembersReadAsAbsent()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, malformed);
        const auto read = report::readReport(json);
        QVERIFY(read.ok());
        QCOMPARE(read->malformed, malformed);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        // What was well formed beside it is still read.
        if (object.value(s("flags")).toObject().value(s("strands")).isArray()
            && !malformed.contains(s("flags.strands")))
            QCOMPARE(read->flags.strands, QStringList { s("race") });
        if (object.value(s("flags")).toObject().contains(s("urgent"))
            && !malformed.contains(s("flags.urgent")))
            QCOMPARE(read->flags.urgent, true);
        if (read->routing)
            QCOMPARE(read->routing->request, s("action"));
        if (read->contact)
            QCOMPARE(read->contact->phone, s("0"));
        for (const QString &path : malformed) {
            if (path == QLatin1StringView("flags.urgent"))
                QVERIFY(!read->flags.urgent);
            if (path == QLatin1StringView("flags.strands"))
                QVERIFY(!read->flags.strands);
            if (path == QLatin1StringView("flags.triage"))
                QVERIFY(!read->flags.triage);
            if (path == QLatin1StringView("flags.assisted"))
                QVERIFY(!read->flags.assisted);
            if (path == QLatin1StringView("questionnaire.version"))
                QCOMPARE(read->questionnaireVersion, 0);
        }
    }

    // docs/protocol.md §4: readers ignore members they do not know; a rewritten copy keeps them.
    void unknownMembersAreIgnoredAndKept()
    {
        QJsonObject object = fullReport().toJson();
        object.insert(s("mailbox"), s("bWFpbGJveA=="));
        QJsonObject flags = object.value(s("flags")).toObject();
        flags.insert(s("a_later_flag"), true);
        object.insert(s("flags"), flags);
        const ReportDocument read = report::readReport(object);
        QCOMPARE(read.malformed, QStringList());
        QCOMPARE(read.unknown, (QJsonObject { { s("mailbox"), s("bWFpbGJveA==") } }));
        QVERIFY(read.flags == fullReport().flags);
        QCOMPARE(read.toJson().value(s("mailbox")).toString(), s("bWFpbGJveA=="));
    }

    void factsFromReports_data()
    {
        QTest::addColumn<QByteArray>("report");
        QTest::addColumn<QStringList>("strands");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("triage");
        QTest::addColumn<bool>("highRisk");
        QTest::newRow("flags and a place answer")
            << QByteArrayLiteral(R"({"answers":{"where":{"area":"E1","type":"street"}},)"
                                 R"("flags":{"local_strands":["age"],"strands":["race"],"triage":"elevated",)"
                                 R"("urgent":false},"language":"en"})")
            << QStringList { s("race"), s("age") } << s("E1") << s("elevated") << false;
        QTest::newRow("urgent") << QByteArrayLiteral(
            R"({"flags":{"strands":[],"triage":"standard","urgent":true}})")
                                << QStringList {} << QString() << s("standard") << true;
        QTest::newRow("high") << QByteArrayLiteral(R"({"flags":{"triage":"high"}})") << QStringList {}
                              << QString() << s("high") << true;
        QTest::newRow("older report: strands from the answer, area answer")
            << QByteArrayLiteral(
                   R"({"answers":{"area":"BN3","targeted":["religion","dont_know"]},"flags":{}})")
            << QStringList { s("religion") } << s("BN3") << QString() << false;
        QTest::newRow("a strand flagged twice counts once")
            << QByteArrayLiteral(R"({"flags":{"local_strands":["race","age"],"strands":["race"]}})")
            << QStringList { s("race"), s("age") } << QString() << QString() << false;
        QTest::newRow("an area inside a group item")
            << QByteArrayLiteral(R"({"answers":{"places":[{"kind":"home"},{"area":"Brighton and Hove"}]}})")
            << QStringList {} << s("Brighton and Hove") << QString() << false;
        QTest::newRow("nothing at all")
            << QByteArrayLiteral("{}") << QStringList {} << QString() << QString() << false;
        QTest::newRow("wrong types are ignored")
            << QByteArrayLiteral(R"({"answers":[1],"flags":{"strands":"race","triage":3,"urgent":"yes"}})")
            << QStringList {} << QString() << QString() << false;
    }
    void factsFromReports()
    {
        QFETCH(QByteArray, report);
        QFETCH(QStringList, strands);
        QFETCH(QString, area);
        QFETCH(QString, triage);
        QFETCH(bool, highRisk);
        const auto read = report::readReport(report);
        QVERIFY(read.ok());
        const report::ReportFacts facts = report::factsFromReport(read.value());
        QCOMPARE(facts.strands, strands);
        QCOMPARE(facts.area, area);
        QCOMPARE(facts.triage, triage);
        QCOMPARE(facts.highRisk(), highRisk);
    }
};

QTEST_GUILESS_MAIN(TestReportFormat)
#include "tst_reportformat.moc"
