// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "questionnaire.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

namespace harbour::questionnaire {

// A problem with one field of a page, in GOV.UK error message words ("Enter the start date").
// Every form reports its problems in these (questions, recipients, contact): a gadget, so the
// error summary's rows are typed (Session.flow.errors).
struct FieldError
{
    Q_GADGET
    Q_PROPERTY(QString field MEMBER field)
    Q_PROPERTY(QString message MEMBER message)

public:
    QString
        field; // the draft key it belongs to: "value", "day", "from_year", "area", a group's sub-question id
    QString message; // translated

    bool operator==(const FieldError &) const = default;
};

// A page's draft checked: the answer to store (invalid when nothing was given) or the errors.
struct Checked
{
    QVariant answer;
    QList<FieldError> errors;
    bool ok() const { return errors.isEmpty(); }
};

// The draft is what a page edits: flat string fields the QML controls write (docs/questionnaire.md,
// "Answers"). Checking turns it into the stored answer; draftFrom turns a stored answer back.
Checked check(const Question &question, const QVariantMap &draft, bool kiosk, const QDate &today);
// One item of a group: a map of the group's sub-question ids to their answers.
Checked checkItem(const Question &group, const QVariantMap &draft, bool kiosk, const QDate &today);
QVariantMap draftFrom(const Question &question, const QVariant &answer);

// An answer as the reporter reads it back on the check page (translated); "" when there is none.
QString answerText(const Question &question, const QVariant &answer);
// One item of a group in a line, e.g. "A man; 25 to 34; Tall".
QString itemSummary(const Question &group, const QVariantMap &item);

// The translation of a questionnaire text (the English in the file is the source text).
QString translated(const QString &text);
// Labels of the fixed answers of yes/no questions and date modes, translated.
QString yesNoLabel(const QString &value);
QString dateModeLabel(const QString &mode);

// Coarse area: a postcode district ("E1", "SW1A") or a town. Returns the normalised area, or an
// empty string and the reason.
QString normaliseArea(const QString &text, QString *error);
// "18:30", "6pm", "6.30 pm" -> "HH:MM"; empty when it is not a time.
QString normaliseTime(const QString &text);

} // namespace harbour::questionnaire
