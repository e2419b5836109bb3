// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportformat.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace harbour::report {
namespace {

namespace routingMember {
constexpr QLatin1StringView choice { "choice" };
constexpr QLatin1StringView request { "request" };
constexpr QLatin1StringView recipient { "recipient" };
constexpr QLatin1StringView recipientKind { "recipient_kind" };
constexpr QLatin1StringView sentTo { "sent_to" };
constexpr QLatin1StringView directorySerial { "directory_serial" };
constexpr QLatin1StringView contact { "contact" };
constexpr QLatin1StringView contactThrough { "contact_through" };
constexpr QLatin1StringView multiAgencyConsent { "multi_agency_consent" };
} // namespace routingMember

namespace contactMember {
constexpr QLatin1StringView methods { "methods" };
constexpr QLatin1StringView name { "name" };
constexpr QLatin1StringView phone { "phone" };
constexpr QLatin1StringView email { "email" };
constexpr QLatin1StringView safeTimes { "safe_times" };
constexpr QLatin1StringView leaveMessage { "leave_message" };
} // namespace contactMember

// Reads the members of one object, noting each known member of the wrong type under its path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QStringList *malformed)
        : m_object(object)
        , m_path(std::move(path))
        , m_malformed(malformed)
    {
    }

    bool has(QLatin1StringView name) const { return m_object.contains(name); }

    QString string(QLatin1StringView name) const
    {
        const QJsonValue value = m_object.value(name);
        if (value.isString())
            return value.toString();
        if (!value.isUndefined())
            bad(name);
        return {};
    }

    std::optional<bool> boolean(QLatin1StringView name) const
    {
        const QJsonValue value = m_object.value(name);
        if (value.isBool())
            return value.toBool();
        if (!value.isUndefined())
            bad(name);
        return std::nullopt;
    }

    // A whole number; anything else reads as absent.
    std::optional<qint64> integer(QLatin1StringView name) const
    {
        const QJsonValue value = m_object.value(name);
        const double number = value.toDouble();
        if (value.isDouble() && std::trunc(number) == number && std::abs(number) <= 9007199254740992.0)
            return static_cast<qint64>(number);
        if (!value.isUndefined())
            bad(name);
        return std::nullopt;
    }

    std::optional<QStringList> strings(QLatin1StringView name) const
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined())
            return std::nullopt;
        QStringList out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            out.append(item.toString());
        // A list with anything but strings in it is malformed as a whole.
        if (!value.isArray() || std::any_of(array.begin(), array.end(), [](const QJsonValue &item) {
                return !item.isString();
            })) {
            bad(name);
            return std::nullopt;
        }
        return out;
    }

    std::optional<QJsonObject> object(QLatin1StringView name) const
    {
        const QJsonValue value = m_object.value(name);
        if (value.isObject())
            return value.toObject();
        if (!value.isUndefined())
            bad(name);
        return std::nullopt;
    }

    QString pathOf(QLatin1StringView name) const
    {
        return m_path.isEmpty() ? QString(name) : m_path + u'.' + QString(name);
    }
    void bad(QLatin1StringView name) const { m_malformed->append(pathOf(name)); }

private:
    const QJsonObject &m_object;
    QString m_path;
    QStringList *m_malformed;
};

ReportFlags readFlags(const QJsonObject &object, QStringList *malformed)
{
    const Reader r(object, QString(member::flags), malformed);
    ReportFlags flags;
    flags.strands = r.strings(flag::strands);
    flags.localStrands = r.strings(flag::localStrands);
    flags.cyberEnabled = r.boolean(flag::cyberEnabled);
    flags.repeatVictim = r.boolean(flag::repeatVictim);
    if (r.has(flag::triage)) {
        const QString triage = r.string(flag::triage);
        if (triageLevels().contains(triage))
            flags.triage = triage;
        else if (!malformed->contains(r.pathOf(flag::triage)))
            r.bad(flag::triage);
    }
    flags.triageRules = r.strings(flag::triageRules);
    flags.urgent = r.boolean(flag::urgent);
    flags.assisted = r.boolean(flag::assisted);
    return flags;
}

