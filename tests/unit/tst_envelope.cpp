// SPDX-License-Identifier: GPL-3.0-or-later
// Envelope protocol v1 (docs/protocol.md): round trips, every byte tampered, every refusal with a
// specific reason, bucket sizes and receipts. Hand-built inner layouts check the document, not just the code.
#include "crypto/sodium.h"
#include "protocol/envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sodium.h>

#include <cstdio>

using namespace harbour;
using protocol::Envelope;
using protocol::KeyPair;

namespace {

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
unsigned char *u(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

// A small report of the shape app/report/report.cpp writes (canonical: compact, keys sorted).
QByteArray sampleReport()
{
    return QByteArrayLiteral(
        "{\"answers\":{\"narrative\":\"They shouted at me at the bus stop.\",\"online\":\"no\","
        "\"targeted\":[\"religion\"]},\"app_version\":\"0.1.0\",\"flags\":{\"cyber_enabled\":false,"
        "\"strands\":[\"religion\"]},\"format\":\"harbour-report\",\"language\":\"en\",\"mode\":\"kiosk\","
        "\"questionnaire\":{\"id\":\"harbour-spine\",\"version\":1},\"reference\":\"HB-7K2M-Q9TX\","
        "\"reported_at\":\"2024-05-01T13:00:00Z\"}");
}

// JSON of exactly `size` bytes (size >= 8), so bucket edges can be hit precisely.
QByteArray reportOfSize(qsizetype size)
{
    if (size < 8)
        return QByteArray(size, 'x');
    return QByteArrayLiteral("{\"x\":\"") + QByteArray(size - 8, 'a') + QByteArrayLiteral("\"}");
}

// ISO/IEC 7816-4 padding written out by hand (0x80 then zeros), independent of sodium_pad.
QByteArray padByHand(const QByteArray &report, qsizetype bucket)
{
    QByteArray padded = report;
    padded.append(char(0x80));
    padded.append(QByteArray(bucket - padded.size(), '\0'));
    return padded;
}

QByteArray signatureBy(const QByteArray &signingSecretKey, const QByteArray &id, const QByteArray &padded)
{
    const QByteArray message = QByteArrayLiteral("harbour-report-signature-v1") + id + padded;
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(u(signature), nullptr, u(message), size_t(message.size()), u(signingSecretKey));
    return signature;
}

// Version 2 (docs/protocol.md §6): the signature also covers the recipient's key id (16 raw bytes).
QByteArray signatureV2By(const QByteArray &signingSecretKey, const QByteArray &id,
    const QByteArray &recipientPublicKey, const QByteArray &padded)
{
    QByteArray keyId(16, Qt::Uninitialized);
    crypto_generichash(u(keyId), 16, u(recipientPublicKey), 32, nullptr, 0);
    const QByteArray message = QByteArrayLiteral("harbour-report-signature-v2") + id + keyId + padded;
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(u(signature), nullptr, u(message), size_t(message.size()), u(signingSecretKey));
    return signature;
}

// The inner layout of docs/protocol.md: "HBR1" || id || flags || [kiosk key || signature] || padded.
QByteArray innerLayout(const QByteArray &magic, const QByteArray &id, quint8 flags,
    const QByteArray &signedPart, const QByteArray &padded)
{
    return magic + id + QByteArray(1, char(flags)) + signedPart + padded;
}

Envelope sealByHand(
    const QByteArray &id, const QByteArray &inner, const QByteArray &recipientPublicKey, int version = 1)
{
    Envelope envelope;
    envelope.version = version;
    envelope.id = id;
    envelope.recipientKeyId = protocol::recipientKeyId(recipientPublicKey);
    envelope.seal = QByteArray(inner.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(u(envelope.seal), u(inner), size_t(inner.size()), u(recipientPublicKey));
    return envelope;
}

// The wire JSON of an envelope with one field replaced (or removed when the value is undefined).
QByteArray withField(const Envelope &envelope, const QString &key, const QJsonValue &value)
{
    QJsonObject object = QJsonDocument::fromJson(envelope.toJson()).object();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripUnsigned();
    void roundTripSigned();
    void wireFormIsCanonical();
    void handBuiltLayoutOpens();
    void everyWireByteTampered();
    void everySealByteTampered();
    void wrongRecipientKey();
    void versionThreeRefused();
    void signedAndUnsignedSameLength_data();
    void signedAndUnsignedSameLength();
    void handBuiltVersionTwoOpens();
    void versionTwoSignatureCoversRecipient();
    void versionTwoUnsignedFieldsMustBeZero();
    void versionOneStillOpens();
    void malformedEnvelopeRefused_data();
    void malformedEnvelopeRefused();
    void truncatedSealRefused_data();
    void truncatedSealRefused();
    void innerIdSwapRefused();
    void forgedSignatureRefused();
    void malformedInnerRefused_data();
    void malformedInnerRefused();
    void bucketSizes_data();
    void bucketSizes();
    void receiptRoundTrip();
    void badReceiptRefused_data();
    void badReceiptRefused();

private:
    KeyPair m_recipient;
    KeyPair m_kiosk;
    Envelope m_receiptFor; // the envelope the bad receipts are checked against
};

void TestEnvelope::initTestCase()
{
    crypto::ensureInitialised();
    m_recipient = protocol::generateRecipientKeyPair();
    m_kiosk = protocol::generateSigningKeyPair();
    const auto sealed = protocol::seal(sampleReport(), m_recipient.publicKey);
    QVERIFY(sealed.ok());
    m_receiptFor = sealed.value();
}

void TestEnvelope::roundTripUnsigned()
{
    const auto sealed = protocol::seal(sampleReport(), m_recipient.publicKey);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
    QCOMPARE(sealed->id.size(), protocol::kEnvelopeIdBytes);
    QCOMPARE(sealed->recipientKeyId, protocol::recipientKeyId(m_recipient.publicKey));
    // 48 bytes of crypto_box_seal + 21 bytes of inner header + 96 zero bytes where a kiosk's key and
    // signature would be (version 2) + one 1 KiB bucket.
    QCOMPARE(sealed->seal.size(), 48 + 21 + 96 + 1024);

    const auto parsed = Envelope::fromJson(sealed->toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const auto opened = protocol::open(parsed.value(), m_recipient);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened->reportJson, sampleReport());
    QVERIFY(opened->kioskPublicKey.isEmpty());
}

void TestEnvelope::roundTripSigned()
{
    const auto sealed = protocol::seal(sampleReport(), m_recipient.publicKey, m_kiosk.secretKey);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
    QCOMPARE(sealed->seal.size(), 48 + 21 + 32 + 64 + 1024);

    const auto parsed = Envelope::fromJson(sealed->toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const auto opened = protocol::open(parsed.value(), m_recipient);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened->reportJson, sampleReport());
    QCOMPARE(opened->kioskPublicKey, m_kiosk.publicKey);
}

void TestEnvelope::wireFormIsCanonical()
{
    const auto sealed = protocol::seal(sampleReport(), m_recipient.publicKey);
    QVERIFY(sealed.ok());
    const QByteArray expected = QByteArrayLiteral("{\"attachments\":[],\"id\":\"") + sealed->id.toHex()
        + QByteArrayLiteral("\",\"recipient\":\"") + sealed->recipientKeyId
        + QByteArrayLiteral("\",\"seal\":\"") + sealed->seal.toBase64() + QByteArrayLiteral("\",\"v\":2}");
    QCOMPARE(sealed->toJson(), expected);
    QCOMPARE(sealed->idHex(), sealed->id.toHex());
    // Key id: lower-case hex of the unkeyed 16-byte BLAKE2b of the public key.
    QByteArray hash(16, Qt::Uninitialized);
    crypto_generichash(u(hash), 16, u(m_recipient.publicKey), 32, nullptr, 0);
    QCOMPARE(protocol::recipientKeyId(m_recipient.publicKey), hash.toHex());
}

void TestEnvelope::handBuiltLayoutOpens()
{
    // An envelope built from the document's description alone opens with the real opener.
    const QByteArray id = crypto::randomBytes(16);
    const QByteArray padded = padByHand(sampleReport(), 1024);
    const QByteArray signedPart = m_kiosk.publicKey + signatureBy(m_kiosk.secretKey, id, padded);
    const auto unsignedEnvelope
        = sealByHand(id, innerLayout(QByteArrayLiteral("HBR1"), id, 0, {}, padded), m_recipient.publicKey);
    const auto signedEnvelope = sealByHand(
        id, innerLayout(QByteArrayLiteral("HBR1"), id, 1, signedPart, padded), m_recipient.publicKey);
    for (const auto &envelope : { unsignedEnvelope, signedEnvelope }) {
        const auto parsed = Envelope::fromJson(envelope.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        const auto opened = protocol::open(parsed.value(), m_recipient);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->reportJson, sampleReport());
    }
    QCOMPARE(protocol::open(signedEnvelope, m_recipient)->kioskPublicKey, m_kiosk.publicKey);
}

void TestEnvelope::everyWireByteTampered()
{
    qsizetype variants = 0;
    qsizetype accepted = 0;
    for (const QByteArray &kioskKey : { QByteArray(), m_kiosk.secretKey }) {
        const auto sealed = protocol::seal(sampleReport(), m_recipient.publicKey, kioskKey);
        QVERIFY(sealed.ok());
        const QByteArray wire = sealed->toJson();
        for (qsizetype i = 0; i < wire.size(); ++i) {
            for (const char mask : { char(0x01), char(0x80) }) {
                QByteArray tampered = wire;
                tampered[i] = char(tampered[i] ^ mask);
                ++variants;
                const auto parsed = Envelope::fromJson(tampered);
                if (!parsed) {
                    QVERIFY(!parsed.error().isEmpty());
                    continue;
                }
                const auto opened = protocol::open(parsed.value(), m_recipient);
                if (opened) {
                    ++accepted;
                    qWarning(
                        "accepted a tampered envelope: byte %lld xor 0x%02x", qlonglong(i), quint8(mask));
                } else {
                    QVERIFY(!opened.error().isEmpty());
                }
            }
        }
    }
    qInfo("tamper: %lld variants, %lld accepted (every byte of the wire JSON, unsigned and signed, xor 0x01 "
          "and xor 0x80)",
        qlonglong(variants), qlonglong(accepted));
    QVERIFY(variants > 6000);
    QCOMPARE(accepted, 0);
}

void TestEnvelope::everySealByteTampered()
{
    qsizetype variants = 0;
    qsizetype accepted = 0;
    for (const QByteArray &kioskKey : { QByteArray(), m_kiosk.secretKey }) {
        const auto sealed = protocol::seal(sampleReport(), m_recipient.publicKey, kioskKey);
        QVERIFY(sealed.ok());
        for (qsizetype i = 0; i < sealed->seal.size(); ++i) {
            for (const char mask : { char(0x01), char(0x80) }) {
                Envelope tampered = sealed.value();
                tampered.seal[i] = char(tampered.seal[i] ^ mask);
                ++variants;
                const auto opened = protocol::open(tampered, m_recipient);
                if (opened)
                    ++accepted;
                else
                    QVERIFY(opened.error().contains(QLatin1StringView("does not open")));
            }
        }
    }
    qInfo("tamper: %lld variants, %lld accepted (every byte of the raw seal, unsigned and signed, xor 0x01 "
          "and xor 0x80)",
        qlonglong(variants), qlonglong(accepted));
    QCOMPARE(variants, qsizetype(2 * (1189 + 1189)));
    QCOMPARE(accepted, 0);
}

void TestEnvelope::wrongRecipientKey()
{
    const auto sealed = protocol::seal(sampleReport(), m_recipient.publicKey);
    QVERIFY(sealed.ok());
    const KeyPair other = protocol::generateRecipientKeyPair();
    const auto addressedElsewhere = protocol::open(sealed.value(), other);
    QVERIFY(!addressedElsewhere);
    QVERIFY2(addressedElsewhere.error().contains(QLatin1StringView("another key")),
        qPrintable(addressedElsewhere.error()));
    QVERIFY(addressedElsewhere.error().contains(QString::fromLatin1(sealed->recipientKeyId)));

    // The right key id with the wrong secret key: the seal itself must refuse.
    const auto wrongSecret
        = protocol::open(sealed.value(), KeyPair { m_recipient.publicKey, other.secretKey });
    QVERIFY(!wrongSecret);
    QVERIFY2(
        wrongSecret.error().contains(QLatin1StringView("does not open")), qPrintable(wrongSecret.error()));
}

void TestEnvelope::versionThreeRefused()
{
    const auto sealed = protocol::seal(sampleReport(), m_recipient.publicKey);
    QVERIFY(sealed.ok());
    const auto parsed = Envelope::fromJson(withField(sealed.value(), QStringLiteral("v"), 3));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(QLatin1StringView("version 3")), qPrintable(parsed.error()));
    // A version 1 envelope's seal is held to version 1's lengths, and the other way round.
    const auto asOne = Envelope::fromJson(withField(sealed.value(), QStringLiteral("v"), 1));
    QVERIFY2(asOne.ok(), qPrintable(asOne.error())); // 165 + B is a signed version 1 length too
    QVERIFY(!protocol::open(asOne.value(), m_recipient)); // but its inside is not version 1
    const auto unsignedOne = protocol::seal(sampleReport(), m_recipient.publicKey, {}, 1);
    QVERIFY(unsignedOne.ok());
    const auto asTwo = Envelope::fromJson(withField(unsignedOne.value(), QStringLiteral("v"), 2));
    QVERIFY(!asTwo);
    QVERIFY2(asTwo.error().contains(QLatin1StringView("truncated")), qPrintable(asTwo.error()));

    // "v" is read before anything else: a version 2 envelope with fields v1 does not know still names the
    // version.
    QJsonObject future { { QStringLiteral("v"), 3 },
        { QStringLiteral("sealed_body"), QStringLiteral("AAAA") } };
    const auto futureParsed = Envelope::fromJson(QJsonDocument(future).toJson(QJsonDocument::Compact));
    QVERIFY(!futureParsed);
    QVERIFY2(futureParsed.error().contains(QLatin1StringView("unsupported envelope version 3")),
        qPrintable(futureParsed.error()));
}

void TestEnvelope::malformedEnvelopeRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const auto sealed = protocol::seal(sampleReport(), m_recipient.publicKey);
    QVERIFY(sealed.ok());
    const Envelope &e = sealed.value();
    const QString seal64 = QString::fromLatin1(e.seal.toBase64());
    const QString idHex = QString::fromLatin1(e.idHex());

    QTest::newRow("missing v") << withField(e, QStringLiteral("v"), QJsonValue::Undefined)
                               << QStringLiteral("no version field \"v\"");
    QTest::newRow("v as a string") << withField(e, QStringLiteral("v"), QStringLiteral("1"))
                                   << QStringLiteral("whole number");
    QTest::newRow("v fractional") << withField(e, QStringLiteral("v"), 1.5) << QStringLiteral("whole number");
    QTest::newRow("v 0") << withField(e, QStringLiteral("v"), 0) << QStringLiteral("version 0");
    QTest::newRow("unknown field") << withField(e, QStringLiteral("sender"), QStringLiteral("x"))
                                   << QStringLiteral("unknown field \"sender\"");
    QTest::newRow("missing seal") << withField(e, QStringLiteral("seal"), QJsonValue::Undefined)
                                  << QStringLiteral("missing the field \"seal\"");
    QTest::newRow("missing attachments") << withField(e, QStringLiteral("attachments"), QJsonValue::Undefined)
                                         << QStringLiteral("missing the field \"attachments\"");
    QJsonArray oneAttachment { QJsonObject {
        { QStringLiteral("id"), idHex }, { QStringLiteral("size"), 1000 } } };
    QTest::newRow("non-empty attachments") << withField(e, QStringLiteral("attachments"), oneAttachment)
                                           << QStringLiteral("attachments are reserved");
    QTest::newRow("attachments not an array")
        << withField(e, QStringLiteral("attachments"), QJsonObject()) << QStringLiteral("must be an array");
    QTest::newRow("upper-case id") << withField(e, QStringLiteral("id"), idHex.toUpper())
                                   << QStringLiteral("\"id\" must be 32 lower-case hex");
    QTest::newRow("short id") << withField(e, QStringLiteral("id"), idHex.left(30))
                              << QStringLiteral("\"id\" must be 32 lower-case hex");
    QTest::newRow("id as a number") << withField(e, QStringLiteral("id"), 12)
                                    << QStringLiteral("must be strings");
    QTest::newRow("upper-case recipient")
        << withField(e, QStringLiteral("recipient"), QString::fromLatin1(e.recipientKeyId).toUpper())
        << QStringLiteral("\"recipient\" must be 32 lower-case hex");

    // Non-canonical base64 of the very same bytes: no second text may stand for one seal.
    QString unpadded = seal64;
    while (unpadded.endsWith(QLatin1Char('=')))
        unpadded.chop(1);
    QVERIFY(unpadded != seal64); // 1093 bytes: the canonical form ends in "=="
    QTest::newRow("base64 without padding")
        << withField(e, QStringLiteral("seal"), unpadded) << QStringLiteral("not canonical base64");
    QTest::newRow("base64 with a line break")
        << withField(e, QStringLiteral("seal"), QString(seal64.left(76) + QLatin1Char('\n') + seal64.mid(76)))
        << QStringLiteral("not canonical base64");
    QTest::newRow("base64 with a space")
        << withField(e, QStringLiteral("seal"), QString(QLatin1Char(' ') + seal64))
        << QStringLiteral("not canonical base64");
    // The last symbol before "==" carries 2 data bits and 4 zero bits: set one of the zero bits.
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QString trailingBits = seal64;
    const qsizetype last = trailingBits.size() - 3;
    const auto index = QByteArrayView(kAlphabet).indexOf(char(trailingBits.at(last).toLatin1()));
    trailingBits[last] = QLatin1Char(kAlphabet[index + 1]);
    QTest::newRow("base64 with non-zero trailing bits")
        << withField(e, QStringLiteral("seal"), trailingBits) << QStringLiteral("not canonical base64");
    QString urlSafe = seal64;
    urlSafe.replace(QLatin1Char('+'), QLatin1Char('-')).replace(QLatin1Char('/'), QLatin1Char('_'));
    if (urlSafe != seal64) {
        QTest::newRow("url-safe base64")
            << withField(e, QStringLiteral("seal"), urlSafe) << QStringLiteral("not canonical base64");
    }

    const QByteArray wire = e.toJson();
    QByteArray repeatedV = wire;
    repeatedV.replace(QByteArrayLiteral("{"), QByteArrayLiteral("{\"v\":1,"));
    QTest::newRow("repeated v") << repeatedV << QStringLiteral("repeats a field");
    QByteArray repeatedId = wire;
    const QByteArray secondId
        = QByteArrayLiteral("{\"id\":\"") + crypto::randomBytes(16).toHex() + QByteArrayLiteral("\",");
    repeatedId.replace(QByteArrayLiteral("{"), secondId);
    QTest::newRow("repeated id") << repeatedId << QStringLiteral("repeats a field");
    QTest::newRow("not JSON") << QByteArrayLiteral("v=1&seal=AAAA") << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArrayLiteral("[1]") << QStringLiteral("must be a JSON object");
    QByteArray huge = wire;
    huge.append(QByteArray(protocol::kMaxEnvelopeJsonBytes, ' '));
    QTest::newRow("over 2 MiB") << huge << QStringLiteral("larger than 2097152 bytes");
}

void TestEnvelope::malformedEnvelopeRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto parsed = Envelope::fromJson(json);
    QVERIFY(!parsed);
    QVERIFY(!parsed.error().isEmpty());
    QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
}

