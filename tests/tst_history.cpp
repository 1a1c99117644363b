// The call history database and HAR: records survive a reopen, filters run as SQL, a damaged,
// newer, locked or full database is said and left as it was, a call is stored whole or not at
// all, the window's writer writes on a thread of its own and loses nothing at close, and HAR
// export/import round-trips.
#include "app/history/Har.h"
#include "app/history/HistoryStore.h"
#include "app/history/HistoryWriter.h"
#include "app/history/RecordJson.h"
#include "app/models/CallLogFilterModel.h"
#include "app/models/CallLogModel.h"
#include "app/models/HistoryModel.h"
#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

CallRecord sample(quint64 id, int status, const QString &profile, const QString &host)
{
    CallRecord r;
    r.id = id;
    r.purpose = QStringLiteral("Read Group");
    r.started = QDateTime::currentDateTimeUtc().addSecs(-qint64(100 - id));
    r.elapsedMs = 12;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://%1/fhir/Group/%2?_count=2&x=a%20b").arg(host).arg(id));
    r.requestHeaders = {{"Accept", "application/fhir+json"},
                        {"Authorization", "Bearer <redacted: 40 chars, sha256 0123abcd>"},
                        {"X-Request-ID", "req-" + QByteArray::number(id)}};
    r.status = status;
    r.reasonPhrase = status == 200 ? "OK" : "Forbidden";
    r.responseHeaders = {{"Content-Type", "application/json"},
                         {"X-Request-ID", "req-" + QByteArray::number(id)},
                         {"x-amzn-RequestId", "amzn-" + QByteArray::number(id)}};
    r.body = status == 200
                 ? QByteArray("{\"resourceType\":\"Group\",\"id\":\"1\",\"name\":\"Grüße\"}")
                 : QByteArray("{\"Message\":\"User is not authorized\"}");
    r.bodySize = r.body.size();
    r.requestIdSent = "req-" + QByteArray::number(id);
    r.requestIdReceived = r.requestIdSent;
    r.authorizationMode = QStringLiteral("bearer");
    r.tokenFingerprint = QStringLiteral("0123abcd");
    r.tokenLength = 40;
    r.auth.presence = AuthEvidence::Presence::Present;
    r.auth.scheme = "Bearer";
    r.auth.kind = AuthEvidence::TokenKind::Jwt;
    r.auth.tokenLength = 40;
    r.auth.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    r.auth.audience = {QStringLiteral("https://%1/fhir").arg(host)};
    r.profile = profile;
    r.diagnosis.code =
        status == 200 ? QStringLiteral("ok") : QStringLiteral("gateway.access-denied");
    r.diagnosis.severity = status == 200 ? Diagnosis::Severity::Ok : Diagnosis::Severity::Error;
    r.diagnosis.summary = QStringLiteral("summary %1").arg(id);
    r.diagnosis.detail = QStringLiteral("detail");
    if (status != 200)
        r.diagnosis.causes = {
            {QStringLiteral("token.expired"), QStringLiteral("s"), QStringLiteral("e")}};
    return r;
}

