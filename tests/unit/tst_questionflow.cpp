// SPDX-License-Identifier: GPL-3.0-or-later
// The flow object QML sees: the page sequence after branching, next/back/change, the 999 page,
// groups, errors, check rows, translation at run time, and a second questionnaire with no rebuild.
#include "flow/questionflow.h"
#include "report/report.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace harbour;
using namespace harbour::questionnaire;
using Page = QuestionFlow::Page;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QuestionnairePtr shortForm()
{
    auto loaded = Questionnaire::load(s(HARBOUR_SOURCE_DIR "/tests/data/questionnaire-short.json"));
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error()));
    return std::make_shared<const Questionnaire>(loaded.value());
}

// The shipped questionnaire with every question asked in turn (no "more"): the flow of a file
// without optional sections, and the UK content walked question by question.
QuestionnairePtr ukInTurn()
{
    QFile file(s(":/harbour/questionnaire/harbour-uk.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no embedded questionnaire");
    QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    QJsonObject root = document.object();
    QJsonArray questions = root.value(s("questions")).toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        QJsonObject question = questions.at(i).toObject();
        question.remove(s("more"));
        questions[i] = question;
    }
    root.insert(s("questions"), questions);
    auto loaded = Questionnaire::fromJson(QJsonDocument(root).toJson());
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error()));
    return std::make_shared<const Questionnaire>(loaded.value());
}

// A flow over the UK questions asked in turn.
struct InTurn
{
    explicit InTurn(bool kiosk = false)
        : flow(&report, kiosk)
    {
        const QuestionnairePtr questionnaire = ukInTurn();
        report.setQuestionnaire(questionnaire);
        flow.setQuestionnaire(questionnaire);
    }
    report::Report report;
    QuestionFlow flow;
};

// Brackets every questionnaire text, as a translation would change it.
class BracketTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Questionnaire") != 0)
            return {};
        return QStringLiteral("[") + QString::fromUtf8(source) + QStringLiteral("]");
    }
};

