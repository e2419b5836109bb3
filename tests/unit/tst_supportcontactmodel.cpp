// SPDX-License-Identifier: GPL-3.0-or-later
// The support contacts from the directory as the start and confirmation pages list them.
#include "routingtestdata.h"

#include "routing/supportcontactmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace harbour;
using namespace harbour::testdata;

class TestSupportContactModel : public QObject
{
    Q_OBJECT

    const directory::Directory m_directory = routingDirectory().directory;

private Q_SLOTS:
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

    // The person's language (issue 15: 999 was English on an Arabic screen): names and
    // descriptions in it where the directory has them, English where it has not.
    void contactsInThePersonsLanguage()
    {
        routing::SupportContactModel all(false);
        new QAbstractItemModelTester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        all.setContacts(m_directory.supportContacts);
        const QModelIndex emergency = all.index(0);
        QCOMPARE(all.data(emergency, routing::SupportContactModel::NameRole).toString(),
            QStringLiteral("Emergency services"));
        QSignalSpy changed(&all, &QAbstractItemModel::dataChanged);
        all.setLanguage(QStringLiteral("ar"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(all.data(emergency, routing::SupportContactModel::NameRole).toString(),
            QStringLiteral("خدمات الطوارئ"));
        QCOMPARE(all.data(emergency, routing::SupportContactModel::DescriptionRole).toString(),
            QStringLiteral("إذا كنت في خطر الآن"));
        // Arabic for Egypt reads the Arabic text; the number is what it is in every language.
        all.setLanguage(QStringLiteral("ar-EG"));
        QCOMPARE(all.data(emergency, routing::SupportContactModel::NameRole).toString(),
            QStringLiteral("خدمات الطوارئ"));
        QCOMPARE(all.data(emergency, routing::SupportContactModel::LinkRole).toString(),
            QStringLiteral("tel:999"));
        // No Arabic in the directory for this one: English, never an empty line.
        QCOMPARE(all.data(all.index(3), routing::SupportContactModel::NameRole).toString(),
            QStringLiteral("Stop Hate UK"));
        QCOMPARE(all.data(all.index(3), routing::SupportContactModel::DescriptionRole).toString(), QString());
        all.setLanguage(QStringLiteral("en"));
        QCOMPARE(all.data(emergency, routing::SupportContactModel::NameRole).toString(),
            QStringLiteral("Emergency services"));
    }

    // Numbers can be tapped (issue 15): tel: and sms: links without the spaces, https: addresses
    // as they are, and nothing for what cannot be opened.
    void links_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("link");
        QTest::newRow("999") << "phone"
                             << "999"
                             << "tel:999";
        QTest::newRow("spaced") << "phone"
                                << "08 08 16 89 111"
                                << "tel:08081689111";
        QTest::newRow("relay") << "relay"
                               << "18001 101"
                               << "tel:18001101";
        QTest::newRow("text") << "sms"
                              << "999"
                              << "sms:999";
        QTest::newRow("bsl") << "bsl"
                             << "https://999bsl.co.uk"
                             << "https://999bsl.co.uk";
        QTest::newRow("not https") << "web"
                                   << "http://example.org"
                                   << "";
        QTest::newRow("no number") << "phone"
                                   << "ask at the desk"
                                   << "";
    }
    void links()
    {
        QFETCH(QString, channel);
        QFETCH(QString, value);
        QFETCH(QString, link);
        directory::SupportContact contact;
        contact.id = QStringLiteral("c");
        contact.channel = channel;
        contact.value = value;
        routing::SupportContactModel model(false);
        model.setContacts({ contact });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), routing::SupportContactModel::LinkRole).toString(), link);
        QVERIFY(model.roleNames().values().contains(QByteArrayLiteral("link")));
    }
};

QTEST_GUILESS_MAIN(TestSupportContactModel)
#include "tst_supportcontactmodel.moc"
