// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlemonitor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>

namespace harbour::kiosk {

IdleMonitor::IdleMonitor(QObject *parent)
    : QObject(parent)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &IdleMonitor::showWarning);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &IdleMonitor::tick);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleMonitor::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    Q_EMIT enabledChanged();
    if (m_enabled) {
        m_idle.start(m_warningAfterMs);
    } else {
        m_idle.stop();
        m_countdown.stop();
        setWarning(false);
    }
}

void IdleMonitor::setWarningAfterMs(int ms)
{
    m_warningAfterMs = std::max(1000, ms);
    Q_EMIT timingChanged();
    if (m_enabled && !m_warning)
        m_idle.start(m_warningAfterMs);
}

void IdleMonitor::setGraceMs(int ms)
{
    m_graceMs = std::max(kMinimumGraceMs, ms);
    Q_EMIT timingChanged();
}

void IdleMonitor::activity()
{
    if (m_enabled && !m_warning)
        m_idle.start(m_warningAfterMs);
}

void IdleMonitor::extend()
{
    if (!m_enabled)
        return;
    ++m_extensions;
    Q_EMIT extensionsChanged();
    m_countdown.stop();
    setWarning(false);
    m_idle.start(m_warningAfterMs);
}

void IdleMonitor::restart()
{
    m_extensions = 0;
    Q_EMIT extensionsChanged();
    m_countdown.stop();
    setWarning(false);
    if (m_enabled)
        m_idle.start(m_warningAfterMs);
}

void IdleMonitor::showWarning()
{
    m_deadline = QDateTime::currentMSecsSinceEpoch() + m_graceMs;
    setWarning(true);
    tick();
    m_countdown.start();
}

void IdleMonitor::tick()
{
    const qint64 left = m_deadline - QDateTime::currentMSecsSinceEpoch();
    const int seconds = int(std::max<qint64>(0, (left + 999) / 1000));
    if (seconds != m_secondsLeft) {
        m_secondsLeft = seconds;
        Q_EMIT secondsLeftChanged();
    }
    if (left <= 0) {
        m_countdown.stop();
        setWarning(false);
        Q_EMIT timedOut();
    }
}

void IdleMonitor::setWarning(bool warning)
{
    if (m_warning == warning)
        return;
    m_warning = warning;
    Q_EMIT warningChanged();
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (watched->isWindowType())
            activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace harbour::kiosk
