// SPDX-License-Identifier: GPL-3.0-or-later
// The support contacts from the directory as the start and confirmation pages list them.
#include "routingtestdata.h"

#include "routing/supportcontactmodel.h"

#include <QAbstractItemModelTester>
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
};

QTEST_GUILESS_MAIN(TestSupportContactModel)
#include "tst_supportcontactmodel.moc"
