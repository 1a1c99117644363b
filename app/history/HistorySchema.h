#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The history database's schema: the current layout (HistoryStore::kSchemaVersion), and the
// steps that bring an older file to it, each in a transaction of its own, so a failed step
// leaves the file as it was. A schema change is a new step, never an edit of an old one. Run by
// HistoryStore::open(); its messages are the store's, in the user's words.
class HistorySchema
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
public:
    // Brings the open database `d` (the file at `path`, named in messages) to the current
    // schema. Empty, or why the schema cannot be used (newer, locked, a step failed).
    static QString migrate(QSqlDatabase d, const QString &path);
};
