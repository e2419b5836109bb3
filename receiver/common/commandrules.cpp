// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandrules.h"

#include <QCommandLineParser>

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

} // namespace

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

} // namespace harbour::receiver
