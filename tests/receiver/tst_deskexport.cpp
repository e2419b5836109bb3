// SPDX-License-Identifier: GPL-3.0-or-later
// One case out of the desk (receiver/desk/core/export.h), through harbour-desk-sync against the real
// intake: the PDF case summary read back with pdftotext (the fields there, contact details only when
// the reporter allowed this organisation, notes in the summary and never in a MARAC pack); a MARAC
// pack refused without the reporter's consent (no, not asked, no routing) with a clear reason and no
// file; the CSV and JSON in the inbox's contract without hidden contact details; every export an
// "export" event in the case log; bad input refused with nothing written or recorded. Also the
// response standard on the command line: `standard --set` and `due`.
#include "desktestutil.h"
#include "intakeprocess.h"
#include "receivertestutil.h"

#include "core/casestore.h"
#include "crypto/sodium.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using namespace harbour::testsupport;

namespace {

const QByteArray kOrgPassphrase = "organisation passphrase";
const QByteArray kDeskPassphrase = "export desk passphrase";
// Fixed canaries: test data only, never a real report.
const QByteArray kNarrative = "EXPORT-CANARY-NARRATIVE-7f3a";
const QByteArray kContactName = "EXPORT-CANARY-CONTACT-NAME-91c2";
const QByteArray kContactPhone = "07700900461";
const QByteArray kHiddenName = "EXPORT-CANARY-HIDDEN-NAME-5d0e";
const QByteArray kHiddenEmail = "hidden-canary@example.org";
const QByteArray kNote = "EXPORT-CANARY-NOTE-c44b";

// pdftotext's text of a PDF, or a null array when it cannot run.
QByteArray pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

} // namespace

class tst_DeskExport : public QObject
{
    Q_OBJECT

private:
    ToolRun desk(const QStringList &args, const QByteArray &input = {})
    {
        return runDesk(QStringList { args.constFirst(), QStringLiteral("--data"), m_desk } + args.mid(1),
            kDeskPassphrase, input);
    }

    ToolRun exportCase(const QByteArray &id, const QString &format, const QString &output)
    {
        return desk({ QStringLiteral("export"), QStringLiteral("--case"), QString::fromLatin1(id),
            QStringLiteral("--format"), format, QStringLiteral("--output"), output });
    }

    QByteArray post(const report::ReportDocument &report)
    {
        auto sealed = protocol::seal(report.toCanonicalJson(), m_org.key.publicKey);
        if (!sealed)
            qFatal("cannot seal");
        if (postEnvelope(m_intake.envelopesUrl(), sealed.value()).status != 201)
            qFatal("the intake did not store an envelope");
        return sealed->idHex();
    }

    static report::ReportDocument reportWith(const QString &reference)
    {
        return makeReport(reference, QStringLiteral("self"),
            QJsonObject { { QStringLiteral("what_happened"), QString::fromLatin1(kNarrative) } },
            { QStringLiteral("race") }, false);
    }

    static report::ReportRouting routing(const QString &contact, const QString &consent)
    {
        report::ReportRouting r;
        r.choice = QStringLiteral("police");
        r.request = QStringLiteral("action");
        r.recipient = QStringLiteral("hub");
        r.recipientKind = QStringLiteral("police");
        r.sentTo = { QStringLiteral("hub") };
        r.contact = contact;
        r.multiAgencyConsent = consent;
        return r;
    }

    int exportsOf(const QByteArray &id)
    {
        auto store = desk::CaseStore::open(m_desk, kDeskPassphrase);
        if (!store)
            qFatal("cannot open the desk");
        return store.value()->caseState(id).value()->exports;
    }

