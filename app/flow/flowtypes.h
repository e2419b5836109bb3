// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "questionnaire/questionnaire.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>

// The values the question flow hands to QML, each a typed gadget (named for QML in
// qml/harbourtypes.h): pages declare
// `required property questionView question` and read `question.heading`, and the linter checks
// every name. Lists of them are QVariantLists of these gadgets (Qt 6.4's QML reads those as arrays).
namespace harbour::questionnaire {

// One answer a reporter can choose (an option, Yes/No, or a way of giving a date), translated.
struct ChoiceView
{
    Q_GADGET
    Q_PROPERTY(QString value MEMBER value)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString hint MEMBER hint)
    // Choosing it clears the others ("I don't know").
    Q_PROPERTY(bool exclusive MEMBER exclusive)

public:
    QString value;
    QString label;
    QString hint;
    bool exclusive = false;
    bool operator==(const ChoiceView &) const = default;
};

// One easy-read sentence and the picture beside it (a file name in app/resources/pictures).
struct EasyReadView
{
    Q_GADGET
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString picture MEMBER picture)

public:
    QString text;
    QString picture;
    bool operator==(const EasyReadView &) const = default;
};

// A question as its page shows it, translated. Members that do not apply to its type are empty.
struct QuestionView
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    // A QuestionType (QML: `question.type === QuestionType.Group`); an int, as QML holds enums.
    Q_PROPERTY(int type READ typeValue)
    Q_PROPERTY(QString title MEMBER title)
    // The title, with "(optional)" when it need not be answered.
    Q_PROPERTY(QString heading MEMBER heading)
    Q_PROPERTY(QString hint MEMBER hint)
    Q_PROPERTY(QString section MEMBER section)
    Q_PROPERTY(bool required MEMBER required)
    Q_PROPERTY(int maxLength MEMBER maxLength)
    // choiceView values: the options (or Yes, No, I don't know).
    Q_PROPERTY(QVariantList options MEMBER options)
    // easyReadView values.
    Q_PROPERTY(QVariantList easyRead MEMBER easyRead)
    // Date questions: choiceView values, how the reporter knows when it happened.
    Q_PROPERTY(QVariantList dateModes MEMBER dateModes)
    // Place questions.
    Q_PROPERTY(bool askDescription MEMBER askDescription)
    Q_PROPERTY(bool askArea MEMBER askArea)
    // Groups: the button's label, how many items, the item page's heading ("Person 2") and
    // the item's questions (questionView values).
    Q_PROPERTY(QString addLabel MEMBER addLabel)
    Q_PROPERTY(int maxItems MEMBER maxItems)
    Q_PROPERTY(QString itemHeading MEMBER itemHeading)
    Q_PROPERTY(QVariantList questions MEMBER questions)

public:
    QString id;
    QuestionType type = QuestionType::Single;
    QString title;
    QString heading;
    QString hint;
    QString section;
    bool required = false;
    int maxLength = 0;
    QVariantList options;
    QVariantList easyRead;
    QVariantList dateModes;
    bool askDescription = false;
    bool askArea = false;
    QString addLabel;
    int maxItems = 0;
    QString itemHeading;
    QVariantList questions;
    int typeValue() const { return int(type); }
    bool operator==(const QuestionView &) const = default;
};

// A row of Session.flow.questions: the questions shown, in order, for the answers so far.
struct QuestionRow
{
    Q_GADGET
    Q_PROPERTY(QString questionId MEMBER questionId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(int type READ typeValue) // a QuestionType, as in QuestionView
    Q_PROPERTY(bool answered MEMBER answered)

public:
    QString questionId;
    QString title;
    QuestionType type = QuestionType::Single;
    bool answered = false;
    int typeValue() const { return int(type); }
    bool operator==(const QuestionRow &) const = default;
};

// A row of the check page: a question and its answer as the reporter reads it back.
struct CheckRow
{
    Q_GADGET
    Q_PROPERTY(QString questionId MEMBER questionId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString answer MEMBER answer)
    Q_PROPERTY(bool provided MEMBER provided)

public:
    QString questionId;
    QString title;
    QString answer;
    bool provided = false;
    bool operator==(const CheckRow &) const = default;
};

// A row of the "Send now, or tell us more" page: one optional section, how far the person got in
// it (0 not opened, 1 opened, 2 gone through to its end) and how many of its questions they answered.
struct SectionRow
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(int progress MEMBER progress)
    Q_PROPERTY(int answered MEMBER answered)
    Q_PROPERTY(int asked MEMBER asked)

public:
    QString name;
    int progress = 0;
    int answered = 0;
    int asked = 0;
    bool operator==(const SectionRow &) const = default;
};

// A row of a group's page: one item ("Person 2") and its answers in a line.
struct ItemRow
{
    Q_GADGET
    Q_PROPERTY(int itemIndex MEMBER itemIndex)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString summary MEMBER summary)

public:
    int itemIndex = 0;
    QString title;
    QString summary;
    bool operator==(const ItemRow &) const = default;
};

} // namespace harbour::questionnaire