struct Testers
{
    explicit Testers(QuestionFlow &flow)
        : errors(flow.errors(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , questions(flow.questions(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , checkRows(flow.checkRows(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , items(flow.items(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
    }
    QAbstractItemModelTester errors, questions, checkRows, items;
};

} // namespace

class TestQuestionFlow : public QObject
{
    Q_OBJECT

    // Continues with one answer ("" for none) and checks where it lands.
    static void answer(QuestionFlow &flow, const QVariant &value, const QString &expectNext)
    {
        if (value.isValid())
            flow.setDraftValue(s("value"), value);
        QVERIFY2(flow.next(), qPrintable(flow.currentId()));
        QCOMPARE(flow.currentId(), expectNext);
    }

private Q_SLOTS:
    void walkThroughTheUkQuestionnaire()
    {
        InTurn inTurn;
        report::Report &report = inTurn.report;
        QuestionFlow &flow = inTurn.flow;
        flow.setToday(QDate(2024, 6, 15));
        Testers testers(flow);
        QSignalSpy pages(&flow, &QuestionFlow::pageChanged);

        QCOMPARE(flow.page(), Page::Start);
        QCOMPARE(flow.questionnaireId(), s("harbour-uk"));
        flow.start();
        QCOMPARE(flow.page(), Page::Question);
        QCOMPARE(flow.currentId(), s("in_danger"));
        QCOMPARE(flow.position(), 1);
        const QuestionView first = flow.current();
        QCOMPARE(first.heading, s("Are you in danger now? (optional)"));
        QCOMPARE(first.type, QuestionType::YesNo);
        QCOMPARE(first.options.size(), 2); // yes and no: "dont_know": false
        QVERIFY(pages.count() > 0);

        answer(flow, s("no"), s("role"));
        // "A volunteer is helping me" is for kiosks only.
        QCOMPARE(flow.current().options.size(), 3);
        QCOMPARE(flow.current().section, s("About you"));
        answer(flow, s("victim"), s("narrative"));

        // The required narrative: GOV.UK error, in the errors model and beside the field.
        QCOMPARE(flow.current().heading, s("What happened?"));
        QVERIFY(!flow.next());
        QCOMPARE(flow.currentId(), s("narrative"));
        QCOMPARE(flow.errors()->count(), 1);
        QCOMPARE(flow.errors()->value(0, s("field")).toString(), s("value"));
        QCOMPARE(flow.errors()->value(0, s("message")).toString(), s("Tell us what happened"));
        QCOMPARE(flow.fieldErrors().value(s("value")).toString(), s("Tell us what happened"));
        answer(flow, s("They shouted at me."), s("incident_types"));
        QCOMPARE(flow.errors()->count(), 0);

        // Back does not lose what was stored, and the draft comes back from the report.
        flow.back();
        QCOMPARE(flow.currentId(), s("narrative"));
        QCOMPARE(flow.draft().value(s("value")).toString(), s("They shouted at me."));
        answer(flow, {}, s("incident_types"));

        // Exclusive options clear the others, and the others clear them.
        flow.setDraftChoice(s("value"), s("physical_attack"), true);
        flow.setDraftChoice(s("value"), s("threats"), true);
        QCOMPARE(flow.draft().value(s("value")).toStringList(),
            (QStringList { s("physical_attack"), s("threats") }));
        flow.setDraftChoice(s("value"), s("rather_not_say"), true);
        QCOMPARE(flow.draft().value(s("value")).toStringList(), QStringList { s("rather_not_say") });
        flow.setDraftChoice(s("value"), s("verbal_abuse"), true);
        QCOMPARE(flow.draft().value(s("value")).toStringList(), QStringList { s("verbal_abuse") });
        flow.setDraftChoice(s("value"), s("verbal_abuse"), false);
        QVERIFY(!flow.draft().contains(s("value")));
        flow.setDraftChoice(s("value"), s("verbal_abuse"), true);
        answer(flow, {}, s("targeted"));

        answer(flow, QStringList { s("religion"), s("other") }, s("targeted_other"));
        answer(flow, s("My headscarf"), s("online"));
        answer(flow, s("no"), s("when")); // the online details are skipped

        // A date with an error, then an approximate date.
        flow.setDraftValue(s("mode"), s("approximate"));
        flow.setDraftValue(s("month"), s("13"));
        flow.setDraftValue(s("year"), s("2024"));
        QVERIFY(!flow.next());
        QCOMPARE(flow.fieldErrors().value(s("month")).toString(), QString()); // the day is first
        QCOMPARE(flow.fieldErrors().value(s("day")).toString(), s("The date must be a real date"));
        flow.setDraftValue(s("month"), s("5"));
        QVERIFY(flow.next());
        QCOMPARE(flow.currentId(), s("where"));
        QCOMPARE(report.answer(s("when")).toMap().value(s("date")).toString(), s("2024-05"));

        flow.setDraftValue(s("type"), s("street"));
        flow.setDraftValue(s("area"), s("E1 6AN"));
        QVERIFY(!flow.next());
        QVERIFY(flow.fieldErrors().value(s("area")).toString().startsWith(s("Enter only the first part")));
        flow.setDraftValue(s("area"), s("e1"));
        answer(flow, {}, s("offender_count"));
        QCOMPARE(report.answer(s("where")).toMap().value(s("area")).toString(), s("E1"));

        // Skip the rest: every other question is optional.
        QStringList seen;
        while (flow.page() == Page::Question) {
            seen << flow.currentId();
            QVERIFY2(flow.next(), qPrintable(flow.currentId()));
        }
        QCOMPARE(flow.page(), Page::Check);
        QVERIFY(!seen.contains(s("offender_relationship")));
        QVERIFY(!seen.contains(s("vehicles")));
        QVERIFY(!seen.contains(s("how_often")));
        QVERIFY(seen.contains(s("describe_yourself")));
        QCOMPARE(flow.current(), QuestionView());

        // The check rows: every question shown, answered or "not provided".
        const RowModel *rows = flow.checkRows();
        QCOMPARE(rows->count(), int(flow.visibleIds().size()));
        QCOMPARE(rows->value(0, s("questionId")).toString(), s("in_danger"));
        QCOMPARE(rows->value(0, s("answer")).toString(), s("No"));
        bool sawNotProvided = false;
        for (int i = 0; i < rows->count(); ++i) {
            if (rows->value(i, s("questionId")).toString() == s("cctv")) {
                QCOMPARE(rows->value(i, s("provided")).toBool(), false);
                sawNotProvided = true;
            }
            if (rows->value(i, s("questionId")).toString() == s("when"))
                QCOMPARE(rows->value(i, s("answer")).toString(), s("About May 2024 (an estimate)"));
        }
        QVERIFY(sawNotProvided);
        QCOMPARE(flow.questions()->count(), rows->count());

        // Back from the check page goes to the last question.
        flow.back();
        QCOMPARE(flow.currentId(), s("describe_yourself"));
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Check);

        // Change: a plain change returns to the check page...
        flow.change(s("narrative"));
        QVERIFY(flow.returningToCheck());
        flow.setDraftValue(s("value"), s("They shouted and spat at me."));
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Check);
        // ...one that reveals questions asks them first; Back from a change page returns too.
        flow.change(s("online"));
        answer(flow, s("partly"), s("online_platform"));
        answer(flow, s("Instagram"), s("online_link"));
        answer(flow, {}, s("online_content"));
        answer(flow, {}, s("online_still_visible"));
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Check);
        flow.change(s("cctv"));
        flow.back();
        QCOMPARE(flow.page(), Page::Check);
        QVERIFY(flow.flags().cyberEnabled);
        QVERIFY(!flow.urgent());
        QCOMPARE(flow.triage(), s("standard"));
    }

    // A witness is not asked whether they feel safe at home (issue 15); the person it happened to
    // is, and so is someone who did not say who they are.
    void safeAtHomeOnlyForThoseItHappenedTo_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("asked");
        QTest::newRow("witness") << s("witness") << false;
        QTest::newRow("victim") << s("victim") << true;
        QTest::newRow("not said") << QString() << true;
    }
    void safeAtHomeOnlyForThoseItHappenedTo()
    {
        QFETCH(QString, role);
        QFETCH(bool, asked);
        InTurn inTurn;
        QuestionFlow &flow = inTurn.flow;
        flow.start();
        QStringList seen;
        for (int guard = 0; flow.page() == Page::Question && guard < 100; ++guard) {
            const QString id = flow.currentId();
            seen.append(id);
            if (id == QLatin1String("role") && !role.isEmpty())
                flow.setDraftValue(s("value"), role);
            if (id == QLatin1String("narrative"))
                flow.setDraftValue(s("value"), s("They shouted at me."));
            QVERIFY2(flow.next(), qPrintable(id));
        }
        QVERIFY(seen.contains(s("others_at_risk")));
        QCOMPARE(seen.contains(s("safe_at_home")), asked);
    }

    void dangerPageComesFirstAndOnce()
    {
        InTurn inTurn;
        QuestionFlow &flow = inTurn.flow;
        QSignalSpy flags(&flow, &QuestionFlow::flagsChanged);
        flow.start();
        flow.setDraftValue(s("value"), s("yes"));
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Danger);
        QVERIFY(flow.urgent());
        QCOMPARE(flow.triage(), s("high"));
        QVERIFY(flags.count() > 0);
        // Back from the 999 page returns to the question; answering yes again shows it again.
        flow.back();
        QCOMPARE(flow.currentId(), s("in_danger"));
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Danger);
        QVERIFY(flow.next());
        QCOMPARE(flow.currentId(), s("role"));
        QVERIFY(flow.current().options.size() == 3);

        // High triage later on also shows it, before anything else, once.
        InTurn secondTurn;
        report::Report &second = secondTurn.report;
        QuestionFlow &later = secondTurn.flow;
        second.setAnswer(s("narrative"), s("Something happened."));
        later.start();
        while (later.currentId() != s("threatened_return"))
            QVERIFY(later.next());
        QVERIFY(!later.urgent());
        second.setAnswer(s("they_know_where_you_live"), s("yes"));
        later.setDraftValue(s("value"), s("yes"));
        QVERIFY(later.next());
        QCOMPARE(later.page(), Page::Danger);
        QVERIFY(later.next());
        QCOMPARE(later.currentId(), s("injured"));
        later.setDraftValue(s("value"), s("yes"));
        QVERIFY(later.next());
        QCOMPARE(later.currentId(), s("medical_help"));
    }

