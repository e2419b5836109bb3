// SPDX-License-Identifier: GPL-3.0-or-later
// Two desks of one organisation, each a separate harbour-desk-sync process with its own desk key
// and SQLCipher store, against the real harbour-intake with desks registered by the real
// harbour-intake-admin: reports sealed to the organisation appear on both (another organisation's
// never do, junk is kept apart), in queue order; a status change, an owner, a note and a next
// action made on one appear on the other, and both derive the same case state; contact details
// only where the report's routing allows them; a deleted case leaves nothing of its report or
// notes; canary strings from a report and a note appear in no byte of the intake's folder, its
// log or any desk output; a wrong passphrase and a revoked desk are refused with clear reasons.
// One report arrives in envelope version 1, the others in version 2: both open on every desk.
#include "desktestutil.h"
#include "intakeprocess.h"
#include "receivertestutil.h"

#include "core/caseactions.h"
#include "core/casestore.h"
#include "crypto/sodium.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using namespace harbour::testsupport;

namespace {

const QByteArray kOrgPassphrase = "organisation passphrase";
const QByteArray kDesk1Passphrase = "desk one passphrase";
const QByteArray kDesk2Passphrase = "desk two passphrase";

// Unique per run, so a hit can only come from this run's report or note.
QByteArray canary(const char *what)
{
    return QByteArray("CANARY-") + what + '-' + crypto::toHex(crypto::randomBytes(8));
}

} // namespace

class tst_DeskSync : public QObject
{
    Q_OBJECT

private:
    ToolRun desk(int which, const QStringList &args, const QByteArray &input = {})
    {
        const QString data = which == 1 ? m_desk1 : m_desk2;
        ToolRun run = runDesk(QStringList { args.constFirst(), QStringLiteral("--data"), data } + args.mid(1),
            which == 1 ? kDesk1Passphrase : kDesk2Passphrase, input);
        m_outputs += run.out + run.err;
        return run;
    }

    QByteArray post(const DeskOrganisation &to, const report::ReportDocument &report,
        int version = protocol::kEnvelopeVersion)
    {
        auto sealed = protocol::seal(report.toCanonicalJson(), to.key.publicKey, {}, version);
        if (!sealed)
            qFatal("cannot seal");
        const HttpReply reply = postEnvelope(m_intake.envelopesUrl(), sealed.value());
        if (reply.status != 201)
            qFatal("the intake did not store an envelope: %d", reply.status);
        return sealed->idHex();
    }

    static report::ReportDocument reportWith(const QByteArray &narrative)
    {
        return makeReport(QStringLiteral("HB-DESK-TEST"), QStringLiteral("self"),
            QJsonObject { { QStringLiteral("what_happened"), QString::fromLatin1(narrative) } },
            { QStringLiteral("race") }, false);
    }

    static report::ReportRouting routing(const QString &contact, const QString &request)
    {
        report::ReportRouting r;
        r.choice = QStringLiteral("police");
        r.request = request;
        r.recipient = QStringLiteral("hub");
        r.recipientKind = QStringLiteral("police");
        r.sentTo = { QStringLiteral("hub") };
        r.contact = contact;
        r.multiAgencyConsent = QStringLiteral("not_asked");
        return r;
    }

    QStringList queueOf(int which)
    {
        QStringList ids;
        const ToolRun run = desk(which, { QStringLiteral("queue") });
        for (const QByteArray &line : run.out.split('\n')) {
            if (!line.isEmpty())
                ids << QString::fromLatin1(line);
        }
        return ids;
    }

    // Opens desk 2's store in this process (no desk process runs meanwhile) to read what the command
    // line never prints: notes and reports.
    std::unique_ptr<desk::CaseStore> openDesk2()
    {
        auto opened = desk::CaseStore::open(m_desk2, kDesk2Passphrase);
        if (!opened)
            qFatal("cannot open desk 2: %s", qPrintable(opened.error()));
        return std::move(opened.value());
    }

