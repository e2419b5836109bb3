// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flowtypes.h"
#include "questionnaire/answers.h"
#include "questionnaire/flags.h"
#include "questionnaire/questionnaire.h"
#include "rowmodel.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QVariantMap>

#include <functional>

namespace harbour::report {
class Report;
}

namespace harbour::questionnaire {

// Where the reporter is: which page (questions, and every page around them), its question
// (translated), the draft answer being edited, its errors, and what the check page lists. It is the
// one owner of navigation: pages ask it to move (next, back, change, showPage) and Main.qml shows
// whatever `page` says. It writes answers into the report only when a page is continued without
// errors.
class QuestionFlow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Page page READ page NOTIFY pageChanged)
    Q_PROPERTY(QString currentId READ currentId NOTIFY pageChanged)
    Q_PROPERTY(harbour::questionnaire::QuestionView current READ current NOTIFY currentChanged)
    Q_PROPERTY(int itemIndex READ itemIndex NOTIFY pageChanged)
    Q_PROPERTY(bool returningToCheck READ returningToCheck NOTIFY pageChanged)
    Q_PROPERTY(int position READ position NOTIFY pageChanged)
    // Maps handed to QML as plain values: their keys are data (field names), not members to lint.
    Q_PROPERTY(QVariant draft READ draftValue NOTIFY draftChanged)
    Q_PROPERTY(QVariant fieldErrors READ fieldErrorsValue NOTIFY errorsChanged)
    Q_PROPERTY(harbour::questionnaire::RowModel *errors READ errors CONSTANT)
    Q_PROPERTY(harbour::questionnaire::RowModel *questions READ questions CONSTANT)
    Q_PROPERTY(harbour::questionnaire::RowModel *checkRows READ checkRows CONSTANT)
    Q_PROPERTY(harbour::questionnaire::RowModel *items READ items CONSTANT)
    // The optional sections of "Send now, or tell us more" (SectionRow), the one open, and whether
    // this questionnaire has them (then the wish comes first and check answers last).
    Q_PROPERTY(harbour::questionnaire::RowModel *sections READ sections CONSTANT)
    Q_PROPERTY(QString openSection READ openSection NOTIFY pageChanged)
    Q_PROPERTY(bool tasked READ tasked NOTIFY questionnaireChanged)
    // The recipients page at the start, asking only what the person wants to happen.
    Q_PROPERTY(bool choosingWish READ choosingWish NOTIFY pageChanged)
    Q_PROPERTY(bool urgent READ urgent NOTIFY flagsChanged)
    Q_PROPERTY(QString triage READ triage NOTIFY flagsChanged)
    Q_PROPERTY(QString questionnaireId READ questionnaireId NOTIFY questionnaireChanged)
    Q_PROPERTY(int questionnaireVersion READ questionnaireVersion NOTIFY questionnaireChanged)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY questionnaireChanged)

