#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace {

// What is at a name, in words, for a message that says why it is left alone.
QString kindName(const struct stat &st)
{
    if (S_ISLNK(st.st_mode))
        return PrivateFile::tr("a symbolic link");
    if (S_ISDIR(st.st_mode))
        return PrivateFile::tr("a folder");
    if (S_ISBLK(st.st_mode))
        return PrivateFile::tr("a disk device");
    if (S_ISCHR(st.st_mode))
        return PrivateFile::tr("a device");
    if (S_ISFIFO(st.st_mode))
        return PrivateFile::tr("a named pipe (FIFO)");
    if (S_ISSOCK(st.st_mode))
        return PrivateFile::tr("a socket");
    if (st.st_uid != geteuid())
        return PrivateFile::tr("a file of another user");
    if (st.st_nlink != 1)
        return PrivateFile::tr("a file with another name too (a hard link)");
    return PrivateFile::tr("a file");
}

// A FIFO's open waits for a reader; it is opened without blocking and retried, so that a
// signal (Ctrl+C) ends the wait: a sleep, unlike an open, is never restarted after a signal.
int openStream(const QByteArray &path, bool throughLink)
{
    for (;;) {
        const int fd = ::open(path.constData(), O_WRONLY | (throughLink ? 0 : O_NOFOLLOW) |
                                                    O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
        if (fd >= 0) {
            const int flags = ::fcntl(fd, F_GETFL);
            if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
                ::close(fd);
                return -1;
            }
            return fd;
        }
        if (errno != ENXIO) // ENXIO: a FIFO with no reader yet
            return -1;
        const struct timespec pause = {0, 100 * 1000 * 1000};
        if (::nanosleep(&pause, nullptr) != 0) {
            errno = EINTR;
            return -1;
        }
    }
}

bool isStreamNode(const struct stat &st)
{
    return S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode);
}

// A link that leads to a device or a FIFO (/dev/stdout to a pipe or a terminal) is written
// through: a stream is never created, truncated or replaced, so nothing can be clobbered.
bool linkToStream(const QByteArray &path, const struct stat &st)
{
    struct stat to;
    return S_ISLNK(st.st_mode) && ::stat(path.constData(), &to) == 0 && isStreamNode(to);
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(qMin<qint64>(size, 1 << 30)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

PrivateFile::PrivateFile(QString target) : m_target(std::move(target)) {}

PrivateFile::~PrivateFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_keep && !m_temp.isEmpty())
        ::unlink(QFile::encodeName(m_temp).constData());
}

