// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliveryplan.h"
#include "proposalmodel.h"
#include "questionnaire/answers.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>

namespace harbour::routing {

// Who receives the report and whether they may contact the reporter: QML sees it as
// Session.routing (RecipientsPage, ContactPage). Holds contact details in memory only.
class Routing : public QObject
{
    Q_OBJECT
    Q_PROPERTY(
        harbour::routing::Routing::Recipients choice READ recipients WRITE setRecipients NOTIFY choiceChanged)
    Q_PROPERTY(bool recordOnly READ recordOnly NOTIFY choiceChanged)
    Q_PROPERTY(harbour::routing::ProposalModel *proposals READ proposals CONSTANT)
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY chosenChanged)
    Q_PROPERTY(QString chosenNames READ chosenNames NOTIFY chosenChanged)
    // The chosen organisations the person ticked under "Who may contact you?" (check answers).
    Q_PROPERTY(QString mayContactNames READ mayContactNames NOTIFY chosenChanged)
    // Each chosen organisation for the confirmation, in the reporter's language: { "name",
    // "promise" (may be ""), "contactText", "contactLinks" (ProposalModel::contactLinks) }.
    Q_PROPERTY(QVariantList chosenDetails READ chosenDetails NOTIFY chosenChanged)
    Q_PROPERTY(bool policeChosen READ policeChosen NOTIFY chosenChanged)
    Q_PROPERTY(bool supportChosen READ supportChosen NOTIFY chosenChanged)
    // A support organisation that may contact the reporter and a police force are both chosen.
    Q_PROPERTY(bool throughSupportPossible READ throughSupportPossible NOTIFY chosenChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool fixedRecipients READ fixedRecipients NOTIFY availableChanged)
    // The fixed recipients' names, and whether each may contact the reporter (ticked by the
    // reporter; none is until then).
    Q_PROPERTY(QStringList fixedNames READ fixedNames NOTIFY chosenChanged)
    Q_PROPERTY(QVariantList fixedMayContact READ fixedMayContact NOTIFY chosenChanged)
    Q_PROPERTY(bool highRisk READ highRisk NOTIFY factsChanged)
    Q_PROPERTY(QString area READ area NOTIFY factsChanged)
    Q_PROPERTY(QString strandsText READ strandsText NOTIFY factsChanged)
    Q_PROPERTY(harbour::routing::Routing::Contact contact READ contactChoice WRITE setContactChoice NOTIFY
            contactChanged)
    Q_PROPERTY(QStringList contactMethods READ contactMethods NOTIFY contactChanged)
    // The three methods one by one, for check boxes.
    Q_PROPERTY(bool byPhone READ byPhone WRITE setByPhone NOTIFY contactChanged)
    Q_PROPERTY(bool byEmail READ byEmail WRITE setByEmail NOTIFY contactChanged)
    Q_PROPERTY(bool throughSupport READ throughSupport WRITE setThroughSupport NOTIFY contactChanged)
    Q_PROPERTY(QString contactName READ contactName WRITE setContactName NOTIFY contactChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY contactChanged)
    Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY contactChanged)
    Q_PROPERTY(QString safeTimes READ safeTimes WRITE setSafeTimes NOTIFY contactChanged)
    Q_PROPERTY(harbour::routing::Routing::Reply leaveMessage READ leaveMessageReply WRITE setLeaveMessageReply
            NOTIFY contactChanged)
    // Yes or No; asked only when highRisk.
    Q_PROPERTY(harbour::routing::Routing::Reply multiAgencyConsent READ multiAgencyReply WRITE
            setMultiAgencyReply NOTIFY contactChanged)

