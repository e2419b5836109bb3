// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionnaire.h"

#include "base/strictinput.h"
#include "flags.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace harbour::questionnaire {
namespace {

constexpr qsizetype kMaxFileBytes = 1024 * 1024;
constexpr int kMaxQuestions = 500;
constexpr int kMaxConditionDepth = 8;
constexpr int kDefaultLineLength = 500;
constexpr int kDefaultTextLength = 20000;

using R = Result<Questionnaire>;

struct TypeInfo
{
    QuestionType type;
    QLatin1StringView name;
};
constexpr TypeInfo kTypes[] = {
    { QuestionType::Single, QLatin1StringView("single") },
    { QuestionType::Multiple, QLatin1StringView("multiple") },
    { QuestionType::Text, QLatin1StringView("text") },
    { QuestionType::Line, QLatin1StringView("line") },
    { QuestionType::Date, QLatin1StringView("date") },
    { QuestionType::Place, QLatin1StringView("place") },
    { QuestionType::YesNo, QLatin1StringView("yesno") },
    { QuestionType::Group, QLatin1StringView("group") },
};

bool isIdentifier(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return pattern.match(text).hasMatch();
}

// Option values may start with a digit ("18_24").
bool isValue(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_]{0,63}$"));
    return pattern.match(text).hasMatch();
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Every problem is reported with where it is, so an organisation can fix its file.
class Loader
{
public:
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = where.isEmpty() ? what : where + QStringLiteral(": ") + what;
        return false;
    }

    bool onlyKnownKeys(const QJsonObject &object, const QStringList &known, const QString &where)
    {
        // "comment" is allowed everywhere, for the organisation's own notes.
        if (const auto unknown
            = strict::firstUnknownMember(object, known + QStringList { QStringLiteral("comment") }))
            return fail(where, QStringLiteral("unknown key %1").arg(quoted(*unknown)));
        return true;
    }

