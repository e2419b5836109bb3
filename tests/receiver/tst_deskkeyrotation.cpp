// SPDX-License-Identifier: GPL-3.0-or-later
// Rotating the organisation key (docs/desk.md "Rotating the organisation key") with the real tools:
// two harbour-desk-sync desks against the real harbour-intake. A report sealed to the first key;
// the new key bound at the intake and added to desk 1 only: desk 1 still seals its events to the
// first key, so desk 2 reads them. Then desk 2 adds it, desk 1 records key_rotated, both seal new
// events to the new key; a report sealed to the new key opens on both, the old report still opens,
// and nothing is refused or junk anywhere. Refused: a rotation to a key the desk does not hold, a
// new key file with the wrong passphrase, a key id that is not one.
#include "desktestutil.h"
#include "intakeprocess.h"
#include "receivertestutil.h"

#include "core/casestore.h"
#include "crypto/sodium.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using namespace harbour::testsupport;

namespace {

const QByteArray kOrgPassphrase = "organisation passphrase";
const QByteArray kNewOrgPassphrase = "the new organisation passphrase";
const QByteArray kDesk1Passphrase = "desk one passphrase";
const QByteArray kDesk2Passphrase = "desk two passphrase";

} // namespace

class tst_DeskKeyRotation : public QObject
{
    Q_OBJECT

private:
    ToolRun desk(int which, const QStringList &args, const QByteArray &input = {},
        const QByteArray &organisationPassphrase = {})
    {
        const QString data = which == 1 ? m_desk1 : m_desk2;
        return runDesk(QStringList { args.constFirst(), QStringLiteral("--data"), data } + args.mid(1),
            which == 1 ? kDesk1Passphrase : kDesk2Passphrase, input, organisationPassphrase);
    }

    QByteArray post(const protocol::KeyPair &to, const QByteArray &narrative)
    {
        const report::ReportDocument report = makeReport(QStringLiteral("HB-ROTATE"), QStringLiteral("self"),
            QJsonObject { { QStringLiteral("what_happened"), QString::fromLatin1(narrative) } },
            { QStringLiteral("race") }, false);
        auto sealed = protocol::seal(report.toCanonicalJson(), to.publicKey);
        if (!sealed)
            qFatal("cannot seal");
        const HttpReply reply = postEnvelope(m_intake.envelopesUrl(), sealed.value());
        if (reply.status != 201)
            qFatal("the intake did not store an envelope: %d", reply.status);
        return sealed->idHex();
    }

    QMap<QString, QString> status(int which)
    {
        return statusOf(which == 1 ? m_desk1 : m_desk2, which == 1 ? kDesk1Passphrase : kDesk2Passphrase);
    }

