// SPDX-License-Identifier: GPL-3.0-or-later
// The report being written: its answers, what it sends (canonical JSON built from the loaded
// questionnaire: its id and version, only the answers shown, the flags computed from them, the
// mode), and readable references.
#include "report/report.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace harbour;
using questionnaire::Questionnaire;

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// The report as sent, read back the way its receivers read it.
report::ReportDocument sent(const report::Report &report, const char *mode)
{
    const report::Report::Context context { s("HB-TEST-0001"), s("en"), s(mode), s("0.1.0"),
        QDateTime(QDate(2024, 6, 15), QTime(14, 37), Qt::UTC), {} };
    const auto read = report::readReport(report.toCanonicalJson(context));
    if (!read || !read->malformed.isEmpty())
        qFatal("the report does not read back");
    return read.value();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportJsonIsCanonicalAndFlagged()
    {
        report::Report r;
        QSignalSpy changed(&r, &report::Report::answersChanged);
        r.setAnswer(s("narrative"), s("Shouted at on the bus"));
        r.setChoice(s("targeted"), s("religion"), true);
        r.setChoice(s("targeted"), s("race"), true);
        r.setChoice(s("targeted"), s("race"), true); // no change
        r.setAnswer(s("online"), s("partly"));
        QCOMPARE(changed.count(), 4);
        const report::Report::Context context { s("HB-TEST-0001"), s("cy"), s("self"), s("0.1.0"),
            QDateTime(QDate(2026, 11, 22), QTime(14, 37, 12), Qt::UTC), {} };
        const QByteArray json = r.toCanonicalJson(context);
        QVERIFY(!json.contains(' ') || json.contains("Shouted at on the bus"));
        QVERIFY(!json.contains('\n'));
        const auto read = report::readReport(json);
        QVERIFY(read.ok());
        QCOMPARE(read->reportedAt, s("2026-11-22T14:00:00Z"));
        QCOMPARE(read->language, s("cy"));
        QCOMPARE(read->flags.cyberEnabled, true);
        // Strands come in the monitored order, whatever order they were chosen in.
        QCOMPARE(read->flags.strands, QStringList({ s("race"), s("religion") }));
        // Canonical: the same report gives the same bytes.
        QCOMPARE(r.toCanonicalJson(context), json);

        r.clear();
        QVERIFY(r.isEmpty());
        r.setAnswer(s("online"), s("no"));
        QCOMPARE(report::readReport(r.toCanonicalJson(context))->flags.cyberEnabled, false);
        // An emptied answer is removed, not stored as "".
        r.setAnswer(s("online"), QString());
        QVERIFY(r.isEmpty());
    }

    void referencesAreReadable()
    {
        QSet<QString> seen;
        const QRegularExpression shape(s("^HB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"));
        for (int i = 0; i < 500; ++i) {
            const QString ref = report::newReference();
            QVERIFY2(shape.match(ref).hasMatch(), qPrintable(ref));
            seen.insert(ref);
        }
        QCOMPARE(seen.size(), 500);
    }

    void everyFlagIsSent()
    {
        const report::ReportFlags flags = sent(report::Report(), "self").flags;
        QVERIFY(flags.strands && flags.localStrands && flags.cyberEnabled && flags.repeatVictim
            && flags.triage && flags.triageRules && flags.urgent && flags.assisted);
        QCOMPARE(*flags.triage, s("standard"));
    }

    void reportCarriesQuestionnaireAnswersAndFlags()
    {
        report::Report report;
        report.setAnswer(s("narrative"), s("Shouted at on the bus"));
        report.setAnswer(s("online"), s("no"));
        report.setAnswer(s("online_platform"), s("typed before changing online to no"));
        report.setAnswer(s("role"), s("assisted"));
        report.setAnswer(s("in_danger"), s("yes"));
        report.setAnswer(s("offenders"),
            QVariantList { QVariantMap { { s("offender_age"), s("18_24") } },
                QVariantMap { { s("offender_hair"), s("Red") } } });

        const report::ReportDocument kiosk = sent(report, "kiosk");
        QCOMPARE(kiosk.questionnaireId, s("harbour-uk"));
        QCOMPARE(kiosk.questionnaireVersion, Questionnaire::embedded()->version());
        QCOMPARE(kiosk.mode, s("assisted"));
        QCOMPARE(kiosk.reportedAt, s("2024-06-15T14:00:00Z"));
        QVERIFY(!kiosk.answers.contains(s("online_platform"))); // hidden by "No": not sent
        const QJsonArray offenders = kiosk.answers.value(s("offenders")).toArray();
        QCOMPARE(offenders.size(), 2);
        QCOMPARE(offenders.at(1).toObject().value(s("offender_hair")).toString(), s("Red"));
        QCOMPARE(kiosk.flags.assisted, true);
        QCOMPARE(kiosk.flags.urgent, true);
        QCOMPARE(kiosk.flags.triage, s("high"));
        QCOMPARE(kiosk.flags.triageRules, QStringList { s("H1") });

        // On a phone, "assisted" is not a mode or a flag.
        const report::ReportDocument phone = sent(report, "self");
        QCOMPARE(phone.mode, s("self"));
        QCOMPARE(phone.flags.assisted, false);

        // Another organisation's questionnaire: its id and version, and only its questions.
        const auto shortForm
            = Questionnaire::load(QStringLiteral(HARBOUR_SOURCE_DIR "/tests/data/questionnaire-short.json"));
        QVERIFY(shortForm.ok());
        report.setQuestionnaire(std::make_shared<const Questionnaire>(shortForm.value()));
        const report::ReportDocument other = sent(report, "self");
        QCOMPARE(other.questionnaireId, s("example-short"));
        QCOMPARE(other.questionnaireVersion, 3);
        QCOMPARE(other.answers.keys(), (QStringList { s("narrative"), s("online") }));
        QCOMPARE(other.flags.urgent, false);
    }

    void assistedModeIsRecordedWhateverTheRoleAnswer()
    {
        report::Report report;
        report.setAnswer(s("role"), s("victim"));
        const report::ReportDocument assisted = sent(report, "assisted");
        QCOMPARE(assisted.mode, s("assisted"));
        QCOMPARE(assisted.flags.assisted, true);
        QCOMPARE(sent(report, "kiosk").mode, s("kiosk"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
