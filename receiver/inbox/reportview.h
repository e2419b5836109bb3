// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Reading decrypted reports (app/report/report.cpp toCanonicalJson) for listing and export.
namespace harbour::receiver {

struct ReportSummary
{
    QString reference;
    QString language;
    QString mode;
    QString reportedAt;
    QStringList strands;
    bool cyberEnabled = false;
};

ReportSummary summarise(const QJsonObject &report);

// An answer as one line of text: lists joined with "; ", objects as compact JSON.
QString answerText(const QJsonValue &value);

// Replaces control and bidirectional-override characters, so report text printed on a terminal
// cannot fake lines, colours or reorder what the reader sees.
QString safeForTerminal(const QString &text);

// One RFC 4180 record ending in CRLF: fields with a comma, quote, CR or LF are quoted, quotes doubled.
QByteArray csvRecord(const QStringList &fields);

// Report text that starts like a spreadsheet formula (= + - @ tab CR) gets a leading apostrophe,
// so opening the export in a spreadsheet cannot run what an anonymous sender typed.
QString neutraliseFormula(const QString &text);

} // namespace harbour::receiver
