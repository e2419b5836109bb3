// SPDX-License-Identifier: GPL-3.0-or-later
#include "answers.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace harbour::questionnaire {
namespace {

QString tq(const char *text)
{
    return QCoreApplication::translate("Questionnaire", text);
}

QString field(const QVariantMap &draft, const QString &key)
{
    return draft.value(key).toString().trimmed();
}

// GOV.UK date messages, one set per date on a page, so each names the date it is about.
struct DateWords
{
    const char *enter;
    const char *includeDay;
    const char *includeMonth;
    const char *includeYear;
    const char *real;
    const char *yearDigits;
    const char *past;
};
const DateWords kDateWords = {
    QT_TRANSLATE_NOOP("Questionnaire", "Enter the date"),
    QT_TRANSLATE_NOOP("Questionnaire", "The date must include a day"),
    QT_TRANSLATE_NOOP("Questionnaire", "The date must include a month"),
    QT_TRANSLATE_NOOP("Questionnaire", "The date must include a year"),
    QT_TRANSLATE_NOOP("Questionnaire", "The date must be a real date"),
    QT_TRANSLATE_NOOP("Questionnaire", "The year must have 4 numbers, like 2024"),
    QT_TRANSLATE_NOOP("Questionnaire", "The date must be today or in the past"),
};
const DateWords kFromWords = {
    QT_TRANSLATE_NOOP("Questionnaire", "Enter the start date"),
    QT_TRANSLATE_NOOP("Questionnaire", "The start date must include a day"),
    QT_TRANSLATE_NOOP("Questionnaire", "The start date must include a month"),
    QT_TRANSLATE_NOOP("Questionnaire", "The start date must include a year"),
    QT_TRANSLATE_NOOP("Questionnaire", "The start date must be a real date"),
    QT_TRANSLATE_NOOP("Questionnaire", "The year of the start date must have 4 numbers, like 2024"),
    QT_TRANSLATE_NOOP("Questionnaire", "The start date must be today or in the past"),
};
const DateWords kToWords = {
    QT_TRANSLATE_NOOP("Questionnaire", "Enter the end date"),
    QT_TRANSLATE_NOOP("Questionnaire", "The end date must include a day"),
    QT_TRANSLATE_NOOP("Questionnaire", "The end date must include a month"),
    QT_TRANSLATE_NOOP("Questionnaire", "The end date must include a year"),
    QT_TRANSLATE_NOOP("Questionnaire", "The end date must be a real date"),
    QT_TRANSLATE_NOOP("Questionnaire", "The year of the end date must have 4 numbers, like 2024"),
    QT_TRANSLATE_NOOP("Questionnaire", "The end date must be today or in the past"),
};
const DateWords kSinceWords = {
    QT_TRANSLATE_NOOP("Questionnaire", "Enter the month and year it started"),
    QT_TRANSLATE_NOOP("Questionnaire", "The date it started must include a day"),
    QT_TRANSLATE_NOOP("Questionnaire", "The date it started must include a month"),
    QT_TRANSLATE_NOOP("Questionnaire", "The date it started must include a year"),
    QT_TRANSLATE_NOOP("Questionnaire", "The date it started must be a real date"),
    QT_TRANSLATE_NOOP("Questionnaire", "The year it started must have 4 numbers, like 2024"),
    QT_TRANSLATE_NOOP("Questionnaire", "The date it started must be today or in the past"),
};

enum class Day { Required, Optional, NotAsked };

struct ParsedDate
{
    QString iso; // "YYYY-MM-DD", or "YYYY-MM" when the day was not given
    QDate first; // the date, or the first of the month
    bool empty = false;
    bool ok = false;
};

ParsedDate parseDate(const QVariantMap &draft, const QString &prefix, Day dayRule, const DateWords &words,
    const QDate &today, bool allowFuture, QList<FieldError> &errors)
{
    ParsedDate parsed;
    const QString dayKey = prefix + QStringLiteral("day");
    const QString monthKey = prefix + QStringLiteral("month");
    const QString yearKey = prefix + QStringLiteral("year");
    const QString d = dayRule == Day::NotAsked ? QString() : field(draft, dayKey);
    const QString m = field(draft, monthKey);
    const QString y = field(draft, yearKey);
    const QString firstKey = dayRule == Day::NotAsked ? monthKey : dayKey;
    const auto error = [&](const QString &key, const char *message) {
        errors.append({ key, tq(message) });
        return parsed;
    };
    if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
        parsed.empty = true;
        return parsed;
    }
    if (dayRule == Day::Required && d.isEmpty())
        return error(dayKey, words.includeDay);
    if (m.isEmpty())
        return error(monthKey, words.includeMonth);
    if (y.isEmpty())
        return error(yearKey, words.includeYear);
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
    for (const QString &part : { d, m, y }) {
        if (!part.isEmpty() && !digits.match(part).hasMatch())
            return error(firstKey, words.real);
    }
    if (y.size() != 4)
        return error(yearKey, words.yearDigits);
    const int year = y.toInt();
    const int month = m.toInt();
    const int day = d.isEmpty() ? 1 : d.toInt();
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900)
        return error(firstKey, words.real);
    if (!allowFuture && date > today)
        return error(firstKey, words.past);
    parsed.first = date;
    parsed.iso = d.isEmpty() ? date.toString(QStringLiteral("yyyy-MM")) : date.toString(Qt::ISODate);
    parsed.ok = true;
    return parsed;
}