void TestEnvelope::truncatedSealRefused_data()
{
    QTest::addColumn<QByteArray>("seal");

    // Lengths chosen so that none is itself a valid shape (69 or 165 bytes plus a power of two).
    const auto small = protocol::seal(sampleReport(), m_recipient.publicKey);
    const auto large = protocol::seal(reportOfSize(5000), m_recipient.publicKey, m_kiosk.secretKey);
    QVERIFY(small.ok() && large.ok());
    QCOMPARE(large->seal.size(), 165 + 8192);
    for (const qsizetype keep : { 0, 1, 47, 48, 69, 1092, 1091, 1090, 1000 }) {
        QTest::addRow("1 KiB seal cut to %lld bytes", qlonglong(keep)) << small->seal.left(keep);
    }
    for (const qsizetype cut : { 1, 2, 3, 17, 64, 1000, 5000 }) {
        QTest::addRow("8 KiB seal less %lld bytes", qlonglong(cut)) << large->seal.chopped(cut);
    }
    QTest::newRow("1 KiB seal with one byte more") << small->seal + QByteArray(1, '\0');
}

void TestEnvelope::truncatedSealRefused()
{
    QFETCH(QByteArray, seal);
    Envelope envelope;
    envelope.id = crypto::randomBytes(16);
    envelope.recipientKeyId = protocol::recipientKeyId(m_recipient.publicKey);
    envelope.seal = seal;
    const auto parsed = Envelope::fromJson(envelope.toJson());
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(QLatin1StringView("seal")), qPrintable(parsed.error()));
    QVERIFY2(parsed.error().contains(QLatin1StringView("truncated")), qPrintable(parsed.error()));
    QVERIFY(!Envelope::checkSealShape(seal).isEmpty());
}