ReportRouting readRouting(const QJsonObject &object, QStringList *malformed)
{
    const Reader r(object, QString(member::routing), malformed);
    ReportRouting routing;
    routing.choice = r.string(routingMember::choice);
    routing.request = r.string(routingMember::request);
    routing.recipient = r.string(routingMember::recipient);
    routing.recipientKind = r.string(routingMember::recipientKind);
    routing.sentTo = r.strings(routingMember::sentTo).value_or(QStringList());
    routing.directorySerial = r.integer(routingMember::directorySerial).value_or(0);
    routing.contact = r.string(routingMember::contact);
    routing.contactThrough = r.string(routingMember::contactThrough);
    routing.multiAgencyConsent = r.string(routingMember::multiAgencyConsent);
    return routing;
}

ReportContact readContact(const QJsonObject &object, QStringList *malformed)
{
    const Reader r(object, QString(member::contact), malformed);
    ReportContact contact;
    contact.methods = r.strings(contactMember::methods).value_or(QStringList());
    contact.name = r.string(contactMember::name);
    contact.phone = r.string(contactMember::phone);
    contact.email = r.string(contactMember::email);
    contact.safeTimes = r.string(contactMember::safeTimes);
    contact.leaveMessage = r.string(contactMember::leaveMessage);
    return contact;
}

QJsonObject flagsJson(const ReportFlags &flags)
{
    QJsonObject out;
    const auto list = [&out](QLatin1StringView name, const std::optional<QStringList> &value) {
        if (value)
            out.insert(name, QJsonArray::fromStringList(*value));
    };
    const auto boolean = [&out](QLatin1StringView name, std::optional<bool> value) {
        if (value)
            out.insert(name, *value);
    };
    list(flag::strands, flags.strands);
    list(flag::localStrands, flags.localStrands);
    boolean(flag::cyberEnabled, flags.cyberEnabled);
    boolean(flag::repeatVictim, flags.repeatVictim);
    if (flags.triage)
        out.insert(flag::triage, *flags.triage);
    list(flag::triageRules, flags.triageRules);
    boolean(flag::urgent, flags.urgent);
    boolean(flag::assisted, flags.assisted);
    return out;
}

QJsonObject routingJson(const ReportRouting &routing)
{
    QJsonObject out {
        { routingMember::choice, routing.choice },
        { routingMember::request, routing.request },
        { routingMember::recipient, routing.recipient },
        { routingMember::recipientKind, routing.recipientKind },
        { routingMember::sentTo, QJsonArray::fromStringList(routing.sentTo) },
        { routingMember::directorySerial, QJsonValue(routing.directorySerial) },
        { routingMember::contact, routing.contact },
        { routingMember::multiAgencyConsent, routing.multiAgencyConsent },
    };
    if (!routing.contactThrough.isEmpty())
        out.insert(routingMember::contactThrough, routing.contactThrough);
    return out;
}

QJsonObject contactJson(const ReportContact &contact)
{
    QJsonObject out { { contactMember::methods, QJsonArray::fromStringList(contact.methods) } };
    const std::pair<QLatin1StringView, const QString &> texts[]
        = { { contactMember::name, contact.name }, { contactMember::phone, contact.phone },
              { contactMember::email, contact.email }, { contactMember::safeTimes, contact.safeTimes },
              { contactMember::leaveMessage, contact.leaveMessage } };
    for (const auto &[name, value] : texts) {
        if (!value.isEmpty())
            out.insert(name, value);
    }
    return out;
}

// Strings of a list once each, in order.
QStringList unique(const QStringList &list)
{
    QStringList out;
    for (const QString &item : list) {
        if (!out.contains(item))
            out.append(item);
    }
    return out;
}

// The first area found in the answers, in answer-id order, looking into objects and group items.
QString findArea(const QJsonValue &value, int depth)
{
    if (depth > 4)
        return {};
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonValue area = object.value(answer::area);
        if (area.isString() && !area.toString().trimmed().isEmpty())
            return area.toString().trimmed();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (const QString found = findArea(it.value(), depth + 1); !found.isEmpty())
                return found;
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (const QString found = findArea(item, depth + 1); !found.isEmpty())
                return found;
        }
    }
    return {};
}

} // namespace

QString memberPath(QLatin1StringView parent, QLatin1StringView child)
{
    return QString(parent) + u'.' + QString(child);
}