    // A string member that, when present, must be a string.
    bool stringMember(
        const QJsonObject &object, QLatin1StringView key, const QString &where, QString &out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                return fail(where, QStringLiteral("missing %1").arg(quoted(key)));
            return true;
        }
        QString text;
        switch (strict::checkText(value, { 0, !required, true }, &text)) {
        case strict::TextProblem::None:
            out = text.trimmed();
            return true;
        case strict::TextProblem::Empty:
            return fail(where, QStringLiteral("%1 must not be empty").arg(quoted(key)));
        case strict::TextProblem::NotString:
        case strict::TextProblem::TooLong:
        case strict::TextProblem::ControlCharacter:
            break;
        }
        return fail(where, QStringLiteral("%1 must be a string").arg(quoted(key)));
    }

    bool boolMember(const QJsonObject &object, QLatin1StringView key, const QString &where, bool &out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return fail(where, QStringLiteral("%1 must be true or false").arg(quoted(key)));
        out = value.toBool();
        return true;
    }

    bool intMember(const QJsonObject &object, QLatin1StringView key, const QString &where, int &out,
        int lowest, int highest)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        const auto number = strict::wholeNumber(value, lowest, highest);
        if (!number)
            return fail(where,
                QStringLiteral("%1 must be a whole number from %2 to %3")
                    .arg(quoted(key))
                    .arg(lowest)
                    .arg(highest));
        out = int(*number);
        return true;
    }

    // "easy_read": [ { "text": "...", "picture": "name" }, ... ]
    bool easyRead(const QJsonValue &value, const QString &where, QList<EasyReadIdea> &out)
    {
        if (value.isUndefined())
            return true;
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.isEmpty() || array.size() > kEasyReadMaxIdeas)
            return fail(where,
                QStringLiteral(
                    "\"easy_read\" must be a list of 1 to %1 ideas, each { \"text\": ..., \"picture\": ... }")
                    .arg(kEasyReadMaxIdeas));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = where + QStringLiteral(", easy read idea %1").arg(i + 1);
            if (!array.at(i).isObject())
                return fail(at, QStringLiteral("must be an object with \"text\" and \"picture\""));
            const QJsonObject object = array.at(i).toObject();
            EasyReadIdea idea;
            if (!onlyKnownKeys(object, { QStringLiteral("text"), QStringLiteral("picture") }, at)
                || !stringMember(object, QLatin1StringView("text"), at, idea.text, true)
                || !stringMember(object, QLatin1StringView("picture"), at, idea.picture, true))
                return false;
            const qsizetype words
                = idea.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
            if (words > kEasyReadMaxWords)
                return fail(at,
                    QStringLiteral("%1 words; easy read keeps each idea to %2 words or fewer")
                        .arg(words)
                        .arg(kEasyReadMaxWords));
            if (!kEasyReadPictures.contains(idea.picture))
                return fail(at,
                    QStringLiteral("unknown picture %1 (Harbour has: %2)")
                        .arg(quoted(idea.picture), kEasyReadPictures.join(QStringLiteral(", "))));
            out.append(idea);
        }
        return true;
    }

    bool options(const QJsonValue &value, const QString &key, const Question &question, const QString &where,
        QList<Option> &out)
    {
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(where, QStringLiteral("%1 must be a list of at least one option").arg(quoted(key)));
        QSet<QString> values;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = where + QStringLiteral(", option %1").arg(i + 1);
            if (!array.at(i).isObject())
                return fail(at, QStringLiteral("must be an object with \"value\" and \"label\""));
            const QJsonObject object = array.at(i).toObject();
            if (!onlyKnownKeys(object,
                    { QStringLiteral("value"), QStringLiteral("label"), QStringLiteral("hint"),
                        QStringLiteral("exclusive"), QStringLiteral("kiosk_only"), QStringLiteral("strand") },
                    at))
                return false;
            Option option;
            if (!stringMember(object, QLatin1StringView("value"), at, option.value, true))
                return false;
            const QString named = where + QStringLiteral(", option ") + quoted(option.value);
            if (!isValue(option.value))
                return fail(
                    named, QStringLiteral("\"value\" must be lower-case letters, digits and _ (at most 64)"));
            if (values.contains(option.value))
                return fail(named, QStringLiteral("the value is used twice"));
            values.insert(option.value);
            if (!stringMember(object, QLatin1StringView("label"), named, option.label, true)
                || !stringMember(object, QLatin1StringView("hint"), named, option.hint, false)
                || !boolMember(object, QLatin1StringView("exclusive"), named, option.exclusive)
                || !boolMember(object, QLatin1StringView("kiosk_only"), named, option.kioskOnly)
                || !stringMember(object, QLatin1StringView("strand"), named, option.strand, false))
                return false;
            const bool choice
                = question.type == QuestionType::Single || question.type == QuestionType::Multiple;
            if (option.exclusive && question.type != QuestionType::Multiple)
                return fail(named, QStringLiteral("\"exclusive\" is only for multiple-choice questions"));
            if (option.kioskOnly && !choice)
                return fail(named, QStringLiteral("\"kiosk_only\" is only for choice questions"));
            if (!option.strand.isEmpty()) {
                if (!choice)
                    return fail(named, QStringLiteral("\"strand\" is only for choice questions"));
                if (option.strand == QLatin1StringView("monitored")) {
                    if (!monitoredStrands().contains(option.value))
                        return fail(named,
                            QStringLiteral("a monitored strand must be one of %1")
                                .arg(monitoredStrands().join(QStringLiteral(", "))));
                } else if (option.strand != QLatin1StringView("local")) {
                    return fail(named, QStringLiteral("\"strand\" must be \"monitored\" or \"local\""));
                }
            }
            out.append(option);
        }
        return true;
    }

    bool condition(const QJsonValue &value, const QString &where, const QList<Question> &earlier,
        const QList<Question> &all, int depth, Condition &out)
    {
        if (depth > kMaxConditionDepth)
            return fail(where, QStringLiteral("\"show_if\" is nested too deeply"));
        if (!value.isObject())
            return fail(where, QStringLiteral("\"show_if\" must be an object"));
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1StringView("not"))) {
            if (!onlyKnownKeys(object, { QStringLiteral("not") }, where))
                return false;
            out.kind = Condition::Kind::Not;
            out.children.resize(1);
            return condition(
                object.value(QLatin1StringView("not")), where, earlier, all, depth + 1, out.children[0]);
        }
        for (const auto &[key, kind] : { std::pair { QLatin1StringView("all"), Condition::Kind::All },
                 std::pair { QLatin1StringView("any"), Condition::Kind::Any } }) {
            if (!object.contains(key))
                continue;
            if (!onlyKnownKeys(object, { QString(key) }, where))
                return false;
            const QJsonArray parts = object.value(key).toArray();
            if (parts.isEmpty())
                return fail(where,
                    QStringLiteral("%1 in \"show_if\" must list at least one condition").arg(quoted(key)));
            out.kind = kind;
            for (const QJsonValue &part : parts) {
                Condition child;
                if (!condition(part, where, earlier, all, depth + 1, child))
                    return false;
                out.children.push_back(std::move(child));
            }
            return true;
        }
        if (!onlyKnownKeys(object,
                { QStringLiteral("question"), QStringLiteral("equals"), QStringLiteral("any_of"),
                    QStringLiteral("answered") },
                where))
            return false;
        if (!stringMember(object, QLatin1StringView("question"), where + QStringLiteral(", \"show_if\""),
                out.question, true))
            return false;
        const auto byId = [&](const QList<Question> &list) -> const Question * {
            for (const Question &q : list) {
                if (q.id == out.question)
                    return &q;
            }
            return nullptr;
        };
        const Question *target = byId(earlier);
        if (!target) {
            if (byId(all))
                return fail(where,
                    QStringLiteral(
                        "\"show_if\" names %1, which comes later; it may only name an earlier question")
                        .arg(quoted(out.question)));
            return fail(where,
                QStringLiteral("\"show_if\" names %1, which is not a question here")
                    .arg(quoted(out.question)));
        }
        const int forms = int(object.contains(QLatin1StringView("equals")))
            + int(object.contains(QLatin1StringView("any_of")))
            + int(object.contains(QLatin1StringView("answered")));
        if (forms != 1)
            return fail(where,
                QStringLiteral("\"show_if\" needs exactly one of \"equals\", \"any_of\" or \"answered\""));
        if (object.contains(QLatin1StringView("answered"))) {
            if (object.value(QLatin1StringView("answered")) != QJsonValue(true))
                return fail(where,
                    QStringLiteral(
                        "\"answered\" in \"show_if\" must be true (use \"not\" for the opposite)"));
            out.kind = Condition::Kind::Answered;
            return true;
        }
        if (object.contains(QLatin1StringView("equals"))) {
            out.kind = Condition::Kind::Equals;
            const QJsonValue equals = object.value(QLatin1StringView("equals"));
            if (!equals.isString())
                return fail(where, QStringLiteral("\"equals\" in \"show_if\" must be a string"));
            out.values = { equals.toString() };
        } else {
            out.kind = Condition::Kind::AnyOf;
            const QJsonArray anyOf = object.value(QLatin1StringView("any_of")).toArray();
            for (const QJsonValue &v : anyOf) {
                if (!v.isString())
                    return fail(where, QStringLiteral("\"any_of\" in \"show_if\" must list strings"));
                out.values.append(v.toString());
            }
            if (out.values.isEmpty())
                return fail(where, QStringLiteral("\"any_of\" in \"show_if\" must list at least one value"));
        }
        const QStringList possible = target->comparableValues();
        if (possible.isEmpty())
            return fail(where,
                QStringLiteral("\"show_if\" can only ask whether %1 is \"answered\"")
                    .arg(quoted(target->id)));
        for (const QString &v : std::as_const(out.values)) {
            if (!possible.contains(v))
                return fail(where,
                    QStringLiteral("\"show_if\" compares %1 with %2, which is not one of its answers (%3)")
                        .arg(quoted(target->id), quoted(v), possible.join(QStringLiteral(", "))));
        }
        return true;
    }

    bool question(const QJsonValue &value, const QString &position, const QList<Question> &earlier,
        const QJsonArray &siblings, bool inGroup, QSet<QString> &ids, Question &out)
    {
        if (!value.isObject())
            return fail(position, QStringLiteral("must be an object"));
        const QJsonObject object = value.toObject();
        if (!stringMember(object, QLatin1StringView("id"), position, out.id, true))
            return false;
        const QString where = QStringLiteral("question ") + quoted(out.id);
        if (!isIdentifier(out.id))
            return fail(
                where, QStringLiteral("\"id\" must be lower-case letters, digits and _ (at most 64)"));
        if (ids.contains(out.id))
            return fail(where, QStringLiteral("duplicate id: another question already uses it"));
        ids.insert(out.id);

        QString type;
        if (!stringMember(object, QLatin1StringView("type"), where, type, true))
            return false;
        bool knownType = false;
        for (const TypeInfo &info : kTypes) {
            if (info.name == type) {
                out.type = info.type;
                knownType = true;
            }
        }
        if (!knownType)
            return fail(where,
                QStringLiteral(
                    "unknown type %1 (known: single, multiple, text, line, date, place, yesno, group)")
                    .arg(quoted(type)));

        QStringList known
            = { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("hint"),
                  QStringLiteral("section"), QStringLiteral("required"), QStringLiteral("more"),
                  QStringLiteral("error_required"), QStringLiteral("show_if"), QStringLiteral("easy_read") };
        switch (out.type) {
        case QuestionType::Single:
        case QuestionType::Multiple:
            known << QStringLiteral("options");
            break;
        case QuestionType::Text:
        case QuestionType::Line:
            known << QStringLiteral("max_length");
            break;
        case QuestionType::Date:
            known << QStringLiteral("modes") << QStringLiteral("allow_future");
            break;
        case QuestionType::Place:
            known << QStringLiteral("place_types") << QStringLiteral("ask_description")
                  << QStringLiteral("ask_area") << QStringLiteral("max_length");
            break;
        case QuestionType::YesNo:
            known << QStringLiteral("dont_know");
            break;
        case QuestionType::Group:
            known << QStringLiteral("item_title") << QStringLiteral("add_label")
                  << QStringLiteral("max_items") << QStringLiteral("questions");
            break;
        }
        if (!onlyKnownKeys(object, known, where))
            return false;
        if (!stringMember(object, QLatin1StringView("title"), where, out.title, true)
            || !stringMember(object, QLatin1StringView("hint"), where, out.hint, false)
            || !stringMember(object, QLatin1StringView("section"), where, out.section, false)
            || !boolMember(object, QLatin1StringView("required"), where, out.required)
            || !boolMember(object, QLatin1StringView("more"), where, out.more)
            || !stringMember(object, QLatin1StringView("error_required"), where, out.errorRequired, false)
            || !easyRead(object.value(QLatin1StringView("easy_read")), where, out.easyRead))
            return false;
        if (out.more && inGroup)
            return fail(
                where, QStringLiteral("questions inside a group cannot have \"more\": the group's is used"));
        if (out.more && out.section.trimmed().isEmpty())
            return fail(where,
                QStringLiteral("a question with \"more\" needs a \"section\": the name of its part on the "
                               "\"Send now, or tell us more\" page"));
        if (out.more && out.required)
            return fail(where,
                QStringLiteral("a question with \"more\" cannot be required: the person may send without "
                               "opening its section"));
        if (out.required && out.errorRequired.isEmpty())
            return fail(where,
                QStringLiteral("a required question needs an \"error_required\" message, e.g. \"Tell us what "
                               "happened\""));

        switch (out.type) {
        case QuestionType::Single:
        case QuestionType::Multiple:
            if (!options(object.value(QLatin1StringView("options")), QStringLiteral("options"), out, where,
                    out.options))
                return false;
            break;
        case QuestionType::Text:
        case QuestionType::Line:
        case QuestionType::Place:
            out.maxLength = out.type == QuestionType::Text ? kDefaultTextLength : kDefaultLineLength;
            if (!intMember(object, QLatin1StringView("max_length"), where, out.maxLength, 1, 100000))
                return false;
            if (out.type == QuestionType::Place) {
                if (!options(object.value(QLatin1StringView("place_types")), QStringLiteral("place_types"),
                        out, where, out.options)
                    || !boolMember(object, QLatin1StringView("ask_description"), where, out.askDescription)
                    || !boolMember(object, QLatin1StringView("ask_area"), where, out.askArea))
                    return false;
            }
            break;
        case QuestionType::Date: {
            if (!boolMember(object, QLatin1StringView("allow_future"), where, out.allowFuture))
                return false;
            const QJsonValue modes = object.value(QLatin1StringView("modes"));
            if (modes.isUndefined()) {
                out.dateModes = kDateModes;
                break;
            }
            for (const QJsonValue &mode : modes.toArray()) {
                if (!kDateModes.contains(mode.toString()))
                    return fail(where,
                        QStringLiteral("\"modes\" may only list %1")
                            .arg(kDateModes.join(QStringLiteral(", "))));
                if (out.dateModes.contains(mode.toString()))
                    return fail(
                        where, QStringLiteral("\"modes\" lists %1 twice").arg(quoted(mode.toString())));
                out.dateModes.append(mode.toString());
            }
            if (out.dateModes.isEmpty())
                return fail(where, QStringLiteral("\"modes\" must list at least one mode"));
            break;
        }
        case QuestionType::YesNo:
            if (!boolMember(object, QLatin1StringView("dont_know"), where, out.dontKnow))
                return false;
            break;
        case QuestionType::Group: {
            if (inGroup)
                return fail(where, QStringLiteral("a group cannot be inside another group"));
            if (!stringMember(object, QLatin1StringView("item_title"), where, out.itemTitle, true)
                || !stringMember(object, QLatin1StringView("add_label"), where, out.addLabel, true)
                || !intMember(object, QLatin1StringView("max_items"), where, out.maxItems, 1, 50))
                return false;
            if (!out.itemTitle.contains(QLatin1StringView("%1")))
                return fail(where,
                    QStringLiteral(
                        "\"item_title\" must contain %1 for the item's number, e.g. \"Person %1\""));
            const QJsonArray subs = object.value(QLatin1StringView("questions")).toArray();
            if (subs.isEmpty())
                return fail(
                    where, QStringLiteral("\"questions\" must list the questions asked about each item"));
            for (qsizetype i = 0; i < subs.size(); ++i) {
                Question sub;
                const QString subPosition = where + QStringLiteral(", question %1").arg(i + 1);
                if (!question(subs.at(i), subPosition, {}, subs, true, ids, sub))
                    return false;
                if (sub.type == QuestionType::Date || sub.type == QuestionType::Place
                    || sub.type == QuestionType::Group)
                    return fail(where + QStringLiteral(" > ") + quoted(sub.id),
                        QStringLiteral(
                            "a group may only ask single, multiple, line, text and yesno questions"));
                out.questions.append(sub);
            }
            break;
        }
        }

        const QJsonValue showIf = object.value(QLatin1StringView("show_if"));
        if (!showIf.isUndefined()) {
            if (inGroup)
                return fail(where, QStringLiteral("questions inside a group cannot have \"show_if\""));
            QList<Question> all;
            for (const QJsonValue &sibling : siblings) {
                Question stub;
                stub.id = sibling.toObject().value(QLatin1StringView("id")).toString();
                all.append(stub);
            }
            Condition condition;
            if (!this->condition(showIf, where, earlier, all, 0, condition))
                return false;
            out.showIf = std::move(condition);
        }
        return true;
    }
};

