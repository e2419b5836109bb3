// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caselistmodel.h"
#include "caseview.h"
#include "kiosklistmodel.h"
#include "textrowmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QTranslator;

// The caseworker's desk as QML sees it: unlocking with the passphrase, syncing with the intake, the
// queue, the open case and the changes made to it (through CaseActions, so every change goes through
// the organisation's case log to every desk), the kiosk registry, and the display settings. The
// store and the client live on the desk's job thread; this object only ever holds what the views
// show, and drops all of it when the desk locks (by hand, or after the idle time).
namespace harbour::deskui {

class JobThread;
struct WorkerState;
struct Snapshot;

// How the desk starts (its command line); set before QML is loaded.
struct DeskOptions
{
    QString dataDir;
    QString language; // "" : the saved choice, else English
    double textScale = 0; // 0: the saved choice
    bool highContrast = false; // true: on, whatever was saved
    double idleMinutes = 0; // 0: the saved choice (default 10)
    int syncSeconds = 60;
};

class Desk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(bool hasDesk READ hasDesk NOTIFY lockedChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY lockedChanged)
    Q_PROPERTY(bool unlocking READ unlocking NOTIFY lockedChanged)
    Q_PROPERTY(QString unlockError READ unlockError NOTIFY lockedChanged)
    Q_PROPERTY(QString lockReason READ lockReason NOTIFY lockedChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY syncChanged)
    Q_PROPERTY(bool syncFailed READ syncFailed NOTIFY syncChanged)
    Q_PROPERTY(QString syncMessage READ syncMessage NOTIFY syncChanged)
    Q_PROPERTY(bool working READ working NOTIFY actionChanged)
    Q_PROPERTY(bool actionFailed READ actionFailed NOTIFY actionChanged)
    Q_PROPERTY(QString actionMessage READ actionMessage NOTIFY actionChanged)
    Q_PROPERTY(QString kioskMessage READ kioskMessage NOTIFY kioskMessageChanged)
    Q_PROPERTY(bool kioskFailed READ kioskFailed NOTIFY kioskMessageChanged)
    Q_PROPERTY(bool caseOpen READ caseOpen NOTIFY caseOpenChanged)
    Q_PROPERTY(QString deskKeyId READ deskKeyId NOTIFY lockedChanged)
    Q_PROPERTY(QString intake READ intake NOTIFY lockedChanged)
    Q_PROPERTY(harbour::deskui::CaseListModel *queue READ queue CONSTANT)
    Q_PROPERTY(harbour::deskui::TextRowModel *junk READ junk CONSTANT)
    Q_PROPERTY(harbour::deskui::TextRowModel *refusedEvents READ refusedEvents CONSTANT)
    Q_PROPERTY(harbour::deskui::KioskListModel *kiosks READ kiosks CONSTANT)
    Q_PROPERTY(harbour::deskui::CaseView *currentCase READ currentCase CONSTANT)
    // A settings file of the organisation (response standard, retention) that could not be read.
    Q_PROPERTY(QString settingsProblem READ settingsProblem NOTIFY lockedChanged)
    // Retention: closed cases with the day each goes, the policy in words, what the last run did.
    Q_PROPERTY(harbour::deskui::TextRowModel *retention READ retention CONSTANT)
    Q_PROPERTY(int retentionDue READ retentionDue NOTIFY retentionChanged)
    Q_PROPERTY(QString retentionPolicyText READ retentionPolicyText NOTIFY retentionChanged)
    Q_PROPERTY(QString retentionMessage READ retentionMessage NOTIFY retentionChanged)
    // The audit: the organisation's case log as this desk holds it, checked again (core/audit.h).
    Q_PROPERTY(harbour::deskui::TextRowModel *caseLog READ caseLog CONSTANT)
    Q_PROPERTY(QString caseLogSummary READ caseLogSummary NOTIFY caseLogChanged)
    Q_PROPERTY(bool caseLogProblems READ caseLogProblems NOTIFY caseLogChanged)
    Q_PROPERTY(bool checkingLog READ checkingLog NOTIFY caseLogChanged)
    // Display and locking, kept per desk folder (desk-ui.ini beside the store: no report content).
    Q_PROPERTY(int textPercent READ textPercent WRITE setTextPercent NOTIFY settingsChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY settingsChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY settingsChanged)
    Q_PROPERTY(double idleMinutes READ idleMinutes WRITE setIdleMinutes NOTIFY settingsChanged)
    // Where exports are written (a folder the caseworker chooses; default: Documents/Harbour exports).
    Q_PROPERTY(QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY settingsChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    static void setOptions(const DeskOptions &options);
    static Desk *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    explicit Desk(const DeskOptions &options, QObject *parent = nullptr);
    ~Desk() override;

    QString dataDir() const { return m_options.dataDir; }
    bool hasDesk() const;
    bool unlocked() const { return m_unlocked; }
    bool unlocking() const { return m_unlocking; }
    QString unlockError() const { return m_unlockError; }
    QString lockReason() const { return m_lockReason; }
    bool syncing() const { return m_syncing; }
    bool syncFailed() const { return m_syncFailed; }
    QString syncMessage() const { return m_syncMessage; }
    bool working() const { return m_working; }
    bool actionFailed() const { return m_actionFailed; }
    QString actionMessage() const { return m_actionMessage; }
    QString kioskMessage() const { return m_kioskMessage; }
    bool kioskFailed() const { return m_kioskFailed; }
    bool caseOpen() const { return !m_case->isEmpty(); }
    QString deskKeyId() const { return QString::fromLatin1(m_deskKeyId); }
    QString intake() const { return m_intake; }
    CaseListModel *queue() const { return m_queue; }
    TextRowModel *junk() const { return m_junk; }
    TextRowModel *refusedEvents() const { return m_refused; }
    KioskListModel *kiosks() const { return m_kiosks; }
    CaseView *currentCase() const { return m_case; }
    QString settingsProblem() const { return m_settingsProblem; }
    TextRowModel *retention() const { return m_retention; }
    int retentionDue() const { return m_retentionDue; }
    QString retentionPolicyText() const { return m_retentionPolicyText; }
    QString retentionMessage() const { return m_retentionMessage; }
    TextRowModel *caseLog() const { return m_caseLog; }
    QString caseLogSummary() const { return m_caseLogSummary; }
    bool caseLogProblems() const { return m_caseLogProblems; }
    bool checkingLog() const { return m_checkingLog; }
    QString exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QString &folder);
    int textPercent() const { return m_textPercent; }
    bool highContrast() const { return m_highContrast; }
    QString language() const { return m_language; }
    double idleMinutes() const { return m_idleMinutes; }
    QVariantList languages() const;

