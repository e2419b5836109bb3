// SPDX-License-Identifier: GPL-3.0-or-later
// The signed recipient directory: signatures, times, tampering, malformed content, area matching.
#include "base/strictinput.h"
#include "tst_directory_testdata.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace harbour;
using namespace harbour::testdata;

namespace {

// Applies `change` to a copy of a good directory object.
using Change = std::function<void(QJsonObject &)>;

QJsonObject organisationAt(const QJsonObject &directory, int index)
{
    return directory.value(QStringLiteral("organisations")).toArray().at(index).toObject();
}

void setOrganisation(QJsonObject &directory, int index, const QJsonObject &organisation)
{
    QJsonArray organisations = directory.value(QStringLiteral("organisations")).toArray();
    organisations[index] = organisation;
    directory.insert(QStringLiteral("organisations"), organisations);
}

// A change to one member of the first organisation (an undefined value removes it).
Change orgMember(const QString &name, const QJsonValue &value)
{
    return [name, value](QJsonObject &directory) {
        QJsonObject organisation = organisationAt(directory, 0);
        if (value.isUndefined())
            organisation.remove(name);
        else
            organisation.insert(name, value);
        setOrganisation(directory, 0, organisation);
    };
}

Change member(const QString &name, const QJsonValue &value)
{
    return [name, value](QJsonObject &directory) {
        if (value.isUndefined())
            directory.remove(name);
        else
            directory.insert(name, value);
    };
}

} // namespace

class TestDirectory : public QObject
{
    Q_OBJECT

private:
    protocol::KeyPair m_authority;
    protocol::KeyPair m_other;
    QByteArray m_police;
    QByteArray m_support;

    QJsonObject goodDirectory(qint64 serial = 5) const
    {
        return testdata::goodDirectory(serial, m_police, m_support);
    }

    Result<directory::SignedDirectory> verify(const QByteArray &file) const
    {
        return directory::verifySignedDirectory(file, { m_authority.publicKey });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_authority = protocol::generateSigningKeyPair();
        m_other = protocol::generateSigningKeyPair();
        m_police = protocol::generateRecipientKeyPair().publicKey;
        m_support = protocol::generateRecipientKeyPair().publicKey;
    }

    void goodDirectoryVerifiesWithEveryField()
    {
        // One directory for both uses: it holds the time it was made (a second apart under ASan).
        const QJsonObject good = goodDirectory();
        const QByteArray file = signedFile(good, m_authority.secretKey);
        auto verified = verify(file);
        QVERIFY2(verified, qPrintable(verified.error()));
        const directory::Directory &d = verified->directory;
        QCOMPARE(d.serial, 5);
        QCOMPARE(verified->keyId, directory::directoryKeyId(m_authority.publicKey));
        QCOMPARE(d.organisations.size(), 2);
        const directory::Organisation &police = d.organisations.at(0);
        QCOMPARE(police.id, QStringLiteral("sussex-police"));
        QCOMPARE(police.kind, directory::Kind::Police);
        QCOMPARE(police.publicKey, m_police);
        QCOMPARE(police.tlsPins.size(), 1);
        QCOMPARE(police.intake.scheme(), QStringLiteral("https"));
        QCOMPARE(police.areas.postcodes, QStringList({ QStringLiteral("BN"), QStringLiteral("RH10") }));
        QCOMPARE(
            d.organisations.at(1).languages, QStringList({ QStringLiteral("en"), QStringLiteral("pl") }));
        QVERIFY(d.organisations.at(1).areas.everywhere);
        QVERIFY(d.organisations.at(1).tlsPins.isEmpty()); // loopback http: the demo case
        QCOMPARE(d.supportContacts.size(), 4);
        QCOMPARE(
            d.supportContacts.at(1).name.in(QStringLiteral("cy")), QStringLiteral("Heddlu, nid argyfwng"));
        QCOMPARE(
            d.supportContacts.at(1).name.in(QStringLiteral("pl")), QStringLiteral("Police non-emergency"));
        QVERIFY(d.supportContacts.at(0).emergency());
        QCOMPARE(d.supportContacts.at(2).strands, QStringList({ QStringLiteral("religion") }));
        QVERIFY(directory::checkValidAt(d, QDateTime::currentDateTimeUtc()).isEmpty());
        // The signed bytes are carried exactly: what was reviewed is what is verified.
        QCOMPARE(verified->payload, bytes(good));
    }

