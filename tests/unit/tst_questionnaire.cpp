// SPDX-License-Identifier: GPL-3.0-or-later
// Loading questionnaire files (every kind of bad file is refused with a message naming the problem),
// branching, and the answer checks with their GOV.UK error messages.
#include "questionnaire/answers.h"
#include "questionnaire/questionnaire.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace harbour::questionnaire;

namespace {

QByteArray withQuestions(const QByteArray &questions)
{
    return R"({"format":"harbour-questionnaire","format_version":1,"id":"test","version":1,"questions":)"
        + questions + "}";
}

const QDate kToday(2024, 6, 15);

} // namespace

class TestQuestionnaire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedDefaultLoads()
    {
        const auto loaded = Questionnaire::load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->id(), QStringLiteral("harbour-uk"));
        QVERIFY(loaded->version() >= 1);
        // Only the narrative is required (docs/report-content.md); routing and contact are asked elsewhere.
        QStringList required;
        for (const Question &q : loaded->questions()) {
            if (q.required)
                required << q.id;
            QVERIFY2(!q.id.contains(QStringLiteral("contact")) && !q.id.contains(QStringLiteral("consent"))
                    && !q.id.contains(QStringLiteral("recipient")),
                qPrintable(q.id));
        }
        QCOMPARE(required, QStringList { QStringLiteral("narrative") });
        // Every question type is used by the shipped file.
        QSet<QString> types;
        for (const Question &q : loaded->questions())
            types.insert(typeName(q.type));
        QCOMPARE(types.size(), 8);
        QCOMPARE(Questionnaire::embedded()->id(), QStringLiteral("harbour-uk"));
    }

    // Easy read (docs/accessibility.md): every shipped question has short ideas, each with a picture that is
    // a file Harbour ships; the pictures and the list the loader checks against are the same set.
    void easyReadCoversTheShippedFile()
    {
        const auto loaded = Questionnaire::load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        int questions = 0;
        int ideas = 0;
        QSet<QString> used;
        const auto check = [&](const Question &q) {
            ++questions;
            QVERIFY2(!q.easyRead.isEmpty(), qPrintable(q.id + QStringLiteral(" has no easy read")));
            for (const EasyReadIdea &idea : q.easyRead) {
                ++ideas;
                used.insert(idea.picture);
                QVERIFY2(idea.text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= kEasyReadMaxWords,
                    qPrintable(idea.text));
            }
        };
        for (const Question &q : loaded->questions()) {
            check(q);
            for (const Question &sub : q.questions)
                check(sub);
        }
        QStringList files = QDir(QStringLiteral(":/harbour/pictures")).entryList({ QStringLiteral("*.svg") });
        for (QString &file : files)
            file.chop(4);
        QStringList known = kEasyReadPictures;
        known.sort();
        files.sort();
        QCOMPARE(files, known);
        for (const QString &name : kEasyReadPictures) {
            QFile file(QStringLiteral(":/harbour/pictures/%1.svg").arg(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray svg = file.readAll();
            QVERIFY2(svg.contains("SPDX-License-Identifier: CC0-1.0"), qPrintable(name));
            // Pictures serve twelve languages: no words in them.
            QVERIFY2(!svg.contains("<text"), qPrintable(name));
        }
        qInfo("easy read: %d questions, %d ideas, %lld of %lld pictures used by the questions", questions,
            ideas, qlonglong(used.size()), qlonglong(kEasyReadPictures.size()));
    }

    void secondFileLoads()
    {
        const auto loaded
            = Questionnaire::load(QStringLiteral(HARBOUR_SOURCE_DIR "/tests/data/questionnaire-short.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->id(), QStringLiteral("example-short"));
        QCOMPARE(loaded->version(), 3);
        QCOMPARE(loaded->questions().size(), 8);
    }

    void missingFileSaysSo()
    {
        const auto loaded = Questionnaire::load(QStringLiteral("/nonexistent/q.json"));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(QStringLiteral("cannot read the questionnaire /nonexistent/q.json")),
            qPrintable(loaded.error()));
    }

    void invalidFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray line = R"({"id":"a","type":"line","title":"A"})";

        QTest::newRow("bad JSON") << QByteArray(R"({"format": )") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object")
            << QByteArray("[]") << QStringLiteral("the file must hold one JSON object");
        QTest::newRow("too large") << QByteArray(1024 * 1024 + 1, ' ') << QStringLiteral("larger than 1 MiB");
        QTest::newRow("wrong format")
            << QByteArray(R"({"format":"other","format_version":1,"id":"t","version":1,"questions":[]})")
            << QStringLiteral("\"format\" must be \"harbour-questionnaire\"");
        QTest::newRow("missing format_version")
            << QByteArray(R"({"format":"harbour-questionnaire","id":"t","version":1,"questions":[]})")
            << QStringLiteral("missing \"format_version\"");
        QTest::newRow("future format_version") << QByteArray(
            R"({"format":"harbour-questionnaire","format_version":2,"id":"t","version":1,"questions":[]})")
                                               << QStringLiteral("unsupported \"format_version\"");
        QTest::newRow("missing version")
            << QByteArray(R"({"format":"harbour-questionnaire","format_version":1,"id":"t","questions":[]})")
            << QStringLiteral("missing \"version\"");
        QTest::newRow("version as text") << QByteArray(
            R"({"format":"harbour-questionnaire","format_version":1,"id":"t","version":"1","questions":[]})")
                                         << QStringLiteral("\"version\" must be a whole number");
        QTest::newRow("version zero") << QByteArray(
            R"({"format":"harbour-questionnaire","format_version":1,"id":"t","version":0,"questions":[]})")
                                      << QStringLiteral("\"version\" must be a whole number from 1");
        QTest::newRow("missing id") << QByteArray(
            R"({"format":"harbour-questionnaire","format_version":1,"version":1,"questions":[]})")
                                    << QStringLiteral("missing \"id\"");
        QTest::newRow("bad id") << QByteArray(
            R"({"format":"harbour-questionnaire","format_version":1,"id":"My Form","version":1,"questions":[]})")
                                << QStringLiteral("\"id\" must be lower-case");
        QTest::newRow("unknown top-level key") << QByteArray(
            R"({"format":"harbour-questionnaire","format_version":1,"id":"t","version":1,"titel":"x","questions":[]})")
                                               << QStringLiteral("unknown key \"titel\"");
        QTest::newRow("no questions")
            << withQuestions("[]") << QStringLiteral("\"questions\" must list at least one question");
        QTest::newRow("question not an object")
            << withQuestions("[1]") << QStringLiteral("question 1: must be an object");
        QTest::newRow("question without id") << withQuestions(R"([{"type":"line","title":"A"}])")
                                             << QStringLiteral("question 1: missing \"id\"");
        QTest::newRow("bad question id") << withQuestions(R"([{"id":"Bad id","type":"line","title":"A"}])")
                                         << QStringLiteral("question \"Bad id\": \"id\" must be lower-case");
        QTest::newRow("unknown type") << withQuestions(R"([{"id":"a","type":"yesnoo","title":"A"}])")
                                      << QStringLiteral("question \"a\": unknown type \"yesnoo\"");
        QTest::newRow("missing type") << withQuestions(R"([{"id":"a","title":"A"}])")
                                      << QStringLiteral("question \"a\": missing \"type\"");
        QTest::newRow("duplicate id")
            << withQuestions("[" + line + "," + line + "]") << QStringLiteral("question \"a\": duplicate id");
        QTest::newRow("duplicate id inside a group") << withQuestions(
            "[" + line + R"(,{"id":"g","type":"group","title":"G","item_title":"P %1","add_label":"Add",
                "questions":[{"id":"a","type":"line","title":"A"}]}])")
                                                     << QStringLiteral("question \"a\": duplicate id");
        QTest::newRow("missing title") << withQuestions(R"([{"id":"a","type":"line"}])")
                                       << QStringLiteral("question \"a\": missing \"title\"");
        QTest::newRow("empty title") << withQuestions(R"([{"id":"a","type":"line","title":"  "}])")
                                     << QStringLiteral("question \"a\": \"title\" must not be empty");
        QTest::newRow("unknown question key")
            << withQuestions(R"([{"id":"a","type":"line","title":"A","titel":"B"}])")
            << QStringLiteral("question \"a\": unknown key \"titel\"");
        QTest::newRow("key of another type")
            << withQuestions(R"([{"id":"a","type":"line","title":"A","options":[]}])")
            << QStringLiteral("question \"a\": unknown key \"options\"");
        QTest::newRow("easy read not a list")
            << withQuestions(R"([{"id":"a","type":"line","title":"A","easy_read":"Say it simply"}])")
            << QStringLiteral("question \"a\": \"easy_read\" must be a list of 1 to 4 ideas");
        QTest::newRow("easy read empty")
            << withQuestions(R"([{"id":"a","type":"line","title":"A","easy_read":[]}])")
            << QStringLiteral("\"easy_read\" must be a list of 1 to 4 ideas");
        QTest::newRow("easy read too many ideas")
            << withQuestions(R"([{"id":"a","type":"line","title":"A","easy_read":[)"
                             R"({"text":"One.","picture":"eye"},{"text":"Two.","picture":"eye"},)"
                             R"({"text":"Three.","picture":"eye"},{"text":"Four.","picture":"eye"},)"
                             R"({"text":"Five.","picture":"eye"}]}])")
            << QStringLiteral("\"easy_read\" must be a list of 1 to 4 ideas");
        QTest::newRow("easy read idea not an object")
            << withQuestions(R"([{"id":"a","type":"line","title":"A","easy_read":["Say it simply"]}])")
            << QStringLiteral(
                   "question \"a\", easy read idea 1: must be an object with \"text\" and \"picture\"");
        QTest::newRow("easy read without picture")
            << withQuestions(R"([{"id":"a","type":"line","title":"A","easy_read":[{"text":"Say it."}]}])")
            << QStringLiteral("question \"a\", easy read idea 1: missing \"picture\"");
        QTest::newRow("easy read without text")
            << withQuestions(
                   R"([{"id":"a","type":"line","title":"A","easy_read":[{"picture":"eye","text":" "}]}])")
            << QStringLiteral("question \"a\", easy read idea 1: \"text\" must not be empty");
        QTest::newRow("easy read unknown picture") << withQuestions(
            R"([{"id":"a","type":"line","title":"A","easy_read":[{"text":"Say it.","picture":"eyes"}]}])")
                                                   << QStringLiteral(
                                                          "question \"a\", easy read idea 1: unknown picture "
                                                          "\"eyes\" (Harbour has: age, barrier");
        QTest::newRow("easy read picture as a path") << withQuestions(
            R"([{"id":"a","type":"line","title":"A","easy_read":[{"text":"Say it.","picture":"../eye"}]}])")
                                                     << QStringLiteral("unknown picture \"../eye\"");
        QTest::newRow("easy read idea of 16 words") << withQuestions(
            R"([{"id":"a","type":"line","title":"A","easy_read":[{"text":"Say it.","picture":"eye"},)"
            R"({"text":"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen","picture":"eye"}]}])")
                                                    << QStringLiteral(
                                                           "question \"a\", easy read idea 2: 16 words; easy "
                                                           "read keeps each idea to 15 words or fewer");
        QTest::newRow("easy read unknown key") << withQuestions(
            R"([{"id":"a","type":"line","title":"A","easy_read":[{"text":"Say it.","picture":"eye","image":"x"}]}])")
                                               << QStringLiteral("question \"a\", easy read idea 1: unknown "
                                                                 "key \"image\"");
        QTest::newRow("required without message")
            << withQuestions(R"([{"id":"a","type":"line","title":"A","required":true}])")
            << QStringLiteral("needs an \"error_required\" message");
        QTest::newRow("required not a boolean")
            << withQuestions(R"([{"id":"a","type":"line","title":"A","required":"yes"}])")
            << QStringLiteral("\"required\" must be true or false");
        // Found by fuzz_questionnaire: a number beyond any integer's range was converted before the
        // range check (undefined behaviour under UBSan).
        QTest::newRow("max_length far too large")
            << withQuestions(R"([{"id":"a","type":"line","title":"A","max_length":1e300}])")
            << QStringLiteral("\"max_length\" must be a whole number from 1 to 100000");
        QTest::newRow("max_length just past the 64-bit range (the fuzzer's minimised input)")
            << withQuestions(R"([{"id":"a","type":"line","title":"A","max_length":22222222222222222100}])")
            << QStringLiteral("\"max_length\" must be a whole number from 1 to 100000");
        QTest::newRow("max_items far below range") << withQuestions(
            R"([{"id":"g","type":"group","title":"G","item_title":"P %1","add_label":"Add","max_items":-1e300,)"
            R"("questions":[{"id":"a","type":"line","title":"A"}]}])")
                                                   << QStringLiteral("\"max_items\" must be a whole number "
                                                                     "from 1 to 50");
        QTest::newRow("max_length not a number")
            << withQuestions(R"([{"id":"a","type":"line","title":"A","max_length":"long"}])")
            << QStringLiteral("\"max_length\" must be a whole number");
        QTest::newRow("choice without options")
            << withQuestions(R"([{"id":"a","type":"single","title":"A"}])")
            << QStringLiteral("\"options\" must be a list of at least one option");
        QTest::newRow("option without label")
            << withQuestions(R"([{"id":"a","type":"single","title":"A","options":[{"value":"x"}]}])")
            << QStringLiteral("question \"a\", option \"x\": missing \"label\"");
        QTest::newRow("option without value")
            << withQuestions(R"([{"id":"a","type":"single","title":"A","options":[{"label":"X"}]}])")
            << QStringLiteral("question \"a\", option 1: missing \"value\"");
        QTest::newRow("option value used twice") << withQuestions(
            R"([{"id":"a","type":"single","title":"A","options":[{"value":"x","label":"X"},{"value":"x","label":"Y"}]}])")
                                                 << QStringLiteral("option \"x\": the value is used twice");
        QTest::newRow("unknown option key") << withQuestions(
            R"([{"id":"a","type":"single","title":"A","options":[{"value":"x","label":"X","lable":"Y"}]}])")
                                            << QStringLiteral("unknown key \"lable\"");
        QTest::newRow("exclusive on single choice") << withQuestions(
            R"([{"id":"a","type":"single","title":"A","options":[{"value":"x","label":"X","exclusive":true}]}])")
                                                    << QStringLiteral("\"exclusive\" is only for "
                                                                      "multiple-choice questions");
        QTest::newRow("unknown monitored strand") << withQuestions(
            R"([{"id":"a","type":"multiple","title":"A","options":[{"value":"height","label":"H","strand":"monitored"}]}])")
                                                  << QStringLiteral(
                                                         "a monitored strand must be one of race, religion");
        QTest::newRow("unknown kind of strand") << withQuestions(
            R"([{"id":"a","type":"multiple","title":"A","options":[{"value":"age","label":"Age","strand":"national"}]}])")
                                                << QStringLiteral(
                                                       "\"strand\" must be \"monitored\" or \"local\"");
        QTest::newRow("place without types") << withQuestions(R"([{"id":"a","type":"place","title":"A"}])")
                                             << QStringLiteral("\"place_types\" must be a list");
        QTest::newRow("unknown date mode")
            << withQuestions(R"([{"id":"a","type":"date","title":"A","modes":["exact","soon"]}])")
            << QStringLiteral("\"modes\" may only list exact, approximate");
        QTest::newRow("show_if unknown question")
            << withQuestions("[" + line
                   + R"(,{"id":"b","type":"line","title":"B","show_if":{"question":"zzz","answered":true}}])")
            << QStringLiteral("question \"b\": \"show_if\" names \"zzz\", which is not a question here");
        QTest::newRow("show_if later question") << withQuestions(
            R"([{"id":"b","type":"line","title":"B","show_if":{"question":"a","answered":true}},)" + line
            + "]") << QStringLiteral("question \"b\": \"show_if\" names \"a\", which comes later");
        QTest::newRow("show_if itself") << withQuestions(
            R"([{"id":"b","type":"yesno","title":"B","show_if":{"question":"b","equals":"yes"}}])")
                                        << QStringLiteral("\"show_if\" names \"b\", which comes later");
        QTest::newRow("show_if value not an answer") << withQuestions(
            R"([{"id":"a","type":"yesno","title":"A"},{"id":"b","type":"line","title":"B","show_if":{"question":"a","equals":"yess"}}])")
                                                     << QStringLiteral(
                                                            "\"show_if\" compares \"a\" with \"yess\", which "
                                                            "is not one of its answers (yes, no, dont_know)");
        QTest::newRow("show_if compares free text")
            << withQuestions("[" + line
                   + R"(,{"id":"b","type":"line","title":"B","show_if":{"question":"a","equals":"x"}}])")
            << QStringLiteral("\"show_if\" can only ask whether \"a\" is \"answered\"");
        QTest::newRow("show_if two tests") << withQuestions(
            R"([{"id":"a","type":"yesno","title":"A"},{"id":"b","type":"line","title":"B","show_if":{"question":"a","equals":"yes","any_of":["no"]}}])")
                                           << QStringLiteral("needs exactly one of \"equals\", \"any_of\" or "
                                                             "\"answered\"");
        QTest::newRow("show_if empty all")
            << withQuestions("[" + line + R"(,{"id":"b","type":"line","title":"B","show_if":{"all":[]}}])")
            << QStringLiteral("\"all\" in \"show_if\" must list at least one condition");
        QTest::newRow("show_if answered false") << withQuestions("[" + line
            + R"(,{"id":"b","type":"line","title":"B","show_if":{"question":"a","answered":false}}])")
                                                << QStringLiteral("\"answered\" in \"show_if\" must be true");
        QTest::newRow("show_if unknown key") << withQuestions("[" + line
            + R"(,{"id":"b","type":"line","title":"B","show_if":{"question":"a","answerd":true}}])")
                                             << QStringLiteral("unknown key \"answerd\"");
        QTest::newRow("group without %1") << withQuestions(
            R"([{"id":"g","type":"group","title":"G","item_title":"Person","add_label":"Add","questions":[)"
            + line + "]}]") << QStringLiteral("\"item_title\" must contain %1");
        QTest::newRow("group without questions") << withQuestions(
            R"([{"id":"g","type":"group","title":"G","item_title":"P %1","add_label":"Add","questions":[]}])")
                                                 << QStringLiteral("\"questions\" must list the questions "
                                                                   "asked about each item");
        QTest::newRow("group inside a group") << withQuestions(
            R"([{"id":"g","type":"group","title":"G","item_title":"P %1","add_label":"Add","questions":[
                {"id":"h","type":"group","title":"H","item_title":"Q %1","add_label":"Add","questions":[)"
            + line + "]}]}]") << QStringLiteral("question \"h\": a group cannot be inside another group");
        QTest::newRow("date inside a group") << withQuestions(
            R"([{"id":"g","type":"group","title":"G","item_title":"P %1","add_label":"Add","questions":[
                {"id":"d","type":"date","title":"D"}]}])")
                                             << QStringLiteral("a group may only ask single, multiple, line, "
                                                               "text and yesno questions");
        QTest::newRow("show_if inside a group") << withQuestions(
            R"([{"id":"g","type":"group","title":"G","item_title":"P %1","add_label":"Add","questions":[)"
            + line + R"(,{"id":"b","type":"line","title":"B","show_if":{"question":"a","answered":true}}]}])")
                                                << QStringLiteral(
                                                       "questions inside a group cannot have \"show_if\"");
        QTest::newRow("flag input of the wrong type")
            << withQuestions(R"([{"id":"online","type":"yesno","title":"Online?"}])")
            << QStringLiteral(
                   "question \"online\": the cyber-enabled flag reads it, so it must be of type \"single\"");
        QTest::newRow("flag input without an answer") << withQuestions(
            R"([{"id":"online","type":"single","title":"Online?","options":[{"value":"yes","label":"Yes"}]}])")
                                                      << QStringLiteral("question \"online\": the "
                                                                        "cyber-enabled flag reads it, so it "
                                                                        "must offer the answer \"partly\"");
    }

    void invalidFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto loaded = Questionnaire::fromJson(json);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(message), qPrintable(QStringLiteral("got: ") + loaded.error()));
    }

    void branching_data()
    {
        QTest::addColumn<QVariantMap>("answers");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        const auto s = [](const char *t) { return QString::fromLatin1(t); };
        QTest::newRow("nothing answered")
            << QVariantMap {}
            << QStringList { s("in_danger"), s("narrative"), s("online"), s("when"), s("where") }
            << QStringList { s("online_platform"), s("targeted_other"), s("how_often"), s("vehicles"),
                   s("medical_help"), s("interpreter_language"), s("formats") };
        QTest::newRow("online partly") << QVariantMap { { s("online"), s("partly") } }
                                       << QStringList { s("online_platform"), s("online_link"),
                                              s("online_content"), s("online_still_visible") }
                                       << QStringList {};
        QTest::newRow("online no") << QVariantMap { { s("online"), s("no") } } << QStringList {}
                                   << QStringList { s("online_platform"), s("online_link"),
                                          s("online_content") };
        QTest::newRow("equals on multiple choice")
            << QVariantMap { { s("targeted"), QStringList { s("race"), s("other") } } }
            << QStringList { s("targeted_other") } << QStringList {};
        QTest::newRow("repeat") << QVariantMap { { s("happened_before"), s("yes") } }
                                << QStringList { s("how_often"), s("same_people"), s("getting_worse") }
                                << QStringList {};
        QTest::newRow("any_of known")
            << QVariantMap { { s("offender_known"), s("some_known") } }
            << QStringList { s("offender_relationship"), s("you_know_where_they_live") } << QStringList {};
        QTest::newRow("strangers") << QVariantMap {
            { s("offender_known"), s("strangers") }
        } << QStringList {} << QStringList { s("offender_relationship"), s("you_know_where_they_live") };
        QTest::newRow("vehicle") << QVariantMap { { s("vehicle"), s("yes") } }
                                 << QStringList { s("vehicles") } << QStringList {};
        QTest::newRow("support") << QVariantMap { { s("support"),
            QStringList { s("interpreter"), s("accessible_formats") } } }
                                 << QStringList { s("interpreter_language"), s("formats") } << QStringList {};
    }

    void branching()
    {
        QFETCH(QVariantMap, answers);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        const auto questionnaire = Questionnaire::embedded();
        QStringList visible;
        for (const Question *q : questionnaire->visibleQuestions(answers)) {
            visible << q->id;
            QVERIFY(questionnaire->isVisible(*q, answers));
        }
        for (const QString &id : shown)
            QVERIFY2(visible.contains(id), qPrintable(id));
        for (const QString &id : hidden) {
            QVERIFY2(!visible.contains(id), qPrintable(id));
            QVERIFY(!questionnaire->isVisible(*questionnaire->find(id), answers));
        }
    }

    void notAllAnyAndHiddenChains()
    {
        const auto loaded
            = Questionnaire::load(QStringLiteral(HARBOUR_SOURCE_DIR "/tests/data/questionnaire-short.json"));
        QVERIFY(loaded.ok());
        const auto visible = [&](const QVariantMap &answers) {
            QStringList ids;
            for (const Question *q : loaded->visibleQuestions(answers))
                ids << q->id;
            return ids;
        };
        const QString online = QStringLiteral("online");
        // all + not + answered: shown only when online is answered and is not "yes".
        QVERIFY(!visible({}).contains(QStringLiteral("offline_details")));
        QVERIFY(visible({ { online, QStringLiteral("no") } }).contains(QStringLiteral("offline_details")));
        QVERIFY(
            visible({ { online, QStringLiteral("partly") } }).contains(QStringLiteral("offline_details")));
        QVERIFY(!visible({ { online, QStringLiteral("yes") } }).contains(QStringLiteral("offline_details")));
        // any: either condition is enough.
        QVERIFY(!visible({}).contains(QStringLiteral("follow_up")));
        QVERIFY(visible({ { QStringLiteral("targeted"), QStringList { QStringLiteral("disability") } } })
                    .contains(QStringLiteral("follow_up")));
        QVERIFY(visible(
            { { QStringLiteral("helpers"),
                QVariantList { QVariantMap { { QStringLiteral("helper_name"), QStringLiteral("Sam") } } } } })
                    .contains(QStringLiteral("follow_up")));

        // A hidden question's stale answer does not show what depends on it.
        const QByteArray chain = withQuestions(R"([
            {"id":"a","type":"yesno","title":"A"},
            {"id":"b","type":"yesno","title":"B","show_if":{"question":"a","equals":"yes"}},
            {"id":"c","type":"line","title":"C","show_if":{"question":"b","equals":"yes"}}])");
        const auto chained = Questionnaire::fromJson(chain);
        QVERIFY2(chained.ok(), qPrintable(chained.error()));
        const QVariantMap answers { { QStringLiteral("a"), QStringLiteral("no") },
            { QStringLiteral("b"), QStringLiteral("yes") },
            { QStringLiteral("c"), QStringLiteral("stale") } };
        QCOMPARE(chained->visibleQuestions(answers).size(), 1);
        QCOMPARE(chained->visibleAnswers(answers),
            (QVariantMap { { QStringLiteral("a"), QStringLiteral("no") } }));
        const QVariantMap yes { { QStringLiteral("a"), QStringLiteral("yes") },
            { QStringLiteral("b"), QStringLiteral("yes") }, { QStringLiteral("c"), QStringLiteral("kept") } };
        QCOMPARE(chained->visibleAnswers(yes), yes);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("questionId");
        QTest::addColumn<QVariantMap>("draft");
        QTest::addColumn<bool>("kiosk");
        QTest::addColumn<QVariant>("answer");
        QTest::addColumn<QStringList>("errors"); // "field: message"
        const auto s = [](const char *t) { return QString::fromUtf8(t); };
        const auto date
            = [&](const char *mode, std::initializer_list<std::pair<const char *, const char *>> fields) {
                  QVariantMap draft { { s("mode"), s(mode) } };
                  for (const auto &[k, v] : fields)
                      draft.insert(s(k), s(v));
                  return draft;
              };
        const QVariant none;

        QTest::newRow("required narrative missing") << s("narrative") << QVariantMap {} << false << none
                                                    << QStringList { s("value: Tell us what happened") };
        QTest::newRow("narrative of spaces")
            << s("narrative") << QVariantMap { { s("value"), s("   ") } } << false << none
            << QStringList { s("value: Tell us what happened") };
        QTest::newRow("narrative trimmed")
            << s("narrative") << QVariantMap { { s("value"), s("  It happened. ") } } << false
            << QVariant(s("It happened.")) << QStringList {};
        QTest::newRow("too long")
            << s("vehicle_plate") << QVariantMap { { s("value"), s("AB12 CDE AB12 CDE AB12") } } << false
            << none
            << QStringList { s("value: Your answer must be 20 characters or fewer. It has 2 too many.") };
        QTest::newRow("optional left empty")
            << s("targeted") << QVariantMap {} << false << none << QStringList {};
        QTest::newRow("multiple in the order offered")
            << s("targeted") << QVariantMap { { s("value"), QStringList { s("religion"), s("race") } } }
            << false << QVariant(QStringList { s("race"), s("religion") }) << QStringList {};
        QTest::newRow("exclusive with others")
            << s("targeted") << QVariantMap { { s("value"), QStringList { s("race"), s("dont_know") } } }
            << false << none
            << QStringList { s("value: Choose “I don't know” on its own, or the other answers, not both") };
        QTest::newRow("kiosk-only option on a phone")
            << s("role") << QVariantMap { { s("value"), s("assisted") } } << false << none
            << QStringList { s("value: Choose from the answers shown") };
        QTest::newRow("kiosk-only option on a kiosk")
            << s("role") << QVariantMap { { s("value"), s("assisted") } } << true << QVariant(s("assisted"))
            << QStringList {};
        QTest::newRow("yes/no dont_know") << s("cctv") << QVariantMap { { s("value"), s("dont_know") } }
                                          << false << QVariant(s("dont_know")) << QStringList {};
        QTest::newRow("yes/no without dont_know")
            << s("in_danger") << QVariantMap { { s("value"), s("dont_know") } } << false << none
            << QStringList { s("value: Choose from the answers shown") };

        QTest::newRow("date exact with time")
            << s("when")
            << date("exact", { { "day", "3" }, { "month", "5" }, { "year", "2024" }, { "time", "6.30pm" } })
            << false
            << QVariant(QVariantMap {
                   { s("mode"), s("exact") }, { s("date"), s("2024-05-03") }, { s("time"), s("18:30") } })
            << QStringList {};
        QTest::newRow("date exact empty")
            << s("when") << date("exact", {}) << false << none << QStringList { s("day: Enter the date") };
        QTest::newRow("date without month")
            << s("when") << date("exact", { { "day", "3" }, { "year", "2024" } }) << false << none
            << QStringList { s("month: The date must include a month") };
        QTest::newRow("date without day")
            << s("when") << date("exact", { { "month", "3" }, { "year", "2024" } }) << false << none
            << QStringList { s("day: The date must include a day") };
        QTest::newRow("date without year")
            << s("when") << date("exact", { { "day", "3" }, { "month", "3" } }) << false << none
            << QStringList { s("year: The date must include a year") };
        QTest::newRow("not a real date")
            << s("when") << date("exact", { { "day", "30" }, { "month", "2" }, { "year", "2024" } }) << false
            << none << QStringList { s("day: The date must be a real date") };
        QTest::newRow("letters in a date")
            << s("when") << date("exact", { { "day", "first" }, { "month", "2" }, { "year", "2024" } })
            << false << none << QStringList { s("day: The date must be a real date") };
        QTest::newRow("two-digit year")
            << s("when") << date("exact", { { "day", "3" }, { "month", "2" }, { "year", "24" } }) << false
            << none << QStringList { s("year: The year must have 4 numbers, like 2024") };
        QTest::newRow("in the future")
            << s("when") << date("exact", { { "day", "16" }, { "month", "6" }, { "year", "2024" } }) << false
            << none << QStringList { s("day: The date must be today or in the past") };
        QTest::newRow("today") << s("when")
                               << date("exact", { { "day", "15" }, { "month", "6" }, { "year", "2024" } })
                               << false
                               << QVariant(QVariantMap {
                                      { s("mode"), s("exact") }, { s("date"), s("2024-06-15") } })
                               << QStringList {};
        QTest::newRow("bad time")
            << s("when")
            << date("exact", { { "day", "3" }, { "month", "5" }, { "year", "2024" }, { "time", "25:00" } })
            << false << none
            << QStringList { s("time: Enter the time like 18:30 or 6:30pm, or leave it empty") };
        QTest::newRow("about a month")
            << s("when") << date("approximate", { { "month", "5" }, { "year", "2024" } }) << false
            << QVariant(QVariantMap { { s("mode"), s("approximate") }, { s("date"), s("2024-05") } })
            << QStringList {};
        QTest::newRow("about a day") << s(
            "when") << date("approximate", { { "day", "9" }, { "month", "5" }, { "year", "2024" } })
                                     << false
                                     << QVariant(QVariantMap {
                                            { s("mode"), s("approximate") }, { s("date"), s("2024-05-09") } })
                                     << QStringList {};
        QTest::newRow("range") << s("when")
                               << date("range",
                                      { { "from_day", "1" }, { "from_month", "5" }, { "from_year", "2024" },
                                          { "to_day", "10" }, { "to_month", "5" }, { "to_year", "2024" } })
                               << false
                               << QVariant(QVariantMap { { s("mode"), s("range") },
                                      { s("from"), s("2024-05-01") }, { s("to"), s("2024-05-10") } })
                               << QStringList {};
        QTest::newRow("range end before start")
            << s("when")
            << date("range",
                   { { "from_day", "10" }, { "from_month", "5" }, { "from_year", "2024" }, { "to_day", "1" },
                       { "to_month", "5" }, { "to_year", "2024" } })
            << false << none << QStringList { s("to_day: The end date must be after the start date") };
        QTest::newRow("range same day")
            << s("when")
            << date("range",
                   { { "from_day", "1" }, { "from_month", "5" }, { "from_year", "2024" }, { "to_day", "1" },
                       { "to_month", "5" }, { "to_year", "2024" } })
            << false << none << QStringList { s("to_day: The end date must be after the start date") };
        QTest::newRow("range without end")
            << s("when")
            << date("range", { { "from_day", "1" }, { "from_month", "5" }, { "from_year", "2024" } }) << false
            << none << QStringList { s("to_day: Enter the end date") };
        QTest::newRow("range both wrong")
            << s("when")
            << date("range",
                   { { "from_month", "5" }, { "from_year", "2024" }, { "to_day", "1" }, { "to_month", "13" },
                       { "to_year", "2024" } })
            << false << none
            << QStringList { s("from_day: The start date must include a day"),
                   s("to_day: The end date must be a real date") };
        QTest::newRow("range end in the future")
            << s("when")
            << date("range",
                   { { "from_day", "1" }, { "from_month", "5" }, { "from_year", "2024" }, { "to_day", "1" },
                       { "to_month", "7" }, { "to_year", "2024" } })
            << false << none << QStringList { s("to_day: The end date must be today or in the past") };
        QTest::newRow("it keeps happening")
            << s("when") << date("ongoing", {}) << false
            << QVariant(QVariantMap { { s("mode"), s("ongoing") } }) << QStringList {};
        QTest::newRow("it keeps happening since")
            << s("when") << date("ongoing", { { "since_month", "1" }, { "since_year", "2023" } }) << false
            << QVariant(QVariantMap { { s("mode"), s("ongoing") }, { s("since"), s("2023-01") } })
            << QStringList {};
        QTest::newRow("since without year")
            << s("when") << date("ongoing", { { "since_month", "1" } }) << false << none
            << QStringList { s("since_year: The date it started must include a year") };
        QTest::newRow("date not known")
            << s("when") << date("dont_know", { { "day", "3" } }) << false
            << QVariant(QVariantMap { { s("mode"), s("dont_know") } }) << QStringList {};
        QTest::newRow("no mode") << s("when") << QVariantMap {} << false << none << QStringList {};

        const auto place = [&](const char *type, const char *description, const char *area) {
            QVariantMap draft;
            if (*type)
                draft.insert(s("type"), s(type));
            if (*description)
                draft.insert(s("description"), s(description));
            if (*area)
                draft.insert(s("area"), s(area));
            return draft;
        };
        QTest::newRow("place district")
            << s("where") << place("street", "Outside the chip shop", "e1") << false
            << QVariant(QVariantMap { { s("type"), s("street") },
                   { s("description"), s("Outside the chip shop") }, { s("area"), s("E1") } })
            << QStringList {};
        QTest::newRow("place district with letter")
            << s("where") << place("", "", "sw1a") << false
            << QVariant(QVariantMap { { s("area"), s("SW1A") } }) << QStringList {};
        QTest::newRow("place town") << s("where") << place("park", "", "  Stoke-on-Trent ") << false
                                    << QVariant(QVariantMap {
                                           { s("type"), s("park") }, { s("area"), s("Stoke-on-Trent") } })
                                    << QStringList {};
        QTest::newRow("place town with apostrophe")
            << s("where") << place("", "", "King's Lynn") << false
            << QVariant(QVariantMap { { s("area"), s("King's Lynn") } }) << QStringList {};
        QTest::newRow("place Welsh town")
            << s("where") << place("", "", "Llanfair Pwllgwyngyll") << false
            << QVariant(QVariantMap { { s("area"), s("Llanfair Pwllgwyngyll") } }) << QStringList {};
        QTest::newRow("full postcode")
            << s("where") << place("home", "", "E1 6AN") << false << none
            << QStringList { s(
                   "area: Enter only the first part of the postcode, like E1, not the full postcode") };
        QTest::newRow("full postcode without space")
            << s("where") << place("", "", "sw1a1aa") << false << none
            << QStringList { s(
                   "area: Enter only the first part of the postcode, like E1, not the full postcode") };
        QTest::newRow("postcode sector")
            << s("where") << place("", "", "E1 6") << false << none
            << QStringList { s(
                   "area: Enter only the first part of the postcode, like E1, not the full postcode") };
        QTest::newRow("street address")
            << s("where") << place("", "", "12 Acacia Avenue") << false << none
            << QStringList { s(
                   "area: Enter the first part of a postcode, like E1, or the name of a town, like Leeds") };
        QTest::newRow("place nothing") << s("where") << QVariantMap {} << false << none << QStringList {};
    }

    void validation()
    {
        QFETCH(QString, questionId);
        QFETCH(QVariantMap, draft);
        QFETCH(bool, kiosk);
        QFETCH(QVariant, answer);
        QFETCH(QStringList, errors);
        const Question *question = Questionnaire::embedded()->find(questionId);
        QVERIFY(question);
        const Checked checked = check(*question, draft, kiosk, kToday);
        QStringList got;
        for (const FieldError &e : checked.errors)
            got << e.field + QStringLiteral(": ") + e.message;
        QCOMPARE(got, errors);
        QCOMPARE(checked.answer, answer);
        if (checked.ok() && answer.isValid()) {
            // What is stored comes back into the page's fields as it was given (normalised).
            QCOMPARE(check(*question, draftFrom(*question, answer), kiosk, kToday).answer, answer);
            QVERIFY(!answerText(*question, answer).isEmpty());
        }
    }

    void groupItems()
    {
        const Question *offenders = Questionnaire::embedded()->find(QStringLiteral("offenders"));
        QVERIFY(offenders);
        const QVariantMap draft { { QStringLiteral("offender_gender"), QStringLiteral("man") },
            { QStringLiteral("offender_age"), QStringLiteral("25_34") },
            { QStringLiteral("offender_clothing"), QStringLiteral("A red jacket") },
            { QStringLiteral("offender_hair"), QString() } };
        const Checked checked = checkItem(*offenders, draft, false, kToday);
        QVERIFY(checked.ok());
        QCOMPARE(checked.answer.toMap().size(), 3);
        QCOMPARE(
            itemSummary(*offenders, checked.answer.toMap()), QStringLiteral("25 to 34; A man; A red jacket"));
        const Checked bad = checkItem(
            *offenders, { { QStringLiteral("offender_age"), QStringLiteral("ancient") } }, false, kToday);
        QCOMPARE(bad.errors.size(), 1);
        QCOMPARE(bad.errors.first().field, QStringLiteral("offender_age"));
        QVERIFY(!checkItem(*offenders, {}, false, kToday).answer.isValid());
    }

    void answerTexts()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const auto q = Questionnaire::embedded();
        const auto text = [&](const char *id, const QVariant &answer) {
            return answerText(*q->find(QString::fromLatin1(id)), answer);
        };
        QCOMPARE(text("when",
                     QVariantMap { { QStringLiteral("mode"), QStringLiteral("approximate") },
                         { QStringLiteral("date"), QStringLiteral("2024-05") } }),
            QStringLiteral("About May 2024 (an estimate)"));
        QCOMPARE(text("when", QVariantMap { { QStringLiteral("mode"), QStringLiteral("ongoing") } }),
            QStringLiteral("It keeps happening"));
        QCOMPARE(text("when", QVariantMap { { QStringLiteral("mode"), QStringLiteral("dont_know") } }),
            QStringLiteral("I don't know"));
        QVERIFY(text("when",
            QVariantMap { { QStringLiteral("mode"), QStringLiteral("range") },
                { QStringLiteral("from"), QStringLiteral("2024-05-01") },
                { QStringLiteral("to"), QStringLiteral("2024-05-10") } })
                    .startsWith(QStringLiteral("Between ")));
        QCOMPARE(text("where",
                     QVariantMap { { QStringLiteral("type"), QStringLiteral("street") },
                         { QStringLiteral("area"), QStringLiteral("E1") } }),
            QStringLiteral("In the street\nArea: E1"));
        QCOMPARE(text("cctv", QStringLiteral("dont_know")), QStringLiteral("I don't know"));
        QCOMPARE(text("targeted", QStringList { QStringLiteral("race"), QStringLiteral("age") }),
            QStringLiteral("Race or ethnicity, including Gypsy, Irish Traveller and Roma\nAge"));
        QCOMPARE(
            text("offenders",
                QVariantList { QVariantMap { { QStringLiteral("offender_height"), QStringLiteral("tall") } },
                    QVariantMap {} }),
            QStringLiteral("Person 1: Taller than most people\nPerson 2"));
        QCOMPARE(text("narrative", QVariant()), QString());
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("time");
        QTest::newRow("24 hour") << QStringLiteral("18:30") << QStringLiteral("18:30");
        QTest::newRow("dot") << QStringLiteral("9.05") << QStringLiteral("09:05");
        QTest::newRow("pm") << QStringLiteral("6pm") << QStringLiteral("18:00");
        QTest::newRow("pm with minutes") << QStringLiteral("6.30 PM") << QStringLiteral("18:30");
        QTest::newRow("midnight") << QStringLiteral("12am") << QStringLiteral("00:00");
        QTest::newRow("noon") << QStringLiteral("12 p.m.") << QStringLiteral("12:00");
        QTest::newRow("hour alone") << QStringLiteral("6") << QString();
        QTest::newRow("no such hour") << QStringLiteral("24:00") << QString();
        QTest::newRow("13pm") << QStringLiteral("13pm") << QString();
        QTest::newRow("words") << QStringLiteral("evening") << QString();
    }

    void times()
    {
        QFETCH(QString, text);
        QFETCH(QString, time);
        QCOMPARE(normaliseTime(text), time);
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaire)
#include "tst_questionnaire.moc"
