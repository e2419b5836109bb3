// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionflow.h"

#include "report/report.h"

#include <QCoreApplication>
#include <QEvent>

namespace harbour::questionnaire {

QuestionFlow::QuestionFlow(report::Report *report, bool kiosk, QObject *parent)
    : QObject(parent)
    , m_report(report)
    , m_kiosk(kiosk)
    , m_questionnaire(Questionnaire::embedded())
{
    connect(m_report, &report::Report::answersChanged, this, &QuestionFlow::refresh);
    // Translations installed later (the language picker) re-translate what is shown.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    refresh();
}

QuestionFlow::~QuestionFlow()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool QuestionFlow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        refresh();
        Q_EMIT currentChanged();
    }
    return QObject::eventFilter(watched, event);
}

void QuestionFlow::setQuestionnaire(QuestionnairePtr questionnaire)
{
    if (!questionnaire || questionnaire == m_questionnaire)
        return;
    m_questionnaire = std::move(questionnaire);
    reset();
    Q_EMIT questionnaireChanged();
}

const Question *QuestionFlow::currentQuestion() const
{
    return m_currentId.isEmpty() ? nullptr : m_questionnaire->find(m_currentId);
}

QDate QuestionFlow::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

Flags QuestionFlow::flags() const
{
    return computeFlags(*m_questionnaire, m_report->answers(), m_kiosk);
}

QStringList QuestionFlow::visibleIds() const
{
    QStringList ids;
    for (const Question *question : m_questionnaire->visibleQuestions(m_report->answers()))
        ids.append(question->id);
    return ids;
}

int QuestionFlow::position() const
{
    return int(visibleIds().indexOf(m_currentId)) + 1;
}

QVariantMap QuestionFlow::fieldErrors() const
{
    QVariantMap map;
    for (const FieldError &error : m_fieldErrors) {
        if (!map.contains(error.field))
            map.insert(error.field, error.message);
    }
    return map;
}

QVariantList QuestionFlow::presentOptions(const Question &question) const
{
    QVariantList options;
    if (question.type == QuestionType::YesNo) {
        for (const QString &value : question.comparableValues())
            options.append(QVariant::fromValue(ChoiceView { value, yesNoLabel(value), {}, false }));
        return options;
    }
    for (const Option &option : question.options) {
        if (option.kioskOnly && !m_kiosk)
            continue;
        options.append(QVariant::fromValue(ChoiceView {
            option.value, translated(option.label), translated(option.hint), option.exclusive }));
    }
    return options;
}

QVariantList QuestionFlow::presentEasyRead(const Question &question) const
{
    QVariantList ideas;
    for (const EasyReadIdea &idea : question.easyRead)
        ideas.append(QVariant::fromValue(EasyReadView { translated(idea.text), idea.picture }));
    return ideas;
}

QuestionView QuestionFlow::present(const Question &question) const
{
    QuestionView view;
    view.id = question.id;
    view.type = question.type;
    view.title = translated(question.title);
    view.heading = question.required
        ? view.title
        : QCoreApplication::translate("Questionnaire", "%1 (optional)").arg(view.title);
    view.hint = translated(question.hint);
    view.section = translated(question.section);
    view.required = question.required;
    view.maxLength = question.maxLength;
    view.options = presentOptions(question);
    view.easyRead = presentEasyRead(question);
    switch (question.type) {
    case QuestionType::Date:
        for (const QString &mode : question.dateModes)
            view.dateModes.append(QVariant::fromValue(ChoiceView { mode, dateModeLabel(mode), {}, false }));
        break;
    case QuestionType::Place:
        view.askDescription = question.askDescription;
        view.askArea = question.askArea;
        break;
    case QuestionType::Group: {
        const int count = int(groupItems().size());
        view.addLabel = translated(question.addLabel);
        view.maxItems = question.maxItems;
        const int number = m_itemIndex >= 0 ? m_itemIndex + 1 : count + 1;
        view.itemHeading = translated(question.itemTitle).arg(number);
        for (const Question &sub : question.questions)
            view.questions.append(QVariant::fromValue(present(sub)));
        break;
    }
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::Text:
    case QuestionType::Line:
    case QuestionType::YesNo:
        break;
    }
    return view;
}