    QTemporaryDir m_dir;
    QString m_intakeDir, m_store, m_desk1, m_desk2;
    IntakeProcess m_intake;
    DeskOrganisation m_hub, m_other;
    QByteArray m_desk2KeyId;
    QByteArray m_reportCanary = canary("REPORT"), m_contactCanary = canary("CONTACT"),
               m_noteCanary = canary("NOTE");
    QByteArray m_plain, m_urgent, m_high, m_hiddenContact, m_recordOnly;
    QByteArray m_outputs; // everything every desk process printed

private Q_SLOTS:
    void initTestCase()
    {
        crypto::ensureInitialised();
        QVERIFY(m_dir.isValid());
        m_intakeDir = m_dir.filePath(QStringLiteral("intake"));
        QVERIFY(QDir().mkpath(m_intakeDir));
        m_store = QDir(m_intakeDir).filePath(QStringLiteral("intake.db"));
        m_desk1 = m_dir.filePath(QStringLiteral("desk1"));
        m_desk2 = m_dir.filePath(QStringLiteral("desk2"));
        m_hub = makeDeskOrganisation(m_dir.path(), QStringLiteral("Police hub"), kOrgPassphrase);
        m_other = makeDeskOrganisation(m_dir.path(), QStringLiteral("Other centre"), kOrgPassphrase);
        QVERIFY(bindOrganisation(m_store, m_hub));
        QVERIFY(bindOrganisation(m_store, m_other));
        QVERIFY(m_intake.start(m_store, { m_hub.publicKeyFile, m_other.publicKeyFile }));
        // Desk 1 with the default Argon2id limits (MODERATE), desk 2 with the interactive ones.
        QVERIFY(!initDesk(m_store, m_hub, kOrgPassphrase, m_desk1, m_intake.baseUrl(), kDesk1Passphrase,
            QStringLiteral("Hub desk 1"), false)
                     .isEmpty());
        m_desk2KeyId = initDesk(m_store, m_hub, kOrgPassphrase, m_desk2, m_intake.baseUrl(), kDesk2Passphrase,
            QStringLiteral("Hub desk 2"), true);
        QVERIFY(!m_desk2KeyId.isEmpty());

        m_plain = post(m_hub, reportWith(m_reportCanary));
        report::ReportDocument urgent = reportWith("urgent");
        urgent.flags.urgent = true;
        urgent.routing = routing(QStringLiteral("direct"), QStringLiteral("action"));
        urgent.contact
            = report::ReportContact { { QStringLiteral("phone") }, QString::fromLatin1(m_contactCanary),
                  QStringLiteral("07700900123"), {}, {}, QStringLiteral("yes") };
        m_urgent = post(m_hub, urgent);
        report::ReportDocument high = reportWith("high");
        high.flags.triage = QStringLiteral("high");
        // In envelope version 1 (what an intake listing only 1 gets): desks read versions 1 and 2.
        m_high = post(m_hub, high, 1);
        // Contact details in a copy whose routing says anonymous: the desk must not show them.
        report::ReportDocument hidden = reportWith("hidden contact");
        hidden.routing = routing(QStringLiteral("anonymous"), QStringLiteral("action"));
        hidden.contact = report::ReportContact { { QStringLiteral("email") }, QStringLiteral("Hidden"), {},
            QStringLiteral("hidden@example.org"), {}, {} };
        m_hiddenContact = post(m_hub, hidden);
        report::ReportDocument recordOnly = reportWith("record only");
        recordOnly.routing = routing(QStringLiteral("anonymous"), QStringLiteral("record_only"));
        m_recordOnly = post(m_hub, recordOnly);
        post(m_other, reportWith("for the other organisation"));
        // Junk: addressed to the hub's key, the right length, but sealed by nobody.
        protocol::Envelope junk { protocol::kEnvelopeVersion, crypto::randomBytes(16),
            protocol::recipientKeyId(m_hub.key.publicKey),
            crypto::randomBytes(165 + 1024) }; // a version 2 length
        QCOMPARE(postEnvelope(m_intake.envelopesUrl(), junk).status, 201);
    }

