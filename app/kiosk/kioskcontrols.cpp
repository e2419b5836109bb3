// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskcontrols.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKioskControls, "harbour.kiosk.controls")

namespace harbour::kiosk {

KioskControls::KioskControls(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
{
}

KioskControls::~KioskControls()
{
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker.data();
    }
}

void KioskControls::start(store::Settings *settings, const QString &dataDir)
{
    if (!m_setup.kioskMode)
        return;
    m_volunteer = std::make_unique<VolunteerCode>(m_setup.settings.volunteerCodeHash, settings);
    m_admin = std::make_unique<AdminLock>(m_setup.settings.adminPassphraseHash, settings);
    auto identity = KioskIdentity::loadOrCreate(dataDir);
    if (identity) {
        m_identity = std::make_unique<KioskIdentity>(std::move(identity.value()));
        if (m_identity->created())
            qCInfo(lcKioskControls) << "made this kiosk's signing key; fingerprint"
                                    << m_identity->fingerprint();
    } else {
        // Reports are still sent (a reporter must not lose theirs), unsigned; the admin view says why.
        m_identityError = identity.error();
        qCWarning(lcKioskControls) << "no kiosk signing key, reports will not be signed:" << m_identityError;
    }
}

const QByteArray &KioskControls::signingKey() const
{
    static const QByteArray none;
    return m_setup.kioskMode && m_identity ? m_identity->secretKey() : none;
}

QString KioskControls::reportMode() const
{
    if (!m_setup.kioskMode)
        return QStringLiteral("self");
    return m_assisted ? VolunteerCode::reportMode() : QStringLiteral("kiosk");
}

void KioskControls::setIdleLimitOff(bool off)
{
    off = off && m_assisted;
    if (m_idleLimitOff == off)
        return;
    m_idleLimitOff = off;
    Q_EMIT idleLimitOffChanged();
}

QVariantMap KioskControls::adminView() const
{
    if (!m_adminUnlocked)
        return {};
    const KioskSettings &k = m_setup.settings;
    return {
        { QStringLiteral("name"), k.name },
        { QStringLiteral("defaultOrganisation"), k.defaultOrganisation },
        { QStringLiteral("languages"), k.languages },
        { QStringLiteral("idleWarningSeconds"), m_setup.idleWarningAfterSeconds },
        { QStringLiteral("idleGraceSeconds"), m_setup.idleGraceSeconds },
        { QStringLiteral("volunteerCodeSet"), volunteerCodeSet() },
        { QStringLiteral("fingerprint"), m_identity ? m_identity->fingerprint() : QString() },
        { QStringLiteral("publicKeyText"), m_identity ? m_identity->publicKeyText() : QString() },
        { QStringLiteral("identityError"), m_identityError },
    };
}

void KioskControls::enterVolunteerCode(const QString &code)
{
    runCheck(Kind::Volunteer, code);
}

void KioskControls::unlockAdmin(const QString &passphrase)
{
    runCheck(Kind::Admin, passphrase);
}

void KioskControls::lockAdmin()
{
    setAdminUnlocked(false);
    setAdminMessage({});
}

void KioskControls::reset()
{
    ++m_generation; // a check still running must not unlock the next session
    setIdleLimitOff(false);
    setAssisted(false);
    setAdminUnlocked(false);
    setVolunteerMessage({});
    setAdminMessage({});
}

void KioskControls::runCheck(Kind kind, const QString &typed)
{
    if (m_worker)
        return; // one check at a time (GuardedSecret is not for two threads at once)
    GuardedSecret *secret = kind == Kind::Volunteer ? static_cast<GuardedSecret *>(m_volunteer.get())
                                                    : static_cast<GuardedSecret *>(m_admin.get());
    if (!secret) {
        finishCheck(kind, { CheckResult::Outcome::NotConfigured, 0, 0 });
        return;
    }
    // Argon2id takes about a second: off the GUI thread, so the screen keeps answering.
    auto result = std::make_shared<CheckResult>();
    QThread *worker = QThread::create([secret, typed, result] { *result = secret->check(typed); });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, kind, result, generation = m_generation] {
        m_worker = nullptr;
        Q_EMIT checkingChanged();
        if (generation == m_generation)
            finishCheck(kind, *result);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    Q_EMIT checkingChanged();
    worker->start();
}

void KioskControls::finishCheck(Kind kind, const CheckResult &result)
{
    const QString message = messageFor(kind, result);
    if (kind == Kind::Volunteer) {
        setVolunteerMessage(message);
        if (result.accepted())
            setAssisted(true);
        Q_EMIT volunteerCodeChecked(result.accepted());
    } else {
        setAdminMessage(message);
        setAdminUnlocked(result.accepted());
        Q_EMIT adminChecked(result.accepted());
    }
}

QString KioskControls::messageFor(Kind kind, const CheckResult &result) const
{
    using O = CheckResult::Outcome;
    const bool volunteer = kind == Kind::Volunteer;
    const qint64 seconds = (result.waitMs + 999) / 1000;
    // Plural forms come from each language's file, English's too (translations/harbour_en.ts).
    const qint64 minutes = (seconds + 59) / 60;
    const QString wait
        = seconds < 120 ? tr("%n second(s)", "", int(seconds)) : tr("%n minute(s)", "", int(minutes));
    switch (result.outcome) {
    case O::Accepted:
        return {};
    case O::Wrong:
        if (result.waitMs <= 0)
            return volunteer ? tr("That volunteer code is not right. Check it and try again.")
                             : tr("That admin passphrase is not right. Check it and try again.");
        return volunteer
            ? tr("That volunteer code is not right. Too many wrong tries: you can try again in %1.").arg(wait)
            : tr("That admin passphrase is not right. Too many wrong tries: you can try again in %1.")
                  .arg(wait);
    case O::LockedOut:
        return tr("Too many wrong tries. Nothing was checked. You can try again in %1.").arg(wait);
    case O::NotConfigured:
        return volunteer
            ? tr("This kiosk has no volunteer code. The organisation can set one with harbour-kiosk-setup.")
            : tr(
                "This kiosk has no admin passphrase. The organisation can set one with harbour-kiosk-setup.");
    case O::StoreFailed:
        break;
    }
    return tr("This kiosk cannot record tries, so nothing was checked. Ask the organisation to look at this "
              "kiosk.");
}

void KioskControls::setAssisted(bool assisted)
{
    if (m_assisted == assisted)
        return;
    m_assisted = assisted;
    Q_EMIT assistedChanged();
}

void KioskControls::setAdminUnlocked(bool unlocked)
{
    if (m_adminUnlocked == unlocked)
        return;
    m_adminUnlocked = unlocked;
    Q_EMIT adminUnlockedChanged();
}

void KioskControls::setVolunteerMessage(const QString &message)
{
    if (m_volunteerMessage == message)
        return;
    m_volunteerMessage = message;
    Q_EMIT volunteerMessageChanged();
}

void KioskControls::setAdminMessage(const QString &message)
{
    if (m_adminMessage == message)
        return;
    m_adminMessage = message;
    Q_EMIT adminMessageChanged();
}

} // namespace harbour::kiosk
