// SPDX-License-Identifier: GPL-3.0-or-later
#include "desksignature.h"

#include "base/strictinput.h"
#include "crypto/sodium.h"
#include "envelope.h"

#include <QRegularExpression>

#include <sodium.h>

namespace harbour::protocol::desk {
namespace {

const unsigned char *u(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

constexpr char kCovered[] = "(\"@method\" \"@path\" \"content-digest\")";

QByteArray base64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray deskKeyId(const QByteArray &publicKey)
{
    return recipientKeyId(publicKey);
}

QByteArray contentDigest(const QByteArray &body)
{
    crypto::ensureInitialised();
    QByteArray hash(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(hash.data()), u(body), size_t(body.size()));
    return "sha-256=:" + hash.toBase64() + ':';
}

QByteArray signatureParamsText(const SignatureParams &params)
{
    return QByteArray(kCovered) + ";created=" + QByteArray::number(params.created) + ";nonce=\""
        + params.nonce + "\";keyid=\"" + params.keyId + "\";alg=\"ed25519\"";
}

QByteArray signatureBase(
    const QByteArray &method, const QByteArray &path, const QByteArray &digest, const SignatureParams &params)
{
    return "\"@method\": " + method + "\n\"@path\": " + path + "\n\"content-digest\": " + digest
        + "\n\"@signature-params\": " + signatureParamsText(params);
}

SignedHeaders signRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
    const QByteArray &secretKey, qint64 created, const QByteArray &nonce, const QByteArray &label)
{
    crypto::ensureInitialised();
    SignatureParams params;
    params.created = created;
    params.nonce = nonce.isEmpty() ? base64url(crypto::randomBytes(kNonceBytes)) : nonce;
    params.keyId = deskKeyId(secretKey.right(kSigningPublicKeyBytes)); // libsodium: seed ‖ public key
    SignedHeaders headers;
    headers.contentDigest = contentDigest(body);
    const QByteArray base = signatureBase(method, path, headers.contentDigest, params);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, u(base),
        size_t(base.size()), u(secretKey));
    headers.signatureInput = label + '=' + signatureParamsText(params);
    headers.signature = label + "=:" + signature.toBase64() + ':';
    return headers;
}

std::optional<SignatureParams> parseSignatureInput(const QByteArray &value, const QByteArray &label)
{
    // Exactly the shape signatureParamsText writes: the label, the three components in this order,
    // then created, nonce, keyid and alg, nothing else (no expires, no tag, no spaces).
    static const QRegularExpression shape(QStringLiteral(
        R"re(^\("@method" "@path" "content-digest"\);created=([1-9][0-9]{0,11});nonce="([A-Za-z0-9_-]{22})";keyid="([0-9a-f]{32})";alg="ed25519"$)re"));
    if (!value.startsWith(QByteArray(label + '=')) || value.size() > 512)
        return std::nullopt;
    const QRegularExpressionMatch match = shape.match(QString::fromLatin1(value.mid(label.size() + 1)));
    if (!match.hasMatch())
        return std::nullopt;
    SignatureParams params;
    params.created = match.captured(1).toLongLong();
    params.nonce = match.captured(2).toLatin1();
    params.keyId = match.captured(3).toLatin1();
    // The nonce must be the canonical encoding of 16 bytes (the last character carries 2 spare bits).
    const QByteArray bytes = QByteArray::fromBase64(params.nonce, QByteArray::Base64UrlEncoding);
    if (bytes.size() != kNonceBytes || base64url(bytes) != params.nonce)
        return std::nullopt;
    return params;
}

std::optional<QByteArray> parseSignature(const QByteArray &value, const QByteArray &label)
{
    const QByteArray prefix = label + "=:";
    if (!value.startsWith(prefix) || !value.endsWith(':') || value.size() < prefix.size() + 2)
        return std::nullopt;
    const QByteArray inner = value.mid(prefix.size(), value.size() - prefix.size() - 1);
    return strict::decodeCanonicalBase64(QByteArrayView(inner), kSignatureBytes);
}

bool verifySignature(const QByteArray &base, const QByteArray &signature, const QByteArray &publicKey)
{
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    crypto::ensureInitialised();
    return crypto_sign_verify_detached(u(signature), u(base), size_t(base.size()), u(publicKey)) == 0;
}

} // namespace harbour::protocol::desk
