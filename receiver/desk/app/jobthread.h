// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>

// One thread that runs the desk's jobs (unlock, sync, reads, case changes) one after another, so the
// UI never waits on Argon2id, SQLCipher or the network. Jobs are kept in a plain queue, not posted as
// events: DeskClient waits for each answer in a local event loop, which would otherwise run the next
// job (a lock, say) in the middle of the one waiting.
namespace harbour::deskui {

class JobThread : public QThread
{
public:
    JobThread();
    ~JobThread() override; // runs the jobs already queued, then stops

    void post(std::function<void()> job);

protected:
    void run() override;

private:
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
};

} // namespace harbour::deskui
