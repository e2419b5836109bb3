// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config.h"
#include "delivery/forwarder.h"
#include "flow/questionflow.h"
#include "followup.h"
#include "kiosk/kioskcontrols.h"
#include "languages.h"
#include "preferences.h"
#include "report/report.h"
#include "routing/directoryinfo.h"
#include "routing/routing.h"
#include "store/outbox.h"
#include "store/settings.h"

#include <QObject>
#include <QPointer>
#include <QTranslator>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace harbour::session {

// One reporting session: the report being written, sending it, and what became of it.
// QML sees it as the singleton "Session" (qml/harbourtypes.h); main() creates the one instance.
class ReportSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(harbour::report::Report *report READ report CONSTANT)
    // The questionnaire pages: which question, its draft and errors, the check-answers rows.
    Q_PROPERTY(harbour::questionnaire::QuestionFlow *flow READ flow CONSTANT)
    Q_PROPERTY(QString reference READ reference NOTIFY referenceChanged)
    Q_PROPERTY(DeliveryState deliveryState READ deliveryState NOTIFY deliveryStateChanged)
    // How many days a report may wait before Harbour stops and says so (the configuration's).
    Q_PROPERTY(int undeliveredAfterDays READ undeliveredAfterDays CONSTANT)
    // Send later: 0 sends at once; N > 0 sends each copy at a random time within the next N hours,
    // so the time it arrives does not say when or where the person made it. Personal devices only.
    Q_PROPERTY(
        int sendWithinHours READ sendWithinHours WRITE setSendWithinHours NOTIFY sendWithinHoursChanged)
    // The report is to go through Tor and no tor answered on this device: it waits (never sent
    // another way) and the person is told Tor must be running.
    Q_PROPERTY(bool waitingForTor READ waitingForTor NOTIFY waitingForTorChanged)
    Q_PROPERTY(QString recipientNames READ recipientNames NOTIFY recipientsChanged)
    // Who receives the report and whether they may contact the reporter (RecipientsPage, ContactPage).
    Q_PROPERTY(harbour::routing::Routing *routing READ routing CONSTANT)
    // The recipient directory in use and its support numbers (signposting).
    Q_PROPERTY(harbour::routing::DirectoryInfo *directory READ directoryInfo CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(bool kioskMode READ kioskMode CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(harbour::session::LanguageModel *languages READ languages CONSTANT)
    Q_PROPERTY(harbour::session::Preferences *preferences READ preferences CONSTANT)
    Q_PROPERTY(int idleWarningAfterMs READ idleWarningAfterMs CONSTANT)
    Q_PROPERTY(int idleGraceMs READ idleGraceMs CONSTANT)
    // Kiosk staff: volunteer code (assisted mode), admin unlock, the kiosk's signing key.
    Q_PROPERTY(harbour::kiosk::KioskControls *kiosk READ kiosk CONSTANT)
    // The way back: a follow-up code with the report, and reading replies with one.
    Q_PROPERTY(harbour::session::FollowUp *followUp READ followUp CONSTANT)

public:
    // Refused: the organisation's intake refused the report for good; Undelivered: it could not be
    // delivered in the time allowed. In both Harbour has stopped sending it and the person is told.
    enum class DeliveryState { NotSent, Queued, Sent, Refused, Undelivered };
    Q_ENUM(DeliveryState)

    explicit ReportSession(AppConfig config, QObject *parent = nullptr);
    ~ReportSession() override;

    // Opens the outbox and starts delivering anything left from earlier sessions.
    Result<void> start();

    static ReportSession *create(QQmlEngine *, QJSEngine *);
    static void setInstance(ReportSession *session);
    static ReportSession *instance();

    report::Report *report() { return &m_report; }
    questionnaire::QuestionFlow *flow() { return &m_flow; }
    // The organisation's questionnaire (--questionnaire or the configuration); the embedded
    // default until set. Starts the flow afresh.
    void setQuestionnaire(questionnaire::QuestionnairePtr questionnaire);
    QString reference() const { return m_reference; }
    DeliveryState deliveryState() const { return m_deliveryState; }
    int undeliveredAfterDays() const { return m_config.undeliveredAfterDays; }
    int sendWithinHours() const { return m_sendWithinHours; }
    bool waitingForTor() const { return m_waitingForTor; }
    // 0 to 168 hours (a week); anything else is ignored.
    void setSendWithinHours(int hours);
    QString recipientNames() const;
    QString errorMessage() const { return m_errorMessage; }
    bool kioskMode() const { return m_config.mode == AppConfig::Mode::Kiosk; }
    QString language() const { return m_language; }
    int idleWarningAfterMs() const { return m_config.idleWarningAfterSeconds * 1000; }
    int idleGraceMs() const { return m_config.idleGraceSeconds * 1000; }
    // Switches the whole UI (and the report's "language" field) to one of shippedLanguages(),
    // mirroring the layout for right-to-left languages.
    void setLanguage(const QString &language);
    LanguageModel *languages() { return &m_languages; }
    Preferences *preferences() { return m_preferences.get(); }
    kiosk::KioskControls *kiosk() { return &m_kiosk; }
    FollowUp *followUp() { return &m_followUp; }

    // Seals the report to each recipient and queues it durably. True when queued.
    Q_INVOKABLE bool send();
    // The report was refused or not delivered in time: queue it again (the person asked).
    Q_INVOKABLE void tryAgain();
    // Clears the report from this session: answers, clipboard and input-method state.
    Q_INVOKABLE void clear();
    // Exit, idle timeout or Finish: clears, and in kiosk mode ends the process so the next
    // person starts in a fresh one (QString copies cannot all be wiped in place).
    Q_INVOKABLE void endSession();

    routing::Routing *routing() { return &m_routing; }
    routing::DirectoryInfo *directoryInfo() { return &m_directoryInfo; }
    // Reads strands, area and triage from the answers so far and proposes organisations for them.
    Q_INVOKABLE void prepareRecipients();
    // A newer signed directory (from the organisation); refused ones change nothing.
    Result<void> offerDirectory(const QByteArray &signedFile);

    store::Outbox *outbox() { return m_outbox.get(); }
    delivery::Forwarder *forwarder() { return m_forwarder.get(); }

Q_SIGNALS:
    void referenceChanged();
    void deliveryStateChanged();
    void sendWithinHoursChanged();
    void waitingForTorChanged();
    void errorMessageChanged();
    void languageChanged();
    void recipientsChanged();
    // Emitted after clear(): views reset themselves.
    void cleared();
    // Kiosk mode: the session is over and the process should end (its supervisor restarts it).
    void sessionEnded();

private:
    void setDeliveryState(DeliveryState state);
    void setErrorMessage(const QString &message);
    void setWaitingForTor(bool waiting);
    void updateDeliveryState();
    void loadDirectory();

    AppConfig m_config;
    report::Report m_report;
    questionnaire::QuestionFlow m_flow { &m_report, m_config.mode == AppConfig::Mode::Kiosk };
    kiosk::KioskControls m_kiosk { { m_config.mode == AppConfig::Mode::Kiosk, m_config.kiosk,
        m_config.idleWarningAfterSeconds, m_config.idleGraceSeconds } };
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<delivery::Forwarder> m_forwarder;
    std::unique_ptr<store::Settings> m_settings; // keeps the last good directory
    std::unique_ptr<directory::DirectoryStore> m_directory;
    routing::Routing m_routing;
    routing::DirectoryInfo m_directoryInfo;
    FollowUp m_followUp { [this] { return m_routing.knownOrganisations(); } };
    QString m_reference;
    QString m_language = QStringLiteral("en");
    LanguageModel m_languages;
    std::unique_ptr<Preferences> m_preferences;
    QTranslator m_translator;
    void loadTranslation(const QString &code);
    QPointer<QQmlEngine> m_engine;
    DeliveryState m_deliveryState = DeliveryState::NotSent;
    int m_sendWithinHours = 0;
    bool m_waitingForTor = false;
    QString m_errorMessage;
};

} // namespace harbour::session
