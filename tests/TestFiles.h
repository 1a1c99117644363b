#pragma once

// Files as tests look at them: a path's mode without following a link, whole contents, a write,
// and a character device of our own making.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

inline mode_t modeOf(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A character device with /dev/null's (3) or /dev/full's (7) numbers in a test folder (root
// only), so that a regression cannot replace the real ones; empty when it cannot be made, or
// made but not opened (a folder on a nodev mount).
inline QString device(const QString &folder, const char *name, unsigned minor)
{
    const QString path = QDir(folder).filePath(QString::fromLatin1(name));
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minor)) != 0)
        return {};
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
    if (fd < 0)
        return {};
    ::close(fd);
    return path;
}
