// The window's history writer: it writes on a thread of its own, loses nothing at close, and a
// failed write is said on the store.
#include "HistoryFixture.h"

using namespace HistoryFixture;

class TestHistoryWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writerWritesOnAThreadOfItsOwn()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("history.sqlite"))));
        HistoryWriter writer(&store);
        QVERIFY(!writer.isRunning());
        writer.append(sample(1, 200, QStringLiteral("P"), QStringLiteral("h"))); // not started
        writer.start();
        QVERIFY(writer.isRunning());
        QVERIFY(writer.writerThread());
        QVERIFY(writer.writerThread() != QThread::currentThread());
        QSignalSpy written(&writer, &HistoryWriter::written);
        for (quint64 id = 2; id <= 4; ++id)
            writer.append(
                sample(id, id == 3 ? 403 : 200, QStringLiteral("P"), QStringLiteral("h")));
        QTRY_COMPARE(written.size(), 3);
        QCOMPARE(written.at(0).at(0).toULongLong(), quint64(2)); // in the order appended
        QCOMPARE(written.at(2).at(0).toULongLong(), quint64(4));
        // Committed by the writer's thread, not by this one (the GUI thread in the window)...
        QCOMPARE(writer.lastWrittenBy(), writer.writerThread());
        // ...in the store's session, and read at once through the store's own connection.
        HistoryStore::Filter mine;
        mine.sessionId = store.sessionId();
        QCOMPARE(store.count(mine), 3);
        QCOMPARE(store.count({}), 3);
        QCOMPARE(store.load(3)->diagnosis.code, QStringLiteral("gateway.access-denied"));
        QVERIFY(!store.load(1));
        writer.close();
        QVERIFY(!writer.isRunning());
        QVERIFY(!writer.writerThread());
        QCOMPARE(store.state(), HistoryStore::State::Open);
    }

    void closeWritesEveryQueuedCall()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(path));
            HistoryWriter writer(&store);
            writer.start();
            for (quint64 id = 1; id <= 500; ++id)
                writer.append(sample(id, 200, QStringLiteral("P"), QStringLiteral("h")));
            writer.close(); // no event loop ran: every write is still queued or under way
            QCOMPARE(store.count({}), 500);
        }
        HistoryStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.count({}), 500);
        QCOMPARE(again.lastCallId(), quint64(500));
        QVERIFY(again.load(250));
        // The destructor closes too.
        {
            HistoryWriter writer(&again);
            writer.start();
            writer.append(sample(501, 200, QStringLiteral("P"), QStringLiteral("h")));
        }
        QCOMPARE(again.count({}), 501);
    }

    void writerFailureIsSaidOnTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryStore store;
        QVERIFY(store.open(path));
        HistoryWriter writer(&store);
        writer.start();
        QSignalSpy written(&writer, &HistoryWriter::written);
        QSignalSpy problem(&store, &HistoryStore::problemChanged);
        writer.append(sample(1, 200, QStringLiteral("P"), QStringLiteral("h")));
        QVERIFY(written.wait());
        writer.setMaxPageCount(1); // the writer's connection: "database or disk is full"
        CallRecord big = sample(2, 200, QStringLiteral("P"), QStringLiteral("h"));
        big.body = QByteArray(200 * 1024, 'x');
        big.bodySize = big.body.size();
        for (quint64 id = 2; id < 50; ++id) {
            big.id = id;
            writer.append(big);
        }
        QVERIFY(problem.wait());
        QCOMPARE(problem.size(), 1);
        QCOMPARE(store.state(), HistoryStore::State::MemoryOnly);
        QVERIFY2(store.problem().contains(QLatin1String("full")), qPrintable(store.problem()));
        QVERIFY(!writer.isRunning());
        const qsizetype stored = written.size();
        QVERIFY(stored < 49);
        // Later calls are not written (the window keeps them in its log), nor said again.
        writer.append(sample(60, 200, QStringLiteral("P"), QStringLiteral("h")));
        writer.close();
        QCOMPARE(problem.size(), 1);
        QCOMPARE(written.size(), stored);
        HistoryStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.count({}), int(stored));
        QVERIFY(again.load(1));
        QVERIFY(!again.load(60));

        // A failed second INSERT on the writer's connection leaves no half call either.
        HistoryWriter second(&again);
        second.start();
        QVERIFY(refuseRecords(path));
        QSignalSpy secondProblem(&again, &HistoryStore::problemChanged);
        second.append(sample(70, 200, QStringLiteral("P"), QStringLiteral("h")));
        QVERIFY(secondProblem.wait());
        QVERIFY2(again.problem().contains(QLatin1String("records refused")),
                 qPrintable(again.problem()));
        second.close();
        HistoryStore third;
        QVERIFY(third.open(path));
        QCOMPARE(third.count({}), int(stored));
    }
};

QTEST_GUILESS_MAIN(TestHistoryWriter)
#include "tst_historywriter.moc"