    void bothDesksSeeTheOrganisationsReports()
    {
        for (int which : { 1, 2 }) {
            const ToolRun synced = desk(which, { QStringLiteral("sync") });
            QVERIFY2(synced.exitCode == 0, synced.err.constData());
            QVERIFY2(synced.out.contains("envelopes +5 (junk +1)"), synced.out.constData());
        }
        const auto one = statusOf(m_desk1, kDesk1Passphrase);
        const auto two = statusOf(m_desk2, kDesk2Passphrase);
        QCOMPARE(one.value(QStringLiteral("envelopes")), QStringLiteral("5"));
        QCOMPARE(one.value(QStringLiteral("junk")), QStringLiteral("1"));
        QCOMPARE(one.value(QStringLiteral("queue")), QStringLiteral("5"));
        QCOMPARE(two.value(QStringLiteral("envelopes")), QStringLiteral("5"));
        QCOMPARE(one.value(QStringLiteral("state")), two.value(QStringLiteral("state")));
        // A second sync finds nothing new.
        const ToolRun again = desk(1, { QStringLiteral("sync") });
        QVERIFY2(again.out.contains("envelopes +0 (junk +0), events +0"), again.out.constData());
        const ToolRun refused = desk(1, { QStringLiteral("refused") });
        QVERIFY2(refused.out.contains("does not open"), refused.out.constData());
    }

    void queueHasHighRiskFirst()
    {
        const QStringList queue = queueOf(1);
        QCOMPARE(queue.size(), 5);
        QVERIFY(queue.at(0).startsWith(QString::fromLatin1(m_urgent)));
        QVERIFY(queue.at(0).endsWith(QStringLiteral("new high -")));
        QVERIFY(queue.at(1).startsWith(QString::fromLatin1(m_high)));
        QVERIFY(queue.at(2).startsWith(QString::fromLatin1(m_plain)));
        QVERIFY(queue.at(2).endsWith(QStringLiteral("new standard -")));
    }

    void changesOnOneDeskAppearOnTheOther()
    {
        const QString plain = QString::fromLatin1(m_plain);
        QCOMPARE(desk(1, { QStringLiteral("acknowledge"), QStringLiteral("--case"), plain }).exitCode, 0);
        QCOMPARE(desk(1,
                     { QStringLiteral("set-status"), QStringLiteral("--case"), plain,
                         QStringLiteral("--status"), QStringLiteral("in_progress") })
                     .exitCode,
            0);
        QCOMPARE(desk(1,
                     { QStringLiteral("owner"), QStringLiteral("--case"), plain, QStringLiteral("--owner"),
                         QStringLiteral("Caseworker A") })
                     .exitCode,
            0);
        const ToolRun noted = desk(1, { QStringLiteral("note"), QStringLiteral("--case"), plain },
            "Called back. " + m_noteCanary + '\n');
        QVERIFY2(noted.exitCode == 0, noted.err.constData());
        // A next action due soon puts a standard case before those without one.
        const ToolRun next = desk(1,
            { QStringLiteral("next-action"), QStringLiteral("--case"), QString::fromLatin1(m_recordOnly),
                QStringLiteral("--due"), QStringLiteral("2030-01-02") },
            "Refer to support");
        QVERIFY2(next.exitCode == 0, next.err.constData());

        const ToolRun synced = desk(2, { QStringLiteral("sync") });
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QVERIFY2(synced.out.contains("events +5 (refused +0)"), synced.out.constData());
        const QStringList queue = queueOf(2);
        QCOMPARE(queue.size(), 5);
        QVERIFY(queue.at(2).startsWith(QString::fromLatin1(m_recordOnly)));
        QVERIFY(queue.at(2).endsWith(QStringLiteral("2030-01-02")));
        QVERIFY(queue.at(3).startsWith(plain + QStringLiteral(" in_progress")));
        QCOMPARE(statusOf(m_desk1, kDesk1Passphrase).value(QStringLiteral("state")),
            statusOf(m_desk2, kDesk2Passphrase).value(QStringLiteral("state")));

        auto store = openDesk2();
        const auto state = store->caseState(m_plain);
        QVERIFY(state && state->has_value());
        QCOMPARE(state->value().status, desk::CaseStatus::InProgress);
        QCOMPARE(state->value().owner, QStringLiteral("Caseworker A"));
        QVERIFY(state->value().acknowledgedAt.isValid());
        QCOMPARE(state->value().notes, 1);
        const auto notes = store->notes(m_plain);
        QVERIFY(notes);
        QCOMPARE(notes->size(), 1);
        QCOMPARE(notes->at(0).text, QStringLiteral("Called back. ") + QString::fromLatin1(m_noteCanary));
        QVERIFY(notes->at(0).desk != store->deskKeyId()); // written on desk 1
        const auto recordOnly = store->caseState(m_recordOnly);
        QVERIFY(recordOnly->value().recordOnly); // as the reporter asked
        QCOMPARE(recordOnly->value().nextAction, QStringLiteral("Refer to support"));
        // The state kept page by page is the one derived again from the whole log.
        const QByteArray before = store->stateDigest().value();
        QVERIFY(store->rebuildCases());
        QCOMPARE(store->stateDigest().value(), before);
    }