const QStringList &triageLevels()
{
    static const QStringList levels { QStringLiteral("standard"), QStringLiteral("elevated"),
        QStringLiteral("high") };
    return levels;
}

QJsonObject ReportDocument::toJson() const
{
    QJsonObject out = unknown;
    out.insert(member::format, kFormatName);
    out.insert(member::questionnaire,
        QJsonObject { { questionnaireMember::id, questionnaireId },
            { questionnaireMember::version, questionnaireVersion } });
    out.insert(member::reference, reference);
    out.insert(member::language, language);
    out.insert(member::mode, mode);
    out.insert(member::appVersion, appVersion);
    out.insert(member::reportedAt, reportedAt);
    out.insert(member::answers, answers);
    out.insert(member::flags, flagsJson(flags));
    if (routing)
        out.insert(member::routing, routingJson(*routing));
    if (contact)
        out.insert(member::contact, contactJson(*contact));
    if (followup)
        out.insert(member::followup, *followup);
    return out;
}

QByteArray ReportDocument::toCanonicalJson() const
{
    // QJsonObject keeps keys sorted, and Compact adds no whitespace: the output is canonical.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

ReportDocument readReport(const QJsonObject &object)
{
    ReportDocument report;
    const Reader r(object, QString(), &report.malformed);
    // "format" is always "harbour-report"; it is written, not kept.
    r.string(member::format);
    if (const auto questionnaire = r.object(member::questionnaire)) {
        const Reader q(*questionnaire, QString(member::questionnaire), &report.malformed);
        report.questionnaireId = q.string(questionnaireMember::id);
        const auto version = q.integer(questionnaireMember::version);
        if (version && *version >= 0 && *version <= std::numeric_limits<int>::max())
            report.questionnaireVersion = int(*version);
        else if (version)
            q.bad(questionnaireMember::version);
    }
    report.reference = r.string(member::reference);
    report.language = r.string(member::language);
    report.mode = r.string(member::mode);
    report.appVersion = r.string(member::appVersion);
    report.reportedAt = r.string(member::reportedAt);
    report.answers = r.object(member::answers).value_or(QJsonObject());
    if (const auto flags = r.object(member::flags))
        report.flags = readFlags(*flags, &report.malformed);
    if (const auto routing = r.object(member::routing))
        report.routing = readRouting(*routing, &report.malformed);
    if (const auto contact = r.object(member::contact))
        report.contact = readContact(*contact, &report.malformed);
    report.followup = r.object(member::followup);

    static constexpr QLatin1StringView known[] = { member::format, member::questionnaire, member::reference,
        member::language, member::mode, member::appVersion, member::reportedAt, member::answers,
        member::flags, member::routing, member::contact, member::followup };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(std::begin(known), std::end(known), it.key()) == std::end(known))
            report.unknown.insert(it.key(), it.value());
    }
    return report;
}

Result<ReportDocument> readReport(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Result<ReportDocument>::failure(
            QStringLiteral("the report is not a JSON object"), ErrorKind::Refused);
    return readReport(document.object());
}

bool ReportFacts::highRisk() const
{
    return urgent || triage == QLatin1StringView("high");
}

ReportFacts factsFromReport(const ReportDocument &report)
{
    ReportFacts facts;
    facts.strands = unique(
        report.flags.strands.value_or(QStringList()) + report.flags.localStrands.value_or(QStringList()));
    if (facts.strands.isEmpty()) {
        // Older reports flag only monitored strands; the answer itself names local ones too.
        const QJsonArray targeted = report.answers.value(answer::targeted).toArray();
        for (const QJsonValue &item : targeted) {
            const QString strand = item.toString();
            if (item.isString() && strand != QLatin1StringView("dont_know")
                && strand != QLatin1StringView("prefer_not_to_say") && !facts.strands.contains(strand))
                facts.strands.append(strand);
        }
    }
    const QJsonValue area = report.answers.value(answer::area);
    facts.area = area.isString() ? area.toString().trimmed() : findArea(report.answers, 0);
    facts.language = report.language;
    facts.triage = report.flags.triage.value_or(QString());
    facts.urgent = report.flags.urgent.value_or(false);
    return facts;
}

} // namespace harbour::report
