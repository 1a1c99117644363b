// The fault suite, files on disk: what --out, --har and --support-bundle write: never through a
// link or a planted file, into a FIFO or a device as asked, private, said when redacted.
#include "FaultsFixture.h"
#include "TestFiles.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

class TestFaultsFiles : public QObject, protected FaultsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initFixture(); }

    void unwritableOutput()
    {
        FaultServer server;
        server.start();
        server.on("/x",
                  [](const FaultServer::Request &, int) { return FaultServer::answer(200, "{}"); });
        const Result r = get(
            server, "x",
            {QStringLiteral("--out"), m_home.path() + QStringLiteral("/no/such/folder/x.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Cannot write"), r.err.constData());
    }

    // ---- what --out, --har and --support-bundle write ---------------------------------------
    void outRefusesALink()
    {
        FaultServer server;
        server.start();
        server.on("/x",
                  [](const FaultServer::Request &, int) { return FaultServer::answer(200, "{}"); });
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim"));
        QVERIFY(writeFile(victim, "precious"));
        const QString out = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(QFile::link(victim, out));
        for (const QString &option : {QStringLiteral("--out"), QStringLiteral("--har"),
                                      QStringLiteral("--support-bundle")}) {
            const Result r = get(server, "x", {option, out});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
        }
        QCOMPARE(server.requests.size(), 0); // refused before anything is sent
        QVERIFY(QFileInfo(out).isSymLink());
        QCOMPARE(readFile(victim), QByteArray("precious"));
        // --help says the rule.
        const Result help = cli({QStringLiteral("get"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains("symbolic link") && help.out.contains("FIFO"),
                 help.out.constData());
    }

    void outNeverFollowsAPlantedPart()
    {
        // The old temporary name, FILE.part, opened with truncate: a link planted there had the
        // response written through it. Complete or cut, nothing goes through it now.
        const QByteArray body = patients(50);
        FaultServer server;
        server.start();
        server.on("/whole", [body](const FaultServer::Request &, int) {
            return FaultServer::answer(200, body, {{"Content-Type", "application/fhir+ndjson"}});
        });
        server.on("/cut", [body](const FaultServer::Request &, int) {
            return FaultServer::Script{
                FaultServer::send("HTTP/1.1 200 OK\r\nContent-Length: 99999\r\n\r\n" + body),
                FaultServer::close()};
        });
        const mode_t old = ::umask(022);
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim"));
        QVERIFY(writeFile(victim, "precious"));
        const QString out = dir.filePath(QStringLiteral("out.ndjson"));
        QVERIFY(QFile::link(victim, out + QStringLiteral(".part")));
        Result r = get(server, "whole", {QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(out), body);
        QCOMPARE(modeOf(out) & 07777, mode_t(0600)); // private under umask 022
        QCOMPARE(readFile(victim), QByteArray("precious"));
        r = get(server, "cut", {QStringLiteral("--out"), out});
        ::umask(old);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(readFile(victim), QByteArray("precious"));
        QVERIFY(QFileInfo(out + QStringLiteral(".part")).isSymLink());
        QCOMPARE(readFile(out), body); // the complete copy of before stays
        // What arrived is kept under the temporary name, and the message says which.
        const QStringList kept =
            QDir(dir.path()).entryList({QStringLiteral("out.ndjson.*.part")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QVERIFY2(r.err.contains(kept.constFirst().toUtf8()), r.err.constData());
        QVERIFY(body.startsWith(readFile(dir.filePath(kept.constFirst()))));
    }

    void outStreamsIntoAFifo()
    {
        FaultServer server;
        server.start();
        server.on("/x", [](const FaultServer::Request &, int) {
            return FaultServer::answer(200, "{\"resourceType\":\"Group\"}",
                                       {{"Content-Type", "application/fhir+json"}});
        });
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        // The reader is open first, so fhir-bulk's open does not wait; the body is small
        // enough for the pipe's buffer.
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        const Result r = get(server, "x", {QStringLiteral("--out"), fifo});
        char buf[256] = {};
        const ssize_t n = ::read(reader, buf, sizeof buf - 1);
        ::close(reader);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QByteArray(buf, int(qMax<ssize_t>(n, 0))),
                 QByteArray("{\"resourceType\":\"Group\"}"));
        QVERIFY(S_ISFIFO(modeOf(fifo)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::System).size(), 1);
        // /dev/stdout, a link to this process's stdout (a pipe here), is one too.
        if (QFileInfo(QStringLiteral("/dev/stdout")).isSymLink()) {
            const Result out =
                get(server, "x", {QStringLiteral("--out"), QStringLiteral("/dev/stdout")});
            QCOMPARE(out.exitCode, 0);
            QVERIFY2(out.out.startsWith("{\"resourceType\":\"Group\"}"), out.out.constData());
        }
    }

    void outIntoADevice()
    {
        // As root, device nodes of our own (a regression must not replace the real ones);
        // otherwise the real /dev/null and /dev/full, which a user cannot replace.
        QTemporaryDir dir;
        const bool root = ::geteuid() == 0;
        const QString null = root ? device(dir.path(), "null", 3) : QStringLiteral("/dev/null");
        const QString full = root ? device(dir.path(), "full", 7) : QStringLiteral("/dev/full");
        if (null.isEmpty() || full.isEmpty() || !QFileInfo::exists(full))
            QSKIP("no device nodes to write to here");
        FaultServer server;
        server.start();
        server.on("/x", [](const FaultServer::Request &, int) {
            return FaultServer::answer(200, patients(20),
                                       {{"Content-Type", "application/fhir+ndjson"}});
        });
        Result r = get(server, "x", {QStringLiteral("--out"), null});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(S_ISCHR(modeOf(null)));
        r = get(server, "x", {QStringLiteral("--out"), full});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("the disk is full") && !r.err.contains("Unknown error"),
                 r.err.constData());
        QVERIFY(S_ISCHR(modeOf(full)));
        QCOMPARE(QDir(QFileInfo(full).absolutePath())
                     .entryList({QStringLiteral("full.*"), QStringLiteral("null.*")},
                                QDir::Files | QDir::System),
                 QStringList());
    }

    void outSaysTheBodyWasRedacted()
    {
        // A server that quotes the token back: the file holds the placeholder, never the token,
        // and stderr says the file is not the answer byte for byte.
        FaultServer server;
        server.start();
        server.on("/echo", [](const FaultServer::Request &req, int) {
            return FaultServer::answer(200, "{\"echo\":\"" + req.header("Authorization") + "\"}",
                                       {{"Content-Type", "application/json"}});
        });
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("echo.json"));
        const Result r = get(server, "echo", {QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        const QByteArray written = readFile(out);
        QVERIFY(!written.contains("TOKEN-MARK"));
        QVERIFY(written.contains("<redacted"));
        QVERIFY2(r.err.contains("differs from the answer as received"), r.err.constData());
        // An answer without the token is written as it came, without the note.
        server.on("/plain", [](const FaultServer::Request &, int) {
            return FaultServer::answer(200, "{}", {{"Content-Type", "application/json"}});
        });
        const Result plain = get(server, "plain", {QStringLiteral("--out"), out});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.err.contains("differs"));
    }

    void recordingsArePrivate()
    {
        FaultServer server;
        server.start();
        server.on("/x",
                  [](const FaultServer::Request &, int) { return FaultServer::answer(200, "{}"); });
        const mode_t old = ::umask(022);
        QTemporaryDir dir;
        const QString har = dir.filePath(QStringLiteral("calls.har"));
        const QString bundle = dir.filePath(QStringLiteral("case.har"));
        QVERIFY(writeFile(har, "an older HAR"));
        const Result r =
            get(server, "x",
                {QStringLiteral("--har"), har, QStringLiteral("--support-bundle"), bundle});
        ::umask(old);
        QCOMPARE(r.exitCode, 0);
        for (const QString &file : {har, bundle}) {
            QVERIFY2(readFile(file).contains("\"log\""), qPrintable(file));
            QCOMPARE(modeOf(file) & 07777, mode_t(0600));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary file left
    }
};

QTEST_GUILESS_MAIN(TestFaultsFiles)
#include "tst_faults_files.moc"
