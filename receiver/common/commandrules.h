// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/keyfiles.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>

#include <QCommandLineOption>

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

// An option whose value is a file ("--key FILE").
QCommandLineOption fileOption(const QString &name, const QString &description);

struct CommandRule
{
    QStringList allowed; // options the command takes
    QStringList required; // options it cannot do without
    qsizetype arguments = 0; // how many positional arguments, exactly
    QString argumentName; // what the argument is, for the message ("envelope id")
};

// What every tool with a secret key reads from its command line, whatever else it takes.
struct KeyToolCommand
{
    QString command;
    QStringList positional; // the arguments after the command
    QString key;
    QString passphraseFile;
};

// What every tool with a secret key takes: -h/--help, --key FILE, --passphrase-file FILE, and the
// command `keygen --key FILE [--passphrase-file FILE]`.
struct KeyToolOptions
{
    explicit KeyToolOptions(const QString &keyDescription);
    QList<QCommandLineOption> all() const { return { help, key, passphraseFile }; }
    static std::pair<const QString, CommandRule> keygenRule();
    // Once parseCommandLine() has accepted the command line.
    KeyToolCommand read(const QCommandLineParser &parser) const;

    QCommandLineOption help;
    QCommandLineOption key;
    QCommandLineOption passphraseFile;
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

// keygen: refuses when the key file or its .pub exists, asks for a new passphrase (twice), makes
// a key pair of `kind` and writes the secret key file (0600, never overwriting) and the public one
// (0644, meant to be shared). The new public key, or the exit code to stop with (reason printed).
struct NewKey
{
    QByteArray publicKey;
    QString publicPath;
    int exitCode = ExitOk;
};
NewKey writeNewKeyFiles(const ToolConsole &console, const KeyToolCommand &command, SecretKeyKind kind,
    const char *passphraseVariable);

} // namespace harbour::receiver