void TestEnvelope::innerIdSwapRefused()
{
    const auto a = protocol::seal(sampleReport(), m_recipient.publicKey);
    const auto b = protocol::seal(sampleReport(), m_recipient.publicKey);
    QVERIFY(a.ok() && b.ok());
    Envelope swapped = b.value();
    swapped.seal = a->seal; // A's report under B's id: a replay dressed as a new envelope
    const auto parsed = Envelope::fromJson(swapped.toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error())); // the outside alone cannot tell
    const auto opened = protocol::open(parsed.value(), m_recipient);
    QVERIFY(!opened);
    QVERIFY2(
        opened.error().contains(QLatin1StringView("envelope id does not match")), qPrintable(opened.error()));
}

void TestEnvelope::forgedSignatureRefused()
{
    const KeyPair kioskB = protocol::generateSigningKeyPair();
    const QByteArray id = crypto::randomBytes(16);
    const QByteArray padded = padByHand(sampleReport(), 1024);
    // Claims kiosk A but was signed by kiosk B.
    const QByteArray signedPart = m_kiosk.publicKey + signatureBy(kioskB.secretKey, id, padded);
    const auto forged = sealByHand(
        id, innerLayout(QByteArrayLiteral("HBR1"), id, 1, signedPart, padded), m_recipient.publicKey);
    const auto opened = protocol::open(forged, m_recipient);
    QVERIFY(!opened);
    QVERIFY2(
        opened.error().contains(QLatin1StringView("signature does not verify")), qPrintable(opened.error()));

    // A genuine signature over another envelope id does not carry over either.
    const QByteArray otherId = crypto::randomBytes(16);
    const QByteArray moved = m_kiosk.publicKey + signatureBy(m_kiosk.secretKey, otherId, padded);
    const auto replayed
        = sealByHand(id, innerLayout(QByteArrayLiteral("HBR1"), id, 1, moved, padded), m_recipient.publicKey);
    const auto replayedOpened = protocol::open(replayed, m_recipient);
    QVERIFY(!replayedOpened);
    QVERIFY(replayedOpened.error().contains(QLatin1StringView("signature does not verify")));
}

