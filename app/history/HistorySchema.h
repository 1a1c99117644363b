#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

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

private:
    // The steps from `version` on, one per schema: steps[v] brings schema v to v + 1.
    static QList<QStringList> steps(const QSqlDatabase &d, int version);
    static QStringList layout();                           // schema 2's, for a new file
    static QStringList fromSchema1(const QSqlDatabase &d); // schema 1 moved into schema 2
};
