#include "HistoryStore.h"

#include "CallRows_p.h"
#include "HistoryQueries_p.h"
#include "HistorySchema.h"

#include "app/calls/CallSearch.h"
#include "app/support/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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

QString HistoryStore::checkFile() const
{
    QFile file(m_path);
    if (!file.exists()) {
        // Created here, owner-only, before SQLite writes to it (its -wal file copies the mode).
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return tr("The call history %1 cannot be created (%2): this session's calls are "
                      "kept in memory only.")
                .arg(m_path, file.errorString());
        file.close();
    } else if (file.size() > 0) {
        // A file that is not an SQLite database is left exactly as it is.
        if (!file.open(QIODevice::ReadOnly))
            return tr("The call history %1 cannot be read (%2): this session's calls are "
                      "kept in memory only.")
                .arg(m_path, file.errorString());
        const QByteArray magic = file.read(16);
        file.close();
        if (magic != QByteArray("SQLite format 3\0", 16))
            return tr("The call history %1 is damaged (it is not an SQLite database). It was "
                      "left as it is; move it away to start a new history. This session's "
                      "calls are kept in memory only.")
                .arg(m_path);
    }
    return {};
}

QString HistoryStore::openConnection()
{
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
    return problem;
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
    QString problem = checkFile();
    if (problem.isEmpty())
        problem = openConnection();
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
    const QString problem = CallRows::write(m_connection, m_path, m_session, m_bodyLimit, records);
    return problem.isEmpty() || fail(problem);
}

void HistoryStore::stopWriting(const QString &problem)
{
    if (m_state != State::MemoryOnly)
        fail(problem);
}

HistoryQueries HistoryStore::queries() const
{
    return HistoryQueries(m_connection, m_session);
}

QList<HistoryStore::Row> HistoryStore::find(const Filter &filter, int limit, int offset) const
{
    return isOpen() ? queries().find(filter, limit, offset) : QList<Row>{};
}

int HistoryStore::count(const Filter &filter) const
{
    return isOpen() ? queries().count(filter) : 0;
}

std::optional<CallRecord> HistoryStore::load(quint64 callId) const
{
    return isOpen() ? queries().load(callId) : std::nullopt;
}

std::optional<CallRecord> HistoryStore::loadRow(qint64 row) const
{
    return isOpen() ? queries().loadRow(row) : std::nullopt;
}

QList<CallRecord> HistoryStore::records(const Filter &filter, int limit) const
{
    return isOpen() ? queries().records(filter, limit) : QList<CallRecord>{};
}

quint64 HistoryStore::lastCallId() const
{
    return isOpen() ? queries().lastCallId() : 0;
}

QList<HistoryStore::Session> HistoryStore::sessions(int limit) const
{
    return isOpen() ? queries().sessions(limit) : QList<Session>{};
}

QStringList HistoryStore::distinct(const QString &column) const
{
    return isOpen() ? queries().distinct(column) : QStringList{};
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
