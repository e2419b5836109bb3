// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-kiosk-setup, the real binary: passphrases from standard input become Argon2id hashes in
// the configuration file, nothing else changes, and the kiosk identity is printed to register.
#include "kiosk/kioskidentity.h"
#include "kiosk/secrethash.h"
#include "session/config.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace harbour;

class TestKioskSetup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_tool = QStringLiteral(HARBOUR_BINARY_DIR "/bin/harbour-kiosk-setup");

    QString writeConfig(const QString &mode = QStringLiteral("kiosk"))
    {
        QJsonObject recipient { { QStringLiteral("name"), QStringLiteral("Demo Hub") },
            { QStringLiteral("intake"), QStringLiteral("https://intake.example.org/v1/envelopes") },
            { QStringLiteral("public_key"), QString::fromLatin1(QByteArray(32, 'k').toBase64()) } };
        QJsonObject root { { QStringLiteral("v"), 1 }, { QStringLiteral("mode"), mode },
            { QStringLiteral("recipients"), QJsonArray { recipient } },
            { QStringLiteral("data_dir"), m_dir.filePath(QStringLiteral("data")) } };
        if (mode == QLatin1String("kiosk"))
            root.insert(QStringLiteral("kiosk"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("Front desk") } });
        const QString path = m_dir.filePath(mode + QStringLiteral(".json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(QJsonDocument(root).toJson());
        file.close();
        ::chmod(QFile::encodeName(path).constData(), 0640);
        return path;
    }
    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        process.start(m_tool, args);
        if (!process.waitForStarted(10000))
            return { -1, {}, "did not start" };
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(m_tool), qPrintable(m_tool));
    }

    void setsBothHashesFromStandardInput()
    {
        const QString path = writeConfig();
        const QString passphrase = QStringLiteral("correct horse battery");
        Run admin = run({ QStringLiteral("set-admin-passphrase"), QStringLiteral("--config"), path },
            passphrase.toUtf8() + "\n");
        QVERIFY2(admin.code == 0, admin.err.constData());
        Run volunteer
            = run({ QStringLiteral("set-volunteer-code"), QStringLiteral("--config"), path }, "204 871\r\n");
        QVERIFY2(volunteer.code == 0, volunteer.err.constData());

        const QByteArray written = read(path);
        QVERIFY(!written.contains(passphrase.toUtf8()));
        QVERIFY(!written.contains("204 871"));
        auto config = session::AppConfig::fromJson(written);
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(config->kiosk.name, QStringLiteral("Front desk")); // the rest is kept
        QVERIFY(config->kiosk.adminPassphraseHash.startsWith("$argon2id$v=19$m=262144,t=3,p=1$")); // MODERATE
        QVERIFY(kiosk::verifySecret(config->kiosk.adminPassphraseHash, passphrase.toUtf8()));
        QVERIFY(kiosk::verifySecret(config->kiosk.volunteerCodeHash, "204 871"));
        QVERIFY(!kiosk::verifySecret(config->kiosk.volunteerCodeHash, "204 871\r"));

        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0640u); // the mode is kept
    }

    void refusesAShortPassphraseAndChangesNothing()
    {
        const QString path = writeConfig();
        const QByteArray before = read(path);
        Run tooShort
            = run({ QStringLiteral("set-admin-passphrase"), QStringLiteral("--config"), path }, "short\n");
        QCOMPARE(tooShort.code, 1);
        QVERIFY2(tooShort.err.contains("at least 12 characters"), tooShort.err.constData());
        QVERIFY(!tooShort.err.contains("short\n"));
        Run empty = run({ QStringLiteral("set-volunteer-code"), QStringLiteral("--config"), path }, "");
        QCOMPARE(empty.code, 1);
        QCOMPARE(read(path), before);
    }

    void refusesAPersonalConfiguration()
    {
        const QString path = writeConfig(QStringLiteral("personal"));
        const QByteArray before = read(path);
        Run refused = run({ QStringLiteral("set-admin-passphrase"), QStringLiteral("--config"), path },
            "a long enough passphrase\n");
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("not a kiosk configuration"), refused.err.constData());
        QCOMPARE(read(path), before);
    }

    void showsTheSameIdentityEachTime()
    {
        const QString path = writeConfig();
        Run first = run({ QStringLiteral("show-identity"), QStringLiteral("--config"), path });
        QVERIFY2(first.code == 0, first.err.constData());
        QVERIFY(first.err.contains("new kiosk signing key"));
        Run second = run({ QStringLiteral("show-identity"), QStringLiteral("--config"), path });
        QVERIFY2(second.code == 0, second.err.constData());
        QCOMPARE(second.out, first.out);
        auto identity = kiosk::KioskIdentity::loadFile(
            QDir(m_dir.filePath(QStringLiteral("data")))
                .filePath(QLatin1StringView(kiosk::KioskIdentity::kFileName)));
        QVERIFY2(identity.ok(), qPrintable(identity.error()));
        QCOMPARE(QString::fromUtf8(first.out).trimmed(), identity->publicKeyText());
    }

    void checkSummarisesWithoutSecrets()
    {
        const QString path = writeConfig();
        QCOMPARE(
            run({ QStringLiteral("set-volunteer-code"), QStringLiteral("--config"), path }, "555 123\n").code,
            0);
        Run summary = run({ QStringLiteral("check"), QStringLiteral("--config"), path });
        QVERIFY2(summary.code == 0, summary.err.constData());
        QVERIFY(summary.out.contains("kiosk name: Front desk"));
        QVERIFY(summary.out.contains("admin passphrase: not set"));
        QVERIFY(summary.out.contains("volunteer code: set"));
        QVERIFY(!summary.out.contains("$argon2id$"));
        QCOMPARE(run({ QStringLiteral("frobnicate"), QStringLiteral("--config"), path }).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestKioskSetup)
#include "tst_kiosksetup.moc"
