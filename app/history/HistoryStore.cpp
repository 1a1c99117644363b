#include "HistoryStore.h"

#include "HistorySchema.h"

#include "app/calls/CallSearch.h"
#include "app/history/RecordJson.h"
#include "app/support/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

QSqlDatabase db(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

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

// One call's two rows (its columns in `calls`, the whole record in `records`), inside the
// caller's transaction. An invalid error: both were inserted.
QSqlError insertCall(const QSqlDatabase &d, qint64 session, qint64 bodyLimit, const CallRecord &r)
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

} // namespace

HistoryStore::HistoryStore(QObject *parent) : QObject(parent) {}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

bool HistoryStore::fail(const QString &problem)
{
    qCWarning(lcHistory) << "history off:" << problem;
    close();
    m_state = State::MemoryOnly;
    m_problem = problem;
    Q_EMIT problemChanged();
    return false;
}

void HistoryStore::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase d = db(m_connection);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    if (m_state == State::Open)
        m_state = State::Closed;
}

bool HistoryStore::open(const QString &path, const QString &appVersion)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_problem.clear();
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("The folder for the call history, %1, cannot be created: this session's "
                       "calls are kept in memory only.")
                        .arg(folder));
    QFile file(m_path);
    if (!file.exists()) {
        // Created here, owner-only, before SQLite writes to it (its -wal file copies the mode).
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(tr("The call history %1 cannot be created (%2): this session's calls are "
                           "kept in memory only.")
                            .arg(m_path, file.errorString()));
        file.close();
    } else if (file.size() > 0) {
        // A file that is not an SQLite database is left exactly as it is.
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("The call history %1 cannot be read (%2): this session's calls are "
                           "kept in memory only.")
                            .arg(m_path, file.errorString()));
        const QByteArray magic = file.read(16);
        file.close();
        if (magic != QByteArray("SQLite format 3\0", 16))
            return fail(tr("The call history %1 is damaged (it is not an SQLite database). It was "
                           "left as it is; move it away to start a new history. This session's "
                           "calls are kept in memory only.")
                            .arg(m_path));
    }
    m_connection = QStringLiteral("fbx-history-%1").arg(quintptr(this));
    QString problem; // said once the connection's objects are gone (see fail())
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        QSqlQuery q(d);
        if (!d.isValid()) {
            problem = tr("Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite): "
                         "this session's calls are kept in memory only.");
        } else {
            d.setDatabaseName(m_path);
            d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
            q = QSqlQuery(d);
        }
        if (problem.isEmpty() && !d.open())
            problem = tr("The call history %1 cannot be opened (%2): this session's calls are "
                         "kept in memory only.")
                          .arg(m_path, d.lastError().text());
        // The WAL journal lets the call log read while calls are written, and a second
        // instance share the file.
        if (problem.isEmpty()) {
            q = QSqlQuery(d);
            if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
                !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
                problem = tr("The call history %1 is locked or damaged (%2): this session's "
                             "calls are kept in memory only; the file was not changed.")
                              .arg(m_path, q.lastError().text());
        }
        if (problem.isEmpty() && (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
                                  q.value(0).toString() != QLatin1String("ok")))
            problem = tr("The call history %1 is damaged (%2). It was left as it is; move it "
                         "away to start a new history. This session's calls are kept in memory "
                         "only.")
                          .arg(m_path, q.lastError().isValid() ? q.lastError().text()
                                                               : q.value(0).toString());
    }
    if (!problem.isEmpty())
        return fail(problem);
    m_state = State::Open;
    problem = HistorySchema::migrate(QSqlDatabase::database(m_connection, false), m_path);
    if (problem.isEmpty()) {
        QSqlQuery q(db(m_connection));
        q.prepare(QStringLiteral("INSERT INTO sessions(started, app_version) VALUES(?, ?)"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(appVersion);
        if (q.exec())
            m_session = q.lastInsertId().toLongLong();
        else
            problem = tr("The call history %1 cannot be written (%2): this session's calls are "
                         "kept in memory only.")
                          .arg(m_path, q.lastError().text());
    }
    if (!problem.isEmpty())
        return fail(problem);
    qCInfo(lcHistory) << "history" << m_path << "session" << m_session;
    return true;
}

void HistoryStore::setBusyTimeout(int ms)
{
    if (isOpen())
        QSqlQuery(db(m_connection)).exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(ms));
}

