// SPDX-License-Identifier: GPL-3.0-or-later
// The proposals as the recipients page lists them: a model with its roles and texts.
#include "routingtestdata.h"

#include "routing/proposalmodel.h"
#include "routing/routing.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace harbour;
using namespace harbour::testdata;

class TestProposalModel : public QObject
{
    Q_OBJECT

    const directory::Directory m_directory = routingDirectory().directory;

private Q_SLOTS:
    void proposalModelIsAModel()
    {
        routing::Routing routing;
        new QAbstractItemModelTester(
            routing.proposals(), QAbstractItemModelTester::FailureReportingMode::QtTest, &routing);
        routing.setOrganisations(m_directory.organisations, m_directory.serial);
        report::ReportFacts facts;
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

    // Consent is opted into (issue 15): after "Yes, you can contact me" no organisation, the police
    // included, may contact the reporter until the reporter ticks it, and only the ticked one may.
    void nobodyMayContactUntilTicked()
    {
        routing::Routing routing;
        routing.setOrganisations(m_directory.organisations, m_directory.serial);
        report::ReportFacts facts;
        facts.strands = { QStringLiteral("race") };
        facts.area = QStringLiteral("E1");
        routing.setFacts(facts);
        routing.setChoice(QStringLiteral("both"));
        routing.setContact(QStringLiteral("contactable"));
        auto *model = routing.proposals();
        QCOMPARE(routing.chosenCount(), 2);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY2(!model->data(model->index(row), routing::ProposalModel::MayContactRole).toBool(),
                qPrintable(
                    model->data(model->index(row), routing::ProposalModel::OrganisationIdRole).toString()));
        QVERIFY(routing.consent().contactable);
        QVERIFY(routing.consent().mayContact.isEmpty());
        QCOMPARE(routing.checkContact().value(0).field, QStringLiteral("mayContact"));

        QSignalSpy mayContact(model, &routing::ProposalModel::mayContactChanged);
        int support = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            if (model->data(index, routing::ProposalModel::ChosenRole).toBool()
                && model->data(index, routing::ProposalModel::KindRole).toString()
                    == QLatin1String("support"))
                support = row;
        }
        QVERIFY(support >= 0);
        routing.setMayContact(support, true);
        QCOMPARE(mayContact.count(), 1);
        QCOMPARE(routing.consent().mayContact,
            QStringList {
                model->data(model->index(support), routing::ProposalModel::OrganisationIdRole).toString() });

        // New proposals (another choice) start unticked again.
        routing.setChoice(QStringLiteral("police"));
        QVERIFY(routing.consent().mayContact.isEmpty());
    }