void TestEnvelope::malformedInnerRefused_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("inner");
    QTest::addColumn<QString>("expected");

    const QByteArray id = crypto::randomBytes(16);
    const QByteArray magic = QByteArrayLiteral("HBR1");
    const QByteArray padded = padByHand(sampleReport(), 1024);
    const QByteArray signedPart = m_kiosk.publicKey + signatureBy(m_kiosk.secretKey, id, padded);

    QTest::newRow("magic HBR2 in version 1")
        << id << innerLayout(QByteArrayLiteral("HBR2"), id, 0, {}, padded)
        << QStringLiteral("not a Harbour version 1 report");
    QTest::newRow("unknown flag 0x02")
        << id << innerLayout(magic, id, 0x02, {}, padded) << QStringLiteral("unknown flags 2");
    QTest::newRow("signed flag, no signature")
        << id << innerLayout(magic, id, 1, {}, padded) << QStringLiteral("no bucket size");
    QTest::newRow("signature, flag clear")
        << id << innerLayout(magic, id, 0, signedPart, padded) << QStringLiteral("no bucket size");
    QByteArray noMarker = padded;
    noMarker[sampleReport().size()] = '\0';
    QTest::newRow("padding without 0x80")
        << id << innerLayout(magic, id, 0, {}, noMarker) << QStringLiteral("padding is malformed");
    QByteArray junkAfterMarker = padded;
    junkAfterMarker[1000] = 'x';
    // The last non-zero byte must be the 0x80 marker.
    QTest::newRow("non-zero byte after 0x80")
        << id << innerLayout(magic, id, 0, {}, junkAfterMarker) << QStringLiteral("padding is malformed");
    QTest::newRow("all zeros") << id << innerLayout(magic, id, 0, {}, QByteArray(1024, '\0'))
                               << QStringLiteral("padding is malformed");
    QTest::newRow("report not JSON") << id
                                     << innerLayout(
                                            magic, id, 0, {}, padByHand(QByteArrayLiteral("hello"), 1024))
                                     << QStringLiteral("not a JSON object");
    QTest::newRow("report a JSON array")
        << id << innerLayout(magic, id, 0, {}, padByHand(QByteArrayLiteral("[1,2]"), 1024))
        << QStringLiteral("not a JSON object");
}