    // Syncs a desk and checks that nothing it holds is refused or junk.
    void syncClean(int which)
    {
        const ToolRun run = desk(which, { QStringLiteral("sync") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto figures = status(which);
        QCOMPARE(figures.value(QStringLiteral("junk")), QStringLiteral("0"));
        QCOMPARE(figures.value(QStringLiteral("refused-events")), QStringLiteral("0"));
    }

    QString statusOfCase(int which, const QByteArray &id)
    {
        const ToolRun run = desk(which, { QStringLiteral("queue") });
        for (const QByteArray &line : run.out.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() > 1 && parts.at(0) == id)
                return QString::fromLatin1(parts.at(1));
        }
        return {};
    }

    QTemporaryDir m_dir;
    QString m_store, m_desk1, m_desk2;
    IntakeProcess m_intake;
    DeskOrganisation m_first, m_second;
    QByteArray m_oldReport;

private Q_SLOTS:
    void initTestCase()
    {
        crypto::ensureInitialised();
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("intake"))));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("new-key"))));
        m_store = m_dir.filePath(QStringLiteral("intake/intake.db"));
        m_desk1 = m_dir.filePath(QStringLiteral("desk1"));
        m_desk2 = m_dir.filePath(QStringLiteral("desk2"));
        m_first = makeDeskOrganisation(m_dir.path(), QStringLiteral("Police hub"), kOrgPassphrase);
        m_second = makeDeskOrganisation(
            m_dir.filePath(QStringLiteral("new-key")), QStringLiteral("Police hub"), kNewOrgPassphrase);
        QVERIFY(bindOrganisation(m_store, m_first));
        QVERIFY(m_intake.start(m_store, { m_first.publicKeyFile }));
        QVERIFY(!initDesk(m_store, m_first, kOrgPassphrase, m_desk1, m_intake.baseUrl(), kDesk1Passphrase,
            QStringLiteral("Hub desk 1"), true)
                     .isEmpty());
        QVERIFY(!initDesk(m_store, m_first, kOrgPassphrase, m_desk2, m_intake.baseUrl(), kDesk2Passphrase,
            QStringLiteral("Hub desk 2"), true)
                     .isEmpty());
        m_oldReport = post(m_first.key, "before the rotation");
        syncClean(1);
        syncClean(2);
        QCOMPARE(status(1).value(QStringLiteral("current-key")),
            QString::fromLatin1(protocol::recipientKeyId(m_first.key.publicKey)));
    }

    void badInputIsRefused()
    {
        const QString newId = QString::fromLatin1(protocol::recipientKeyId(m_second.key.publicKey));
        // The key is not on this desk yet.
        ToolRun run = desk(1, { QStringLiteral("rotate-key"), QStringLiteral("--key-id"), newId });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QByteArray("this desk does not hold the key ").append(newId.toLatin1())),
            run.err.constData());
        // Not a key id.
        run = desk(
            1, { QStringLiteral("rotate-key"), QStringLiteral("--key-id"), QStringLiteral("nonsense") });
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains("32 lower-case hex characters"), run.err.constData());
        // The new key file with the wrong passphrase: nothing added.
        run = desk(1,
            { QStringLiteral("add-organisation-key"), QStringLiteral("--organisation-key"),
                m_second.keyFile },
            {}, "not the passphrase");
        QVERIFY2(run.exitCode != 0, run.out.constData());
        QCOMPARE(status(1).value(QStringLiteral("organisation-keys")), QStringLiteral("1"));
        // No such file.
        run = desk(1,
            { QStringLiteral("add-organisation-key"), QStringLiteral("--organisation-key"),
                m_dir.filePath(QStringLiteral("missing.key")) },
            {}, kNewOrgPassphrase);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot read the key file"), run.err.constData());
    }

    void rotate()
    {
        const QString oldId = QString::fromLatin1(protocol::recipientKeyId(m_first.key.publicKey));
        const QString newId = QString::fromLatin1(protocol::recipientKeyId(m_second.key.publicKey));
        // Step 1: the intake takes reports to the new key for the same organisation.
        QVERIFY(bindOrganisation(m_store, m_second));
        m_intake.stop();
        QVERIFY(m_intake.start(m_store, { m_first.publicKeyFile, m_second.publicKeyFile }, m_intake.port()));

        // Step 2 on desk 1 only: it opens with both keys but still seals to the first.
        ToolRun run = desk(1,
            { QStringLiteral("add-organisation-key"), QStringLiteral("--organisation-key"),
                m_second.keyFile },
            {}, kNewOrgPassphrase);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(QByteArray("key-id: ").append(newId.toLatin1())), run.out.constData());
        QVERIFY2(run.out.contains(QByteArray("current-key: ").append(oldId.toLatin1())), run.out.constData());
        run = desk(
            1, { QStringLiteral("acknowledge"), QStringLiteral("--case"), QString::fromLatin1(m_oldReport) });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        syncClean(2); // desk 2 holds only the first key and reads desk 1's event
        QCOMPARE(statusOfCase(2, m_oldReport), QStringLiteral("acknowledged"));

        // Step 2 on desk 2, then step 3 on desk 1.
        run = desk(2,
            { QStringLiteral("add-organisation-key"), QStringLiteral("--organisation-key"),
                m_second.keyFile },
            {}, kNewOrgPassphrase);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = desk(1, { QStringLiteral("rotate-key"), QStringLiteral("--key-id"), newId });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(QByteArray("current-key: ").append(newId.toLatin1())), run.out.constData());
        syncClean(2);
        QCOMPARE(status(2).value(QStringLiteral("current-key")), newId);
        QCOMPARE(status(2).value(QStringLiteral("organisation-keys")), QStringLiteral("2"));

        // Step 4: the directory lists the new key; reports come sealed to it. Both desks open it and
        // the old one; desk 2's events (now sealed to the new key) reach desk 1.
        const QByteArray newReport = post(m_second.key, "after the rotation");
        syncClean(1);
        syncClean(2);
        QCOMPARE(statusOfCase(1, newReport), QStringLiteral("new"));
        QCOMPARE(statusOfCase(2, newReport), QStringLiteral("new"));
        run = desk(2,
            { QStringLiteral("set-status"), QStringLiteral("--case"), QString::fromLatin1(newReport),
                QStringLiteral("--status"), QStringLiteral("in_progress") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        syncClean(1);
        QCOMPARE(statusOfCase(1, newReport), QStringLiteral("in_progress"));
        QCOMPARE(statusOfCase(1, m_oldReport), QStringLiteral("acknowledged"));
        QCOMPARE(status(1).value(QStringLiteral("state")), status(2).value(QStringLiteral("state")));

        // The new key's events cannot be read with the first key alone: the store really seals to it.
        auto store = desk::CaseStore::open(m_desk2, kDesk2Passphrase);
        QVERIFY(store);
        QCOMPARE(
            protocol::recipientKeyId(store.value()->currentOrganisationKey().publicKey), newId.toLatin1());
    }

    void cleanupTestCase() { m_intake.stop(); }
};

QTEST_GUILESS_MAIN(tst_DeskKeyRotation)
#include "tst_deskkeyrotation.moc"
