// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

// For harbour-delivery-driver: SQLite's default file system wrapped so that the process can stop
// right before a chosen write, sync or truncation of the outbox's files, where the crash test
// kills it. This is where a SIGKILL can land inside a transaction: until its COMMIT writes the
// log, a transaction exists only in memory, so the I/O calls are the moments that differ on disk.
namespace harbour::proof {

// Makes the wrapper SQLite's default file system; call before opening any database.
bool installIoCounter();
// From now on counts I/O calls; before the one numbered pauseAt (from 0) calls atPause, which
// does not return (the caller stops there to be killed). pauseAt < 0: count only.
void armIoCounter(int pauseAt, std::function<void()> atPause = {});
// I/O calls counted since armIoCounter().
int ioCalls();

} // namespace harbour::proof
