// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfiles.h"

#include "base/strictinput.h"
#include "crypto/sodium.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace harbour::receiver {
namespace {

constexpr qint64 kMaxKeyFileBytes = 64 * 1024;
constexpr char kKdfAlgorithm[] = "argon2id13";
// Bounds that keep a damaged or hostile key file from asking for hours of work or all memory.
constexpr quint64 kMaxOpslimit = 64;
constexpr quint64 kMaxMemlimit = quint64(4) * 1024 * 1024 * 1024;

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
unsigned char *u(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

Result<QByteArray> readSmallFile(const QString &path, const char *what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QStringLiteral("cannot read the %1 %2: %3")
                                               .arg(QLatin1StringView(what), path, file.errorString()));
    QByteArray data = file.read(kMaxKeyFileBytes + 1);
    if (data.size() > kMaxKeyFileBytes)
        return Result<QByteArray>::failure(
            QStringLiteral("%1 is too large to be a Harbour %2").arg(path, QLatin1StringView(what)));
    return data;
}

Result<QJsonObject> parseKeyObject(const QByteArray &json)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(QStringLiteral("it is not valid JSON (%1 at byte %2; truncated?)")
                                                .arg(error.errorString())
                                                .arg(error.offset));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(QStringLiteral("it is not a JSON object"));
    const QJsonObject object = doc.object();
    const auto v = object.value(QLatin1StringView("v"));
    if (!v.isDouble() || v.toDouble() != 1.0)
        return Result<QJsonObject>::failure(QStringLiteral("its version \"v\" is missing or not 1"));
    return object;
}

// Reads a base64 field that must decode to exactly `bytes` bytes.
QString readBytesField(const QJsonObject &object, const char *name, qsizetype bytes, QByteArray *out)
{
    const auto value = object.value(QLatin1StringView(name));
    if (!value.isString())
        return QStringLiteral("the field \"%1\" is missing or not a string").arg(QLatin1StringView(name));
    const auto decoded = strict::decodeCanonicalBase64(value.toString());
    if (!decoded)
        return QStringLiteral("the field \"%1\" is not valid base64").arg(QLatin1StringView(name));
    *out = *decoded;
    if (out->size() != bytes)
        return QStringLiteral("the field \"%1\" holds %2 bytes; expected %3")
            .arg(QLatin1StringView(name))
            .arg(out->size())
            .arg(bytes);
    return {};
}

QString readWholeNumber(const QJsonObject &object, const char *name, quint64 min, quint64 max, quint64 *out)
{
    const auto number = strict::wholeNumber(object.value(QLatin1StringView(name)), qint64(min), qint64(max));
    if (!number)
        return QStringLiteral("the field \"kdf.%1\" is missing or out of range").arg(QLatin1StringView(name));
    *out = quint64(*number);
    return {};
}

QString kindOf(const QJsonObject &object)
{
    return object.value(QLatin1StringView("kind")).toString();
}

QLatin1StringView secretKindName(SecretKeyKind kind)
{
    return QLatin1StringView(kind == SecretKeyKind::Directory ? kDirectoryKeyKind : kOrganisationKeyKind);
}

QLatin1StringView publicKindName(SecretKeyKind kind)
{
    return QLatin1StringView(
        kind == SecretKeyKind::Directory ? kDirectoryPublicKeyKind : kOrganisationPublicKeyKind);
}

} // namespace

Result<PublicKeyFile> readPublicKeyFile(const QString &path)
{
    using R = Result<PublicKeyFile>;
    auto data = readSmallFile(path, "public key file");
    if (!data)
        return R::failure(data.error());
    auto object = parseKeyObject(data.value());
    if (!object)
        return R::failure(
            QStringLiteral("%1 is not a Harbour public key file: %2").arg(path, object.error()));
    const QString kind = kindOf(object.value());
    if (kind == QLatin1StringView(kOrganisationKeyKind))
        return R::failure(
            QStringLiteral("%1 is a secret organisation key; give the intake the %2 file next to it "
                           "and keep the secret key off the server")
                .arg(path, QLatin1StringView(kPublicKeySuffix)));
    if (kind != QLatin1StringView(kOrganisationPublicKeyKind))
        return R::failure(QStringLiteral("%1 is not a Harbour public key file (its \"kind\" is not \"%2\")")
                              .arg(path, QLatin1StringView(kOrganisationPublicKeyKind)));
    PublicKeyFile file;
    if (auto e = readBytesField(object.value(), "public_key", protocol::kPublicKeyBytes, &file.publicKey);
        !e.isEmpty())
        return R::failure(QStringLiteral("%1 is damaged: %2").arg(path, e));
    file.keyId = protocol::recipientKeyId(file.publicKey);
    const auto keyId = object->value(QLatin1StringView("key_id"));
    if (!keyId.isUndefined() && keyId.toString().toLatin1() != file.keyId)
        return R::failure(
            QStringLiteral("%1 is damaged: its \"key_id\" does not match its public key").arg(path));
    return file;
}

