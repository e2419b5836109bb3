// SPDX-License-Identifier: GPL-3.0-or-later
// Who is proposed for a choice, the strands and the area (routing::propose, docs/protocol.md §17.3).
#include "routingtestdata.h"

#include "routing/proposals.h"

#include <QTest>

using namespace harbour;
using namespace harbour::testdata;

namespace {

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

class TestProposals : public QObject
{
    Q_OBJECT

    const directory::Directory m_directory = routingDirectory().directory;

private Q_SLOTS:
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
        report::ReportFacts facts;
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
};

QTEST_GUILESS_MAIN(TestProposals)
#include "tst_proposals.moc"
