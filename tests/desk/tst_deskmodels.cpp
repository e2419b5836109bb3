// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's list models under QAbstractItemModelTester: the queue keeps the store's order, and each
// filter and the search narrow it as a caseworker expects; clearing drops every row.
#include "caselistmodel.h"
#include "kiosklistmodel.h"
#include "textrowmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace harbour;
using namespace harbour::deskui;

namespace {

CaseRow row(const char *id, const char *reference, desk::CaseStatus status, Source source,
    const QString &triage, const QStringList &strands, int online, const char *area, const QDate &reported,
    const char *text)
{
    CaseRow r;
    r.id = id;
    r.reference = QString::fromLatin1(reference);
    r.status = status;
    r.source = source;
    r.triage = triage;
    r.strands = strands;
    r.online = online;
    r.repeatVictim = 0;
    r.area = QString::fromLatin1(area);
    r.reported = reported;
    r.searchText = QString::fromUtf8(text).toCaseFolded();
    return r;
}

} // namespace

class tst_DeskModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueFiltersAndSearch()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString race = QStringLiteral("race");
        const QString religion = QStringLiteral("religion");
        model.setRows(
            { row("01", "HB-1", desk::CaseStatus::New, Source::PersonalDevice, QStringLiteral("high"),
                  { race }, 1, "E1", QDate(2026, 3, 1), "shouted at on the bus"),
                row("02", "HB-2", desk::CaseStatus::InProgress, Source::RegisteredKiosk,
                    QStringLiteral("standard"), { religion }, 0, "Cardiff", QDate(2026, 3, 10),
                    "graffiti on the wall"),
                row("03", "HB-3", desk::CaseStatus::Closed, Source::UnknownKiosk, QStringLiteral("standard"),
                    { race }, 0, "E1", QDate(2026, 4, 2), "Ceredigion café") });
        QCOMPARE(model.total(), 3);
        QCOMPARE(model.rowCount(), 2); // open cases by default
        QCOMPARE(model.data(model.index(0), CaseListModel::ReferenceRole).toString(), QStringLiteral("HB-1"));
        model.setStatusFilter(-2);
        QCOMPARE(model.rowCount(), 3);
        model.setStrandFilter(race);
        QCOMPARE(model.rowCount(), 2);
        model.setAreaFilter(QStringLiteral("e1"));
        QCOMPARE(model.rowCount(), 2);
        model.setOnlineFilter(QStringLiteral("yes"));
        QCOMPARE(model.rowCount(), 1);
        model.clearFilters();
        model.setStatusFilter(-2);
        model.setSourceFilter(int(Source::UnknownKiosk));
        QCOMPARE(model.rowOf(QStringLiteral("03")), 0);
        model.setSourceFilter(-1);
        model.setFromDate(QStringLiteral("2026-03-05"));
        model.setToDate(QStringLiteral("2026-03-31"));
        QCOMPARE(model.rowCount(), 1);
        model.setToDate(QStringLiteral("31/03/2026"));
        QVERIFY(!model.dateError().isEmpty());
        model.clearFilters();
        model.setStatusFilter(-2);
        model.setSearch(QStringLiteral("CAFÉ ceredigion"));
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(QStringLiteral("bus wall"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.choices(QStringLiteral("strand")).size(), 3); // any, race, religion
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.total(), 0);
    }

    void overdueReadsTheDueDate()
    {
        CaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CaseRow due
            = row("01", "HB-1", desk::CaseStatus::New, Source::PersonalDevice, {}, {}, -1, "", {}, "");
        due.due = QDate(2026, 3, 1);
        model.setRows({ due });
        model.setToday(QDate(2026, 3, 2));
        QVERIFY(model.data(model.index(0), CaseListModel::OverdueRole).toBool());
        model.setToday(QDate(2026, 3, 1));
        QVERIFY(!model.data(model.index(0), CaseListModel::OverdueRole).toBool());
    }

    void textRowsAndKiosks()
    {
        TextRowModel rows;
        QAbstractItemModelTester rowTester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rows.setRows({ { QStringLiteral("a"), QStringLiteral("b") } });
        QCOMPARE(rows.data(rows.index(0), TextRowModel::ValueRole).toString(), QStringLiteral("b"));
        rows.clear();
        QCOMPARE(rows.rowCount(), 0);

        KioskListModel kiosks;
        QAbstractItemModelTester kioskTester(&kiosks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        desk::Kiosk kiosk;
        kiosk.publicKey = QByteArray(32, 'k');
        kiosk.name = QStringLiteral("Library");
        kiosk.added = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
        kiosks.setKiosks({ kiosk });
        QCOMPARE(
            kiosks.data(kiosks.index(0), KioskListModel::NameRole).toString(), QStringLiteral("Library"));
        QCOMPARE(kiosks.data(kiosks.index(0), KioskListModel::FingerprintRole).toString().size(), 19);
        QVERIFY(!kiosks.data(kiosks.index(0), KioskListModel::RevokedRole).toBool());
    }
};

QTEST_GUILESS_MAIN(tst_DeskModels)
#include "tst_deskmodels.moc"