void TestEnvelope::malformedInnerRefused()
{
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, inner);
    QFETCH(QString, expected);
    const auto envelope = sealByHand(id, inner, m_recipient.publicKey);
    const auto opened = protocol::open(envelope, m_recipient);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
}

void TestEnvelope::signedAndUnsignedSameLength_data()
{
    QTest::addColumn<qsizetype>("reportBytes");
    for (const qsizetype n : { 8, 358, 1023, 1024, 5000, 70000, 1048575 })
        QTest::addRow("%lld bytes", qlonglong(n)) << n;
}

// The issue: a kiosk's envelopes were 96 bytes longer than a phone's, so an intake could tell them
// apart without opening anything. In version 2 the same report seals to the same length either way.
void TestEnvelope::signedAndUnsignedSameLength()
{
    QFETCH(qsizetype, reportBytes);
    const QByteArray report = reportOfSize(reportBytes);
    const auto phone = protocol::seal(report, m_recipient.publicKey);
    const auto kiosk = protocol::seal(report, m_recipient.publicKey, m_kiosk.secretKey);
    QVERIFY(phone.ok() && kiosk.ok());
    QCOMPARE(phone->seal.size(), kiosk->seal.size());
    QCOMPARE(phone->toJson().size(), kiosk->toJson().size());
    const qsizetype bucket = protocol::bucketSizeFor(reportBytes);
    QCOMPARE(phone->seal.size(), 165 + bucket);
    // Version 1, still written for intakes that list only 1, differs by the 96 bytes.
    const auto phoneV1 = protocol::seal(report, m_recipient.publicKey, {}, 1);
    const auto kioskV1 = protocol::seal(report, m_recipient.publicKey, m_kiosk.secretKey, 1);
    QVERIFY(phoneV1.ok() && kioskV1.ok());
    QCOMPARE(kioskV1->seal.size() - phoneV1->seal.size(), 96);
    std::printf(
        "length: report %lld bytes: version 2 envelope %lld bytes signed, %lld unsigned (difference 0); "
        "version 1: %lld and %lld\n",
        qlonglong(reportBytes), qlonglong(kiosk->toJson().size()), qlonglong(phone->toJson().size()),
        qlonglong(kioskV1->toJson().size()), qlonglong(phoneV1->toJson().size()));
    std::fflush(stdout);
    for (const auto &envelope : { phone.value(), kiosk.value(), phoneV1.value(), kioskV1.value() }) {
        const auto parsed = Envelope::fromJson(envelope.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        const auto opened = protocol::open(parsed.value(), m_recipient);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->reportJson, report);
    }
}

