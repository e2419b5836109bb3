// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config.h"
#include "delivery/forwarder.h"
#include "report/report.h"
#include "store/outbox.h"

#include <QObject>
#include <qqmlintegration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace harbour::session {

// One reporting session: the report being written, sending it, and what became of it.
// QML sees it as the singleton "Session"; main() creates the one instance.
class ReportSession : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
    Q_PROPERTY(harbour::report::Report *report READ report CONSTANT)
    Q_PROPERTY(QString reference READ reference NOTIFY referenceChanged)
    Q_PROPERTY(DeliveryState deliveryState READ deliveryState NOTIFY deliveryStateChanged)
    Q_PROPERTY(QString recipientNames READ recipientNames CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(bool kioskMode READ kioskMode CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int idleWarningAfterMs READ idleWarningAfterMs CONSTANT)
    Q_PROPERTY(int idleGraceMs READ idleGraceMs CONSTANT)

public:
    enum class DeliveryState { NotSent, Queued, Sent };
    Q_ENUM(DeliveryState)

    explicit ReportSession(AppConfig config, QObject *parent = nullptr);
    ~ReportSession() override;

    // Opens the outbox and starts delivering anything left from earlier sessions.
    Result<bool> start();

    static ReportSession *create(QQmlEngine *, QJSEngine *);
    static void setInstance(ReportSession *session);
    static ReportSession *instance();

    report::Report *report() { return &m_report; }
    QString reference() const { return m_reference; }
    DeliveryState deliveryState() const { return m_deliveryState; }
    QString recipientNames() const;
    QString errorMessage() const { return m_errorMessage; }
    bool kioskMode() const { return m_config.mode == AppConfig::Mode::Kiosk; }
    QString language() const { return m_language; }
    int idleWarningAfterMs() const { return m_config.idleWarningAfterSeconds * 1000; }
    int idleGraceMs() const { return m_config.idleGraceSeconds * 1000; }
    void setLanguage(const QString &language);

    // Seals the report to each recipient and queues it durably. True when queued.
    Q_INVOKABLE bool send();
    // Clears the report from this session: answers, clipboard and input-method state.
    Q_INVOKABLE void clear();
    // Exit, idle timeout or Finish: clears, and in kiosk mode ends the process so the next
    // person starts in a fresh one (QString copies cannot all be wiped in place).
    Q_INVOKABLE void endSession();

    store::Outbox *outbox() { return m_outbox.get(); }
    delivery::Forwarder *forwarder() { return m_forwarder.get(); }

Q_SIGNALS:
    void referenceChanged();
    void deliveryStateChanged();
    void errorMessageChanged();
    void languageChanged();
    // Emitted after clear(): views reset themselves.
    void cleared();
    // Kiosk mode: the session is over and the process should end (its supervisor restarts it).
    void sessionEnded();

private:
    void setDeliveryState(DeliveryState state);
    void setErrorMessage(const QString &message);
    void updateDeliveryState();

    AppConfig m_config;
    report::Report m_report;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<delivery::Forwarder> m_forwarder;
    QString m_reference;
    QString m_language = QStringLiteral("en");
    DeliveryState m_deliveryState = DeliveryState::NotSent;
    QString m_errorMessage;
};

} // namespace harbour::session
