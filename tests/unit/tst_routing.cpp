// SPDX-License-Identifier: GPL-3.0-or-later
// The Routing object the pages use: the checks on the recipients and contact pages, and
// anonymity forgetting what was typed.
#include "routingtestdata.h"

#include "routing/routing.h"

#include <QTest>

using namespace harbour;
using namespace harbour::testdata;

namespace {

const QString kPhone = QStringLiteral("07700 900 982");

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

    const directory::Directory m_directory = routingDirectory().directory;

private Q_SLOTS:
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
        QTest::newRow("contactable, nobody ticked")
            << "contactable" << QStringList { phone } << "+44 (0)7700 900-982"
            << "" << false << ""
            << "mayContact";
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
        report::ReportFacts facts;
        facts.triage = highRisk ? QStringLiteral("high") : QStringLiteral("standard");
        routing.setFacts(facts);
        routing.setChoice(QStringLiteral("support"));
        QVERIFY(routing.checkRecipients().isEmpty());
        routing.setContact(contact);
        // Every chosen organisation is ticked under "Who may contact you?", except in the row
        // that checks nobody was.
        if (QByteArray(QTest::currentDataTag()) != "contactable, nobody ticked") {
            for (int row = 0; row < routing.proposals()->rowCount(); ++row)
                routing.setMayContact(row, true);
        }
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
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
