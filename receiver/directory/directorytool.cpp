// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorytool.h"

#include "base/strictinput.h"
#include "common/commandrules.h"
#include "common/keyfiles.h"
#include "common/passphrase.h"
#include "crypto/sodium.h"
#include "directory/signeddirectory.h"
#include "directory/strictjson.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <map>

#include <sodium.h>

namespace harbour::receiver {
namespace {

constexpr char kPassphraseVariable[] = "HARBOUR_DIRECTORY_PASSPHRASE";

constexpr char kUsage[]
    = "Usage:\n"
      "  harbour-directory keygen --key FILE [--passphrase-file FILE]\n"
      "  harbour-directory sign --key FILE --input DIRECTORY.json --output SIGNED.json [--passphrase-file "
      "FILE]\n"
      "  harbour-directory verify --public-key BASE64 [--at YYYY-MM-DDTHH:MM:SSZ] SIGNED.json\n"
      "\n"
      "keygen   makes the directory authority's Ed25519 signing key: FILE (secret, under a passphrase)\n"
      "         and FILE.pub; the public key is what the app is built to trust\n"
      "sign     checks DIRECTORY.json (docs/protocol.md \"Recipient directory\") and writes the signed file\n"
      "verify   checks a signed directory against a public key and that it is valid now (or at --at)\n"
      "\n"
      "The passphrase comes from --passphrase-file (first line), else HARBOUR_DIRECTORY_PASSPHRASE,\n"
      "else it is asked for on the terminal.\n"
      "Exit codes: 0 done, 1 failed or refused, 2 wrong passphrase, 64 usage error.\n";

const ToolConsole &console()
{
    static const ToolConsole tool(QStringLiteral("harbour-directory"), QString::fromLatin1(kUsage));
    return tool;
}

Result<QByteArray> readFile(const QString &path, qsizetype limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QByteArray data = file.read(limit + 1);
    if (data.size() > limit)
        return Result<QByteArray>::failure(QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(limit));
    return data;
}

QString writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions)
        || file.write(data) != data.size() || !file.commit())
        return file.errorString();
    return {};
}

struct Options : KeyToolCommand
{
    QString input;
    QString output;
    QString publicKey;
    QString at;
};

int keygen(const Options &options)
{
    const NewKey key = writeNewKeyFiles(console(), options, SecretKeyKind::Directory, kPassphraseVariable);
    if (key.exitCode != ExitOk)
        return key.exitCode;
    console().printOut(
        QStringLiteral(
            "directory public key: %1\nkey id: %2\nwrote %3 (secret, keep it and its passphrase safe) "
            "and %4\n")
            .arg(QString::fromLatin1(key.publicKey.toBase64()),
                QString::fromLatin1(directory::directoryKeyId(key.publicKey)), options.key, key.publicPath));
    return ExitOk;
}

QString describe(const directory::SignedDirectory &verified)
{
    const directory::Directory &d = verified.directory;
    return QStringLiteral(
        "serial %1, issued %2, expires %3, %4 organisation(s), %5 support contact(s), signed by key %6")
        .arg(d.serial)
        .arg(directory::formatUtcTimestamp(d.issuedAt), directory::formatUtcTimestamp(d.expiresAt))
        .arg(d.organisations.size())
        .arg(d.supportContacts.size())
        .arg(QString::fromLatin1(verified.keyId));
}