void HistoryStore::setMaxPageCount(int pages)
{
    if (isOpen())
        QSqlQuery(db(m_connection)).exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages));
}

bool HistoryStore::append(const CallRecord &record)
{
    return append(QList<CallRecord>{record});
}

bool HistoryStore::append(const QList<CallRecord> &records)
{
    if (!isOpen())
        return false;
    const QString problem = writeCalls(m_connection, m_path, m_session, m_bodyLimit, records);
    return problem.isEmpty() || fail(problem);
}

void HistoryStore::stopWriting(const QString &problem)
{
    if (m_state != State::MemoryOnly)
        fail(problem);
}

QString HistoryStore::writeCalls(const QString &connection, const QString &path, qint64 session,
                                 qint64 bodyLimit, const QList<CallRecord> &records)
{
    QSqlDatabase d = db(connection);
    if (!d.transaction())
        return tr("The call history %1 is locked (%2): this session's calls are kept in "
                  "memory only.")
            .arg(path, d.lastError().text());
    QSqlError error;
    for (const CallRecord &r : records) {
        error = insertCall(d, session, bodyLimit, r);
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

QString HistoryStore::where(const Filter &f, QVariantList *values) const
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
        *values << ms(f.since);
    }
    if (f.afterRow > 0) {
        parts << QStringLiteral("row > ?");
        *values << f.afterRow;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QList<HistoryStore::Row> HistoryStore::find(const Filter &filter, int limit, int offset) const
{
    QList<Row> rows;
    if (!isOpen())
        return rows;
    QVariantList values;
    QSqlQuery q(db(m_connection));
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
        Row r;
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

int HistoryStore::count(const Filter &filter) const
{
    if (!isOpen())
        return 0;
    QVariantList values;
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM calls") + where(filter, &values));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

std::optional<CallRecord> HistoryStore::load(quint64 callId) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(db(m_connection));
    // The newest call with that number (two explorers at once may both have used it).
    q.prepare(QStringLiteral("SELECT r.record FROM calls c JOIN records r ON r.row = c.row WHERE "
                             "c.call_id = ? ORDER BY c.row DESC LIMIT 1"));
    q.addBindValue(qint64(callId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return RecordJson::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

std::optional<CallRecord> HistoryStore::loadRow(qint64 row) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("SELECT record FROM records WHERE row = ?"));
    q.addBindValue(row);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return RecordJson::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

QList<CallRecord> HistoryStore::records(const Filter &filter, int limit) const
{
    QList<CallRecord> out;
    if (!isOpen())
        return out;
    QVariantList values;
    QSqlQuery q(db(m_connection));
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

bool HistoryStore::setNote(quint64 callId, const QString &note, QString *why)
{
    if (!isOpen())
        return false;
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("SELECT row FROM calls WHERE call_id = ? ORDER BY row DESC LIMIT 1"));
    q.addBindValue(qint64(callId));
    if (!q.exec() || !q.next())
        return false;
    return setNoteOfRow(q.value(0).toLongLong(), note, why);
}

bool HistoryStore::setNoteOfRow(qint64 row, const QString &note, QString *why)
{
    std::optional<CallRecord> record = loadRow(row);
    if (!record)
        return false;
    record->note = note;
    QSqlDatabase d = db(m_connection);
    const auto failed = [&](const QString &error) {
        if (why)
            *why =
                tr("The note could not be written to the call history %1 (%2).").arg(m_path, error);
        qCWarning(lcHistory) << "note not stored:" << error;
        return false;
    };
    if (!d.transaction())
        return failed(d.lastError().text());
    // The stored record is rewritten as it is (its body as kept), the note changed.
    QSqlQuery q(d);
    q.prepare(QStringLiteral("SELECT record FROM records WHERE row = ?"));
    q.addBindValue(row);
    bool ok = q.exec() && q.next();
    QJsonObject json;
    if (ok) {
        json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        json.insert(QStringLiteral("note"), note);
        q.prepare(QStringLiteral("UPDATE records SET record = ? WHERE row = ?"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        q.addBindValue(row);
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral("UPDATE calls SET note = ?, search = ? WHERE row = ?"));
        q.addBindValue(note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note));
        q.addBindValue(CallSearch::text(*record));
        q.addBindValue(row);
        ok = q.exec();
    }
    if (ok && d.commit())
        return true;
    const QString error = q.lastError().isValid() ? q.lastError().text() : d.lastError().text();
    d.rollback();
    return failed(error);
}

quint64 HistoryStore::lastCallId() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(db(m_connection));
    return q.exec(QStringLiteral("SELECT MAX(call_id) FROM calls")) && q.next()
               ? q.value(0).toULongLong()
               : 0;
}

QList<HistoryStore::Session> HistoryStore::sessions(int limit) const
{
    QList<Session> out;
    if (!isOpen())
        return out;
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral(
        "SELECT s.id, s.started, s.app_version, COUNT(c.call_id) FROM sessions s LEFT JOIN "
        "calls c ON c.session_id = s.id GROUP BY s.id HAVING COUNT(c.call_id) > 0 OR s.id = ? "
        "ORDER BY s.id DESC LIMIT ?"));
    q.addBindValue(m_session);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out << Session{q.value(0).toLongLong(),
                       QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                       q.value(2).toString(), q.value(3).toInt()};
    return out;
}

QStringList HistoryStore::distinct(const QString &column) const
{
    static const QStringList allowed = {QStringLiteral("profile"), QStringLiteral("host"),
                                        QStringLiteral("method"), QStringLiteral("diagnosis")};
    QStringList out;
    if (!isOpen() || !allowed.contains(column))
        return out;
    QSqlQuery q(db(m_connection));
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM calls WHERE %1 IS NOT NULL AND %1 <> '' "
                               "ORDER BY %1")
                    .arg(column)))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

int HistoryStore::clear(const QString &profile)
{
    if (!isOpen())
        return 0;
    QSqlQuery q(db(m_connection));
    if (profile.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM calls"));
    } else {
        q.prepare(QStringLiteral("DELETE FROM calls WHERE profile = ?"));
        q.addBindValue(profile);
    }
    if (!q.exec())
        return 0;
    const int removed = q.numRowsAffected();
    QSqlQuery(db(m_connection))
        .exec(QStringLiteral("DELETE FROM sessions WHERE id <> %1 AND id NOT IN (SELECT "
                             "session_id FROM calls)")
                  .arg(m_session));
    // Give the space back: what was cleared must not linger in free pages of the file.
    QSqlQuery(db(m_connection)).exec(QStringLiteral("VACUUM"));
    qCInfo(lcHistory) << "cleared" << removed << "calls";
    return removed;
}

int HistoryStore::prune(int keepDays, qint64 maxBytes)
{
    if (!isOpen())
        return 0;
    int removed = 0;
    QSqlQuery q(db(m_connection));
    if (keepDays > 0) {
        q.prepare(QStringLiteral("DELETE FROM calls WHERE started < ?"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() - qint64(keepDays) * 86400 * 1000);
        if (q.exec())
            removed += q.numRowsAffected();
    }
    if (maxBytes > 0 && q.exec(QStringLiteral("SELECT SUM(LENGTH(record)) FROM records")) &&
        q.next()) {
        qint64 total = q.value(0).toLongLong();
        // The oldest first, a batch at a time, until the records fit.
        while (total > maxBytes) {
            QSqlQuery batch(db(m_connection));
            if (!batch.exec(QStringLiteral("SELECT row, LENGTH(record) FROM records ORDER BY "
                                           "row ASC LIMIT 500")))
                break;
            quint64 upTo = 0;
            while (total > maxBytes && batch.next()) {
                upTo = batch.value(0).toULongLong();
                total -= batch.value(1).toLongLong();
            }
            if (upTo == 0)
                break;
            QSqlQuery del(db(m_connection));
            del.prepare(QStringLiteral("DELETE FROM calls WHERE row <= ?"));
            del.addBindValue(qint64(upTo));
            if (!del.exec())
                break;
            removed += del.numRowsAffected();
        }
    }
    if (removed > 0)
        QSqlQuery(db(m_connection))
            .exec(QStringLiteral("DELETE FROM sessions WHERE id <> %1 AND id NOT IN (SELECT "
                                 "session_id FROM calls)")
                      .arg(m_session));
    return removed;
}
