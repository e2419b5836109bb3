// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit.h"

#include "caseevent.h"
#include "crypto/sodium.h"

#include <QSet>

namespace harbour::desk {

Result<LogCheck> checkCaseLog(CaseStore &store)
{
    auto logged = store.loggedEvents();
    if (!logged)
        return Result<LogCheck>::failure(logged);
    const QList<protocol::KeyPair> keys = store.organisationKeys();
    const QByteArray noPrevious(32, '\0');
    LogCheck check;
    QSet<QByteArray> earlier;
    for (LoggedEvent &entry : logged.value()) {
        const QString seq = QString::number(entry.seq);
        if (entry.plaintext.isEmpty()) {
            ++check.erased;
        } else {
            QString problem;
            if (eventHash(entry.plaintext) != entry.hash) {
                problem = QStringLiteral(
                    "event %1: its bytes no longer match the hash recorded when it was applied")
                              .arg(seq);
            } else if (auto read = readEvent(entry.plaintext); !read) {
                problem = QStringLiteral("event %1: %2").arg(seq, read.error());
            } else {
                const CaseEvent &event = read.value();
                const bool member
                    = std::any_of(keys.cbegin(), keys.cend(), [&](const protocol::KeyPair &key) {
                          return crypto::equalConstantTime(
                              membershipProof(key.secretKey, event.deskPublicKey), event.membership);
                      });
                if (event.deskKeyId() != entry.desk)
                    problem
                        = QStringLiteral("event %1: signed by another desk than the one recorded").arg(seq);
                else if (!member)
                    problem = QStringLiteral("event %1: its desk is not one of the organisation's (no "
                                             "membership proof under its keys)")
                                  .arg(seq);
                else if (event.prev != noPrevious && !earlier.contains(event.prev))
                    problem = QStringLiteral(
                        "event %1: it follows an event this desk does not hold before it (broken chain)")
                                  .arg(seq);
                else if (QByteArray(event.caseId.toHex()) != entry.caseId)
                    problem = QStringLiteral("event %1: about another case than the one recorded").arg(seq);
            }
            if (problem.isEmpty())
                ++check.verified;
            else
                check.problems.append(problem);
            crypto::wipe(entry.plaintext);
            entry.plaintext.clear();
        }
        earlier.insert(entry.hash);
        check.events.append(entry);
    }
    return check;
}

} // namespace harbour::desk
