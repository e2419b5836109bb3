// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/keyfiles.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;

// The command-line scaffolding the receiver tools (harbour-inbox, harbour-directory,
// harbour-intake) share: exit codes, how messages and usage are printed, checking a command line
// against each command's rule, unlocking a key file with a passphrase.
namespace harbour::receiver {

// Exit codes of the receiver tools (receiver/README.md).
enum ToolExit : int {
    ExitOk = 0,
    ExitFailure = 1, // anything else that went wrong; the message says what
    ExitWrongPassphrase = 2,
    ExitUsage = 64, // EX_USAGE
};

// How a tool talks to the person running it: results on standard output, messages on standard
// error as "tool: message", the usage text after a usage error.
class ToolConsole
{
public:
    ToolConsole(QString toolName, QString usage);

    void printOut(const QByteArray &bytes) const;
    void printOut(const QString &text) const;
    void printErr(const QString &message) const;
    // Prints the message; returns ExitFailure.
    int fail(const QString &message) const;
    // Prints the message, a blank line and the usage; returns ExitUsage.
    int usageError(const QString &message) const;
    // The usage on standard output (for --help); returns ExitOk.
    int printUsage() const;

private:
    QString m_toolName;
    QString m_usage;
};

struct CommandRule
{
    QStringList allowed; // options the command takes
    QStringList required; // options it cannot do without
    qsizetype arguments = 0; // how many positional arguments, exactly
    QString argumentName; // what the argument is, for the message ("envelope id")
};

// The command is the first positional argument. Returns an empty string when the command line
// fits its rule, or a message naming what is wrong (unknown command, an option the command does
// not take or given twice, a missing option, the wrong number of arguments).
QString checkCommandLine(const QCommandLineParser &parser, const std::map<QString, CommandRule> &rules);

// Parses `arguments` into `parser` (options may follow the command). Returns the exit code to stop
// with: after printing the usage for `help`, or after a usage error (a parse error, or a command
// line that does not fit `rules`); nullopt when the command should run.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
    const QCommandLineOption &help, const std::map<QString, CommandRule> &rules, const ToolConsole &console);

// A secret key file's key pair once unlocked, or the exit code to stop with (the reason printed).
struct UnlockedKey
{
    protocol::KeyPair pair;
    int exitCode = ExitOk;
};

// Asks for the passphrase of the key file at `keyPath` (obtainPassphrase()) and opens `file` with
// it. A wrong passphrase stops with ExitWrongPassphrase, anything else with ExitFailure.
UnlockedKey unlockKeyFile(const ToolConsole &console, const OrganisationKeyFile &file, const QString &keyPath,
    const QString &passphraseFile, const char *passphraseVariable);

} // namespace harbour::receiver