    void setTextPercent(int percent);
    void setHighContrast(bool on);
    void setLanguage(const QString &language);
    void setIdleMinutes(double minutes);

    Q_INVOKABLE void unlock(const QString &passphrase);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void sync();
    Q_INVOKABLE void openCase(const QString &caseId);
    Q_INVOKABLE void closeCase();
    // Case changes, on the open case. False (and actionMessage says why) when refused before sending.
    Q_INVOKABLE bool acknowledge();
    Q_INVOKABLE bool setStatus(int status, bool recordOnly, const QString &closedReason);
    Q_INVOKABLE bool setOwner(const QString &owner);
    Q_INVOKABLE bool addNote(const QString &text);
    Q_INVOKABLE bool setNextAction(const QString &text, const QString &dueDate);
    // The way back: a reply sealed to the reporter's follow-up mailbox, recorded as reply_sent.
    Q_INVOKABLE bool reply(const QString &text);
    Q_INVOKABLE void clearActionMessage();
    // The open case out of the desk: "pdf" (case summary), "marac" (only with the reporter's
    // multi-agency consent), "csv" or "json", written to exportFolder and recorded in the case log.
    Q_INVOKABLE bool exportCase(const QString &format);
    // Reads the whole case log again and checks every event (caseLog, caseLogSummary).
    Q_INVOKABLE void checkCaseLog();
    // Deletes every closed case retention says is due (on every desk and at the intake).
    Q_INVOKABLE bool applyRetention();
    // The kiosk registry. The key: the kiosk's Ed25519 public key in base64 or hex.
    Q_INVOKABLE bool addKiosk(const QString &name, const QString &key);
    Q_INVOKABLE bool renameKiosk(const QString &key, const QString &name);
    Q_INVOKABLE bool revokeKiosk(const QString &key);
    // What the views show changes with the language: reads its words again (the Welsh screenshots).
    Q_INVOKABLE void retranslate();

Q_SIGNALS:
    void lockedChanged();
    void syncChanged();
    void actionChanged();
    void kioskMessageChanged();
    void caseOpenChanged();
    void settingsChanged();
    void retentionChanged();
    void caseLogChanged();
    // A change to the open case was applied (the case page clears its fields).
    void actionDone(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setEngine(QQmlEngine *engine);
    void loadSettings();
    void saveSettings();
    void installTranslator();
    void restartIdleTimer();
    void dropEverything();
    // Runs `work` on the job thread with the open store; `done` back here, unless the desk locked since.
    template <typename T> void runJob(std::function<T(WorkerState &)> work, std::function<void(T)> done);
    void refreshAfter(bool reloadCase);
    bool runAction(std::function<Result<qint64>(desk::CaseActions &, const QByteArray &)> action,
        const QString &doneMessage);
    // failedMessage: "%1" is the reason; empty: "The change was not saved: %1".
    bool runStoreAction(
        std::function<Result<qint64>(WorkerState &, desk::CaseActions &, const QByteArray &)> action,
        const QString &doneMessage, const QString &failedMessage = {});
    void showSnapshot(Snapshot snapshot);
    bool kioskJob(std::function<Result<void>(desk::CaseStore &)> job, const QString &doneMessage);

    DeskOptions m_options;
    std::unique_ptr<JobThread> m_jobs;
    std::shared_ptr<WorkerState> m_state; // touched only on the job thread
    quint64 m_generation = 0; // bumped by every lock: results of older jobs are dropped
    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;

    bool m_unlocked = false;
    bool m_unlocking = false;
    QString m_unlockError, m_lockReason;
    bool m_syncing = false, m_syncFailed = false;
    QString m_syncMessage;
    bool m_working = false, m_actionFailed = false;
    QString m_actionMessage;
    QString m_kioskMessage;
    bool m_kioskFailed = false;
    QByteArray m_deskKeyId;
    QString m_intake;
    CaseListModel *m_queue;
    TextRowModel *m_junk, *m_refused;
    KioskListModel *m_kiosks;
    CaseView *m_case;
    TextRowModel *m_retention, *m_caseLog;
    QString m_settingsProblem;
    int m_retentionDue = 0;
    QString m_retentionPolicyText, m_retentionMessage;
    QString m_caseLogSummary;
    bool m_caseLogProblems = false, m_checkingLog = false;
    QString m_exportFolder;
    int m_textPercent = 100;
    bool m_highContrast = false;
    QString m_language = QStringLiteral("en");
    double m_idleMinutes = 10;
    QTimer m_idleTimer, m_syncTimer;
};

} // namespace harbour::deskui