QuestionView QuestionFlow::current() const
{
    if (m_page == Page::Question || m_page == Page::GroupItem) {
        if (const Question *question = currentQuestion())
            return present(*question);
    }
    return {};
}

QVariantList QuestionFlow::groupItems() const
{
    const Question *question = currentQuestion();
    if (!question || question->type != QuestionType::Group)
        return {};
    return m_report->answer(question->id).toList();
}

void QuestionFlow::setErrors(const QList<FieldError> &errors)
{
    if (errors == m_fieldErrors)
        return;
    m_fieldErrors = errors;
    m_errors.setRows(errors);
    Q_EMIT errorsChanged();
}

void QuestionFlow::refresh()
{
    const QVariantMap answers = m_report->answers();
    QList<QuestionRow> sequence;
    QList<CheckRow> check;
    QHash<QString, SectionRow> sections;
    for (const Question *question : m_questionnaire->visibleQuestions(answers)) {
        const QString title = translated(question->title);
        const QString text = answerText(*question, answers.value(question->id));
        sequence.append({ question->id, title, question->type, !text.isEmpty() });
        // An optional question is read back only when answered: the sections the person skipped
        // stay on "Send now, or tell us more", not as a page of "Not provided".
        if (!question->more || !text.isEmpty())
            check.append({ question->id, title, text, !text.isEmpty() });
        if (question->more) {
            SectionRow &section = sections[question->section];
            ++section.asked;
            section.answered += text.isEmpty() ? 0 : 1;
        }
    }
    m_questions.setRows(sequence);
    m_checkRows.setRows(check);
    QList<SectionRow> sectionRows;
    for (const QString &name : m_questionnaire->moreSections()) {
        SectionRow row = sections.value(name);
        row.name = translated(name);
        row.progress = m_finishedSections.contains(name) ? 2 : m_openedSections.contains(name) ? 1 : 0;
        if (row.asked > 0)
            sectionRows.append(row);
    }
    m_sections.setRows(sectionRows);

    QList<ItemRow> items;
    if (const Question *question = currentQuestion(); question && question->type == QuestionType::Group) {
        const QVariantList list = groupItems();
        for (qsizetype i = 0; i < list.size(); ++i)
            items.append({ int(i), translated(question->itemTitle).arg(i + 1),
                itemSummary(*question, list.at(i).toMap()) });
    }
    m_items.setRows(items);

    const Flags now = flags();
    const QString triage = triageName(now.triage);
    if (now.urgent != m_lastUrgent || triage != m_lastTriage) {
        m_lastUrgent = now.urgent;
        m_lastTriage = triage;
        Q_EMIT flagsChanged();
    }
}

void QuestionFlow::setPage(Page page, const QString &questionId, int itemIndex)
{
    m_page = page;
    m_currentId = questionId;
    m_itemIndex = itemIndex;
    setErrors({});
    refresh();
    Q_EMIT pageChanged();
    Q_EMIT currentChanged();
}

void QuestionFlow::showQuestion(const QString &questionId)
{
    const Question *question = m_questionnaire->find(questionId);
    if (!question)
        return;
    m_visited.insert(questionId);
    m_draft = draftFrom(*question, m_report->answer(questionId));
    Q_EMIT draftChanged();
    setPage(Page::Question, questionId);
}

void QuestionFlow::start()
{
    reset();
    if (tasked()) {
        // What the person wants to happen comes first (issue 15): it decides who gets the report.
        if (m_sending.prepareRecipients)
            m_sending.prepareRecipients();
        m_choosingWish = true;
        setPage(Page::Recipients, {});
        return;
    }
    const QStringList ids = visibleIds();
    if (!ids.isEmpty())
        showQuestion(ids.first());
}

bool QuestionFlow::inScope(const Question &question) const
{
    if (!tasked())
        return true;
    return m_openSection.isEmpty() ? !question.more : question.more && question.section == m_openSection;
}

QStringList QuestionFlow::scopeIds() const
{
    QStringList ids;
    for (const Question *question : m_questionnaire->visibleQuestions(m_report->answers())) {
        if (inScope(*question))
            ids.append(question->id);
    }
    return ids;
}

