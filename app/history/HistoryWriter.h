#pragma once

#include <QObject>
#include <QString>
#include <memory>

struct CallRecord;
class HistoryStore;
struct HistoryWriterConnection;
class QThread;

// Writes the window's calls into the history on a thread of its own, so that no write (a body
// read back from its file, SQLite syncing the file, a lock held by another program) holds the
// window up. The thread owns its own connection to the store's database (a connection may only
// be used by the thread that made it); the store's connection on the GUI thread keeps reading
// beside it (the database is in WAL mode).
//
// Each call is written in one transaction (both its rows, or neither), in the store's session,
// in the order append() was called. When a write fails, the store is told
// (HistoryStore::stopWriting: problemChanged, MemoryOnly, the problem in words) and nothing more
// is written: the calls stay in the call log, in memory, as when the store's own write fails.
// close() (and the destructor) writes what is queued before the thread ends: nothing is lost at
// quit.
class HistoryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriter)
public:
    explicit HistoryWriter(HistoryStore *store, QObject *parent = nullptr);
    ~HistoryWriter() override; // close()

    // Starts the thread and its connection on the store's database (the store must be open;
    // otherwise nothing is written). A running writer is closed first.
    void start();
    // Writes what is queued, closes the connection and ends the thread; returns when done.
    void close();
    // Returns once every call queued so far is written (or refused): before the history is
    // cleared, so that no call made before Clear lands after it.
    void flush();
    bool isRunning() const { return m_thread != nullptr && !m_failed; }

    // Queues one call of the store's session, kept with the store's body limit. Ignored while
    // the writer is not running (not started, closed, or a write failed).
    void append(const CallRecord &record);
    // SQLite's page limit on the writer's connection, from the next queued write on (a
    // database that reaches it answers "full" as a full disk does: tests reach that path so).
    void setMaxPageCount(int pages);

    // The thread that writes (nullptr when not running), and the thread that committed the
    // last call written: tests check that the GUI thread does not write.
    QThread *writerThread() const { return m_thread; }
    QThread *lastWrittenBy() const { return m_lastWrittenBy; }

Q_SIGNALS:
    // The call is in the database (its transaction committed). Emitted on the thread the
    // writer was made in, so a view may read it from its own connection at once.
    void written(quint64 callId);

private:
    void writeFailed(const QString &problem);

    HistoryStore *m_store;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread: the queued writes run in its context
    std::shared_ptr<HistoryWriterConnection> m_connection; // used on m_thread only
    quint64 m_generation = 0;                              // answers from a closed run are ignored
    bool m_failed = false;
    QThread *m_lastWrittenBy = nullptr;
};
