// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryinfo.h"

#include "directory/strictjson.h"

namespace harbour::routing {

DirectoryInfo::DirectoryInfo(QObject *parent)
    : QObject(parent)
{
}

void DirectoryInfo::update(const directory::DirectoryStore &store)
{
    const directory::Directory *current = store.current();
    m_serial = current ? current->serial : 0;
    m_expiresAt = current ? directory::formatUtcTimestamp(current->expiresAt) : QString();
    switch (store.source()) {
    case directory::DirectoryStore::Source::Embedded:
        m_source = QStringLiteral("embedded");
        break;
    case directory::DirectoryStore::Source::Stored:
        m_source = QStringLiteral("stored");
        break;
    case directory::DirectoryStore::Source::Offered:
        m_source = QStringLiteral("offered");
        break;
    case directory::DirectoryStore::Source::None:
        m_source.clear();
        break;
    }
    m_problem = store.problems().join(QStringLiteral("; "));
    const QList<directory::SupportContact> contacts
        = current ? current->supportContacts : QList<directory::SupportContact>();
    m_supportContacts.setContacts(contacts);
    m_startContacts.setContacts(contacts);
    Q_EMIT changed();
}

void DirectoryInfo::setLanguage(const QString &language)
{
    m_supportContacts.setLanguage(language);
    m_startContacts.setLanguage(language);
}

void DirectoryInfo::setStrands(const QStringList &strands)
{
    m_supportContacts.setStrands(strands);
}

} // namespace harbour::routing
