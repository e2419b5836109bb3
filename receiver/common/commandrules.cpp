// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandrules.h"

#include "common/passphrase.h"
#include "crypto/sodium.h"

#include <QCommandLineParser>

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

} // namespace harbour::receiver
