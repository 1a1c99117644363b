#include "HistoryQueries_p.h"

#include "app/calls/CallSearch.h"
#include "app/history/RecordJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

HistoryQueries::HistoryQueries(QString connection, qint64 session)
    : m_connection(std::move(connection)), m_session(session)
{
}

QSqlDatabase HistoryQueries::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString HistoryQueries::where(const HistoryStore::Filter &f, QVariantList *values) const
{
    QStringList parts;
    if (!f.text.trimmed().isEmpty()) {
        parts << QStringLiteral("search LIKE ? ESCAPE '\\'");
        *values << CallSearch::likePattern(f.text);
    }
    if (f.statusClass == -1) {
        parts << QStringLiteral("status IS NULL");
    } else if (f.statusClass >= 1 && f.statusClass <= 5) {
        parts << QStringLiteral("status >= ? AND status < ?");
        *values << f.statusClass * 100 << (f.statusClass + 1) * 100;
    }
    const auto exact = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        parts << QStringLiteral("%1 = ?").arg(QLatin1String(column));
        *values << value;
    };
    exact("diagnosis", f.diagnosis);
    exact("profile", f.profile);
    exact("host", f.host);
    exact("method", f.method);
    exact("token_fp", f.tokenFingerprint);
    if (!f.cause.isEmpty()) {
        parts << QStringLiteral("causes LIKE ?");
        *values << QStringLiteral("% %1 %").arg(f.cause);
    }
    if (f.sessionId > 0) {
        parts << QStringLiteral("session_id = ?");
        *values << f.sessionId;
    }
    if (f.since.isValid()) {
        parts << QStringLiteral("started >= ?");
        *values << f.since.toMSecsSinceEpoch();
    }
    if (f.afterRow > 0) {
        parts << QStringLiteral("row > ?");
        *values << f.afterRow;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QList<HistoryStore::Row> HistoryQueries::find(const HistoryStore::Filter &filter, int limit,
                                              int offset) const
{
    QList<HistoryStore::Row> rows;
    QVariantList values;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT call_id, session_id, started, profile, host, method, url, "
                             "status, diagnosis, elapsed_ms, size, row, note FROM calls") +
              where(filter, &values) + QStringLiteral(" ORDER BY row DESC LIMIT ? OFFSET ?"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return rows;
    while (q.next()) {
        HistoryStore::Row r;
        r.callId = q.value(0).toULongLong();
        r.sessionId = q.value(1).toLongLong();
        r.started = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        r.profile = q.value(3).toString();
        r.host = q.value(4).toString();
        r.method = q.value(5).toString();
        r.url = q.value(6).toString();
        if (!q.value(7).isNull())
            r.status = q.value(7).toInt();
        r.diagnosis = q.value(8).toString();
        r.elapsedMs = q.value(9).toLongLong();
        r.size = q.value(10).toLongLong();
        r.row = q.value(11).toLongLong();
        r.note = q.value(12).toString();
        rows << r;
    }
    return rows;
}

int HistoryQueries::count(const HistoryStore::Filter &filter) const
{
    QVariantList values;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM calls") + where(filter, &values));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

std::optional<CallRecord> HistoryQueries::load(quint64 callId) const
{
    QSqlQuery q(database());
    // The newest call with that number (two explorers at once may both have used it).
    q.prepare(QStringLiteral("SELECT r.record FROM calls c JOIN records r ON r.row = c.row WHERE "
                             "c.call_id = ? ORDER BY c.row DESC LIMIT 1"));
    q.addBindValue(qint64(callId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return RecordJson::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

std::optional<CallRecord> HistoryQueries::loadRow(qint64 row) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT record FROM records WHERE row = ?"));
    q.addBindValue(row);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return RecordJson::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

QList<CallRecord> HistoryQueries::records(const HistoryStore::Filter &filter, int limit) const
{
    QList<CallRecord> out;
    QVariantList values;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.record FROM (SELECT row FROM calls") +
              where(filter, &values) +
              QStringLiteral(" ORDER BY row DESC LIMIT ?) c JOIN records r ON r.row = c.row "
                             "ORDER BY c.row ASC"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out << RecordJson::fromJson(
            QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return out;
}

quint64 HistoryQueries::lastCallId() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT MAX(call_id) FROM calls")) && q.next()
               ? q.value(0).toULongLong()
               : 0;
}

QList<HistoryStore::Session> HistoryQueries::sessions(int limit) const
{
    QList<HistoryStore::Session> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT s.id, s.started, s.app_version, COUNT(c.call_id) FROM sessions s LEFT JOIN "
        "calls c ON c.session_id = s.id GROUP BY s.id HAVING COUNT(c.call_id) > 0 OR s.id = ? "
        "ORDER BY s.id DESC LIMIT ?"));
    q.addBindValue(m_session);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out << HistoryStore::Session{
            q.value(0).toLongLong(),
            QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC), q.value(2).toString(),
            q.value(3).toInt()};
    return out;
}

QStringList HistoryQueries::distinct(const QString &column) const
{
    static const QStringList allowed = {QStringLiteral("profile"), QStringLiteral("host"),
                                        QStringLiteral("method"), QStringLiteral("diagnosis")};
    QStringList out;
    if (!allowed.contains(column))
        return out;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM calls WHERE %1 IS NOT NULL AND %1 <> '' "
                               "ORDER BY %1")
                    .arg(column)))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}
