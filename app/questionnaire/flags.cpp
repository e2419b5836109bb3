// SPDX-License-Identifier: GPL-3.0-or-later
#include "flags.h"

#include <QSet>

namespace harbour::questionnaire {
namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

bool is(const QVariantMap &a, const char *id, const char *value)
{
    return a.value(str(id)).toString() == QLatin1StringView(value);
}

bool yes(const QVariantMap &a, const char *id)
{
    return is(a, id, "yes");
}

bool chose(const QVariantMap &a, const char *id, std::initializer_list<const char *> values)
{
    const QStringList chosen = a.value(str(id)).toStringList();
    return std::any_of(values.begin(), values.end(), [&](const char *v) { return chosen.contains(str(v)); });
}

// Chose anything but the listed "no one" / "I don't know" answers.
bool choseOtherThan(const QVariantMap &a, const char *id, std::initializer_list<const char *> excluded)
{
    const QStringList chosen = a.value(str(id)).toStringList();
    return std::any_of(chosen.begin(), chosen.end(), [&](const QString &v) {
        return std::none_of(
            excluded.begin(), excluded.end(), [&](const char *e) { return v == QLatin1StringView(e); });
    });
}

bool repeatVictim(const QVariantMap &a)
{
    return yes(a, "happened_before")
        || a.value(QStringLiteral("when")).toMap().value(QStringLiteral("mode")).toString()
        == QLatin1StringView("ongoing");
}

bool ruleHolds(const QString &id, const QVariantMap &a);

int elevatedCount(const QVariantMap &a)
{
    int count = 0;
    for (int i = 1; i <= 9; ++i)
        count += ruleHolds(QStringLiteral("E%1").arg(i), a) ? 1 : 0;
    return count;
}

QList<TriageRule> makeRules()
{
    using T = Triage;
    return {
        { QStringLiteral("H1"), T::High, QStringLiteral("in_danger = yes"),
            [](const QVariantMap &a) { return yes(a, "in_danger"); } },
        { QStringLiteral("H2"), T::High, QStringLiteral("medical_help = yes"),
            [](const QVariantMap &a) { return yes(a, "medical_help"); } },
        { QStringLiteral("H3"), T::High,
            QStringLiteral("threatened_return = yes and they_know_where_you_live = yes"),
            [](const QVariantMap &a) {
                return yes(a, "threatened_return") && yes(a, "they_know_where_you_live");
            } },
        { QStringLiteral("H4"), T::High,
            QStringLiteral("safe_at_home = no and (threatened_return = yes or getting_worse = yes)"),
            [](const QVariantMap &a) {
                return is(a, "safe_at_home", "no")
                    && (yes(a, "threatened_return") || yes(a, "getting_worse"));
            } },
        { QStringLiteral("H5"), T::High, QStringLiteral("same_people = yes and getting_worse = yes"),
            [](const QVariantMap &a) { return yes(a, "same_people") && yes(a, "getting_worse"); } },
        { QStringLiteral("H6"), T::High, QStringLiteral("three or more of E1 to E9 hold"),
            [](const QVariantMap &a) { return elevatedCount(a) >= 3; } },
        { QStringLiteral("E1"), T::Elevated, QStringLiteral("threatened_return = yes"),
            [](const QVariantMap &a) { return yes(a, "threatened_return"); } },
        { QStringLiteral("E2"), T::Elevated, QStringLiteral("getting_worse = yes"),
            [](const QVariantMap &a) { return yes(a, "getting_worse"); } },
        { QStringLiteral("E3"), T::Elevated, QStringLiteral("safe_at_home = no"),
            [](const QVariantMap &a) { return is(a, "safe_at_home", "no"); } },
        { QStringLiteral("E4"), T::Elevated, QStringLiteral("injured = yes"),
            [](const QVariantMap &a) { return yes(a, "injured"); } },
        { QStringLiteral("E5"), T::Elevated,
            QStringLiteral("repeat victim (happened_before = yes, or when is \"it keeps happening\")"),
            [](const QVariantMap &a) { return repeatVictim(a); } },
        { QStringLiteral("E6"), T::Elevated,
            QStringLiteral("incident_types includes physical_attack or sexual_assault"),
            [](const QVariantMap &a) {
                return chose(a, "incident_types", { "physical_attack", "sexual_assault" });
            } },
        { QStringLiteral("E7"), T::Elevated,
            QStringLiteral("others_at_risk names anyone (not none or dont_know)"),
            [](const QVariantMap &a) {
                return choseOtherThan(a, "others_at_risk", { "none", "dont_know" });
            } },
        { QStringLiteral("E8"), T::Elevated, QStringLiteral("they_know_where_you_live = yes"),
            [](const QVariantMap &a) { return yes(a, "they_know_where_you_live"); } },
        { QStringLiteral("E9"), T::Elevated, QStringLiteral("barriers includes disability or isolation"),
            [](const QVariantMap &a) {
                return chose(a, "barriers", { "disability", "isolation" });
            } },
    };
}

bool ruleHolds(const QString &id, const QVariantMap &a)
{
    for (const TriageRule &rule : triageRules()) {
        if (rule.id == id)
            return rule.holds(a);
    }
    return false;
}

// The questions the rules read, and what they must offer.
struct FlagInput
{
    const char *id;
    QuestionType type;
    std::initializer_list<const char *> values;
    const char *reader;
};
const FlagInput kFlagInputs[] = {
    { "in_danger", QuestionType::YesNo, {}, "the urgent flag" },
    { "online", QuestionType::Single, { "yes", "partly" }, "the cyber-enabled flag" },
    { "role", QuestionType::Single, {}, "the assisted flag" },
    { "when", QuestionType::Date, {}, "the repeat-victim flag" },
    { "incident_types", QuestionType::Multiple, { "physical_attack", "sexual_assault" }, "triage rule E6" },
    { "happened_before", QuestionType::YesNo, {}, "the repeat-victim flag" },
    { "same_people", QuestionType::YesNo, {}, "triage rule H5" },
    { "getting_worse", QuestionType::YesNo, {}, "triage rules E2, H4, H5" },
    { "they_know_where_you_live", QuestionType::YesNo, {}, "triage rules E8, H3" },
    { "threatened_return", QuestionType::YesNo, {}, "triage rules E1, H3, H4" },
    { "injured", QuestionType::YesNo, {}, "triage rule E4" },
    { "medical_help", QuestionType::YesNo, {}, "triage rule H2" },
    { "safe_at_home", QuestionType::YesNo, {}, "triage rules E3, H4" },
    { "others_at_risk", QuestionType::Multiple, {}, "triage rule E7" },
    { "barriers", QuestionType::Multiple, { "disability", "isolation" }, "triage rule E9" },
};

} // namespace

