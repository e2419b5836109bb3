// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfile.h"

#include "crypto/sodium.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace harbour::store {
namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

enum class ReadStatus { Ok, Missing, Refused };

struct ReadOutcome
{
    ReadStatus status = ReadStatus::Refused;
    QByteArray contents;
    QString error;
};

ReadOutcome readChecked(const QString &path, qsizetype size, const QString &what,
    const std::function<QString(const QByteArray &)> &validate)
{
    ReadOutcome out;
    const QByteArray native = QFile::encodeName(path);
    // O_NOFOLLOW: a symbolic link planted in the data folder must not redirect the key.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT) {
            out.status = ReadStatus::Missing;
            return out;
        }
        if (error == ELOOP)
            out.error = QStringLiteral("the %1 %2 is a symbolic link; refusing to use it").arg(what, path);
        else
            out.error = QStringLiteral("cannot read the %1 %2: %3").arg(what, path, systemError(error));
        return out;
    }
    // Checks on the open descriptor, so the file cannot be swapped between check and read.
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0) {
        out.error = QStringLiteral("cannot inspect the %1 %2: %3").arg(what, path, systemError(errno));
        ::close(fd);
        return out;
    }
    if (!S_ISREG(st.st_mode)) {
        out.error = QStringLiteral("the %1 %2 is not a regular file; refusing to use it").arg(what, path);
        ::close(fd);
        return out;
    }
    if (st.st_uid != ::geteuid()) {
        out.error
            = QStringLiteral("the %1 %2 belongs to user id %3, not to this process's user (id %4); refusing "
                             "to use it. Run Harbour as the user that owns its data folder.")
                  .arg(what, path)
                  .arg(st.st_uid)
                  .arg(::geteuid());
        ::close(fd);
        return out;
    }
    if ((st.st_mode & 077) != 0) {
        out.error
            = QStringLiteral("permissions %1 for the %2 %3 are too open: it must not be accessible by group "
                             "or others. Refusing to use it; if the file is yours, run: chmod 600 %3")
                  .arg(QString::number(st.st_mode & 0777, 8).rightJustified(4, QLatin1Char('0')), what, path);
        ::close(fd);
        return out;
    }
    if (st.st_size != size) {
        out.error
            = QStringLiteral("the %1 %2 is damaged: it holds %3 bytes, not %4. Restore it from a backup; "
                             "Harbour will not replace it by itself.")
                  .arg(what, path)
                  .arg(qint64(st.st_size))
                  .arg(qint64(size));
        ::close(fd);
        return out;
    }
    QByteArray contents(size + 1, '\0'); // one spare byte notices a file that grew after fstat
    qsizetype total = 0;
    while (total < contents.size()) {
        const ssize_t n = ::read(fd, contents.data() + total, size_t(contents.size() - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        total += n;
    }
    ::close(fd);
    if (total != size) {
        crypto::wipe(contents);
        out.error
            = QStringLiteral("the %1 %2 is damaged (expected %3 bytes)").arg(what, path).arg(qint64(size));
        return out;
    }
    contents.truncate(size);
    if (validate) {
        if (const QString problem = validate(contents); !problem.isEmpty()) {
            crypto::wipe(contents);
            out.error = QStringLiteral(
                "the %1 %2 is damaged: %3. Restore it from a backup; Harbour will not replace "
                "it by itself.")
                            .arg(what, path, problem);
            return out;
        }
    }
    out.status = ReadStatus::Ok;
    out.contents = contents;
    return out;
}

// Writes the whole file under a temporary name beside `path` (mode 0600 from creation, so no other
// user can ever read it), synced. Returns the temporary name; the caller links or renames it.
Result<QByteArray> writeTemporary(const QString &path, const QByteArray &contents, const QString &what)
{
    using R = Result<QByteArray>;
    QByteArray tmpl = QFile::encodeName(path) + ".tmp-XXXXXX";
    const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC); // mode 0600
    if (fd < 0)
        return R::failure(QStringLiteral("cannot create the %1 %2: %3").arg(what, path, systemError(errno)));
    ::fchmod(fd, 0600); // whatever the umask left, exactly owner read and write
    qsizetype written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.constData() + written, size_t(contents.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    const bool ok = written == contents.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(tmpl.constData());
        return R::failure(QStringLiteral("cannot write the %1 %2 (is the disk full?)").arg(what, path));
    }
    return tmpl;
}

