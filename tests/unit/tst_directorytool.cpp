// SPDX-License-Identifier: GPL-3.0-or-later
// The real harbour-directory binary: keygen, sign (which checks its input first) and verify,
// and what each refuses.
#include "tst_directory_testdata.h"

#include "common/keyfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace harbour;
using namespace harbour::testdata;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("directory authority passphrase");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runTool(const QStringList &args, const QByteArray &passphrase = kPassphrase)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HARBOUR_DIRECTORY_PASSPHRASE"));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("HARBOUR_DIRECTORY_PASSPHRASE"), QString::fromUtf8(passphrase));
    process.setProcessEnvironment(env);
    // No controlling terminal: the tool can never stop to ask for a passphrase.
    process.setChildProcessModifier([]() { ::setsid(); });
    process.start(QStringLiteral(HARBOUR_BINARY_DIR "/bin/harbour-directory"), args);
    Run run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDirectoryTool : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_key;
    QByteArray m_publicKey;
    QString m_input;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString publicKeyText() const { return QString::fromLatin1(m_publicKey.toBase64()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = path(QStringLiteral("authority.key"));
        const Run keygen = runTool({ QStringLiteral("keygen"), QStringLiteral("--key"), m_key });
        QVERIFY2(keygen.exitCode == 0, keygen.err.constData());
        QVERIFY(keygen.out.contains("directory public key: "));
        auto pub = QJsonDocument::fromJson(readFile(m_key + QStringLiteral(".pub"))).object();
        QCOMPARE(
            pub.value(QStringLiteral("kind")).toString(), QStringLiteral("harbour-directory-public-key"));
        m_publicKey = QByteArray::fromBase64(pub.value(QStringLiteral("public_key")).toString().toLatin1());
        QCOMPARE(m_publicKey.size(), 32);
        QVERIFY(keygen.out.contains(directory::directoryKeyId(m_publicKey)));
        // The secret file: owner only, the seed under Argon2id, nothing of it in plaintext.
        QCOMPARE(QFileInfo(m_key).permissions()
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        auto secret
            = receiver::OrganisationKeyFile::fromJson(readFile(m_key), receiver::SecretKeyKind::Directory);
        QVERIFY2(secret, qPrintable(secret.error()));
        QCOMPARE(secret->publicKey, m_publicKey);
        // harbour-inbox's reader will not take it for an organisation key.
        QVERIFY(!receiver::OrganisationKeyFile::fromJson(readFile(m_key)));

        m_input = path(QStringLiteral("directory.json"));
        QVERIFY(writeFile(m_input,
            bytes(directoryObject(4,
                { organisation(QStringLiteral("org"), QStringLiteral("support"), allStrands(), everywhere(),
                    protocol::generateRecipientKeyPair().publicKey) }))));
    }

    void keygenNeverOverwrites()
    {
        const Run again = runTool({ QStringLiteral("keygen"), QStringLiteral("--key"), m_key });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already exists"), again.err.constData());
    }

    void signVerifyRoundTrip()
    {
        const QString output = path(QStringLiteral("directory.signed.json"));
        const Run sign = runTool({ QStringLiteral("sign"), QStringLiteral("--key"), m_key,
            QStringLiteral("--input"), m_input, QStringLiteral("--output"), output });
        QVERIFY2(sign.exitCode == 0, sign.err.constData());
        QVERIFY2(sign.out.contains("serial 4"), sign.out.constData());
        const QByteArray file = readFile(output);
        // The app's own reader accepts it, and the signed bytes are exactly the input file.
        auto verified = directory::verifySignedDirectory(file, { m_publicKey });
        QVERIFY2(verified, qPrintable(verified.error()));
        QCOMPARE(verified->payload, readFile(m_input));

        const Run verify
            = runTool({ QStringLiteral("verify"), QStringLiteral("--public-key"), publicKeyText(), output });
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        QVERIFY(verify.out.startsWith("valid: serial 4"));

        const Run otherKey = runTool({ QStringLiteral("verify"), QStringLiteral("--public-key"),
            QString::fromLatin1(protocol::generateSigningKeyPair().publicKey.toBase64()), output });
        QCOMPARE(otherKey.exitCode, 1);
        QVERIFY2(otherKey.err.contains("unknown signing key"), otherKey.err.constData());

        const Run later = runTool({ QStringLiteral("verify"), QStringLiteral("--public-key"), publicKeyText(),
            QStringLiteral("--at"), stamp(QDateTime::currentDateTimeUtc().addDays(60)), output });
        QCOMPARE(later.exitCode, 1);
        QVERIFY2(later.err.contains("expired"), later.err.constData());

        // One character of the signed directory changed: refused.
        QByteArray tampered = file;
        const qsizetype at = tampered.indexOf("\"directory\":\"") + 20;
        tampered[at] = tampered.at(at) == 'A' ? 'B' : 'A';
        QVERIFY(writeFile(path(QStringLiteral("tampered.json")), tampered));
        const Run bad = runTool({ QStringLiteral("verify"), QStringLiteral("--public-key"), publicKeyText(),
            path(QStringLiteral("tampered.json")) });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("refused"), bad.err.constData());
    }

    void signRefuses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("problem");
        const QByteArray publicKey = protocol::generateRecipientKeyPair().publicKey;
        QJsonObject httpIntake = directoryObject(1,
            { organisation(QStringLiteral("org"), QStringLiteral("police"), allStrands(), everywhere(),
                publicKey, QStringLiteral("http://intake.example.org/v1/envelopes")) });
        QJsonObject expired = directoryObject(1,
            { organisation(
                QStringLiteral("org"), QStringLiteral("police"), allStrands(), everywhere(), publicKey) },
            QDateTime::currentDateTimeUtc().addDays(-9), QDateTime::currentDateTimeUtc().addDays(-1));
        QTest::newRow("not JSON") << QByteArrayLiteral("{ not json") << kPassphrase << 1
                                  << QByteArrayLiteral("not a usable directory");
        QTest::newRow("http intake") << bytes(httpIntake) << kPassphrase << 1
                                     << QByteArrayLiteral("https://");
        QTest::newRow("expired") << bytes(expired) << kPassphrase << 1
                                 << QByteArrayLiteral("already expired");
        QTest::newRow("wrong passphrase") << readFile(m_input) << QByteArrayLiteral("not the passphrase") << 2
                                          << QByteArrayLiteral("passphrase does not open");
    }

    void signRefuses()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, passphrase);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, problem);
        const QString in = path(QStringLiteral("bad-input.json"));
        const QString out = path(QStringLiteral("bad-output.json"));
        QFile::remove(out);
        QVERIFY(writeFile(in, input));
        const Run sign = runTool({ QStringLiteral("sign"), QStringLiteral("--key"), m_key,
                                     QStringLiteral("--input"), in, QStringLiteral("--output"), out },
            passphrase);
        QCOMPARE(sign.exitCode, exitCode);
        QVERIFY2(sign.err.contains(problem), sign.err.constData());
        QVERIFY(!QFileInfo::exists(out)); // nothing written
    }

    void refusesBadCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no command") << QStringList {} << 64;
        QTest::newRow("unknown command") << QStringList { QStringLiteral("publish") } << 64;
        QTest::newRow("sign without input") << QStringList { QStringLiteral("sign"), QStringLiteral("--key"),
            QStringLiteral("k"), QStringLiteral("--output"), QStringLiteral("o") }
                                            << 64;
        QTest::newRow("output over input") << QStringList { QStringLiteral("sign"), QStringLiteral("--key"),
            QStringLiteral("k"), QStringLiteral("--input"), QStringLiteral("same.json"),
            QStringLiteral("--output"), QStringLiteral("same.json") }
                                           << 64;
        QTest::newRow("verify with a bad key") << QStringList { QStringLiteral("verify"),
            QStringLiteral("--public-key"), QStringLiteral("abc"), QStringLiteral("f.json") }
                                               << 64;
        QTest::newRow("verify with a bad time") << QStringList { QStringLiteral("verify"),
            QStringLiteral("--public-key"), QString::fromLatin1(QByteArray(32, 'k').toBase64()),
            QStringLiteral("--at"), QStringLiteral("tomorrow"), QStringLiteral("f.json") }
                                                << 64;
    }

    void refusesBadCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = runTool(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.err.contains("Usage:"));
    }

    void organisationKeyIsNotASigningKey()
    {
        // A recipient's (X25519) key file in place of the directory key: refused before any passphrase.
        receiver::OrganisationKeyFile fake
            = receiver::OrganisationKeyFile::fromJson(readFile(m_key), receiver::SecretKeyKind::Directory)
                  .value();
        fake.kind = receiver::SecretKeyKind::Organisation;
        QVERIFY(writeFile(path(QStringLiteral("organisation.key")), fake.toJson()));
        const Run sign = runTool({ QStringLiteral("sign"), QStringLiteral("--key"),
            path(QStringLiteral("organisation.key")), QStringLiteral("--input"), m_input,
            QStringLiteral("--output"), path(QStringLiteral("x.json")) });
        QCOMPARE(sign.exitCode, 1);
        QVERIFY2(sign.err.contains("not a directory signing key"), sign.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDirectoryTool)
#include "tst_directorytool.moc"