    void groupsAddEditRemove()
    {
        InTurn inTurn;
        report::Report &report = inTurn.report;
        QuestionFlow &flow = inTurn.flow;
        report.setAnswer(s("narrative"), s("Something happened."));
        Testers testers(flow);
        flow.start();
        while (flow.currentId() != s("offenders"))
            QVERIFY(flow.next());
        QCOMPARE(flow.current().type, QuestionType::Group);
        QCOMPARE(flow.current().addLabel, s("Add a person"));
        QCOMPARE(flow.items()->count(), 0);

        flow.addItem();
        QCOMPARE(flow.page(), Page::GroupItem);
        QCOMPARE(flow.itemIndex(), -1);
        QCOMPARE(flow.current().itemHeading, s("Person 1"));
        QCOMPARE(flow.current().questions.size(), 9);
        flow.setDraftValue(s("offender_gender"), s("man"));
        flow.setDraftValue(s("offender_age"), s("25_34"));
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Question);
        QCOMPARE(flow.items()->count(), 1);
        QCOMPARE(flow.items()->value(0, s("title")).toString(), s("Person 1"));
        QCOMPARE(flow.items()->value(0, s("summary")).toString(), s("25 to 34; A man"));

        flow.addItem();
        QCOMPARE(flow.current().itemHeading, s("Person 2"));
        flow.setDraftValue(s("offender_height"), s("tall"));
        flow.setDraftValue(s("offender_marks"), QString(501, QLatin1Char('x')));
        QVERIFY(!flow.next());
        QCOMPARE(flow.errors()->value(0, s("field")).toString(), s("offender_marks"));
        flow.setDraftValue(s("offender_marks"), s("A scar on the left cheek"));
        QVERIFY(flow.next());
        QCOMPARE(flow.items()->count(), 2);

