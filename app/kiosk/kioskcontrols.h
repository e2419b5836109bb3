// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adminlock.h"
#include "kioskconfig.h"
#include "kioskidentity.h"
#include "volunteercode.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVariantMap>

#include <memory>

namespace harbour::store {
class Settings;
}

namespace harbour::kiosk {

// What the organisation's staff can do at a kiosk (QML: Session.kiosk): a volunteer's code starts
// assisted mode (the report records "assisted", never who helped) and may turn the idle limit off
// for that session; the admin passphrase shows the kiosk's settings and its public key for
// registration. Settings are read-only here: harbour-kiosk-setup and the configuration file change
// them. All of it is forgotten when the session ends (and a kiosk session ends the process).
class KioskControls : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool kioskMode READ kioskMode CONSTANT)
    Q_PROPERTY(bool volunteerCodeSet READ volunteerCodeSet CONSTANT)
    Q_PROPERTY(bool adminPassphraseSet READ adminPassphraseSet CONSTANT)
    // A check (Argon2id, about a second) is running off the GUI thread.
    Q_PROPERTY(bool checking READ checking NOTIFY checkingChanged)
    Q_PROPERTY(bool assisted READ assisted NOTIFY assistedChanged)
    // Only an assisting volunteer can turn the idle limit off, and only for this session.
    Q_PROPERTY(bool idleLimitOff READ idleLimitOff WRITE setIdleLimitOff NOTIFY idleLimitOffChanged)
    Q_PROPERTY(bool adminUnlocked READ adminUnlocked NOTIFY adminUnlockedChanged)
    // Why the last code or passphrase was refused, or how long to wait ("" when nothing to say).
    Q_PROPERTY(QString volunteerMessage READ volunteerMessage NOTIFY volunteerMessageChanged)
    Q_PROPERTY(QString adminMessage READ adminMessage NOTIFY adminMessageChanged)
    // While unlocked: name, defaultOrganisation, languages, idleWarningSeconds, idleGraceSeconds,
    // fingerprint, publicKeyText, identityError. Empty while locked.
    Q_PROPERTY(QVariantMap adminView READ adminView NOTIFY adminUnlockedChanged)

public:
    struct Setup
    {
        bool kioskMode = false;
        KioskSettings settings;
        int idleWarningAfterSeconds = 0;
        int idleGraceSeconds = 0;
    };

    explicit KioskControls(Setup setup, QObject *parent = nullptr);
    ~KioskControls() override;

    // The session's settings store (attempt counts live there; null: every check refuses) and, in
    // kiosk mode, the folder of the kiosk's signing key, made on first run.
    void start(store::Settings *settings, const QString &dataDir);

    bool kioskMode() const { return m_setup.kioskMode; }
    bool volunteerCodeSet() const { return !m_setup.settings.volunteerCodeHash.isEmpty(); }
    bool adminPassphraseSet() const { return !m_setup.settings.adminPassphraseHash.isEmpty(); }
    bool checking() const { return m_worker != nullptr; }
    bool assisted() const { return m_assisted; }
    bool idleLimitOff() const { return m_idleLimitOff; }
    void setIdleLimitOff(bool off);
    bool adminUnlocked() const { return m_adminUnlocked; }
    QString volunteerMessage() const { return m_volunteerMessage; }
    QString adminMessage() const { return m_adminMessage; }
    QVariantMap adminView() const;

    // The Ed25519 secret key to sign reports with; empty on a personal device or without a key.
    const QByteArray &signingKey() const;
    // The report's "mode": "self", "kiosk" or "assisted".
    QString reportMode() const;

    Q_INVOKABLE void enterVolunteerCode(const QString &code);
    Q_INVOKABLE void unlockAdmin(const QString &passphrase);
    Q_INVOKABLE void lockAdmin();
    // The session ended: assisted mode, the idle setting and the admin view are forgotten.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void checkingChanged();
    void assistedChanged();
    void idleLimitOffChanged();
    void adminUnlockedChanged();
    void volunteerMessageChanged();
    void adminMessageChanged();
    // A check finished (accepted or not), for views that move focus to the result.
    void volunteerCodeChecked(bool accepted);
    void adminChecked(bool accepted);

private:
    enum class Kind { Volunteer, Admin };
    void runCheck(Kind kind, const QString &typed);
    void finishCheck(Kind kind, const CheckResult &result);
    QString messageFor(Kind kind, const CheckResult &result) const;
    void setAssisted(bool assisted);
    void setAdminUnlocked(bool unlocked);
    void setVolunteerMessage(const QString &message);
    void setAdminMessage(const QString &message);

    Setup m_setup;
    std::unique_ptr<VolunteerCode> m_volunteer;
    std::unique_ptr<AdminLock> m_admin;
    std::unique_ptr<KioskIdentity> m_identity;
    QString m_identityError;
    QPointer<QThread> m_worker;
    int m_generation = 0;
    bool m_assisted = false;
    bool m_idleLimitOff = false;
    bool m_adminUnlocked = false;
    QString m_volunteerMessage;
    QString m_adminMessage;
};

} // namespace harbour::kiosk
