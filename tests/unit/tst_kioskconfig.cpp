// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk part of the configuration: what loads, and the clear refusals of what does not.
#include "kiosk/kioskconfig.h"
#include "kiosk/secrethash.h"
#include "session/config.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace harbour;
using session::AppConfig;

class TestKioskConfig : public QObject
{
    Q_OBJECT

private:
    QByteArray m_adminHash;
    QByteArray m_volunteerHash;

    static QJsonObject base(const QString &mode = QStringLiteral("kiosk"))
    {
        QJsonObject recipient { { QStringLiteral("name"), QStringLiteral("Demo Hub") },
            { QStringLiteral("intake"), QStringLiteral("https://intake.example.org/v1/envelopes") },
            { QStringLiteral("public_key"), QString::fromLatin1(QByteArray(32, 'k').toBase64()) } };
        return { { QStringLiteral("v"), 1 }, { QStringLiteral("mode"), mode },
            { QStringLiteral("recipients"), QJsonArray { recipient } } };
    }
    static Result<AppConfig> load(const QJsonObject &root)
    {
        return AppConfig::fromJson(QJsonDocument(root).toJson());
    }
    static QJsonObject withKiosk(const QJsonObject &kiosk)
    {
        QJsonObject root = base();
        root.insert(QStringLiteral("kiosk"), kiosk);
        return root;
    }
    static QJsonObject withIdle(const QJsonValue &warning, const QJsonValue &grace)
    {
        QJsonObject root = base();
        QJsonObject idle;
        if (!warning.isUndefined())
            idle.insert(QStringLiteral("warning_after_seconds"), warning);
        if (!grace.isUndefined())
            idle.insert(QStringLiteral("grace_seconds"), grace);
        root.insert(QStringLiteral("idle"), idle);
        return root;
    }
    // A personal configuration whose one fixed recipient has `value` as its member `name`.
    static QJsonObject withRecipientMember(const QString &name, const QString &value)
    {
        QJsonObject root = base(QStringLiteral("personal"));
        QJsonArray recipients = root.value(QStringLiteral("recipients")).toArray();
        QJsonObject recipient = recipients.at(0).toObject();
        recipient.insert(name, value);
        recipients.replace(0, recipient);
        root.insert(QStringLiteral("recipients"), recipients);
        return root;
    }
    static void expectRefusal(const Result<AppConfig> &config, const char *fragment)
    {
        QVERIFY2(!config.ok(), "accepted a configuration that should be refused");
        QVERIFY2(config.error().contains(QLatin1StringView(fragment)), qPrintable(config.error()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_adminHash = kiosk::hashSecret("admin passphrase", kiosk::HashLimits::interactive()).value();
        m_volunteerHash = kiosk::hashSecret("123456", kiosk::HashLimits::interactive()).value();
    }

    // Fixed recipients have no TLS pins: plain http is only for an intake on this machine.
    void fixedRecipientIntake_data()
    {
        QTest::addColumn<QString>("intake");
        QTest::addColumn<QString>("refusal"); // empty: accepted

        const QString plainHttp
            = QStringLiteral("recipient \"Demo Hub\" has a plain http \"intake\" URL to %1");
        QTest::newRow("https") << QStringLiteral("https://intake.example.org/v1/envelopes") << QString();
        QTest::newRow("https to an address")
            << QStringLiteral("https://192.0.2.7:8443/v1/envelopes") << QString();
        QTest::newRow("http to 127.0.0.1 (tests, the demo)")
            << QStringLiteral("http://127.0.0.1:8470/v1/envelopes") << QString();
        QTest::newRow("http to another loopback address")
            << QStringLiteral("http://127.8.9.10:8470/v1/envelopes") << QString();
        QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8470/v1/envelopes") << QString();
        QTest::newRow("http to localhost")
            << QStringLiteral("http://localhost:8470/v1/envelopes") << QString();
        QTest::newRow("http to a host name") << QStringLiteral("http://intake.example.org/v1/envelopes")
                                             << plainHttp.arg(u"intake.example.org");
        QTest::newRow("http to a name that starts like localhost") << QStringLiteral(
            "http://localhost.example.org/v1/envelopes") << plainHttp.arg(u"localhost.example.org");
        QTest::newRow("http to a name that starts like 127") << QStringLiteral(
            "http://127.0.0.1.example.org/v1/envelopes") << plainHttp.arg(u"127.0.0.1.example.org");
        QTest::newRow("http to a public address")
            << QStringLiteral("http://192.0.2.7/v1/envelopes") << plainHttp.arg(u"192.0.2.7");
        QTest::newRow("http to a private address")
            << QStringLiteral("http://10.0.0.5:8470/v1/envelopes") << plainHttp.arg(u"10.0.0.5");
        QTest::newRow("http to any address")
            << QStringLiteral("http://0.0.0.0:8470/v1/envelopes") << plainHttp.arg(u"0.0.0.0");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << QStringLiteral("no valid http(s)");
    }

    void fixedRecipientIntake()
    {
        QFETCH(QString, intake);
        QFETCH(QString, refusal);
        auto config = load(withRecipientMember(QStringLiteral("intake"), intake));
        if (refusal.isEmpty()) {
            QVERIFY2(config.ok(), qPrintable(config.error()));
            QCOMPARE(config->recipients.constFirst().intakeUrl, QUrl(intake));
        } else {
            QVERIFY(!config.ok());
            QVERIFY2(config.error().contains(refusal), qPrintable(config.error()));
        }
    }

    // The recipient's key is read like every other key: canonical base64 of exactly 32 bytes.
    void fixedRecipientKey_data()
    {
        QTest::addColumn<QString>("publicKey");
        QTest::addColumn<bool>("accepted");
        const QString canonical = QString::fromLatin1(QByteArray(32, 'k').toBase64());
        QTest::newRow("canonical") << canonical << true;
        QTest::newRow("padding missing") << canonical.chopped(1) << false;
        QTest::newRow("line break inside")
            << canonical.left(20) + QLatin1Char('\n') + canonical.mid(20) << false;
        QTest::newRow("31 bytes") << QString::fromLatin1(QByteArray(31, 'k').toBase64()) << false;
        QTest::newRow("33 bytes") << QString::fromLatin1(QByteArray(33, 'k').toBase64()) << false;
        QTest::newRow("empty") << QString() << false;
    }

    void fixedRecipientKey()
    {
        QFETCH(QString, publicKey);
        QFETCH(bool, accepted);
        auto config = load(withRecipientMember(QStringLiteral("public_key"), publicKey));
        if (accepted) {
            QVERIFY2(config.ok(), qPrintable(config.error()));
            QCOMPARE(config->recipients.constFirst().publicKey, QByteArray(32, 'k'));
        } else {
            expectRefusal(config, "recipient \"Demo Hub\" has no valid 32-byte base64 \"public_key\"");
        }
    }

    void loadsAFullKioskConfiguration()
    {
        QJsonObject root
            = withKiosk({ { QStringLiteral("name"), QStringLiteral("Riverside Centre, front desk") },
                { QStringLiteral("default_organisation"), QStringLiteral("Demo Hub") },
                { QStringLiteral("languages"),
                    QJsonArray { QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pa-Arab"),
                        QStringLiteral("pt-BR"), QStringLiteral("zh-Hant-TW") } },
                { QStringLiteral("admin_passphrase_hash"), QString::fromLatin1(m_adminHash) },
                { QStringLiteral("volunteer_code_hash"), QString::fromLatin1(m_volunteerHash) } });
        root.insert(QStringLiteral("idle"),
            QJsonObject {
                { QStringLiteral("warning_after_seconds"), 30 }, { QStringLiteral("grace_seconds"), 20 } });
        auto config = load(root);
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(config->mode, AppConfig::Mode::Kiosk);
        QCOMPARE(config->kiosk.name, QStringLiteral("Riverside Centre, front desk"));
        QCOMPARE(config->kiosk.defaultOrganisation, QStringLiteral("Demo Hub"));
        QCOMPARE(config->kiosk.languages.size(), 5);
        QCOMPARE(config->kiosk.adminPassphraseHash, m_adminHash);
        QCOMPARE(config->kiosk.volunteerCodeHash, m_volunteerHash);
        QCOMPARE(config->idleWarningAfterSeconds, 30);
        QCOMPARE(config->idleGraceSeconds, 20);
    }

    void kioskWithoutKioskSectionUsesDefaults()
    {
        auto config = load(base());
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QVERIFY(config->kiosk.adminPassphraseHash.isEmpty());
        QVERIFY(config->kiosk.languages.isEmpty());
        QCOMPARE(config->idleWarningAfterSeconds, 240);
        QCOMPARE(config->idleGraceSeconds, 60);
    }

    void idleLimitsBelowTheMinimumsAreRefused()
    {
        expectRefusal(load(withIdle(29, 60)), "\"warning_after_seconds\" must be at least 30");
        expectRefusal(load(withIdle(0, 60)), "must be at least 30");
        expectRefusal(load(withIdle(-5, 60)), "must be at least 30");
        expectRefusal(load(withIdle(240, 19)), "\"grace_seconds\" must be at least 20");
        expectRefusal(load(withIdle(QStringLiteral("300"), 60)), "must be a whole number of seconds");
        expectRefusal(load(withIdle(240, 20.5)), "must be a whole number of seconds");
        QVERIFY(load(withIdle(30, 20)).ok());
        QVERIFY(load(withIdle(QJsonValue::Undefined, 25)).ok());
    }

    void kioskSettingsInAPersonalConfigAreRefused()
    {
        QJsonObject root = base(QStringLiteral("personal"));
        root.insert(QStringLiteral("kiosk"), QJsonObject { { QStringLiteral("name"), QStringLiteral("x") } });
        expectRefusal(load(root), "\"mode\" is not \"kiosk\"");
    }

    void badKioskMembersAreRefused()
    {
        QJsonObject root = base();
        root.insert(QStringLiteral("kiosk"), QStringLiteral("front desk"));
        expectRefusal(load(root), "\"kiosk\" must be an object");
        expectRefusal(load(withKiosk({ { QStringLiteral("nmae"), QStringLiteral("typo") } })),
            "unknown member \"nmae\"");
        expectRefusal(load(withKiosk({ { QStringLiteral("name"), 7 } })), "\"name\" must be a string");
        expectRefusal(
            load(withKiosk({ { QStringLiteral("name"), QStringLiteral("a\nb") } })), "control characters");
        expectRefusal(
            load(withKiosk({ { QStringLiteral("name"), QString(81, QLatin1Char('n')) } })), "at most 80");
        expectRefusal(
            load(withKiosk({ { QStringLiteral("default_organisation"), QStringLiteral("Nobody") } })),
            "not the name of any recipient");
        expectRefusal(
            load(withKiosk({ { QStringLiteral("languages"), QStringLiteral("en") } })), "must be a list");
        expectRefusal(
            load(withKiosk({ { QStringLiteral("languages"), QJsonArray { QStringLiteral("English") } } })),
            "\"English\", which is not a language tag");
        expectRefusal(
            load(withKiosk({ { QStringLiteral("languages"), QJsonArray { 1 } } })), "not a language tag");
        expectRefusal(load(withKiosk({ { QStringLiteral("languages"),
                          QJsonArray { QStringLiteral("en"), QStringLiteral("en") } } })),
            "lists \"en\" twice");
        expectRefusal(
            load(withKiosk({ { QStringLiteral("admin_passphrase_hash"), QStringLiteral("letmein") } })),
            "\"admin_passphrase_hash\" is not an Argon2id hash");
        // A hash of another algorithm (argon2i) is refused too: only Argon2id is written by the tool.
        QByteArray argon2i = m_adminHash;
        argon2i.replace("$argon2id$", "$argon2i$");
        expectRefusal(
            load(withKiosk({ { QStringLiteral("volunteer_code_hash"), QString::fromLatin1(argon2i) } })),
            "\"volunteer_code_hash\" is not an Argon2id hash");
    }

    void defaultOrganisationIsCheckedOnlyAgainstFixedRecipients()
    {
        // Without fixed recipients the organisation comes from the signed directory at run time.
        auto parsed = kiosk::KioskSettings::fromJson(
            { { QStringLiteral("default_organisation"), QStringLiteral("Any Directory Org") } }, {});
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->defaultOrganisation, QStringLiteral("Any Directory Org"));
        QVERIFY(!kiosk::KioskSettings::fromJson(
            { { QStringLiteral("default_organisation"), QStringLiteral("X") } },
            { QStringLiteral("Demo Hub") })
                     .ok());
    }

    void languageTags()
    {
        for (const char *good : { "en", "cy", "ckb", "pt-BR", "pa-Arab", "zh-Hant-TW", "es-419" })
            QVERIFY2(kiosk::isLanguageTag(QLatin1StringView(good)), good);
        for (const char *bad : { "", "EN", "english", "en_GB", "en-gb", "pa-arab", "e", "en-", "../en" })
            QVERIFY2(!kiosk::isLanguageTag(QLatin1StringView(bad)), bad);
    }

    void settingAHashKeepsEverythingElse()
    {
        QJsonObject root = withKiosk({ { QStringLiteral("name"), QStringLiteral("Front desk") } });
        root.insert(QStringLiteral("data_dir"), QStringLiteral("/var/lib/harbour-kiosk"));
        auto updated = kiosk::withSecretHash(
            QJsonDocument(root).toJson(), kiosk::kAdminPassphraseHashKey, m_adminHash);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        auto config = AppConfig::fromJson(updated.value());
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(config->kiosk.name, QStringLiteral("Front desk"));
        QCOMPARE(config->kiosk.adminPassphraseHash, m_adminHash);
        QCOMPARE(config->dataDir, QStringLiteral("/var/lib/harbour-kiosk"));
        QCOMPARE(config->recipients.size(), 1);

        // Without a "kiosk" object, one is made.
        auto fresh = kiosk::withSecretHash(
            QJsonDocument(base()).toJson(), kiosk::kVolunteerCodeHashKey, m_volunteerHash);
        QVERIFY(fresh.ok());
        QCOMPARE(AppConfig::fromJson(fresh.value())->kiosk.volunteerCodeHash, m_volunteerHash);

        QVERIFY(!kiosk::withSecretHash("[1]", kiosk::kAdminPassphraseHashKey, m_adminHash).ok());
        QVERIFY(
            !kiosk::withSecretHash(QJsonDocument(base()).toJson(), kiosk::kAdminPassphraseHashKey, "plain")
                 .ok());
    }
};

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "tst_kioskconfig.moc"