int sign(const Options &options)
{
    auto input = readFile(options.input, directory::kMaxDirectoryBytes);
    if (!input)
        return console().fail(input.error());
    // What is signed is exactly what was checked: the input bytes, unchanged.
    auto checked = directory::Directory::fromJson(input.value());
    if (!checked)
        return console().fail(QStringLiteral("%1 is not a usable directory, nothing signed: %2")
                                  .arg(options.input, checked.error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (checked->expiresAt <= now)
        return console().fail(QStringLiteral("%1 has already expired (expires_at %2); nothing signed")
                                  .arg(options.input, directory::formatUtcTimestamp(checked->expiresAt)));
    if (now.addSecs(directory::kClockSkewSeconds) < checked->issuedAt)
        console().printErr(
            QStringLiteral("note: issued_at %1 is in the future; apps will refuse it until then")
                .arg(directory::formatUtcTimestamp(checked->issuedAt)));

    auto keyData = readFile(options.key, 64 * 1024);
    if (!keyData)
        return console().fail(keyData.error());
    const auto keyFile = OrganisationKeyFile::fromJson(keyData.value(), SecretKeyKind::Directory);
    if (!keyFile)
        return console().fail(
            QStringLiteral("%1 is not a directory signing key: %2").arg(options.key, keyFile.error()));
    UnlockedKey unlocked
        = unlockKeyFile(console(), keyFile.value(), options.key, options.passphraseFile, kPassphraseVariable);
    if (unlocked.exitCode != ExitOk)
        return unlocked.exitCode;
    const QByteArray file = directory::signDirectory(input.value(), unlocked.pair.secretKey);
    crypto::wipe(unlocked.pair.secretKey);

    // Read back what will be written, as an app would, before anyone relies on it.
    auto verified = directory::verifySignedDirectory(file, { keyFile->publicKey });
    if (!verified)
        return console().fail(QStringLiteral("the signed directory does not verify (%1); nothing written")
                                  .arg(verified.error()));
    if (auto e = writeFile(options.output, file,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther);
        !e.isEmpty())
        return console().fail(QStringLiteral("cannot write %1: %2").arg(options.output, e));
    console().printOut(QStringLiteral("signed %1 -> %2: %3\n")
                           .arg(options.input, options.output, describe(verified.value())));
    return ExitOk;
}

int verify(const Options &options)
{
    const auto publicKey = strict::decodeCanonicalBase64(options.publicKey, crypto_sign_PUBLICKEYBYTES);
    if (!publicKey)
        return console().usageError(
            QStringLiteral("--public-key must be canonical base64 of a 32-byte Ed25519 public key"));
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (!options.at.isEmpty()) {
        at = directory::parseUtcTimestamp(options.at);
        if (!at.isValid())
            return console().usageError(
                QStringLiteral("--at must be a UTC time written YYYY-MM-DDTHH:MM:SSZ"));
    }
    const QString path = options.positional.constFirst();
    auto data = readFile(path, directory::kMaxSignedDirectoryBytes);
    if (!data)
        return console().fail(data.error());
    auto verified = directory::verifySignedDirectory(data.value(), { *publicKey });
    if (!verified)
        return console().fail(QStringLiteral("%1 refused: %2").arg(path, verified.error()));
    if (const QString problem = directory::checkValidAt(verified->directory, at); !problem.isEmpty())
        return console().fail(QStringLiteral("%1 refused: %2").arg(path, problem));
    console().printOut(QStringLiteral("valid: %1\n").arg(describe(verified.value())));
    return ExitOk;
}

} // namespace

int runDirectoryTool(const QStringList &arguments)
{
    QCommandLineParser parser;
    const KeyToolOptions common(QStringLiteral("Signing key file."));
    const QCommandLineOption input = fileOption(QStringLiteral("input"), QStringLiteral("Directory JSON."));
    const QCommandLineOption output = fileOption(QStringLiteral("output"), QStringLiteral("Signed file."));
    const QCommandLineOption publicKey(QStringLiteral("public-key"),
        QStringLiteral("Ed25519 public key, base64."), QStringLiteral("BASE64"));
    const QCommandLineOption at(
        QStringLiteral("at"), QStringLiteral("Check validity at this time."), QStringLiteral("TIME"));
    parser.addOptions(common.all() + QList<QCommandLineOption> { input, output, publicKey, at });
    const std::map<QString, CommandRule> commands {
        KeyToolOptions::keygenRule(),
        { QStringLiteral("sign"),
            { { QStringLiteral("key"), QStringLiteral("input"), QStringLiteral("output"),
                  QStringLiteral("passphrase-file") },
                { QStringLiteral("key"), QStringLiteral("input"), QStringLiteral("output") }, 0, {} } },
        { QStringLiteral("verify"),
            { { QStringLiteral("public-key"), QStringLiteral("at") }, { QStringLiteral("public-key") }, 1,
                QStringLiteral("file") } },
    };
    if (const auto exitCode = parseCommandLine(parser, arguments, common.help, commands, console()))
        return *exitCode;
    Options options;
    static_cast<KeyToolCommand &>(options) = common.read(parser);
    options.input = parser.value(input);
    options.output = parser.value(output);
    options.publicKey = parser.value(publicKey);
    options.at = parser.value(at);
    if (options.command == QLatin1StringView("sign")
        && QFileInfo(options.input).absoluteFilePath() == QFileInfo(options.output).absoluteFilePath())
        return console().usageError(QStringLiteral("--output must not be the --input file"));

    if (options.command == QLatin1StringView("keygen"))
        return keygen(options);
    if (options.command == QLatin1StringView("sign"))
        return sign(options);
    return verify(options);
}

} // namespace harbour::receiver
