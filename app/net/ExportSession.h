#pragma once

#include "app/calls/ApiRequest.h"
#include "app/calls/CallRecord.h"
#include "app/fhir/BulkManifest.h"
#include "app/net/ExportJournal.h"
#include "app/net/ExportTypes.h"
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

class ExportDownloads;
class ExportPoller;
class FhirClient;

// One Group export, end to end: kick-off and polling (ExportPoller: Retry-After
// as seconds or HTTP-date, the vendor's X-RetryAfter, 429, transient errors and
// network failures retried; a failed job told apart from a failed status
// check), the manifest, and the downloads (ExportDownloads: to disk, never
// whole in memory; resumed with Range after a dropped connection; verified line
// by line; a finished file is only ever replaced by a complete one). This class
// keeps the state, the outcome and the journal, and composes the two; a token
// that runs out meanwhile is renewed or said once (ExportTokenLoss). Every
// exchange goes through the FhirClient, so the call log shows each poll and
// each download.
class ExportSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportSession)
public:
    // The export's values (ExportTypes.h), by their names in this class.
    using Request = ExportRequest;
    using State = ExportState;
    using PollEvent = ExportPollEvent;
    using FileResult = ExportFileResult;
    using ServerMessage = ExportServerMessage;
    using Outcome = ExportOutcome;

    ExportSession(FhirClient *client, QString outputRoot, QObject *parent = nullptr);
    ~ExportSession() override;

    // The kick-off exactly as start() sends it (Authorization is added when it is
    // sent).
    static ApiRequest kickOffRequest(const FhirClient *client, const Request &request);
    void start(const Request &request);
    // Picks up a job after a restart: polls its status URL again (and downloads
    // what is not complete in its folder yet).
    void resume(const QString &statusUrl, const QString &groupId = {});
    // Journal the job under this profile (no token is ever written).
    void setJournal(ExportJournal *journal, const QString &profileId)
    {
        m_journal = journal;
        m_profileId = profileId;
    }
    // What else the journal keeps so that a resume reaches the server the same
    // way (see ExportJournal::Entry::caBundle and proxy).
    void setJournalConnection(const QString &caBundle, const QString &proxy)
    {
        m_journalCaBundle = caBundle;
        m_journalProxy = proxy;
    }
    void pollNow();
    // DELETE on the status URL while polling; stops downloads otherwise.
    void cancel();
    // Stops polling and downloading without a DELETE: the job stays on the server
    // and in the journal as unfinished (files already downloaded are kept).
    // During the kick-off, cancel().
    void stopWatching();
    // A journaled job that cannot be reached any more (a Sandbox job from before
    // a restart): nothing is sent; the journal records it as failed with `why`,
    // and finished() says so.
    void abandon(const QString &statusUrl, const QString &groupId, const QString &why);
    void setParallel(int n);
    void setMaxBackoffSecs(int s);
    void setMaxRetries(int n);
    // How long to wait for the server to finish the job before giving up (0: no
    // limit).
    void setMaxWaitSecs(qint64 s);
    // A token request can renew the token (fhir-bulk export --profile with a
    // saved request): when the server stops accepting the token, the session asks
    // (tokenRenewalNeeded) and waits for tokenRenewed() or tokenRenewalFailed()
    // instead of failing file after file (tokenRenewed() with the refused token
    // still in the client is ignored). Without it the first refusal stops the
    // run, with the cause, resumable.
    void setTokenRenewable(bool renewable);
    void tokenRenewed();
    void tokenRenewalFailed(const QString &why);
    bool awaitingToken() const;
    // The IG sends the token to the status URL. One on another origin than the
    // server is unusual (a misconfigured or hostile server): the token goes there
    // only when allowed.
    void setTokenToOtherOrigins(bool allow);
    // Bounds on one wait between polls, whatever the server asks.
    static constexpr qint64 minPollSecs = 1;
    static constexpr qint64 maxPollSecs = 3600;
    State state() const { return m_state; }
    QString statusUrlForResume() const { return m_outcome.statusUrl; }
    static QString stateName(State s);

Q_SIGNALS:
    void stateChanged(ExportSession::State state);
    void polled(const ExportSession::PollEvent &event);
    // The calls around the polls, in the same shape, for a timeline: the kick-off
    // (accepted or not) and the cancel DELETE.
    void step(const ExportSession::PollEvent &event);
    void waiting(qint64 seconds, const QString &reason);
    // The manifest arrived: `outcome` lists the files about to be downloaded.
    void downloadsStarted(const ExportSession::Outcome &outcome);
    // Bytes of file `index` on disk so far (a resumed file counts what it already
    // had); total -1 when the server did not say.
    void fileProgress(int index, qint64 received, qint64 total);
    void fileFinished(int index, const ExportSession::FileResult &file);
    void message(const QString &text);
    // The server stopped accepting the token: renew it, then call tokenRenewed().
    void tokenRenewalNeeded();
    void finished(const ExportSession::Outcome &outcome);

private:
    // The poller read the manifest (or found it unusable: `error`).
    void manifestArrived(const CallRecord &r, const QByteArray &body,
                         const std::optional<BulkManifest> &manifest, const QString &error);
    void startDownloads();
    void finishDownloads();
    void setState(State s);
    // The poller and the queue act in their states only (the poller while kicking
    // off or polling, the queue while downloading).
    void tellParts();
    void stopCalls();
    void journal();
    QString jobFolder() const;
    void fail(const QString &text);

    FhirClient *m_client;
    QString m_outputRoot;
    Request m_request;
    State m_state = State::Idle;
    Outcome m_outcome;
    ExportPoller *m_poller;       // the kick-off and the status polls
    ExportDownloads *m_downloads; // the manifest's files, downloaded and verified
    ExportJournal *m_journal = nullptr;
    QString m_profileId;
    QString m_journalCaBundle;
    QString m_journalProxy;
};

Q_DECLARE_METATYPE(ExportSession::PollEvent)
Q_DECLARE_METATYPE(ExportSession::FileResult)
Q_DECLARE_METATYPE(ExportSession::Outcome)
