// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caserows.h"
#include "core/caseactions.h"
#include "textrowmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// One case as the case page shows it: every answer and flag, the routing and consent, the contact
// details only where caseDetails() says the reporter allowed this organisation, the kiosk signature
// against the registry, the notes and the audit history. Made on the GUI thread from what the
// worker read; emptied when the desk locks or the case is closed.
namespace harbour::deskui {

// What the worker reads for the case page.
struct CaseData
{
    desk::CaseDetails details;
    KioskCheck kiosk;
    QList<LabelledValue> answers;
    QByteArray thisDesk; // this desk's key id, to say "this desk" in the history
    desk::ResponseDue response; // the response standard's clocks at the time it was read
};

class CaseView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The case comes from the desk")
    Q_PROPERTY(QString caseId READ caseId NOTIFY changed)
    Q_PROPERTY(QString reference READ reference NOTIFY changed)
    Q_PROPERTY(int status READ status NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(bool recordOnly READ recordOnly NOTIFY changed)
    Q_PROPERTY(QString closedReason READ closedReason NOTIFY changed)
    Q_PROPERTY(QString owner READ owner NOTIFY changed)
    Q_PROPERTY(QString nextAction READ nextAction NOTIFY changed)
    Q_PROPERTY(QString dueDate READ dueDate NOTIFY changed) // YYYY-MM-DD or ""
    Q_PROPERTY(QString dueText READ dueText NOTIFY changed)
    Q_PROPERTY(bool overdue READ overdue NOTIFY changed)
    Q_PROPERTY(QString priorityText READ priorityText NOTIFY changed)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY changed)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY changed)
    Q_PROPERTY(QString signatureText READ signatureText NOTIFY changed)
    Q_PROPERTY(bool contactShown READ contactShown NOTIFY changed)
    Q_PROPERTY(bool hasReport READ hasReport NOTIFY changed)
    Q_PROPERTY(harbour::deskui::TextRowModel *answers READ answers CONSTANT)
    Q_PROPERTY(harbour::deskui::TextRowModel *flags READ flags CONSTANT)
    Q_PROPERTY(harbour::deskui::TextRowModel *routing READ routing CONSTANT)
    Q_PROPERTY(harbour::deskui::TextRowModel *contact READ contact CONSTANT)
    Q_PROPERTY(harbour::deskui::TextRowModel *notes READ notes CONSTANT)
    Q_PROPERTY(harbour::deskui::TextRowModel *history READ history CONSTANT)
    Q_PROPERTY(harbour::deskui::TextRowModel *problems READ problems CONSTANT)
    // The way back: replies this organisation sent, and the reporter's answers and additions (each
    // with whether the response helped); whether a reply can be sent (the reporter took a code).
    Q_PROPERTY(harbour::deskui::TextRowModel *replies READ replies CONSTANT)
    Q_PROPERTY(harbour::deskui::TextRowModel *reporterAnswers READ reporterAnswers CONSTANT)
    Q_PROPERTY(bool canReply READ canReply NOTIFY changed)
    Q_PROPERTY(int unreadAnswers READ unreadAnswers NOTIFY changed)

public:
    explicit CaseView(QObject *parent = nullptr);
    ~CaseView() override;

    void setData(CaseData data);
    void clear();
    void retranslate();
    bool isEmpty() const { return m_data.details.state.id.isEmpty(); }
    QByteArray id() const { return m_data.details.state.id; }

    QString caseId() const { return QString::fromLatin1(m_data.details.state.id); }
    QString reference() const;
    int status() const { return int(m_data.details.state.status); }
    QString statusText() const;
    bool recordOnly() const { return m_data.details.state.recordOnly; }
    QString closedReason() const { return m_data.details.state.closedReason; }
    QString owner() const { return m_data.details.state.owner; }
    QString nextAction() const { return m_data.details.state.nextAction; }
    QString dueDate() const;
    QString dueText() const;
    bool overdue() const;
    QString priorityText() const;
    QString summaryText() const;
    QString sourceText() const;
    QString signatureText() const;
    bool contactShown() const { return m_data.details.contactShown; }
    bool hasReport() const { return m_data.details.report.has_value(); }
    TextRowModel *answers() const { return m_answers; }
    TextRowModel *flags() const { return m_flags; }
    TextRowModel *routing() const { return m_routing; }
    TextRowModel *contact() const { return m_contact; }
    TextRowModel *notes() const { return m_notes; }
    TextRowModel *history() const { return m_history; }
    TextRowModel *problems() const { return m_problems; }
    TextRowModel *replies() const { return m_replies; }
    TextRowModel *reporterAnswers() const { return m_reporterAnswers; }
    bool canReply() const { return m_data.details.hasMailbox && !m_data.details.state.deleted; }
    int unreadAnswers() const;

Q_SIGNALS:
    void changed();

private:
    void fill();
    QString deskName(const QByteArray &deskKeyId) const;

    CaseData m_data;
    TextRowModel *m_answers, *m_flags, *m_routing, *m_contact, *m_notes, *m_history, *m_problems;
    TextRowModel *m_replies, *m_reporterAnswers;
};

} // namespace harbour::deskui
