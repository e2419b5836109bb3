// SPDX-License-Identifier: GPL-3.0-or-later
// The flags computed from the answers: strands, cyber-enabled, repeat victim, assisted, every
// triage rule, urgent.
#include "questionnaire/flags.h"

#include <QFile>
#include <QTest>

using namespace harbour;
using namespace harbour::questionnaire;

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

class TestFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void triage_data()
    {
        QTest::addColumn<QVariantMap>("answers");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QStringList>("rules");
        const QString yes = s("yes");
        const QString no = s("no");

        QTest::newRow("nothing said") << QVariantMap {} << s("standard") << QStringList {};
        QTest::newRow("all no") << QVariantMap { { s("in_danger"), no }, { s("threatened_return"), no },
            { s("injured"), no }, { s("safe_at_home"), yes }, { s("happened_before"), no } }
                                << s("standard") << QStringList {};
        QTest::newRow("H1 in danger now")
            << QVariantMap { { s("in_danger"), yes } } << s("high") << QStringList { s("H1") };
        QTest::newRow("H2 needs medical help")
            << QVariantMap { { s("injured"), yes }, { s("medical_help"), yes } } << s("high")
            << QStringList { s("H2"), s("E4") };
        QTest::newRow("H2 hidden: medical help without injury") << QVariantMap { { s("injured"), no },
            { s("medical_help"), yes } } << s("standard") << QStringList {};
        QTest::newRow("H3 threats and they know the address")
            << QVariantMap { { s("threatened_return"), yes }, { s("they_know_where_you_live"), yes } }
            << s("high") << QStringList { s("H3"), s("E1"), s("E8") };
        QTest::newRow("H4 unsafe at home and threatened") << QVariantMap { { s("safe_at_home"), no },
            { s("threatened_return"), yes } } << s("high") << QStringList { s("H4"), s("E1"), s("E3") };
        QTest::newRow("H4 unsafe at home and worse") << QVariantMap {
            { s("safe_at_home"), no }, { s("happened_before"), yes }, { s("getting_worse"), yes }
        } << s("high") << QStringList { s("H4"), s("H6"), s("E2"), s("E3"), s("E5") };
        QTest::newRow("H5 same people, getting worse") << QVariantMap {
            { s("happened_before"), yes }, { s("same_people"), yes }, { s("getting_worse"), yes }
        } << s("high") << QStringList { s("H5"), s("E2"), s("E5") };
        QTest::newRow("H6 three elevated") << QVariantMap { { s("injured"), yes },
            { s("incident_types"), QStringList { s("physical_attack") } },
            { s("others_at_risk"), QStringList { s("children") } } }
                                           << s("high") << QStringList { s("H6"), s("E4"), s("E6"), s("E7") };
        QTest::newRow("E1 threatened")
            << QVariantMap { { s("threatened_return"), yes } } << s("elevated") << QStringList { s("E1") };
        QTest::newRow("E2 getting worse")
            << QVariantMap { { s("happened_before"), yes }, { s("getting_worse"), yes } } << s("elevated")
            << QStringList { s("E2"), s("E5") };
        QTest::newRow("E2 hidden without a before")
            << QVariantMap { { s("getting_worse"), yes } } << s("standard") << QStringList {};
        QTest::newRow("E3 unsafe at home")
            << QVariantMap { { s("safe_at_home"), no } } << s("elevated") << QStringList { s("E3") };
        QTest::newRow("E3 not for I don't know")
            << QVariantMap { { s("safe_at_home"), s("dont_know") } } << s("standard") << QStringList {};
        QTest::newRow("E4 injured") << QVariantMap { { s("injured"), yes }, { s("medical_help"), no } }
                                    << s("elevated") << QStringList { s("E4") };
        QTest::newRow("E5 happened before")
            << QVariantMap { { s("happened_before"), yes } } << s("elevated") << QStringList { s("E5") };
        QTest::newRow("E5 keeps happening")
            << QVariantMap { { s("when"), QVariantMap { { s("mode"), s("ongoing") } } } } << s("elevated")
            << QStringList { s("E5") };
        QTest::newRow("E6 physical attack") << QVariantMap {
            { s("incident_types"), QStringList { s("verbal_abuse"), s("physical_attack") } }
        } << s("elevated") << QStringList { s("E6") };
        QTest::newRow("E6 sexual assault")
            << QVariantMap { { s("incident_types"), QStringList { s("sexual_assault") } } } << s("elevated")
            << QStringList { s("E6") };
        QTest::newRow("E6 not for verbal abuse")
            << QVariantMap { { s("incident_types"), QStringList { s("verbal_abuse") } } } << s("standard")
            << QStringList {};
        QTest::newRow("E7 family at risk")
            << QVariantMap { { s("others_at_risk"), QStringList { s("family") } } } << s("elevated")
            << QStringList { s("E7") };
        QTest::newRow("E7 not for no one")
            << QVariantMap { { s("others_at_risk"), QStringList { s("none") } } } << s("standard")
            << QStringList {};
        QTest::newRow("E7 not for I don't know")
            << QVariantMap { { s("others_at_risk"), QStringList { s("dont_know") } } } << s("standard")
            << QStringList {};
        QTest::newRow("E8 they know the address") << QVariantMap { { s("they_know_where_you_live"), yes } }
                                                  << s("elevated") << QStringList { s("E8") };
        QTest::newRow("E9 isolated") << QVariantMap { { s("barriers"), QStringList { s("isolation") } } }
                                     << s("elevated") << QStringList { s("E9") };
        QTest::newRow("E9 disability")
            << QVariantMap { { s("barriers"), QStringList { s("language"), s("disability") } } }
            << s("elevated") << QStringList { s("E9") };
        QTest::newRow("E9 not for language alone")
            << QVariantMap { { s("barriers"), QStringList { s("language") } } } << s("standard")
            << QStringList {};
    }

    void triage()
    {
        QFETCH(QVariantMap, answers);
        QFETCH(QString, level);
        QFETCH(QStringList, rules);
        const Flags flags = computeFlags(*Questionnaire::embedded(), answers, false);
        QCOMPARE(triageName(flags.triage), level);
        QCOMPARE(flags.triageRules, rules);
        // High triage (or danger now) and nothing else makes a report urgent.
        QCOMPARE(flags.urgent, level == s("high"));
    }

    void everyRuleIsTestedAndDocumented()
    {
        QFile doc(QStringLiteral(HARBOUR_SOURCE_DIR "/docs/questionnaire.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        QVERIFY(text.contains(QStringLiteral("Harbour's own synthesis")));
        QVERIFY(text.contains(QStringLiteral("not a police risk assessment")));
        QCOMPARE(triageRules().size(), 15);
        for (const TriageRule &rule : triageRules()) {
            const QString row
                = QStringLiteral("| %1 | %2 | `%3` |").arg(rule.id, triageName(rule.level), rule.description);
            QVERIFY2(text.contains(row),
                qPrintable(QStringLiteral("docs/questionnaire.md lacks the row: ") + row));
        }
    }

    void strands()
    {
        const QVariantMap answers { { s("targeted"),
            QStringList { s("transgender"), s("age"), s("race"), s("alternative_subculture") } } };
        const Flags flags = computeFlags(*Questionnaire::embedded(), answers, false);
        // Monitored strands in the national order; local ones in the questionnaire's order.
        QCOMPARE(flags.strands, (QStringList { s("race"), s("transgender") }));
        QCOMPARE(flags.localStrands, (QStringList { s("alternative_subculture"), s("age") }));
        const Flags none = computeFlags(
            *Questionnaire::embedded(), { { s("targeted"), QStringList { s("dont_know") } } }, false);
        QVERIFY(none.strands.isEmpty());
        QVERIFY(none.localStrands.isEmpty());
        // An organisation that turns a local strand off simply does not list it.
        const auto shortForm
            = Questionnaire::load(QStringLiteral(HARBOUR_SOURCE_DIR "/tests/data/questionnaire-short.json"));
        QVERIFY(shortForm.ok());
        const Flags other = computeFlags(
            shortForm.value(), { { s("targeted"), QStringList { s("sex_or_gender"), s("age") } } }, false);
        QCOMPARE(other.localStrands, QStringList { s("sex_or_gender") });
    }

    void cyberEnabled_data()
    {
        QTest::addColumn<QString>("online");
        QTest::addColumn<bool>("flag");
        QTest::newRow("yes") << s("yes") << true;
        QTest::newRow("partly") << s("partly") << true;
        QTest::newRow("no") << s("no") << false;
        QTest::newRow("don't know") << s("dont_know") << false;
        QTest::newRow("not answered") << QString() << false;
    }

    void cyberEnabled()
    {
        QFETCH(QString, online);
        QFETCH(bool, flag);
        QVariantMap answers;
        if (!online.isEmpty())
            answers.insert(s("online"), online);
        QCOMPARE(computeFlags(*Questionnaire::embedded(), answers, false).cyberEnabled, flag);
    }

    void repeatVictim_data()
    {
        QTest::addColumn<QVariantMap>("answers");
        QTest::addColumn<bool>("flag");
        QTest::newRow("happened before") << QVariantMap { { s("happened_before"), s("yes") } } << true;
        QTest::newRow("first time") << QVariantMap { { s("happened_before"), s("no") } } << false;
        QTest::newRow("not sure") << QVariantMap { { s("happened_before"), s("dont_know") } } << false;
        QTest::newRow("keeps happening")
            << QVariantMap { { s("when"), QVariantMap { { s("mode"), s("ongoing") } } } } << true;
        QTest::newRow("one date") << QVariantMap {
            { s("when"), QVariantMap { { s("mode"), s("exact") }, { s("date"), s("2024-05-01") } } }
        } << false;
    }

    void repeatVictim()
    {
        QFETCH(QVariantMap, answers);
        QFETCH(bool, flag);
        QCOMPARE(computeFlags(*Questionnaire::embedded(), answers, false).repeatVictim, flag);
    }

    void urgentAndAssisted()
    {
        const auto q = Questionnaire::embedded();
        QVERIFY(computeFlags(*q, { { s("in_danger"), s("yes") } }, false).urgent);
        QVERIFY(!computeFlags(*q, { { s("in_danger"), s("no") } }, false).urgent);
        QVERIFY(computeFlags(*q,
            { { s("in_danger"), s("no") }, { s("safe_at_home"), s("no") },
                { s("threatened_return"), s("yes") } },
            false)
                    .urgent);
        QVERIFY(!computeFlags(*q, { { s("threatened_return"), s("yes") } }, false).urgent);
        // Assisted is a kiosk thing: a phone cannot claim it.
        QVERIFY(computeFlags(*q, { { s("role"), s("assisted") } }, true).assisted);
        QVERIFY(!computeFlags(*q, { { s("role"), s("assisted") } }, false).assisted);
        QVERIFY(!computeFlags(*q, { { s("role"), s("victim") } }, true).assisted);
    }
};

QTEST_GUILESS_MAIN(TestFlags)
#include "tst_flags.moc"