void TestEnvelope::handBuiltVersionTwoOpens()
{
    const QByteArray id = crypto::randomBytes(16);
    const QByteArray padded = padByHand(sampleReport(), 1024);
    const QByteArray signedPart
        = m_kiosk.publicKey + signatureV2By(m_kiosk.secretKey, id, m_recipient.publicKey, padded);
    const auto unsignedEnvelope
        = sealByHand(id, innerLayout(QByteArrayLiteral("HBR2"), id, 0, QByteArray(96, '\0'), padded),
            m_recipient.publicKey, 2);
    const auto signedEnvelope = sealByHand(
        id, innerLayout(QByteArrayLiteral("HBR2"), id, 1, signedPart, padded), m_recipient.publicKey, 2);
    QCOMPARE(unsignedEnvelope.seal.size(), signedEnvelope.seal.size());
    for (const auto &envelope : { unsignedEnvelope, signedEnvelope }) {
        QVERIFY(envelope.toJson().endsWith("\"v\":2}"));
        const auto parsed = Envelope::fromJson(envelope.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        const auto opened = protocol::open(parsed.value(), m_recipient);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->reportJson, sampleReport());
    }
    QCOMPARE(protocol::open(signedEnvelope, m_recipient)->kioskPublicKey, m_kiosk.publicKey);
    QVERIFY(protocol::open(unsignedEnvelope, m_recipient)->kioskPublicKey.isEmpty());
    // A version 1 signature in a version 2 layout does not verify.
    const QByteArray oldSignature = m_kiosk.publicKey + signatureBy(m_kiosk.secretKey, id, padded);
    const auto mixed = sealByHand(
        id, innerLayout(QByteArrayLiteral("HBR2"), id, 1, oldSignature, padded), m_recipient.publicKey, 2);
    QVERIFY(!protocol::open(mixed, m_recipient));
}