void putDate(QVariantMap &draft, const QString &prefix, const QString &iso)
{
    const QStringList parts = iso.split(QLatin1Char('-'));
    if (parts.size() < 2)
        return;
    draft.insert(prefix + QStringLiteral("year"), parts.at(0));
    draft.insert(prefix + QStringLiteral("month"), QString::number(parts.at(1).toInt()));
    if (parts.size() > 2)
        draft.insert(prefix + QStringLiteral("day"), QString::number(parts.at(2).toInt()));
}

QString dateText(const QString &iso)
{
    const QLocale locale;
    if (iso.size() == 7)
        return locale.toString(
            QDate::fromString(iso + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMMM yyyy"));
    return locale.toString(QDate::fromString(iso, Qt::ISODate), QLocale::LongFormat);
}

QString timeText(const QString &hhmm)
{
    return QLocale().toString(QTime::fromString(hhmm, QStringLiteral("HH:mm")), QLocale::ShortFormat);
}

Checked checkDate(const Question &question, const QVariantMap &draft, const QDate &today)
{
    Checked result;
    const QString mode = field(draft, QStringLiteral("mode"));
    if (mode.isEmpty()) {
        if (question.required)
            result.errors.append({ QStringLiteral("mode"), translated(question.errorRequired) });
        return result;
    }
    if (!question.dateModes.contains(mode)) {
        result.errors.append({ QStringLiteral("mode"),
            QCoreApplication::translate("Questionnaire", "Choose one of the answers") });
        return result;
    }
    QVariantMap answer { { QStringLiteral("mode"), mode } };
    const bool future = question.allowFuture;
    if (mode == QLatin1StringView("exact") || mode == QLatin1StringView("approximate")) {
        const bool exact = mode == QLatin1StringView("exact");
        const ParsedDate date = parseDate(
            draft, {}, exact ? Day::Required : Day::Optional, kDateWords, today, future, result.errors);
        if (date.empty)
            result.errors.append({ QStringLiteral("day"), tq(kDateWords.enter) });
        const QString time = field(draft, QStringLiteral("time"));
        const QString normalisedTime = normaliseTime(time);
        if (!time.isEmpty() && normalisedTime.isEmpty())
            result.errors.append({ QStringLiteral("time"),
                QCoreApplication::translate(
                    "Questionnaire", "Enter the time like 18:30 or 6:30pm, or leave it empty") });
        if (date.ok)
            answer.insert(QStringLiteral("date"), date.iso);
        if (!normalisedTime.isEmpty())
            answer.insert(QStringLiteral("time"), normalisedTime);
    } else if (mode == QLatin1StringView("range")) {
        const ParsedDate from = parseDate(
            draft, QStringLiteral("from_"), Day::Required, kFromWords, today, future, result.errors);
        if (from.empty)
            result.errors.append({ QStringLiteral("from_day"), tq(kFromWords.enter) });
        const ParsedDate to
            = parseDate(draft, QStringLiteral("to_"), Day::Required, kToWords, today, future, result.errors);
        if (to.empty)
            result.errors.append({ QStringLiteral("to_day"), tq(kToWords.enter) });
        if (from.ok && to.ok && to.first <= from.first)
            result.errors.append({ QStringLiteral("to_day"),
                QCoreApplication::translate("Questionnaire", "The end date must be after the start date") });
        answer.insert(QStringLiteral("from"), from.iso);
        answer.insert(QStringLiteral("to"), to.iso);
    } else if (mode == QLatin1StringView("ongoing")) {
        const ParsedDate since = parseDate(
            draft, QStringLiteral("since_"), Day::NotAsked, kSinceWords, today, future, result.errors);
        if (since.ok)
            answer.insert(QStringLiteral("since"), since.iso);
    }
    if (result.ok())
        result.answer = answer;
    return result;
}

Checked checkText(const Question &question, const QVariantMap &draft)
{
    Checked result;
    const QString text = draft.value(QStringLiteral("value")).toString().trimmed();
    if (text.isEmpty()) {
        if (question.required)
            result.errors.append({ QStringLiteral("value"), translated(question.errorRequired) });
        return result;
    }
    if (text.size() > question.maxLength) {
        result.errors.append({ QStringLiteral("value"),
            QCoreApplication::translate(
                "Questionnaire", "Your answer must be %1 characters or fewer. It has %2 too many.")
                .arg(question.maxLength)
                .arg(text.size() - question.maxLength) });
        return result;
    }
    result.answer = text;
    return result;
}

bool offered(const Option &option, bool kiosk)
{
    return kiosk || !option.kioskOnly;
}

Checked checkChoice(const Question &question, const QVariantMap &draft, bool kiosk)
{
    Checked result;
    const QVariant value = draft.value(QStringLiteral("value"));
    if (question.type == QuestionType::Multiple) {
        const QStringList given = value.toStringList();
        QStringList chosen; // in the order offered, so the same choices always read the same
        QString exclusive;
        for (const Option &option : question.options) {
            if (!given.contains(option.value) || !offered(option, kiosk))
                continue;
            chosen.append(option.value);
            if (option.exclusive)
                exclusive = translated(option.label);
        }
        if (chosen.size() != given.size()) {
            result.errors.append({ QStringLiteral("value"),
                QCoreApplication::translate("Questionnaire", "Choose from the answers shown") });
            return result;
        }
        if (!exclusive.isEmpty() && chosen.size() > 1) {
            result.errors.append({ QStringLiteral("value"),
                QCoreApplication::translate(
                    "Questionnaire", "Choose “%1” on its own, or the other answers, not both")
                    .arg(exclusive) });
            return result;
        }
        if (chosen.isEmpty()) {
            if (question.required)
                result.errors.append({ QStringLiteral("value"), translated(question.errorRequired) });
            return result;
        }
        result.answer = chosen;
        return result;
    }
    const QString chosen = value.toString();
    if (chosen.isEmpty()) {
        if (question.required)
            result.errors.append({ QStringLiteral("value"), translated(question.errorRequired) });
        return result;
    }
    const bool valid = question.type == QuestionType::YesNo
        ? question.comparableValues().contains(chosen)
        : (question.option(chosen) && offered(*question.option(chosen), kiosk));
    if (!valid) {
        result.errors.append({ QStringLiteral("value"),
            QCoreApplication::translate("Questionnaire", "Choose from the answers shown") });
        return result;
    }
    result.answer = chosen;
    return result;
}

Checked checkPlace(const Question &question, const QVariantMap &draft)
{
    Checked result;
    QVariantMap answer;
    const QString type = field(draft, QStringLiteral("type"));
    if (!type.isEmpty()) {
        if (!question.option(type))
            result.errors.append({ QStringLiteral("type"),
                QCoreApplication::translate("Questionnaire", "Choose from the answers shown") });
        else
            answer.insert(QStringLiteral("type"), type);
    }
    const QString description = field(draft, QStringLiteral("description"));
    if (question.askDescription && !description.isEmpty()) {
        if (description.size() > question.maxLength)
            result.errors.append({ QStringLiteral("description"),
                QCoreApplication::translate(
                    "Questionnaire", "The description of the place must be %1 characters or fewer")
                    .arg(question.maxLength) });
        else
            answer.insert(QStringLiteral("description"), description);
    }
    const QString area = field(draft, QStringLiteral("area"));
    if (question.askArea && !area.isEmpty()) {
        QString error;
        const QString normalised = normaliseArea(area, &error);
        if (normalised.isEmpty())
            result.errors.append({ QStringLiteral("area"), error });
        else
            answer.insert(QStringLiteral("area"), normalised);
    }
    if (answer.isEmpty() && result.ok() && question.required)
        result.errors.append({ QStringLiteral("type"), translated(question.errorRequired) });
    if (result.ok() && !answer.isEmpty())
        result.answer = answer;
    return result;
}

} // namespace

QString translated(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QByteArray source = text.toUtf8();
    return QCoreApplication::translate("Questionnaire", source.constData());
}

QString yesNoLabel(const QString &value)
{
    if (value == QLatin1StringView("yes"))
        return QCoreApplication::translate("Questionnaire", "Yes");
    if (value == QLatin1StringView("no"))
        return QCoreApplication::translate("Questionnaire", "No");
    if (value == QLatin1StringView("dont_know"))
        return QCoreApplication::translate("Questionnaire", "I don't know");
    return value;
}

QString dateModeLabel(const QString &mode)
{
    if (mode == QLatin1StringView("exact"))
        return QCoreApplication::translate("Questionnaire", "I know the date");
    if (mode == QLatin1StringView("approximate"))
        return QCoreApplication::translate("Questionnaire", "I know roughly when (an estimate)");
    if (mode == QLatin1StringView("range"))
        return QCoreApplication::translate("Questionnaire", "It was between two dates");
    if (mode == QLatin1StringView("ongoing"))
        return QCoreApplication::translate("Questionnaire", "It keeps happening");
    if (mode == QLatin1StringView("dont_know"))
        return QCoreApplication::translate("Questionnaire", "I don't know");
    return mode;
}

QString normaliseArea(const QString &text, QString *error)
{
    const QString trimmed = text.simplified();
    const QString upper = trimmed.toUpper();
    QString compact = upper;
    compact.remove(QLatin1Char(' '));
    static const QRegularExpression spacedFiner(
        QStringLiteral("^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9]([A-Z]{2})?$"));
    static const QRegularExpression fullPostcode(QStringLiteral("^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$"));
    static const QRegularExpression district(QStringLiteral("^[A-Z]{1,2}[0-9][0-9A-Z]?$"));
    static const QRegularExpression town(QStringLiteral("^\\p{L}[\\p{L}\\p{M} '\u2019.-]{1,59}$"));
    // A full postcode (or a sector, "E1 6") narrows a place to a few streets: too close to a home.
    if (spacedFiner.match(upper).hasMatch() || fullPostcode.match(compact).hasMatch()) {
        if (error)
            *error = QCoreApplication::translate(
                "Questionnaire", "Enter only the first part of the postcode, like E1, not the full postcode");
        return {};
    }
    if (district.match(compact).hasMatch())
        return compact;
    if (town.match(trimmed).hasMatch())
        return trimmed;
    if (error)
        *error = trimmed.size() > 60
            ? QCoreApplication::translate("Questionnaire", "The area must be 60 characters or fewer")
            : QCoreApplication::translate("Questionnaire",
                "Enter the first part of a postcode, like E1, or the name of a town, like Leeds");
    return {};
}

QString normaliseTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{1,2})(?:[:.]([0-9]{2}))?\\s*([ap]\\.?m\\.?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    int hour = match.captured(1).toInt();
    const int minute = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    const QString suffix = match.captured(3).toLower();
    if (suffix.isEmpty()) {
        if (match.captured(2).isEmpty()) // "6" alone could be morning or evening
            return {};
    } else {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (suffix.startsWith(QLatin1Char('p')) ? 12 : 0);
    }
    const QTime time(hour, minute);
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

Checked check(const Question &question, const QVariantMap &draft, bool kiosk, const QDate &today)
{
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::YesNo:
        return checkChoice(question, draft, kiosk);
    case QuestionType::Text:
    case QuestionType::Line:
        return checkText(question, draft);
    case QuestionType::Date:
        return checkDate(question, draft, today);
    case QuestionType::Place:
        return checkPlace(question, draft);
    case QuestionType::Group: {
        // The items are stored one by one from their own pages; the group page only checks there is one.
        Checked result;
        const QVariantList items = draft.value(QStringLiteral("items")).toList();
        if (items.isEmpty() && question.required)
            result.errors.append({ QStringLiteral("add"), translated(question.errorRequired) });
        if (!items.isEmpty())
            result.answer = items;
        return result;
    }
    }
    return {};
}

