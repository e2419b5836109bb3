// SPDX-License-Identifier: GPL-3.0-or-later
#include "signeddirectory.h"

#include "base/strictinput.h"
#include "crypto/sodium.h"
#include "strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace harbour::directory {
namespace {

QByteArray signedMessage(const QByteArray &payload)
{
    return QByteArray(kDirectorySignaturePrefix) + payload;
}

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

QByteArray directoryKeyId(const QByteArray &signingPublicKey)
{
    return crypto::toHex(crypto::blake2b(signingPublicKey, 16));
}

QByteArray signDirectory(const QByteArray &payload, const QByteArray &signingSecretKey)
{
    crypto::ensureInitialised();
    Q_ASSERT(signingSecretKey.size() == crypto_sign_SECRETKEYBYTES);
    const QByteArray message = signedMessage(payload);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, u(message),
        quint64(message.size()), u(signingSecretKey));
    // An Ed25519 secret key ends with its public key.
    const QByteArray publicKey = signingSecretKey.right(crypto_sign_PUBLICKEYBYTES);
    const QJsonObject object {
        { QStringLiteral("v"), kSignedDirectoryVersion },
        { QStringLiteral("key_id"), QString::fromLatin1(directoryKeyId(publicKey)) },
        { QStringLiteral("directory"), QString::fromLatin1(payload.toBase64()) },
        { QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()) },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

Result<SignedDirectory> verifySignedDirectory(const QByteArray &file, const QList<QByteArray> &trustedKeys)
{
    using R = Result<SignedDirectory>;
    crypto::ensureInitialised();
    if (file.size() > kMaxSignedDirectoryBytes)
        return R::failure(QStringLiteral("malformed: the signed directory is larger than %1 bytes")
                              .arg(kMaxSignedDirectoryBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(QStringLiteral("malformed: the signed directory is not valid JSON (%1 at byte %2)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!doc.isObject())
        return R::failure(QStringLiteral("malformed: the signed directory is not a JSON object"));
    const QJsonObject object = doc.object();
    const QJsonValue v = object.value(QLatin1StringView("v"));
    if (!v.isDouble() || v.toDouble() != double(kSignedDirectoryVersion))
        return R::failure(
            QStringLiteral("unsupported signed directory version %1; this app reads version %2")
                .arg(v.isUndefined()
                        ? QStringLiteral("(missing)")
                        : QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1))
                .arg(kSignedDirectoryVersion));
    if (const auto repeated = strict::firstRepeatedMember(file))
        return R::failure(
            QStringLiteral("malformed: the signed directory repeats the member \"%1\"").arg(*repeated));
    if (const auto unknown = strict::firstUnknownMember(object,
            { QStringLiteral("v"), QStringLiteral("key_id"), QStringLiteral("directory"),
                QStringLiteral("signature") }))
        return R::failure(
            QStringLiteral("malformed: unknown member \"%1\" in the signed directory").arg(*unknown));
    for (const char *name : { "key_id", "directory", "signature" }) {
        if (!object.value(QLatin1StringView(name)).isString())
            return R::failure(
                QStringLiteral("malformed: \"%1\" is missing or not a string").arg(QLatin1StringView(name)));
    }
    SignedDirectory result;
    result.file = file;
    result.keyId = object.value(QLatin1StringView("key_id")).toString().toLatin1();
    if (crypto::fromHexStrict(result.keyId, 16).isEmpty())
        return R::failure(QStringLiteral("malformed: \"key_id\" is not 32 lower-case hex characters"));
    const auto payload
        = strict::decodeCanonicalBase64(object.value(QLatin1StringView("directory")).toString());
    if (!payload)
        return R::failure(QStringLiteral("malformed: \"directory\" is not canonical base64"));
    result.payload = *payload;
    const auto signature = strict::decodeCanonicalBase64(
        object.value(QLatin1StringView("signature")).toString(), crypto_sign_BYTES);
    if (!signature)
        return R::failure(QStringLiteral("malformed: \"signature\" is not canonical base64 of 64 bytes"));

    const QByteArray *key = nullptr;
    for (const QByteArray &trusted : trustedKeys) {
        if (trusted.size() == crypto_sign_PUBLICKEYBYTES && directoryKeyId(trusted) == result.keyId)
            key = &trusted;
    }
    if (!key)
        return R::failure(
            QStringLiteral("unknown signing key: the directory is signed by key %1, which this app does not "
                           "trust")
                .arg(QString::fromLatin1(result.keyId)));
    const QByteArray message = signedMessage(result.payload);
    if (crypto_sign_verify_detached(u(*signature), u(message), quint64(message.size()), u(*key)) != 0)
        return R::failure(QStringLiteral("bad signature: the directory was altered or not signed by key %1")
                              .arg(QString::fromLatin1(result.keyId)));
    auto directory = Directory::fromJson(result.payload);
    if (!directory)
        return R::failure(
            QStringLiteral("the signed directory's content is not usable: %1").arg(directory.error()));
    result.directory = directory.value();
    return result;
}

QString checkValidAt(const Directory &directory, const QDateTime &now)
{
    if (now >= directory.expiresAt)
        return QStringLiteral("expired: directory serial %1 expired at %2")
            .arg(directory.serial)
            .arg(formatUtcTimestamp(directory.expiresAt));
    if (now.addSecs(kClockSkewSeconds) < directory.issuedAt)
        return QStringLiteral(
            "not yet valid: directory serial %1 is issued at %2, later than this device's clock (%3)")
            .arg(directory.serial)
            .arg(formatUtcTimestamp(directory.issuedAt), formatUtcTimestamp(now));
    return {};
}

} // namespace harbour::directory