QByteArray publicKeyFileJson(const QByteArray &publicKey, SecretKeyKind kind)
{
    const QJsonObject object {
        { QStringLiteral("v"), 1 },
        { QStringLiteral("kind"), publicKindName(kind) },
        { QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64()) },
        { QStringLiteral("key_id"), QString::fromLatin1(protocol::recipientKeyId(publicKey)) },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<OrganisationKeyFile> OrganisationKeyFile::fromJson(const QByteArray &json, SecretKeyKind expected)
{
    using R = Result<OrganisationKeyFile>;
    auto object = parseKeyObject(json);
    if (!object)
        return R::failure(object.error());
    const QString kind = kindOf(object.value());
    if (kind == publicKindName(expected))
        return R::failure(QStringLiteral("it is the public key file; the secret key file is needed"));
    if (kind != secretKindName(expected))
        return R::failure(QStringLiteral("its \"kind\" is not \"%1\"").arg(secretKindName(expected)));

    OrganisationKeyFile file;
    file.kind = expected;
    if (auto e = readBytesField(object.value(), "public_key", protocol::kPublicKeyBytes, &file.publicKey);
        !e.isEmpty())
        return R::failure(e);
    const auto kdfValue = object->value(QLatin1StringView("kdf"));
    if (!kdfValue.isObject())
        return R::failure(QStringLiteral("the field \"kdf\" is missing or not an object"));
    const QJsonObject kdf = kdfValue.toObject();
    if (kdf.value(QLatin1StringView("alg")).toString() != QLatin1StringView(kKdfAlgorithm))
        return R::failure(QStringLiteral("\"kdf.alg\" is not \"%1\"").arg(QLatin1StringView(kKdfAlgorithm)));
    if (auto e = readWholeNumber(kdf, "opslimit", crypto_pwhash_OPSLIMIT_MIN, kMaxOpslimit, &file.opslimit);
        !e.isEmpty())
        return R::failure(e);
    if (auto e = readWholeNumber(kdf, "memlimit", crypto_pwhash_MEMLIMIT_MIN, kMaxMemlimit, &file.memlimit);
        !e.isEmpty())
        return R::failure(e);
    if (auto e = readBytesField(kdf, "salt", crypto_pwhash_SALTBYTES, &file.salt); !e.isEmpty())
        return R::failure(e);
    if (auto e = readBytesField(object.value(), "nonce", crypto_secretbox_NONCEBYTES, &file.nonce);
        !e.isEmpty())
        return R::failure(e);
    if (auto e = readBytesField(object.value(), "secret_key_box",
            protocol::kSecretKeyBytes + crypto_secretbox_MACBYTES, &file.secretKeyBox);
        !e.isEmpty())
        return R::failure(e);
    return file;
}

QByteArray OrganisationKeyFile::toJson() const
{
    const QJsonObject kdf {
        { QStringLiteral("alg"), QLatin1StringView(kKdfAlgorithm) },
        { QStringLiteral("opslimit"), double(opslimit) },
        { QStringLiteral("memlimit"), double(memlimit) },
        { QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()) },
    };
    const QJsonObject object {
        { QStringLiteral("v"), 1 },
        { QStringLiteral("kind"), secretKindName(kind) },
        { QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64()) },
        { QStringLiteral("kdf"), kdf },
        { QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64()) },
        { QStringLiteral("secret_key_box"), QString::fromLatin1(secretKeyBox.toBase64()) },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

