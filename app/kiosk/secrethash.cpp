// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrethash.h"

#include "crypto/sodium.h"

#include <QList>

#include <sodium.h>

namespace harbour::kiosk {

HashLimits HashLimits::moderate()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

HashLimits HashLimits::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

QByteArray secretBytes(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).toUtf8();
}

QString checkNewSecret(const QString &text, SecretKind kind)
{
    const qsizetype characters = text.normalized(QString::NormalizationForm_C).toUcs4().size();
    const int minimum
        = kind == SecretKind::AdminPassphrase ? kMinAdminPassphraseChars : kMinVolunteerCodeChars;
    const QString name = kind == SecretKind::AdminPassphrase ? QStringLiteral("the admin passphrase")
                                                             : QStringLiteral("the volunteer code");
    if (characters < minimum)
        return QStringLiteral("%1 must be at least %2 characters long").arg(name).arg(minimum);
    if (characters > kMaxSecretChars)
        return QStringLiteral("%1 must be at most %2 characters long").arg(name).arg(kMaxSecretChars);
    if (text.trimmed() != text)
        return QStringLiteral("%1 must not begin or end with a space (it is easy to mistype)").arg(name);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("%1 must not contain control characters").arg(name);
    }
    return {};
}

Result<QByteArray> hashSecret(const QByteArray &secret, HashLimits limits)
{
    crypto::ensureInitialised();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str_alg(out.data(), secret.constData(), static_cast<unsigned long long>(secret.size()),
            limits.opslimit, limits.memlimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Result<QByteArray>::failure(QStringLiteral("Argon2id hashing failed (not enough memory?)"));
    out.truncate(qsizetype(qstrnlen(out.constData(), size_t(out.size()))));
    return out;
}

bool isSecretHash(const QByteArray &hash)
{
    // crypto_pwhash_str_verify needs a NUL-terminated string shorter than STRBYTES.
    return hash.startsWith("$argon2id$v=19$") && hash.size() < crypto_pwhash_STRBYTES && !hash.contains('\0');
}

bool verifySecret(const QByteArray &hash, const QByteArray &secret)
{
    crypto::ensureInitialised();
    if (!isSecretHash(hash))
        return false;
    const QByteArray terminated = hash + '\0';
    return crypto_pwhash_str_verify(
               terminated.constData(), secret.constData(), static_cast<unsigned long long>(secret.size()))
        == 0;
}

} // namespace harbour::kiosk
