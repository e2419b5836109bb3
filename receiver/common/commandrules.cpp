// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandrules.h"

#include "common/passphrase.h"
#include "crypto/sodium.h"
#include "store/keyfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace harbour::receiver {

namespace {

// A command name echoed back must not carry terminal control characters.
QString printable(const QString &text)
{
    QString out = text.left(40);
    for (QChar &c : out) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return out;
}

void write(const QByteArray &bytes, FILE *stream)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

} // namespace

ToolConsole::ToolConsole(QString toolName, QString usage)
    : m_toolName(std::move(toolName))
    , m_usage(std::move(usage))
{
}

void ToolConsole::printOut(const QByteArray &bytes) const
{
    write(bytes, stdout);
}

void ToolConsole::printOut(const QString &text) const
{
    write(text.toUtf8(), stdout);
}

void ToolConsole::printErr(const QString &message) const
{
    write(QStringLiteral("%1: %2\n").arg(m_toolName, message).toUtf8(), stderr);
}

int ToolConsole::fail(const QString &message) const
{
    printErr(message);
    return ExitFailure;
}

int ToolConsole::usageError(const QString &message) const
{
    printErr(message);
    write(QByteArrayLiteral("\n") + m_usage.toUtf8(), stderr);
    return ExitUsage;
}

int ToolConsole::printUsage() const
{
    write(m_usage.toUtf8(), stdout);
    return ExitOk;
}

QCommandLineOption fileOption(const QString &name, const QString &description)
{
    return QCommandLineOption(name, description, QStringLiteral("FILE"));
}

KeyToolOptions::KeyToolOptions(const QString &keyDescription)
    : help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."))
    , key(fileOption(QStringLiteral("key"), keyDescription))
    , passphraseFile(fileOption(QStringLiteral("passphrase-file"), QStringLiteral("Passphrase file.")))
{
}

std::pair<const QString, CommandRule> KeyToolOptions::keygenRule()
{
    return { QStringLiteral("keygen"),
        { { QStringLiteral("key"), QStringLiteral("passphrase-file") }, { QStringLiteral("key") }, 0, {} } };
}

KeyToolCommand KeyToolOptions::read(const QCommandLineParser &parser) const
{
    KeyToolCommand read;
    read.positional = parser.positionalArguments();
    read.command = read.positional.takeFirst();
    read.key = parser.value(key);
    read.passphraseFile = parser.value(passphraseFile);
    return read;
}

QString checkCommandLine(const QCommandLineParser &parser, const std::map<QString, CommandRule> &rules)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return QStringLiteral("no command given");
    const QString command = positional.constFirst();
    const auto rule = rules.find(command);
    if (rule == rules.end())
        return QStringLiteral("unknown command \"%1\"").arg(printable(command));
    for (const QString &name : parser.optionNames()) {
        if (!rule->second.allowed.contains(name))
            return QStringLiteral("%1 does not take --%2").arg(command, name);
        if (parser.values(name).size() > 1)
            return QStringLiteral("--%1 is given more than once").arg(name);
    }
    for (const QString &name : rule->second.required) {
        if (parser.value(name).isEmpty())
            return QStringLiteral("%1 needs --%2").arg(command, name);
    }
    if (positional.size() - 1 != rule->second.arguments) {
        return rule->second.arguments == 0
            ? QStringLiteral("%1 takes no arguments").arg(command)
            : QStringLiteral("%1 needs exactly one %2").arg(command, rule->second.argumentName);
    }
    return {};
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
    const QCommandLineOption &help, const std::map<QString, CommandRule> &rules, const ToolConsole &console)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(arguments))
        return console.usageError(parser.errorText());
    if (parser.isSet(help))
        return console.printUsage();
    if (const QString problem = checkCommandLine(parser, rules); !problem.isEmpty())
        return console.usageError(problem);
    return std::nullopt;
}

UnlockedKey unlockKeyFile(const ToolConsole &console, const OrganisationKeyFile &file, const QString &keyPath,
    const QString &passphraseFile, const char *passphraseVariable)
{
    UnlockedKey result;
    auto passphrase = obtainPassphrase(
        passphraseFile, QStringLiteral("Passphrase for %1: ").arg(keyPath), false, passphraseVariable);
    if (!passphrase) {
        result.exitCode = console.fail(passphrase.error());
        return result;
    }
    UnlockResult unlocked = unlockOrganisationKey(file, passphrase.value());
    crypto::wipe(passphrase.value());
    switch (unlocked.status) {
    case UnlockResult::Status::Ok:
        result.pair = unlocked.pair;
        return result;
    case UnlockResult::Status::WrongPassphrase:
        console.printErr(unlocked.error);
        result.exitCode = ExitWrongPassphrase;
        return result;
    case UnlockResult::Status::Damaged:
    case UnlockResult::Status::Failed:
        break;
    }
    result.exitCode = console.fail(QStringLiteral("%1 (%2)").arg(unlocked.error, keyPath));
    return result;
}

NewKey writeNewKeyFiles(const ToolConsole &console, const KeyToolCommand &command, SecretKeyKind kind,
    const char *passphraseVariable)
{
    NewKey result;
    result.publicPath = command.key + QLatin1StringView(kPublicKeySuffix);
    for (const QString &path : { command.key, result.publicPath }) {
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
            result.exitCode
                = console.fail(QStringLiteral("%1 already exists; keygen never overwrites a key").arg(path));
            return result;
        }
    }
    auto passphrase = obtainPassphrase(command.passphraseFile,
        QStringLiteral("New passphrase for %1: ").arg(command.key), true, passphraseVariable);
    if (!passphrase) {
        result.exitCode = console.fail(passphrase.error());
        return result;
    }
    const bool directory = kind == SecretKeyKind::Directory;
    protocol::KeyPair pair
        = directory ? protocol::generateSigningKeyPair() : protocol::generateRecipientKeyPair();
    auto locked = directory ? lockDirectoryKey(pair, passphrase.value())
                            : lockOrganisationKey(pair, passphrase.value());
    crypto::wipe(passphrase.value());
    crypto::wipe(pair.secretKey);
    if (!locked) {
        result.exitCode = console.fail(locked.error());
        return result;
    }
    if (auto written = store::createPrivateFile(command.key, locked->toJson(), QStringLiteral("key file"));
        !written) {
        result.exitCode = console.fail(written.error());
        return result;
    }
    QFile pub(result.publicPath);
    if (!pub.open(QIODevice::WriteOnly | QIODevice::NewOnly,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther)
        || pub.write(publicKeyFileJson(locked->publicKey, kind)) < 0 || !pub.flush()) {
        const QString why = pub.errorString();
        QFile::remove(command.key);
        result.exitCode = console.fail(QStringLiteral("cannot write %1: %2").arg(result.publicPath, why));
        return result;
    }
    result.publicKey = locked->publicKey;
    return result;
}

} // namespace harbour::receiver
