#include "HistoryWriter.h"

#include "app/history/CallRows_p.h"
#include "app/history/HistoryStore.h"

#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

// The writer thread's connection: made, used and removed on that thread only.
struct HistoryWriterConnection
{
    QString name;
    QString path;
    qint64 session = 0;
    bool open = false;
};

namespace {

// Empty, or why the connection cannot be used, in the user's words.
QString openConnection(HistoryWriterConnection &c)
{
    QString problem;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c.name);
        d.setDatabaseName(c.path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!d.open()) {
            problem = HistoryWriter::tr("The call history %1 cannot be opened for writing (%2): "
                                        "calls from now on are kept in memory only.")
                          .arg(c.path, d.lastError().text());
        } else {
            // The store set WAL mode on the file; NORMAL syncing is per connection.
            QSqlQuery(d).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        }
    }
    if (problem.isEmpty())
        c.open = true;
    else
        QSqlDatabase::removeDatabase(c.name);
    return problem;
}

void closeConnection(HistoryWriterConnection &c)
{
    if (!c.open)
        return;
    c.open = false;
    {
        QSqlDatabase d = QSqlDatabase::database(c.name, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(c.name);
}

} // namespace

HistoryWriter::HistoryWriter(HistoryStore *store, QObject *parent) : QObject(parent), m_store(store)
{
}

HistoryWriter::~HistoryWriter()
{
    close();
}

void HistoryWriter::start()
{
    close();
    if (!m_store->isOpen())
        return;
    m_failed = false;
    m_connection = std::make_shared<HistoryWriterConnection>();
    m_connection->name = QStringLiteral("fbx-history-writer-%1").arg(quintptr(this));
    m_connection->path = m_store->path();
    m_connection->session = m_store->sessionId();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("history-writer"));
    m_worker = new QObject; // no parent: it moves to the thread
    m_worker->moveToThread(m_thread);
    m_thread->start();
    // `this` outlives every task: close() waits for the thread before anything is deleted.
    const auto connection = m_connection;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_worker,
        [this, connection, generation] {
            const QString problem = openConnection(*connection);
            if (!problem.isEmpty())
                QMetaObject::invokeMethod(
                    this,
                    [this, problem, generation] {
                        if (generation == m_generation)
                            writeFailed(problem);
                    },
                    Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void HistoryWriter::close()
{
    if (!m_thread)
        return;
    // After every queued write (the tasks run in order): the connection goes, then the thread.
    const auto connection = m_connection;
    QMetaObject::invokeMethod(
        m_worker,
        [connection] {
            closeConnection(*connection);
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker; // its thread has finished: nothing runs in it any more
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_connection.reset();
    ++m_generation;
}

void HistoryWriter::flush()
{
    if (!m_thread)
        return;
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_worker, [&done] { done.release(); }, Qt::QueuedConnection);
    done.acquire(); // the tasks run in order: every earlier write has finished
}

void HistoryWriter::append(const CallRecord &record)
{
    if (!isRunning())
        return;
    const auto connection = m_connection;
    const quint64 generation = m_generation;
    const qint64 bodyLimit = m_store->bodyLimit();
    QMetaObject::invokeMethod(
        m_worker,
        [this, connection, generation, bodyLimit, record] {
            if (!connection->open)
                return; // a write failed before: the call stays in the log only
            const QString problem = CallRows::write(connection->name, connection->path,
                                                    connection->session, bodyLimit, {record});
            if (!problem.isEmpty())
                closeConnection(*connection); // nothing more is written
            QThread *by = QThread::currentThread();
            const quint64 id = record.id;
            QMetaObject::invokeMethod(
                this,
                [this, generation, problem, by, id] {
                    if (!problem.isEmpty()) {
                        if (generation == m_generation) // not a run closed since
                            writeFailed(problem);
                        return;
                    }
                    m_lastWrittenBy = by;
                    Q_EMIT written(id);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void HistoryWriter::setMaxPageCount(int pages)
{
    if (!m_thread)
        return;
    const auto connection = m_connection;
    QMetaObject::invokeMethod(
        m_worker,
        [connection, pages] {
            if (connection->open)
                QSqlQuery(QSqlDatabase::database(connection->name, false))
                    .exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages));
        },
        Qt::QueuedConnection);
}

void HistoryWriter::writeFailed(const QString &problem)
{
    if (m_failed)
        return;
    m_failed = true;
    m_store->stopWriting(problem); // logs it, says it (problemChanged), stops
}
