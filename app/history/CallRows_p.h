#pragma once

#include "app/calls/CallRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// How calls are written to the history: each call as its two rows (its columns in `calls`, the
// whole record in `records`), a batch in ONE transaction, all of it or none (rolled back), and
// a failed write said in the user's words. HistoryStore and HistoryWriter both write through it.
class CallRows final
{
    Q_DECLARE_TR_FUNCTIONS(CallRows)
public:
    // Writes `records` of session `session` on `connection` (a connection the calling thread
    // opened on `path`). Empty, or why not.
    static QString write(const QString &connection, const QString &path, qint64 session,
                         qint64 bodyLimit, const QList<CallRecord> &records);

private:
    // One call's two rows, inside the caller's transaction. An invalid error: both inserted.
    static QSqlError insert(const QSqlDatabase &d, qint64 session, qint64 bodyLimit,
                            const CallRecord &r);
};
