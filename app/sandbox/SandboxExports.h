#pragma once

#include "app/sandbox/ExportFilters.h"
#include "app/sandbox/SandboxRequest.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QStringList>
#include <optional>

struct SandboxKickOff;
struct SandboxState;

// The Sandbox's Group-level Bulk Data export as HAPI 5.7.6 runs it: kick-off, the job's status
// (progress, Retry-After, the scenario's failures) and manifest, DELETE, and the files with
// ranges, expiry and large synthetic files. Its timings follow the Sandbox's clock.
class SandboxExports
{
public:
    explicit SandboxExports(const SandboxState &state);

    SandboxResponse kickOff(const SandboxRequest &req, const QString &groupId,
                            const SandboxAnswer &answer);
    // GET or DELETE $export-poll-status?_id=<job>.
    SandboxResponse status(const SandboxRequest &req, const SandboxAnswer &answer);
    // GET Binary/<file>/$binary-access-read: a file of a manifest.
    SandboxResponse binaryAccess(const SandboxRequest &req, const QString &fileId,
                                 const SandboxAnswer &answer) const;
    // A large synthetic NDJSON file of `size` bytes, streamed (and resumed with Range).
    SandboxResponse largeFile(const SandboxRequest &req, qint64 size,
                              const SandboxAnswer &answer) const;
    // The deviation switch duplicate-version: the second line gets the first line's id.
    static QByteArray repeatFirstId(const QByteArray &ndjson);

private:
    struct Output
    {
        QString type;
        QString fileId;
        int count = 0;
    };
    struct Job
    {
        QString groupId;
        QDateTime started;
        QDateTime completed;
        QDateTime lastPoll;
        QStringList types;
        QDateTime since;
        ExportFilters filters; // _typeFilter and _elements
        QString key;           // identical kick-offs share a job, as HAPI does
        QString requestUrl;    // for the manifest: the kick-off URL with its query
        bool cancelled = false;
        bool failed = false;
        int transientLeft = 0;
        QList<Output> outputs;
        QStringList errors;
        QStringList ignored; // what lenient handling dropped: said in the manifest's error file
        Output deleted;      // the `deleted` file (scenario deletions with _since); none: no id
    };
    struct File
    {
        QByteArray ndjson;
        QString jobId;
    };

    QString newJob(const SandboxRequest &req, const QString &groupId, const SandboxKickOff &k);
    // The answer of a poll before the manifest: 429, transient 500, progress, a failed job.
    std::optional<SandboxResponse> pollAnswer(const QString &jobId, Job &job,
                                              const SandboxAnswer &answer);
    void completeJob(const QString &jobId, Job &job);
    // The scenario's deletions in the job's Group and types after its _since: one transaction
    // Bundle a line (IG 2.0 `deleted`), in job.deleted.
    void addDeletedFile(const QString &jobId, Job &job, const QStringList &patients);
    // The deviation deleted-also-in-output: the deleted resources of `type` still exported.
    QByteArray deletedStillExported(const QString &type, const QStringList &patients,
                                    int *count) const;
    QString fileUrl(const QString &fileId) const;
    QJsonArray manifestOutput(const Job &job) const;
    SandboxResponse manifest(const Job &job, const SandboxAnswer &answer) const;
    SandboxResponse exportFile(const SandboxRequest &req, const QString &fileId,
                               const SandboxAnswer &answer) const;
    void addRetryAfter(SandboxResponse &r, int secs) const;

    const SandboxState &m_state;
    QHash<QString, Job> m_jobs;
    QHash<QString, File> m_files;
};
