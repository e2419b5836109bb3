// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's Ed25519 identity: made once, loaded after, refused when exposed or damaged.
#include "crypto/sodium.h"
#include "kiosk/kioskidentity.h"
#include "protocol/envelope.h"
#include "protocol/fingerprint.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace harbour;
using kiosk::KioskIdentity;

class TestKioskIdentity : public QObject
{
    Q_OBJECT

private:
    static unsigned modeOf(const QString &path)
    {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return 07777;
        return st.st_mode & 0777;
    }
    static QString keyPath(const QString &dir)
    {
        return QDir(dir).filePath(QLatin1StringView(KioskIdentity::kFileName));
    }
    static QByteArray contentsOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void overwrite(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

private Q_SLOTS:
    void firstRunCreatesSecondRunLoads()
    {
        QTemporaryDir parent;
        const QString dataDir = parent.filePath(QStringLiteral("kiosk-data"));
        QByteArray publicKey;
        {
            auto first = KioskIdentity::loadOrCreate(dataDir);
            QVERIFY2(first.ok(), qPrintable(first.error()));
            QVERIFY(first->created());
            QCOMPARE(first->publicKey().size(), protocol::kSigningPublicKeyBytes);
            QCOMPARE(first->secretKey().size(), protocol::kSigningSecretKeyBytes);
            publicKey = first->publicKey();
        }
        QCOMPARE(modeOf(dataDir), 0700u);
        QCOMPARE(modeOf(keyPath(dataDir)), 0600u);
        QCOMPARE(QFileInfo(keyPath(dataDir)).size(), protocol::kSigningSecretKeyBytes);

        auto second = KioskIdentity::loadOrCreate(dataDir);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(!second->created());
        QCOMPARE(second->publicKey(), publicKey);
        auto loaded = KioskIdentity::loadFile(keyPath(dataDir));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->publicKey(), publicKey);
    }

    void signsReportsTheOrganisationCanAttribute()
    {
        QTemporaryDir dir;
        auto identity = KioskIdentity::loadOrCreate(dir.path());
        QVERIFY(identity.ok());
        const auto organisation = protocol::generateRecipientKeyPair();
        auto envelope = protocol::seal("{\"mode\":\"kiosk\"}", organisation.publicKey, identity->secretKey());
        QVERIFY2(envelope.ok(), qPrintable(envelope.error()));
        auto opened = protocol::open(envelope.value(), organisation);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->kioskPublicKey, identity->publicKey());
    }

    void publicKeyTextCanBeRegisteredAndReadAloud()
    {
        QTemporaryDir dir;
        auto identity = KioskIdentity::loadOrCreate(dir.path());
        QVERIFY(identity.ok());
        const QString fingerprint = identity->fingerprint();
        QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4} ){3}[0-9A-HJKMNP-TV-Z]{4}$"))
                     .match(fingerprint)
                     .hasMatch(),
            qPrintable(fingerprint));
        const QStringList lines = identity->publicKeyText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QLatin1String("harbour-kiosk-ed25519 ")));
        QCOMPARE(QByteArray::fromBase64(lines[0].mid(22).toLatin1()), identity->publicKey());
        QCOMPARE(lines[1], QStringLiteral("fingerprint ") + fingerprint);

        // A fixed vector, so another implementation (e.g. the inbox) can show the same fingerprint:
        // BLAKE2b with a 10-byte output (Python: hashlib.blake2b(bytes(32), digest_size=10)) of
        // 32 zero bytes, in Crockford base32, most significant bits first.
        QCOMPARE(
            protocol::signingKeyFingerprint(QByteArray(32, '\0')), QStringLiteral("PV4J K2NW XWAG 2TY2"));
        QVERIFY(
            protocol::signingKeyFingerprint(QByteArray(32, '\1')) != QStringLiteral("PV4J K2NW XWAG 2TY2"));
    }

    void refusesAFileOthersCanRead()
    {
        QTemporaryDir dir;
        QVERIFY(KioskIdentity::loadOrCreate(dir.path()).ok());
        QCOMPARE(::chmod(QFile::encodeName(keyPath(dir.path())).constData(), 0644), 0);
        auto refused = KioskIdentity::loadOrCreate(dir.path());
        QVERIFY(!refused.ok());
        qInfo("message shown: %s", qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QLatin1String("permissions 0644")));
        QVERIFY(refused.error().contains(QLatin1String("too open")));
        QVERIFY(refused.error().contains(QLatin1String("chmod 600")));
        QCOMPARE(modeOf(keyPath(dir.path())), 0644u); // not repaired behind the admin's back

        QCOMPARE(::chmod(QFile::encodeName(keyPath(dir.path())).constData(), 0640), 0);
        QVERIFY(!KioskIdentity::loadOrCreate(dir.path()).ok()); // group-readable is refused too
        QCOMPARE(::chmod(QFile::encodeName(keyPath(dir.path())).constData(), 0600), 0);
        QVERIFY(KioskIdentity::loadOrCreate(dir.path()).ok());
    }

    void refusesADamagedFileClearly()
    {
        QTemporaryDir dir;
        auto made = KioskIdentity::loadOrCreate(dir.path());
        QVERIFY(made.ok());
        const QString path = keyPath(dir.path());
        const QByteArray good = contentsOf(path);

        overwrite(path, good.left(40)); // truncated
        auto shortFile = KioskIdentity::loadOrCreate(dir.path());
        QVERIFY(!shortFile.ok());
        QVERIFY2(shortFile.error().contains(QLatin1String("damaged"))
                && shortFile.error().contains(QLatin1String("40 bytes")),
            qPrintable(shortFile.error()));
        QCOMPARE(contentsOf(path).size(), 40); // never replaced with a new key

        QByteArray flipped = good;
        flipped[50] = char(flipped[50] ^ 0x01); // in the public half
        overwrite(path, flipped);
        auto mismatch = KioskIdentity::loadOrCreate(dir.path());
        QVERIFY(!mismatch.ok());
        QVERIFY2(mismatch.error().contains(QLatin1String("public half does not match")),
            qPrintable(mismatch.error()));

        flipped = good;
        flipped[3] = char(flipped[3] ^ 0x80); // in the seed
        overwrite(path, flipped);
        QVERIFY(!KioskIdentity::loadOrCreate(dir.path()).ok());

        overwrite(path, good);
        auto restored = KioskIdentity::loadOrCreate(dir.path());
        QVERIFY(restored.ok());
        QCOMPARE(restored->publicKey(), made->publicKey());
    }

    void refusesAFileOfAnotherUser()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give the file to another user");
        QTemporaryDir dir;
        QVERIFY(KioskIdentity::loadOrCreate(dir.path()).ok());
        QCOMPARE(::chown(QFile::encodeName(keyPath(dir.path())).constData(), 65534, 65534), 0);
        auto refused = KioskIdentity::loadOrCreate(dir.path());
        QVERIFY(!refused.ok());
        QVERIFY2(
            refused.error().contains(QLatin1String("belongs to user id 65534")), qPrintable(refused.error()));
    }

    void missingFileIsAnErrorForLoadFile()
    {
        QTemporaryDir dir;
        auto missing = KioskIdentity::loadFile(keyPath(dir.path()));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(keyPath(dir.path())));
    }
};

QTEST_GUILESS_MAIN(TestKioskIdentity)
#include "tst_kioskidentity.moc"
