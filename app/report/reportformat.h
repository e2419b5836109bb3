// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <optional>

// The report's plaintext JSON (docs/protocol.md §4 and §17.6): the one place its member names are
// spelled. The app writes it, routing reads its facts, the inbox reads it, tests build it, all
// through these types. Qt Core only, so the receiver tools can use it without the app's GUI.
namespace harbour::report {

// Member names, for the few readers that walk a report generically (the inbox's export columns).
namespace member {
inline constexpr QLatin1StringView format { "format" };
inline constexpr QLatin1StringView questionnaire { "questionnaire" };
inline constexpr QLatin1StringView reference { "reference" };
inline constexpr QLatin1StringView language { "language" };
inline constexpr QLatin1StringView mode { "mode" };
inline constexpr QLatin1StringView appVersion { "app_version" };
inline constexpr QLatin1StringView reportedAt { "reported_at" };
inline constexpr QLatin1StringView answers { "answers" };
inline constexpr QLatin1StringView flags { "flags" };
inline constexpr QLatin1StringView routing { "routing" };
inline constexpr QLatin1StringView contact { "contact" };
inline constexpr QLatin1StringView followup { "followup" };
} // namespace member

// Members of "questionnaire".
namespace questionnaireMember {
inline constexpr QLatin1StringView id { "id" };
inline constexpr QLatin1StringView version { "version" };
} // namespace questionnaireMember

// Members of "flags" (docs/questionnaire.md "Flags").
namespace flag {
inline constexpr QLatin1StringView strands { "strands" };
inline constexpr QLatin1StringView localStrands { "local_strands" };
inline constexpr QLatin1StringView cyberEnabled { "cyber_enabled" };
inline constexpr QLatin1StringView repeatVictim { "repeat_victim" };
inline constexpr QLatin1StringView triage { "triage" };
inline constexpr QLatin1StringView triageRules { "triage_rules" };
inline constexpr QLatin1StringView urgent { "urgent" };
inline constexpr QLatin1StringView assisted { "assisted" };
} // namespace flag

// "flags.triage": a nested member's column name in the inbox's export.
QString memberPath(QLatin1StringView parent, QLatin1StringView child);

inline constexpr QLatin1StringView kFormatName { "harbour-report" };

// The values of "mode".
namespace mode {
inline constexpr QLatin1StringView self { "self" };
inline constexpr QLatin1StringView kiosk { "kiosk" };
inline constexpr QLatin1StringView assisted { "assisted" };
} // namespace mode

// The values of "routing.request" and "routing.contact".
namespace request {
inline constexpr QLatin1StringView action { "action" };
inline constexpr QLatin1StringView recordOnly { "record_only" };
} // namespace request
namespace contactKind {
inline constexpr QLatin1StringView anonymous { "anonymous" };
inline constexpr QLatin1StringView direct { "direct" };
inline constexpr QLatin1StringView throughSupport { "through_support" };
} // namespace contactKind

// The triage levels "flags.triage" may hold, lowest first, as questionnaire::triageName spells them.
const QStringList &triageLevels();

// What the device computed. A member absent from a report (an older app) or of the wrong type is
// std::nullopt: the reader cannot say, so the inbox shows "unknown". Written only when set.
struct ReportFlags
{
    std::optional<QStringList> strands; // monitored, in questionnaire::monitoredStrands() order
    std::optional<QStringList> localStrands;
    std::optional<bool> cyberEnabled;
    std::optional<bool> repeatVictim;
    std::optional<QString> triage; // one of triageLevels()
    std::optional<QStringList> triageRules;
    std::optional<bool> urgent;
    std::optional<bool> assisted;

    bool operator==(const ReportFlags &) const = default;
};

// Who one copy is for and what the reporter asked (docs/protocol.md §17.6).
struct ReportRouting
{
    QString choice; // "police", "support", "both", "record_only" or "configured"
    QString request; // request::action or request::recordOnly
    QString recipient; // organisation id
    QString recipientKind; // "police" or "support"
    QStringList sentTo;
    qint64 directorySerial = 0;
    QString contact; // a contactKind value
    QString contactThrough; // with contactKind::throughSupport: the support organisation's id
    QString multiAgencyConsent; // "yes", "no" or "not_asked"

    bool operator==(const ReportRouting &) const = default;
};

// How to contact the reporter: only in copies for organisations allowed to. Empty texts are not
// written.
struct ReportContact
{
    QStringList methods; // "phone", "email"
    QString name;
    QString phone;
    QString email;
    QString safeTimes;
    QString leaveMessage; // "yes", "no", "not_sure"

    bool operator==(const ReportContact &) const = default;
};

struct ReportDocument
{
    QString questionnaireId;
    int questionnaireVersion = 0;
    QString reference;
    QString language; // BCP 47
    QString mode; // a mode value
    QString appVersion;
    QString reportedAt; // ISO 8601 UTC, rounded down to the hour by the writer's caller
    QJsonObject answers; // question id -> answer, shapes as docs/questionnaire.md
    ReportFlags flags;
    std::optional<ReportRouting> routing;
    std::optional<ReportContact> contact;
    // The follow-up mailbox (docs/protocol.md §19.2) as written; protocol/mailbox.h reads and checks
    // it (FollowUp::fromJson). Absent when the reporter took no follow-up code.
    std::optional<QJsonObject> followup;
    // Members this reader does not know: ignored by every reader, kept when a copy is rewritten.
    QJsonObject unknown;
    // Reading only: known members present with the wrong type, as paths ("flags.urgent"). Each
    // reads as absent (empty, or std::nullopt); the rest of the report is still read.
    QStringList malformed;

    QJsonObject toJson() const;
    // Compact UTF-8 JSON with keys sorted: the bytes sealed in an envelope.
    QByteArray toCanonicalJson() const;
};

// Reads a report defensively: see ReportDocument::malformed. Never fails for an object.
ReportDocument readReport(const QJsonObject &object);
// Fails (ErrorKind::Refused) only when the bytes are not one JSON object.
Result<ReportDocument> readReport(const QByteArray &json);

// The answers routing reads by question id: the place's area and, for older reports without
// strand flags, the targeted strands.
namespace answer {
inline constexpr QLatin1StringView area { "area" };
inline constexpr QLatin1StringView targeted { "targeted" };
} // namespace answer

// What routing reads from a report: strands and area pick organisations; language orders them;
// triage decides whether multi-agency consent is asked.
struct ReportFacts
{
    QStringList strands; // monitored and local, as flagged
    QString area; // "E1", "BN3", "Brighton and Hove"; "" when not given
    QString language;
    QString triage; // one of triageLevels(), or "" when unknown
    bool urgent = false;

    bool highRisk() const;
};

// Strands from flags.strands + flags.local_strands (else the "targeted" answer), the area from the
// first answer that carries one ("area" inside an answer object, or an answer named "area").
ReportFacts factsFromReport(const ReportDocument &report);

} // namespace harbour::report
