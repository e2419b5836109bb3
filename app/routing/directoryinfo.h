// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directorystore.h"
#include "supportcontactmodel.h"

#include <QObject>

namespace harbour::routing {

// The recipient directory in use, as QML sees it (Session.directory): whether there is one, and
// the support numbers to signpost on the start and confirmation pages.
class DirectoryInfo : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(int serial READ serial NOTIFY changed)
    Q_PROPERTY(QString expiresAt READ expiresAt NOTIFY changed)
    // "", "embedded", "stored" or "offered"
    Q_PROPERTY(QString source READ source NOTIFY changed)
    // Why a directory was refused (for an administrator; never report content).
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(harbour::routing::SupportContactModel *supportContacts READ supportContacts CONSTANT)
    // The start page's: in danger now, and other ways to report (999, 999 BSL, text 999, 101).
    Q_PROPERTY(harbour::routing::SupportContactModel *startContacts READ startContacts CONSTANT)

public:
    explicit DirectoryInfo(QObject *parent = nullptr);

    bool available() const { return m_serial > 0; }
    int serial() const { return int(m_serial); }
    QString expiresAt() const { return m_expiresAt; }
    QString source() const { return m_source; }
    QString problem() const { return m_problem; }
    SupportContactModel *supportContacts() { return &m_supportContacts; }
    SupportContactModel *startContacts() { return &m_startContacts; }

    void update(const directory::DirectoryStore &store);
    void setLanguage(const QString &language);
    void setStrands(const QStringList &strands);

Q_SIGNALS:
    void changed();

private:
    qint64 m_serial = 0;
    QString m_expiresAt;
    QString m_source;
    QString m_problem;
    SupportContactModel m_supportContacts { false };
    SupportContactModel m_startContacts { true };
};

} // namespace harbour::routing