public:
    // Language, Staff and Admin are side pages of the start page. With optional sections
    // (Questionnaire::moreSections, docs/questionnaire.md): Recipients first asks what the person
    // wants to happen, then the essential questions, TaskList ("Send now, or tell us more"), whose
    // sections are opened or skipped, and Check, which shows recipients and contact (changed on
    // Recipients and Contact) and sends. Without them: every question, Check, Recipients, Contact
    // (which sends). Confirmation follows sending.
    enum class Page {
        Start,
        Question,
        GroupItem,
        Danger,
        Check,
        Recipients,
        Contact,
        Confirmation,
        Language,
        Staff,
        Admin,
        // The way back (docs/protocol.md §19): the start page's "I have a follow-up code", the
        // replies it opens, and answering one (or adding to the report).
        FollowUpCode,
        FollowUpReplies,
        FollowUpAnswer,
        TaskList
    };
    Q_ENUM(Page)

    // What the pages after the check page need from the session, which owns routing and sending.
    struct SendingSteps
    {
        // Called on the way to the recipients page: proposes organisations for the answers.
        std::function<void()> prepareRecipients;
        // Called on the way to the check page of a questionnaire with sections: recipients
        // proposed for the answers, and anonymous unless the person has said otherwise.
        std::function<void()> prepareCheck;
        // A page's problems; empty when it may continue.
        std::function<QList<FieldError>()> checkRecipients;
        std::function<QList<FieldError>()> checkContact;
        // Seals and queues the report; false leaves the reporter on the contact page (the session
        // says why in its errorMessage).
        std::function<bool()> send;
    };

    QuestionFlow(report::Report *report, bool kiosk, QObject *parent = nullptr);
    ~QuestionFlow() override;

    void setQuestionnaire(QuestionnairePtr questionnaire);
    void setSendingSteps(SendingSteps steps) { m_sending = std::move(steps); }
    QuestionnairePtr questionnaire() const { return m_questionnaire; }
    // Tests fix "today" for the not-in-the-future rule; invalid means the real date.
    void setToday(const QDate &today) { m_today = today; }

    Page page() const { return m_page; }
    QString currentId() const { return m_currentId; }
    QuestionView current() const;
    int itemIndex() const { return m_itemIndex; }
    bool returningToCheck() const { return m_returnToCheck; }
    int position() const;
    QVariantMap draft() const { return m_draft; }
    QVariantMap fieldErrors() const;
    QVariant draftValue() const { return m_draft; }
    QVariant fieldErrorsValue() const { return fieldErrors(); }
    RowModel *errors() { return &m_errors; }
    RowModel *questions() { return &m_questions; }
    RowModel *checkRows() { return &m_checkRows; }
    RowModel *items() { return &m_items; }
    RowModel *sections() { return &m_sections; }
    QString openSection() const { return m_openSection; }
    bool tasked() const { return !m_questionnaire->moreSections().isEmpty(); }
    bool choosingWish() const { return m_page == Page::Recipients && m_choosingWish; }
    Flags flags() const;
    bool urgent() const { return flags().urgent; }
    QString triage() const { return triageName(flags().triage); }
    QString questionnaireId() const { return m_questionnaire->id(); }
    int questionnaireVersion() const { return m_questionnaire->version(); }
    int questionCount() const { return int(m_questionnaire->questions().size()); }
    // The question ids shown, in order, for the answers so far.
    QStringList visibleIds() const;

    // From the start page: the first question.
    Q_INVOKABLE void start();
    // Continue: checks the page (a question's draft, the recipients, the contact details); with no
    // errors stores it and moves on (from the contact page: sends). False (and errors) otherwise.
    Q_INVOKABLE bool next();
    // Back: the page before, without storing the draft (GOV.UK back links do not save).
    Q_INVOKABLE void back();
    // From the check page: that question, then back to the check page.
    Q_INVOKABLE void change(const QString &questionId);
    // On "Send now, or tell us more": answer the questions of one section, then come back.
    Q_INVOKABLE void enterSection(const QString &name);
    // On a group's page: a new item, an existing one, or removing one.
    Q_INVOKABLE void addItem();
    Q_INVOKABLE void editItem(int index);
    Q_INVOKABLE void removeItem(int index);
    // What the page's controls write.
    Q_INVOKABLE void setDraftValue(const QString &field, const QVariant &value);
    // Multiple choice: adds or removes one value; an exclusive option ("I don't know") clears the others.
    Q_INVOKABLE void setDraftChoice(const QString &field, const QString &value, bool chosen);
    // A new report: the start page, nothing visited.
    Q_INVOKABLE void reset();

    // A page by name: the start page's side pages (language, staff, admin); for --self-test, any
    // page. showQuestionAt shows any question (ignoring branching); indexOfType finds a type.
    Q_INVOKABLE void showPage(harbour::questionnaire::QuestionFlow::Page page);
    Q_INVOKABLE bool showQuestionAt(int index);
    Q_INVOKABLE int indexOfType(harbour::questionnaire::QuestionType type) const;

Q_SIGNALS:
    void pageChanged();
    void currentChanged();
    void draftChanged();
    void errorsChanged();
    void flagsChanged();
    void questionnaireChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Question *currentQuestion() const;
    QDate today() const;
    void setPage(Page page, const QString &questionId, int itemIndex = -1);
    void showQuestion(const QString &questionId);
    void advanceFrom(const QString &questionId);
    // Whether a question is asked in the part of the flow the person is in (essentials, or the open
    // section); every question is when the questionnaire has no sections.
    bool inScope(const Question &question) const;
    QStringList scopeIds() const;
    void showCheck();
    // "Send now, or tell us more": no section open, no draft.
    void showTaskList();
    void setErrors(const QList<FieldError> &errors);
    void refresh();
    QuestionView present(const Question &question) const;
    QVariantList presentOptions(const Question &question) const;
    QVariantList presentEasyRead(const Question &question) const;
    bool passes(const std::function<QList<FieldError>()> &check);
    bool sendFromCheck();
    QVariantList groupItems() const;

    report::Report *m_report;
    const bool m_kiosk;
    QuestionnairePtr m_questionnaire;
    QDate m_today;
    Page m_page = Page::Start;
    QString m_currentId;
    int m_itemIndex = -1;
    bool m_returnToCheck = false;
    bool m_choosingWish = false;
    QString m_openSection;
    QSet<QString> m_openedSections;
    QSet<QString> m_finishedSections;
    bool m_dangerShown = false;
    QString m_dangerFrom;
    QSet<QString> m_visited;
    QVariantMap m_draft;
    QList<FieldError> m_fieldErrors;
    bool m_lastUrgent = false;
    QString m_lastTriage;
    SendingSteps m_sending;
    RowModel m_errors { FieldError::staticMetaObject };
    RowModel m_questions { QuestionRow::staticMetaObject };
    RowModel m_checkRows { CheckRow::staticMetaObject };
    RowModel m_items { ItemRow::staticMetaObject };
    RowModel m_sections { SectionRow::staticMetaObject };
};

} // namespace harbour::questionnaire