namespace {

// Argon2id key for the secretbox; empty when libsodium cannot get the memory.
QByteArray deriveBoxKey(
    const QByteArray &passphrase, const QByteArray &salt, quint64 opslimit, quint64 memlimit)
{
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(u(key), size_t(key.size()), passphrase.constData(), size_t(passphrase.size()), u(salt),
            opslimit, size_t(memlimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        crypto::wipe(key);
        return {};
    }
    return key;
}

QString derivationFailed(quint64 memlimit)
{
    return QStringLiteral("the key could not be derived from the passphrase: Argon2id needs %1 MiB of memory")
        .arg(memlimit / (1024 * 1024));
}

} // namespace

namespace {

// The 32 secret bytes a key file keeps: the X25519 secret key, or the Ed25519 seed.
Result<OrganisationKeyFile> lockSecret(
    SecretKeyKind kind, const QByteArray &publicKey, const QByteArray &secret, const QByteArray &passphrase)
{
    using R = Result<OrganisationKeyFile>;
    OrganisationKeyFile file;
    file.kind = kind;
    file.publicKey = publicKey;
    file.opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
    file.memlimit = crypto_pwhash_MEMLIMIT_MODERATE;
    file.salt = crypto::randomBytes(crypto_pwhash_SALTBYTES);
    file.nonce = crypto::randomBytes(crypto_secretbox_NONCEBYTES);
    QByteArray key = deriveBoxKey(passphrase, file.salt, file.opslimit, file.memlimit);
    if (key.isEmpty())
        return R::failure(derivationFailed(file.memlimit));
    file.secretKeyBox = QByteArray(secret.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(u(file.secretKeyBox), u(secret), size_t(secret.size()), u(file.nonce), u(key));
    crypto::wipe(key);
    return file;
}

} // namespace

Result<OrganisationKeyFile> lockOrganisationKey(const protocol::KeyPair &pair, const QByteArray &passphrase)
{
    crypto::ensureInitialised();
    if (pair.publicKey.size() != protocol::kPublicKeyBytes
        || pair.secretKey.size() != protocol::kSecretKeyBytes)
        return Result<OrganisationKeyFile>::failure(QStringLiteral("the key pair is malformed"));
    return lockSecret(SecretKeyKind::Organisation, pair.publicKey, pair.secretKey, passphrase);
}

Result<OrganisationKeyFile> lockDirectoryKey(const protocol::KeyPair &pair, const QByteArray &passphrase)
{
    crypto::ensureInitialised();
    if (pair.publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || pair.secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return Result<OrganisationKeyFile>::failure(QStringLiteral("the signing key pair is malformed"));
    QByteArray seed(crypto_sign_SEEDBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_seed(u(seed), u(pair.secretKey));
    auto locked = lockSecret(SecretKeyKind::Directory, pair.publicKey, seed, passphrase);
    crypto::wipe(seed);
    return locked;
}

UnlockResult unlockOrganisationKey(const OrganisationKeyFile &file, const QByteArray &passphrase)
{
    crypto::ensureInitialised();
    UnlockResult result;
    QByteArray key = deriveBoxKey(passphrase, file.salt, file.opslimit, file.memlimit);
    if (key.isEmpty()) {
        result.error = derivationFailed(file.memlimit);
        return result;
    }
    QByteArray secretKey(file.secretKeyBox.size() - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    const int rc = crypto_secretbox_open_easy(
        u(secretKey), u(file.secretKeyBox), size_t(file.secretKeyBox.size()), u(file.nonce), u(key));
    crypto::wipe(key);
    if (rc != 0) {
        // A wrong passphrase and a flipped bit in the box look the same; the passphrase is the likely cause.
        crypto::wipe(secretKey);
        result.status = UnlockResult::Status::WrongPassphrase;
        result.error = QStringLiteral("the passphrase does not open this key file");
        return result;
    }
    QByteArray derivedPublic(protocol::kPublicKeyBytes, Qt::Uninitialized);
    if (file.kind == SecretKeyKind::Directory) {
        // The box holds the Ed25519 seed; the usable secret key is seed ‖ public key.
        QByteArray fullSecret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
        crypto_sign_seed_keypair(u(derivedPublic), u(fullSecret), u(secretKey));
        crypto::wipe(secretKey);
        secretKey.swap(fullSecret);
    } else {
        crypto_scalarmult_base(u(derivedPublic), u(secretKey));
    }
    if (!crypto::equalConstantTime(derivedPublic, file.publicKey)) {
        crypto::wipe(secretKey);
        result.status = UnlockResult::Status::Damaged;
        result.error
            = QStringLiteral("the key file is damaged: its secret key does not match its public key");
        return result;
    }
    result.status = UnlockResult::Status::Ok;
    result.pair = protocol::KeyPair { file.publicKey, secretKey };
    return result;
}

} // namespace harbour::receiver
