// SPDX-License-Identifier: GPL-3.0-or-later
#include "testorganisation.h"

#include "desktestutil.h"

#include <QDebug>
#include <QDir>
#include <QJsonDocument>

namespace harbour::testsupport {

TestOrganisation::TestOrganisation(const QString &dir, const QByteArray &passphrase)
    : m_dir(dir)
    , m_store(QDir(dir).filePath(QStringLiteral("intake.db")))
    , m_passphrase(passphrase)
{
    QDir().mkpath(dir);
    m_keyFile = makeOrganisationKey(dir, passphrase);
}

QByteArray TestOrganisation::publicKey() const
{
    return publicKeyOf(m_keyFile);
}

bool TestOrganisation::startIntake(const QString &store)
{
    if (!store.isEmpty())
        m_store = store;
    if (!isValid() || !m_intake.start(m_store, { publicKeyFile() }))
        return false;
    return m_deskStore == m_store || makeDesk();
}

// The organisation bound to its key at this store's intake, and a desk made and registered there.
bool TestOrganisation::makeDesk()
{
    const DeskOrganisation organisation { QStringLiteral("Test organisation"), {}, m_keyFile,
        publicKeyFile() };
    if (!bindOrganisation(m_store, organisation))
        return false;
    const QString dir = QDir(m_dir).filePath(QStringLiteral("desk-%1").arg(++m_desks));
    if (initDesk(m_store, organisation, m_passphrase, dir, m_intake.baseUrl(), m_passphrase,
            QStringLiteral("test desk %1").arg(m_desks), true)
            .isEmpty())
        return false;
    m_deskDir = dir;
    m_deskStore = m_store;
    return true;
}

bool TestOrganisation::syncDesk()
{
    if (m_deskDir.isEmpty()) {
        qWarning() << "the organisation has no desk: startIntake() first";
        return false;
    }
    const bool restart = !m_intake.isRunning();
    if (restart && !m_intake.start(m_store, { publicKeyFile() }, m_intake.port())) {
        qWarning() << "cannot start the intake again to sync the desk";
        return false;
    }
    const ToolRun synced
        = runDesk({ QStringLiteral("sync"), QStringLiteral("--data"), m_deskDir }, m_passphrase);
    if (restart)
        m_intake.stop();
    if (synced.exitCode != 0)
        qWarning().noquote() << "harbour-desk-sync sync failed:" << synced.exitCode << synced.err;
    return synced.exitCode == 0;
}

QJsonArray TestOrganisation::exported()
{
    if (!syncDesk())
        return {};
    const InboxResult result = runInbox({ QStringLiteral("export"), QStringLiteral("--format"),
                                            QStringLiteral("json"), QStringLiteral("--desk"), m_deskDir },
        {}, m_passphrase);
    if (result.exitCode != 0)
        qWarning() << "inbox export failed:" << result.err;
    return QJsonDocument::fromJson(result.out).array();
}

InboxResult TestOrganisation::openOnlyReport()
{
    const QJsonArray reports = exported();
    if (reports.size() != 1) {
        qWarning() << "expected one report at the desk, found" << reports.size();
        return {};
    }
    const QString id = reports.at(0).toObject().value(QStringLiteral("envelope_id")).toString();
    return runInbox({ QStringLiteral("open"), id, QStringLiteral("--desk"), m_deskDir }, {}, m_passphrase);
}

} // namespace harbour::testsupport
