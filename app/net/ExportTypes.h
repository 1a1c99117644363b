#pragma once

#include "app/fhir/BulkManifest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

// What a Group export asks for and what it yields, as values: the request, the state, each poll
// and step, each file, the server's messages and the outcome. Shared by ExportSession (which
// names them ExportSession::Request, ::State, ::PollEvent, ::FileResult, ::ServerMessage,
// ::Outcome), its poller and download queue, the session's ExportJob, the window and fhir-bulk.

struct ExportRequest
{
    QString groupId;
    QStringList types;
    QDateTime since;
    QString outputFormat = QStringLiteral("application/fhir+ndjson");
    QString typeFilter;
    QString elements;
    QString includeAssociatedData;
    bool noCache = false; // Cache-Control: no-cache, so HAPI starts a new job
    bool usePost = false; // POST with a Parameters body instead of GET with a query
    bool lenient = false; // Prefer: handling=lenient
};

// Stopped: no longer watched here (the job goes on at the server; the journal
// still lists it as unfinished, so a resume picks it up).
enum class ExportState { Idle, KickingOff, Polling, Downloading, Done, Failed, Cancelled, Stopped };
struct ExportPollEvent
{
    quint64 callId = 0;
    int status = 0; // 0: no HTTP answer
    // in-progress, rate-limited, transient, network, complete, failed; and in
    // step(): kick-off (accepted), kick-off-failed, kick-off-later (a 429 to
    // the kick-off, sent again after waitSecs), cancel (the DELETE's answer);
    // token-refused (a poll refused for a token that ran out)
    QString kind;
    QString progress; // X-Progress as sent
    int percent = -1;
    qint64 waitSecs = -1; // the wait chosen before the next poll
    QString waitReason;   // which hint (or backoff) chose it, and any bound applied
    QString tokenFingerprint;
    bool tokenWithheld = false; // the status URL is on another origin: sent without the token
};

struct ExportFileResult
{
    QString type;
    QUrl url;
    QString path;
    bool isError = false;   // an OperationOutcome file from the manifest's `error`
    bool isDeleted = false; // a Bundle file from the manifest's `deleted`
    std::optional<qint64> expected;
    qint64 lines = 0;
    qint64 bytes = 0;
    int attempts = 0;
    bool verified = false;
    QString problem;
    QString rejectedPath; // a file that failed verification is kept here, never
                          // under `path`
    QString note;         // something worth saying about a verified file
};

// One message of the server's error files; identical ones are counted
// together.
struct ExportServerMessage
{
    QString severity;
    QString code;
    QString text;
    int count = 0;
};

struct ExportOutcome
{
    ExportState state = ExportState::Idle;
    QString message;
    QString statusUrl;
    QString folder;
    std::optional<BulkManifest> manifest;
    QList<ExportFileResult> files;
    QStringList outcomeMessages;               // diagnostics from the error files, one per issue
    QList<ExportServerMessage> serverMessages; // the same, grouped, in order of first appearance
    int errorFiles = 0;
    int serverMessageCount() const
    {
        int n = 0;
        for (const ExportServerMessage &m : serverMessages)
            n += m.count;
        return n;
    }
    QDateTime expires;      // the manifest's Expires header: files may be gone after it
    qint64 downloadMs = -1; // from the manifest to the last verified file
    qint64 downloadedBytes = 0;
    bool gaveUpWaiting = false; // the job outlived the wait limit; it may still finish
    // The server stopped accepting the token (it expired) and it could not be
    // renewed: the run stopped there; with a new token, a resume goes on where
    // it stopped.
    bool tokenLost = false;
};
