#pragma once

#include "app/calls/ApiRequest.h"
#include "app/calls/CallRecord.h"
#include "app/fhir/BulkManifest.h"
#include "app/net/ExportJournal.h"
#include "app/net/StreamVerifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class ApiCall;
class FhirClient;

// One Group export, end to end (ExportSession.cpp: kick-off and polling; ExportDownloads.cpp: the
// files; ExportTokenLoss.cpp: a token that runs out meanwhile): kick-off, polling (Retry-After as
// seconds or HTTP-date, the vendor's X-RetryAfter, 429, transient errors and network failures
// retried; a failed job told apart from a failed status check), the manifest, and the downloads (to
// disk, never whole in memory; resumed with Range after a dropped connection; verified line by
// line; a finished file is only ever replaced by a complete one). Every exchange goes through the
// FhirClient, so the call log shows each poll and each download.
class ExportSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportSession)
public:
    struct Request
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
    // Stopped: no longer watched here (the job goes on at the server; the journal still lists it
    // as unfinished, so a resume picks it up).
    enum class State { Idle, KickingOff, Polling, Downloading, Done, Failed, Cancelled, Stopped };
    struct PollEvent
    {
        quint64 callId = 0;
        int status = 0; // 0: no HTTP answer
        // in-progress, rate-limited, transient, network, complete, failed; and in step():
        // kick-off (accepted), kick-off-failed, kick-off-later (a 429 to the kick-off, sent
        // again after waitSecs), cancel (the DELETE's answer); token-refused (a poll refused for
        // a token that ran out)
        QString kind;
        QString progress; // X-Progress as sent
        int percent = -1;
        qint64 waitSecs = -1; // the wait chosen before the next poll
        QString waitReason;   // which hint (or backoff) chose it, and any bound applied
        QString tokenFingerprint;
        bool tokenWithheld = false; // the status URL is on another origin: sent without the token
    };
    struct FileResult
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
        QString rejectedPath; // a file that failed verification is kept here, never under `path`
        QString note;         // something worth saying about a verified file
    };
    // One message of the server's error files; identical ones are counted together.
    struct ServerMessage
    {
        QString severity;
        QString code;
        QString text;
        int count = 0;
    };
    struct Outcome
    {
        State state = State::Idle;
        QString message;
        QString statusUrl;
        QString folder;
        std::optional<BulkManifest> manifest;
        QList<FileResult> files;
        QStringList outcomeMessages;         // diagnostics from the error files, one per issue
        QList<ServerMessage> serverMessages; // the same, grouped, in order of first appearance
        int errorFiles = 0;
        int serverMessageCount() const;
        QDateTime expires;      // the manifest's Expires header: files may be gone after it
        qint64 downloadMs = -1; // from the manifest to the last verified file
        qint64 downloadedBytes = 0;
        bool gaveUpWaiting = false; // the job outlived the wait limit; it may still finish
        // The server stopped accepting the token (it expired) and it could not be renewed: the
        // run stopped there; with a new token, a resume goes on where it stopped.
        bool tokenLost = false;
    };

    ExportSession(FhirClient *client, QString outputRoot, QObject *parent = nullptr);
    ~ExportSession() override;

    // The kick-off exactly as start() sends it (Authorization is added when it is sent).
    static ApiRequest kickOffRequest(const FhirClient *client, const Request &request);
    void start(const Request &request);
    // Picks up a job after a restart: polls its status URL again (and downloads what is not
    // complete in its folder yet).
    void resume(const QString &statusUrl, const QString &groupId = {});
    // Journal the job under this profile (no token is ever written).
    void setJournal(ExportJournal *journal, const QString &profileId)
    {
        m_journal = journal;
        m_profileId = profileId;
    }
    // What else the journal keeps so that a resume reaches the server the same way (see
    // ExportJournal::Entry::caBundle and proxy).
    void setJournalConnection(const QString &caBundle, const QString &proxy)
    {
        m_journalCaBundle = caBundle;
        m_journalProxy = proxy;
    }
    void pollNow();
    // DELETE on the status URL while polling; stops downloads otherwise.
    void cancel();
    // Stops polling and downloading without a DELETE: the job stays on the server and in the
    // journal as unfinished (files already downloaded are kept). During the kick-off, cancel().
    void stopWatching();
    // A journaled job that cannot be reached any more (a Sandbox job from before a restart):
    // nothing is sent; the journal records it as failed with `why`, and finished() says so.
    void abandon(const QString &statusUrl, const QString &groupId, const QString &why);
    void setParallel(int n);
    void setMaxBackoffSecs(int s) { m_maxBackoff = qMax(1, s); }
    void setMaxRetries(int n) { m_maxRetries = qMax(0, n); }
    // How long to wait for the server to finish the job before giving up (0: no limit).
    void setMaxWaitSecs(qint64 s) { m_maxWaitSecs = qMax<qint64>(0, s); }
    // A token request can renew the token (fhir-bulk export --profile with a saved request): when
    // the server stops accepting the token, the session asks (tokenRenewalNeeded) and waits for
    // tokenRenewed() or tokenRenewalFailed() instead of failing file after file (tokenRenewed()
    // with the refused token still in the client is ignored). Without it the first refusal stops
    // the run, with the cause, resumable.
    void setTokenRenewable(bool renewable) { m_tokenRenewable = renewable; }
    void tokenRenewed();
    void tokenRenewalFailed(const QString &why);
    bool awaitingToken() const { return m_awaitingToken; }
    // The IG sends the token to the status URL. One on another origin than the server is
    // unusual (a misconfigured or hostile server): the token goes there only when allowed.
    void setTokenToOtherOrigins(bool allow) { m_tokenToOtherOrigins = allow; }
    // Bounds on one wait between polls, whatever the server asks.
    static constexpr qint64 minPollSecs = 1;
    static constexpr qint64 maxPollSecs = 3600;
    State state() const { return m_state; }
    QString statusUrlForResume() const { return m_outcome.statusUrl; }
    static QString stateName(State s);