// A kiosk's signed report for one organisation, sealed again by someone who opened it to another
// organisation, no longer verifies: the signature names the recipient it was made for.
void TestEnvelope::versionTwoSignatureCoversRecipient()
{
    const KeyPair other = protocol::generateRecipientKeyPair();
    const QByteArray id = crypto::randomBytes(16);
    const QByteArray padded = padByHand(sampleReport(), 1024);
    const QByteArray signedForUs
        = m_kiosk.publicKey + signatureV2By(m_kiosk.secretKey, id, m_recipient.publicKey, padded);
    const auto resealed = sealByHand(
        id, innerLayout(QByteArrayLiteral("HBR2"), id, 1, signedForUs, padded), other.publicKey, 2);
    const auto opened = protocol::open(resealed, other);
    QVERIFY(!opened);
    QVERIFY2(
        opened.error().contains(QLatin1StringView("signature does not verify")), qPrintable(opened.error()));
    // Version 1 could not tell (what version 2 fixes).
    const QByteArray signedV1 = m_kiosk.publicKey + signatureBy(m_kiosk.secretKey, id, padded);
    const auto resealedV1
        = sealByHand(id, innerLayout(QByteArrayLiteral("HBR1"), id, 1, signedV1, padded), other.publicKey, 1);
    QVERIFY(protocol::open(resealedV1, other).ok());
}

void TestEnvelope::versionTwoUnsignedFieldsMustBeZero()
{
    const QByteArray id = crypto::randomBytes(16);
    const QByteArray padded = padByHand(sampleReport(), 1024);
    QByteArray fields(96, '\0');
    fields[95] = 1;
    const auto envelope = sealByHand(
        id, innerLayout(QByteArrayLiteral("HBR2"), id, 0, fields, padded), m_recipient.publicKey, 2);
    const auto opened = protocol::open(envelope, m_recipient);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1StringView("not zero")), qPrintable(opened.error()));
    // And a version 2 layout without the fields is refused for its length.
    const auto bare
        = sealByHand(id, innerLayout(QByteArrayLiteral("HBR2"), id, 0, {}, padded), m_recipient.publicKey, 2);
    QVERIFY(!Envelope::fromJson(bare.toJson()));
}

void TestEnvelope::versionOneStillOpens()
{
    for (const QByteArray &kioskKey : { QByteArray(), m_kiosk.secretKey }) {
        const auto sealed = protocol::seal(sampleReport(), m_recipient.publicKey, kioskKey, 1);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->seal.size(), kioskKey.isEmpty() ? 69 + 1024 : 165 + 1024);
        QVERIFY(sealed->toJson().endsWith("\"v\":1}"));
        const auto parsed = Envelope::fromJson(sealed->toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->version, 1);
        const auto opened = protocol::open(parsed.value(), m_recipient);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->kioskPublicKey, kioskKey.isEmpty() ? QByteArray() : m_kiosk.publicKey);
    }
    QVERIFY(!protocol::seal(sampleReport(), m_recipient.publicKey, {}, 3));
}

void TestEnvelope::bucketSizes_data()
{
    QTest::addColumn<qsizetype>("reportBytes");
    QTest::addColumn<qsizetype>("bucket"); // 0: seal must refuse

    QTest::newRow("0") << qsizetype(0) << qsizetype(1024);
    QTest::newRow("1") << qsizetype(1) << qsizetype(1024);
    QTest::newRow("1022") << qsizetype(1022) << qsizetype(1024);
    QTest::newRow("1023") << qsizetype(1023) << qsizetype(1024);
    QTest::newRow("1024") << qsizetype(1024) << qsizetype(2048);
    QTest::newRow("1025") << qsizetype(1025) << qsizetype(2048);
    QTest::newRow("5000") << qsizetype(5000) << qsizetype(8192);
    QTest::newRow("1048575") << qsizetype(1048575) << qsizetype(1048576);
    QTest::newRow("1048576") << qsizetype(1048576) << qsizetype(0);
}