// Makes a new name itself durable.
void syncFolderOf(const QString &path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    if (const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

// Writes the whole file under a temporary name and links it into place: the final name either
// does not exist or holds the complete file. link() fails if another process got there first.
Result<void> createExclusive(
    const QString &path, const QByteArray &contents, const QString &what, bool *raced)
{
    using R = Result<void>;
    *raced = false;
    auto temporary = writeTemporary(path, contents, what);
    if (!temporary)
        return R::failure(temporary);
    const QByteArray native = QFile::encodeName(path);
    const int linked = ::link(temporary->constData(), native.constData());
    const int linkError = errno;
    ::unlink(temporary->constData());
    if (linked != 0) {
        if (linkError == EEXIST) {
            *raced = true;
            return {};
        }
        return R::failure(
            QStringLiteral("cannot create the %1 %2: %3").arg(what, path, systemError(linkError)));
    }
    syncFolderOf(path);
    return {};
}

} // namespace

Result<void> ensurePrivateDirectory(const QString &dir)
{
    using R = Result<void>;
    QFileInfo info(dir);
    if (info.exists()) {
        if (!info.isDir())
            return R::failure(QStringLiteral("%1 is not a folder").arg(dir));
        return {};
    }
    if (!QDir().mkpath(dir))
        return R::failure(QStringLiteral("cannot create the data folder %1").arg(dir));
    if (::chmod(QFile::encodeName(dir).constData(), 0700) != 0)
        return R::failure(
            QStringLiteral("cannot make the data folder %1 private: %2").arg(dir, systemError(errno)));
    return {};
}

Result<QByteArray> readPrivateFile(const QString &path, qsizetype size, const QString &what,
    const std::function<QString(const QByteArray &)> &validate)
{
    ReadOutcome read = readChecked(path, size, what, validate);
    if (read.status == ReadStatus::Missing)
        return Result<QByteArray>::failure(QStringLiteral("the %1 %2 does not exist").arg(what, path));
    if (read.status != ReadStatus::Ok)
        return Result<QByteArray>::failure(read.error);
    return read.contents;
}

Result<PrivateFile> loadOrCreatePrivateFile(const QString &path, qsizetype size, const QString &what,
    const std::function<QByteArray()> &generate, const std::function<QString(const QByteArray &)> &validate)
{
    using R = Result<PrivateFile>;
    // Two rounds at most: if another process creates the file between our read and our link,
    // the second read takes its key.
    for (int round = 0; round < 2; ++round) {
        ReadOutcome read = readChecked(path, size, what, validate);
        if (read.status == ReadStatus::Ok)
            return PrivateFile { read.contents, false };
        if (read.status == ReadStatus::Refused)
            return R::failure(read.error);

        if (auto dir = ensurePrivateDirectory(QFileInfo(path).absolutePath()); !dir)
            return R::failure(dir.error());
        QByteArray fresh = generate();
        if (fresh.size() != size) {
            crypto::wipe(fresh);
            return R::failure(QStringLiteral("internal error: a new %1 has the wrong size").arg(what));
        }
        bool raced = false;
        auto created = createExclusive(path, fresh, what, &raced);
        if (!created) {
            crypto::wipe(fresh);
            return R::failure(created.error());
        }
        if (!raced)
            return PrivateFile { fresh, true };
        crypto::wipe(fresh);
    }
    return R::failure(QStringLiteral("the %1 %2 keeps changing; refusing to use it").arg(what, path));
}

} // namespace harbour::store

namespace harbour::store {

namespace {

// An empty key file and no store: a version before the key file was linked into place whole was
// stopped while creating it. Nothing was ever encrypted with it, so removing it loses nothing. Only
// our own regular file is removed; anything else is left for the key-file checks to refuse.
void removeUnusedEmptyKey(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(native.constData(), &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid()
        && st.st_size == 0)
        ::unlink(native.constData());
    // That version's temporary name, left by a crash: never in use, or a second name of the key.
    ::unlink(QByteArray(native + ".new").constData());
}

} // namespace

Result<StoreKey> loadOrCreateStoreKey(const QString &dataDir, const QString &name, const QString &what)
{
    using R = Result<StoreKey>;
    if (auto dir = ensurePrivateDirectory(dataDir); !dir)
        return R::failure(dir.error());
    const QString dbPath = QDir(dataDir).filePath(name + QStringLiteral(".db"));
    const QString keyPath = QDir(dataDir).filePath(name + QStringLiteral(".key"));
    const bool databaseInUse = QFileInfo::exists(dbPath) && QFileInfo(dbPath).size() > 0;
    if (databaseInUse && !QFileInfo::exists(keyPath))
        return R::failure(
            QStringLiteral("the %1 %2 exists but its key file is missing; refusing to replace it")
                .arg(what, dbPath));
    if (!databaseInUse)
        removeUnusedEmptyKey(keyPath);
    auto key = loadOrCreatePrivateFile(
        keyPath, 32, QStringLiteral("%1 key file").arg(name), [] { return crypto::randomBytes(32); });
    if (!key)
        return R::failure(key);
    return StoreKey { dbPath, key->contents };
}

Result<void> createPrivateFile(const QString &path, const QByteArray &contents, const QString &what)
{
    bool exists = false;
    auto created = createExclusive(path, contents, what, &exists);
    if (created && exists)
        return Result<void>::failure(
            QStringLiteral("the %1 %2 already exists; refusing to replace it").arg(what, path),
            ErrorKind::Refused);
    return created;
}

Result<void> replacePrivateFile(const QString &path, const QByteArray &contents, const QString &what)
{
    using R = Result<void>;
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(native.constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode))
            return R::failure(
                QStringLiteral("the %1 %2 is a symbolic link; refusing to replace it").arg(what, path),
                ErrorKind::Refused);
        if (!S_ISREG(st.st_mode))
            return R::failure(
                QStringLiteral("the %1 %2 is not a regular file; refusing to replace it").arg(what, path),
                ErrorKind::Refused);
    } else if (errno != ENOENT) {
        return R::failure(QStringLiteral("cannot inspect the %1 %2: %3").arg(what, path, systemError(errno)));
    }
    auto temporary = writeTemporary(path, contents, what);
    if (!temporary)
        return R::failure(temporary);
    // rename() replaces the name, never the old file's contents or mode: a reader holding the old
    // file keeps it, and the new one is 0600 from its creation.
    if (::rename(temporary->constData(), native.constData()) != 0) {
        const int renameError = errno;
        ::unlink(temporary->constData());
        return R::failure(
            QStringLiteral("cannot write the %1 %2: %3").arg(what, path, systemError(renameError)));
    }
    syncFolderOf(path);
    return {};
}

} // namespace harbour::store
