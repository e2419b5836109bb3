// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <map>

class QCommandLineParser;

// The organisation's tools (harbour-inbox, harbour-directory) take one command and a set of
// options per command; this checks a parsed command line against each command's rule.
namespace harbour::receiver {

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

} // namespace harbour::receiver
