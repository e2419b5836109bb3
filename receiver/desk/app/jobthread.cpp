// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobthread.h"

namespace harbour::deskui {

JobThread::JobThread()
{
    setObjectName(QStringLiteral("desk-jobs"));
    start();
}

JobThread::~JobThread()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    wait();
}

void JobThread::post(std::function<void()> job)
{
    QMutexLocker lock(&m_mutex);
    m_jobs.push_back(std::move(job));
    m_wake.wakeAll();
}

void JobThread::run()
{
    for (;;) {
        std::function<void()> job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_jobs.empty())
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
}

} // namespace harbour::deskui
