// SPDX-License-Identifier: GPL-3.0-or-later
#include "envelope.h"

#include "base/strictinput.h"
#include "crypto/sodium.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <limits>

namespace harbour::protocol {
namespace {

constexpr std::array<char, 4> kInnerMagicV1 = { 'H', 'B', 'R', '1' };
constexpr std::array<char, 4> kInnerMagicV2 = { 'H', 'B', 'R', '2' };
constexpr qsizetype kInnerHeaderBytes = 4 + kEnvelopeIdBytes + 1;
// Version 2 always holds the kiosk key and signature fields, zero-filled when unsigned.
constexpr qsizetype kSignatureFieldsBytes = kSigningPublicKeyBytes + kSignatureBytes;
constexpr char kSignatureContextV1[] = "harbour-report-signature-v1";
constexpr char kSignatureContextV2[] = "harbour-report-signature-v2";
constexpr quint8 kFlagSigned = 0x01;

const std::array<char, 4> &innerMagic(int version)
{
    return version == 1 ? kInnerMagicV1 : kInnerMagicV2;
}

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
unsigned char *u(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

bool isBucketSize(qsizetype n)
{
    return n >= kMinBucketBytes && n <= kMaxBucketBytes && (n & (n - 1)) == 0;
}

// v1: prefix ‖ envelope id ‖ padded. v2 also covers the recipient: prefix ‖ envelope id ‖
// the 16 raw bytes of the recipient key id ‖ padded.
QByteArray signedMessage(
    int version, const QByteArray &envelopeId, const QByteArray &recipientKeyIdHex, const QByteArray &padded)
{
    QByteArray message = version == 1 ? QByteArray(kSignatureContextV1, sizeof(kSignatureContextV1) - 1)
                                      : QByteArray(kSignatureContextV2, sizeof(kSignatureContextV2) - 1);
    message += envelopeId;
    if (version != 1)
        message += crypto::fromHexStrict(recipientKeyIdHex, kKeyIdBytes);
    message += padded;
    return message;
}

Result<QJsonObject> parseObject(const QByteArray &json, const char *what)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(QStringLiteral("%1 is not valid JSON (%2 at byte %3)")
                                                .arg(QLatin1StringView(what), error.errorString())
                                                .arg(error.offset));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            QStringLiteral("%1 must be a JSON object").arg(QLatin1StringView(what)));
    return doc.object();
}

QString checkVersion(const QJsonObject &object, const char *what, int oldest, int newest)
{
    const auto v = object.value(QLatin1StringView("v"));
    if (v.isUndefined())
        return QStringLiteral("%1 has no version field \"v\"").arg(QLatin1StringView(what));
    const auto version
        = strict::wholeNumber(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (!version)
        return QStringLiteral("%1 version \"v\" must be a whole number").arg(QLatin1StringView(what));
    if (*version < oldest || *version > newest) {
        if (oldest == newest)
            return QStringLiteral("unsupported %1 version %2; this implementation reads version %3")
                .arg(QLatin1StringView(what))
                .arg(*version)
                .arg(newest);
        return QStringLiteral("unsupported %1 version %2; this implementation reads versions %3 to %4")
            .arg(QLatin1StringView(what))
            .arg(*version)
            .arg(oldest)
            .arg(newest);
    }
    return {};
}

// QJsonDocument keeps only the last of repeated keys; another reader may keep the first. Refusing
// such a text means no two readers can see two different envelopes.
QString checkNoRepeatedKeys(const QByteArray &json, const char *what)
{
    if (strict::firstRepeatedMember(json))
        return QStringLiteral("%1 repeats a field").arg(QLatin1StringView(what));
    return {};
}

QString checkKeys(const QJsonObject &object, std::initializer_list<const char *> allowed, const char *what)
{
    QStringList known;
    for (const char *k : allowed)
        known.append(QLatin1StringView(k));
    if (const auto unknown = strict::firstUnknownMember(object, known))
        return QStringLiteral("%1 has an unknown field \"%2\"")
            .arg(QLatin1StringView(what), unknown->left(40));
    for (const char *k : allowed) {
        if (!object.contains(QLatin1StringView(k)))
            return QStringLiteral("%1 is missing the field \"%2\"")
                .arg(QLatin1StringView(what), QLatin1StringView(k));
    }
    return {};
}

} // namespace

KeyPair generateRecipientKeyPair()
{
    crypto::ensureInitialised();
    KeyPair pair { QByteArray(kPublicKeyBytes, Qt::Uninitialized),
        QByteArray(kSecretKeyBytes, Qt::Uninitialized) };
    crypto_box_keypair(u(pair.publicKey), u(pair.secretKey));
    return pair;
}

KeyPair generateSigningKeyPair()
{
    crypto::ensureInitialised();
    KeyPair pair { QByteArray(kSigningPublicKeyBytes, Qt::Uninitialized),
        QByteArray(kSigningSecretKeyBytes, Qt::Uninitialized) };
    crypto_sign_keypair(u(pair.publicKey), u(pair.secretKey));
    return pair;
}

QByteArray recipientKeyId(const QByteArray &publicKey)
{
    return crypto::toHex(crypto::blake2b(publicKey, kKeyIdBytes));
}

qsizetype bucketSizeFor(qsizetype reportBytes)
{
    qsizetype bucket = kMinBucketBytes;
    // sodium_pad always adds at least one byte (0x80), so a report of exactly a bucket needs the next one.
    while (bucket < reportBytes + 1)
        bucket *= 2;
    return bucket;
}

QByteArray Envelope::idHex() const
{
    return crypto::toHex(id);
}

QByteArray Envelope::toJson() const
{
    QJsonObject object {
        { QStringLiteral("v"), version },
        { QStringLiteral("id"), QString::fromLatin1(idHex()) },
        { QStringLiteral("recipient"), QString::fromLatin1(recipientKeyId) },
        { QStringLiteral("seal"), QString::fromLatin1(seal.toBase64()) },
        { QStringLiteral("attachments"), QJsonArray() },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString Envelope::checkSealShape(const QByteArray &sealBytes, int version)
{
    const qsizetype inner = sealBytes.size() - kSealOverheadBytes;
    const qsizetype header = kInnerHeaderBytes + (version == 1 ? 0 : kSignatureFieldsBytes);
    if (inner < header + kMinBucketBytes)
        return QStringLiteral("the seal is too short to hold a report (truncated?)");
    const qsizetype unsignedPadded = inner - kInnerHeaderBytes;
    const qsizetype signedPadded = unsignedPadded - kSignatureFieldsBytes;
    // Version 1: 69 + B unsigned or 165 + B signed. Version 2: 165 + B either way.
    if (!isBucketSize(signedPadded) && (version != 1 || !isBucketSize(unsignedPadded)))
        return QStringLiteral("the seal's length matches no padding bucket (truncated or extended?)");
    return {};
}

Result<Envelope> Envelope::fromJson(const QByteArray &json)
{
    using R = Result<Envelope>;
    if (json.size() > kMaxEnvelopeJsonBytes)
        return R::failure(QStringLiteral("the envelope is larger than %1 bytes").arg(kMaxEnvelopeJsonBytes));
    auto parsed = parseObject(json, "envelope");
    if (!parsed)
        return R::failure(parsed.error());
    const QJsonObject &object = parsed.value();
    if (auto e = checkVersion(object, "envelope", kOldestEnvelopeVersion, kEnvelopeVersion); !e.isEmpty())
        return R::failure(e);
    if (auto e = checkNoRepeatedKeys(json, "envelope"); !e.isEmpty())
        return R::failure(e);
    if (auto e = checkKeys(object, { "v", "id", "recipient", "seal", "attachments" }, "envelope");
        !e.isEmpty())
        return R::failure(e);

    const auto idValue = object.value(QLatin1StringView("id"));
    const auto recipientValue = object.value(QLatin1StringView("recipient"));
    const auto sealValue = object.value(QLatin1StringView("seal"));
    const auto attachments = object.value(QLatin1StringView("attachments"));
    if (!idValue.isString() || !recipientValue.isString() || !sealValue.isString())
        return R::failure(
            QStringLiteral("envelope fields \"id\", \"recipient\" and \"seal\" must be strings"));

    Envelope envelope;
    envelope.version = object.value(QLatin1StringView("v")).toInt();
    envelope.id = crypto::fromHexStrict(idValue.toString().toLatin1(), kEnvelopeIdBytes);
    if (envelope.id.isEmpty())
        return R::failure(QStringLiteral("envelope \"id\" must be 32 lower-case hex characters"));
    envelope.recipientKeyId = recipientValue.toString().toLatin1();
    if (crypto::fromHexStrict(envelope.recipientKeyId, kKeyIdBytes).isEmpty())
        return R::failure(QStringLiteral("envelope \"recipient\" must be 32 lower-case hex characters"));
    // An empty seal is a truncated one, and checkSealShape() below says so.
    const QString sealText = sealValue.toString();
    const auto seal = sealText.isEmpty() ? QByteArray() : strict::decodeCanonicalBase64(sealText);
    if (!seal)
        return R::failure(QStringLiteral("envelope \"seal\" is not canonical base64"));
    envelope.seal = *seal;
    if (auto e = checkSealShape(envelope.seal, envelope.version); !e.isEmpty())
        return R::failure(e);
    if (!attachments.isArray())
        return R::failure(QStringLiteral("envelope \"attachments\" must be an array"));
    if (!attachments.toArray().isEmpty())
        return R::failure(QStringLiteral("attachments are reserved in versions 1 and 2 and must be empty"));
    return envelope;
}

Result<Envelope> seal(const QByteArray &reportJson, const QByteArray &recipientPublicKey,
    const QByteArray &kioskSigningSecretKey, int version)
{
    using R = Result<Envelope>;
    crypto::ensureInitialised();
    if (version < kOldestEnvelopeVersion || version > kEnvelopeVersion)
        return R::failure(QStringLiteral("envelope version %1 cannot be written; this implementation writes "
                                         "versions %2 to %3")
                              .arg(version)
                              .arg(kOldestEnvelopeVersion)
                              .arg(kEnvelopeVersion));
    if (recipientPublicKey.size() != kPublicKeyBytes)
        return R::failure(QStringLiteral("the recipient public key must be %1 bytes").arg(kPublicKeyBytes));
    if (!kioskSigningSecretKey.isEmpty() && kioskSigningSecretKey.size() != kSigningSecretKeyBytes)
        return R::failure(
            QStringLiteral("the kiosk signing key must be %1 bytes").arg(kSigningSecretKeyBytes));
    if (reportJson.size() + 1 > kMaxBucketBytes)
        return R::failure(
            QStringLiteral("the report is too large to send (over %1 bytes)").arg(kMaxBucketBytes - 1));

    Envelope envelope;
    envelope.version = version;
    envelope.id = crypto::randomBytes(kEnvelopeIdBytes);
    envelope.recipientKeyId = recipientKeyId(recipientPublicKey);

    const qsizetype bucket = bucketSizeFor(reportJson.size());
    QByteArray padded(bucket, '\0');
    std::copy(reportJson.begin(), reportJson.end(), padded.begin());
    size_t paddedLength = 0;
    if (sodium_pad(&paddedLength, u(padded), size_t(reportJson.size()), size_t(bucket), size_t(bucket)) != 0
        || qsizetype(paddedLength) != bucket)
        return R::failure(QStringLiteral("the report could not be padded"));

    QByteArray inner;
    inner.reserve(kInnerHeaderBytes + kSignatureFieldsBytes + bucket);
    const auto &magic = innerMagic(version);
    inner.append(magic.data(), magic.size());
    inner += envelope.id;
    const bool sign = !kioskSigningSecretKey.isEmpty();
    inner.append(char(sign ? kFlagSigned : 0));
    if (sign) {
        QByteArray signature(kSignatureBytes, Qt::Uninitialized);
        QByteArray message = signedMessage(version, envelope.id, envelope.recipientKeyId, padded);
        crypto_sign_detached(
            u(signature), nullptr, u(message), size_t(message.size()), u(kioskSigningSecretKey));
        crypto::wipe(message);
        // The Ed25519 secret key's second half is its public key.
        inner += kioskSigningSecretKey.right(kSigningPublicKeyBytes);
        inner += signature;
    } else if (version != 1) {
        // The same length as a signed one: a phone's envelope cannot be told from a kiosk's by size.
        inner += QByteArray(kSignatureFieldsBytes, '\0');
    }
    inner += padded;
    crypto::wipe(padded);

    envelope.seal = QByteArray(inner.size() + kSealOverheadBytes, Qt::Uninitialized);
    const int rc = crypto_box_seal(u(envelope.seal), u(inner), size_t(inner.size()), u(recipientPublicKey));
    crypto::wipe(inner);
    if (rc != 0)
        return R::failure(QStringLiteral("the report could not be sealed"));
    return envelope;
}

Result<OpenedReport> open(const Envelope &envelope, const KeyPair &recipient)
{
    using R = Result<OpenedReport>;
    crypto::ensureInitialised();
    if (recipient.publicKey.size() != kPublicKeyBytes || recipient.secretKey.size() != kSecretKeyBytes)
        return R::failure(QStringLiteral("the organisation key pair is malformed"));
    if (envelope.recipientKeyId != recipientKeyId(recipient.publicKey))
        return R::failure(QStringLiteral("the envelope is addressed to another key (%1)")
                              .arg(QString::fromLatin1(envelope.recipientKeyId)));
    if (envelope.version < kOldestEnvelopeVersion || envelope.version > kEnvelopeVersion)
        return R::failure(QStringLiteral("unsupported envelope version %1").arg(envelope.version));
    if (auto e = Envelope::checkSealShape(envelope.seal, envelope.version); !e.isEmpty())
        return R::failure(e);

    QByteArray inner(envelope.seal.size() - kSealOverheadBytes, Qt::Uninitialized);
    if (crypto_box_seal_open(u(inner), u(envelope.seal), size_t(envelope.seal.size()), u(recipient.publicKey),
            u(recipient.secretKey))
        != 0)
        return R::failure(QStringLiteral("the seal does not open: it was altered or is for another key"));

    auto fail = [&inner](const QString &why) {
        crypto::wipe(inner);
        return R::failure(why);
    };
    const auto &magic = innerMagic(envelope.version);
    if (!std::equal(magic.begin(), magic.end(), inner.constBegin()))
        return fail(
            QStringLiteral("the sealed content is not a Harbour version %1 report").arg(envelope.version));
    if (!crypto::equalConstantTime(inner.mid(4, kEnvelopeIdBytes), envelope.id))
        return fail(QStringLiteral("the sealed envelope id does not match the envelope's id"));
    const auto flags = quint8(inner.at(4 + kEnvelopeIdBytes));
    if ((flags & ~kFlagSigned) != 0)
        return fail(QStringLiteral("the sealed content has unknown flags %1").arg(flags));

    OpenedReport opened;
    qsizetype offset = kInnerHeaderBytes;
    QByteArray signature;
    if (flags & kFlagSigned) {
        opened.kioskPublicKey = inner.mid(offset, kSigningPublicKeyBytes);
        signature = inner.mid(offset + kSigningPublicKeyBytes, kSignatureBytes);
        offset += kSignatureFieldsBytes;
    } else if (envelope.version != 1) {
        // Unsigned version 2: the fields are there and hold nothing (no room for a hidden channel).
        const QByteArray fields = inner.mid(offset, kSignatureFieldsBytes);
        if (!std::all_of(fields.begin(), fields.end(), [](char c) { return c == 0; }))
            return fail(QStringLiteral("an unsigned report's kiosk key and signature fields are not zero"));
        offset += kSignatureFieldsBytes;
    }
    QByteArray padded = inner.mid(offset);
    crypto::wipe(inner);
    if (!isBucketSize(padded.size())) {
        crypto::wipe(padded);
        return R::failure(QStringLiteral("the padded report has a length that is no bucket size"));
    }
    if (!signature.isEmpty()) {
        QByteArray message = signedMessage(envelope.version, envelope.id, envelope.recipientKeyId, padded);
        const int rc = crypto_sign_verify_detached(
            u(signature), u(message), size_t(message.size()), u(opened.kioskPublicKey));
        crypto::wipe(message);
        if (rc != 0) {
            crypto::wipe(padded);
            return R::failure(QStringLiteral("the kiosk signature does not verify"));
        }
    }
    size_t unpadded = 0;
    if (sodium_unpad(&unpadded, u(padded), size_t(padded.size()), size_t(padded.size())) != 0) {
        crypto::wipe(padded);
        return R::failure(QStringLiteral("the report's padding is malformed"));
    }
    opened.reportJson = padded.left(qsizetype(unpadded));
    crypto::wipe(padded);
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(opened.reportJson, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        crypto::wipe(opened.reportJson);
        return R::failure(QStringLiteral("the sealed report is not a JSON object"));
    }
    return opened;
}

QDateTime roundedToHour(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), 0), Qt::UTC);
}