        // Back from an item page keeps the item as it was.
        flow.editItem(1);
        QCOMPARE(flow.current().itemHeading, s("Person 2"));
        QCOMPARE(flow.draft().value(s("offender_height")).toString(), s("tall"));
        flow.setDraftValue(s("offender_hair"), s("not kept"));
        flow.back();
        QCOMPARE(flow.page(), Page::Question);
        QVERIFY(!flow.items()->value(1, s("summary")).toString().contains(s("not kept")));

        flow.editItem(0);
        flow.setDraftValue(s("offender_gender"), s("woman"));
        QVERIFY(flow.next());
        QCOMPARE(flow.items()->value(0, s("summary")).toString(), s("25 to 34; A woman"));

        flow.removeItem(0);
        QCOMPARE(flow.items()->count(), 1);
        QCOMPARE(flow.items()->value(0, s("title")).toString(), s("Person 1"));
        QCOMPARE(flow.items()->value(0, s("summary")).toString(),
            s("Taller than most people; A scar on the left cheek"));
        QCOMPARE(flow.current().itemHeading, s("Person 2"));

        // An item emptied on its page is removed.
        flow.editItem(0);
        flow.setDraftValue(s("offender_height"), QString());
        flow.setDraftValue(s("offender_marks"), QString());
        QVERIFY(flow.next());
        QCOMPARE(flow.items()->count(), 0);
        QVERIFY(!report.answers().contains(s("offenders")));
        QVERIFY(flow.next());
        QCOMPARE(flow.currentId(), s("vehicle"));
    }

    // The shipped questionnaire (issue 15): what the person wants first, the essentials, "Send now,
    // or tell us more" with sections opened or skipped, check answers last with the one Send.
    void sectionsAfterTheEssentials()
    {
        report::Report report;
        QuestionFlow flow(&report, false);
        Testers testers(flow);
        QAbstractItemModelTester sectionsTester(
            flow.sections(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        int prepared = 0;
        int checkPrepared = 0;
        int sent = 0;
        QList<FieldError> recipientProblems { { s("choice"), s("Select who should receive your report") },
            { s("organisations"), s("Select a support organisation") } };
        QList<FieldError> contactProblems;
        flow.setSendingSteps({ [&] { ++prepared; }, [&] { ++checkPrepared; },
            [&] { return recipientProblems; }, [&] { return contactProblems; },
            [&] {
                ++sent;
                return true;
            } });
        QVERIFY(flow.tasked());
        flow.start();
        QCOMPARE(flow.page(), Page::Recipients);
        QVERIFY(flow.choosingWish());
        QCOMPARE(prepared, 1);
        // Only the wish is checked at the start; the organisations wait for check answers.
        QVERIFY(!flow.next());
        QCOMPARE(flow.errors()->count(), 1);
        QCOMPARE(flow.errors()->value(0, s("field")).toString(), s("choice"));
        recipientProblems.removeFirst();
        QVERIFY(flow.next());
        QCOMPARE(flow.currentId(), s("in_danger"));
        QVERIFY(!flow.choosingWish());
        flow.back();
        QVERIFY(flow.choosingWish());
        QVERIFY(flow.next());
        answer(flow, s("no"), s("narrative"));
        answer(flow, s("They spat at me at the bus stop."), s("targeted"));
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::TaskList);
        QStringList names;
        for (int i = 0; i < flow.sections()->count(); ++i) {
            names.append(flow.sections()->value(i, s("name")).toString());
            QCOMPARE(flow.sections()->value(i, s("progress")).toInt(), 0);
        }
        QCOMPARE(names,
            (QStringList { s("About you"), s("More about what happened"), s("Online"), s("When and where"),
                s("The people who did it"), s("Your safety"), s("Support") }));
        flow.back();
        QCOMPARE(flow.currentId(), s("targeted"));
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::TaskList);

        // A section is asked through to its end, then the list again; nothing of the others.
        flow.enterSection(s("The people who did it"));
        QCOMPARE(flow.openSection(), s("The people who did it"));
        QStringList seen;
        for (int guard = 0; flow.page() == Page::Question && guard < 50; ++guard) {
            seen.append(flow.currentId());
            QVERIFY2(flow.next(), qPrintable(flow.currentId()));
        }
        QCOMPARE(flow.page(), Page::TaskList);
        QCOMPARE(seen,
            (QStringList { s("offender_count"), s("offender_known"), s("offenders"), s("vehicle"),
                s("witnesses"), s("cctv") }));
        const int people = int(names.indexOf(s("The people who did it")));
        QCOMPARE(flow.sections()->value(people, s("progress")).toInt(), 2);
        QCOMPARE(flow.sections()->value(people, s("answered")).toInt(), 0);
        // Back from a section's first question is the list; its answers stay.
        flow.enterSection(s("About you"));
        answer(flow, s("victim"), s("your_age"));
        flow.back();
        QCOMPARE(flow.currentId(), s("role"));
        flow.back();
        QCOMPARE(flow.page(), Page::TaskList);
        QCOMPARE(flow.sections()->value(0, s("progress")).toInt(), 1);
        QCOMPARE(flow.sections()->value(0, s("answered")).toInt(), 1);
        flow.enterSection(s("nothing by this name"));
        QCOMPARE(flow.page(), Page::TaskList);

        // Check answers: the essentials, and of the sections only what was answered.
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Check);
        QCOMPARE(checkPrepared, 1);
        QStringList rows;
        for (int i = 0; i < flow.checkRows()->count(); ++i)
            rows.append(flow.checkRows()->value(i, s("questionId")).toString());
        QCOMPARE(rows, (QStringList { s("in_danger"), s("role"), s("narrative"), s("targeted") }));
        flow.back();
        QCOMPARE(flow.page(), Page::TaskList);
        QVERIFY(flow.next());
        // A change in a section returns to check answers.
        flow.change(s("role"));
        QCOMPARE(flow.openSection(), s("About you"));
        // (what the change reveals, or the section's questions not yet seen, are asked first)
        answer(flow, s("witness"), s("describe_yourself"));
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Check);

        // The one Send: a problem with who gets it or contact opens that page, which comes back.
        QVERIFY(!flow.next());
        QCOMPARE(flow.page(), Page::Recipients);
        QVERIFY(!flow.choosingWish());
        QCOMPARE(flow.errors()->value(0, s("field")).toString(), s("organisations"));
        QVERIFY(!flow.next());
        recipientProblems.clear();
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Check);
        contactProblems = { { s("contact"), s("Select whether we can contact you") } };
        QVERIFY(!flow.next());
        QCOMPARE(flow.page(), Page::Contact);
        QCOMPARE(flow.errors()->count(), 1);
        flow.back();
        QCOMPARE(flow.page(), Page::Check);
        contactProblems.clear();
        QCOMPARE(sent, 0);
        QVERIFY(flow.next());
        QCOMPARE(sent, 1);
        QCOMPARE(flow.page(), Page::Confirmation);
    }

    void kioskOffersAssisted()
    {
        InTurn inTurn(true);
        QuestionFlow &flow = inTurn.flow;
        flow.start();
        answer(flow, s("no"), s("role"));
        QCOMPARE(flow.current().options.size(), 4);
        answer(flow, s("assisted"), s("narrative"));
        QVERIFY(flow.flags().assisted);
    }

    void translatedAtRunTime()
    {
        InTurn inTurn;
        QuestionFlow &flow = inTurn.flow;
        flow.start();
        QSignalSpy current(&flow, &QuestionFlow::currentChanged);
        BracketTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QVERIFY(current.count() > 0);
        QCOMPARE(flow.current().title, s("[Are you in danger now?]"));
        QCOMPARE(flow.current().heading, s("[[Are you in danger now?] (optional)]"));
        QCOMPARE(flow.questions()->value(0, s("title")).toString(), s("[Are you in danger now?]"));
        QCOMPARE(flow.current().options.first().value<ChoiceView>().label, s("[Yes]"));
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QCOMPARE(flow.current().title, s("Are you in danger now?"));
    }

    void secondQuestionnaireWithoutRebuilding()
    {
        report::Report report;
        QuestionFlow flow(&report, false);
        Testers testers(flow);
        QSignalSpy changed(&flow, &QuestionFlow::questionnaireChanged);
        const QuestionnairePtr other = shortForm();
        report.setQuestionnaire(other);
        flow.setQuestionnaire(other);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(flow.questionnaireId(), s("example-short"));
        QCOMPARE(flow.questionnaireVersion(), 3);
        QCOMPARE(flow.questionCount(), 8);
        QCOMPARE(flow.page(), Page::Start);
        QCOMPARE(flow.indexOfType(QuestionType::Place), -1);
        QCOMPARE(flow.indexOfType(QuestionType::Group), 6);

        flow.start();
        QCOMPARE(flow.currentId(), s("narrative"));
        QCOMPARE(flow.current().heading, s("What happened?"));
        answer(flow, s("Shouted at in the library"), s("targeted"));
        answer(flow, QStringList { s("disability") }, s("online"));
        answer(flow, s("partly"), s("platform"));
        answer(flow, s("A forum"), s("offline_details"));
        answer(flow, {}, s("when"));
        QCOMPARE(flow.current().dateModes.size(), 2);
        flow.setDraftValue(s("mode"), s("range")); // not offered by this file
        QVERIFY(!flow.next());
        QCOMPARE(flow.fieldErrors().value(s("mode")).toString(), s("Choose one of the answers"));
        flow.setDraftValue(s("mode"), s("dont_know"));
        QVERIFY(flow.next());
        QCOMPARE(flow.currentId(), s("helpers"));
        QVERIFY(flow.next());
        QCOMPARE(flow.currentId(), s("follow_up")); // shown by "any": disability was chosen
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Check);
        QCOMPARE(flow.visibleIds(),
            (QStringList { s("narrative"), s("targeted"), s("online"), s("platform"), s("offline_details"),
                s("when"), s("helpers"), s("follow_up") }));
        QCOMPARE(flow.flags().strands, QStringList { s("disability") });
        QVERIFY(flow.flags().cyberEnabled);
    }

    // The one owner of navigation: the pages after the check page, and the start page's side pages.
    void pagesAroundTheQuestions()
    {
        InTurn inTurn;
        QuestionFlow &flow = inTurn.flow;
        int prepared = 0;
        QList<FieldError> recipientProblems { { s("choice"), s("Select who should receive your report") } };
        QList<FieldError> contactProblems;
        bool sendWorks = false;
        flow.setSendingSteps({ [&] { ++prepared; }, {}, [&] { return recipientProblems; },
            [&] { return contactProblems; }, [&] { return sendWorks; } });

        flow.showPage(Page::Check);
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Recipients);
        QCOMPARE(prepared, 1);
        QVERIFY(!flow.next()); // the recipients' problem stops it, in the flow's error list
        QCOMPARE(flow.page(), Page::Recipients);
        QCOMPARE(flow.errors()->count(), 1);
        QCOMPARE(flow.errors()->value(0, s("field")).toString(), s("choice"));
        QCOMPARE(
            flow.fieldErrors().value(s("choice")).toString(), s("Select who should receive your report"));
        recipientProblems.clear();
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Contact);
        QCOMPARE(flow.errors()->count(), 0);
        contactProblems = { { s("contact"), s("Select whether we can contact you") } };
        QVERIFY(!flow.next());
        QCOMPARE(flow.errors()->value(0, s("field")).toString(), s("contact"));
        contactProblems.clear();
        QVERIFY(!flow.next()); // sending failed: the reporter stays, answers kept
        QCOMPARE(flow.page(), Page::Contact);
        flow.back();
        QCOMPARE(flow.page(), Page::Recipients);
        flow.back();
        QCOMPARE(flow.page(), Page::Check);
        QVERIFY(flow.next());
        QCOMPARE(prepared, 2); // proposed again for the answers as they are now
        QVERIFY(flow.next());
        sendWorks = true;
        QVERIFY(flow.next());
        QCOMPARE(flow.page(), Page::Confirmation);
        flow.back(); // sent: only Finish leaves
        QCOMPARE(flow.page(), Page::Confirmation);

        flow.reset();
        flow.showPage(Page::Language);
        flow.back();
        QCOMPARE(flow.page(), Page::Start);
        flow.showPage(Page::Staff);
        flow.showPage(Page::Admin);
        flow.back();
        QCOMPARE(flow.page(), Page::Staff);
        flow.back();
        QCOMPARE(flow.page(), Page::Start);
    }

    void selfTestHelpers()
    {
        report::Report report;
        QuestionFlow flow(&report, false);
        QVERIFY(flow.showQuestionAt(int(Questionnaire::embedded()->indexOf(s("vehicles")))));
        QCOMPARE(flow.currentId(), s("vehicles")); // shown even though hidden by branching
        QVERIFY(!flow.showQuestionAt(1000));
        flow.showPage(Page::GroupItem);
        QCOMPARE(flow.page(), Page::GroupItem);
        QCOMPARE(flow.currentId(), s("offenders"));
        flow.showPage(Page::Danger);
        QCOMPARE(flow.page(), Page::Danger);
        flow.showPage(Page::Check);
        QCOMPARE(flow.page(), Page::Check);
        flow.reset();
        QCOMPARE(flow.page(), Page::Start);
    }
};

QTEST_GUILESS_MAIN(TestQuestionFlow)
#include "tst_questionflow.moc"
