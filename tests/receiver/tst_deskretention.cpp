// SPDX-License-Identifier: GPL-3.0-or-later
// Retention and deletion (docs/desk.md "Retention", docs/protocol.md §18.5 and §18.6) with
// harbour-desk-sync processes against the real intake: a closed case listed before it goes, then
// deleted by `retention --apply` on every desk and at the intake; afterwards canary strings typed
// into the report and a note are in no row of the desk's decrypted store, no byte of any file of
// the desk's or the intake's folder, and the deleted envelope's and events' sealed bytes are in no
// byte of the intake's files (while a kept envelope's are: the search finds what is there). A desk
// that was behind applies the deletion through the erased events without a refusal. The delete
// request refused unsigned and replayed; another organisation's envelope answered as absent and
// left alone; another organisation's event refused with nothing deleted. Envelopes removed once
// every desk has fetched them, and a new one still reaches the desks (its seq is never reused).
#include "desktestutil.h"
#include "intakeprocess.h"
#include "receivertestutil.h"

#include "core/casestore.h"
#include "core/storekey.h"
#include "crypto/sodium.h"
#include "intake/deskstore.h"
#include "intake/intakestore.h"
#include "protocol/desksignature.h"
#include "store/database.h"
#include "store/keyfile.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace harbour;
using namespace harbour::testsupport;

namespace {

const QByteArray kOrgPassphrase = "organisation passphrase";
const QByteArray kDesk1Passphrase = "retention desk one";
const QByteArray kDesk2Passphrase = "retention desk two";
// Fixed canaries: test data only.
const QByteArray kReportCanary = "RETENTION-CANARY-REPORT-3b9e1f";
const QByteArray kNoteCanary = "RETENTION-CANARY-NOTE-a7c204";
const QByteArray kKeptCanary = "RETENTION-KEPT-REPORT-55d0";

// Slices of `bytes` to look for: 48 bytes from the start, the middle and the end.
QList<QByteArray> slicesOf(const QByteArray &bytes)
{
    return { bytes.left(48), bytes.mid(bytes.size() / 2, 48), bytes.right(48) };
}

struct Scan
{
    int files = 0;
    qint64 bytes = 0;
    QStringList hits; // "file: what"
};

Scan scanFolder(const QString &folder, const QList<QPair<QString, QByteArray>> &needles)
{
    Scan scan;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        ++scan.files;
        scan.bytes += content.size();
        for (const auto &needle : needles) {
            if (content.contains(needle.second))
                scan.hits << QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), needle.first);
        }
    }
    return scan;
}

} // namespace

class tst_DeskRetention : public QObject
{
    Q_OBJECT

private:
    ToolRun desk(int which, const QStringList &args, const QByteArray &input = {})
    {
        return runDesk(
            QStringList { args.constFirst(), QStringLiteral("--data"), which == 1 ? m_desk1 : m_desk2 }
                + args.mid(1),
            which == 1 ? kDesk1Passphrase : kDesk2Passphrase, input);
    }

    protocol::Envelope post(const DeskOrganisation &to, const QByteArray &narrative)
    {
        const report::ReportDocument report
            = makeReport(QStringLiteral("HB-RETENTION"), QStringLiteral("self"),
                QJsonObject { { QStringLiteral("what_happened"), QString::fromLatin1(narrative) } },
                { QStringLiteral("race") }, false);
        auto sealed = protocol::seal(report.toCanonicalJson(), to.key.publicKey);
        if (!sealed || postEnvelope(m_intake.envelopesUrl(), sealed.value()).status != 201)
            qFatal("the intake did not store an envelope");
        return sealed.value();
    }

    // A desk request signed by `secretKey` as a desk makes it; `headers` replaced when given.
    HttpReply signedCall(
        const QByteArray &secretKey, const QByteArray &path, const QByteArray &body, Headers *sent = nullptr)
    {
        const protocol::desk::SignedHeaders s
            = protocol::desk::signRequest("POST", path, body, secretKey, QDateTime::currentSecsSinceEpoch());
        Headers headers { { "Content-Type", "application/json" },
            { protocol::desk::kSignatureInputHeader, s.signatureInput },
            { protocol::desk::kSignatureHeader, s.signature },
            { protocol::desk::kContentDigestHeader, s.contentDigest } };
        if (sent)
            *sent = headers;
        return rawCall(path, body, headers);
    }

