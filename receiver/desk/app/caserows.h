// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/casestore.h"
#include "core/responsestandard.h"
#include "report/reportformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the desk's views show of a case, made on the desk's worker thread from the store's rows and
// the opened report: the queue's row (with the text the search reads) and the words for each value.
// Plain data, handed to the models on the GUI thread; nothing here is ever logged.
namespace harbour::deskui {

// Where a report came from, as its envelope and the desk's kiosk registry say: signed inside the seal
// by a kiosk this organisation registered (and has not revoked), by another kiosk key (or one that
// says it is a kiosk without a signature), or sent from a personal device.
enum class Source { RegisteredKiosk, UnknownKiosk, PersonalDevice };

struct KioskCheck
{
    Source source = Source::PersonalDevice;
    QString kioskName; // the registry's name for a registered (or revoked) kiosk
    QString fingerprint; // of the signing key, when there is one
    bool signedByKiosk = false; // the envelope carried a kiosk signature, checked when it was opened
    bool revoked = false;
};

KioskCheck checkKiosk(const QString &mode, const QByteArray &kioskKey, const QList<desk::Kiosk> &registry);

struct CaseRow
{
    QByteArray id; // hex
    QString reference;
    desk::CaseStatus status = desk::CaseStatus::New;
    bool recordOnly = false;
    bool highRisk = false;
    bool urgent = false;
    QString triage; // "" when the report does not say
    QStringList strands;
    int online = -1; // -1: the report does not say; 0 no; 1 yes
    int repeatVictim = -1;
    QString area;
    QDate reported; // the report's hour, or the hour the intake stored it
    Source source = Source::PersonalDevice;
    QString kioskName;
    QString owner;
    QString nextAction;
    QDate due; // the next action's
    desk::ResponseDue response; // the response standard's clocks (first contact, decision)
    int unreadAnswers = 0; // the reporter's answers and additions this desk has not opened (the way back)
    QString searchText; // case-folded decrypted text of the report, searched on the desk only
};

CaseRow makeRow(const desk::CaseState &state, const std::optional<report::ReportDocument> &report,
    const KioskCheck &kiosk);

// The queue as the desk shows it: every open case with its report opened and its response clocks at
// `now`, urgent and high risk first then by the response standard's next due moment (dueOrder),
// then the closed cases, oldest first. Reads and parses every report held: run off the GUI thread.
Result<QList<CaseRow>> queueRows(desk::CaseStore &store, const QList<desk::Kiosk> &kiosks,
    const desk::ResponseStandard &standard, const QDateTime &now);

// A report's answers as rows: the question's title (from the questionnaire when the report names
// the embedded one) and the answer in words.
struct LabelledValue
{
    QString label;
    QString value;
};
QList<LabelledValue> answerRows(const report::ReportDocument &report);

// The words for values, translated (context "DeskText"); each is looked up when called, so a view
// made again after a language change reads the new language.
class DeskText
{
    Q_DECLARE_TR_FUNCTIONS(DeskText)

public:
    static QString status(desk::CaseStatus status);
    static QString triage(const QString &level);
    static QString strand(const QString &strand);
    static QString source(Source source);
    static QString yesNo(int value); // -1 unknown
    static QString eventType(desk::EventType type);
    static QString contactKind(const QString &kind);
    static QString request(const QString &request);
    static QString consent(const QString &consent);
    static QString mode(const QString &mode);
    static QString recipientChoice(const QString &choice);
    // The response standard's clock that runs, in words ("First contact due by ..."; "Decision
    // overdue since ..."); "" once both have stopped or the hour received is unknown.
    static QString response(const desk::ResponseDue &due);
    // The next action's date and the response clock together, for the queue and the case's summary.
    static QString dueLine(
        const QDate &nextActionDue, const desk::ResponseDue &response, bool closed, const QDate &today);
    static bool isOverdue(
        const QDate &nextActionDue, const desk::ResponseDue &response, bool closed, const QDate &today);
    // The reporter's answer to "Did the response help?": "yes", "partly", "no" or "" (not said).
    static QString helped(const QString &helped);
};

} // namespace harbour::deskui