const Question *findIn(const QList<Question> &questions, const QString &id)
{
    for (const Question &question : questions) {
        if (question.id == id)
            return &question;
        if (const Question *inner = findIn(question.questions, id))
            return inner;
    }
    return nullptr;
}

} // namespace

QString typeName(QuestionType type)
{
    for (const TypeInfo &info : kTypes) {
        if (info.type == type)
            return QString(info.name);
    }
    return {};
}

const Option *Question::option(const QString &value) const
{
    for (const Option &o : options) {
        if (o.value == value)
            return &o;
    }
    return nullptr;
}

QStringList Question::comparableValues() const
{
    QStringList values;
    switch (type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::Place:
        for (const Option &o : options)
            values.append(o.value);
        break;
    case QuestionType::YesNo:
        values = { QStringLiteral("yes"), QStringLiteral("no") };
        if (dontKnow)
            values.append(QStringLiteral("dont_know"));
        break;
    case QuestionType::Date:
        values = dateModes;
        break;
    case QuestionType::Text:
    case QuestionType::Line:
    case QuestionType::Group:
        break;
    }
    return values;
}

Result<Questionnaire> Questionnaire::fromJson(const QByteArray &json)
{
    if (json.size() > kMaxFileBytes)
        return R::failure(QStringLiteral("the file is larger than 1 MiB"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(QStringLiteral("not valid JSON: %1 at byte %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return R::failure(QStringLiteral("not valid JSON: the file must hold one JSON object"));
    const QJsonObject root = document.object();

    Loader loader;
    if (!loader.onlyKnownKeys(root,
            { QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("id"),
                QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("questions") },
            {}))
        return R::failure(loader.error);
    if (root.value(QLatin1StringView("format")).toString() != QLatin1StringView("harbour-questionnaire"))
        return R::failure(QStringLiteral("\"format\" must be \"harbour-questionnaire\""));
    if (!root.contains(QLatin1StringView("format_version")))
        return R::failure(QStringLiteral("missing \"format_version\""));
    if (root.value(QLatin1StringView("format_version")).toInt(-1) != kFormatVersion)
        return R::failure(QStringLiteral("unsupported \"format_version\" (this Harbour reads version %1)")
                              .arg(kFormatVersion));

    Questionnaire result;
    if (!loader.stringMember(root, QLatin1StringView("id"), {}, result.m_id, true))
        return R::failure(loader.error);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]{0,63}$"));
    if (!idPattern.match(result.m_id).hasMatch())
        return R::failure(
            QStringLiteral("\"id\" must be lower-case letters, digits, '.' and '-' (at most 64)"));
    if (!root.contains(QLatin1StringView("version")))
        return R::failure(QStringLiteral("missing \"version\""));
    result.m_version = 0;
    if (!loader.intMember(root, QLatin1StringView("version"), {}, result.m_version, 1, 1000000))
        return R::failure(loader.error);
    if (!loader.stringMember(root, QLatin1StringView("name"), {}, result.m_name, false))
        return R::failure(loader.error);

    const QJsonValue questions = root.value(QLatin1StringView("questions"));
    if (!questions.isArray() || questions.toArray().isEmpty())
        return R::failure(QStringLiteral("\"questions\" must list at least one question"));
    const QJsonArray array = questions.toArray();
    if (array.size() > kMaxQuestions)
        return R::failure(QStringLiteral("more than %1 questions").arg(kMaxQuestions));
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Question question;
        if (!loader.question(array.at(i), QStringLiteral("question %1").arg(i + 1), result.m_questions, array,
                false, ids, question))
            return R::failure(loader.error);
        if (question.more && !result.m_moreSections.contains(question.section))
            result.m_moreSections.append(question.section);
        result.m_questions.append(question);
    }
    if (auto checked = checkFlagInputs(result); !checked)
        return R::failure(checked.error());
    return result;
}

Result<Questionnaire> Questionnaire::load(const QString &path)
{
    const QString source = path.isEmpty() ? QStringLiteral(":/harbour/questionnaire/harbour-uk.json") : path;
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(
            QStringLiteral("cannot read the questionnaire %1: %2").arg(source, file.errorString()));
    auto loaded = fromJson(file.read(kMaxFileBytes + 1));
    if (!loaded)
        return R::failure(
            QStringLiteral("the questionnaire %1 is not usable: %2").arg(source, loaded.error()));
    return loaded;
}

std::shared_ptr<const Questionnaire> Questionnaire::embedded()
{
    static const std::shared_ptr<const Questionnaire> instance = [] {
        auto loaded = load();
        // The embedded file is checked by the tests; failing here is a build error, not the reporter's.
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error()));
        return std::make_shared<const Questionnaire>(std::move(loaded.value()));
    }();
    return instance;
}