Checked checkItem(const Question &group, const QVariantMap &draft, bool kiosk, const QDate &today)
{
    Checked result;
    QVariantMap item;
    for (const Question &sub : group.questions) {
        const Checked checked
            = check(sub, { { QStringLiteral("value"), draft.value(sub.id) } }, kiosk, today);
        for (const FieldError &error : checked.errors)
            result.errors.append({ sub.id, error.message });
        if (checked.answer.isValid())
            item.insert(sub.id, checked.answer);
    }
    if (result.ok() && !item.isEmpty())
        result.answer = item;
    return result;
}

QVariantMap draftFrom(const Question &question, const QVariant &answer)
{
    QVariantMap draft;
    if (!hasAnswer(answer))
        return draft;
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::YesNo:
    case QuestionType::Text:
    case QuestionType::Line:
        draft.insert(QStringLiteral("value"), answer);
        break;
    case QuestionType::Place:
        draft = answer.toMap();
        break;
    case QuestionType::Group:
        draft.insert(QStringLiteral("items"), answer.toList());
        break;
    case QuestionType::Date: {
        const QVariantMap map = answer.toMap();
        draft.insert(QStringLiteral("mode"), map.value(QStringLiteral("mode")));
        putDate(draft, {}, map.value(QStringLiteral("date")).toString());
        putDate(draft, QStringLiteral("from_"), map.value(QStringLiteral("from")).toString());
        putDate(draft, QStringLiteral("to_"), map.value(QStringLiteral("to")).toString());
        putDate(draft, QStringLiteral("since_"), map.value(QStringLiteral("since")).toString());
        if (map.contains(QStringLiteral("time")))
            draft.insert(QStringLiteral("time"), map.value(QStringLiteral("time")));
        break;
    }
    }
    return draft;
}

