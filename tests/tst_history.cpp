// The call history database: records survive a reopen, filters run as SQL (one filter finds the
// same calls in the log and in History), a damaged, newer, locked or full database is said and
// left as it was, a call is stored whole or not at all. The writer thread in
// tst_historywriter, HAR in tst_har.
#include "HistoryFixture.h"

using namespace HistoryFixture;

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // One filter text finds the same calls in the call log and in History: both look in the
    // same fields by the same rule (CallSearch), whatever the text is (an id, a diagnosis or
    // cause code, a path, a profile, a status; LIKE's wildcards are plain characters).
    void oneFilterFindsTheSameCallsInLogAndHistory()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite")), QStringLiteral("1.0")));
        CallLogModel log;
        CallLogFilterModel logFilter;
        logFilter.setSourceModel(&log);
        QList<CallRecord> calls;
        for (quint64 id = 1; id <= 12; ++id) {
            CallRecord r =
                sample(id, id % 3 == 0 ? 403 : 200,
                       id % 2 ? QStringLiteral("Netsmart Preview") : QString(),
                       id % 4 ? QStringLiteral("a.example") : QStringLiteral("b.example"));
            if (id == 5) { // the server's own id, ours returned as X-Correlation-Id
                r.requestIdReceived = "srv-TX-55";
                r.correlationIdReceived = r.requestIdSent;
            }
            if (id == 7)
                r.url = QUrl(QStringLiteral("https://a.example/fhir/Patient/p_1%25"));
            calls << r;
            log.append(r);
        }
        QVERIFY(store.append(calls));
        HistoryModel history(&store);
        const auto inLog = [&](const QString &text) {
            logFilter.setText(text);
            QSet<quint64> ids;
            for (int row = 0; row < logFilter.rowCount(); ++row)
                ids << logFilter.index(row, CallLogModel::IdColumn).data().toULongLong();
            return ids;
        };
        const auto inHistory = [&](const QString &text) {
            HistoryStore::Filter f;
            f.text = text;
            history.setFilter(f);
            QSet<quint64> ids;
            for (int row = 0; row < history.rowCount(); ++row)
                ids << history.index(row, HistoryModel::IdColumn).data().toULongLong();
            return ids;
        };
        const QList<std::pair<QString, QSet<quint64>>> cases = {
            {QStringLiteral("req-11"), {11}},                          // X-Request-ID sent
            {QStringLiteral("SRV-tx-55"), {5}},                        // the server's id, any case
            {QStringLiteral("amzn-8"), {8}},                           // x-amzn-RequestId
            {QStringLiteral("gateway.access-denied"), {3, 6, 9, 12}},  // diagnosis code
            {QStringLiteral("token.expired"), {3, 6, 9, 12}},          // a cause code
            {QStringLiteral("/Group/1"), {1, 10, 11, 12}},             // path
            {QStringLiteral("b.example"), {4, 8, 12}},                 // host
            {QStringLiteral("netsmart preview"), {1, 3, 5, 7, 9, 11}}, // profile
            {QStringLiteral("403"), {3, 6, 9, 12}},                    // status
            {QStringLiteral("summary 2"), {2}},                        // diagnosis sentence
            {QStringLiteral("p_1%"), {7}},                             // wildcards are characters
            {QStringLiteral("p%1"), {}},
            {QStringLiteral("  req-2  "), {2}}, // trimmed
        };
        for (const auto &[text, expected] : cases) {
            const QSet<quint64> log = inLog(text);
            QCOMPARE(log, expected);
            QCOMPARE(inHistory(text), log);
        }
        // The same columns under the same headers, filled alike.
        QCOMPARE(history.columnCount(), int(CallColumns::ColumnCount));
        QCOMPARE(log.columnCount(), int(CallColumns::ColumnCount) + 1); // + a saved request's run
        for (int c = 0; c < CallColumns::ColumnCount; ++c)
            QCOMPARE(history.headerData(c, Qt::Horizontal), log.headerData(c, Qt::Horizontal));
        history.setFilter({});
        const int newest = 0; // History is newest first; the log oldest first
        for (int c : {int(CallColumns::ServerColumn), int(CallColumns::MethodColumn),
                      int(CallColumns::PathColumn), int(CallColumns::StatusColumn),
                      int(CallColumns::DiagnosisColumn), int(CallColumns::ElapsedColumn),
                      int(CallColumns::SizeColumn)})
            QCOMPARE(history.index(newest, c).data(), log.index(11, c).data());
        QCOMPARE(history.index(newest, CallColumns::PathColumn).data(Qt::ToolTipRole).toString(),
                 calls.last().url.toString());
    }

    // HistoryModel under Qt's model tester while it loads, pages in, takes newer calls at the
    // top and is filtered again.
    void historyModelPassesTheModelTester()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite")), QStringLiteral("1.0")));
        QList<CallRecord> calls;
        for (quint64 id = 1; id <= quint64(HistoryModel::kPage) + 20; ++id)
            calls << sample(id, id % 5 ? 200 : 403, QStringLiteral("P"),
                            QStringLiteral("h.example"));
        QVERIFY(store.append(calls));
        HistoryModel model(&store);
        model.setFilter({});
        // The tester watches from the first page on: on a reset it runs its checks (fetchMore
        // among them) from its own modelReset slot, before the slot that ends the reset it
        // tracks, so a reset with more rows to page in would be counted against any model.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.total(), HistoryModel::kPage + 20);
        QVERIFY(model.rowCount() >= HistoryModel::kPage); // the tester may page in itself
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), HistoryModel::kPage + 20);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(store.append(sample(9001, 200, QStringLiteral("P"), QStringLiteral("h.example"))));
        QCOMPARE(model.fetchNewer(), 1);
        QCOMPARE(model.callId(0), quint64(9001));
        HistoryStore::Filter f;
        f.statusClass = 4;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), (HistoryModel::kPage + 20) / 5);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, CallColumns::StatusColumn).data().toString(),
                     QStringLiteral("403"));
    }

    void recordJsonRoundTrips()
    {
        CallRecord r = sample(7, 403, QStringLiteral("Preview"), QStringLiteral("a.example"));
        r.requestBody = QByteArray("\x00\x01binary", 8);
        r.hop = 1;
        r.redirectTo = QUrl(QStringLiteral("https://b.example/x"));
        const CallRecord back = RecordJson::fromJson(RecordJson::toJson(r, -1));
        QCOMPARE(canonical(back), canonical(r));
        QCOMPARE(back.requestBody, r.requestBody);
        QCOMPARE(back.auth.expiresAt, r.auth.expiresAt);
        QCOMPARE(back.diagnosis.firstCause(), QStringLiteral("token.expired"));
        // A body cut to a limit keeps whole UTF-8 characters and says it was cut.
        r.body = QByteArray("ab") + QString(QStringLiteral("üüü")).toUtf8();
        r.bodySize = r.body.size();
        const QJsonObject cut = RecordJson::toJson(r, 5); // "ab" + ü (2 bytes) + half of the next
        QVERIFY(RecordJson::bodyTruncated(cut));
        QCOMPARE(RecordJson::fromJson(cut).body,
                 QByteArray("ab") + QString(QStringLiteral("ü")).toUtf8());
        QCOMPARE(RecordJson::fromJson(cut).bodySize, r.bodySize);
    }

    void storeKeepsCallsAcrossRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h/history.sqlite"));
        const CallRecord second =
            sample(2, 403, QStringLiteral("Preview"), QStringLiteral("preview.example"));
        {
            HistoryStore store;
            QVERIFY2(store.open(path, QStringLiteral("1.0")), qPrintable(store.problem()));
            QCOMPARE(store.state(), HistoryStore::State::Open);
            QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions()); // owner only
            QVERIFY(store.append(
                sample(1, 200, QStringLiteral("Sandbox"), QStringLiteral("127.0.0.1"))));
            QVERIFY(store.append(second));
            QVERIFY(store.append(
                sample(3, 200, QStringLiteral("Preview"), QStringLiteral("preview.example"))));
        }
        HistoryStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.lastCallId(), quint64(3));
        // Two sessions: the first with three calls, this one (empty, shown as the current one).
        const auto sessions = store.sessions();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).id, store.sessionId());
        QCOMPARE(sessions.at(1).calls, 3);
        QCOMPARE(sessions.at(1).appVersion, QStringLiteral("1.0"));
        // The record comes back as it was stored.
        const auto two = store.load(2);
        QVERIFY(two);
        QCOMPARE(canonical(*two), canonical(second));
        // Filters.
        HistoryStore::Filter f;
        QCOMPARE(store.count(f), 3);
        f.profile = QStringLiteral("Preview");
        QCOMPARE(store.count(f), 2);
        f.statusClass = 4;
        QCOMPARE(store.count(f), 1);
        f = {};
        f.cause = QStringLiteral("token.expired");
        QCOMPARE(store.find(f, 10).value(0).callId, quint64(2));
        f = {};
        f.text = QStringLiteral("amzn-3");
        QCOMPARE(store.find(f, 10).size(), 1);
        f = {};
        f.host = QStringLiteral("127.0.0.1");
        QCOMPARE(store.find(f, 10).value(0).profile, QStringLiteral("Sandbox"));
        f = {};
        f.sessionId = sessions.at(1).id;
        const auto rows = store.find(f, 10);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.first().callId, quint64(3));            // newest first
        QCOMPARE(store.records(f, 2).first().id, quint64(2)); // the newest two, oldest first
        QCOMPARE(store.distinct(QStringLiteral("profile")),
                 QStringList({QStringLiteral("Preview"), QStringLiteral("Sandbox")}));
        // Clearing a profile, then all.
        QCOMPARE(store.clear(QStringLiteral("Sandbox")), 1);
        QCOMPARE(store.count({}), 2);
        QCOMPARE(store.clear(), 2);
        QCOMPARE(store.count({}), 0);
    }

    void pruneByAgeAndSize()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("history.sqlite"))));
        CallRecord old = sample(1, 200, QStringLiteral("P"), QStringLiteral("h"));
        old.started = QDateTime::currentDateTimeUtc().addDays(-40);
        QVERIFY(store.append(old));
        for (quint64 id = 2; id <= 21; ++id)
            QVERIFY(store.append(sample(id, 200, QStringLiteral("P"), QStringLiteral("h"))));
        QCOMPARE(store.prune(30, 0), 1);
        QCOMPARE(store.count({}), 20);
        const qint64 one =
            QJsonDocument(
                RecordJson::toJson(sample(2, 200, QStringLiteral("P"), QStringLiteral("h")), -1))
                .toJson(QJsonDocument::Compact)
                .size();
        QCOMPARE(store.prune(0, one * 5 + one / 2), 15); // the oldest go until five fit
        QCOMPARE(store.find({}, 100).last().callId, quint64(17));
    }

    void schemaOneIsMigrated_data()
    {
        QTest::addColumn<bool>("recordsApart");
        QTest::newRow("record in the calls row") << false;
        QTest::newRow("records in their own table") << true;
    }

    void schemaOneIsMigrated()
    {
        // Both layouts schema 1 had (the second one briefly): the calls come through whole.
        QFETCH(bool, recordsApart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const CallRecord stored =
            sample(7, 403, QStringLiteral("Preview"), QStringLiteral("p.example"));
        const QString json = QString::fromUtf8(
            QJsonDocument(RecordJson::toJson(stored, -1)).toJson(QJsonDocument::Compact));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE sessions(id INTEGER PRIMARY KEY, started "
                                          "INTEGER NOT NULL, app_version TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sessions VALUES(1, 0, '0.1.0')")));
            QVERIFY(q.exec(
                QStringLiteral("CREATE TABLE calls(call_id INTEGER PRIMARY KEY, session_id INTEGER "
                               "NOT NULL, started INTEGER NOT NULL, profile TEXT, host TEXT, "
                               "method TEXT, url TEXT, purpose TEXT, status INTEGER, diagnosis "
                               "TEXT, causes TEXT, elapsed_ms INTEGER, size INTEGER, request_id "
                               "TEXT, correlation_id TEXT, amzn_request_id TEXT, %1)")
                    .arg(recordsApart ? QStringLiteral("search TEXT")
                                      : QStringLiteral("record TEXT NOT NULL"))));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX calls_session ON calls(session_id)")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX calls_host ON calls(host)")));
            q.prepare(QStringLiteral(
                          "INSERT INTO calls(call_id, session_id, started, profile, host, method, "
                          "url, purpose, status, diagnosis, causes, elapsed_ms, size, request_id, "
                          "correlation_id, amzn_request_id, %1) VALUES(7, 1, ?, 'Preview', "
                          "'p.example', 'GET', ?, 'Read Group', 403, 'gateway.access-denied', ' "
                          "token.expired ', 12, 10, 'req-7', '', 'amzn-7', ?)")
                          .arg(recordsApart ? QStringLiteral("search") : QStringLiteral("record")));
            q.addBindValue(stored.started.toMSecsSinceEpoch());
            q.addBindValue(stored.url.toString());
            q.addBindValue(recordsApart ? QStringLiteral("req-7") : json);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            if (recordsApart) {
                QVERIFY(q.exec(QStringLiteral(
                    "CREATE TABLE records(call_id INTEGER PRIMARY KEY, record TEXT NOT NULL)")));
                q.prepare(QStringLiteral("INSERT INTO records VALUES(7, ?)"));
                q.addBindValue(json);
                QVERIFY(q.exec());
                QVERIFY(
                    q.exec(QStringLiteral("CREATE TRIGGER calls_delete AFTER DELETE ON calls BEGIN "
                                          "DELETE FROM records WHERE call_id = OLD.call_id; END")));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.problem()));
        QCOMPARE(store.count({}), 1);
        const auto back = store.load(7);
        QVERIFY(back);
        QCOMPARE(canonical(*back), canonical(stored));
        HistoryStore::Filter f;
        f.text = QStringLiteral("amzn-7");
        QCOMPARE(store.count(f), 1);
        f = {};
        f.cause = QStringLiteral("token.expired");
        QCOMPARE(store.count(f), 1);
        QVERIFY(
            store.append(sample(8, 200, QStringLiteral("Preview"), QStringLiteral("p.example"))));
        QCOMPARE(store.clear(QStringLiteral("Preview")), 2); // the trigger of schema 2 works
        QVERIFY(!store.load(7));
        store.close();
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), HistoryStore::kSchemaVersion);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void callsAreFoundByTheirTokenFingerprint()
    {
        // Schema 4: the token's fingerprint in a column of its own, indexed; a schema-3 file's
        // calls get theirs from their records on the way.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(path));
            CallRecord other = sample(2, 403, QStringLiteral("P"), QStringLiteral("h"));
            other.tokenFingerprint = QStringLiteral("feedbeef");
            CallRecord none = sample(3, 401, QStringLiteral("P"), QStringLiteral("h"));
            none.tokenFingerprint.clear(); // no token sent
            QVERIFY(store.append(
                {sample(1, 200, QStringLiteral("P"), QStringLiteral("h")), other, none}));
        }
        {
            // Taken back to schema 3's layout by hand.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP INDEX calls_token")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE calls DROP COLUMN token_fp")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=3")));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema3"));
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.problem()));
        QVERIFY(store.append(sample(4, 200, QStringLiteral("P"), QStringLiteral("h"))));
        HistoryStore::Filter f;
        f.tokenFingerprint = QStringLiteral("0123abcd");
        QList<quint64> ids;
        for (const HistoryStore::Row &row : store.find(f, 10))
            ids << row.callId;
        QCOMPARE(ids, (QList<quint64>{4, 1})); // newest first; the migrated one found too
        f.tokenFingerprint = QStringLiteral("feedbeef");
        QCOMPARE(store.count(f), 1);
        QCOMPARE(store.find(f, 10).first().status, std::optional<int>(403));
        f.tokenFingerprint = QStringLiteral("00000000");
        QCOMPARE(store.count(f), 0);
        store.close();
        // The look-up uses the index, not a scan of every call.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QVERIFY(q.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT call_id FROM calls WHERE token_fp = 'feedbeef'")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("calls_token")), qPrintable(plan));
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    }

    void damagedFileIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage =
            QByteArray("this is not a database, but someone's calls\n").repeated(100);
        QVERIFY(f.write(garbage) == garbage.size());
        f.close();
        HistoryStore store;
        QSignalSpy problem(&store, &HistoryStore::problemChanged);
        QVERIFY(!store.open(path));
        QCOMPARE(store.state(), HistoryStore::State::MemoryOnly);
        QCOMPARE(problem.size(), 1);
        QVERIFY2(store.problem().contains(QLatin1String("damaged")), qPrintable(store.problem()));
        QVERIFY(!store.append(sample(1, 200, QStringLiteral("P"), QStringLiteral("h"))));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage); // not a byte changed
    }

    void newerSchemaIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        HistoryStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.problem().contains(QLatin1String("newer version")),
                 qPrintable(store.problem()));
    }

    void lockedDatabaseStopsWritingOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.append(sample(1, 200, QStringLiteral("P"), QStringLiteral("h"))));
        store.setBusyTimeout(50);
        {
            // Another program holds the write lock.
            auto other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QSignalSpy problem(&store, &HistoryStore::problemChanged);
            QVERIFY(!store.append(sample(2, 200, QStringLiteral("P"), QStringLiteral("h"))));
            QCOMPARE(problem.size(), 1);
            QCOMPARE(store.state(), HistoryStore::State::MemoryOnly);
            QVERIFY2(store.problem().contains(QLatin1String("locked")),
                     qPrintable(store.problem()));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        HistoryStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.count({}), 1); // what was stored before is there
    }

    void twoInstancesShareTheHistory()
    {
        // A second explorer running at the same time: both write, each its own session, and
        // each sees the other's calls.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryStore first;
        HistoryStore second;
        QVERIFY(first.open(path));
        QVERIFY(second.open(path));
        QVERIFY(first.sessionId() != second.sessionId());
        for (quint64 id = 1; id <= 10; ++id)
            QVERIFY((id % 2 ? first : second)
                        .append(sample(id, 200, QStringLiteral("P"), QStringLiteral("h"))));
        QCOMPARE(first.count({}), 10);
        QCOMPARE(second.count({}), 10);
        HistoryStore::Filter mine;
        mine.sessionId = second.sessionId();
        QCOMPARE(first.count(mine), 5);
        // Both started after call 10, so both number their next call 11: neither is lost.
        CallRecord a = sample(11, 200, QStringLiteral("First"), QStringLiteral("h"));
        CallRecord b = sample(11, 403, QStringLiteral("Second"), QStringLiteral("h"));
        QVERIFY(first.append(a));
        QVERIFY(second.append(b));
        QCOMPARE(first.count({}), 12);
        HistoryStore::Filter eleven;
        eleven.text = QStringLiteral("req-11");
        const auto rows = first.find(eleven, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(first.loadRow(rows.at(0).row)->profile, QStringLiteral("Second"));
        QCOMPARE(first.loadRow(rows.at(1).row)->profile, QStringLiteral("First"));
        QCOMPARE(first.load(11)->profile, QStringLiteral("Second")); // the newest
    }

    void fullDiskKeepsWhatWasStored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.append(sample(1, 200, QStringLiteral("P"), QStringLiteral("h"))));
        store.setMaxPageCount(
            1); // no room for one more page: SQLite answers "database or disk is full"
        CallRecord big = sample(2, 200, QStringLiteral("P"), QStringLiteral("h"));
        big.body = QByteArray(200 * 1024, 'x');
        big.bodySize = big.body.size();
        bool stored = true;
        for (quint64 id = 2; id < 50 && stored; ++id) {
            big.id = id;
            stored = store.append(big);
        }
        QVERIFY(!stored);
        QVERIFY2(store.problem().contains(QLatin1String("full")), qPrintable(store.problem()));
        HistoryStore again;
        QVERIFY(again.open(path));
        QVERIFY(again.load(1));
    }

    void secondInsertFailingLeavesNoHalfCall()
    {
        // A call is two rows (`calls`, `records`): when the second cannot be written, the first
        // is not kept either, and the store says why as for any failed write.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.append(sample(1, 200, QStringLiteral("P"), QStringLiteral("h"))));
        QVERIFY(refuseRecords(path));
        QSignalSpy problem(&store, &HistoryStore::problemChanged);
        QVERIFY(!store.append(sample(2, 403, QStringLiteral("P"), QStringLiteral("h"))));
        QCOMPARE(problem.size(), 1);
        QCOMPARE(store.state(), HistoryStore::State::MemoryOnly);
        QVERIFY2(store.problem().contains(QLatin1String("could not be written")) &&
                     store.problem().contains(QLatin1String("records refused")),
                 qPrintable(store.problem()));
        HistoryStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.count({}), 1);
        const auto rows = again.find({}, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).callId, quint64(1));
        HistoryStore::Filter second;
        second.text = QStringLiteral("Group/2");
        QCOMPARE(again.count(second), 0);
        QVERIFY(!again.load(2));
        QVERIFY(again.load(1));
        // Many calls in one transaction: none of them when one fails.
        QVERIFY(!again.append(
            QList<CallRecord>{sample(3, 200, QStringLiteral("P"), QStringLiteral("h")),
                              sample(4, 200, QStringLiteral("P"), QStringLiteral("h"))}));
        HistoryStore third;
        QVERIFY(third.open(path));
        QCOMPARE(third.count({}), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
