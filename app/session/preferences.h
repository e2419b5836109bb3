// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace harbour::session {

// How the reporter wants Harbour shown: text size, contrast, read-aloud, easy read, language.
// Remembered on a personal phone; on a kiosk each session starts from the defaults.
class Preferences : public QObject
{
    Q_OBJECT
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
    Q_PROPERTY(bool readAloud READ readAloud WRITE setReadAloud NOTIFY changed)
    // Easy read: short sentences, one idea each, with a picture beside each.
    Q_PROPERTY(bool easyRead READ easyRead WRITE setEasyRead NOTIFY changed)
    // Leave no trace: nothing of these choices (language, text size…) is kept on the device; what
    // was kept is removed. Only the choice itself is kept, as the one line of display.ini.
    Q_PROPERTY(bool leaveNoTrace READ leaveNoTrace WRITE setLeaveNoTrace NOTIFY changed)
    // Send reports through Tor (docs/threat-model.md "Sending through Tor"): personal devices only,
    // the person's choice; the organisation then does not see the device's internet address.
    Q_PROPERTY(bool sendThroughTor READ sendThroughTor WRITE setSendThroughTor NOTIFY changed)
    // Whether these choices are remembered at all (a personal phone); a kiosk never remembers.
    Q_PROPERTY(bool remembers READ remembers CONSTANT)

public:
    static constexpr double kMinTextScale = 1.0;
    static constexpr double kMaxTextScale = 2.0;

    // remember = false (kiosk): nothing is read from or written to the device.
    explicit Preferences(bool remember, const QString &dataDir, QObject *parent = nullptr);

    double textScale() const { return m_textScale; }
    void setTextScale(double scale);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    bool readAloud() const { return m_readAloud; }
    void setReadAloud(bool on);
    bool easyRead() const { return m_easyRead; }
    void setEasyRead(bool on);
    bool sendThroughTor() const { return m_sendThroughTor; }
    void setSendThroughTor(bool on);
    bool leaveNoTrace() const { return m_leaveNoTrace; }
    void setLeaveNoTrace(bool on);
    bool remembers() const { return m_remember; }
    QString savedLanguage() const { return m_savedLanguage; }
    void saveLanguage(const QString &code);
    // Kiosk: back to the defaults for the next person.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void changed();

private:
    void save();
    // One on/off choice: stored and announced only when it changes.
    void setSwitch(bool &member, bool on);
    bool m_remember;
    double m_textScale = 1.0;
    bool m_highContrast = false;
    bool m_readAloud = false;
    bool m_easyRead = false;
    bool m_sendThroughTor = false;
    bool m_leaveNoTrace = false;
    QString m_savedLanguage;
};

} // namespace harbour::session