void QuestionFlow::showCheck()
{
    m_returnToCheck = false;
    m_openSection.clear();
    m_draft.clear();
    Q_EMIT draftChanged();
    if (tasked() && m_sending.prepareCheck)
        m_sending.prepareCheck();
    setPage(Page::Check, {});
}

void QuestionFlow::showTaskList()
{
    m_openSection.clear();
    m_draft.clear();
    Q_EMIT draftChanged();
    setPage(Page::TaskList, {});
}

void QuestionFlow::enterSection(const QString &name)
{
    if (m_page != Page::TaskList || !m_questionnaire->moreSections().contains(name))
        return;
    m_openSection = name;
    m_openedSections.insert(name);
    const QStringList ids = scopeIds();
    if (ids.isEmpty()) {
        m_openSection.clear();
        m_finishedSections.insert(name);
        refresh();
        return;
    }
    showQuestion(ids.first());
}

void QuestionFlow::advanceFrom(const QString &questionId)
{
    const qsizetype from = m_questionnaire->indexOf(questionId);
    for (const Question *question : m_questionnaire->visibleQuestions(m_report->answers())) {
        if (m_questionnaire->indexOf(question->id) <= from || !inScope(*question))
            continue;
        // After a change from the check page, only questions the change has just revealed are asked.
        if (m_returnToCheck && m_visited.contains(question->id))
            continue;
        showQuestion(question->id);
        return;
    }
    if (tasked() && !m_returnToCheck) {
        // The end of the essentials or of a section: "Send now, or tell us more".
        if (!m_openSection.isEmpty())
            m_finishedSections.insert(m_openSection);
        showTaskList();
        return;
    }
    showCheck();
}

bool QuestionFlow::next()
{
    switch (m_page) {
    case Page::Start:
        start();
        return true;
    case Page::Check:
        if (!tasked()) {
            showPage(Page::Recipients);
            return true;
        }
        return sendFromCheck();
    case Page::TaskList:
        showCheck();
        return true;
    case Page::Recipients:
        if (m_choosingWish) {
            // Only the wish is asked here; the organisations are checked on check answers.
            QList<FieldError> errors
                = m_sending.checkRecipients ? m_sending.checkRecipients() : QList<FieldError>();
            errors.removeIf([](const FieldError &error) { return error.field != QLatin1String("choice"); });
            setErrors(errors);
            if (!errors.isEmpty())
                return false;
            m_choosingWish = false;
            const QStringList ids = scopeIds();
            if (ids.isEmpty())
                showTaskList();
            else
                showQuestion(ids.first());
            return true;
        }
        if (!passes(m_sending.checkRecipients))
            return false;
        if (tasked())
            showCheck();
        else
            setPage(Page::Contact, {});
        return true;
    case Page::Contact:
        if (tasked()) {
            if (!passes(m_sending.checkContact))
                return false;
            showCheck();
            return true;
        }
        if (!passes(m_sending.checkContact) || !m_sending.send || !m_sending.send())
            return false;
        setPage(Page::Confirmation, {});
        return true;
    case Page::Confirmation:
    case Page::Language:
    case Page::Staff:
    case Page::Admin:
    case Page::FollowUpCode: // the follow-up pages move through Session.followUp
    case Page::FollowUpReplies:
    case Page::FollowUpAnswer:
        return false;
    case Page::Danger:
        advanceFrom(m_dangerFrom);
        return true;
    case Page::GroupItem: {
        const Question *group = currentQuestion();
        const Checked checked = checkItem(*group, m_draft, m_kiosk, today());
        if (!checked.ok()) {
            setErrors(checked.errors);
            return false;
        }
        QVariantList items = groupItems();
        if (m_itemIndex >= 0 && m_itemIndex < items.size()) {
            if (checked.answer.isValid())
                items[m_itemIndex] = checked.answer;
            else
                items.removeAt(m_itemIndex); // emptied: nothing left to describe
        } else if (checked.answer.isValid() && items.size() < group->maxItems) {
            items.append(checked.answer);
        }
        m_report->setAnswer(group->id, items);
        m_draft = draftFrom(*group, m_report->answer(group->id));
        Q_EMIT draftChanged();
        setPage(Page::Question, group->id);
        return true;
    }
    case Page::Question:
        break;
    }

    const Question *question = currentQuestion();
    if (!question)
        return false;
    QVariantMap draft = m_draft;
    if (question->type == QuestionType::Group)
        draft = draftFrom(*question, m_report->answer(question->id));
    const Checked checked = check(*question, draft, m_kiosk, today());
    if (!checked.ok()) {
        setErrors(checked.errors);
        return false;
    }
    m_report->setAnswer(question->id, checked.answer);
    // In danger now, or a high triage: the 999 page comes before anything else, once.
    if (!m_dangerShown && flags().urgent) {
        m_dangerShown = true;
        m_dangerFrom = question->id;
        m_draft.clear();
        Q_EMIT draftChanged();
        setPage(Page::Danger, {});
        return true;
    }
    advanceFrom(question->id);
    return true;
}

