// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QFile>
#include <QSettings>

#include <algorithm>

namespace harbour::session {
namespace {
// Display preferences only: nothing here says anything about a report. Kept beside the outbox
// in the app's own data folder, so each data folder (and each test) has its own.
QString s_dataDir;
QString settingsPath()
{
    return s_dataDir + QStringLiteral("/display.ini");
}
QSettings settings()
{
    return QSettings(settingsPath(), QSettings::IniFormat);
}
} // namespace

Preferences::Preferences(bool remember, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_remember(remember && !dataDir.isEmpty())
{
    if (!m_remember)
        return;
    s_dataDir = dataDir;
    QSettings s = settings();
    m_leaveNoTrace = s.value(QStringLiteral("leaveNoTrace"), false).toBool();
    if (m_leaveNoTrace)
        return;
    m_textScale
        = std::clamp(s.value(QStringLiteral("textScale"), 1.0).toDouble(), kMinTextScale, kMaxTextScale);
    m_highContrast = s.value(QStringLiteral("highContrast"), false).toBool();
    m_readAloud = s.value(QStringLiteral("readAloud"), false).toBool();
    m_easyRead = s.value(QStringLiteral("easyRead"), false).toBool();
    m_sendThroughTor = s.value(QStringLiteral("sendThroughTor"), false).toBool();
    m_savedLanguage = s.value(QStringLiteral("language")).toString();
}

void Preferences::setTextScale(double scale)
{
    scale = std::clamp(scale, kMinTextScale, kMaxTextScale);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    save();
    Q_EMIT changed();
}

void Preferences::setSwitch(bool &member, bool on)
{
    if (member == on)
        return;
    member = on;
    save();
    Q_EMIT changed();
}

void Preferences::setHighContrast(bool on)
{
    setSwitch(m_highContrast, on);
}

void Preferences::setReadAloud(bool on)
{
    setSwitch(m_readAloud, on);
}

void Preferences::setEasyRead(bool on)
{
    setSwitch(m_easyRead, on);
}

void Preferences::setSendThroughTor(bool on)
{
    setSwitch(m_sendThroughTor, on);
}

void Preferences::setLeaveNoTrace(bool on)
{
    if (m_leaveNoTrace == on)
        return;
    m_leaveNoTrace = on;
    save();
    Q_EMIT changed();
}

void Preferences::saveLanguage(const QString &code)
{
    m_savedLanguage = code;
    save();
}

void Preferences::reset()
{
    m_textScale = 1.0;
    m_highContrast = false;
    m_readAloud = false;
    m_easyRead = false;
    m_sendThroughTor = false;
    m_savedLanguage.clear();
    Q_EMIT changed();
}

void Preferences::save()
{
    if (!m_remember)
        return;
    if (m_leaveNoTrace) {
        // The file goes (QSettings would keep the old values in it), then only the choice is written.
        QFile::remove(settingsPath());
        QSettings s = settings();
        s.setValue(QStringLiteral("leaveNoTrace"), true);
        s.sync();
        return;
    }
    QSettings s = settings();
    s.remove(QStringLiteral("leaveNoTrace"));
    s.setValue(QStringLiteral("textScale"), m_textScale);
    s.setValue(QStringLiteral("highContrast"), m_highContrast);
    s.setValue(QStringLiteral("readAloud"), m_readAloud);
    s.setValue(QStringLiteral("easyRead"), m_easyRead);
    s.setValue(QStringLiteral("sendThroughTor"), m_sendThroughTor);
    s.setValue(QStringLiteral("language"), m_savedLanguage);
}

} // namespace harbour::session
