// SPDX-License-Identifier: GPL-3.0-or-later
// The report being written: its canonical JSON, its flags, and readable references.
#include "report/report.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace harbour;

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportJsonIsCanonicalAndFlagged()
    {
        report::Report r;
        QSignalSpy changed(&r, &report::Report::answersChanged);
        r.setAnswer(QStringLiteral("narrative"), QStringLiteral("Shouted at on the bus"));
        r.setChoice(QStringLiteral("targeted"), QStringLiteral("religion"), true);
        r.setChoice(QStringLiteral("targeted"), QStringLiteral("race"), true);
        r.setChoice(QStringLiteral("targeted"), QStringLiteral("race"), true); // no change
        r.setAnswer(QStringLiteral("online"), QStringLiteral("partly"));
        QCOMPARE(changed.count(), 4);
        const report::Report::Context context { QStringLiteral("HB-TEST-0001"), QStringLiteral("cy"),
            QStringLiteral("self"), QStringLiteral("0.1.0"),
            QDateTime(QDate(2026, 11, 22), QTime(14, 37, 12), Qt::UTC) };
        const QByteArray json = r.toCanonicalJson(context);
        QVERIFY(!json.contains(' ') || json.contains("Shouted at on the bus"));
        QVERIFY(!json.contains('\n'));
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(
            object.value(QStringLiteral("reported_at")).toString(), QStringLiteral("2026-11-22T14:00:00Z"));
        QCOMPARE(object.value(QStringLiteral("language")).toString(), QStringLiteral("cy"));
        const QJsonObject flags = object.value(QStringLiteral("flags")).toObject();
        QCOMPARE(flags.value(QStringLiteral("cyber_enabled")).toBool(), true);
        // Strands come in the monitored order, whatever order they were chosen in.
        QCOMPARE(flags.value(QStringLiteral("strands")).toVariant().toStringList(),
            QStringList({ QStringLiteral("race"), QStringLiteral("religion") }));
        // Canonical: the same report gives the same bytes.
        QCOMPARE(r.toCanonicalJson(context), json);

        r.clear();
        QVERIFY(r.isEmpty());
        r.setAnswer(QStringLiteral("online"), QStringLiteral("no"));
        const QJsonObject offline = QJsonDocument::fromJson(r.toCanonicalJson(context)).object();
        QCOMPARE(
            offline.value(QStringLiteral("flags")).toObject().value(QStringLiteral("cyber_enabled")).toBool(),
            false);
        // An emptied answer is removed, not stored as "".
        r.setAnswer(QStringLiteral("online"), QString());
        QVERIFY(r.isEmpty());
    }

    void referencesAreReadable()
    {
        QSet<QString> seen;
        const QRegularExpression shape(QStringLiteral("^HB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"));
        for (int i = 0; i < 500; ++i) {
            const QString ref = report::newReference();
            QVERIFY2(shape.match(ref).hasMatch(), qPrintable(ref));
            seen.insert(ref);
        }
        QCOMPARE(seen.size(), 500);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