    // What a proposal says about itself: strands in words, a long language list shortened to
    // the reporter's own language.
    void proposalTexts()
    {
        routing::Routing routing;
        routing.setOrganisations(m_directory.organisations, m_directory.serial);
        report::ReportFacts facts;
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

    // What each organisation will do and how soon, and how to reach it (issue 15), in the
    // reporter's language, English where the directory has no translation, nothing where it
    // gives none.
    void promiseAndContactInTheReportersLanguage()
    {
        routing::Routing routing;
        new QAbstractItemModelTester(
            routing.proposals(), QAbstractItemModelTester::FailureReportingMode::QtTest, &routing);
        routing.setOrganisations(m_directory.organisations, m_directory.serial);
        report::ReportFacts facts;
        facts.strands = { QStringLiteral("transgender") };
        routing.setFacts(facts);
        routing.setChoice(QStringLiteral("support"));
        auto *model = routing.proposals();
        int stopHate = -1;
        int galop = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id
                = model->data(model->index(row), routing::ProposalModel::OrganisationIdRole).toString();
            if (id == QLatin1String("stop-hate"))
                stopHate = row;
            if (id == QLatin1String("galop"))
                galop = row;
        }
        QVERIFY(stopHate >= 0 && galop >= 0);
        const QModelIndex index = model->index(stopHate);
        QCOMPARE(model->data(index, routing::ProposalModel::PromiseRole).toString(),
            QStringLiteral("A caseworker reads every report within 2 working days."));
        QCOMPARE(model->data(index, routing::ProposalModel::ContactTextRole).toString(),
            QStringLiteral("Call 0808 157 0200, Email help@support.example.org, and Website: "
                           "https://support.example.org"));
        const QVariantList links = model->data(index, routing::ProposalModel::ContactLinksRole).toList();
        QCOMPARE(links.size(), 3);
        QCOMPARE(
            links.at(0).toMap().value(QStringLiteral("link")).toString(), QStringLiteral("tel:08081570200"));
        QCOMPARE(links.at(0).toMap().value(QStringLiteral("text")).toString(),
            QStringLiteral("Call 0808 157 0200"));
        QCOMPARE(links.at(1).toMap().value(QStringLiteral("link")).toString(),
            QStringLiteral("mailto:help@support.example.org"));
        QCOMPARE(links.at(2).toMap().value(QStringLiteral("link")).toString(),
            QStringLiteral("https://support.example.org"));
        // No promise or contact in the directory: empty, so the pages show nothing for it.
        QCOMPARE(model->data(model->index(galop), routing::ProposalModel::PromiseRole).toString(), QString());
        QCOMPARE(
            model->data(model->index(galop), routing::ProposalModel::ContactTextRole).toString(), QString());
        QVERIFY(
            model->data(model->index(galop), routing::ProposalModel::ContactLinksRole).toList().isEmpty());
        const auto roles = model->roleNames();
        for (const char *role : { "promise", "contactText", "contactLinks" })
            QVERIFY2(roles.values().contains(QByteArray(role)), role);

        // Arabic: the Arabic promise; the language change reaches every row.
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        routing.setLanguage(QStringLiteral("ar"));
        QVERIFY(changed.count() > 0);
        QCOMPARE(model->data(index, routing::ProposalModel::PromiseRole).toString(),
            QStringLiteral("يقرأ موظف دعم كل بلاغ خلال يومَي عمل."));
        // Polish: not in the directory, so English.
        routing.setLanguage(QStringLiteral("pl"));
        QCOMPARE(model->data(index, routing::ProposalModel::PromiseRole).toString(),
            QStringLiteral("A caseworker reads every report within 2 working days."));

        // The confirmation's list: the chosen ones only, in the reporter's language.
        routing.setLanguage(QStringLiteral("ar"));
        for (int row = 0; row < model->rowCount(); ++row)
            routing.setChosen(row, row == stopHate);
        QSignalSpy chosen(&routing, &routing::Routing::chosenChanged);
        const QVariantList details = routing.chosenDetails();
        QCOMPARE(details.size(), 1);
        const QVariantMap detail = details.at(0).toMap();
        QCOMPARE(detail.value(QStringLiteral("name")).toString(), QStringLiteral("Organisation stop-hate"));
        QCOMPARE(detail.value(QStringLiteral("promise")).toString(),
            QStringLiteral("يقرأ موظف دعم كل بلاغ خلال يومَي عمل."));
        QCOMPARE(detail.value(QStringLiteral("contactLinks")).toList().size(), 3);
        routing.setLanguage(QStringLiteral("en"));
        QCOMPARE(chosen.count(), 1); // QML re-reads chosenDetails in the new language
        QCOMPARE(routing.chosenDetails().at(0).toMap().value(QStringLiteral("promise")).toString(),
            QStringLiteral("A caseworker reads every report within 2 working days."));
    }

    void contactLinks_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("sms");
        QTest::addColumn<QStringList>("links");
        QTest::newRow("phone with spaces") << QStringLiteral("+44 1273 470101") << QStringLiteral("")
                                           << QStringList { QStringLiteral("tel:+441273470101") };
        QTest::newRow("text") << QStringLiteral("") << QStringLiteral("07700 900200")
                              << QStringList { QStringLiteral("sms:07700900200") };
        QTest::newRow("both") << QStringLiteral("101") << QStringLiteral("999")
                              << QStringList { QStringLiteral("tel:101"), QStringLiteral("sms:999") };
    }
    void contactLinks()
    {
        QFETCH(QString, phone);
        QFETCH(QString, sms);
        QFETCH(QStringList, links);
        directory::OrganisationContact contact;
        contact.phone = phone;
        contact.sms = sms;
        QStringList out;
        for (const QVariant &entry : routing::ProposalModel::contactLinks(contact))
            out << entry.toMap().value(QStringLiteral("link")).toString();
        QCOMPARE(out, links);
    }
};

QTEST_GUILESS_MAIN(TestProposalModel)
#include "tst_proposalmodel.moc"