void QuestionFlow::back()
{
    switch (m_page) {
    case Page::Start:
    case Page::Confirmation: // sent: only Finish leaves it
        return;
    case Page::Language:
    case Page::Staff:
    case Page::FollowUpCode:
    case Page::FollowUpReplies:
        setPage(Page::Start, {});
        return;
    case Page::FollowUpAnswer:
        setPage(Page::FollowUpReplies, {});
        return;
    case Page::Admin:
        setPage(Page::Staff, {});
        return;
    case Page::Recipients:
        if (m_choosingWish) {
            m_choosingWish = false;
            setPage(Page::Start, {});
        } else {
            setPage(Page::Check, {});
        }
        return;
    case Page::Contact:
        setPage(tasked() ? Page::Check : Page::Recipients, {});
        return;
    case Page::TaskList: {
        const QStringList ids = scopeIds();
        if (!ids.isEmpty())
            showQuestion(ids.last());
        return;
    }
    case Page::Danger:
        m_dangerShown = false; // answering again the same way shows it again
        showQuestion(m_dangerFrom);
        return;
    case Page::GroupItem:
        showQuestion(m_currentId);
        return;
    case Page::Check: {
        if (tasked()) {
            showTaskList();
            return;
        }
        const QStringList ids = visibleIds();
        if (!ids.isEmpty())
            showQuestion(ids.last());
        return;
    }
    case Page::Question:
        break;
    }
    if (m_returnToCheck) {
        m_returnToCheck = false;
        setPage(Page::Check, {});
        return;
    }
    const QStringList ids = scopeIds();
    const qsizetype at = ids.indexOf(m_currentId);
    if (at > 0) {
        showQuestion(ids.at(at - 1));
        return;
    }
    m_draft.clear();
    Q_EMIT draftChanged();
    if (!tasked()) {
        setPage(Page::Start, {});
    } else if (!m_openSection.isEmpty()) {
        showTaskList();
    } else {
        m_choosingWish = true;
        setPage(Page::Recipients, {});
    }
}

void QuestionFlow::change(const QString &questionId)
{
    if (!visibleIds().contains(questionId))
        return;
    const Question *question = m_questionnaire->find(questionId);
    m_openSection = tasked() && question->more ? question->section : QString();
    m_returnToCheck = true;
    showQuestion(questionId);
}

void QuestionFlow::addItem()
{
    const Question *group = currentQuestion();
    if (m_page != Page::Question || !group || group->type != QuestionType::Group)
        return;
    if (groupItems().size() >= group->maxItems)
        return;
    m_draft.clear();
    Q_EMIT draftChanged();
    setPage(Page::GroupItem, group->id, -1);
}

void QuestionFlow::editItem(int index)
{
    const Question *group = currentQuestion();
    if (m_page != Page::Question || !group || group->type != QuestionType::Group)
        return;
    const QVariantList items = groupItems();
    if (index < 0 || index >= items.size())
        return;
    m_draft = items.at(index).toMap();
    Q_EMIT draftChanged();
    setPage(Page::GroupItem, group->id, index);
}

void QuestionFlow::removeItem(int index)
{
    const Question *group = currentQuestion();
    if (m_page != Page::Question || !group || group->type != QuestionType::Group)
        return;
    QVariantList items = groupItems();
    if (index < 0 || index >= items.size())
        return;
    items.removeAt(index);
    m_report->setAnswer(group->id, items);
    Q_EMIT currentChanged(); // the number of the next item to add changed
}