QString itemSummary(const Question &group, const QVariantMap &item)
{
    QStringList parts;
    for (const Question &sub : group.questions) {
        const QString text = answerText(sub, item.value(sub.id));
        if (!text.isEmpty())
            parts.append(QString(text).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QString answerText(const Question &question, const QVariant &answer)
{
    if (!hasAnswer(answer))
        return {};
    switch (question.type) {
    case QuestionType::Text:
    case QuestionType::Line:
        return answer.toString();
    case QuestionType::YesNo:
        return yesNoLabel(answer.toString());
    case QuestionType::Single:
    case QuestionType::Multiple: {
        QStringList labels;
        for (const QString &value : answer.toStringList()) {
            const Option *option = question.option(value);
            labels.append(option ? translated(option->label) : value);
        }
        return labels.join(QLatin1Char('\n'));
    }
    case QuestionType::Place: {
        const QVariantMap map = answer.toMap();
        QStringList lines;
        if (const Option *option = question.option(map.value(QStringLiteral("type")).toString()))
            lines.append(translated(option->label));
        if (map.contains(QStringLiteral("description")))
            lines.append(map.value(QStringLiteral("description")).toString());
        if (map.contains(QStringLiteral("area")))
            lines.append(QCoreApplication::translate("Questionnaire", "Area: %1")
                             .arg(map.value(QStringLiteral("area")).toString()));
        return lines.join(QLatin1Char('\n'));
    }
    case QuestionType::Date: {
        const QVariantMap map = answer.toMap();
        const QString mode = map.value(QStringLiteral("mode")).toString();
        const QString time = map.value(QStringLiteral("time")).toString();
        QString when = dateText(map.value(QStringLiteral("date")).toString());
        if (!time.isEmpty())
            when = QCoreApplication::translate("Questionnaire", "%1 at %2").arg(when, timeText(time));
        if (mode == QLatin1StringView("exact"))
            return when;
        if (mode == QLatin1StringView("approximate"))
            return QCoreApplication::translate("Questionnaire", "About %1 (an estimate)").arg(when);
        if (mode == QLatin1StringView("range"))
            return QCoreApplication::translate("Questionnaire", "Between %1 and %2")
                .arg(dateText(map.value(QStringLiteral("from")).toString()),
                    dateText(map.value(QStringLiteral("to")).toString()));
        if (mode == QLatin1StringView("ongoing")) {
            const QString since = map.value(QStringLiteral("since")).toString();
            return since.isEmpty()
                ? QCoreApplication::translate("Questionnaire", "It keeps happening")
                : QCoreApplication::translate("Questionnaire", "It keeps happening, since %1")
                      .arg(dateText(since));
        }
        return dateModeLabel(mode);
    }
    case QuestionType::Group: {
        QStringList lines;
        const QVariantList items = answer.toList();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString title = translated(question.itemTitle).arg(i + 1);
            const QString summary = itemSummary(question, items.at(i).toMap());
            lines.append(summary.isEmpty()
                    ? title
                    : QCoreApplication::translate("Questionnaire", "%1: %2").arg(title, summary));
        }
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

} // namespace harbour::questionnaire
