// SPDX-License-Identifier: GPL-3.0-or-later
#include "iopause.h"

#include <sqlite3.h>

#include <atomic>
#include <utility>

namespace harbour::proof {
namespace {

// Our file: SQLite's own file object follows it in the same allocation (szOsFile covers both).
struct CountedFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
std::atomic<bool> g_armed { false };
std::atomic<int> g_calls { 0 };
int g_pauseAt = -1;
std::function<void()> g_atPause;

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<CountedFile *>(file)->real;
}

void beforeIo()
{
    if (!g_armed)
        return;
    const int call = g_calls++;
    if (call == g_pauseAt && g_atPause)
        g_atPause();
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int xWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    beforeIo();
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    beforeIo();
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    beforeIo();
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
// The shared-memory index of the write-ahead log (version 2 methods) and memory mapping (3).
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    if (real(f)->pMethods->iVersion < 3) {
        *out = nullptr;
        return SQLITE_OK;
    }
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *pointer)
{
    if (real(f)->pMethods->iVersion < 3)
        return SQLITE_OK;
    return real(f)->pMethods->xUnfetch(real(f), offset, pointer);
}

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *counted = reinterpret_cast<CountedFile *>(file);
    counted->real = reinterpret_cast<sqlite3_file *>(counted + 1);
    const int rc = g_real->xOpen(g_real, name, counted->real, flags, outFlags);
    // SQLite closes a file only when pMethods is set, whether or not the open succeeded.
    counted->base.pMethods = counted->real->pMethods ? &g_methods : nullptr;
    return rc;
}

} // namespace

bool installIoCounter()
{
    if (g_real)
        return true;
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real)
        return false;
    g_methods = sqlite3_io_methods { 3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock,
        xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier,
        xShmUnmap, xFetch, xUnfetch };
    g_vfs = *g_real; // every other call goes straight to the real file system
    g_vfs.zName = "harbour-io-counter";
    g_vfs.szOsFile = int(sizeof(CountedFile)) + g_real->szOsFile;
    g_vfs.xOpen = xOpen;
    g_vfs.pNext = nullptr;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

void armIoCounter(int pauseAt, std::function<void()> atPause)
{
    g_pauseAt = pauseAt;
    g_atPause = std::move(atPause);
    g_calls = 0;
    g_armed = true;
}

int ioCalls()
{
    return g_calls;
}

} // namespace harbour::proof
