// SPDX-License-Identifier: GPL-3.0-or-later
// The real harbour-inbox against envelopes stored by the real harbour-intake.
#include "intakeprocess.h"
#include "receivertestutil.h"

#include "crypto/sodium.h"
#include "protocol/envelope.h"
#include "store/database.h"

#include <QFile>
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
    QStringList storeArgs(const QString &command) const
    {
        return { command, QStringLiteral("--key"), m_keyFile, QStringLiteral("--store"), m_store };
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
            storeArgs(QStringLiteral("list")) << QStringLiteral("--passphrase-file") << passphraseFile,
            QByteArrayLiteral("the wrong one in the environment"));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.out.count('\n'), 2);
    }

    void opensUnsignedReport()
    {
        const InboxResult result = runInbox(
            storeArgs(QStringLiteral("open")) << QString::fromLatin1(m_unsigned.idHex()), kPassphrase);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        compareReports(parseObject(result.out), m_unsignedReport);
        QVERIFY(result.out.contains("\n    \"answers\"")); // indented for reading
        QVERIFY2(result.err.contains("not signed (personal device)"), result.err.constData());
    }

    void opensKioskSignedReport()
    {
        // Upper-case ids as someone might type them work too.
        const InboxResult result
            = runInbox(storeArgs(QStringLiteral("open")) << QString::fromLatin1(m_signed.idHex().toUpper()),
                kPassphrase);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        compareReports(parseObject(result.out), m_kioskReport);
        const QByteArray expected = "kiosk signature: valid (key " + crypto::toHex(m_kiosk.publicKey) + ")";
        QVERIFY2(result.err.contains(expected), result.err.constData());
    }

    void wrongPassphrase()
    {
        const InboxResult result
            = runInbox(storeArgs(QStringLiteral("open")) << QString::fromLatin1(m_unsigned.idHex()),
                QByteArrayLiteral("incorrect horse"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("the passphrase does not open this key file"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void damagedKeyFile_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QByteArray>("problem");
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray good = key.readAll();
        QJsonObject object = parseObject(good);

        QTest::newRow("truncated JSON") << good.left(good.size() / 2) << QByteArrayLiteral("not valid JSON");
        QTest::newRow("empty file") << QByteArray() << QByteArrayLiteral("not valid JSON");
        QJsonObject wrongKind = object;
        wrongKind.insert(QStringLiteral("kind"), QStringLiteral("something-else"));
        QTest::newRow("wrong kind") << QJsonDocument(wrongKind).toJson() << QByteArrayLiteral("\"kind\"");
        QJsonObject badBase64 = object;
        badBase64.insert(QStringLiteral("secret_key_box"), QStringLiteral("not*base64!"));
        QTest::newRow("bad base64") << QJsonDocument(badBase64).toJson()
                                    << QByteArrayLiteral("secret_key_box");
        QJsonObject shortSalt = object;
        QJsonObject kdf = object.value(QLatin1StringView("kdf")).toObject();
        kdf.insert(QStringLiteral("salt"), QString::fromLatin1(QByteArray(8, 'x').toBase64()));
        shortSalt.insert(QStringLiteral("kdf"), kdf);
        QTest::newRow("short salt") << QJsonDocument(shortSalt).toJson() << QByteArrayLiteral("salt");
        QJsonObject otherPublicKey = object;
        otherPublicKey.insert(QStringLiteral("public_key"),
            QString::fromLatin1(protocol::generateRecipientKeyPair().publicKey.toBase64()));
        QTest::newRow("public key replaced")
            << QJsonDocument(otherPublicKey).toJson() << QByteArrayLiteral("does not match its public key");
        QFile pub(m_keyFile + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QTest::newRow("public key file instead") << pub.readAll() << QByteArrayLiteral("public key file");
    }

    void damagedKeyFile()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QByteArray, problem);
        const QString path = m_dir.filePath(QStringLiteral("damaged.key"));
        QFile::remove(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        const InboxResult result
            = runInbox({ QStringLiteral("open"), QString::fromLatin1(m_unsigned.idHex()),
                           QStringLiteral("--key"), path, QStringLiteral("--store"), m_store },
                kPassphrase);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(problem), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void refusesUnknownOrMalformedIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("problem");
        QTest::newRow("unknown") << QString::fromLatin1(crypto::toHex(crypto::randomBytes(16)))
                                 << QByteArrayLiteral("there is no envelope");
        QTest::newRow("not hex") << QStringLiteral("this-is-not-an-id-at-all-really!")
                                 << QByteArrayLiteral("not an envelope id");
        QTest::newRow("too short") << QStringLiteral("abcdef") << QByteArrayLiteral("not an envelope id");
    }

    void refusesUnknownOrMalformedIds()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, problem);
        const InboxResult result = runInbox(storeArgs(QStringLiteral("open")) << id, kPassphrase);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(problem), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void listsOneLinePerEnvelopeOldestFirst()
    {
        const InboxResult result = runInbox(storeArgs(QStringLiteral("list")), kPassphrase);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QRegularExpression hour(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:00:00Z$"));

        // Neither report carries triage flags (an older app): both "unknown", so oldest first.
        const QList<QByteArray> first = lines.at(0).split('\t');
        QCOMPARE(first.size(), 11);
        QCOMPARE(first.at(0), m_unsigned.idHex());
        QVERIFY(hour.match(QString::fromLatin1(first.at(1))).hasMatch());
        QCOMPARE(first.at(2), QByteArrayLiteral("HB-AB12-CD34"));
        QCOMPARE(first.at(3), QByteArrayLiteral("self"));
        QCOMPARE(first.at(4), QByteArrayLiteral("triage=unknown"));
        QCOMPARE(first.at(5), QByteArrayLiteral("urgent=unknown"));
        QCOMPARE(first.at(6), QByteArrayLiteral("strands=race,religion"));
        QCOMPARE(first.at(7), QByteArrayLiteral("local_strands=none"));
        QCOMPARE(first.at(8), QByteArrayLiteral("cyber_enabled=true"));
        QCOMPARE(first.at(9), QByteArrayLiteral("repeat_victim=unknown"));
        QCOMPARE(first.at(10), QByteArrayLiteral("request=unknown"));

        const QList<QByteArray> second = lines.at(1).split('\t');
        QCOMPARE(second.size(), 11);
        QCOMPARE(second.at(0), m_signed.idHex());
        QCOMPARE(second.at(2), QByteArrayLiteral("HB-EF56-GH78"));
        QCOMPARE(second.at(3), QByteArrayLiteral("kiosk"));
        QCOMPARE(second.at(6), QByteArrayLiteral("strands=disability"));
        QCOMPARE(second.at(8), QByteArrayLiteral("cyber_enabled=false"));
    }

    void exportsJson()
    {
        const InboxResult result = runInbox(
            storeArgs(QStringLiteral("export")) << QStringLiteral("--format") << QStringLiteral("json"),
            kPassphrase);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonArray array = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QLatin1StringView("envelope_id")).toString().toLatin1(), m_unsigned.idHex());
        QVERIFY(first.value(QLatin1StringView("kiosk_key")).isNull());
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
        const InboxResult result = runInbox(storeArgs(QStringLiteral("export"))
                << QStringLiteral("--format") << QStringLiteral("csv") << QStringLiteral("--output")
                << output,
            kPassphrase);
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
            QStringLiteral("kiosk_key"), QStringLiteral("reference"), QStringLiteral("language"),
            QStringLiteral("mode"), QStringLiteral("reported_at"), QStringLiteral("app_version"),
            QStringLiteral("format"), QStringLiteral("questionnaire.id"),
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
        QCOMPARE(first.at(2), QString()); // not signed
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
        QCOMPARE(second.at(2).toLatin1(), crypto::toHex(m_kiosk.publicKey));
        QCOMPARE(second.at(column("mode")), QStringLiteral("kiosk"));
        QCOMPARE(second.at(column("flags.cyber_enabled")), QStringLiteral("false"));
        QCOMPARE(second.at(column("answers.repeat_victim")), QStringLiteral("true"));
        QCOMPARE(second.at(column("answers.what_happened")), QString());
        // A formula typed by an anonymous sender must not run in the organisation's spreadsheet.
        QCOMPARE(
            second.at(column("answers.where")), QStringLiteral("'=HYPERLINK(\"http://example.invalid\")"));
    }

    // Reports as the questionnaire flags them, in a store of their own: list puts urgent and
    // high risk first (then elevated, unknown, standard; oldest first within each), and export
    // carries every flag and routing member, nested answers flattened.
    void triageOrderAndFlattenedExport()
    {
        const QString store = m_dir.filePath(QStringLiteral("triage.db"));
        IntakeProcess intake;
        QVERIFY(intake.start(store, { m_keyFile + QStringLiteral(".pub") }));
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
        intake.stop();

        const InboxResult list = runInbox(
            { QStringLiteral("list"), QStringLiteral("--key"), m_keyFile, QStringLiteral("--store"), store },
            kPassphrase);
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QStringList order;
        for (const QByteArray &line : lines)
            order << QString::fromLatin1(line.split('\t').at(2));
        QCOMPARE(order,
            QStringList({ QStringLiteral("HB-0000-0005"), QStringLiteral("HB-0000-0003"),
                QStringLiteral("HB-0000-0004"), QStringLiteral("HB-0000-0002"),
                QStringLiteral("HB-0000-0001") }));
        QCOMPARE(lines.at(0).split('\t').mid(4),
            QList<QByteArray>({ "triage=elevated", "urgent=true", "strands=race", "local_strands=age",
                "cyber_enabled=true", "repeat_victim=true", "request=record_only" }));
        QCOMPARE(lines.at(1).split('\t').at(4), QByteArrayLiteral("triage=high"));
        QCOMPARE(
            lines.at(3).split('\t').mid(4, 2), QList<QByteArray>({ "triage=unknown", "urgent=unknown" }));
        QCOMPARE(lines.at(4).split('\t').at(4), QByteArrayLiteral("triage=standard"));

        const InboxResult csv
            = runInbox({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--key"), m_keyFile, QStringLiteral("--store"), store },
                kPassphrase);
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
        QTest::newRow("unknown option") << (storeArgs(QStringLiteral("list")) << QStringLiteral("--verbose"));
        QTest::newRow("option of another command")
            << (storeArgs(QStringLiteral("list")) << QStringLiteral("--format") << QStringLiteral("csv"));
        QTest::newRow("open without id") << storeArgs(QStringLiteral("open"));
        QTest::newRow("open with two ids")
            << (storeArgs(QStringLiteral("open")) << QStringLiteral("a") << QStringLiteral("b"));
        QTest::newRow("export without format") << storeArgs(QStringLiteral("export"));
        QTest::newRow("export as xml")
            << (storeArgs(QStringLiteral("export")) << QStringLiteral("--format") << QStringLiteral("xml"));
        QTest::newRow("list without store")
            << QStringList { QStringLiteral("list"), QStringLiteral("--key"), key };
        QTest::newRow("keygen without key") << QStringList { QStringLiteral("keygen") };
    }

    void refusesBadCommandLines()
    {
        QFETCH(QStringList, arguments);
        const InboxResult result = runInbox(arguments, kPassphrase);
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

        const QStringList keyAndStore { QStringLiteral("--key"), m_keyFile, QStringLiteral("--store"),
            store };
        InboxResult result = runInbox(
            QStringList { QStringLiteral("open"), QString::fromLatin1(altered.idHex()) } + keyAndStore,
            kPassphrase);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("cannot be opened") && result.err.contains("altered"),
            result.err.constData());
        QVERIFY(result.out.isEmpty());

        result = runInbox(QStringList { QStringLiteral("list") } + keyAndStore, kPassphrase);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 1);
        QVERIFY2(result.out.startsWith(QByteArray(altered.idHex() + '\t'))
                && result.out.contains("\tcannot open: "),
            result.out.constData());

        result = runInbox(
            QStringList { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json") }
                + keyAndStore,
            kPassphrase);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 0);
        QVERIFY2(result.err.contains(altered.idHex()), result.err.constData());
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

        const InboxResult result
            = runInbox({ QStringLiteral("open"), QString::fromLatin1(forged.idHex()), QStringLiteral("--key"),
                           m_keyFile, QStringLiteral("--store"), store },
                kPassphrase);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("kiosk signature does not verify"), result.err.constData());
        QVERIFY(!result.err.contains("valid (key"));
        QVERIFY(result.out.isEmpty());
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
