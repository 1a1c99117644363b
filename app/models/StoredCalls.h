#pragma once

#include "app/history/Har.h"
#include "app/history/HistoryStore.h"

#include <QList>
#include <QString>
#include <optional>

class HistoryWriter;

// What the window does with the stored history and with HAR files, for the front end: the calls
// a History filter selects, one stored call, clearing (after the calls still being written are
// in), and a HAR written or read. The window reaches the history through it (ui uses no history
// type itself).
class StoredCalls
{
public:
    // Either may be null: then there is nothing stored (problem() says so) and nothing to wait for.
    StoredCalls(HistoryStore *store, HistoryWriter *writer);

    // Why the history cannot be used, when it is in memory only (empty: it can).
    QString problem() const;
    bool isOpen() const;
    QString path() const;
    // Why there is nothing to clear: the store's problem, or empty when it was never opened.
    QString notOpenReason() const;

    QList<CallRecord> records(const HistoryStore::Filter &filter, int limit) const;
    std::optional<CallRecord> loadRow(qint64 storedRow) const;
    // Waits for the calls being written, then removes every call (profile empty) or a
    // profile's: calls made before Clear do not come back after it. How many went.
    int clear(const QString &profile);
    // The note of a stored call, after the calls being written are in (a call just made is
    // found). `callId` the newest call with that number, or `storedRow` when it is known (>0).
    // False: not stored (`why` says why when the write failed; empty: the call is not there).
    bool setNote(quint64 callId, qint64 storedRow, const QString &note, QString *why);

    // The calls as HAR 1.2 (redacted as they are), by this version of the app.
    static QByteArray har(const QList<CallRecord> &calls);
    static std::optional<Har::ReadResult> readHar(const QByteArray &bytes, QString *error);

private:
    HistoryStore *m_store;
    HistoryWriter *m_writer;
};
