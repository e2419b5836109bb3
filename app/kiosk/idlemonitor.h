// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace harbour::kiosk {

// Watches for a person's input anywhere in the app. After `warningAfterMs` of no input it asks
// "Do you need more time?"; `graceMs` later (at least 20 s, WCAG 2.2.1) it says the session timed out.
class IdleMonitor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(int warningAfterMs READ warningAfterMs WRITE setWarningAfterMs NOTIFY timingChanged)
    Q_PROPERTY(int graceMs READ graceMs WRITE setGraceMs NOTIFY timingChanged)
    Q_PROPERTY(bool warning READ warning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int extensions READ extensions NOTIFY extensionsChanged)

public:
    static constexpr int kMinimumGraceMs = 20000;

    explicit IdleMonitor(QObject *parent = nullptr);
    ~IdleMonitor() override;

    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    int warningAfterMs() const { return m_warningAfterMs; }
    void setWarningAfterMs(int ms);
    int graceMs() const { return m_graceMs; }
    void setGraceMs(int ms);
    bool warning() const { return m_warning; }
    int secondsLeft() const { return m_secondsLeft; }
    int extensions() const { return m_extensions; }

    // "I need more time": closes the warning and starts the wait again. No limit on how often.
    Q_INVOKABLE void extend();
    // Starts counting afresh (a new session), forgetting extensions.
    Q_INVOKABLE void restart();
    // Input anywhere counts as activity, except while the warning is up (it needs an answer).
    Q_INVOKABLE void activity();

Q_SIGNALS:
    void enabledChanged();
    void timingChanged();
    void warningChanged();
    void secondsLeftChanged();
    void extensionsChanged();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showWarning();
    void tick();
    void setWarning(bool warning);

    bool m_enabled = false;
    int m_warningAfterMs = 4 * 60 * 1000;
    int m_graceMs = 60 * 1000;
    bool m_warning = false;
    int m_secondsLeft = 0;
    int m_extensions = 0;
    QTimer m_idle;
    QTimer m_countdown;
    qint64 m_deadline = 0;
};

} // namespace harbour::kiosk
