// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>
#include <vector>

namespace harbour::questionnaire {
Q_NAMESPACE

// What a questionnaire file may ask (docs/questionnaire.md describes each). QML sees it as
// QuestionType (flowtypes.h), so pages choose their answer control by value, not by string.
enum class QuestionType { Single, Multiple, Text, Line, Date, Place, YesNo, Group };
Q_ENUM_NS(QuestionType)

QString typeName(QuestionType type);

struct Option
{
    QString value;
    QString label; // English source text; translated when shown
    QString hint;
    bool exclusive = false; // multiple choice: choosing it clears the others ("I don't know")
    bool kioskOnly = false; // offered only on a kiosk ("a volunteer is helping me")
    QString strand; // "", "monitored" or "local": the option names a hostility strand
};

// Easy read: one short sentence (one idea, at most kEasyReadMaxWords words) and the picture beside it.
struct EasyReadIdea
{
    QString text; // English source text; translated when shown
    QString picture; // one of kEasyReadPictures: app/resources/pictures/<picture>.svg
};

// "show_if": a question is shown only when this holds for the answers given before it.
struct Condition
{
    enum class Kind { Equals, AnyOf, Answered, Not, All, Any };
    Kind kind = Kind::Answered;
    QString question; // Equals, AnyOf, Answered
    QStringList values; // Equals (one), AnyOf
    std::vector<Condition> children; // Not (one), All, Any
};

struct Question
{
    QString id;
    QuestionType type = QuestionType::Line;
    QString title;
    QString hint;
    QString section; // a caption above the heading, e.g. "The people who did it"
    bool required = false;
    // In an optional section ("more"): asked only when the person opens its section on the "Send
    // now, or tell us more" page; the section is named by `section`.
    bool more = false;
    QString errorRequired; // the error when a required question is not answered
    QList<Option> options; // single, multiple; the place types of a place question
    int maxLength = 0; // text, line, and the free text of a place
    QStringList dateModes; // date: a subset of kDateModes, in the order offered
    bool allowFuture = false; // date
    bool dontKnow = true; // yes/no: offer "I don't know"
    bool askDescription = true; // place
    bool askArea = true; // place
    QString itemTitle; // group: "Person %1"
    QString addLabel; // group: "Add a person"
    int maxItems = 10; // group
    QList<Question> questions; // group: asked about each item
    std::optional<Condition> showIf;
    QList<EasyReadIdea> easyRead; // shown instead of the hint when the reporter chooses easy read

    const Option *option(const QString &value) const;
    // The values an answer of this question can take that show_if may compare with.
    QStringList comparableValues() const;
};

inline constexpr int kFormatVersion = 1;
// Easy read guidance (docs/accessibility.md): short sentences, one idea each, a picture beside each.
inline constexpr int kEasyReadMaxWords = 15;
inline constexpr int kEasyReadMaxIdeas = 4;
// The pictures Harbour ships (app/resources/pictures, CC0-1.0); tst_questionnaire checks the files match.
inline const QStringList kEasyReadPictures = { QStringLiteral("age"), QStringLiteral("barrier"),
    QStringLiteral("calendar"), QStringLiteral("camera"), QStringLiteral("car"), QStringLiteral("clock"),
    QStringLiteral("clothes"), QStringLiteral("danger"), QStringLiteral("document"), QStringLiteral("exit"),
    QStringLiteral("eye"), QStringLiteral("face"), QStringLiteral("hair"), QStringLiteral("house"),
    QStringLiteral("hurt"), QStringLiteral("language"), QStringLiteral("languages"), QStringLiteral("link"),
    QStringLiteral("list"), QStringLiteral("lock"), QStringLiteral("map"), QStringLiteral("mask"),
    QStringLiteral("medical"), QStringLiteral("note"), QStringLiteral("people"), QStringLiteral("person"),
    QStringLiteral("phone"), QStringLiteral("question"), QStringLiteral("repeat"), QStringLiteral("screen"),
    QStringLiteral("sent"), QStringLiteral("shield"), QStringLiteral("speech"), QStringLiteral("support"),
    QStringLiteral("target"), QStringLiteral("worse") };
inline const QStringList kDateModes = { QStringLiteral("exact"), QStringLiteral("approximate"),
    QStringLiteral("range"), QStringLiteral("ongoing"), QStringLiteral("dont_know") };

// A loaded, checked questionnaire file. Immutable once loaded; shared by the flow and the report.
class Questionnaire
{
public:
    // Parses and checks a questionnaire; the error names the problem and where it is.
    static Result<Questionnaire> fromJson(const QByteArray &json);
    // Reads a file; an empty path reads the embedded default (harbour-uk).
    static Result<Questionnaire> load(const QString &path = {});
    // The embedded default, loaded once.
    static std::shared_ptr<const Questionnaire> embedded();

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QString name() const { return m_name; }
    const QList<Question> &questions() const { return m_questions; }
    // A question anywhere in the file, including those inside groups; null if none.
    const Question *find(const QString &id) const;
    // Position among the top-level questions; -1 if not one.
    qsizetype indexOf(const QString &id) const;

    // Whether a question is shown, given the answers so far; answers of hidden questions count as absent.
    bool isVisible(const Question &question, const QVariantMap &answers) const;
    // The top-level questions shown for these answers, in order.
    QList<const Question *> visibleQuestions(const QVariantMap &answers) const;
    // The sections of the optional questions ("more"), in the order of their first question; empty
    // when every question is asked in turn (a file without "more").
    const QStringList &moreSections() const { return m_moreSections; }
    // Only the answers to questions that are shown: what a report carries.
    QVariantMap visibleAnswers(const QVariantMap &answers) const;

private:
    QString m_id;
    int m_version = 0;
    QString m_name;
    QList<Question> m_questions;
    QStringList m_moreSections; // made once, at load
};

using QuestionnairePtr = std::shared_ptr<const Questionnaire>;

// The values of an answer that show_if compares: the choice(s), the yes/no, a date's mode, a place's type.
QStringList comparableAnswer(const Question &question, const QVariant &answer);
bool hasAnswer(const QVariant &answer);
bool conditionHolds(
    const Condition &condition, const Questionnaire &questionnaire, const QVariantMap &effectiveAnswers);

} // namespace harbour::questionnaire