    void contactOnlyWhereTheReporterAllowedIt()
    {
        auto store = openDesk2();
        const auto urgent = desk::caseDetails(*store, m_urgent);
        QVERIFY2(urgent, qPrintable(urgent.error()));
        QVERIFY(urgent->contactShown);
        QCOMPARE(urgent->report->contact->name, QString::fromLatin1(m_contactCanary));
        QVERIFY(urgent->report->flags.urgent.value_or(false));
        const auto hidden = desk::caseDetails(*store, m_hiddenContact);
        QVERIFY(hidden);
        QVERIFY(!hidden->contactShown);
        QVERIFY(!hidden->report->contact.has_value());
        QVERIFY(hidden->problems.join(QLatin1Char(' ')).contains(QStringLiteral("held back")));
        const auto plain = desk::caseDetails(*store, m_plain);
        QCOMPARE(plain->report->answers.value(QStringLiteral("what_happened")).toString(),
            QString::fromLatin1(m_reportCanary));
        QCOMPARE(plain->history.size(), 4);
    }

    void closingAndDeletingOnDeskTwo()
    {
        const ToolRun closed = desk(2,
            { QStringLiteral("set-status"), QStringLiteral("--case"), QString::fromLatin1(m_high),
                QStringLiteral("--status"), QStringLiteral("closed") },
            "Referred to the force");
        QVERIFY2(closed.exitCode == 0, closed.err.constData());
        // Closing needs a reason.
        const ToolRun noReason = desk(2,
            { QStringLiteral("set-status"), QStringLiteral("--case"), QString::fromLatin1(m_urgent),
                QStringLiteral("--status"), QStringLiteral("closed") });
        QCOMPARE(noReason.exitCode, 1);
        QVERIFY2(noReason.err.contains("\"reason\" must not be empty"), noReason.err.constData());
        const ToolRun deleted
            = desk(2, { QStringLiteral("delete"), QStringLiteral("--case"), QString::fromLatin1(m_plain) },
                "Retention");
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        // Nothing more on a deleted case.
        const ToolRun late = desk(2,
            { QStringLiteral("note"), QStringLiteral("--case"), QString::fromLatin1(m_plain) }, "too late");
        QCOMPARE(late.exitCode, 1);
        QVERIFY2(late.err.contains("deleted"), late.err.constData());

        QCOMPARE(desk(1, { QStringLiteral("sync") }).exitCode, 0);
        const QStringList queue = queueOf(1);
        QCOMPARE(queue.size(), 3); // closed and deleted cases leave the queue
        QVERIFY(!queue.join(QLatin1Char(' ')).contains(QString::fromLatin1(m_plain)));
        QCOMPARE(statusOf(m_desk1, kDesk1Passphrase).value(QStringLiteral("state")),
            statusOf(m_desk2, kDesk2Passphrase).value(QStringLiteral("state")));
        auto store = openDesk2();
        QVERIFY(store->reportJson(m_plain).value().isEmpty());
        QVERIFY(store->notes(m_plain).value().isEmpty());
        QVERIFY(store->caseState(m_plain).value()->deleted);
        QCOMPARE(store->caseState(m_high).value()->closedReason, QStringLiteral("Referred to the force"));
        const QByteArray before = store->stateDigest().value();
        QVERIFY(store->rebuildCases());
        QCOMPARE(store->stateDigest().value(), before);
        QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
    }