void QuestionFlow::setDraftValue(const QString &field, const QVariant &value)
{
    // QML hands over JS values: keep plain strings and lists of strings only.
    QVariant plain = value;
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList)
        plain = value.toStringList();
    else if (value.isValid() && !value.isNull())
        plain = value.toString();
    if (m_draft.value(field) == plain)
        return;
    if (!hasAnswer(plain) && !(plain.typeId() == QMetaType::QString && !plain.toString().isEmpty()))
        m_draft.remove(field); // "  " is kept while typing; an empty field or list is no answer
    else
        m_draft.insert(field, plain);
    Q_EMIT draftChanged();
}

void QuestionFlow::setDraftChoice(const QString &field, const QString &value, bool chosen)
{
    const Question *question = currentQuestion();
    if (question && m_page == Page::GroupItem)
        question = m_questionnaire->find(field);
    QStringList choices = m_draft.value(field).toStringList();
    if (chosen == choices.contains(value))
        return;
    if (!chosen) {
        choices.removeAll(value);
    } else {
        const Option *option = question ? question->option(value) : nullptr;
        if (option && option->exclusive) {
            choices = { value };
        } else {
            if (question) {
                choices.removeIf([&](const QString &v) {
                    const Option *other = question->option(v);
                    return other && other->exclusive;
                });
            }
            choices.append(value);
        }
    }
    setDraftValue(field, choices);
}

void QuestionFlow::reset()
{
    m_visited.clear();
    m_dangerShown = false;
    m_dangerFrom.clear();
    m_returnToCheck = false;
    m_choosingWish = false;
    m_openSection.clear();
    m_openedSections.clear();
    m_finishedSections.clear();
    m_draft.clear();
    Q_EMIT draftChanged();
    setPage(Page::Start, {});
}

bool QuestionFlow::showQuestionAt(int index)
{
    if (index < 0 || index >= m_questionnaire->questions().size())
        return false;
    showQuestion(m_questionnaire->questions().at(index).id);
    return true;
}

void QuestionFlow::showPage(Page page)
{
    switch (page) {
    case Page::Question:
        showQuestionAt(0);
        break;
    case Page::GroupItem: {
        const int group = indexOfType(QuestionType::Group);
        if (group >= 0 && showQuestionAt(group))
            addItem();
        break;
    }
    case Page::Danger:
        m_dangerFrom = m_questionnaire->questions().constFirst().id;
        setPage(Page::Danger, {});
        break;
    case Page::Recipients:
        m_choosingWish = false;
        if (m_sending.prepareRecipients)
            m_sending.prepareRecipients();
        setPage(page, {});
        break;
    case Page::Check:
        showCheck();
        break;
    case Page::TaskList:
        showTaskList();
        break;
    case Page::Start:
    case Page::Contact:
    case Page::Confirmation:
    case Page::Language:
    case Page::Staff:
    case Page::Admin:
    case Page::FollowUpCode:
    case Page::FollowUpReplies:
    case Page::FollowUpAnswer:
        m_draft.clear();
        Q_EMIT draftChanged();
        setPage(page, {});
        break;
    }
}

int QuestionFlow::indexOfType(QuestionType type) const
{
    const QList<Question> &questions = m_questionnaire->questions();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (questions.at(i).type == type)
            return int(i);
    }
    return -1;
}

bool QuestionFlow::sendFromCheck()
{
    // A problem with who gets it or with contact is shown on that page, which comes back here.
    const std::pair<Page, std::function<QList<FieldError>()>> steps[]
        = { { Page::Recipients, m_sending.checkRecipients }, { Page::Contact, m_sending.checkContact } };
    for (const auto &[page, check] : steps) {
        const QList<FieldError> errors = check ? check() : QList<FieldError>();
        if (!errors.isEmpty()) {
            m_choosingWish = false;
            setPage(page, {});
            setErrors(errors);
            return false;
        }
    }
    if (!m_sending.send || !m_sending.send())
        return false;
    setPage(Page::Confirmation, {});
    return true;
}

bool QuestionFlow::passes(const std::function<QList<FieldError>()> &check)
{
    const QList<FieldError> errors = check ? check() : QList<FieldError>();
    setErrors(errors);
    return errors.isEmpty();
}

} // namespace harbour::questionnaire