    // An intake may list its onion service (§11.7); the address is kept as written.
    void onionAddressIsRead()
    {
        const QString onion
            = QStringLiteral("aaaqeayeaudaocajbifqydiob4ibceqtcqkrmfyydenbwha5dyp3kead.onion");
        QVERIFY(strict::isOnionV3Address(onion));
        QJsonObject directory = goodDirectory();
        QJsonObject police = organisationAt(directory, 0);
        police.insert(QStringLiteral("onion"), onion);
        setOrganisation(directory, 0, police);
        auto verified = verify(signedFile(directory, m_authority.secretKey));
        QVERIFY2(verified, qPrintable(verified.error()));
        QCOMPARE(verified->directory.organisations.at(0).onion, onion);
        QVERIFY(verified->directory.organisations.at(1).onion.isEmpty());
    }

    // Each organisation may say what it does with a report and how soon it answers (its promise)
    // and how a reporter reaches it; both are optional, so directories without them still read.
    void promiseAndContactAreRead()
    {
        QJsonObject directory = goodDirectory();
        QJsonObject police = organisationAt(directory, 0);
        police.insert(QStringLiteral("name"),
            QJsonObject { { QStringLiteral("en"), QStringLiteral("Sussex Police") },
                { QStringLiteral("ar"), QStringLiteral("شرطة ساسكس") } });
        police.insert(QStringLiteral("promise"),
            QJsonObject {
                { QStringLiteral("en"), QStringLiteral("We read every report within 1 working day.") },
                { QStringLiteral("ar"), QStringLiteral("نقرأ كل بلاغ خلال يوم عمل واحد.") },
                { QStringLiteral("pt-BR"), QStringLiteral("Lemos cada denúncia em 1 dia útil.") } });
        police.insert(QStringLiteral("contact"),
            QJsonObject { { QStringLiteral("phone"), QStringLiteral("+44 1273 470101") },
                { QStringLiteral("sms"), QStringLiteral("07700 900200") },
                { QStringLiteral("email"), QStringLiteral("hate.crime@sussex.police.example") },
                { QStringLiteral("web"), QStringLiteral("https://sussex.police.example/hate-crime") } });
        setOrganisation(directory, 0, police);
        auto verified = verify(signedFile(directory, m_authority.secretKey));
        QVERIFY2(verified, qPrintable(verified.error()));
        const directory::Organisation &read = verified->directory.organisations.at(0);
        QCOMPARE(read.name.in(QStringLiteral("ar")), QStringLiteral("شرطة ساسكس"));
        QCOMPARE(read.promise.in(QStringLiteral("ar")), QStringLiteral("نقرأ كل بلاغ خلال يوم عمل واحد."));
        QCOMPARE(read.promise.in(QStringLiteral("ar-EG")), QStringLiteral("نقرأ كل بلاغ خلال يوم عمل واحد."));
        QCOMPARE(
            read.promise.in(QStringLiteral("pt-BR")), QStringLiteral("Lemos cada denúncia em 1 dia útil."));
        // A language the directory does not have falls back to English.
        QCOMPARE(read.promise.in(QStringLiteral("uk")),
            QStringLiteral("We read every report within 1 working day."));
        QCOMPARE(read.name.in(QStringLiteral("pl")), QStringLiteral("Sussex Police"));
        QCOMPARE(read.contact.phone, QStringLiteral("+44 1273 470101"));
        QCOMPARE(read.contact.sms, QStringLiteral("07700 900200"));
        QCOMPARE(read.contact.email, QStringLiteral("hate.crime@sussex.police.example"));
        QCOMPARE(read.contact.web.toString(), QStringLiteral("https://sussex.police.example/hate-crime"));
        // Without them (every directory before serial 4 of the demo): empty, not refused.
        const directory::Organisation &plain = verified->directory.organisations.at(1);
        QVERIFY(plain.promise.isEmpty());
        QCOMPARE(plain.promise.in(QStringLiteral("ar")), QString());
        QVERIFY(plain.contact.isEmpty());
    }

