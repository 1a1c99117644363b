#include "CallRows_p.h"

#include "app/calls/CallSearch.h"
#include "app/history/RecordJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// SQLite's primary result codes, as Qt's driver reports them in nativeErrorCode().
enum SqliteCode { Busy = 5, Locked = 6, Corrupt = 11, Full = 13, NotADb = 26 };

int nativeCode(const QSqlError &e)
{
    return e.nativeErrorCode().toInt() & 0xff; // extended codes keep the primary in the low byte
}

qint64 ms(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

QString CallRows::write(const QString &connection, const QString &path, qint64 session,
                        qint64 bodyLimit, const QList<CallRecord> &records)
{
    QSqlDatabase d = QSqlDatabase::database(connection, false);
    if (!d.transaction())
        return tr("The call history %1 is locked (%2): this session's calls are kept in "
                  "memory only.")
            .arg(path, d.lastError().text());
    QSqlError error;
    for (const CallRecord &r : records) {
        error = insert(d, session, bodyLimit, r);
        if (error.isValid())
            break;
    }
    if (!error.isValid()) {
        if (d.commit())
            return {};
        error = d.lastError();
    }
    d.rollback(); // neither row of a call stays without the other
    switch (nativeCode(error)) {
    case Full:
        return tr("The disk holding the call history (%1) is full: calls from now on are "
                  "kept in memory only. The calls stored before are kept.")
            .arg(path);
    case Busy:
    case Locked:
        return tr("The call history %1 is locked by another program (another FHIR Bulk "
                  "Explorer?): calls from now on are kept in memory only. The history "
                  "was not changed.")
            .arg(path);
    case Corrupt:
    case NotADb:
        return tr("The call history %1 is damaged: calls from now on are kept in memory "
                  "only. The file was left as it is.")
            .arg(path);
    default:
        return tr("A call could not be written to the history %1 (%2): calls from now on "
                  "are kept in memory only.")
            .arg(path, error.text());
    }
}

QSqlError CallRows::insert(const QSqlDatabase &d, qint64 session, qint64 bodyLimit,
                           const CallRecord &r)
{
    const QJsonObject json = RecordJson::toJson(r, bodyLimit);
    QStringList causes;
    for (const Cause &c : r.diagnosis.causes)
        causes << c.code;
    QSqlQuery q(d);
    q.prepare(QStringLiteral(
        "INSERT INTO calls(call_id, session_id, started, profile, host, method, url, "
        "purpose, status, diagnosis, causes, elapsed_ms, size, request_id, correlation_id, "
        "amzn_request_id, search, note, token_fp) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(qint64(r.id));
    q.addBindValue(session);
    q.addBindValue(ms(r.started));
    q.addBindValue(r.profile);
    q.addBindValue(r.url.host());
    q.addBindValue(QString::fromLatin1(r.method));
    q.addBindValue(r.url.toString());
    q.addBindValue(r.purpose);
    q.addBindValue(r.status ? QVariant(*r.status) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(r.diagnosis.code);
    q.addBindValue(causes.isEmpty()
                       ? QString()
                       : QLatin1Char(' ') + causes.join(QLatin1Char(' ')) + QLatin1Char(' '));
    q.addBindValue(r.elapsedMs);
    q.addBindValue(r.bodySize);
    q.addBindValue(
        QString::fromLatin1(r.requestIdReceived.isEmpty() ? r.requestIdSent : r.requestIdReceived));
    q.addBindValue(QString::fromLatin1(r.correlationIdReceived));
    const QString amzn = QString::fromLatin1(r.responseHeader("x-amzn-RequestId"));
    q.addBindValue(amzn);
    // What the text filter looks in, in one column (one LIKE a row), by the call log's rule.
    q.addBindValue(CallSearch::text(r));
    q.addBindValue(r.note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.note));
    q.addBindValue(r.tokenFingerprint.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                : QVariant(r.tokenFingerprint));
    if (!q.exec())
        return q.lastError();
    const qint64 row = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO records(row, record) VALUES(?, ?)"));
    q.addBindValue(row);
    q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return q.lastError();
    return {};
}
