#pragma once

#include "app/net/ExportJournal.h"

#include <QList>
#include <QObject>
#include <QUrl>

class ExportJob;
class Job;

// The session's jobs: every export started or resumed here (later the runs of saved requests and
// the conformance runs), whatever window shows them. The one source for "unfinished exports":
// the status line and the Resume action both ask resumable().
class Jobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Jobs)
public:
    explicit Jobs(ExportJournal *journal, QObject *parent = nullptr);

    ExportJournal *journal() const { return m_journal; }
    // Takes the job (it is deleted with the list or by remove()).
    void add(Job *job);
    // A job that never started (its window closed before Start): gone from the list.
    void remove(Job *job);
    QList<Job *> all() const { return m_jobs; }
    QList<Job *> active() const; // running or waiting
    QList<ExportJob *> exports() const;

    // The journalled exports of this profile to resume: unfinished in the journal and not run by
    // a job here. Newest last.
    QList<ExportJournal::Entry> resumable(const QString &profileId) const;
    // Why `entry` cannot be resumed (see ExportJob::goneReason), with the Sandbox that runs now at
    // `sandboxUrl` (empty: none).
    QString goneReason(const ExportJournal::Entry &entry, const QUrl &sandboxUrl) const;

Q_SIGNALS:
    void added(Job *job);
    void removed(Job *job);
    void jobChanged(Job *job);
    void changed(); // a job was added, removed or changed: the unfinished count may differ

private:
    ExportJournal *m_journal;
    QList<Job *> m_jobs;
};