const Question *Questionnaire::find(const QString &id) const
{
    return findIn(m_questions, id);
}

qsizetype Questionnaire::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        if (m_questions.at(i).id == id)
            return i;
    }
    return -1;
}

bool hasAnswer(const QVariant &answer)
{
    if (!answer.isValid() || answer.isNull())
        return false;
    switch (answer.typeId()) {
    case QMetaType::QString:
        return !answer.toString().trimmed().isEmpty();
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
        return !answer.toList().isEmpty();
    case QMetaType::QVariantMap:
        return !answer.toMap().isEmpty();
    default:
        return true;
    }
}

QStringList comparableAnswer(const Question &question, const QVariant &answer)
{
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::YesNo:
        return { answer.toString() };
    case QuestionType::Multiple:
        return answer.toStringList();
    case QuestionType::Date:
        return { answer.toMap().value(QStringLiteral("mode")).toString() };
    case QuestionType::Place:
        return { answer.toMap().value(QStringLiteral("type")).toString() };
    case QuestionType::Text:
    case QuestionType::Line:
    case QuestionType::Group:
        break;
    }
    return {};
}

bool conditionHolds(
    const Condition &condition, const Questionnaire &questionnaire, const QVariantMap &effectiveAnswers)
{
    switch (condition.kind) {
    case Condition::Kind::Not:
        return !conditionHolds(condition.children.front(), questionnaire, effectiveAnswers);
    case Condition::Kind::All:
        return std::all_of(condition.children.begin(), condition.children.end(),
            [&](const Condition &c) { return conditionHolds(c, questionnaire, effectiveAnswers); });
    case Condition::Kind::Any:
        return std::any_of(condition.children.begin(), condition.children.end(),
            [&](const Condition &c) { return conditionHolds(c, questionnaire, effectiveAnswers); });
    case Condition::Kind::Answered:
        return hasAnswer(effectiveAnswers.value(condition.question));
    case Condition::Kind::Equals:
    case Condition::Kind::AnyOf: {
        const Question *target = questionnaire.find(condition.question);
        const QVariant answer = effectiveAnswers.value(condition.question);
        if (!target || !hasAnswer(answer))
            return false;
        const QStringList given = comparableAnswer(*target, answer);
        return std::any_of(
            given.begin(), given.end(), [&](const QString &v) { return condition.values.contains(v); });
    }
    }
    return false;
}

