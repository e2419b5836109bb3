// SPDX-License-Identifier: GPL-3.0-or-later
// The real harbour-inbox reading a real desk (harbour-desk-sync) synced from the real
// harbour-intake: what an organisation's scripts see. It never opens the intake's database.
#include "desktestutil.h"
#include "intakeprocess.h"
#include "receivertestutil.h"

#include "crypto/sodium.h"
#include "protocol/envelope.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <algorithm>

using namespace harbour;
using namespace harbour::testsupport;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");
// A narrative with everything CSV must quote: a comma, quotes and a line break.
const QString kNarrative
    = QStringLiteral("He shouted \"go home\", then followed me,\nright to the bus stop.");

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object();
}

// A small RFC 4180 reader, independent of the writer under test.
QList<QStringList> parseCsv(const QByteArray &data, bool *ok)
{
    QList<QStringList> records;
    const QString text = QString::fromUtf8(data);
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'"' || c == u'\n' || c == u'\r') {
            *ok = false; // a bare quote or line break outside quotes is not RFC 4180
            return records;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    *ok = !quoted && record.isEmpty() && field.isEmpty();
    return records;
}

} // namespace

class tst_Inbox : public QObject
{
    Q_OBJECT

private:
    QStringList deskArgs(const QString &command, const QString &deskDir = {}) const
    {
        return { command, QStringLiteral("--desk"), deskDir.isEmpty() ? m_deskDir : deskDir };
    }

    // harbour-inbox reading a desk, the desk passphrase in the environment.
    static InboxResult inbox(const QStringList &args) { return runInbox(args, {}, kPassphrase); }

    // The organisation bound at the intake on `store` and a new desk in `name` registered there.
    QString makeDesk(const QString &store, const IntakeProcess &intake, const QString &name)
    {
        const DeskOrganisation organisation { QStringLiteral("Inbox test"), {}, m_keyFile,
            m_keyFile + QStringLiteral(".pub") };
        const QString dir = m_dir.filePath(name);
        if (!bindOrganisation(store, organisation)
            || initDesk(store, organisation, kPassphrase, dir, intake.baseUrl(), kPassphrase, name, true)
                   .isEmpty())
            qFatal("cannot make the desk %s", qPrintable(name));
        return dir;
    }

    static bool sync(const QString &deskDir)
    {
        const ToolRun synced
            = runDesk({ QStringLiteral("sync"), QStringLiteral("--data"), deskDir }, kPassphrase);
        if (synced.exitCode != 0)
            qWarning().noquote() << "sync failed:" << synced.err;
        return synced.exitCode == 0;
    }

    // Posts a report through the real intake; returns its envelope.
    protocol::Envelope post(const QJsonObject &report, const QByteArray &kioskSecretKey = {})
    {
        auto sealed = protocol::seal(canonical(report), m_publicKey, kioskSecretKey);
        if (!sealed)
            qFatal("cannot seal: %s", qPrintable(sealed.error()));
        const HttpReply reply = postEnvelope(m_intake.envelopesUrl(), sealed.value());
        if (reply.status != 201)
            qFatal("the intake answered %d: %s", reply.status, reply.body.constData());
        return sealed.value();
    }

    static void compareReports(const QJsonObject &actual, const QJsonObject &expected)
    {
        QCOMPARE(actual.keys(), expected.keys());
        for (const QString &key : expected.keys())
            QVERIFY2(actual.value(key) == expected.value(key), qPrintable(key));
        const QJsonObject answers = report::readReport(actual).answers;
        const QJsonObject expectedAnswers = report::readReport(expected).answers;
        QCOMPARE(answers.keys(), expectedAnswers.keys());
        for (const QString &key : expectedAnswers.keys())
            QCOMPARE(answers.value(key), expectedAnswers.value(key));
    }

    QTemporaryDir m_dir;
    QString m_keyFile;
    QByteArray m_publicKey;
    InboxResult m_keygen;
    QString m_store;
    QString m_deskDir;
    IntakeProcess m_intake;
    protocol::KeyPair m_kiosk;
    QJsonObject m_unsignedReport;
    QJsonObject m_kioskReport;
    protocol::Envelope m_unsigned;
    protocol::Envelope m_signed;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // One real key (Argon2id MODERATE) for the whole class; keygen output checked below.
        m_keyFile = m_dir.filePath(QStringLiteral("organisation.key"));
        m_keygen = runInbox({ QStringLiteral("keygen"), QStringLiteral("--key"), m_keyFile }, kPassphrase);
        QVERIFY2(m_keygen.exitCode == 0, m_keygen.err.constData());
        m_publicKey = publicKeyOf(m_keyFile);
        QCOMPARE(m_publicKey.size(), protocol::kPublicKeyBytes);

        m_store = m_dir.filePath(QStringLiteral("intake.db"));
        QVERIFY(m_intake.start(m_store, { m_keyFile + QStringLiteral(".pub") }));
        m_deskDir = makeDesk(m_store, m_intake, QStringLiteral("desk"));

