#pragma once

#include "app/history/HistoryStore.h"

#include <QSqlDatabase>

// The history's reads, on an open connection of HistoryStore's: the calls a filter finds (as
// SQL on indexed columns), whole records, the sessions, the values each column holds. Only
// HistoryStore makes one, for as long as one read takes.
class HistoryQueries final
{
public:
    HistoryQueries(QString connection, qint64 session);

    QList<HistoryStore::Row> find(const HistoryStore::Filter &filter, int limit, int offset) const;
    int count(const HistoryStore::Filter &filter) const;
    std::optional<CallRecord> load(quint64 callId) const;
    std::optional<CallRecord> loadRow(qint64 row) const;
    QList<CallRecord> records(const HistoryStore::Filter &filter, int limit) const;
    quint64 lastCallId() const;
    QList<HistoryStore::Session> sessions(int limit) const;
    QStringList distinct(const QString &column) const;

private:
    QSqlDatabase database() const;
    // The WHERE clause for `filter`, its values appended to `values` in order.
    QString where(const HistoryStore::Filter &filter, QVariantList *values) const;

    QString m_connection;
    qint64 m_session = 0;
};