QByteArray canonical(const CallRecord &r)
{
    return QJsonDocument(RecordJson::toJson(r, -1)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

    // Another program's trigger on the file: every insert into `records` is refused, so a
    // call's second INSERT fails after its first succeeded.
    static bool refuseRecords(const QString &path)
    {
        bool made = false;
        {
            auto other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
            other.setDatabaseName(path);
            made = other.open() &&
                   QSqlQuery(other).exec(QStringLiteral(
                       "CREATE TRIGGER refuse_records BEFORE INSERT ON records BEGIN SELECT "
                       "RAISE(ABORT, 'records refused'); END"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
        return made;
    }

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

    void harHasTheRequiredStructure()
    {
        QList<CallRecord> records{sample(1, 200, QStringLiteral("S"), QStringLiteral("a.example")),
                                  sample(2, 403, QStringLiteral("S"), QStringLiteral("a.example"))};
        records[1].requestBody = "resourceType=Parameters";
        CallRecord failed = sample(3, 200, QStringLiteral("S"), QStringLiteral("a.example"));
        failed.status.reset();
        failed.transportErrorCode = QStringLiteral("transport.refused");
        failed.transportError = QStringLiteral("Connection refused");
        records << failed;
        const QByteArray har = Har::write(records, {QStringLiteral("0.9"), {}, -1});
        const QJsonObject log =
            QJsonDocument::fromJson(har).object().value(QLatin1String("log")).toObject();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        QVERIFY(
            log.value(QLatin1String("creator")).toObject().value(QLatin1String("name")).isString());
        QVERIFY(log.value(QLatin1String("creator"))
                    .toObject()
                    .value(QLatin1String("version"))
                    .isString());
        const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            QVERIFY(QDateTime::fromString(e.value(QLatin1String("startedDateTime")).toString(),
                                          Qt::ISODateWithMs)
                        .isValid());
            QVERIFY(e.value(QLatin1String("time")).isDouble());
            QVERIFY(e.value(QLatin1String("cache")).isObject());
            const QJsonObject req = e.value(QLatin1String("request")).toObject();
            for (const char *k : {"method", "url", "httpVersion"})
                QVERIFY2(req.value(QLatin1String(k)).isString(), k);
            for (const char *k : {"cookies", "headers", "queryString"})
                QVERIFY2(req.value(QLatin1String(k)).isArray(), k);
            for (const char *k : {"headersSize", "bodySize"})
                QVERIFY2(req.value(QLatin1String(k)).isDouble(), k);
            for (const QJsonValue &h : req.value(QLatin1String("headers")).toArray())
                QVERIFY(h.toObject().value(QLatin1String("name")).isString() &&
                        h.toObject().value(QLatin1String("value")).isString());
            const QJsonObject res = e.value(QLatin1String("response")).toObject();
            QVERIFY(res.value(QLatin1String("status")).isDouble());
            for (const char *k : {"statusText", "httpVersion", "redirectURL"})
                QVERIFY2(res.value(QLatin1String(k)).isString(), k);
            for (const char *k : {"cookies", "headers"})
                QVERIFY2(res.value(QLatin1String(k)).isArray(), k);
            for (const char *k : {"headersSize", "bodySize"})
                QVERIFY2(res.value(QLatin1String(k)).isDouble(), k);
            const QJsonObject content = res.value(QLatin1String("content")).toObject();
            QVERIFY(content.value(QLatin1String("size")).isDouble());
            QVERIFY(content.value(QLatin1String("mimeType")).isString());
            const QJsonObject t = e.value(QLatin1String("timings")).toObject();
            for (const char *k : {"send", "wait", "receive"})
                QVERIFY2(t.value(QLatin1String(k)).isDouble() &&
                             t.value(QLatin1String(k)).toDouble() >= 0,
                         k);
            QVERIFY(e.value(QLatin1String("_diagnosis")).isString());
        }
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("request"))
                     .toObject()
                     .value(QLatin1String("queryString"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(
            entries.at(1).toObject().value(QLatin1String("_causes")).toArray().first().toString(),
            QStringLiteral("token.expired"));
        QCOMPARE(entries.at(1)
                     .toObject()
                     .value(QLatin1String("request"))
                     .toObject()
                     .value(QLatin1String("postData"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QStringLiteral("resourceType=Parameters"));
        QCOMPARE(first.value(QLatin1String("_requestIdFate")).toString(),
                 QStringLiteral("adopted"));
        QCOMPARE(entries.at(2)
                     .toObject()
                     .value(QLatin1String("response"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toInt(),
                 0);
        // Read back: the same records.
        QString error;
        const auto back = Har::read(har, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->records.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(canonical(back->records.at(i)), canonical(records.at(i)));
        QCOMPARE(back->redactedHeaders, 0);
    }

    void foreignHarIsRedactedAndDiagnosed()
    {
        // What a browser's devtools export: a token in clear, a cookie, a gateway refusal.
        const QByteArray token = "eyJhbGciOiJSUzM4NCJ9.eyJleHAiOjEwMDB9.c2lnbmF0dXJlLXNlY3JldA";
        const QJsonObject entry{
            {QStringLiteral("startedDateTime"), QStringLiteral("2026-11-30T10:00:00.123+01:00")},
            {QStringLiteral("time"), 42.5},
            {QStringLiteral("request"),
             QJsonObject{
                 {QStringLiteral("method"), QStringLiteral("GET")},
                 {QStringLiteral("url"),
                  QStringLiteral("https://api.example/uscore/v1/bulk-data/Group/1")},
                 {QStringLiteral("httpVersion"), QStringLiteral("h2")},
                 {QStringLiteral("headers"),
                  QJsonArray{
                      QJsonObject{{QStringLiteral("name"), QStringLiteral(":authority")},
                                  {QStringLiteral("value"), QStringLiteral("api.example")}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("authorization")},
                                  {QStringLiteral("value"), QString::fromLatin1(token)}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("cookie")},
                                  {QStringLiteral("value"), QStringLiteral("session=abc123")}}}}}},
            {QStringLiteral("response"),
             QJsonObject{
                 {QStringLiteral("status"), 403},
                 {QStringLiteral("statusText"), QStringLiteral("Forbidden")},
                 {QStringLiteral("headers"),
                  QJsonArray{
                      QJsonObject{
                          {QStringLiteral("name"), QStringLiteral("x-amzn-ErrorType")},
                          {QStringLiteral("value"), QStringLiteral("AccessDeniedException")}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Content-Type")},
                                  {QStringLiteral("value"), QStringLiteral("application/json")}}}},
                 {QStringLiteral("content"),
                  QJsonObject{{QStringLiteral("size"), 50},
                              {QStringLiteral("mimeType"), QStringLiteral("application/json")},
                              {QStringLiteral("text"),
                               QStringLiteral("{\"Message\":\"User is not authorized to access "
                                              "this resource with an explicit deny\"}")}}}}},
        };
        const QByteArray har =
            QJsonDocument(
                QJsonObject{{QStringLiteral("log"),
                             QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                                         {QStringLiteral("entries"), QJsonArray{entry}}}}})
                .toJson();
        QString error;
        const auto result = Har::read(har, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->redactedHeaders, 2);
        const CallRecord &r = result->records.first();
        const QByteArray stored = canonical(r);
        QVERIFY(!stored.contains(token));
        QVERIFY(!stored.contains("c2lnbmF0dXJlLXNlY3JldA"));
        QVERIFY(!stored.contains("abc123"));
        QCOMPARE(r.tokenLength, token.size());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.requestHeaders.size(), 2); // no HTTP/2 pseudo-header
        QVERIFY(r.started.isValid());
        QCOMPARE(r.started, QDateTime(QDate(2026, 11, 30), QTime(9, 0, 0, 123), Qt::UTC));
        QVERIFY2(r.diagnosis.code.startsWith(QLatin1String("gateway.")),
                 qPrintable(r.diagnosis.code));
        // The header had no "Bearer ": the diagnosis can still tell, from the shape kept.
        QVERIFY2(r.diagnosis.firstCause() == QLatin1String("header.no-bearer"),
                 qPrintable(r.diagnosis.firstCause()));
    }

    void notAHar()
    {
        QString error;
        QVERIFY(!Har::read("{ nope", &error));
        QVERIFY(error.contains(QLatin1String("not valid JSON")));
        QVERIFY(!Har::read("{\"log\":{}}", &error));
        QVERIFY(error.contains(QLatin1String("no log with entries")));
        QVERIFY(!Har::read("[1,2]", &error));
    }

    void realCallsLeaveNoTokenInHistoryOrHar()
    {
        // Calls made for real against the Sandbox with its demo token: neither the database (nor
        // its write-ahead log) nor the HAR holds the token.
        SandboxHost sandbox;
        QVERIFY(sandbox.start());
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(sandbox.baseUrl());
        const QByteArray token = sandbox.demoToken();
        client.setAuthorization(AuthMode::Bearer, token);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        HistoryStore store;
        QVERIFY(store.open(path));
        QList<CallRecord> records;
        connect(&client, &FhirClient::callFinished, this, [&](const CallRecord &r) {
            records << r;
            store.append(r);
        });
        for (const char *path : {"Group/1", "Binary/1", "Patient/123456", "Invalid/1"}) {
            ApiCall *call =
                client.send(client.prepare(QStringLiteral("t"), "GET", QString::fromLatin1(path)));
            QSignalSpy done(call, &ApiCall::finished);
            QVERIFY(done.wait(10000));
        }
        client.setAuthorization(AuthMode::Raw, token);
        QSignalSpy done(
            client.send(client.prepare(QStringLiteral("t"), "GET", QStringLiteral("Group/1"))),
            &ApiCall::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(store.count({}), 5);
        const QString harPath = dir.filePath(QStringLiteral("calls.har"));
        QFile har(harPath);
        QVERIFY(har.open(QIODevice::WriteOnly));
        QVERIFY(har.write(Har::write(records, {})) > 0);
        har.close();
        const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);
        for (const QString &file : {path, path + QStringLiteral("-wal"), harPath}) {
            QFile f(file);
            if (!f.exists())
                continue;
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(token), qPrintable(file));
            QVERIFY2(!bytes.contains(signature), qPrintable(file));
        }
    }

    void harSaysWhatHappenedToABody()
    {
        // The gateway quotes a token sent without "Bearer " (IncompleteSignature): the kept text
        // is the whole answer with the token replaced, shorter than what was received. The HAR
        // says so, and "the rest was not kept" only where a limit did cut the body. (An invalid
        // path makes the gateway quote the header back.)
        SandboxHost sandbox;
        QVERIFY(sandbox.start());
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(sandbox.baseUrl());
        client.setAuthorization(AuthMode::Raw, sandbox.demoToken());
        ApiCall *call = client.send(
            client.prepare(QStringLiteral("t"), "GET", QStringLiteral("Invalid/123456")));
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(10000));
        const auto quoted = done.first().first().value<CallRecord>();
        QVERIFY(quoted.bodyRedacted);
        QVERIFY2(quoted.body.size() < quoted.bodySize, quoted.body.constData());
        CallRecord plain = sample(2, 200, QStringLiteral("S"), QStringLiteral("a.example"));
        plain.body = QByteArray(300, 'x');
        plain.bodySize = plain.body.size();
        const auto comments = [&](qint64 limit) {
            const QByteArray har = Har::write({quoted, plain}, {QStringLiteral("0.9"), {}, limit});
            QStringList out;
            for (const QJsonValue &e : QJsonDocument::fromJson(har)
                                           .object()
                                           .value(QLatin1String("log"))
                                           .toObject()
                                           .value(QLatin1String("entries"))
                                           .toArray())
                out << e.toObject()
                           .value(QLatin1String("response"))
                           .toObject()
                           .value(QLatin1String("content"))
                           .toObject()
                           .value(QLatin1String("comment"))
                           .toString();
            return out;
        };
        QStringList c = comments(-1);
        QVERIFY2(c.at(0).startsWith(QLatin1String("The whole answer, with the token in it "
                                                  "replaced")),
                 qPrintable(c.at(0)));
        QVERIFY2(c.at(0).contains(QString::number(quoted.bodySize)), qPrintable(c.at(0)));
        QVERIFY2(!c.at(0).contains(QLatin1String("not kept")), qPrintable(c.at(0)));
        QVERIFY2(c.at(1).isEmpty(), qPrintable(c.at(1))); // whole and untouched: nothing to say
        c = comments(100);
        QVERIFY2(c.at(0).startsWith(QLatin1String("The first 100 bytes, with the token in it")) &&
                     c.at(0).contains(QLatin1String("the rest was not kept")),
                 qPrintable(c.at(0)));
        QCOMPARE(c.at(1), QStringLiteral("The first 100 of 300 bytes; the rest was not kept."));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