        m_unsignedReport = makeReport(QStringLiteral("HB-AB12-CD34"), QStringLiteral("self"),
            QJsonObject { { QStringLiteral("what_happened"), kNarrative },
                { QStringLiteral("targeted"),
                    QJsonArray { QStringLiteral("race"), QStringLiteral("religion") } },
                { QStringLiteral("online"), QStringLiteral("yes") },
                { QStringLiteral("offender_count"), 2 } },
            { QStringLiteral("race"), QStringLiteral("religion") }, true)
                               .toJson();
        m_kioskReport = makeReport(QStringLiteral("HB-EF56-GH78"), QStringLiteral("kiosk"),
            QJsonObject {
                { QStringLiteral("where"), QStringLiteral("=HYPERLINK(\"http://example.invalid\")") },
                { QStringLiteral("targeted"), QJsonArray { QStringLiteral("disability") } },
                { QStringLiteral("repeat_victim"), true } },
            { QStringLiteral("disability") }, false)
                            .toJson();
        m_kiosk = protocol::generateSigningKeyPair();
        m_unsigned = post(m_unsignedReport);
        m_signed = post(m_kioskReport, m_kiosk.secretKey);
        QCOMPARE(storedEnvelopeCount(m_store), 2);
        QVERIFY(sync(m_deskDir));
    }

    void keygenWritesKeyFiles()
    {
        QFile key(m_keyFile);
        QCOMPARE(
            key.permissions() & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
            QFile::Permissions());
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QJsonObject secret = parseObject(key.readAll());
        QCOMPARE(secret.value(QLatin1StringView("v")).toInt(), 1);
        QCOMPARE(
            secret.value(QLatin1StringView("kind")).toString(), QStringLiteral("harbour-organisation-key"));
        const QJsonObject kdf = secret.value(QLatin1StringView("kdf")).toObject();
        QCOMPARE(kdf.value(QLatin1StringView("alg")).toString(), QStringLiteral("argon2id13"));
        QCOMPARE(
            kdf.value(QLatin1StringView("opslimit")).toDouble(), double(crypto_pwhash_OPSLIMIT_MODERATE));
        QCOMPARE(
            kdf.value(QLatin1StringView("memlimit")).toDouble(), double(crypto_pwhash_MEMLIMIT_MODERATE));
        auto bytes = [](const QJsonValue &v) { return QByteArray::fromBase64(v.toString().toLatin1()); };
        QCOMPARE(bytes(kdf.value(QLatin1StringView("salt"))).size(), 16);
        QCOMPARE(bytes(secret.value(QLatin1StringView("nonce"))).size(), 24);
        QCOMPARE(bytes(secret.value(QLatin1StringView("secret_key_box"))).size(), 32 + 16);
        QCOMPARE(bytes(secret.value(QLatin1StringView("public_key"))), m_publicKey);

        QFile pubFile(m_keyFile + QStringLiteral(".pub"));
        QVERIFY(pubFile.open(QIODevice::ReadOnly));
        const QJsonObject pub = parseObject(pubFile.readAll());
        QCOMPARE(pub.value(QLatin1StringView("v")).toInt(), 1);
        QCOMPARE(pub.value(QLatin1StringView("kind")).toString(),
            QStringLiteral("harbour-organisation-public-key"));
        QCOMPARE(bytes(pub.value(QLatin1StringView("public_key"))), m_publicKey);
        QCOMPARE(pub.value(QLatin1StringView("key_id")).toString().toLatin1(),
            protocol::recipientKeyId(m_publicKey));
        QVERIFY(!pub.contains(QLatin1StringView("secret_key_box")));

        QVERIFY2(m_keygen.out.contains(m_publicKey.toBase64()), m_keygen.out.constData());
        QVERIFY2(m_keygen.out.contains(protocol::recipientKeyId(m_publicKey)), m_keygen.out.constData());
    }

    void keygenRefusesToOverwrite()
    {
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray before = key.readAll();
        key.close();
        const InboxResult result
            = runInbox({ QStringLiteral("keygen"), QStringLiteral("--key"), m_keyFile }, kPassphrase);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("already exists"), result.err.constData());
        QVERIFY(key.open(QIODevice::ReadOnly));
        QCOMPARE(key.readAll(), before);
    }

    void keygenRefusesMissingOrEmptyPassphrase()
    {
        const QString path = m_dir.filePath(QStringLiteral("never.key"));
        // No file, no environment and no terminal: nothing to ask, nothing written.
        InboxResult result = runInbox({ QStringLiteral("keygen"), QStringLiteral("--key"), path }, {});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains("no passphrase"), result.err.constData());

        const QString empty = m_dir.filePath(QStringLiteral("empty-passphrase"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\n");
        file.close();
        result = runInbox({ QStringLiteral("keygen"), QStringLiteral("--key"), path,
                              QStringLiteral("--passphrase-file"), empty },
            kPassphrase);
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains("empty"), result.err.constData());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".pub")));
    }

    void passphraseFileComesFirst()
    {
        const QString passphraseFile = m_dir.filePath(QStringLiteral("passphrase"));
        QFile file(passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPassphrase + "\nsecond line is ignored\n");
        file.close();
        const InboxResult result = runInbox(
            deskArgs(QStringLiteral("list")) << QStringLiteral("--passphrase-file") << passphraseFile, {},
            QByteArrayLiteral("the wrong one in the environment"));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.out.count('\n'), 2);
    }

    void opensUnsignedReport()
    {
        const InboxResult result
            = inbox(deskArgs(QStringLiteral("open")) << QString::fromLatin1(m_unsigned.idHex()));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        compareReports(parseObject(result.out), m_unsignedReport);
        QVERIFY(result.out.contains("\n    \"answers\"")); // indented for reading
        QVERIFY2(result.err.contains("not signed (personal device)"), result.err.constData());
        QVERIFY2(result.err.contains("origin: personal"), result.err.constData());
    }

    void opensKioskSignedReport()
    {
        // Upper-case ids as someone might type them work too.
        const InboxResult result
            = inbox(deskArgs(QStringLiteral("open")) << QString::fromLatin1(m_signed.idHex().toUpper()));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        compareReports(parseObject(result.out), m_kioskReport);
        const QByteArray expected = "kiosk signature: valid (key " + crypto::toHex(m_kiosk.publicKey) + ")";
        QVERIFY2(result.err.contains(expected), result.err.constData());
        QVERIFY2(result.err.contains("origin: unknown-kiosk"), result.err.constData());
    }

    void wrongPassphrase()
    {
        const InboxResult result
            = runInbox(deskArgs(QStringLiteral("open")) << QString::fromLatin1(m_unsigned.idHex()), {},
                QByteArrayLiteral("incorrect horse"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("wrong passphrase for the desk"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    // A desk folder that is missing, or whose files are damaged: a clear reason, nothing printed.
    void damagedDesk_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QByteArray>("problem");
        QTest::newRow("no such folder") << QStringLiteral("missing") << QByteArrayLiteral("holds no desk");
        QTest::newRow("key file truncated")
            << QStringLiteral("truncate-key") << QByteArrayLiteral("desk key file");
        QTest::newRow("key file removed")
            << QStringLiteral("remove-key") << QByteArrayLiteral("desk key file");
        QTest::newRow("store not a database") << QStringLiteral("garbage-store") << QByteArrayLiteral("");
    }

    void damagedDesk()
    {
        QFETCH(QString, damage);
        QFETCH(QByteArray, problem);
        const QString copy = m_dir.filePath(QStringLiteral("damaged-") + damage);
        if (damage != QLatin1StringView("missing")) {
            QVERIFY(QDir().mkpath(copy));
            for (const char *name : { "desk.db", "desk.key" })
                QVERIFY(QFile::copy(QDir(m_deskDir).filePath(QLatin1StringView(name)),
                    QDir(copy).filePath(QLatin1StringView(name))));
        }
        const QString key = QDir(copy).filePath(QStringLiteral("desk.key"));
        if (damage == QLatin1StringView("truncate-key"))
            QVERIFY(QFile(key).resize(QFileInfo(key).size() / 2));
        if (damage == QLatin1StringView("remove-key"))
            QVERIFY(QFile::remove(key));
        if (damage == QLatin1StringView("garbage-store")) {
            QFile store(QDir(copy).filePath(QStringLiteral("desk.db")));
            QVERIFY(store.open(QIODevice::WriteOnly | QIODevice::Truncate));
            store.write(QByteArray(8192, '\x5a'));
        }
        const InboxResult result = inbox(deskArgs(QStringLiteral("list"), copy));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(problem) && result.err.size() > 20, result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void refusesUnknownOrMalformedIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("problem");
        QTest::newRow("unknown") << QString::fromLatin1(crypto::toHex(crypto::randomBytes(16)))
                                 << QByteArrayLiteral("holds no report");
        QTest::newRow("not hex") << QStringLiteral("this-is-not-an-id-at-all-really!")
                                 << QByteArrayLiteral("not an envelope id");
        QTest::newRow("too short") << QStringLiteral("abcdef") << QByteArrayLiteral("not an envelope id");
        QTest::newRow("escape sequence")
            << QStringLiteral("\x1b]0;owned\x07") << QByteArrayLiteral("not an envelope id");
    }

    void refusesUnknownOrMalformedIds()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, problem);
        const InboxResult result = inbox(deskArgs(QStringLiteral("open")) << id);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(problem), result.err.constData());
        QVERIFY(!result.err.contains('\x1b'));
        QVERIFY(result.out.isEmpty());
    }

    void listsOneLinePerEnvelopeOldestFirst()
    {
        const InboxResult result = inbox(deskArgs(QStringLiteral("list")));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QRegularExpression hour(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:00:00Z$"));

        // Neither report carries triage flags (an older app): both "unknown", so oldest first.
        const QList<QByteArray> first = lines.at(0).split('\t');
        QCOMPARE(first.size(), 13);
        QCOMPARE(first.at(0), m_unsigned.idHex());
        QVERIFY(hour.match(QString::fromLatin1(first.at(1))).hasMatch());
        QCOMPARE(first.at(2), QByteArrayLiteral("personal"));
        QCOMPARE(first.at(3), QByteArrayLiteral("HB-AB12-CD34"));
        QCOMPARE(first.at(4), QByteArrayLiteral("self"));
        QCOMPARE(first.at(5), QByteArrayLiteral("triage=unknown"));
        QCOMPARE(first.at(6), QByteArrayLiteral("urgent=unknown"));
        QCOMPARE(first.at(7), QByteArrayLiteral("strands=race,religion"));
        QCOMPARE(first.at(8), QByteArrayLiteral("local_strands=none"));
        QCOMPARE(first.at(9), QByteArrayLiteral("cyber_enabled=true"));
        QCOMPARE(first.at(10), QByteArrayLiteral("repeat_victim=unknown"));
        QCOMPARE(first.at(11), QByteArrayLiteral("request=unknown"));
        QCOMPARE(first.at(12), QByteArrayLiteral("status=new"));

        const QList<QByteArray> second = lines.at(1).split('\t');
        QCOMPARE(second.size(), 13);
        QCOMPARE(second.at(0), m_signed.idHex());
        QCOMPARE(second.at(2), QByteArrayLiteral("unknown-kiosk"));
        QCOMPARE(second.at(3), QByteArrayLiteral("HB-EF56-GH78"));
        QCOMPARE(second.at(4), QByteArrayLiteral("kiosk"));
        QCOMPARE(second.at(7), QByteArrayLiteral("strands=disability"));
        QCOMPARE(second.at(9), QByteArrayLiteral("cyber_enabled=false"));
        QVERIFY2(result.err.contains("reports 1-2 of 2 (page 1 of 1)"), result.err.constData());
    }

    // Where a report came from, as the desk's kiosk registry says: unknown until the kiosk is
    // registered, registered until it is revoked; --origin chooses, and pages hold what they say.
    void originAndPages()
    {
        const auto origins = [this](const QStringList &extra = {}) {
            const InboxResult result = inbox(deskArgs(QStringLiteral("list")) + extra);
            QStringList seen;
            for (const QByteArray &line : result.out.trimmed().split('\n')) {
                if (!line.isEmpty())
                    seen << QString::fromLatin1(line.split('\t').value(2));
            }
            return seen;
        };
        QCOMPARE(origins(), QStringList({ QStringLiteral("personal"), QStringLiteral("unknown-kiosk") }));
        const auto kiosk = [this](const QString &command, const QStringList &extra) {
            return runDesk(
                QStringList { command, QStringLiteral("--data"), m_deskDir, QStringLiteral("--kiosk-key"),
                    QString::fromLatin1(m_kiosk.publicKey.toBase64()) }
                    + extra,
                kPassphrase);
        };
        ToolRun added = kiosk(
            QStringLiteral("kiosk-add"), { QStringLiteral("--name"), QStringLiteral("Library kiosk") });
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(origins(), QStringList({ QStringLiteral("personal"), QStringLiteral("registered-kiosk") }));
        // Registered twice: refused, still registered.
        added = kiosk(QStringLiteral("kiosk-add"), { QStringLiteral("--name"), QStringLiteral("Again") });
        QCOMPARE(added.exitCode, 1);
        QVERIFY2(added.err.contains("registered already"), added.err.constData());
        QCOMPARE(origins({ QStringLiteral("--origin"), QStringLiteral("registered-kiosk") }),
            QStringList({ QStringLiteral("registered-kiosk") }));
        QCOMPARE(origins({ QStringLiteral("--origin"), QStringLiteral("personal") }),
            QStringList({ QStringLiteral("personal") }));

        // One a page: the second page holds the second report, and says so.
        const InboxResult second
            = inbox(deskArgs(QStringLiteral("list")) << QStringLiteral("--page-size") << QStringLiteral("1")
                                                     << QStringLiteral("--page") << QStringLiteral("2"));
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY(second.out.startsWith(QByteArray(m_signed.idHex() + '\t')));
        QCOMPARE(second.out.count('\n'), 1);
        QVERIFY2(second.err.contains("reports 2-2 of 2 (page 2 of 2)"), second.err.constData());
        const InboxResult past
            = inbox(deskArgs(QStringLiteral("list")) << QStringLiteral("--page") << QStringLiteral("3"));
        QCOMPARE(past.exitCode, 0);
        QVERIFY(past.out.isEmpty());
        QVERIFY2(past.err.contains("past the last page"), past.err.constData());

        const ToolRun revoked = kiosk(QStringLiteral("kiosk-revoke"), {});
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
        QCOMPARE(origins(), QStringList({ QStringLiteral("personal"), QStringLiteral("unknown-kiosk") }));
        const ToolRun listed
            = runDesk({ QStringLiteral("kiosks"), QStringLiteral("--data"), m_deskDir }, kPassphrase);
        QVERIFY2(
            listed.out.contains("Library kiosk") && listed.out.contains("revoked "), listed.out.constData());
        QCOMPARE(kiosk(QStringLiteral("kiosk-revoke"), {}).exitCode, 1); // nothing in use to revoke
    }

    void exportsJson()
    {
        const InboxResult result = inbox(
            deskArgs(QStringLiteral("export")) << QStringLiteral("--format") << QStringLiteral("json"));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonArray array = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QLatin1StringView("envelope_id")).toString().toLatin1(), m_unsigned.idHex());
        QVERIFY(first.value(QLatin1StringView("kiosk_key")).isNull());
        QCOMPARE(first.value(QLatin1StringView("origin")).toString(), QStringLiteral("personal"));
        QVERIFY(!first.value(QLatin1StringView("stored")).toString().isEmpty());
        compareReports(first.value(QLatin1StringView("report")).toObject(), m_unsignedReport);
        const QJsonObject second = array.at(1).toObject();
        QCOMPARE(second.value(QLatin1StringView("envelope_id")).toString().toLatin1(), m_signed.idHex());
        QCOMPARE(second.value(QLatin1StringView("kiosk_key")).toString().toLatin1(),
            crypto::toHex(m_kiosk.publicKey));
        compareReports(second.value(QLatin1StringView("report")).toObject(), m_kioskReport);
    }

    void exportsCsv()
    {
        const QString output = m_dir.filePath(QStringLiteral("reports.csv"));
        const InboxResult result = inbox(deskArgs(QStringLiteral("export"))
            << QStringLiteral("--format") << QStringLiteral("csv") << QStringLiteral("--output") << output);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.isEmpty());
        QFile file(output);
        QCOMPARE(
            file.permissions() & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
            QFile::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        // RFC 4180 on the wire: the narrative quoted, its quotes doubled, its line break kept.
        QVERIFY2(data.contains("\"He shouted \"\"go home\"\", then followed me,\nright to the bus stop.\""),
            data.constData());
        bool ok = false;
        const QList<QStringList> records = parseCsv(data, &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), 3);
        const QStringList header { QStringLiteral("envelope_id"), QStringLiteral("stored"),
            QStringLiteral("origin"), QStringLiteral("kiosk_key"), QStringLiteral("reference"),
            QStringLiteral("language"), QStringLiteral("mode"), QStringLiteral("reported_at"),
            QStringLiteral("app_version"), QStringLiteral("format"), QStringLiteral("questionnaire.id"),
            QStringLiteral("questionnaire.version"), QStringLiteral("flags.triage"),
            QStringLiteral("flags.urgent"), QStringLiteral("flags.strands"),
            QStringLiteral("flags.local_strands"), QStringLiteral("flags.cyber_enabled"),
            QStringLiteral("flags.repeat_victim"),
            // answer keys: the union over both reports, sorted
            QStringLiteral("answers.offender_count"), QStringLiteral("answers.online"),
            QStringLiteral("answers.repeat_victim"), QStringLiteral("answers.targeted"),
            QStringLiteral("answers.what_happened"), QStringLiteral("answers.where") };
        QCOMPARE(records.at(0), header);
        const auto column = [&header](const char *name) { return header.indexOf(QLatin1StringView(name)); };
        const QStringList first = records.at(1);
        QCOMPARE(first.size(), header.size());
        QCOMPARE(first.at(0).toLatin1(), m_unsigned.idHex());
        QCOMPARE(first.at(2), QStringLiteral("personal"));
        QCOMPARE(first.at(3), QString()); // not signed
        QCOMPARE(first.at(column("reference")), QStringLiteral("HB-AB12-CD34"));
        QCOMPARE(first.at(column("language")), QStringLiteral("en"));
        QCOMPARE(first.at(column("mode")), QStringLiteral("self"));
        QCOMPARE(first.at(column("reported_at")), QStringLiteral("2024-05-01T13:00:00Z"));
        QCOMPARE(first.at(column("questionnaire.version")), QStringLiteral("1"));
        QCOMPARE(first.at(column("flags.triage")), QStringLiteral("unknown")); // an older report: no triage
        QCOMPARE(first.at(column("flags.urgent")), QStringLiteral("unknown"));
        QCOMPARE(first.at(column("flags.strands")), QStringLiteral("race; religion"));
        QCOMPARE(first.at(column("flags.local_strands")), QString());
        QCOMPARE(first.at(column("flags.cyber_enabled")), QStringLiteral("true"));
        QCOMPARE(first.at(column("answers.offender_count")), QStringLiteral("2"));
        QCOMPARE(first.at(column("answers.online")), QStringLiteral("yes"));
        QCOMPARE(first.at(column("answers.repeat_victim")), QString()); // not answered in this report
        QCOMPARE(first.at(column("answers.targeted")), QStringLiteral("race; religion"));
        QCOMPARE(first.at(column("answers.what_happened")), kNarrative);
        QCOMPARE(first.at(column("answers.where")), QString());
        const QStringList second = records.at(2);
        QCOMPARE(second.size(), header.size());
        QCOMPARE(second.at(0).toLatin1(), m_signed.idHex());
        QCOMPARE(second.at(3).toLatin1(), crypto::toHex(m_kiosk.publicKey));
        QCOMPARE(second.at(column("mode")), QStringLiteral("kiosk"));
        QCOMPARE(second.at(column("flags.cyber_enabled")), QStringLiteral("false"));
        QCOMPARE(second.at(column("answers.repeat_victim")), QStringLiteral("true"));
        QCOMPARE(second.at(column("answers.what_happened")), QString());
        // A formula typed by an anonymous sender must not run in the organisation's spreadsheet.
        QCOMPARE(
            second.at(column("answers.where")), QStringLiteral("'=HYPERLINK(\"http://example.invalid\")"));
    }

    // Reports as the questionnaire flags them, at an intake and desk of their own: list puts urgent
    // and high risk first, then the rest oldest first (the desk's queue order), and export carries
    // every flag and routing member, nested answers flattened.
    void triageOrderAndFlattenedExport()
    {
        const QString store = m_dir.filePath(QStringLiteral("triage.db"));
        IntakeProcess intake;
        QVERIFY(intake.start(store, { m_keyFile + QStringLiteral(".pub") }));
        const QString desk = makeDesk(store, intake, QStringLiteral("triage-desk"));
        const auto flagged = [](const QString &reference, const report::ReportFlags &flags,
                                 const QJsonObject &answers = {}) {
            report::ReportDocument document
                = makeReport(reference, QStringLiteral("self"), answers, {}, false);
            document.flags = flags;
            return document;
        };
        const auto triage = [](const char *level, bool urgent) {
            report::ReportFlags flags;
            flags.triage = QString::fromLatin1(level);
            flags.urgent = urgent;
            return flags;
        };
        report::ReportFlags detailedFlags;
        detailedFlags.triage = QStringLiteral("elevated");
        detailedFlags.urgent = true;
        detailedFlags.strands = QStringList { QStringLiteral("race") };
        detailedFlags.localStrands = QStringList { QStringLiteral("age") };
        detailedFlags.cyberEnabled = true;
        detailedFlags.repeatVictim = true;
        detailedFlags.triageRules = QStringList { QStringLiteral("E2"), QStringLiteral("U1") };
        report::ReportDocument detailed = flagged(QStringLiteral("HB-0000-0005"), detailedFlags,
            QJsonObject {
                { QStringLiteral("offenders"),
                    QJsonArray { QJsonObject { { QStringLiteral("age_band"), QStringLiteral("25_34") },
                                     { QStringLiteral("build"), QStringLiteral("tall") } },
                        QJsonObject { { QStringLiteral("age_band"), QStringLiteral("45_54") } } } },
                { QStringLiteral("where"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("street") },
                        { QStringLiteral("area"), QStringLiteral("E1") } } } });
        detailed.routing = report::ReportRouting();
        detailed.routing->request = report::request::recordOnly;
        detailed.routing->sentTo = QStringList { QStringLiteral("a"), QStringLiteral("b") };
        // Posted oldest first: standard, unknown, high, elevated, urgent.
        const protocol::Envelope standard = [&] {
            auto sealed = protocol::seal(
                flagged(QStringLiteral("HB-0000-0001"), triage("standard", false)).toCanonicalJson(),
                m_publicKey);
            return sealed.value();
        }();
        QList<protocol::Envelope> envelopes { standard };
        for (const report::ReportDocument &document : { flagged(QStringLiteral("HB-0000-0002"), {}),
                 flagged(QStringLiteral("HB-0000-0003"), triage("high", false)),
                 flagged(QStringLiteral("HB-0000-0004"), triage("elevated", false)), detailed }) {
            envelopes << protocol::seal(document.toCanonicalJson(), m_publicKey).value();
        }
        for (const auto &envelope : std::as_const(envelopes))
            QCOMPARE(postEnvelope(intake.envelopesUrl(), envelope).status, 201);
        QVERIFY(sync(desk));
        intake.stop();

        const InboxResult list = inbox(deskArgs(QStringLiteral("list"), desk));
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QStringList order;
        for (const QByteArray &line : lines)
            order << QString::fromLatin1(line.split('\t').at(3));
        // Urgent (HB-5) and high (HB-3) first, oldest first within; then standard, unknown and
        // elevated, oldest first.
        QCOMPARE(order,
            QStringList({ QStringLiteral("HB-0000-0003"), QStringLiteral("HB-0000-0005"),
                QStringLiteral("HB-0000-0001"), QStringLiteral("HB-0000-0002"),
                QStringLiteral("HB-0000-0004") }));
        QCOMPARE(lines.at(1).split('\t').mid(5, 7),
            QList<QByteArray>({ "triage=elevated", "urgent=true", "strands=race", "local_strands=age",
                "cyber_enabled=true", "repeat_victim=true", "request=record_only" }));
        QCOMPARE(lines.at(0).split('\t').at(5), QByteArrayLiteral("triage=high"));
        QCOMPARE(
            lines.at(3).split('\t').mid(5, 2), QList<QByteArray>({ "triage=unknown", "urgent=unknown" }));
        QCOMPARE(lines.at(2).split('\t').at(5), QByteArrayLiteral("triage=standard"));

        const InboxResult csv = inbox(
            deskArgs(QStringLiteral("export"), desk) << QStringLiteral("--format") << QStringLiteral("csv"));
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        bool ok = false;
        const QList<QStringList> records = parseCsv(csv.out, &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), 6);
        const QStringList header = records.at(0);
        // Fixed columns, then other flags, routing, contact, answers, each group sorted.
        const qsizetype rules = header.indexOf(QStringLiteral("flags.triage_rules"));
        const qsizetype request = header.indexOf(QStringLiteral("routing.request"));
        const qsizetype firstAge = header.indexOf(QStringLiteral("answers.offenders.1.age_band"));
        QVERIFY(rules > header.indexOf(QStringLiteral("flags.repeat_victim")));
        QVERIFY(request > rules);
        QVERIFY(firstAge > request);
        QCOMPARE(header.mid(firstAge, 4),
            QStringList(
                { QStringLiteral("answers.offenders.1.age_band"), QStringLiteral("answers.offenders.1.build"),
                    QStringLiteral("answers.offenders.2.age_band"), QStringLiteral("answers.where.area") }));
        QStringList row;
        for (const QStringList &record : records) {
            if (record.contains(QStringLiteral("HB-0000-0005")))
                row = record;
        }
        QCOMPARE(row.size(), header.size());
        const auto cell = [&](const char *name) { return row.at(header.indexOf(QLatin1StringView(name))); };
        QCOMPARE(cell("flags.triage"), QStringLiteral("elevated"));
        QCOMPARE(cell("flags.urgent"), QStringLiteral("true"));
        QCOMPARE(cell("flags.local_strands"), QStringLiteral("age"));
        QCOMPARE(cell("flags.repeat_victim"), QStringLiteral("true"));
        QCOMPARE(cell("flags.triage_rules"), QStringLiteral("E2; U1"));
        QCOMPARE(cell("routing.request"), QStringLiteral("record_only"));
        QCOMPARE(cell("routing.sent_to"), QStringLiteral("a; b"));
        QCOMPARE(cell("answers.offenders.1.age_band"), QStringLiteral("25_34"));
        QCOMPARE(cell("answers.offenders.2.age_band"), QStringLiteral("45_54"));
        QCOMPARE(cell("answers.offenders.1.build"), QStringLiteral("tall"));
        QVERIFY(!header.contains(QStringLiteral("answers.offenders.2.build"))); // nobody gave one
        QCOMPARE(cell("answers.where.area"), QStringLiteral("E1"));
        QCOMPARE(cell("answers.where.type"), QStringLiteral("street"));
    }

    void refusesBadCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString key = m_keyFile;
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("decrypt"), QStringLiteral("--key"), key };
        QTest::newRow("unknown option") << (deskArgs(QStringLiteral("list")) << QStringLiteral("--verbose"));
        QTest::newRow("option of another command")
            << (deskArgs(QStringLiteral("list")) << QStringLiteral("--format") << QStringLiteral("csv"));
        QTest::newRow("open without id") << deskArgs(QStringLiteral("open"));
        QTest::newRow("open with two ids")
            << (deskArgs(QStringLiteral("open")) << QStringLiteral("a") << QStringLiteral("b"));
        QTest::newRow("export without format") << deskArgs(QStringLiteral("export"));
        QTest::newRow("export as xml")
            << (deskArgs(QStringLiteral("export")) << QStringLiteral("--format") << QStringLiteral("xml"));
        QTest::newRow("list without desk") << QStringList { QStringLiteral("list") };
        QTest::newRow("list with a key")
            << (deskArgs(QStringLiteral("list")) << QStringLiteral("--key") << key);
        // The old way, refused with the reason why.
        QTest::newRow("intake database") << QStringList { QStringLiteral("list"), QStringLiteral("--key"),
            key, QStringLiteral("--store"), m_store };
        QTest::newRow("unknown origin")
            << (deskArgs(QStringLiteral("list")) << QStringLiteral("--origin") << QStringLiteral("kiosk"));
        QTest::newRow("page 0") << (deskArgs(QStringLiteral("list"))
            << QStringLiteral("--page") << QStringLiteral("0"));
        QTest::newRow("page size too big")
            << (deskArgs(QStringLiteral("list")) << QStringLiteral("--page-size") << QStringLiteral("1001"));
        QTest::newRow("page not a number")
            << (deskArgs(QStringLiteral("list")) << QStringLiteral("--page") << QStringLiteral("2x"));
        QTest::newRow("keygen without key") << QStringList { QStringLiteral("keygen") };
    }

    void refusesBadCommandLines()
    {
        QFETCH(QStringList, arguments);
        const InboxResult result = inbox(arguments);
        QCOMPARE(result.exitCode, 64);
        QVERIFY2(result.err.contains("Usage:"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    // Runs last among the store tests: it uses its own store so the others stay intact.
    void tamperedEnvelopeDoesNotOpen()
    {
        const QString store = m_dir.filePath(QStringLiteral("tampered.db"));
        IntakeProcess intake;
        QVERIFY(intake.start(store, { m_keyFile + QStringLiteral(".pub") }));
        auto sealed = protocol::seal(canonical(m_unsignedReport), m_publicKey);
        QVERIFY(sealed.ok());
        QCOMPARE(postEnvelope(intake.envelopesUrl(), sealed.value()).status, 201);
        intake.stop();
        QVERIFY(intake.exitedCleanly());

        // Flip one bit of the sealed body inside the stored envelope (still valid base64 and shape).
        protocol::Envelope altered = sealed.value();
        altered.seal[altered.seal.size() / 2] = char(altered.seal.at(altered.seal.size() / 2) ^ 0x01);
        {
            auto db = store::Database::open(store, store::Database::Encryption::None);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            store::Database::Statement update(
                *db.value(), "UPDATE envelopes SET envelope = ?1 WHERE id = ?2;");
            update.bind(1, altered.toJson()).bind(2, altered.id);
            update.next();
            QVERIFY(update.ok());
            QCOMPARE(db.value()->changes(), 1);
        }

        // The desk fetches it through the desk API and keeps it apart, with the reason.
        QVERIFY(intake.start(store, { m_keyFile + QStringLiteral(".pub") }));
        const QString desk = makeDesk(store, intake, QStringLiteral("tampered-desk"));
        QVERIFY(sync(desk));
        intake.stop();
        InboxResult result
            = inbox(deskArgs(QStringLiteral("open"), desk) << QString::fromLatin1(altered.idHex()));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("holds no report"), result.err.constData());
        QVERIFY(result.out.isEmpty());

        result = inbox(deskArgs(QStringLiteral("list"), desk));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains("no reports"), result.err.constData());

        result = inbox(deskArgs(QStringLiteral("junk"), desk));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 1);
        QVERIFY2(result.out.contains(altered.idHex()), result.out.constData());

        result = inbox(
            deskArgs(QStringLiteral("export"), desk) << QStringLiteral("--format") << QStringLiteral("json"));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 0);
        // No report content in any message.
        QVERIFY(!result.err.contains("HB-AB12-CD34") && !result.err.contains("go home"));
    }

    // A seal that opens but whose kiosk signature is wrong: built by hand in the v1 inner layout
    // ("HBR1", id, flags=signed, kiosk public key, signature, padded report).
    void forgedKioskSignatureDoesNotOpen()
    {
        const QByteArray report = canonical(m_kioskReport);
        protocol::Envelope forged;
        forged.id = crypto::randomBytes(protocol::kEnvelopeIdBytes);
        forged.recipientKeyId = protocol::recipientKeyId(m_publicKey);
        QByteArray padded(protocol::kMinBucketBytes, '\0');
        std::copy(report.begin(), report.end(), padded.begin());
        size_t paddedLength = 0;
        QCOMPARE(sodium_pad(&paddedLength, reinterpret_cast<unsigned char *>(padded.data()),
                     size_t(report.size()), size_t(padded.size()), size_t(padded.size())),
            0);
        const QByteArray inner = QByteArrayLiteral("HBR1") + forged.id + char(0x01)
            + protocol::generateSigningKeyPair().publicKey + QByteArray(protocol::kSignatureBytes, '\x5a')
            + padded;
        forged.seal = QByteArray(inner.size() + protocol::kSealOverheadBytes, Qt::Uninitialized);
        QCOMPARE(crypto_box_seal(reinterpret_cast<unsigned char *>(forged.seal.data()),
                     reinterpret_cast<const unsigned char *>(inner.constData()), size_t(inner.size()),
                     reinterpret_cast<const unsigned char *>(m_publicKey.constData())),
            0);

        const QString store = m_dir.filePath(QStringLiteral("forged.db"));
        IntakeProcess intake;
        QVERIFY(intake.start(store, { m_keyFile + QStringLiteral(".pub") }));
        QCOMPARE(postEnvelope(intake.envelopesUrl(), forged).status, 201); // the intake cannot tell
        intake.stop();

        QVERIFY(intake.start(store, { m_keyFile + QStringLiteral(".pub") }));
        const QString desk = makeDesk(store, intake, QStringLiteral("forged-desk"));
        QVERIFY(sync(desk));
        intake.stop();
        InboxResult result = inbox(deskArgs(QStringLiteral("junk"), desk));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(
            result.out.contains(forged.idHex()) && result.out.contains("kiosk signature does not verify"),
            result.out.constData());
        result = inbox(deskArgs(QStringLiteral("open"), desk) << QString::fromLatin1(forged.idHex()));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.contains("valid (key"));
        QVERIFY(result.out.isEmpty());
    }

    // Text an anonymous sender typed never reaches a terminal raw: escape sequences (ESC, the C1
    // CSI), bidi overrides and isolates are escaped in JSON (the same text when parsed) and
    // replaced in CSV on standard output; a file written with --output keeps them exactly.
    void terminalSafeOutput()
    {
        const QString hostile
            = QStringLiteral("red \x1b[31mtext\x1b]0;title\x07 csi \u009b2J rlo \u202egnp.exe "
                             "isolate \u2066x\u2069 end");
        const QString store = m_dir.filePath(QStringLiteral("hostile.db"));
        IntakeProcess intake;
        QVERIFY(intake.start(store, { m_keyFile + QStringLiteral(".pub") }));
        const QString desk = makeDesk(store, intake, QStringLiteral("hostile-desk"));
        const QJsonObject report = makeReport(QStringLiteral("HB-EVIL-0001"), QStringLiteral("self"),
            QJsonObject { { QStringLiteral("what_happened"), hostile } }, {}, false)
                                       .toJson();
        auto sealed = protocol::seal(canonical(report), m_publicKey);
        QVERIFY(sealed.ok());
        QCOMPARE(postEnvelope(intake.envelopesUrl(), sealed.value()).status, 201);
        QVERIFY(sync(desk));
        intake.stop();

        // Raw: what a terminal acts on (the tab separating list fields is layout).
        const auto raw = [](const QByteArray &bytes) {
            const QString text = QString::fromUtf8(bytes);
            for (const QChar c : text) {
                const char16_t u = c.unicode();
                if ((u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t') || (u >= 0x7f && u <= 0x9f)
                    || u == 0x202e || u == 0x2066 || u == 0x2069)
                    return true;
            }
            return false;
        };
        const InboxResult opened
            = inbox(deskArgs(QStringLiteral("open"), desk) << QString::fromLatin1(sealed->idHex()));
        QVERIFY2(opened.exitCode == 0, opened.err.constData());
        QVERIFY(!raw(opened.out));
        QCOMPARE(report::readReport(parseObject(opened.out))
                     .answers.value(QStringLiteral("what_happened"))
                     .toString(),
            hostile);

        const InboxResult json = inbox(
            deskArgs(QStringLiteral("export"), desk) << QStringLiteral("--format") << QStringLiteral("json"));
        QVERIFY(json.exitCode == 0 && !raw(json.out));
        QCOMPARE(
            QJsonDocument::fromJson(json.out)
                .array()
                .at(0)[QStringLiteral("report")][QStringLiteral("answers")][QStringLiteral("what_happened")]
                .toString(),
            hostile);

        const InboxResult csv = inbox(
            deskArgs(QStringLiteral("export"), desk) << QStringLiteral("--format") << QStringLiteral("csv"));
        QVERIFY(csv.exitCode == 0);
        QVERIFY(!raw(csv.out));
        QVERIFY(csv.out.contains("red \xef\xbf\xbd[31mtext")); // ESC replaced by U+FFFD

        const InboxResult list = inbox(deskArgs(QStringLiteral("list"), desk));
        QVERIFY(list.exitCode == 0 && !raw(list.out));

        const QString file = m_dir.filePath(QStringLiteral("hostile.csv"));
        const InboxResult written = inbox(deskArgs(QStringLiteral("export"), desk)
            << QStringLiteral("--format") << QStringLiteral("csv") << QStringLiteral("--output") << file);
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QFile exact(file);
        QVERIFY(exact.open(QIODevice::ReadOnly));
        QVERIFY(exact.readAll().contains(hostile.toUtf8()));
    }

    void cleanupTestCase()
    {
        m_intake.stop();
        QVERIFY(m_intake.exitedCleanly());
        // The intake never saw anything it could read.
        const QByteArray output = m_intake.output();
        QVERIFY(!output.contains("HB-AB12-CD34") && !output.contains("go home"));
    }
};

QTEST_GUILESS_MAIN(tst_Inbox)
#include "tst_inbox.moc"