QVariantMap Questionnaire::visibleAnswers(const QVariantMap &answers) const
{
    // In order: a question hidden by an earlier answer hides the questions that depend on it.
    QVariantMap effective;
    for (const Question &question : m_questions) {
        if (question.showIf && !conditionHolds(*question.showIf, *this, effective))
            continue;
        const QVariant answer = answers.value(question.id);
        if (hasAnswer(answer))
            effective.insert(question.id, answer);
    }
    return effective;
}

bool Questionnaire::isVisible(const Question &question, const QVariantMap &answers) const
{
    if (!question.showIf)
        return true;
    QVariantMap effective;
    for (const Question &q : m_questions) {
        if (q.id == question.id)
            return conditionHolds(*question.showIf, *this, effective);
        if (q.showIf && !conditionHolds(*q.showIf, *this, effective))
            continue;
        const QVariant answer = answers.value(q.id);
        if (hasAnswer(answer))
            effective.insert(q.id, answer);
    }
    return true; // questions inside groups have no show_if
}

QList<const Question *> Questionnaire::visibleQuestions(const QVariantMap &answers) const
{
    QList<const Question *> visible;
    QVariantMap effective;
    for (const Question &question : m_questions) {
        if (question.showIf && !conditionHolds(*question.showIf, *this, effective))
            continue;
        visible.append(&question);
        const QVariant answer = answers.value(question.id);
        if (hasAnswer(answer))
            effective.insert(question.id, answer);
    }
    return visible;
}

} // namespace harbour::questionnaire