    HttpReply rawCall(const QByteArray &path, const QByteArray &body, const Headers &headers)
    {
        QUrl url = m_intake.baseUrl();
        url.setPath(QString::fromLatin1(path));
        return httpRequest("POST", url, body, headers);
    }

    static QByteArray deleteBody(
        const QByteArray &envelopeIdHex, const QList<QPair<QByteArray, QByteArray>> &events)
    {
        QJsonArray named;
        for (const auto &event : events)
            named.append(
                QJsonObject { { QStringLiteral("hash"), QString::fromLatin1(crypto::toHex(event.second)) },
                    { QStringLiteral("id"), QString::fromLatin1(event.first) } });
        return QJsonDocument(QJsonObject { { QStringLiteral("events"), named },
                                 { QStringLiteral("id"), QString::fromLatin1(envelopeIdHex) } })
            .toJson(QJsonDocument::Compact);
    }

    std::unique_ptr<receiver::IntakeStore> intakeStore()
    {
        auto opened = receiver::IntakeStore::open(m_store, receiver::IntakeStore::OpenMode::ExistingOnly);
        if (!opened)
            qFatal("cannot open the intake store: %s", qPrintable(opened.error()));
        return std::move(opened.value());
    }

    QTemporaryDir m_dir;
    QString m_intakeDir, m_store, m_desk1, m_desk2;
    IntakeProcess m_intake;
    DeskOrganisation m_hub, m_other;
    protocol::Envelope m_deleted, m_kept, m_others;
    QList<QByteArray> m_deletedEvents; // the sealed bytes of the deleted case's events at the intake
    QByteArray m_keptEvent; // the deletion's own sealed bytes, kept at the intake
    protocol::KeyPair m_hubKey, m_otherKey; // desk keys for raw requests
    QDateTime m_closed;

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
        QVERIFY(!initDesk(m_store, m_hub, kOrgPassphrase, m_desk1, m_intake.baseUrl(), kDesk1Passphrase,
            QStringLiteral("Hub desk 1"), true)
                     .isEmpty());
        // Desk 2 is set up now and does not sync until after the deletion: a desk that was behind.
        QVERIFY(!initDesk(m_store, m_hub, kOrgPassphrase, m_desk2, m_intake.baseUrl(), kDesk2Passphrase,
            QStringLiteral("Hub desk 2"), true)
                     .isEmpty());
        m_hubKey = protocol::generateSigningKeyPair();
        QVERIFY(!registerDesk(m_store, m_hub, QStringLiteral("Hub script"), m_hubKey.publicKey).isEmpty());
        m_otherKey = protocol::generateSigningKeyPair();
        QVERIFY(
            !registerDesk(m_store, m_other, QStringLiteral("Other script"), m_otherKey.publicKey).isEmpty());