QStringList monitoredStrands()
{
    return { QStringLiteral("race"), QStringLiteral("religion"), QStringLiteral("sexual_orientation"),
        QStringLiteral("disability"), QStringLiteral("transgender") };
}

QString triageName(Triage level)
{
    switch (level) {
    case Triage::Standard:
        return QStringLiteral("standard");
    case Triage::Elevated:
        return QStringLiteral("elevated");
    case Triage::High:
        return QStringLiteral("high");
    }
    return {};
}

const QList<TriageRule> &triageRules()
{
    static const QList<TriageRule> rules = makeRules();
    return rules;
}

Flags computeFlags(const Questionnaire &questionnaire, const QVariantMap &answers, bool kiosk)
{
    const QVariantMap a = questionnaire.visibleAnswers(answers);
    Flags flags;

    // Strands are whatever options carry "strand", wherever the organisation asks about them.
    QSet<QString> monitored;
    for (const Question &question : questionnaire.questions()) {
        if (question.type != QuestionType::Single && question.type != QuestionType::Multiple)
            continue;
        const QStringList chosen = comparableAnswer(question, a.value(question.id));
        for (const Option &option : question.options) {
            if (!chosen.contains(option.value))
                continue;
            if (option.strand == QLatin1StringView("monitored"))
                monitored.insert(option.value);
            else if (option.strand == QLatin1StringView("local")
                && !flags.localStrands.contains(option.value))
                flags.localStrands.append(option.value);
        }
    }
    for (const QString &strand : monitoredStrands()) {
        if (monitored.contains(strand))
            flags.strands.append(strand);
    }

    flags.cyberEnabled = is(a, "online", "yes") || is(a, "online", "partly");
    flags.repeatVictim = repeatVictim(a);
    flags.inDanger = yes(a, "in_danger");
    flags.assisted = kiosk && is(a, "role", "assisted");
    for (const TriageRule &rule : triageRules()) {
        if (!rule.holds(a))
            continue;
        flags.triageRules.append(rule.id);
        flags.triage = std::max(flags.triage, rule.level);
    }
    flags.urgent = flags.inDanger || flags.triage == Triage::High;
    return flags;
}

Result<void> checkFlagInputs(const Questionnaire &questionnaire)
{
    for (const FlagInput &input : kFlagInputs) {
        const Question *question = questionnaire.find(str(input.id));
        if (!question)
            continue;
        const QString where = QStringLiteral("question \"%1\"").arg(str(input.id));
        if (questionnaire.indexOf(question->id) < 0)
            return Result<void>::failure(where
                + QStringLiteral(": %1 reads it, so it cannot be inside a group").arg(str(input.reader)));
        if (question->type != input.type)
            return Result<void>::failure(where
                + QStringLiteral(": %1 reads it, so it must be of type \"%2\"")
                      .arg(str(input.reader), typeName(input.type)));
        for (const char *value : input.values) {
            if (!question->option(str(value)))
                return Result<void>::failure(where
                    + QStringLiteral(": %1 reads it, so it must offer the answer \"%2\"")
                          .arg(str(input.reader), str(value)));
        }
    }
    return {};
}

} // namespace harbour::questionnaire