public:
    // What QML sets and compares (Routing.Both, Routing.Contactable, Routing.NotSure); the report
    // carries the names ("both", "contactable", "not_sure"), which the C++ accessors below use.
    // Who receives the report: the values of routing::Choice, which QML cannot name.
    enum class Recipients { Unanswered, Police, Support, Both, RecordOnly };
    Q_ENUM(Recipients)
    enum class Contact { Unanswered, Anonymous, Contactable };
    Q_ENUM(Contact)
    // Is it safe to leave a message; may the report be shared to keep them safe.
    enum class Reply { Unanswered, Yes, No, NotSure };
    Q_ENUM(Reply)

    explicit Routing(QObject *parent = nullptr);

    Recipients recipients() const { return Recipients(int(m_choice)); }
    void setRecipients(Recipients recipients) { setChoice(choiceName(Choice(int(recipients)))); }
    Contact contactChoice() const;
    void setContactChoice(Contact contact);
    Reply leaveMessageReply() const { return replyFromName(leaveMessage()); }
    void setLeaveMessageReply(Reply reply) { setLeaveMessage(replyName(reply)); }
    Reply multiAgencyReply() const { return replyFromName(multiAgencyConsent()); }
    void setMultiAgencyReply(Reply reply) { setMultiAgencyConsent(replyName(reply)); }

    QString choice() const { return choiceName(m_choice); }
    Choice choiceValue() const { return m_choice; }
    void setChoice(const QString &choice);
    bool recordOnly() const { return m_choice == Choice::RecordOnly; }
    ProposalModel *proposals() { return &m_proposals; }
    int chosenCount() const { return int(chosenOrganisations().size()); }
    QString chosenNames() const;
    QString mayContactNames() const;
    QVariantList chosenDetails() const;
    bool policeChosen() const;
    bool supportChosen() const;
    bool throughSupportPossible() const;
    bool available() const { return !m_organisations.isEmpty() || !m_fixed.isEmpty(); }
    bool fixedRecipients() const { return !m_fixed.isEmpty(); }
    bool highRisk() const { return m_facts.highRisk(); }
    QString area() const { return m_facts.area; }
    QString strandsText() const;

    QString contact() const { return m_contact; }
    void setContact(const QString &contact);
    QStringList contactMethods() const { return m_details.methods; }
    bool byPhone() const { return hasContactMethod(QStringLiteral("phone")); }
    void setByPhone(bool on) { setContactMethod(QStringLiteral("phone"), on); }
    bool byEmail() const { return hasContactMethod(QStringLiteral("email")); }
    void setByEmail(bool on) { setContactMethod(QStringLiteral("email"), on); }
    bool throughSupport() const { return hasContactMethod(QStringLiteral("through_support")); }
    void setThroughSupport(bool on) { setContactMethod(QStringLiteral("through_support"), on); }
    QString contactName() const { return m_details.name; }
    void setContactName(const QString &value) { setDetail(&ContactDetails::name, value); }
    QString phone() const { return m_details.phone; }
    void setPhone(const QString &value) { setDetail(&ContactDetails::phone, value); }
    QString email() const { return m_details.email; }
    void setEmail(const QString &value) { setDetail(&ContactDetails::email, value); }
    QString safeTimes() const { return m_details.safeTimes; }
    void setSafeTimes(const QString &value) { setDetail(&ContactDetails::safeTimes, value); }
    QString leaveMessage() const { return m_details.leaveMessage; }
    void setLeaveMessage(const QString &value) { setDetail(&ContactDetails::leaveMessage, value); }
    QString multiAgencyConsent() const { return m_multiAgency; }
    void setMultiAgencyConsent(const QString &value);

    Q_INVOKABLE void setChosen(int row, bool chosen) { m_proposals.setChosen(row, chosen); }
    Q_INVOKABLE void setMayContact(int row, bool mayContact) { m_proposals.setMayContact(row, mayContact); }
    Q_INVOKABLE void setFixedMayContact(int row, bool mayContact);
    QStringList fixedNames() const;
    QVariantList fixedMayContact() const;
    Q_INVOKABLE void setContactMethod(const QString &method, bool on);
    Q_INVOKABLE bool hasContactMethod(const QString &method) const
    {
        return m_details.methods.contains(method);
    }
    // The page's problem (field and GOV.UK error words); empty when it may continue. The question
    // flow runs these when the page is continued and shows them in its error summary.
    QList<questionnaire::FieldError> checkRecipients() const;
    QList<questionnaire::FieldError> checkContact() const;
    // Forgets the choice and every contact detail (end of a session).
    Q_INVOKABLE void clear();

    // From the session: the directory's organisations, the report's facts, the reporter's language.
    void setOrganisations(const QList<directory::Organisation> &organisations, qint64 directorySerial);
    // Test and demo configurations may name fixed recipients instead of the directory: then every
    // one of them receives the report, whatever the choice.
    void setFixedRecipients(const QList<directory::Organisation> &recipients);
    void setFacts(const report::ReportFacts &facts);
    report::ReportFacts facts() const { return m_facts; }
    void setLanguage(const QString &language);

    QList<directory::Organisation> chosenOrganisations() const;
    // Every organisation a report could go to: the fixed recipients when there are any, else the
    // directory's (where the way back fetches replies and sends answers).
    QList<directory::Organisation> knownOrganisations() const
    {
        return m_fixed.isEmpty() ? m_organisations : m_fixed;
    }
    Consent consent() const;
    // The per-recipient reports for what the reporter chose.
    Result<std::vector<Delivery>> deliveries(const QByteArray &reportJson) const;

Q_SIGNALS:
    void choiceChanged();
    void chosenChanged();
    void availableChanged();
    void factsChanged();
    void contactChanged();

private:
    static QString replyName(Reply reply);
    static Reply replyFromName(const QString &name);
    void repropose();
    void setDetail(QString ContactDetails::*field, const QString &value);

    Choice m_choice = Choice::None;
    ProposalModel m_proposals;
    QList<directory::Organisation> m_organisations;
    QList<directory::Organisation> m_fixed;
    QList<bool> m_fixedMayContact; // one for each of m_fixed
    qint64 m_directorySerial = 0;
    report::ReportFacts m_facts;
    QString m_language = QStringLiteral("en");
    QString m_contact;
    ContactDetails m_details;
    QString m_multiAgency;
};

} // namespace harbour::routing