    // The committed demo directory is what the app embeds: valid until 2030, trusted by the
    // built-in key, both demo entries on the demo intake and key, and the signposting list.
    void embeddedDemoDirectoryIsValid()
    {
        QFile file(QStringLiteral(HARBOUR_SOURCE_DIR "/app/resources/directory/default.signed.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto verified = directory::verifySignedDirectory(file.readAll(), directory::builtInTrustedKeys());
        QVERIFY2(verified, qPrintable(verified.error()));
        const directory::Directory &d = verified->directory;
        QVERIFY(directory::checkValidAt(d, QDateTime::currentDateTimeUtc()).isEmpty());
        QVERIFY(d.expiresAt >= QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
        const directory::Organisation *police = d.find(QStringLiteral("demo-police"));
        const directory::Organisation *support = d.find(QStringLiteral("demo-support"));
        QVERIFY(police && support);
        QCOMPARE(police->kind, directory::Kind::Police);
        QCOMPARE(support->kind, directory::Kind::Support);
        for (const auto *organisation : { police, support }) {
            QCOMPARE(organisation->intake.toString(), QStringLiteral("http://127.0.0.1:8470/v1/envelopes"));
            QCOMPARE(organisation->publicKey.toBase64(),
                QByteArrayLiteral("p/IONv131qBmsUMom8n8eliv9VzNbfyAtdvTF3C6k0k="));
            QVERIFY(organisation->areas.everywhere);
            for (const QString &strand : allStrands())
                QVERIFY(organisation->strands.contains(strand));
        }
        // Issue 15: each says what it does and how soon, how to reach it, and every text a
        // reporter reads is there in all 12 shipped languages (drafts, marked in the name).
        QVERIFY(d.name.contains(QStringLiteral("drafts")));
        const QStringList shipped
            = { QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("pl"), QStringLiteral("ro"),
                  QStringLiteral("pa"), QStringLiteral("ur"), QStringLiteral("pt"), QStringLiteral("es"),
                  QStringLiteral("ar"), QStringLiteral("bn"), QStringLiteral("fa"), QStringLiteral("uk") };
        for (const auto *organisation : { police, support }) {
            QVERIFY2(!organisation->contact.phone.isEmpty() && !organisation->contact.web.isEmpty(),
                qPrintable(organisation->id));
            for (const QString &language : shipped) {
                QVERIFY2(organisation->name.byLanguage.contains(language), qPrintable(language));
                QVERIFY2(organisation->promise.byLanguage.contains(language), qPrintable(language));
            }
        }
        QCOMPARE(police->promise.in(QStringLiteral("ar")).isEmpty(), false);
        QVERIFY(police->promise.in(QStringLiteral("ar")) != police->promise.english());
        for (const auto &contact : d.supportContacts) {
            for (const QString &language : shipped)
                QVERIFY2(contact.description.byLanguage.contains(language),
                    qPrintable(contact.id + u' ' + language));
        }
        QStringList numbers;
        for (const auto &contact : d.supportContacts)
            numbers << contact.value;
        for (const char *number :
            { "999", "18001 101", "101", "0800 138 1625", "0800 456 1226", "01920 444 327" })
            QVERIFY2(numbers.contains(QLatin1StringView(number)), number);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("problem");
        const QByteArray good = signedFile(goodDirectory(), m_authority.secretKey);
        const QJsonObject wrapper = QJsonDocument::fromJson(good).object();
        const auto withWrapper = [&wrapper](const QString &name, const QJsonValue &value) {
            QJsonObject changed = wrapper;
            if (value.isUndefined())
                changed.remove(name);
            else
                changed.insert(name, value);
            return QJsonDocument(changed).toJson(QJsonDocument::Compact);
        };
        QByteArray signature
            = QByteArray::fromBase64(wrapper.value(QStringLiteral("signature")).toString().toLatin1());
        signature[10] = char(signature.at(10) ^ 0x01);
        QByteArray payload = bytes(goodDirectory());
        payload.replace("\"serial\": 5", "\"serial\": 9"); // a tampered serial, signature unchanged

        QTest::newRow("bad signature")
            << withWrapper(QStringLiteral("signature"), b64(signature)) << QStringLiteral("bad signature");
        QTest::newRow("tampered directory")
            << withWrapper(QStringLiteral("directory"), b64(payload)) << QStringLiteral("bad signature");
        QTest::newRow("unknown key") << signedFile(goodDirectory(), m_other.secretKey)
                                     << QStringLiteral("unknown signing key");
        QTest::newRow("key id of a trusted key, other signer") << withWrapper(QStringLiteral("signature"),
            QJsonDocument::fromJson(signedFile(goodDirectory(), m_other.secretKey))
                .object()
                .value(QStringLiteral("signature"))) << QStringLiteral("bad signature");
        QTest::newRow("not JSON") << QByteArrayLiteral("{\"v\":1,") << QStringLiteral("malformed");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed");
        QTest::newRow("array") << QByteArrayLiteral("[]") << QStringLiteral("malformed");
        QTest::newRow("wrapper version 2")
            << withWrapper(QStringLiteral("v"), 2) << QStringLiteral("version 2");
        QTest::newRow("wrapper without version")
            << withWrapper(QStringLiteral("v"), QJsonValue::Undefined) << QStringLiteral("version (missing)");
        QTest::newRow("unknown wrapper member")
            << withWrapper(QStringLiteral("extra"), 1) << QStringLiteral("unknown member");
        QTest::newRow("no signature") << withWrapper(QStringLiteral("signature"), QJsonValue::Undefined)
                                      << QStringLiteral("\"signature\" is missing");
        QTest::newRow("key id upper case") << withWrapper(
            QStringLiteral("key_id"), wrapper.value(QStringLiteral("key_id")).toString().toUpper())
                                           << QStringLiteral("key_id");
        QTest::newRow("directory not base64") << withWrapper(QStringLiteral("directory"),
            QStringLiteral("not base64!")) << QStringLiteral("canonical base64");
        QTest::newRow("signature too short") << withWrapper(QStringLiteral("signature"),
            b64(QByteArray(63, 'x'))) << QStringLiteral("64 bytes");
        QByteArray repeated = good;
        repeated.replace("{\"directory\"", "{\"v\":1,\"directory\"");
        QTest::newRow("repeated wrapper member") << repeated << QStringLiteral("repeats the member \"v\"");
        QTest::newRow("too large") << QByteArray(directory::kMaxSignedDirectoryBytes + 1, ' ')
                                   << QStringLiteral("larger than");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, problem);
        auto verified = verify(file);
        QVERIFY(!verified);
        QVERIFY2(verified.error().contains(problem), qPrintable(verified.error()));
    }

    // Every single-bit change anywhere in the signed file is refused; none is accepted as another directory.
    void everyFlippedByteIsRefused()
    {
        const QJsonObject small = directoryObject(1,
            { organisation(QStringLiteral("x"), QStringLiteral("support"), { QStringLiteral("race") },
                everywhere(), m_support) });
        const QByteArray file = signedFile(small, m_authority.secretKey);
        QVERIFY(verify(file));
        for (qsizetype i = 0; i < file.size(); ++i) {
            for (char mask : { char(0x01), char(0x80) }) {
                QByteArray flipped = file;
                flipped[i] = char(flipped.at(i) ^ mask);
                auto verified = verify(flipped);
                QVERIFY2(!verified,
                    qPrintable(QStringLiteral("byte %1 mask %2 accepted").arg(i).arg(int(uchar(mask)))));
            }
        }
    }

    void refusesBadContent_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("problem");
        const QByteArray zeros(32, '\0');
        QTest::newRow("directory version 2")
            << member(QStringLiteral("v"), 2) << QStringLiteral("unsupported directory version 2");
        QTest::newRow("other format")
            << member(QStringLiteral("format"), QStringLiteral("x")) << QStringLiteral("\"format\"");
        QTest::newRow("no serial") << member(QStringLiteral("serial"), QJsonValue::Undefined)
                                   << QStringLiteral("serial: missing");
        QTest::newRow("serial zero") << member(QStringLiteral("serial"), 0)
                                     << QStringLiteral("serial: must be");
        QTest::newRow("serial fraction")
            << member(QStringLiteral("serial"), 1.5) << QStringLiteral("serial: must be");
        QTest::newRow("no expiry") << member(QStringLiteral("expires_at"), QJsonValue::Undefined)
                                   << QStringLiteral("expires_at: missing");
        QTest::newRow("local time") << member(
            QStringLiteral("issued_at"), QStringLiteral("2025-01-01T00:00:00+01:00"))
                                    << QStringLiteral("issued_at");
        QTest::newRow("impossible date")
            << member(QStringLiteral("expires_at"), QStringLiteral("2030-02-30T00:00:00Z"))
            << QStringLiteral("expires_at");
        QTest::newRow("expires before issued")
            << member(QStringLiteral("expires_at"), stamp(QDateTime::currentDateTimeUtc().addDays(-2)))
            << QStringLiteral("not after issued_at");
        QTest::newRow("no organisations") << member(QStringLiteral("organisations"), QJsonArray())
                                          << QStringLiteral("organisations: must be a non-empty");
        QTest::newRow("no support contacts member") << member(QStringLiteral("support_contacts"),
            QJsonValue::Undefined) << QStringLiteral("support_contacts: missing");
        QTest::newRow("organisation without id") << orgMember(QStringLiteral("id"), QJsonValue::Undefined)
                                                 << QStringLiteral("organisations[0].id: missing");
        QTest::newRow("id with capitals")
            << orgMember(QStringLiteral("id"), QStringLiteral("Sussex")) << QStringLiteral("lower-case");
        QTest::newRow("no name") << orgMember(QStringLiteral("name"), QJsonValue::Undefined)
                                 << QStringLiteral("name: missing");
        QTest::newRow("name without English") << orgMember(
            QStringLiteral("name"), QJsonObject { { QStringLiteral("pl"), QStringLiteral("x") } })
                                              << QStringLiteral("no English");
        // Names and descriptions are shown to people: a control character (a terminal escape, a
        // line break inside a name) is refused, in plain and localised texts alike.
        QTest::newRow("control character in a name") << orgMember(QStringLiteral("name"),
            QStringLiteral("Sussex\u001b[2J Police")) << QStringLiteral(".name: holds a control character");
        QTest::newRow("control character in a translated name")
            << orgMember(QStringLiteral("name"),
                   QJsonObject { { QStringLiteral("en"), QStringLiteral("Sussex Police\r") } })
            << QStringLiteral("without control characters");
        QTest::newRow("control character in the directory's name") << member(QStringLiteral("name"),
            QStringLiteral("Demo\nDirectory")) << QStringLiteral("name: holds a control character");
        // Translations (issue 15): any text value may be an object of language tag -> text.
        QTest::newRow("translated name: not a language tag")
            << orgMember(QStringLiteral("name"),
                   QJsonObject { { QStringLiteral("en"), QStringLiteral("Sussex Police") },
                       { QStringLiteral("english"), QStringLiteral("Sussex Police") } })
            << QStringLiteral(".name: \"english\" is not a language tag");
        QTest::newRow("translated name: upper-case tag") << orgMember(QStringLiteral("name"),
            QJsonObject { { QStringLiteral("en"), QStringLiteral("Sussex Police") },
                { QStringLiteral("AR"), QStringLiteral("x") } })
                                                         << QStringLiteral("\"AR\" is not a language tag");
        QTest::newRow("translated name: not a string")
            << orgMember(QStringLiteral("name"),
                   QJsonObject { { QStringLiteral("en"), QStringLiteral("Sussex Police") },
                       { QStringLiteral("ar"), 5 } })
            << QStringLiteral(".name: the text for \"ar\" must be a non-empty string");
        QTest::newRow("translated name: empty")
            << orgMember(QStringLiteral("name"),
                   QJsonObject { { QStringLiteral("en"), QStringLiteral("Sussex Police") },
                       { QStringLiteral("cy"), QString() } })
            << QStringLiteral("the text for \"cy\" must be a non-empty string");
        QTest::newRow("name: wrong type")
            << orgMember(QStringLiteral("name"), QJsonArray { QStringLiteral("x") })
            << QStringLiteral(".name: must be a string or an object of language tag to text");
        QTest::newRow("promise: wrong type") << orgMember(QStringLiteral("promise"), 1)
                                             << QStringLiteral(".promise: must be a string or an object");
        QTest::newRow("promise: too long") << orgMember(QStringLiteral("promise"), QString(501, u'a'))
                                           << QStringLiteral(".promise: is longer than 500 characters");
        QTest::newRow("promise: translation too long")
            << orgMember(QStringLiteral("promise"),
                   QJsonObject { { QStringLiteral("en"), QStringLiteral("We read it.") },
                       { QStringLiteral("ar"), QString(501, u'a') } })
            << QStringLiteral("the text for \"ar\" must be a non-empty string of at most 500 characters");
        QTest::newRow("promise: no English") << orgMember(
            QStringLiteral("promise"), QJsonObject { { QStringLiteral("ar"), QStringLiteral("x") } })
                                             << QStringLiteral(".promise: has no English");
        QTest::newRow("promise: unknown tag") << orgMember(QStringLiteral("promise"),
            QJsonObject { { QStringLiteral("en"), QStringLiteral("x") },
                { QStringLiteral("arabic"), QStringLiteral("x") } })
                                              << QStringLiteral(".promise: \"arabic\" is not a language tag");
        QTest::newRow("contact: wrong type") << orgMember(QStringLiteral("contact"),
            QStringLiteral("0800 000 0000")) << QStringLiteral(".contact: must be an object");
        QTest::newRow("contact: unknown member")
            << orgMember(QStringLiteral("contact"),
                   QJsonObject { { QStringLiteral("phone"), QStringLiteral("0800 000 0000") },
                       { QStringLiteral("fax"), QStringLiteral("1") } })
            << QStringLiteral(".contact: \"fax\" is not a contact member");
        QTest::newRow("contact: empty") << orgMember(QStringLiteral("contact"), QJsonObject {})
                                        << QStringLiteral(".contact: must give at least one of");
        QTest::newRow("contact: phone in words") << orgMember(QStringLiteral("contact"),
            QJsonObject { { QStringLiteral("phone"), QStringLiteral("ring the desk") } })
                                                 << QStringLiteral(".contact.phone: must be a phone number");
        QTest::newRow("contact: phone a number")
            << orgMember(QStringLiteral("contact"), QJsonObject { { QStringLiteral("phone"), 8000000000.0 } })
            << QStringLiteral(".contact.phone: must be a non-empty string");
        QTest::newRow("contact: plain http web") << orgMember(QStringLiteral("contact"),
            QJsonObject { { QStringLiteral("web"), QStringLiteral("http://example.org") } })
                                                 << QStringLiteral(".contact.web: must be an https:// URL");
        QTest::newRow("contact: not an email") << orgMember(QStringLiteral("contact"),
            QJsonObject { { QStringLiteral("email"), QStringLiteral("help at example.org") } })
                                               << QStringLiteral(".contact.email: is not an email address");
        QTest::newRow("support contact: description tag")
            << Change([](QJsonObject &d) {
                   QJsonArray contacts = d.value(QStringLiteral("support_contacts")).toArray();
                   QJsonObject contact = contacts.at(0).toObject();
                   contact.insert(QStringLiteral("description"),
                       QJsonObject { { QStringLiteral("en"), QStringLiteral("In danger now") },
                           { QStringLiteral("ar_EG"), QStringLiteral("x") } });
                   contacts[0] = contact;
                   d.insert(QStringLiteral("support_contacts"), contacts);
               })
            << QStringLiteral(
                   "support_contacts[0] (\"emergency-999\").description: \"ar_EG\" is not a language tag");
        QTest::newRow("unknown kind") << orgMember(QStringLiteral("kind"), QStringLiteral("council"))
                                      << QStringLiteral("\"police\" or \"support\"");
        QTest::newRow("no strands") << orgMember(QStringLiteral("strands"), QJsonArray())
                                    << QStringLiteral("strands: must not be empty");
        QTest::newRow("strand repeated") << orgMember(
            QStringLiteral("strands"), strings({ QStringLiteral("race"), QStringLiteral("race") }))
                                         << QStringLiteral("listed twice");
        QTest::newRow("no areas") << orgMember(QStringLiteral("areas"), QJsonValue::Undefined)
                                  << QStringLiteral("areas: missing");
        QTest::newRow("empty areas") << orgMember(QStringLiteral("areas"), QJsonObject())
                                     << QStringLiteral("serves no area");
        QTest::newRow("everywhere and a list") << orgMember(QStringLiteral("areas"),
            QJsonObject { { QStringLiteral("everywhere"), true },
                { QStringLiteral("postcodes"), strings({ QStringLiteral("E1") }) } })
                                               << QStringLiteral("one or the other");
        QTest::newRow("lower-case postcode") << orgMember(QStringLiteral("areas"),
            areas({ QStringLiteral("bn") })) << QStringLiteral("postcode");
        QTest::newRow("no languages") << orgMember(QStringLiteral("languages"), QJsonValue::Undefined)
                                      << QStringLiteral("languages: missing");
        QTest::newRow("bad language")
            << orgMember(QStringLiteral("languages"), strings({ QStringLiteral("English") }))
            << QStringLiteral("language tag");
        QTest::newRow("no intake") << orgMember(QStringLiteral("intake"), QJsonValue::Undefined)
                                   << QStringLiteral("intake: missing");
        QTest::newRow("http intake") << orgMember(
            QStringLiteral("intake"), QStringLiteral("http://intake.example.org/v1/envelopes"))
                                     << QStringLiteral("must be an https:// URL");
        QTest::newRow("ftp intake") << orgMember(
            QStringLiteral("intake"), QStringLiteral("ftp://intake.example.org/"))
                                    << QStringLiteral("https://");
        QTest::newRow("relative intake")
            << orgMember(QStringLiteral("intake"), QStringLiteral("/v1/envelopes"))
            << QStringLiteral("absolute URL");
        QTest::newRow("intake with user")
            << orgMember(QStringLiteral("intake"), QStringLiteral("https://me@intake.example.org/"))
            << QStringLiteral("absolute URL");
        QTest::newRow("https without pins") << orgMember(QStringLiteral("tls_pins"), QJsonValue::Undefined)
                                            << QStringLiteral("needs at least one pin");
        QTest::newRow("https with empty pins")
            << orgMember(QStringLiteral("tls_pins"), QJsonArray()) << QStringLiteral("at least one pin");
        QTest::newRow("short pin") << orgMember(
            QStringLiteral("tls_pins"), QJsonArray { b64(QByteArray(20, 'p')) })
                                   << QStringLiteral("32-byte SHA-256");
        QTest::newRow("no public key") << orgMember(QStringLiteral("public_key"), QJsonValue::Undefined)
                                       << QStringLiteral("public_key: missing");
        QTest::newRow("short public key") << orgMember(QStringLiteral("public_key"), b64(QByteArray(31, 'k')))
                                          << QStringLiteral("holds 31 bytes");
        QTest::newRow("public key not canonical") << orgMember(QStringLiteral("public_key"),
            b64(m_police).chopped(1)) << QStringLiteral("canonical base64");
        QTest::newRow("all-zero public key")
            << orgMember(QStringLiteral("public_key"), b64(zeros)) << QStringLiteral("all zeros");
        // The order-1 point 1 (little-endian): a sealed box to it has no secret at all.
        QByteArray one(32, '\0');
        one[0] = 1;
        QTest::newRow("low-order public key")
            << orgMember(QStringLiteral("public_key"), b64(one)) << QStringLiteral("low-order point");
        QTest::newRow("no envelope versions") << orgMember(QStringLiteral("envelope_versions"),
            QJsonValue::Undefined) << QStringLiteral("envelope_versions: missing");
        QTest::newRow("only version 2") << orgMember(QStringLiteral("envelope_versions"), QJsonArray { 2 })
                                        << QStringLiteral("does not include 1");
        // Onion addresses (§11.7): a version 3 address with its checksum, as tor writes it.
        const QString onion
            = QStringLiteral("aaaqeayeaudaocajbifqydiob4ibceqtcqkrmfyydenbwha5dyp3kead.onion");
        QTest::newRow("onion not a string")
            << orgMember(QStringLiteral("onion"), 3) << QStringLiteral("onion");
        QTest::newRow("onion upper case") << orgMember(
            QStringLiteral("onion"), QString(onion.left(56).toUpper() + QStringLiteral(".onion")))
                                          << QStringLiteral("version 3 onion address");
        QString badChecksum = onion;
        badChecksum[52] = QLatin1Char('a');
        QTest::newRow("onion checksum")
            << orgMember(QStringLiteral("onion"), badChecksum) << QStringLiteral("version 3 onion address");
        QTest::newRow("onion version 2 length")
            << orgMember(QStringLiteral("onion"), QStringLiteral("expyuzz4wqqyqhjn.onion"))
            << QStringLiteral("version 3 onion address");
        QTest::newRow("onion with a subdomain")
            << orgMember(QStringLiteral("onion"), QString(QStringLiteral("www.") + onion))
            << QStringLiteral("version 3 onion address");
        QTest::newRow("onion as a URL")
            << orgMember(QStringLiteral("onion"), QString(QStringLiteral("http://") + onion))
            << QStringLiteral("version 3 onion address");
        QTest::newRow("onion with a port")
            << orgMember(QStringLiteral("onion"), QString(onion + QStringLiteral(":443")))
            << QStringLiteral("version 3 onion address");
        QTest::newRow("repeated organisation id") << Change([this](QJsonObject &d) {
            QJsonArray organisations = d.value(QStringLiteral("organisations")).toArray();
            organisations.append(organisation(QStringLiteral("sussex-police"), QStringLiteral("police"),
                allStrands(), everywhere(), m_police));
            d.insert(QStringLiteral("organisations"), organisations);
        }) << QStringLiteral("used twice");
        QTest::newRow("loopback http with pins") << Change([](QJsonObject &d) {
            QJsonObject organisation = organisationAt(d, 1);
            organisation.insert(QStringLiteral("tls_pins"), QJsonArray { b64(QByteArray(32, 'p')) });
            setOrganisation(d, 1, organisation);
        }) << QStringLiteral("plain http intake");
        QTest::newRow("unknown channel") << Change([](QJsonObject &d) {
            QJsonArray contacts = d.value(QStringLiteral("support_contacts")).toArray();
            QJsonObject contact = contacts.at(0).toObject();
            contact.insert(QStringLiteral("channel"), QStringLiteral("pigeon"));
            contacts[0] = contact;
            d.insert(QStringLiteral("support_contacts"), contacts);
        }) << QStringLiteral("channel: must be one of");
        QTest::newRow("web contact over http") << Change([](QJsonObject &d) {
            QJsonArray contacts = d.value(QStringLiteral("support_contacts")).toArray();
            contacts.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("web") },
                { QStringLiteral("name"), QStringLiteral("Web") },
                { QStringLiteral("channel"), QStringLiteral("web") },
                { QStringLiteral("value"), QStringLiteral("http://example.org") } });
            d.insert(QStringLiteral("support_contacts"), contacts);
        }) << QStringLiteral("https:// URL");
        QTest::newRow("contact without value") << Change([](QJsonObject &d) {
            QJsonArray contacts = d.value(QStringLiteral("support_contacts")).toArray();
            QJsonObject contact = contacts.at(0).toObject();
            contact.remove(QStringLiteral("value"));
            contacts[0] = contact;
            d.insert(QStringLiteral("support_contacts"), contacts);
        }) << QStringLiteral("value: missing");
        QTest::newRow("unknown purpose") << Change([](QJsonObject &d) {
            QJsonArray contacts = d.value(QStringLiteral("support_contacts")).toArray();
            QJsonObject contact = contacts.at(0).toObject();
            contact.insert(QStringLiteral("purpose"), QStringLiteral("fun"));
            contacts[0] = contact;
            d.insert(QStringLiteral("support_contacts"), contacts);
        }) << QStringLiteral("purpose: must be one of");
    }

    // A well-signed directory whose content is wrong is still refused, naming the member.
    void refusesBadContent()
    {
        QFETCH(Change, change);
        QFETCH(QString, problem);
        QJsonObject directory = goodDirectory();
        change(directory);
        auto verified = verify(signedFile(directory, m_authority.secretKey));
        QVERIFY(!verified);
        QVERIFY2(
            verified.error().contains(QStringLiteral("content is not usable")), qPrintable(verified.error()));
        QVERIFY2(verified.error().contains(problem), qPrintable(verified.error()));
    }

    void refusesRepeatedNestedMember()
    {
        QByteArray payload = bytes(goodDirectory());
        payload.replace("\"kind\": \"police\"", "\"kind\": \"police\", \"kind\": \"support\"");
        auto verified = verify(directory::signDirectory(payload, m_authority.secretKey));
        QVERIFY(!verified);
        QVERIFY2(verified.error().contains(QStringLiteral("repeats the member \"kind\"")),
            qPrintable(verified.error()));
        // Spelled differently with an escape, the name is still the same name.
        QByteArray escaped = bytes(goodDirectory());
        escaped.replace("\"kind\": \"police\"", "\"kind\": \"police\", \"\\u006bind\": \"support\"");
        QVERIFY(!verify(directory::signDirectory(escaped, m_authority.secretKey)));
    }

    void times_data()
    {
        QTest::addColumn<int>("issuedOffsetSeconds");
        QTest::addColumn<int>("expiresOffsetSeconds");
        QTest::addColumn<QString>("problem");
        QTest::newRow("valid") << -86400 << 86400 << QString();
        QTest::newRow("expired") << -2 * 86400 << -60 << QStringLiteral("expired");
        QTest::newRow("expires now") << -86400 << 0 << QStringLiteral("expired");
        QTest::newRow("not yet valid") << 2 * 86400 << 3 * 86400 << QStringLiteral("not yet valid");
        QTest::newRow("a few minutes ahead (clock skew)") << 300 << 86400 << QString();
        QTest::newRow("beyond the skew allowance")
            << int(directory::kClockSkewSeconds) + 120 << 86400 << QStringLiteral("not yet valid");
    }

    void times()
    {
        QFETCH(int, issuedOffsetSeconds);
        QFETCH(int, expiresOffsetSeconds);
        QFETCH(QString, problem);
        // Whole seconds: the directory format has no fractions.
        const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        auto verified = verify(
            signedFile(directoryObject(1, goodDirectory().value(QStringLiteral("organisations")).toArray(),
                           now.addSecs(issuedOffsetSeconds), now.addSecs(expiresOffsetSeconds)),
                m_authority.secretKey));
        QVERIFY2(verified, qPrintable(verified.error()));
        const QString result = directory::checkValidAt(verified->directory, now);
        if (problem.isEmpty())
            QVERIFY2(result.isEmpty(), qPrintable(result));
        else
            QVERIFY2(result.startsWith(problem), qPrintable(result));
    }

    void areaMatching_data()
    {
        QTest::addColumn<QJsonObject>("areaObject");
        QTest::addColumn<QString>("reporterArea");
        QTest::addColumn<int>("match");
        const auto sussex = areas({ QStringLiteral("BN"), QStringLiteral("RH10"), QStringLiteral("E1") },
            { QStringLiteral("Brighton and Hove") });
        QTest::newRow("postcode area")
            << sussex << QStringLiteral("BN3") << int(directory::AreaMatch::PostcodeArea);
        QTest::newRow("full postcode, lower case")
            << sussex << QStringLiteral("bn3 7ab") << int(directory::AreaMatch::PostcodeArea);
        QTest::newRow("district") << sussex << QStringLiteral("RH10") << int(directory::AreaMatch::District);
        QTest::newRow("other district of RH")
            << sussex << QStringLiteral("RH11") << int(directory::AreaMatch::None);
        QTest::newRow("E1 is not E1W") << sussex << QStringLiteral("E1W") << int(directory::AreaMatch::None);
        QTest::newRow("E1 with inward code")
            << sussex << QStringLiteral("E1 6AN") << int(directory::AreaMatch::District);
        QTest::newRow("B is not BN") << areas({ QStringLiteral("B") }) << QStringLiteral("BN1")
                                     << int(directory::AreaMatch::None);
        QTest::newRow("place, any case")
            << sussex << QStringLiteral("brighton and hove") << int(directory::AreaMatch::Place);
        QTest::newRow("unknown town") << sussex << QStringLiteral("Leeds") << int(directory::AreaMatch::None);
        QTest::newRow("no area") << sussex << QString() << int(directory::AreaMatch::None);
        QTest::newRow("everywhere") << everywhere() << QStringLiteral("Leeds")
                                    << int(directory::AreaMatch::Everywhere);
    }

    void areaMatching()
    {
        QFETCH(QJsonObject, areaObject);
        QFETCH(QString, reporterArea);
        QFETCH(int, match);
        QJsonObject directory = goodDirectory();
        orgMember(QStringLiteral("areas"), areaObject)(directory);
        auto parsed = directory::Directory::fromJson(bytes(directory));
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(int(parsed->organisations.at(0).areas.match(reporterArea)), match);
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"
