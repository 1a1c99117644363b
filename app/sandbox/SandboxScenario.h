#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The switches that make the Sandbox misbehave on purpose, so analysts can rehearse what they
// cannot provoke on production. Set from the app's Sandbox menu, `fhir-bulk sandbox` flags, or
// POST /_sandbox/scenario with a JSON object of the fields below (GET returns the current one).
struct SandboxScenario
{
    enum class RetryAfter { Seconds, HttpDate, XRetryAfter, None };

    int exportDurationMs = 2000; // time until the manifest is ready
    RetryAfter retryAfter = RetryAfter::Seconds;
    int retryAfterSecs = 1;      // the wait each 202 asks for
    bool tooFast429 = false;     // a poll earlier than asked answers 429 + Retry-After
    int transientErrors = 0;     // the next N polls answer 500 with issue.code "transient"
    bool failJob = false;        // the job fails: polls answer 500 with an OperationOutcome
    bool errorFiles = false;     // the manifest lists an OperationOutcome file in `error`
    bool omitCount = false;      // manifest outputs without `count` (HAPI does this)
    int fileExpirySecs = 0;      // files answer 404 this long after completion (0: never)
    bool dropMidFile = false;    // file downloads stop half way (the connection is closed)
    int latencyMs = 0;           // added to every answer
    int tokenLifetimeSecs = 300; // access tokens from /oauth/token
    int largeFileMiB = 0;        // > 0: the manifest also lists a synthetic file of this size
    int trickleKiBps = 0;        // > 0: export files are sent at this rate (slow downloads)
    int largeFiles = 1;          // ... this many of them (for parallel downloads)
    int smallFiles = 0;          // > 0: the manifest also lists this many synthetic small files
    int smallFileKiB = 8;        // ... of this size each (scale runs: 10,000 files)
    bool filesOnOtherOrigin =
        false; // file URLs use "localhost" instead of 127.0.0.1 (another origin)
    // Group search and read answer without looking at the Authorization header, as the SMART
    // reference server's do; kick-off, status and files still need a valid token.
    bool openReads = false;
    // Bulk Data IG 2.0 deletions, off by default (HAPI 5.7.6, the vendor's server, has none): a
    // few resources are deleted (SyntheticPatients::deletions()), absent from every export, and
    // a kick-off with _since before them gets them in the manifest's `deleted` files.
    bool deletions = false;
    // Set: the manifest's file URLs start with this instead of the Sandbox's own base, for files
    // served by another server with the same paths (a static nginx in the benchmarks).
    QString fileBaseUrl;
    // Documented behaviours broken on purpose (SandboxDeviations::names()): none by default.
    QStringList deviations;

    bool deviates(const char *name) const { return deviations.contains(QLatin1String(name)); }

    static QString retryAfterKey(RetryAfter r);
    static RetryAfter retryAfterFromKey(const QString &key, bool *ok = nullptr);
    QJsonObject toJson() const;
    // Applies the fields present in `json`; false (and *error) on an unknown field or a bad value.
    bool apply(const QJsonObject &json, QString *error);
};