        m_deleted = post(m_hub, kReportCanary);
        m_kept = post(m_hub, kKeptCanary);
        m_others = post(m_other, "for the other centre");
        const ToolRun synced = desk(1, { QStringLiteral("sync") });
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QVERIFY2(synced.out.contains("envelopes +2"), synced.out.constData());
        const QString id = QString::fromLatin1(m_deleted.idHex());
        QCOMPARE(
            desk(1, { QStringLiteral("note"), QStringLiteral("--case"), id }, "Spoke to them. " + kNoteCanary)
                .exitCode,
            0);
        QCOMPARE(desk(1,
                     { QStringLiteral("set-status"), QStringLiteral("--case"), id, QStringLiteral("--status"),
                         QStringLiteral("closed") },
                     "No further action")
                     .exitCode,
            0);
        m_closed = QDateTime::currentDateTimeUtc();
        // Every event of the hub at the intake now belongs to the case to be deleted.
        auto intake = intakeStore();
        receiver::DeskStore desks(intake->database());
        bool more = false;
        const auto events = desks.eventsFor(m_hub.name, 0, 100, &more);
        QVERIFY(events);
        QCOMPARE(int(events->size()), 2);
        for (const auto &event : events.value())
            m_deletedEvents << event.sealed;
    }

    void retentionListsBeforeItDeletes()
    {
        const ToolRun none = desk(1, { QStringLiteral("retention") });
        QVERIFY2(none.exitCode == 0, none.err.constData());
        QVERIFY(none.out.contains("no retention period is set"));

        QFile bad(m_dir.filePath(QStringLiteral("bad-retention.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"delete_closed_after_days": -1})");
        bad.close();
        const ToolRun refused
            = desk(1, { QStringLiteral("retention"), QStringLiteral("--set"), bad.fileName() });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("delete_closed_after_days"), refused.err.constData());
        QVERIFY(!QFile::exists(QDir(m_desk1).filePath(QStringLiteral("retention.json"))));

        QFile policy(m_dir.filePath(QStringLiteral("retention.json")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write(R"({"delete_closed_after_days": 30, "warn_days": 7})");
        policy.close();
        const QString soon = m_closed.addDays(25).toString(Qt::ISODate);
        const ToolRun listed = desk(1,
            { QStringLiteral("retention"), QStringLiteral("--set"), policy.fileName(),
                QStringLiteral("--now"), soon });
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(listed.out.contains(QByteArray(m_deleted.idHex() + ' '))
                && listed.out.trimmed().endsWith(" soon"),
            listed.out.constData());
        const ToolRun later = desk(
            1, { QStringLiteral("retention"), QStringLiteral("--now"), m_closed.toString(Qt::ISODate) });
        QVERIFY(later.out.trimmed().endsWith(" later"));
        const QString due = m_closed.addDays(31).toString(Qt::ISODate);
        QVERIFY(desk(1, { QStringLiteral("retention"), QStringLiteral("--now"), due })
                    .out.trimmed()
                    .endsWith(" due"));
        // The kept case is open: never listed.
        QVERIFY(!listed.out.contains(m_kept.idHex()));
    }

    void retentionDeletesOnTheDeskAndAtTheIntake()
    {
        const ToolRun applied = desk(1,
            { QStringLiteral("retention"), QStringLiteral("--apply"), QStringLiteral("--now"),
                m_closed.addDays(31).toString(Qt::ISODate) });
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        QVERIFY2(applied.out.contains(QByteArray("deleted " + m_deleted.idHex())), applied.out.constData());
        QVERIFY(!applied.out.contains(m_kept.idHex()));

        auto intake = intakeStore();
        QVERIFY(!intake->find(m_deleted.id).value().has_value());
        QVERIFY(intake->find(m_kept.id).value().has_value());
        QVERIFY(intake->find(m_others.id).value().has_value());
        receiver::DeskStore desks(intake->database());
        bool more = false;
        const auto events = desks.eventsFor(m_hub.name, 0, 100, &more);
        QVERIFY(events);
        int erased = 0, sealed = 0;
        for (const auto &event : events.value()) {
            (event.erasedHash.isEmpty() ? sealed : erased)++;
            if (event.erasedHash.isEmpty())
                m_keptEvent = event.sealed;
        }
        QCOMPARE(erased, 2); // the note and the closing
        QCOMPARE(sealed, 1); // the deletion itself stays, so every desk learns of it

        auto store = desk::CaseStore::open(m_desk1, kDesk1Passphrase);
        QVERIFY(store);
        QVERIFY(store.value()->caseState(m_deleted.idHex()).value()->deleted);
        QVERIFY(store.value()->reportJson(m_deleted.idHex()).value().isEmpty());
        QVERIFY(store.value()->notes(m_deleted.idHex()).value().isEmpty());
        QVERIFY(store.value()->casesToPurge().value().isEmpty()); // the intake confirmed
        QCOMPARE(store.value()->integrityCheck(), QStringLiteral("ok"));
    }

    void aDeskThatWasBehindAppliesTheDeletion()
    {
        const ToolRun synced = desk(2, { QStringLiteral("sync") });
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QVERIFY2(
            synced.out.contains("envelopes +1 (junk +0), events +3 (refused +0)"), synced.out.constData());
        auto store = desk::CaseStore::open(m_desk2, kDesk2Passphrase);
        QVERIFY(store);
        const auto state = store.value()->caseState(m_deleted.idHex());
        QVERIFY(state && state->has_value() && state->value().deleted);
        QVERIFY(store.value()->reportJson(m_deleted.idHex()).value().isEmpty());
        QVERIFY(store.value()->refusedEvents().value().isEmpty());
        store.value().reset();
        // Later events chain on through the erased ones, on both desks.
        QCOMPARE(desk(1,
                     { QStringLiteral("acknowledge"), QStringLiteral("--case"),
                         QString::fromLatin1(m_kept.idHex()) })
                     .exitCode,
            0);
        const ToolRun again = desk(2, { QStringLiteral("sync") });
        QVERIFY2(again.out.contains("events +1 (refused +0)"), again.out.constData());
        QCOMPARE(statusOf(m_desk1, kDesk1Passphrase).value(QStringLiteral("state")),
            statusOf(m_desk2, kDesk2Passphrase).value(QStringLiteral("state")));
    }

    void noCanaryLeft()
    {
        const QByteArray ciphertext = m_deleted.seal;
        QList<QPair<QString, QByteArray>> gone { { QStringLiteral("report canary"), kReportCanary },
            { QStringLiteral("note canary"), kNoteCanary }, { QStringLiteral("envelope id"), m_deleted.id } };
        for (const QByteArray &slice : slicesOf(ciphertext)) {
            gone.append({ QStringLiteral("envelope bytes"), slice });
            gone.append({ QStringLiteral("envelope base64"), slice.toBase64().left(60) });
        }
        // The envelope is stored as its JSON: its base64 ciphertext, whatever the slice's alignment.
        gone.append({ QStringLiteral("envelope base64"), ciphertext.toBase64().mid(400, 64) });
        for (const QByteArray &event : std::as_const(m_deletedEvents)) {
            for (const QByteArray &slice : slicesOf(event))
                gone.append({ QStringLiteral("event bytes"), slice });
        }
        // The kept envelope is there: the search finds what is there.
        const QByteArray keptBase64 = m_kept.seal.toBase64().mid(400, 64);
        int files = 0;
        qint64 bytes = 0;
        for (int round = 0; round < 2; ++round) {
            if (round == 1)
                m_intake.stop();
            const Scan intake = scanFolder(m_intakeDir, gone);
            QVERIFY2(intake.hits.isEmpty(), qPrintable(intake.hits.join(QStringLiteral(", "))));
            QVERIFY(!scanFolder(m_intakeDir, { { QStringLiteral("kept"), keptBase64 } }).hits.isEmpty());
            QVERIFY(!scanFolder(m_intakeDir, { { QStringLiteral("kept event"), m_keptEvent.mid(100, 48) } })
                         .hits.isEmpty());
            files += intake.files;
            bytes += intake.bytes;
        }
        for (const QString &folder : { m_desk1, m_desk2 }) {
            const Scan desk = scanFolder(folder, gone);
            QVERIFY2(desk.hits.isEmpty(), qPrintable(desk.hits.join(QStringLiteral(", "))));
            files += desk.files;
            bytes += desk.bytes;
        }
        // The desk's file is encrypted, so its bytes prove little: every column that holds text of the
        // decrypted store too (free pages were overwritten by secure_delete and dropped by VACUUM).
        int rows = 0;
        for (const auto &[folder, passphrase] :
            { std::pair { m_desk1, kDesk1Passphrase }, std::pair { m_desk2, kDesk2Passphrase } }) {
            auto file = store::readPrivateFile(QDir(folder).filePath(QStringLiteral("desk.key")),
                desk::kStoreKeyFileBytes, QStringLiteral("desk key file"));
            QVERIFY(file);
            auto key = desk::unwrapStoreKey(file.value(), passphrase);
            QVERIFY(key);
            auto db = store::Database::open(QDir(folder).filePath(QStringLiteral("desk.db")),
                store::Database::Encryption::Required, key.value());
            QVERIFY2(db, qPrintable(db.error()));
            const char *columns[][2] = { { "envelopes", "envelope" }, { "envelopes", "report" },
                { "events", "plaintext" }, { "refused_events", "sealed" }, { "pending_events", "sealed" },
                { "cases", "closed_reason" }, { "cases", "deleted_reason" }, { "cases", "owner" },
                { "cases", "next_action" }, { "meta", "value" }, { "junk", "envelope" } };
            for (const auto &column : columns) {
                for (const QByteArray &canary : { kReportCanary, kNoteCanary }) {
                    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + column[0]
                        + " WHERE instr(CAST(" + column[1] + " AS BLOB), ?1) > 0;";
                    store::Database::Statement s(*db.value(), sql.constData());
                    s.bind(1, canary);
                    QVERIFY(s.next());
                    QCOMPARE(s.integer(0), 0);
                    ++rows;
                }
            }
        }
        qInfo("retention canary: 2 canaries, the deleted envelope and %d events' sealed bytes, %d files read "
              "(%lld bytes; the intake running and stopped, both desks), %d column checks of the decrypted "
              "desk stores: 0 hits; the kept envelope and event found",
            int(m_deletedEvents.size()), files, bytes, rows);
        QVERIFY(m_intake.start(m_store, { m_hub.publicKeyFile, m_other.publicKeyFile }, m_intake.port()));
    }

    void deleteRequestsRefused()
    {
        const QByteArray path = "/v1/desk/envelopes/delete";
        const QByteArray keptHex = m_kept.idHex();
        // Unsigned.
        const HttpReply unsigned_
            = rawCall(path, deleteBody(keptHex, {}), { { "Content-Type", "application/json" } });
        QCOMPARE(unsigned_.status, 401);
        QVERIFY(unsigned_.body.contains("must be signed"));
        // Another organisation's envelope: answered as absent, byte for byte like an id never stored, and
        // kept.
        const HttpReply others = signedCall(m_hubKey.secretKey, path, deleteBody(m_others.idHex(), {}));
        const HttpReply none
            = signedCall(m_hubKey.secretKey, path, deleteBody(crypto::toHex(crypto::randomBytes(16)), {}));
        QCOMPARE(others.status, 200);
        QCOMPARE(others.body, QByteArray(R"({"envelope":"absent","events":0})"));
        QCOMPARE(none.body, others.body);
        QVERIFY(intakeStore()->find(m_others.id).value().has_value());
        // Another organisation's event, named with the hub's own envelope: refused, nothing deleted.
        const QByteArray otherEventId = crypto::toHex(crypto::randomBytes(16));
        const QByteArray sealedEvent = crypto::randomBytes(560);
        const HttpReply appended = signedCall(m_otherKey.secretKey, "/v1/desk/events/append",
            QJsonDocument(QJsonObject { { QStringLiteral("id"), QString::fromLatin1(otherEventId) },
                              { QStringLiteral("sealed"), QString::fromLatin1(sealedEvent.toBase64()) } })
                .toJson(QJsonDocument::Compact));
        QCOMPARE(appended.status, 201);
        const HttpReply crossed = signedCall(
            m_hubKey.secretKey, path, deleteBody(keptHex, { { otherEventId, crypto::randomBytes(32) } }));
        QCOMPARE(crossed.status, 404);
        QVERIFY2(crossed.body.contains("nothing was deleted"), crossed.body.constData());
        QVERIFY(intakeStore()->find(m_kept.id).value().has_value());
        {
            auto intake = intakeStore();
            receiver::DeskStore desks(intake->database());
            bool more = false;
            const auto events = desks.eventsFor(m_other.name, 0, 100, &more);
            QVERIFY(events && events->size() == 1 && events->front().sealed == sealedEvent);
        }
        // Malformed: a hash that is not one.
        const HttpReply malformed = signedCall(m_hubKey.secretKey, path,
            QJsonDocument(QJsonObject { { QStringLiteral("events"),
                                            QJsonArray { QJsonObject {
                                                { QStringLiteral("hash"), QStringLiteral("xyz") },
                                                { QStringLiteral("id"), QString(32, u'0') } } } },
                              { QStringLiteral("id"), QString::fromLatin1(keptHex) } })
                .toJson(QJsonDocument::Compact));
        QCOMPARE(malformed.status, 400);
        // Replayed: the same signed request again.
        Headers sent;
        const QByteArray body = deleteBody(crypto::toHex(crypto::randomBytes(16)), {});
        QCOMPARE(signedCall(m_hubKey.secretKey, path, body, &sent).status, 200);
        const HttpReply replayed = rawCall(path, body, sent);
        QCOMPARE(replayed.status, 401);
        QVERIFY2(replayed.body.contains("already received"), replayed.body.constData());
        QVERIFY(intakeStore()->find(m_kept.id).value().has_value());
    }

    void envelopesGoOnceEveryDeskHasThem()
    {
        const ToolRun badDays = runAdmin(m_store,
            { QStringLiteral("envelope-retention"), QStringLiteral("--organisation"), m_hub.name,
                QStringLiteral("--remove"), QStringLiteral("after-days"), QStringLiteral("--days"),
                QStringLiteral("0") });
        QCOMPARE(badDays.exitCode, 64);
        const ToolRun badWhen = runAdmin(m_store,
            { QStringLiteral("envelope-retention"), QStringLiteral("--organisation"), m_hub.name,
                QStringLiteral("--remove"), QStringLiteral("sometimes") });
        QCOMPARE(badWhen.exitCode, 64);
        const ToolRun set = runAdmin(m_store,
            { QStringLiteral("envelope-retention"), QStringLiteral("--organisation"), m_hub.name,
                QStringLiteral("--remove"), QStringLiteral("fetched") });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        // Both desks and the script desk: the script desk never listed, so nothing goes yet.
        QCOMPARE(desk(1, { QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(desk(2, { QStringLiteral("sync") }).exitCode, 0);
        QVERIFY(intakeStore()->find(m_kept.id).value().has_value());
        QCOMPARE(runAdmin(m_store,
                     { QStringLiteral("revoke-desk"), QStringLiteral("--desk"),
                         QString::fromLatin1(protocol::desk::deskKeyId(m_hubKey.publicKey)) })
                     .exitCode,
            0);
        // The next list request of a desk that has it removes it.
        QCOMPARE(desk(1, { QStringLiteral("sync") }).exitCode, 0);
        QVERIFY(!intakeStore()->find(m_kept.id).value().has_value());
        QVERIFY(intakeStore()->find(m_others.id).value().has_value()); // another organisation's choice
        // A new envelope gets a seq past the removed ones, so both desks still get it.
        post(m_hub, "after the removal");
        for (int which : { 1, 2 }) {
            const ToolRun synced = desk(which, { QStringLiteral("sync") });
            QVERIFY2(synced.out.contains("envelopes +1"), synced.out.constData());
        }
        const ToolRun pruned = runAdmin(m_store, { QStringLiteral("prune") });
        QVERIFY2(pruned.exitCode == 0 && pruned.out.startsWith("removed "), pruned.err.constData());
        QVERIFY(!intakeStore()->find(m_kept.id).value().has_value());
        QCOMPARE(statusOf(m_desk1, kDesk1Passphrase).value(QStringLiteral("envelopes")), QStringLiteral("3"));
    }

    void cleanupTestCase() { m_intake.stop(); }
};

QTEST_GUILESS_MAIN(tst_DeskRetention)
#include "tst_deskretention.moc"
