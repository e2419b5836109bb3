// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/casestore.h"
#include "queuemodel.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace harbour::desk {

// The desk as its window sees it: locked or unlocked, the queue, one case at a time, and the changes
// a caseworker makes. Unlocking opens the desk's store with the passphrase and syncs; locking drops
// the store and everything decrypted from it. Any key press or click inside the window keeps it
// unlocked; after `idleMinutes` without one it locks by itself.
class DeskSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY unlockedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY syncedChanged)
    Q_PROPERTY(int junkCount READ junkCount NOTIFY syncedChanged)
    Q_PROPERTY(QString deskName READ deskName NOTIFY unlockedChanged)
    Q_PROPERTY(harbour::desk::QueueModel *queue READ queue CONSTANT)
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY idleSecondsChanged)

public:
    explicit DeskSession(QObject *parent = nullptr);
    ~DeskSession() override;

    // Where the desk's folder is, before the window is made (harbour-desk --data).
    static void setDataDirectory(const QString &dir);
    static QString dataDirectory();
    // The idle time before locking, in seconds (default 600; tests use a few).
    static void setDefaultIdleSeconds(int seconds);

    bool unlocked() const { return m_store != nullptr; }
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    QString lastSync() const { return m_lastSync; }
    int junkCount() const { return m_junk; }
    QString deskName() const;
    QueueModel *queue() const { return m_queue; }
    int idleSeconds() const { return m_idleSeconds; }
    void setIdleSeconds(int seconds);

    Q_INVOKABLE bool unlock(const QString &passphrase);
    Q_INVOKABLE void lock();
    Q_INVOKABLE bool sync();
    // One case for its page: everything it says, as plain values (see desksession.cpp).
    Q_INVOKABLE QVariantMap openCase(const QString &caseId);
    Q_INVOKABLE bool acknowledge(const QString &caseId);
    // status: "new", "acknowledged", "in_progress", "referred" or "closed" (a reason required).
    Q_INVOKABLE bool setStatus(
        const QString &caseId, const QString &status, bool recordOnly, const QString &reason);
    Q_INVOKABLE bool setOwner(const QString &caseId, const QString &owner);
    Q_INVOKABLE bool addNote(const QString &caseId, const QString &text);
    Q_INVOKABLE bool setNextAction(const QString &caseId, const QString &text, const QString &dueIsoDate);
    Q_INVOKABLE QVariantList junk();

Q_SIGNALS:
    void unlockedChanged();
    void busyChanged();
    void messageChanged();
    void syncedChanged();
    void idleSecondsChanged();
    // A case changed here or by another desk: its page reads it again.
    void caseChanged(const QString &caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool change(const QString &caseId, const std::function<Result<qint64>(class CaseActions &)> &action);
    void setBusy(bool busy);
    void setMessage(const QString &message);
    void reload();

    std::unique_ptr<CaseStore> m_store;
    QueueModel *m_queue = nullptr;
    QTimer m_idle;
    int m_idleSeconds = 600;
    bool m_busy = false;
    QString m_message;
    QString m_lastSync;
    int m_junk = 0;
};

} // namespace harbour::desk
