#include "HistorySchema.h"

#include "HistoryStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

QString HistorySchema::migrate(QSqlDatabase d, const QString &path)
{
    constexpr int kSchemaVersion = HistoryStore::kSchemaVersion;
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return tr("The call history %1 cannot be read (%2): this session's calls are kept "
                  "in memory only.")
            .arg(path, q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return tr("The call history %1 was written by a newer version of the explorer "
                  "(schema %2; this one knows %3). It was left as it is; this session's "
                  "calls are kept in memory only.")
            .arg(path)
            .arg(version)
            .arg(kSchemaVersion);
    const QList<QStringList> todo = steps(d, version);
    for (int v = version; v < kSchemaVersion; ++v) {
        if (!d.transaction())
            return tr("The call history %1 is locked (%2): this session's calls are kept in "
                      "memory only.")
                .arg(path, d.lastError().text());
        bool ok = true;
        QString error;
        for (const QString &sql : todo.at(v)) {
            if (!q.exec(sql)) {
                ok = false;
                error = q.lastError().text();
                break;
            }
        }
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        if (!ok || !d.commit()) {
            d.rollback();
            return tr("The call history %1 could not be brought to schema %2 (%3): this "
                      "session's calls are kept in memory only.")
                .arg(path)
                .arg(v + 1)
                .arg(error.isEmpty() ? d.lastError().text() : error);
        }
    }
    return {};
}

QStringList HistorySchema::layout()
{
    // The layout of schema 2 (schema 3 adds a column to it). A new database gets it at once; an
    // older one is brought to it step by step, each step in a transaction: a failed step leaves the
    // file as it was.
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS sessions(id INTEGER PRIMARY KEY, started "
                       "INTEGER NOT NULL, app_version TEXT)"),
        QStringLiteral("CREATE TABLE calls(row INTEGER PRIMARY KEY, call_id INTEGER NOT NULL, "
                       "session_id INTEGER NOT NULL, started INTEGER NOT NULL, profile TEXT, "
                       "host TEXT, method TEXT, url TEXT, purpose TEXT, status INTEGER, "
                       "diagnosis TEXT, causes TEXT, elapsed_ms INTEGER, size INTEGER, "
                       "request_id TEXT, correlation_id TEXT, amzn_request_id TEXT, search TEXT)"),
        // The records apart: the columns the filters scan stay a few hundred bytes a row.
        QStringLiteral("CREATE TABLE records(row INTEGER PRIMARY KEY, record TEXT NOT NULL)"),
        // Call numbers are unique in one run, not across two explorers running at once.
        QStringLiteral("CREATE INDEX calls_call ON calls(call_id)"),
        QStringLiteral("CREATE TRIGGER calls_delete AFTER DELETE ON calls BEGIN DELETE FROM "
                       "records WHERE row = OLD.row; END"),
        QStringLiteral("CREATE INDEX calls_session ON calls(session_id)"),
        QStringLiteral("CREATE INDEX calls_started ON calls(started)"),
        QStringLiteral("CREATE INDEX calls_status ON calls(status)"),
        QStringLiteral("CREATE INDEX calls_diagnosis ON calls(diagnosis)"),
        QStringLiteral("CREATE INDEX calls_profile ON calls(profile)"),
        QStringLiteral("CREATE INDEX calls_host ON calls(host)")};
}

QStringList HistorySchema::fromSchema1(const QSqlDatabase &d)
{
    // Schema 1 kept the record in the calls row, keyed by the call number (in its last
    // form, the record in a table of its own and a search column): moved into schema 2.
    const bool recordsApart = d.tables().contains(QStringLiteral("records"));
    const QString search =
        QStringLiteral("coalesce(url,'') || char(10) || coalesce(purpose,'') || char(10) || "
                       "coalesce(diagnosis,'') || char(10) || coalesce(request_id,'') || "
                       "char(10) || coalesce(correlation_id,'') || char(10) || "
                       "coalesce(amzn_request_id,'') || char(10) || coalesce(status,'')");
    QStringList step = {QStringLiteral("DROP TRIGGER IF EXISTS calls_delete"),
                        QStringLiteral("ALTER TABLE calls RENAME TO calls_v1")};
    for (const char *index : {"calls_session", "calls_started", "calls_status", "calls_diagnosis",
                              "calls_profile", "calls_host"})
        step << QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index));
    if (recordsApart)
        step << QStringLiteral("ALTER TABLE records RENAME TO records_v1");
    step << layout();
    step << QStringLiteral(
                "INSERT INTO calls(row, call_id, session_id, started, profile, host, method, "
                "url, purpose, status, diagnosis, causes, elapsed_ms, size, request_id, "
                "correlation_id, amzn_request_id, search) SELECT call_id, call_id, "
                "session_id, started, profile, host, method, url, purpose, status, "
                "diagnosis, causes, elapsed_ms, size, request_id, correlation_id, "
                "amzn_request_id, %1 FROM calls_v1")
                .arg(search);
    step << (recordsApart ? QStringLiteral("INSERT INTO records(row, record) SELECT call_id, "
                                           "record FROM records_v1")
                          : QStringLiteral("INSERT INTO records(row, record) SELECT call_id, "
                                           "record FROM calls_v1"));
    step << QStringLiteral("DROP TABLE calls_v1");
    if (recordsApart)
        step << QStringLiteral("DROP TABLE records_v1");
    return step;
}

QList<QStringList> HistorySchema::steps(const QSqlDatabase &d, int version)
{
    QList<QStringList> out(HistoryStore::kSchemaVersion);
    if (version == 0)
        out[0] = layout();
    else if (version == 1)
        out[1] = fromSchema1(d);
    // Schema 3: the analyst's note on a call, in a column of its own (the record holds it too).
    out[2] = {QStringLiteral("ALTER TABLE calls ADD COLUMN note TEXT")};
    // Schema 4: the fingerprint of the token a call carried, indexed: a token's calls of earlier
    // sessions are found without reading every record (the token's life strip). The calls
    // stored before get theirs from their records where SQLite reads JSON.
    out[3] = {QStringLiteral("CREATE INDEX IF NOT EXISTS calls_token ON calls(token_fp)")};
    if (!d.record(QStringLiteral("calls")).contains(QStringLiteral("token_fp")))
        out[3].prepend(QStringLiteral("ALTER TABLE calls ADD COLUMN token_fp TEXT"));
    if (version > 0 && version < 4 &&
        QSqlQuery(d).exec(QStringLiteral("SELECT json_extract('{\"a\":1}', '$.a')")))
        out[3] << QStringLiteral(
            "UPDATE calls SET token_fp = (SELECT nullif(json_extract(record, "
            "'$.tokenFingerprint'), '') FROM records WHERE records.row = calls.row)");
    return out;
}
