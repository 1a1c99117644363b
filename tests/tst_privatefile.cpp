// PrivateFile, the one writer of files that hold patient data or call records: private modes
// under the usual umask, temporary files that nothing planted can redirect, only a regular file
// replaced, a device or a FIFO streamed into, partial downloads that resume only when they are
// ours.
#include "TestFiles.h"
#include "app/support/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

class TestPrivateFile : public QObject
{
    Q_OBJECT
private:
    mode_t m_umask = 0;

private Q_SLOTS:
    void init() { m_umask = ::umask(022); } // the usual umask: Qt's default would give 0644
    void cleanup() { ::umask(m_umask); }

    void newFileIsPrivateAndComplete()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("calls.har"));
        QString error;
        QVERIFY2(PrivateFile::writeWhole(target, "{\"log\":{}}", &error), qPrintable(error));
        QCOMPARE(readFile(target), QByteArray("{\"log\":{}}"));
        QCOMPARE(modeOf(target) & 07777, mode_t(0600));
        QVERIFY(S_ISREG(modeOf(target)));
        // Nothing else is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{QStringLiteral("calls.har")});
    }

    void regularFileIsReplacedAndMadePrivate()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(writeFile(target, "old"));
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ReadGroup | QFile::ReadOther));
        QString error;
        QVERIFY2(PrivateFile::writeWhole(target, "new", &error), qPrintable(error));
        QCOMPARE(readFile(target), QByteArray("new"));
        QCOMPARE(modeOf(target) & 07777, mode_t(0600));
    }

    void temporaryNameIsRandomAndExclusive()
    {
        // The old rule wrote TARGET.part, opened with truncate: a link planted there was
        // followed. Now the name has a random part, is created exclusively, and a planted
        // TARGET.part is neither used nor followed.
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.json"));
        const QString victim = dir.filePath(QStringLiteral("victim"));
        QVERIFY(writeFile(victim, "precious"));
        QVERIFY(QFile::link(victim, target + QStringLiteral(".part")));
        PrivateFile a(target);
        PrivateFile b(target);
        QVERIFY(a.open());
        QVERIFY(b.open());
        QVERIFY(a.tempName() != b.tempName());
        QVERIFY(a.tempName() != target + QStringLiteral(".part"));
        QCOMPARE(QFileInfo(a.tempName()).absolutePath(), QFileInfo(target).absolutePath());
        QCOMPARE(modeOf(a.tempName()) & 07777, mode_t(0600));
        QVERIFY(a.write("body"));
        QVERIFY2(a.commit(), qPrintable(a.errorString()));
        QCOMPARE(readFile(target), QByteArray("body"));
        QCOMPARE(readFile(victim), QByteArray("precious"));
        QVERIFY(QFileInfo(target + QStringLiteral(".part")).isSymLink());
        QVERIFY(QFileInfo::exists(b.tempName())); // another writer's file is its own
    }

    void uncommittedTemporaryFileGoes()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.json"));
        QString temp;
        {
            PrivateFile f(target);
            QVERIFY(f.open());
            QVERIFY(f.write("half"));
            temp = f.tempName();
            QVERIFY(QFileInfo::exists(temp));
        }
        QVERIFY(!QFileInfo::exists(temp));
        QVERIFY(!QFileInfo::exists(target));
    }

    void symbolicLinkAtTheTargetIsRefused()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.json"));
        const QString victim = dir.filePath(QStringLiteral("victim"));
        QVERIFY(writeFile(victim, "precious"));
        QVERIFY(QFile::link(victim, target));
        QVERIFY(PrivateFile::refusal(target).contains(QLatin1String("symbolic link")));
        QString error;
        QVERIFY(!PrivateFile::writeWhole(target, "body", &error));
        QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
        QVERIFY(QFileInfo(target).isSymLink());
        QCOMPARE(readFile(victim), QByteArray("precious"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::System).size(), 2);
    }

    void linkToAStreamIsWrittenThrough()
    {
        // /dev/stdout is a link to /proc/self/fd/1: to a pipe or a terminal it is a stream.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString link = dir.filePath(QStringLiteral("stdout"));
        QVERIFY(QFile::link(fifo, link));
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        QVERIFY(PrivateFile::refusal(link).isEmpty());
        QString error;
        QVERIFY2(PrivateFile::writeWhole(link, "through", &error), qPrintable(error));
        char buf[16] = {};
        QCOMPARE(::read(reader, buf, sizeof buf), ssize_t(7));
        ::close(reader);
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(S_ISFIFO(modeOf(fifo)));
    }

    void folderAtTheTargetIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(!PrivateFile::refusal(dir.path()).isEmpty());
        QString error;
        QVERIFY(!PrivateFile::writeWhole(dir.path(), "body", &error));
        QVERIFY(QFileInfo(dir.path()).isDir());
    }

    void fifoIsWrittenAsAStream()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        // The reader first (non-blocking), so the writer's open does not wait.
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        PrivateFile f(fifo);
        QVERIFY(PrivateFile::refusal(fifo).isEmpty());
        QVERIFY2(f.open(), qPrintable(f.errorString()));
        QVERIFY(f.isStream());
        QVERIFY(f.tempName().isEmpty());
        QVERIFY(f.write("streamed"));
        QVERIFY2(f.commit(), qPrintable(f.errorString()));
        char buf[32] = {};
        QCOMPARE(::read(reader, buf, sizeof buf), ssize_t(8));
        ::close(reader);
        QCOMPARE(QByteArray(buf), QByteArray("streamed"));
        QVERIFY(S_ISFIFO(modeOf(fifo)));
    }

    void fifoWaitsForItsReader()
    {
        // The reader opens in its own thread, before or after the writer's first try: either
        // way the writer waits for it (without blocking a signal), then streams into it.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QByteArray received;
        std::thread reader([&received, path = QFile::encodeName(fifo)] {
            const int fd = ::open(path.constData(), O_RDONLY);
            char buf[4096];
            ssize_t n = 0;
            while (fd >= 0 && (n = ::read(fd, buf, sizeof buf)) > 0)
                received.append(buf, int(n));
            if (fd >= 0)
                ::close(fd);
        });
        PrivateFile f(fifo);
        const bool opened = f.open();
        const bool written = opened && f.write(QByteArray(100000, 'p')); // over a pipe's buffer
        const bool committed = written && f.commit();
        if (!opened) // the reader's open would wait for ever: give it a writer
            ::close(::open(QFile::encodeName(fifo).constData(), O_WRONLY));
        reader.join();
        QVERIFY2(committed, qPrintable(f.errorString()));
        QCOMPARE(received, QByteArray(100000, 'p'));
    }

    void deviceIsWrittenAsAStream()
    {
        // As root, a node of our own; otherwise the real /dev/null (a user cannot replace it).
        QTemporaryDir dir;
        QString null =
            ::geteuid() == 0 ? device(dir.path(), "null", 3) : QStringLiteral("/dev/null");
        if (null.isEmpty() || !QFileInfo::exists(null))
            QSKIP("no character device to write to here");
        QString error;
        QVERIFY2(PrivateFile::writeWhole(null, "nothing", &error), qPrintable(error));
        QVERIFY(S_ISCHR(modeOf(null)));
        QCOMPARE(QDir(QFileInfo(null).absolutePath())
                     .entryList({QStringLiteral("null.*")}, QDir::Files | QDir::System),
                 QStringList());
    }

    void fullDeviceSaysTheDiskIsFull()
    {
        QTemporaryDir dir;
        const QString full =
            ::geteuid() == 0 ? device(dir.path(), "full", 7) : QStringLiteral("/dev/full");
        if (full.isEmpty() || !QFileInfo::exists(full))
            QSKIP("no full device here");
        PrivateFile f(full);
        QVERIFY(f.open());
        QVERIFY(!f.write(QByteArray(4096, 'x')));
        QVERIFY(f.diskFull());
        QCOMPARE(f.errorString(), QStringLiteral("the disk is full"));
        QVERIFY(S_ISCHR(modeOf(full)));
    }

    void blockDeviceIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("making a block device node needs root");
        QTemporaryDir dir;
        const QString disk = dir.filePath(QStringLiteral("disk"));
        QVERIFY(::mknod(QFile::encodeName(disk).constData(), S_IFBLK | 0600, makedev(7, 200)) == 0);
        QVERIFY(PrivateFile::refusal(disk).contains(QLatin1String("disk device")));
        QString error;
        QVERIFY(!PrivateFile::writeWhole(disk, "x", &error));
        QVERIFY(S_ISBLK(modeOf(disk)));
    }

    void keepAsReplacesOnlyARegularFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.json"));
        const QString victim = dir.filePath(QStringLiteral("victim"));
        QVERIFY(writeFile(victim, "precious"));
        QVERIFY(QFile::link(victim, target + QStringLiteral(".part")));
        PrivateFile f(target);
        QVERIFY(f.open());
        QVERIFY(f.write("cut"));
        QVERIFY(!f.keepAs(target + QStringLiteral(".part")));
        QVERIFY2(f.errorString().contains(QLatin1String("symbolic link")),
                 qPrintable(f.errorString()));
        QCOMPARE(readFile(f.tempName()), QByteArray("cut")); // kept where it is
        QCOMPARE(readFile(victim), QByteArray("precious"));
        QVERIFY(QFile::remove(target + QStringLiteral(".part")));
        PrivateFile g(target);
        QVERIFY(g.open());
        QVERIFY(g.write("cut"));
        QVERIFY(g.keepAs(target + QStringLiteral(".part")));
        QCOMPARE(readFile(target + QStringLiteral(".part")), QByteArray("cut"));
        QVERIFY(!QFileInfo::exists(target));
    }

    void folderIsPrivateAndOurs()
    {
        QTemporaryDir dir;
        const QString job = dir.filePath(QStringLiteral("out/export-1"));
        QString error;
        QVERIFY2(PrivateFile::makeFolder(job, &error), qPrintable(error));
        QCOMPARE(modeOf(job) & 07777, mode_t(0700));
        // An existing folder of an earlier version (0755) is tightened.
        QVERIFY(::chmod(QFile::encodeName(job).constData(), 0755) == 0);
        QVERIFY2(PrivateFile::makeFolder(job, &error), qPrintable(error));
        QCOMPARE(modeOf(job) & 07777, mode_t(0700));
        // A link where the folder goes is not followed.
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(elsewhere));
        const QString linked = dir.filePath(QStringLiteral("out/export-2"));
        QVERIFY(QFile::link(elsewhere, linked));
        QVERIFY(!PrivateFile::makeFolder(linked, &error));
        QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
    }

    void partialDownloadIsCreatedExclusively()
    {
        QTemporaryDir dir;
        const QString part = dir.filePath(QStringLiteral("001-Patient.ndjson.part"));
        QString error;
        const int fd = PrivateFile::openPartial(part, false, &error);
        QVERIFY2(fd >= 0, qPrintable(error));
        QCOMPARE(::write(fd, "abc", 3), ssize_t(3));
        ::close(fd);
        QCOMPARE(modeOf(part) & 07777, mode_t(0600));
        // Continued (a resume after a restart): the bytes are appended.
        QVERIFY(::chmod(QFile::encodeName(part).constData(), 0644) == 0);
        const int again = PrivateFile::openPartial(part, true, &error);
        QVERIFY2(again >= 0, qPrintable(error));
        QCOMPARE(::write(again, "def", 3), ssize_t(3));
        ::close(again);
        QCOMPARE(readFile(part), QByteArray("abcdef"));
        QCOMPARE(modeOf(part) & 07777, mode_t(0600));
        // Started over: truncated.
        const int over = PrivateFile::openPartial(part, false, &error);
        QVERIFY(over >= 0);
        ::close(over);
        QCOMPARE(readFile(part), QByteArray());
    }

    void partialDownloadNeverFollowsWhatWasPlanted_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("symbolic link") << QStringLiteral("symbolic link");
        QTest::newRow("dangling link") << QStringLiteral("dangling");
        QTest::newRow("hard link") << QStringLiteral("hard link");
        QTest::newRow("FIFO") << QStringLiteral("FIFO");
    }
    void partialDownloadNeverFollowsWhatWasPlanted()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString part = dir.filePath(QStringLiteral("001-Patient.ndjson.part"));
        const QString victim = dir.filePath(QStringLiteral("victim"));
        QVERIFY(writeFile(victim, "precious"));
        const QByteArray p = QFile::encodeName(part);
        if (kind == QLatin1String("symbolic link"))
            QVERIFY(QFile::link(victim, part));
        else if (kind == QLatin1String("dangling"))
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("created-through-the-link")), part));
        else if (kind == QLatin1String("hard link"))
            QVERIFY(::link(QFile::encodeName(victim).constData(), p.constData()) == 0);
        else
            QVERIFY(::mkfifo(p.constData(), 0600) == 0); // no reader: an open must not hang
        for (bool append : {true, false}) {
            QString error;
            QCOMPARE(PrivateFile::openPartial(part, append, &error), -1);
            QVERIFY2(error.contains(QLatin1String("left as it is")), qPrintable(error));
        }
        QCOMPARE(readFile(victim), QByteArray("precious"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("created-through-the-link"))));
    }

    void replaceOnlyOverARegularFile()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("a"));
        const QString to = dir.filePath(QStringLiteral("b"));
        QVERIFY(writeFile(from, "new"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("victim")), to));
        QString error;
        QVERIFY(!PrivateFile::replace(from, to, &error));
        QVERIFY(QFileInfo(to).isSymLink());
        QVERIFY(QFile::remove(to));
        QVERIFY(writeFile(to, "old"));
        QVERIFY2(PrivateFile::replace(from, to, &error), qPrintable(error));
        QCOMPARE(readFile(to), QByteArray("new"));
    }

    void copyToOpenIsInAFolderOfItsOwn()
    {
        // The viewer's "Open" wrote /tmp/fhir-binary-ID.pdf, opened with truncate: a link
        // planted there by another user of the machine was followed.
        QTemporaryDir tmp;
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(tmp.path()));
        const QString victim = tmp.filePath(QStringLiteral("victim"));
        QVERIFY(writeFile(victim, "precious"));
        QVERIFY(QFile::link(victim, tmp.filePath(QStringLiteral("fhir-binary-1.pdf"))));
        QString error;
        const QString path =
            PrivateFile::writeCopyToOpen(QStringLiteral("fhir-binary-1.pdf"), "%PDF-1.7", &error);
        const QString escaped =
            PrivateFile::writeCopyToOpen(QStringLiteral("../../escaped.pdf"), "%PDF-1.7", &error);
        qputenv("TMPDIR", oldTmp);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("fhir-binary-1.pdf"));
        const QString folder = QFileInfo(path).absolutePath();
        QCOMPARE(QFileInfo(folder).absolutePath(), QFileInfo(tmp.path()).absoluteFilePath());
        QCOMPARE(modeOf(folder) & 07777, mode_t(0700));
        QCOMPARE(modeOf(path) & 07777, mode_t(0600));
        QCOMPARE(readFile(path), QByteArray("%PDF-1.7"));
        QCOMPARE(readFile(victim), QByteArray("precious"));
        QVERIFY(folder != QFileInfo(escaped).absolutePath()); // a fresh folder each time
        QCOMPARE(QFileInfo(QFileInfo(escaped).absolutePath()).absolutePath(),
                 QFileInfo(tmp.path()).absoluteFilePath());
    }

    void errorsInWords()
    {
        QCOMPARE(PrivateFile::describe(ENOSPC), QStringLiteral("the disk is full"));
        QVERIFY(!PrivateFile::describe(EACCES).isEmpty());
        QVERIFY(!PrivateFile::describe(EXDEV).contains(QLatin1String("Unknown")));
        QTemporaryDir dir;
        QString error;
        QVERIFY(!PrivateFile::writeWhole(dir.filePath(QStringLiteral("no/such/x")), "x", &error));
        QCOMPARE(error, QStringLiteral("the folder does not exist"));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
