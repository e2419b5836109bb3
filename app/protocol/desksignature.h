// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

// Desk request signatures (docs/protocol.md §18.2): every request a caseworker's desk makes to an
// intake is signed with the desk's Ed25519 key, as RFC 9421 HTTP Message Signatures in exactly one
// shape, with the body covered by an RFC 9530 Content-Digest. The intake accepts that one shape
// and nothing else, so there is no general Structured Fields parser to get wrong.
namespace harbour::protocol::desk {

inline constexpr char kSignatureInputHeader[] = "Signature-Input";
inline constexpr char kSignatureHeader[] = "Signature";
inline constexpr char kContentDigestHeader[] = "Content-Digest";
// A desk request's timestamp may be this far from the intake's clock either way.
inline constexpr qint64 kClockSkewSeconds = 300;
inline constexpr qsizetype kNonceBytes = 16; // 22 base64url characters, no padding
inline constexpr qsizetype kKeyIdBytes = 16; // as a recipient key id: 32 hex characters

// Key id of a desk's Ed25519 public key (the same derivation as a recipient key id, §3).
QByteArray deskKeyId(const QByteArray &publicKey);

// "sha-256=:<base64 of SHA-256(body)>:"
QByteArray contentDigest(const QByteArray &body);

struct SignatureParams
{
    qint64 created = 0; // Unix seconds
    QByteArray nonce; // 22 base64url characters
    QByteArray keyId; // 32 lower-case hex characters
};

// The Signature-Input member value after "desk=", e.g.
// ("@method" "@path" "content-digest");created=1733270400;nonce="…";keyid="…";alg="ed25519"
QByteArray signatureParamsText(const SignatureParams &params);

// The signature base of RFC 9421 §2.5 for the covered components, lines joined by "\n".
QByteArray signatureBase(const QByteArray &method, const QByteArray &path, const QByteArray &digest,
    const SignatureParams &params);

struct SignedHeaders
{
    QByteArray signatureInput; // "desk=" + signatureParamsText
    QByteArray signature; // "desk=:<base64 signature>:"
    QByteArray contentDigest;
};

// Signs a request with the desk's Ed25519 secret key (64 bytes) at time `created` with a fresh nonce
// (or the given one, for test vectors).
// `label` is the signature's label: "desk" for §18.2, "mailbox" for a follow-up mailbox request
// (§19.3), whose key id is the mailbox id.
SignedHeaders signRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
    const QByteArray &secretKey, qint64 created, const QByteArray &nonce = {},
    const QByteArray &label = "desk");

// The strict inverse of the header forms: nullopt for anything but the one accepted shape.
std::optional<SignatureParams> parseSignatureInput(const QByteArray &value, const QByteArray &label = "desk");
// The 64 signature bytes.
std::optional<QByteArray> parseSignature(const QByteArray &value, const QByteArray &label = "desk");

// True when `signature` is the desk key's signature over the base.
bool verifySignature(const QByteArray &base, const QByteArray &signature, const QByteArray &publicKey);

} // namespace harbour::protocol::desk