void TestEnvelope::bucketSizes()
{
    QFETCH(qsizetype, reportBytes);
    QFETCH(qsizetype, bucket);
    const QByteArray report = reportOfSize(reportBytes);
    QCOMPARE(report.size(), reportBytes);
    const auto sealed = protocol::seal(report, m_recipient.publicKey);
    if (bucket == 0) {
        QVERIFY(!sealed);
        QVERIFY2(sealed.error().contains(QLatin1StringView("too large")), qPrintable(sealed.error()));
        return;
    }
    QCOMPARE(protocol::bucketSizeFor(reportBytes), bucket);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error()));
    QCOMPARE(sealed->seal.size(), 48 + 21 + 96 + bucket); // version 2: the same signed or not
    const auto parsed = Envelope::fromJson(sealed->toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QVERIFY(sealed->toJson().size() <= protocol::kMaxEnvelopeJsonBytes);
    if (reportBytes >= 8) { // shorter ones are not JSON objects, which open refuses by design
        const auto opened = protocol::open(parsed.value(), m_recipient);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->reportJson, report);
    }
}

void TestEnvelope::receiptRoundTrip()
{
    const auto sealed = protocol::seal(sampleReport(), m_recipient.publicKey);
    QVERIFY(sealed.ok());
    const QDateTime storedAt(QDate(2024, 5, 1), QTime(13, 27, 41), Qt::UTC);
    const auto receipt = protocol::makeReceipt(sealed.value(), storedAt);
    const QByteArray body = receipt.toJson();
    QByteArray digest(32, Qt::Uninitialized);
    crypto_generichash(u(digest), 32, u(sealed->seal), size_t(sealed->seal.size()), nullptr, 0);
    const QByteArray expected = QByteArrayLiteral("{\"digest\":\"") + digest.toHex()
        + QByteArrayLiteral("\",\"envelope\":\"") + sealed->idHex()
        + QByteArrayLiteral("\",\"stored\":\"2024-05-01T13:00:00Z\",\"v\":1}");
    QCOMPARE(body, expected);
    const auto verified = protocol::verifyReceipt(body, sealed.value());
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QCOMPARE(verified->stored, QDateTime(QDate(2024, 5, 1), QTime(13, 0), Qt::UTC));
    QCOMPARE(protocol::roundedToHour(
                 QDateTime(QDate(2024, 5, 1), QTime(15, 59, 59, 999), Qt::OffsetFromUTC, 7200)),
        QDateTime(QDate(2024, 5, 1), QTime(13, 0), Qt::UTC));
}

void TestEnvelope::badReceiptRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    const Envelope &sealed = m_receiptFor;
    const auto other = protocol::seal(sampleReport(), m_recipient.publicKey);
    QVERIFY(other.ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject good = QJsonDocument::fromJson(protocol::makeReceipt(sealed, now).toJson()).object();
    auto variant = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject object = good;
        object.insert(key, value);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    // Each body below is what a client that sent m_receiptFor is handed; all must be refused.
    QTest::newRow("for another envelope")
        << protocol::makeReceipt(other.value(), now).toJson() << QStringLiteral("another envelope");
    QTest::newRow("wrong digest") << variant(
        QStringLiteral("digest"), QString::fromLatin1(crypto::randomBytes(32).toHex()))
                                  << QStringLiteral("digest does not match");
    QTest::newRow("captive portal page") << QByteArrayLiteral(
        "<!DOCTYPE html><html><head><title>Welcome to CityWiFi</title></head>"
        "<body><form action=\"/login\">Accept the terms to continue</form></body></html>")
                                         << QStringLiteral("not valid JSON");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("extra field") << variant(QStringLiteral("server"), QStringLiteral("intake-3"))
                                 << QStringLiteral("unknown field \"server\"");
    QTest::newRow("v 2") << variant(QStringLiteral("v"), 2) << QStringLiteral("version 2");
    QTest::newRow("upper-case digest")
        << variant(QStringLiteral("digest"), good.value(QStringLiteral("digest")).toString().toUpper())
        << QStringLiteral("malformed");
    QTest::newRow("stored not a time")
        << variant(QStringLiteral("stored"), QStringLiteral("yesterday")) << QStringLiteral("malformed");
    QTest::newRow("JSON array") << QByteArrayLiteral("[]") << QStringLiteral("must be a JSON object");
    QTest::newRow("over 4096 bytes") << variant(QStringLiteral("pad"), QString(5000, QLatin1Char('x')))
                                     << QStringLiteral("too long");
    QByteArray repeated = protocol::makeReceipt(other.value(), now).toJson();
    repeated.chop(1);
    repeated += QByteArrayLiteral(",\"envelope\":\"") + sealed.idHex() + QByteArrayLiteral("\"}");
    QTest::newRow("repeated envelope field") << repeated << QStringLiteral("repeats a field");
}

void TestEnvelope::badReceiptRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const auto verified = protocol::verifyReceipt(body, m_receiptFor);
    QVERIFY(!verified);
    QVERIFY(!verified.error().isEmpty());
    QVERIFY2(verified.error().contains(expected), qPrintable(verified.error()));
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
