#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The one way a file that holds patient data or call records is written (a body saved with
// `get --out`, export downloads and their manifest, HAR files, support bundles, the export
// journal):
//
// - Private: files are created 0600, folders 0700, whatever the umask.
// - Never through a link: the bytes go to a temporary file beside the target, created
//   exclusively (O_CREAT | O_EXCL) under a random name, so nothing planted at a predictable name
//   is followed or overwritten.
// - Only a regular file is ever replaced: commit() renames the temporary file over the target
//   when the target does not exist or is a regular file. A character device or a FIFO at the
//   target (/dev/null, a named pipe), or a link to one (/dev/stdout), is written to as a
//   stream, as `curl -o` does; any other symbolic link, a folder, a block device or a socket is
//   refused and nothing is written.
//
// Looking at the target and renaming over it are two steps; what can change in between is
// harmless: rename() replaces a name (a link included), it never writes through one.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)
public:
    explicit PrivateFile(QString target);
    ~PrivateFile(); // removes the temporary file unless commit() or keep() said otherwise
    PrivateFile(const PrivateFile &) = delete;
    PrivateFile &operator=(const PrivateFile &) = delete;

    bool open();
    bool write(const QByteArray &bytes); // all of them, or false
    // The final name (or, for a stream, the end of it). On failure the bytes stay in
    // tempName() until the object goes, unless keep() is called.
    bool commit();
    // An incomplete file: its bytes under `name` instead of the target, by the same rule (only
    // over a regular file). On failure they stay in tempName(), kept.
    bool keepAs(const QString &name);
    // The temporary file stays where it is (the caller says where the bytes are).
    void keep() { m_keep = true; }

    bool isStream() const { return m_stream; }
    QString target() const { return m_target; }
    QString tempName() const { return m_temp; }
    QString errorString() const { return m_error; }
    bool diskFull() const { return m_diskFull; }

    // Why `target` can never be written (a link, a folder, a disk device), or empty: checked
    // before anything is asked of a server. Like every error here, it does not repeat the name.
    static QString refusal(const QString &target);
    // open(), write() and commit() at once; nothing is left behind on failure.
    static bool writeWhole(const QString &target, const QByteArray &bytes, QString *error);
    // A folder for private files: created 0700 (its parents as the umask says); an existing
    // one must be a folder, not a link, owned by this user, and is tightened to 0700.
    static bool makeFolder(const QString &path, QString *error);
    // A download's partial file, whose name must stay findable so that a restart can resume
    // it (`NAME.part` in a folder made by makeFolder()): created exclusively (0600) when it is
    // not there; an existing one is continued (`append`) or started over only when it is a
    // regular file of this user's with no other name (a link, a device, a FIFO or a hard link
    // are refused, never followed). Returns an open descriptor, or -1 and `error`.
    static int openPartial(const QString &path, bool append, QString *error);
    // A copy for another program to open (a PDF for the desktop's viewer), named `name`, in a
    // fresh private folder (0700, a random name) in the temporary folder, never at a predictable
    // path of that shared folder. Returns its path, or empty and `error`.
    static QString writeCopyToOpen(const QString &name, const QByteArray &bytes, QString *error);
    // Renames `from` to `to` when `to` does not exist or is a regular file.
    static bool replace(const QString &from, const QString &to, QString *error);
    // errno in the user's words ("the disk is full", "permission denied", ...).
    static QString describe(int error);

private:
    QString m_target;
    QString m_temp;
    QString m_error;
    int m_fd = -1;
    bool m_stream = false;
    bool m_keep = false;
    bool m_diskFull = false;
};