QString PrivateFile::describe(int error)
{
    switch (error) {
    case ENOSPC:
        return tr("the disk is full");
    case EDQUOT:
        return tr("the disk quota is used up");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case ENOENT:
        return tr("the folder does not exist");
    case ENOTDIR:
        return tr("a part of the path is not a folder");
    case EROFS:
        return tr("the file system is read-only");
    case EISDIR:
        return tr("it is a folder");
    case ELOOP:
        return tr("it is a symbolic link, which is never followed");
    case EFBIG:
        return tr("the file is larger than this file system or its limit allows");
    case EIO:
        return tr("an input/output error (the disk or the network file system)");
    case ENAMETOOLONG:
        return tr("the name is too long");
    case EPIPE:
        return tr("the program reading from the pipe has stopped");
    case EINTR:
        return tr("interrupted");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

QString PrivateFile::refusal(const QString &target)
{
    struct stat st;
    const QByteArray path = QFile::encodeName(target);
    if (::lstat(path.constData(), &st) != 0)
        return {}; // nothing there yet (or unreadable: open() says why)
    if (S_ISREG(st.st_mode) || isStreamNode(st) || linkToStream(path, st))
        return {};
    if (S_ISLNK(st.st_mode))
        return tr("it is a symbolic link (to %1): files are not written through links; name the "
                  "file itself")
            .arg(QFileInfo(target).symLinkTarget());
    if (S_ISBLK(st.st_mode))
        return tr("it is a disk device: nothing is written to a disk as a whole");
    return tr("it is %1, not a file").arg(kindName(st));
}

bool PrivateFile::open()
{
    m_error.clear();
    const QByteArray path = QFile::encodeName(m_target);
    struct stat st;
    if (::lstat(path.constData(), &st) == 0) {
        if (isStreamNode(st) || linkToStream(path, st)) {
            // A device or a FIFO is written into as it is: never created, truncated or replaced.
            m_fd = openStream(path, S_ISLNK(st.st_mode));
            struct stat opened;
            if (m_fd >= 0 && ::fstat(m_fd, &opened) == 0 && isStreamNode(opened)) {
                m_stream = true;
                return true;
            }
            m_error = m_fd < 0 ? describe(errno) : tr("it changed while being opened");
            if (m_fd >= 0)
                ::close(m_fd);
            m_fd = -1;
            return false;
        }
        m_error = refusal(m_target);
        if (!m_error.isEmpty())
            return false;
    } else if (errno != ENOENT) {
        m_error = describe(errno);
        return false;
    }
    // mkostemps: O_CREAT | O_EXCL, mode 0600, a random part; a link planted at a name it
    // tries makes it try another.
    QByteArray name = path + ".XXXXXX.part";
    m_fd = ::mkostemps(name.data(), 5, O_CLOEXEC);
    if (m_fd < 0) {
        m_error = describe(errno);
        return false;
    }
    m_temp = QFile::decodeName(name);
    return true;
}

bool PrivateFile::write(const QByteArray &bytes)
{
    if (m_fd < 0) {
        if (m_error.isEmpty())
            m_error = tr("the file is not open");
        return false;
    }
    if (writeAll(m_fd, bytes.constData(), bytes.size()))
        return true;
    m_diskFull = errno == ENOSPC || errno == EDQUOT;
    m_error = describe(errno);
    return false;
}

bool PrivateFile::commit()
{
    if (m_fd < 0) {
        if (m_error.isEmpty())
            m_error = tr("the file is not open");
        return false;
    }
    // The bytes reach the disk before the name does: a crash leaves the old file or the new
    // one, never a short one under the final name. A stream has nothing to sync.
    const bool synced = m_stream || ::fsync(m_fd) == 0;
    const int syncError = errno;
    const bool closed = ::close(m_fd) == 0 || errno == EINTR;
    const int closeError = errno;
    m_fd = -1;
    if (!synced || !closed) {
        m_diskFull = (synced ? closeError : syncError) == ENOSPC;
        m_error = describe(synced ? closeError : syncError);
        return false;
    }
    if (m_stream)
        return true;
    if (!replace(m_temp, m_target, &m_error))
        return false;
    m_temp.clear();
    return true;
}

bool PrivateFile::keepAs(const QString &name)
{
    m_keep = true;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_stream || m_temp.isEmpty())
        return false;
    if (!replace(m_temp, name, &m_error))
        return false;
    m_temp = name;
    return true;
}

bool PrivateFile::writeWhole(const QString &target, const QByteArray &bytes, QString *error)
{
    PrivateFile file(target);
    if (file.open() && file.write(bytes) && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

QString PrivateFile::writeCopyToOpen(const QString &name, const QByteArray &bytes, QString *error)
{
    QTemporaryDir folder(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(QStringLiteral("fhir-open-XXXXXX"))); // mkdtemp: 0700
    if (!folder.isValid()) {
        *error = folder.errorString();
        return {};
    }
    folder.setAutoRemove(false); // the other program reads it after this returns
    const QString path = folder.filePath(QFileInfo(name).fileName());
    if (!writeWhole(path, bytes, error)) {
        folder.remove();
        return {};
    }
    return path;
}

bool PrivateFile::replace(const QString &from, const QString &to, QString *error)
{
    const QByteArray target = QFile::encodeName(to);
    struct stat st;
    if (::lstat(target.constData(), &st) == 0) {
        if (!S_ISREG(st.st_mode)) {
            *error = tr("there is %1 at %2: only a regular file is replaced")
                         .arg(kindName(st), QFileInfo(to).fileName());
            return false;
        }
    } else if (errno != ENOENT) {
        *error = describe(errno);
        return false;
    }
    if (::rename(QFile::encodeName(from).constData(), target.constData()) != 0) {
        *error = describe(errno);
        return false;
    }
    return true;
}

bool PrivateFile::makeFolder(const QString &path, QString *error)
{
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = tr("cannot create %1").arg(parent);
        return false;
    }
    const QByteArray p = QFile::encodeName(path);
    if (::mkdir(p.constData(), 0700) != 0 && errno != EEXIST) {
        *error = describe(errno);
        return false;
    }
    // Made now or earlier: it must be a folder of this user's (not a link to one), and private.
    const int fd = ::open(p.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        const int why = errno;
        if (fd >= 0)
            ::close(fd);
        if (::lstat(p.constData(), &st) == 0 && !S_ISDIR(st.st_mode))
            *error = tr("it is %1, not a folder").arg(kindName(st));
        else
            *error = describe(why);
        return false;
    }
    bool ok = true;
    if (st.st_uid != geteuid()) {
        *error = tr("it belongs to another user");
        ok = false;
    } else if ((st.st_mode & 07777) != 0700 && ::fchmod(fd, 0700) != 0) {
        *error = describe(errno);
        ok = false;
    }
    ::close(fd);
    return ok;
}

int PrivateFile::openPartial(const QString &path, bool append, QString *error)
{
    const QByteArray p = QFile::encodeName(path);
    int fd = ::open(p.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd >= 0)
        return fd;
    if (errno != EEXIST) {
        *error = describe(errno);
        return -1;
    }
    // It is there: continued or started over only when it is a regular file of this user's
    // with this one name. O_NONBLOCK: a FIFO without a reader does not hang the open.
    fd = ::open(p.constData(), O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    const int openError = errno;
    struct stat st;
    const bool known = fd >= 0 ? ::fstat(fd, &st) == 0 : ::lstat(p.constData(), &st) == 0;
    if (fd < 0 || !known || !S_ISREG(st.st_mode) || st.st_uid != geteuid() || st.st_nlink != 1) {
        if (fd >= 0)
            ::close(fd);
        const bool ours =
            known && S_ISREG(st.st_mode) && st.st_uid == geteuid() && st.st_nlink == 1;
        *error = known && !ours ? tr("it is %1, not a download of this program's: it is left "
                                     "as it is (remove it to download the file again)")
                                      .arg(kindName(st))
                                : describe(fd < 0 ? openError : EIO);
        return -1;
    }
    const int flags = ::fcntl(fd, F_GETFL);
    const bool ready = flags >= 0 &&
                       ::fcntl(fd, F_SETFL, (flags & ~O_NONBLOCK) | (append ? O_APPEND : 0)) == 0 &&
                       (append || ::ftruncate(fd, 0) == 0) &&
                       ((st.st_mode & 07777) == 0600 || ::fchmod(fd, 0600) == 0);
    if (!ready) {
        *error = describe(errno);
        ::close(fd);
        return -1;
    }
    return fd;
}
