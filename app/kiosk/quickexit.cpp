// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickexit.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace harbour::kiosk {
namespace {
constexpr qint64 kShiftWindowMs = 5000;
constexpr size_t kShiftPresses = 3;
constexpr qint64 kEscapeWindowMs = 2000;
constexpr size_t kEscapePresses = 2;

bool completes(std::deque<qint64> &presses, qint64 atMs, qint64 windowMs, size_t needed)
{
    presses.push_back(atMs);
    while (!presses.empty() && atMs - presses.front() > windowMs)
        presses.pop_front();
    if (presses.size() < needed)
        return false;
    presses.clear();
    return true;
}
} // namespace

QuickExit::QuickExit(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    // Application-wide, so it works whichever control has focus.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

QuickExit::~QuickExit()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool QuickExit::keyPressed(int key, qint64 atMs)
{
    if (key == Qt::Key_Shift)
        return completes(m_shiftPresses, atMs, kShiftWindowMs, kShiftPresses);
    if (key == Qt::Key_Escape)
        return completes(m_escapePresses, atMs, kEscapeWindowMs, kEscapePresses);
    // Any other key in between breaks either sequence, as in GOV.UK's component: someone
    // typing capitals presses Shift many times and must not be thrown out of their report.
    m_escapePresses.clear();
    m_shiftPresses.clear();
    return false;
}

bool QuickExit::eventFilter(QObject *watched, QEvent *event)
{
    // Key events reach the application filter once per receiver in the delivery chain;
    // count each physical press once by looking only at the window it is sent to.
    if (event->type() == QEvent::KeyPress && watched->isWindowType()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!key->isAutoRepeat() && keyPressed(key->key(), m_clock.elapsed())) {
            Q_EMIT triggered();
            // The press that completed the sequence is used up here: delivered on, it would
            // reach the neutral cover that now has focus, and a key dismisses the cover.
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace harbour::kiosk
