// StreamVerifier: the check of every line of an export file, over a whole file and over the
// chunks a download hands it (a resumed file's first bytes and a check that falls behind are
// read from the file).
#include "app/net/StreamVerifier.h"

#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>

class TestStreamVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verification()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("x.ndjson")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"resourceType\":\"Patient\",\"id\":\"1\"}\n{\"resourceType\":\"Observation\","
                "\"id\":\"2\"}\n");
        f.close();
        StreamVerifier::Result r =
            StreamVerifier::verifyFile(f.fileName(), QStringLiteral("Patient"));
        QVERIFY(!r.ok());
        QVERIFY2(r.problem.contains(QStringLiteral("line 2 is a Observation, not a Patient")),
                 qPrintable(r.problem));
        r = StreamVerifier::verifyFile(f.fileName(), QString());
        QVERIFY(r.ok());
        QCOMPARE(r.lines, qint64(2));
    }

    void verificationOfLongLinesAndBrokenTail()
    {
        // A line longer than a read block, lines cut across reads, and a last line without its
        // newline; then a file whose last line is cut off.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("x.ndjson")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray big = "{\"resourceType\":\"Patient\",\"id\":\"big\",\"text\":\"" +
                               QByteArray(5 * 1024 * 1024, 'x') + "\"}\n";
        qint64 expected = 0;
        for (int i = 0; i < 20000; ++i, ++expected)
            f.write("{\"resourceType\":\"Patient\",\"id\":\"" + QByteArray::number(i) + "\"}\n");
        f.write(big);
        ++expected;
        f.write("{\"resourceType\":\"Patient\",\"id\":\"last\"}");
        ++expected;
        f.close();
        StreamVerifier::Result r =
            StreamVerifier::verifyFile(f.fileName(), QStringLiteral("Patient"));
        QVERIFY2(r.ok(), qPrintable(r.problem));
        QCOMPARE(r.lines, expected);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n{\"resourceType\":\"Patient\",\"id\":\"cut");
        f.close();
        r = StreamVerifier::verifyFile(f.fileName(), QStringLiteral("Patient"));
        QVERIFY(!r.ok());
        QVERIFY2(r.problem.contains(QStringLiteral("line %1: Not valid JSON").arg(expected + 1)),
                 qPrintable(r.problem));
    }

    void verificationOfHandedChunks_data()
    {
        QTest::addColumn<int>("split");
        QTest::newRow("one byte at a time") << 1;
        QTest::newRow("inside lines") << 37;
        QTest::newRow("large blocks") << 100000;
    }

    void verificationOfHandedChunks()
    {
        // The download hands each chunk it wrote; a resumed one has bytes on disk first. The
        // result comes once, after finish(), whatever the chunk boundaries.
        QFETCH(int, split);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.ndjson"));
        QByteArray all;
        for (int i = 0; i < 300; ++i)
            all += "{\"resourceType\":\"Patient\",\"id\":\"" + QByteArray::number(i) + "\"}\n";
        const qint64 prefix = 1000; // the middle of a line
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(all), all.size()); // the download writes before it hands a chunk over
        f.close();
        QThreadPool pool;
        std::atomic<int> reports{0};
        StreamVerifier::Result result;
        QSemaphore done;
        StreamVerifier v(&pool, QStringLiteral("Patient"), path, prefix,
                         {[&](const StreamVerifier::Result &r) {
                             result = r;
                             ++reports;
                             done.release();
                         }});
        for (qint64 at = prefix; at < all.size(); at += split)
            v.push(all.mid(at, split));
        QVERIFY(!done.tryAcquire(1, 50)); // no verdict before the download is complete
        v.finish();
        QVERIFY(done.tryAcquire(1, 10000));
        pool.waitForDone();
        QCOMPARE(reports.load(), 1);
        QVERIFY2(result.ok(), qPrintable(result.problem));
        QCOMPARE(result.lines, qint64(300));
    }

    void verificationBehindReadsTheFile_data()
    {
        QTest::addColumn<bool>("damagedOnDisk");
        QTest::newRow("as written") << false;
        QTest::newRow("the file differs from the chunks") << true;
    }

    void verificationBehindReadsTheFile()
    {
        // The only pool thread is busy while 12 MiB arrive: the check holds at most highWater
        // of them and reads the rest back from the file, where the download wrote them (a bad
        // line there, past what was held, is found: the bytes came from the file).
        QFETCH(bool, damagedOnDisk);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.ndjson"));
        QByteArray all;
        qint64 lines = 0;
        for (; all.size() < 12 * 1024 * 1024; ++lines)
            all += "{\"resourceType\":\"Patient\",\"id\":\"" + QByteArray::number(lines) +
                   "\",\"text\":\"" + QByteArray(100, 'x') + "\"}\n";
        QByteArray onDisk = all;
        const qint64 bad = onDisk.indexOf("\"id\":\"60000\"");
        QVERIFY(bad > StreamVerifier::highWater);
        if (damagedOnDisk)
            onDisk[bad] = '[';
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(onDisk), onDisk.size());
        f.close();
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore busy;
        pool.start([&busy] { busy.acquire(); });
        QSemaphore done;
        StreamVerifier::Result result;
        StreamVerifier v(&pool, QStringLiteral("Patient"), path, 0,
                         {[&](const StreamVerifier::Result &r) {
                             result = r;
                             done.release();
                         }});
        qint64 mostHeld = 0;
        for (qint64 at = 0; at < all.size(); at += 65536) {
            v.push(all.mid(at, 65536));
            mostHeld = qMax(mostHeld, v.queuedBytes());
        }
        v.finish();
        QVERIFY(mostHeld <= StreamVerifier::highWater);
        busy.release();
        QVERIFY(done.tryAcquire(1, 20000));
        pool.waitForDone();
        if (damagedOnDisk) {
            QVERIFY2(result.problem.contains(QStringLiteral("line 60001: Not valid JSON")),
                     qPrintable(result.problem));
        } else {
            QVERIFY2(result.ok(), qPrintable(result.problem));
            QCOMPARE(result.lines, lines);
        }
    }

    void verificationReportsAProblemAtOnce()
    {
        QTemporaryDir dir;
        QThreadPool pool;
        QSemaphore done;
        StreamVerifier::Result result;
        StreamVerifier v(&pool, QStringLiteral("Patient"), dir.filePath(QStringLiteral("none")), 0,
                         {[&](const StreamVerifier::Result &r) {
                             result = r;
                             done.release();
                         }});
        v.push("{\"resourceType\":\"Patient\"}\n[1,2]\n");
        QVERIFY(done.tryAcquire(1, 10000)); // before finish(): the file is bad whatever follows
        QVERIFY2(result.problem.contains(QStringLiteral("line 2: Valid JSON, but not an object")),
                 qPrintable(result.problem));
        v.push("{\"resourceType\":\"Patient\"}\n");
        v.finish();
        pool.waitForDone();
        QVERIFY(!done.tryAcquire(1, 50)); // reported once
    }
};

QTEST_GUILESS_MAIN(TestStreamVerifier)
#include "tst_streamverifier.moc"
