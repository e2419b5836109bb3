// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casestore.h"
#include "listing.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

// Reading decrypted reports (app/report/reportformat.h) for listing and export.
namespace harbour::receiver {

// Flags are read defensively: a report from an older app may lack any of them ("unknown").
struct ReportSummary
{
    QString reference;
    QString language;
    QString mode;
    QString reportedAt;
    QStringList strands;
    QStringList localStrands;
    bool cyberEnabled = false;
    QString cyberEnabledText; // "true", "false" or "unknown"
    QString triage; // "standard", "elevated", "high" or "unknown"
    QString urgent; // "true", "false" or "unknown"
    QString repeatVictim; // "true", "false" or "unknown"
    QString request; // routing.request: "action", "record_only" or "unknown"

    // Order for triage: urgent, then high, elevated, unknown, standard (lower first).
    int triageRank() const;
};

ReportSummary summarise(const QJsonObject &report);

// Every member of a report as column name -> text, nested members joined with dots and items of
// lists of objects numbered from 1: "flags.triage", "answers.offenders.1.age_band". Lists of plain
// values become one cell joined with "; ".
QMap<QString, QString> flattenReport(const QJsonObject &report);

// An answer as one line of text: lists joined with "; ", objects as compact JSON.
QString answerText(const QJsonValue &value);

// One RFC 4180 record ending in CRLF: fields with a comma, quote, CR or LF are quoted, quotes doubled.
QByteArray csvRecord(const QStringList &fields);

// Report text that starts like a spreadsheet formula (= + - @ tab CR) gets a leading apostrophe,
// so opening the export in a spreadsheet cannot run what an anonymous sender typed.
QString neutraliseFormula(const QString &text);

// One opened report for a CSV export: its listing (id, hour stored, origin, kiosk key) and its JSON.
struct CsvReport
{
    desk::ReportListing listing;
    QJsonObject report;
};

// The CSV contract of every export (harbour-inbox export, the desk's one-case export): a header of
// envelope_id, stored, origin, kiosk_key, then one column per member of any of the reports
// (flattenReport): the fixed ones first, then flags, routing, contact, answers and anything else,
// each group sorted; flags a report lacks read "unknown". Every cell is neutraliseFormula'd, then
// passed through cellFilter when one is given (a terminal's replacement of unsafe characters).
QByteArray reportsCsv(const QList<CsvReport> &rows, const std::function<QString(QString)> &cellFilter = {});

} // namespace harbour::receiver