    QString out(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    QString m_store, m_desk;
    IntakeProcess m_intake;
    DeskOrganisation m_org;
    QByteArray m_consented, m_hidden, m_notAsked, m_noRouting;

private Q_SLOTS:
    void initTestCase()
    {
        crypto::ensureInitialised();
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is missing: apt-get install poppler-utils (README, setting up for tests)");
        QVERIFY(m_dir.isValid());
        const QString intakeDir = m_dir.filePath(QStringLiteral("intake"));
        QVERIFY(QDir().mkpath(intakeDir));
        m_store = QDir(intakeDir).filePath(QStringLiteral("intake.db"));
        m_desk = m_dir.filePath(QStringLiteral("desk"));
        m_org = makeDeskOrganisation(m_dir.path(), QStringLiteral("Police hub"), kOrgPassphrase);
        QVERIFY(bindOrganisation(m_store, m_org));
        QVERIFY(m_intake.start(m_store, { m_org.publicKeyFile }));
        QVERIFY(!initDesk(m_store, m_org, kOrgPassphrase, m_desk, m_intake.baseUrl(), kDeskPassphrase,
            QStringLiteral("Export desk"), true)
                     .isEmpty());

        // Contactable by this organisation, high triage, consented to multi-agency sharing.
        report::ReportDocument consented = reportWith(QStringLiteral("HB-EXPORT-CONSENT"));
        consented.flags.triage = QStringLiteral("high");
        consented.routing = routing(QStringLiteral("direct"), QStringLiteral("yes"));
        consented.contact
            = report::ReportContact { { QStringLiteral("phone") }, QString::fromLatin1(kContactName),
                  QString::fromLatin1(kContactPhone), {}, QStringLiteral("evenings"), QStringLiteral("yes") };
        m_consented = post(consented);
        // Contact details in a copy whose routing says anonymous, and no consent.
        report::ReportDocument hidden = reportWith(QStringLiteral("HB-EXPORT-HIDDEN"));
        hidden.flags.triage = QStringLiteral("high");
        hidden.routing = routing(QStringLiteral("anonymous"), QStringLiteral("no"));
        hidden.contact = report::ReportContact { { QStringLiteral("email") },
            QString::fromLatin1(kHiddenName), {}, QString::fromLatin1(kHiddenEmail), {}, {} };
        m_hidden = post(hidden);
        report::ReportDocument notAsked = reportWith(QStringLiteral("HB-EXPORT-NOT-ASKED"));
        notAsked.routing = routing(QStringLiteral("anonymous"), QStringLiteral("not_asked"));
        m_notAsked = post(notAsked);
        m_noRouting = post(reportWith(QStringLiteral("HB-EXPORT-NO-ROUTING")));

        const ToolRun synced = desk({ QStringLiteral("sync") });
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QVERIFY2(synced.out.contains("envelopes +4 (junk +0)"), synced.out.constData());
        const ToolRun noted
            = desk({ QStringLiteral("note"), QStringLiteral("--case"), QString::fromLatin1(m_consented) },
                kNote + '\n');
        QVERIFY2(noted.exitCode == 0, noted.err.constData());
    }

    void pdfSummaryHasTheFieldsAndAllowedContact()
    {
        const ToolRun run = exportCase(m_consented, QStringLiteral("pdf"), out("consented.pdf"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(
            run.out.contains("exported pdf to") && run.out.contains("recorded as seq"), run.out.constData());
        QFile file(out("consented.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QByteArray text = pdfText(file.fileName());
        QVERIFY(!text.isEmpty());
        // pdftotext may break a long table cell over lines: compare without white space.
        QByteArray flat = text;
        flat.replace(' ', "").replace('\n', "");
        for (const QByteArray &field :
            { QByteArray("Case summary"), QByteArray("HB-EXPORT-CONSENT"), m_consented, kNarrative,
                QByteArray("Triage"), QByteArray("high"), QByteArray("Strands"), QByteArray("race"),
                QByteArray("Multi-agency consent"), QByteArray("Contact details"), kContactName,
                kContactPhone, QByteArray("evenings"), kNote, QByteArray("History"), QByteArray("note") })
            QVERIFY2(flat.contains(QByteArray(field).replace(' ', "")), field.constData());
    }

    void pdfSummaryWithoutContactWhenNotAllowed()
    {
        const ToolRun run = exportCase(m_hidden, QStringLiteral("pdf"), out("hidden.pdf"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray text = pdfText(out("hidden.pdf"));
        QVERIFY(text.contains("HB-EXPORT-HIDDEN"));
        QVERIFY(text.contains(kNarrative));
        QVERIFY(text.contains("None: the reporter did not allow"));
        QVERIFY(!text.contains(kHiddenName));
        QVERIFY(!text.contains(kHiddenEmail));
        // Nor anywhere in the file's bytes (compressed streams aside, the name is not in the PDF).
        QFile file(out("hidden.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(kHiddenName) && !bytes.contains(kHiddenEmail));
    }

    void maracPackOnlyWithConsent()
    {
        const ToolRun made = exportCase(m_consented, QStringLiteral("marac"), out("marac.pdf"));
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QByteArray text = pdfText(out("marac.pdf"));
        QVERIFY(text.contains("MARAC pack"));
        QVERIFY(text.contains(kNarrative));
        QVERIFY(text.contains(kContactName));
        QVERIFY(!text.contains(kNote)); // internal notes stay at the desk

        const struct
        {
            QByteArray id;
            const char *reason;
        } refused[] = { { m_hidden, "the reporter did not consent to multi-agency sharing" },
            { m_notAsked, "the reporter was not asked about multi-agency sharing" },
            { m_noRouting, "the report carries no routing" } };
        for (const auto &row : refused) {
            const int before = exportsOf(row.id);
            const ToolRun run = exportCase(row.id, QStringLiteral("marac"), out("refused.pdf"));
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(row.reason), run.err.constData());
            QVERIFY(!QFile::exists(out("refused.pdf")));
            QCOMPARE(exportsOf(row.id), before); // nothing recorded
        }
    }

    void csvAndJsonInTheInboxContract()
    {
        for (const QByteArray &id : { m_consented, m_hidden }) {
            QCOMPARE(exportCase(id, QStringLiteral("csv"), out("case.csv")).exitCode, 0);
            QFile csv(out("case.csv"));
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QByteArray bytes = csv.readAll();
            QVERIFY(bytes.startsWith("envelope_id,stored,origin,kiosk_key,reference,"));
            QCOMPARE(bytes.count("\r\n"), 2); // the header and the one case
            QVERIFY(bytes.contains(id));
            QVERIFY(bytes.contains(kNarrative));
            QCOMPARE(bytes.contains(kContactName), id == m_consented);
            QVERIFY(!bytes.contains(kHiddenName) && !bytes.contains(kHiddenEmail));

            QCOMPARE(exportCase(id, QStringLiteral("json"), out("case.json")).exitCode, 0);
            QFile json(out("case.json"));
            QVERIFY(json.open(QIODevice::ReadOnly));
            const QJsonDocument document = QJsonDocument::fromJson(json.readAll());
            QVERIFY(document.isArray());
            QCOMPARE(document.array().size(), 1);
            const QJsonObject row = document.array().at(0).toObject();
            QCOMPARE(row.value(QStringLiteral("envelope_id")).toString(), QString::fromLatin1(id));
            for (const char *member :
                { "stored", "origin", "kiosk_key", "report", "case", "notes", "history" })
                QVERIFY2(row.contains(QLatin1StringView(member)), member);
            const QJsonObject report = row.value(QStringLiteral("report")).toObject();
            QCOMPARE(report.contains(QStringLiteral("contact")), id == m_consented);
            QVERIFY(!json.fileName().isEmpty());
        }
    }

    void everyExportIsInTheCaseLog()
    {
        // consented: pdf, marac, csv, json; hidden: pdf, csv, json.
        QCOMPARE(exportsOf(m_consented), 4);
        QCOMPARE(exportsOf(m_hidden), 3);
        auto store = desk::CaseStore::open(m_desk, kDeskPassphrase);
        QVERIFY(store);
        int exports = 0;
        const auto history = store.value()->history(m_consented);
        QVERIFY(history);
        for (const desk::HistoryEntry &entry : history.value())
            exports += entry.type == desk::EventType::Export;
        QCOMPARE(exports, 4);
    }

    void badInputIsRefusedAndChangesNothing()
    {
        const int before = exportsOf(m_consented);
        const ToolRun format = exportCase(m_consented, QStringLiteral("docx"), out("x.docx"));
        QCOMPARE(format.exitCode, 64);
        QVERIFY(format.err.contains("--format must be"));
        const ToolRun unknown = exportCase(QByteArray(32, 'a'), QStringLiteral("pdf"), out("x.pdf"));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no case"), unknown.err.constData());
        const ToolRun nowhere
            = exportCase(m_consented, QStringLiteral("pdf"), m_dir.filePath(QStringLiteral("missing/x.pdf")));
        QCOMPARE(nowhere.exitCode, 1);
        QCOMPARE(exportsOf(m_consented), before);
        QVERIFY(!QFile::exists(out("x.pdf")));
        // A path with terminal escapes and a bidi override is printed harmlessly.
        const QString odd
            = out("odd") + QChar(0x1b) + QStringLiteral("[31m") + QChar(0x202e) + QStringLiteral(".pdf");
        const ToolRun printed = exportCase(m_consented, QStringLiteral("pdf"), odd);
        QVERIFY2(printed.exitCode == 0, printed.err.constData());
        QVERIFY(!printed.out.contains('\x1b'));
        QVERIFY(!printed.out.contains("\xe2\x80\xae"));
    }

    void responseStandardOnTheCommandLine()
    {
        // Received this hour; counted from a fixed later moment so the figures do not depend on today.
        const ToolRun due = desk(
            { QStringLiteral("due"), QStringLiteral("--now"), QStringLiteral("2099-01-01T00:00:00Z") });
        QVERIFY2(due.exitCode == 0, due.err.constData());
        const QList<QByteArray> lines = due.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        // High risk first; long overdue by 2099.
        QVERIFY(lines.at(0).contains(" high high "));
        for (const QByteArray &line : lines)
            QVERIFY2(line.endsWith("overdue-first-contact") || line.endsWith("overdue-decision"),
                line.constData());
        const ToolRun badNow
            = desk({ QStringLiteral("due"), QStringLiteral("--now"), QStringLiteral("tomorrow") });
        QCOMPARE(badNow.exitCode, 64);

        const ToolRun defaults = desk({ QStringLiteral("standard") });
        QVERIFY2(defaults.exitCode == 0, defaults.err.constData());
        QVERIFY(defaults.out.contains("\"england-and-wales\""));
        QFile bad(out("bad-standard.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"region": "wales"})");
        bad.close();
        const ToolRun refused = desk({ QStringLiteral("standard"), QStringLiteral("--set"), bad.fileName() });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("\"region\""), refused.err.constData());
        QVERIFY(!QFile::exists(QDir(m_desk).filePath(QStringLiteral("response-standard.json"))));
        QFile good(out("standard.json"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(
            R"({"region": "scotland", "targets": {"standard": {"first_contact": 3, "decision": 10}}})");
        good.close();
        const ToolRun set = desk({ QStringLiteral("standard"), QStringLiteral("--set"), good.fileName() });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(set.out.contains("\"scotland\""));
        QVERIFY(desk({ QStringLiteral("standard") }).out.contains("\"first_contact\": 3"));
    }

    void cleanupTestCase() { m_intake.stop(); }
};

QTEST_GUILESS_MAIN(tst_DeskExport)
#include "tst_deskexport.moc"
