#pragma once

#include "app/calls/CallRecord.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <optional>

class HistoryQueries;

// Every call, kept across runs: an SQLite database (Qt SQL, WAL mode) in the app's data folder.
// A record is stored as the call log shows it (already redacted: no token, secret or key can be
// in one), its body up to a size limit. Calls belong to sessions (one per run of the app or of
// a fhir-bulk command). Filters run as SQL on indexed columns, so 100,000 calls filter quickly.
//
// When the database cannot be used (a corrupt or newer file, a lock held too long by another
// program, a full disk) the store says why in problem(), stops writing, and the caller keeps
// its calls in memory: nothing crashes, and the file is left as it was (nothing stored is lost).
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)
public:
    enum class State { Closed, Open, MemoryOnly };
    static constexpr int kSchemaVersion = 4;
    static constexpr qint64 kDefaultBodyLimit = 256 * 1024;

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    static QString defaultPath(); // <app data>/history.sqlite

    // Opens the database (created and migrated as needed) and starts a session. False: the
    // store is MemoryOnly and problem() says why, in words for the user.
    bool open(const QString &path = defaultPath(), const QString &appVersion = {});
    void close();
    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    QString problem() const { return m_problem; }
    QString path() const { return m_path; }
    qint64 sessionId() const { return m_session; }

    // Bodies longer than this keep their first part (the record says so).
    void setBodyLimit(qint64 bytes) { m_bodyLimit = qMax<qint64>(0, bytes); }
    qint64 bodyLimit() const { return m_bodyLimit; }
    // How long to wait for another program's lock before giving up (ms).
    void setBusyTimeout(int ms);
    // SQLite's page limit for this connection: a database that reaches it answers "full" as a
    // full disk does (tests use it to reach that path).
    void setMaxPageCount(int pages);

    // Stores one call of this session in one transaction: its two rows (`calls` and `records`)
    // both, or neither. False: it was not stored (problem() says why; the store is MemoryOnly
    // from then on). The window writes through a HistoryWriter (a thread of its own) instead.
    bool append(const CallRecord &record);
    // Many calls in one transaction (an import, a benchmark): all stored, or none.
    bool append(const QList<CallRecord> &records);
    // Sets the note of a stored call (empty removes it): its record, its `note` column and the
    // text the filter looks in, in one transaction. setNote() takes the newest call with that
    // number (as load() does), setNoteOfRow() one stored row. False: no such call (`why` left
    // empty), or the write failed (`why` says so in words; the history itself goes on).
    bool setNote(quint64 callId, const QString &note, QString *why = nullptr);
    bool setNoteOfRow(qint64 row, const QString &note, QString *why = nullptr);
    // A write on another connection (HistoryWriter's) failed: the store says `problem` and is
    // MemoryOnly from then on, as if its own write had failed.
    void stopWriting(const QString &problem);

    struct Session
    {
        qint64 id = 0;
        QDateTime started;
        QString appVersion;
        int calls = 0;
    };
    QList<Session> sessions(int limit = 500) const;

    // What a search asks for; empty fields match everything.
    struct Filter
    {
        QString text;        // in the URL, purpose, diagnosis, request or correlation id, status
        int statusClass = 0; // 2, 3, 4, 5 for 2xx…5xx; -1 for no answer; 0 for any
        QString diagnosis;   // exact diagnosis code
        QString cause;       // a cause code among the call's causes
        QString profile;
        QString host;
        QString method;
        qint64 sessionId = 0;
        QDateTime since;          // started at or after
        qint64 afterRow = 0;      // only calls stored after this row (Row::row): what is new
        QString tokenFingerprint; // the calls that carried the token with this fingerprint
    };
    struct Row
    {
        quint64 callId = 0;
        qint64 row = 0; // the database's own key: unique even when two explorers ran at once
        qint64 sessionId = 0;
        QDateTime started;
        QString profile;
        QString host;
        QString method;
        QString url;
        std::optional<int> status;
        QString diagnosis;
        qint64 elapsedMs = -1;
        qint64 size = 0;
        QString note; // the analyst's note; empty: none
    };
    // Newest first.
    QList<Row> find(const Filter &filter, int limit, int offset = 0) const;
    int count(const Filter &filter) const;
    std::optional<CallRecord> load(quint64 callId) const; // the newest with that number
    std::optional<CallRecord> loadRow(qint64 row) const;
    // Whole records, oldest first (the call log restored on start: the calls of today).
    QList<CallRecord> records(const Filter &filter, int limit) const;
    quint64 lastCallId() const;
    QStringList distinct(const QString &column) const; // "profile", "host", "method", "diagnosis"

    // Removes every call (profile empty) or a profile's calls; returns how many.
    int clear(const QString &profile = {});
    // Removes calls older than `keepDays` (0: none by age), then the oldest until the database
    // holds at most `maxBytes` of records (0: no size limit). Returns how many went.
    int prune(int keepDays, qint64 maxBytes);

Q_SIGNALS:
    // The store stopped writing (or could not open): problem() says why.
    void problemChanged();

private:
    bool fail(const QString &problem);
    QString checkFile() const; // an SQLite file, or none yet (created owner-only); else why not
    QString openConnection();  // the connection, WAL, checked; else why not
    HistoryQueries queries() const;

    QString m_connection;
    QString m_path;
    State m_state = State::Closed;
    QString m_problem;
    qint64 m_session = 0;
    qint64 m_bodyLimit = kDefaultBodyLimit;
};