    void noCanaryInTheIntakeOrAnyOutput()
    {
        // While it runs (its write-ahead log holds the latest pages), then stopped (all in the store,
        // the log complete).
        int files = 0;
        qint64 bytes = 0;
        for (int round = 0; round < 2; ++round) {
            if (round == 1)
                m_intake.stop();
            QDirIterator it(m_intakeDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray content = file.readAll();
                ++files;
                bytes += content.size();
                for (const QByteArray &c : { m_reportCanary, m_contactCanary, m_noteCanary })
                    QVERIFY2(!content.contains(c), qPrintable(file.fileName()));
            }
        }
        QVERIFY(files >= 2 && bytes > 0);
        for (const QByteArray &c : { m_reportCanary, m_contactCanary, m_noteCanary }) {
            QVERIFY(!m_intake.output().contains(c));
            QVERIFY(!m_outputs.contains(c));
        }
        // The desks' own folders: the encrypted store and the key file, nothing else in plaintext.
        for (const QString &data : { m_desk1, m_desk2 }) {
            QDirIterator desk(data, QDir::Files | QDir::Hidden);
            while (desk.hasNext()) {
                QFile file(desk.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray content = file.readAll();
                for (const QByteArray &c : { m_reportCanary, m_contactCanary, m_noteCanary })
                    QVERIFY2(!content.contains(c), qPrintable(file.fileName()));
                QVERIFY2(file.fileName().contains(QStringLiteral("desk.")), qPrintable(file.fileName()));
            }
        }
        qInfo("desk canary: 3 canaries, %d intake files read (%lld bytes, running and stopped), 2 desk "
              "folders, every desk output: 0 hits",
            files, bytes);
        QVERIFY(m_intake.start(m_store, { m_hub.publicKeyFile, m_other.publicKeyFile }, m_intake.port()));
    }

    void wrongPassphraseAndRevokedDeskAreRefused()
    {
        const ToolRun wrong
            = runDesk({ QStringLiteral("status"), QStringLiteral("--data"), m_desk1 }, "not the passphrase");
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("wrong passphrase"), wrong.err.constData());
        QVERIFY(!wrong.err.contains("not the passphrase"));
        const ToolRun revoked = runAdmin(m_store,
            { QStringLiteral("revoke-desk"), QStringLiteral("--desk"), QString::fromLatin1(m_desk2KeyId) });
        QCOMPARE(revoked.exitCode, 0);
        const ToolRun refused = desk(2, { QStringLiteral("sync") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("revoked"), refused.err.constData());
        // Nothing it held is lost.
        QCOMPARE(statusOf(m_desk2, kDesk2Passphrase).value(QStringLiteral("envelopes")), QStringLiteral("5"));
    }
};

QTEST_GUILESS_MAIN(tst_DeskSync)
#include "tst_desksync.moc"
