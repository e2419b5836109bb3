// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <deque>

namespace harbour::kiosk {

// GOV.UK "Exit this page" on a keyboard: Shift pressed three times within 5 seconds with no other key
// between, or Escape twice within 2 seconds, anywhere in the app.
class QuickExit : public QObject
{
    Q_OBJECT
public:
    explicit QuickExit(QObject *parent = nullptr);
    ~QuickExit() override;

    // Feeds one key press; returns true when it completes the exit gesture. Public for tests.
    bool keyPressed(int key, qint64 atMs);

Q_SIGNALS:
    void triggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::deque<qint64> m_shiftPresses;
    std::deque<qint64> m_escapePresses;
    QElapsedTimer m_clock;
};

} // namespace harbour::kiosk
