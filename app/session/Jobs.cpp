#include "Jobs.h"

#include "app/session/ExportJob.h"

#include <QSet>
#include <algorithm>

Jobs::Jobs(ExportJournal *journal, QObject *parent) : QObject(parent), m_journal(journal) {}

void Jobs::add(Job *job)
{
    if (!job || m_jobs.contains(job))
        return;
    job->setParent(this);
    m_jobs << job;
    connect(job, &Job::changed, this, [this, job] {
        Q_EMIT jobChanged(job);
        Q_EMIT changed();
    });
    Q_EMIT added(job);
    Q_EMIT changed();
}

void Jobs::remove(Job *job)
{
    if (!m_jobs.removeOne(job))
        return;
    disconnect(job, nullptr, this, nullptr);
    Q_EMIT removed(job);
    job->deleteLater();
    Q_EMIT changed();
}

QList<Job *> Jobs::active() const
{
    QList<Job *> out;
    for (Job *job : m_jobs) {
        if (job->isActive())
            out << job;
    }
    return out;
}

QList<ExportJob *> Jobs::exports() const
{
    QList<ExportJob *> out;
    for (Job *job : m_jobs) {
        if (auto *e = qobject_cast<ExportJob *>(job))
            out << e;
    }
    return out;
}

QList<ExportJournal::Entry> Jobs::resumable(const QString &profileId) const
{
    QSet<QString> runningHere;
    for (const ExportJob *job : exports()) {
        if (job->isActive())
            runningHere.insert(job->statusUrl());
    }
    QList<ExportJournal::Entry> out;
    for (const ExportJournal::Entry &e : m_journal->unfinished(profileId)) {
        if (!runningHere.contains(e.statusUrl))
            out << e;
    }
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.updated < b.updated; });
    return out;
}

QString Jobs::goneReason(const ExportJournal::Entry &entry, const QUrl &sandboxUrl) const
{
    bool issuedHere = false;
    for (const ExportJob *job : exports())
        issuedHere = issuedHere || job->statusUrl() == entry.statusUrl;
    return ExportJob::goneReason(entry, sandboxUrl, issuedHere);
}