QByteArray Receipt::toJson() const
{
    QJsonObject object {
        { QStringLiteral("v"), kReceiptVersion },
        { QStringLiteral("envelope"), QString::fromLatin1(crypto::toHex(envelopeId)) },
        { QStringLiteral("digest"), QString::fromLatin1(crypto::toHex(digest)) },
        { QStringLiteral("stored"), stored.toUTC().toString(Qt::ISODate) },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<Receipt> Receipt::fromJson(const QByteArray &json)
{
    using R = Result<Receipt>;
    if (json.size() > 4096)
        return R::failure(QStringLiteral("the receipt is too long to be a Harbour receipt"));
    auto parsed = parseObject(json, "receipt");
    if (!parsed)
        return R::failure(parsed.error());
    const QJsonObject &object = parsed.value();
    if (auto e = checkVersion(object, "receipt", kReceiptVersion, kReceiptVersion); !e.isEmpty())
        return R::failure(e);
    if (auto e = checkNoRepeatedKeys(json, "receipt"); !e.isEmpty())
        return R::failure(e);
    if (auto e = checkKeys(object, { "v", "envelope", "digest", "stored" }, "receipt"); !e.isEmpty())
        return R::failure(e);
    Receipt receipt;
    receipt.envelopeId = crypto::fromHexStrict(
        object.value(QLatin1StringView("envelope")).toString().toLatin1(), kEnvelopeIdBytes);
    receipt.digest
        = crypto::fromHexStrict(object.value(QLatin1StringView("digest")).toString().toLatin1(), 32);
    receipt.stored = QDateTime::fromString(object.value(QLatin1StringView("stored")).toString(), Qt::ISODate);
    if (receipt.envelopeId.isEmpty() || receipt.digest.isEmpty() || !receipt.stored.isValid())
        return R::failure(QStringLiteral("the receipt's envelope, digest or stored time is malformed"));
    return receipt;
}

Receipt makeReceipt(const Envelope &envelope, const QDateTime &storedAt)
{
    return Receipt { envelope.id, crypto::blake2b(envelope.seal, 32), roundedToHour(storedAt) };
}

Result<Receipt> verifyReceipt(const QByteArray &responseBody, const Envelope &envelope)
{
    auto receipt = Receipt::fromJson(responseBody);
    if (!receipt)
        return receipt;
    if (receipt->envelopeId != envelope.id)
        return Result<Receipt>::failure(QStringLiteral("the receipt is for another envelope"));
    if (!crypto::equalConstantTime(receipt->digest, crypto::blake2b(envelope.seal, 32)))
        return Result<Receipt>::failure(QStringLiteral("the receipt's digest does not match what was sent"));
    return receipt;
}

} // namespace harbour::protocol