Q_SIGNALS:
    void stateChanged(ExportSession::State state);
    void polled(const ExportSession::PollEvent &event);
    // The calls around the polls, in the same shape, for a timeline: the kick-off (accepted or
    // not) and the cancel DELETE.
    void step(const ExportSession::PollEvent &event);
    void waiting(qint64 seconds, const QString &reason);
    // The manifest arrived: `outcome` lists the files about to be downloaded.
    void downloadsStarted(const ExportSession::Outcome &outcome);
    // Bytes of file `index` on disk so far (a resumed file counts what it already had); total
    // -1 when the server did not say.
    void fileProgress(int index, qint64 received, qint64 total);
    void fileFinished(int index, const ExportSession::FileResult &file);
    void message(const QString &text);
    // The server stopped accepting the token: renew it, then call tokenRenewed().
    void tokenRenewalNeeded();
    void finished(const ExportSession::Outcome &outcome);

private:
    void sendKickOff();
    void kickOffDone(const CallRecord &r);
    // A 429 to the kick-off: waits and kicks off again, or fails saying when to try again.
    void kickOffLater(const CallRecord &r, PollEvent &kick);
    void poll();
    void pollDone(const CallRecord &r);
    struct ParsedManifest
    {
        QByteArray body;
        std::optional<BulkManifest> manifest;
        QString error;
    };
    void manifestArrived(const CallRecord &r, const ParsedManifest &parsed);
    void scheduleNext(qint64 seconds, const QString &reason);
    qint64 nextBackoff();
    void startDownloads();
    void downloadNext();
    void download(int index, bool resume);
    void downloadDone(int index, const CallRecord &r);
    void startVerifier(int index, const QString &source, qint64 prefixBytes);
    void verifierDone(int index, int generation, const StreamVerifier::Result &result);
    void verified(int index, qint64 lines, QString problem);
    void fileFailed(int index, const QString &problem);
    // A refusal (401, the gateway's AccessDenied) of the token the call carried, once the token
    // has run out by its claims (or cannot say: an opaque one).
    bool tokenRefused(const CallRecord &r) const;
    QString tokenLostCause(const CallRecord &r) const;
    // A download refused for the token: waits for a renewal, or stops the queue.
    void downloadTokenLost(int index, const CallRecord &r);
    void stopQueueForToken(const QString &cause);
    void boundWait(PollEvent &e) const;
    void finishDownloads();
    void setState(State s);
    void stopCalls();
    void journal();
    QString jobFolder() const;
    void fail(const QString &text);

    FhirClient *m_client;
    QString m_outputRoot;
    Request m_request;
    quint64 m_manifestRun = 0; // a manifest parsed for an earlier run is dropped
    State m_state = State::Idle;
    Outcome m_outcome;
    QTimer m_timer;
    QElapsedTimer m_downloadClock;
    QPointer<ApiCall> m_pollCall;
    QList<QPointer<ApiCall>> m_downloads;
    // Each file is verified while it downloads: the download hands every chunk it wrote to a
    // StreamVerifier (a pool task), so the check never reads a file that is still growing.
    struct Verifier
    {
        std::unique_ptr<StreamVerifier> check;
        QString source;    // the file checked: the .part, or the final file after a restart
        qint64 offset = 0; // bytes the attempt continues (a resumed download)
        int generation = 0;
        bool downloaded = false;
        std::optional<StreamVerifier::Result> result;
        QString firstFailure; // what the first failed attempt met: a retry's error never hides it
    };
    std::vector<Verifier> m_verifiers;
    QThreadPool *m_verifyPool;
    QList<int> m_queue;
    int m_active = 0;
    int m_parallel = 2;
    int m_maxBackoff = 60;
    int m_maxRetries = 5;
    int m_failures = 0;     // consecutive failed status checks
    QString m_firstFailure; // what the first of them met (a server that crashed, then refused)
    qint64 m_maxWaitSecs = 12 * 3600;
    QElapsedTimer m_waitClock; // since the job was accepted (or resumed)
    bool m_tokenToOtherOrigins = false;
    bool m_tokenRenewable = false;
    bool m_awaitingToken = false; // a renewal was asked for: nothing is sent until it ends
    std::optional<CallRecord> m_refusedCall; // the call that found the token refused
    QString m_tokenLost; // why the run stopped for the token (empty: it did not)
    bool m_warnedOrigin = false;
    qint64 m_backoff = 0;
    ExportJournal *m_journal = nullptr;
    QString m_profileId;
    QString m_journalCaBundle;
    QString m_journalProxy;
    QString m_kickOff; // the kick-off as sent, for the journal
};

Q_DECLARE_METATYPE(ExportSession::PollEvent)
Q_DECLARE_METATYPE(ExportSession::FileResult)
Q_DECLARE_METATYPE(ExportSession::Outcome)
