// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskidentity.h"

#include "crypto/sodium.h"
#include "protocol/envelope.h"
#include "protocol/fingerprint.h"
#include "store/keyfile.h"

#include <QDir>

#include <sodium.h>

namespace harbour::kiosk {
namespace {

const QString kWhat = QStringLiteral("kiosk signing key");

// A libsodium Ed25519 secret key is seed || public key: both halves must agree.
QString checkSecretKey(const QByteArray &secretKey)
{
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray rederived(crypto_sign_SECRETKEYBYTES, '\0');
    crypto::ensureInitialised();
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
        reinterpret_cast<unsigned char *>(rederived.data()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    const bool matches = crypto::equalConstantTime(publicKey, secretKey.mid(crypto_sign_SEEDBYTES));
    crypto::wipe(rederived);
    return matches ? QString() : QStringLiteral("its public half does not match its secret half");
}

} // namespace

static_assert(protocol::kSigningSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(protocol::kSigningPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);

KioskIdentity::KioskIdentity(KioskIdentity &&other) noexcept
    : m_publicKey(std::move(other.m_publicKey))
    , m_secretKey(std::move(other.m_secretKey))
    , m_created(other.m_created)
{
    other.m_secretKey.clear();
}

KioskIdentity &KioskIdentity::operator=(KioskIdentity &&other) noexcept
{
    if (this != &other) {
        crypto::wipe(m_secretKey);
        m_publicKey = std::move(other.m_publicKey);
        m_secretKey = std::move(other.m_secretKey);
        m_created = other.m_created;
        other.m_secretKey.clear();
    }
    return *this;
}

KioskIdentity::~KioskIdentity()
{
    crypto::wipe(m_secretKey);
}

Result<KioskIdentity> KioskIdentity::loadOrCreate(const QString &dataDir)
{
    return loadOrCreateFile(QDir(dataDir).filePath(QLatin1StringView(kFileName)));
}

Result<KioskIdentity> KioskIdentity::loadOrCreateFile(const QString &path)
{
    auto file = store::loadOrCreatePrivateFile(
        path, protocol::kSigningSecretKeyBytes, kWhat,
        [] {
            auto pair = protocol::generateSigningKeyPair();
            crypto::wipe(pair.publicKey);
            return pair.secretKey;
        },
        checkSecretKey);
    if (!file)
        return Result<KioskIdentity>::failure(file.error());
    KioskIdentity identity;
    identity.m_secretKey = file->contents;
    identity.m_publicKey = identity.m_secretKey.mid(crypto_sign_SEEDBYTES);
    identity.m_created = file->created;
    crypto::wipe(file->contents);
    return identity;
}

Result<KioskIdentity> KioskIdentity::loadFile(const QString &path)
{
    auto contents = store::readPrivateFile(path, protocol::kSigningSecretKeyBytes, kWhat, checkSecretKey);
    if (!contents)
        return Result<KioskIdentity>::failure(contents.error());
    KioskIdentity identity;
    identity.m_secretKey = contents.value();
    identity.m_publicKey = identity.m_secretKey.mid(crypto_sign_SEEDBYTES);
    crypto::wipe(contents.value());
    return identity;
}

QString KioskIdentity::publicKeyBase64() const
{
    return QString::fromLatin1(m_publicKey.toBase64());
}

QString KioskIdentity::fingerprint() const
{
    return protocol::signingKeyFingerprint(m_publicKey);
}

QString KioskIdentity::publicKeyText() const
{
    return QStringLiteral("harbour-kiosk-ed25519 %1\nfingerprint %2").arg(publicKeyBase64(), fingerprint());
}

} // namespace harbour::kiosk
