#pragma once

// Implementation-only: a part of ExportSession, not used anywhere else.

#include "app/calls/CallRecord.h"
#include "app/net/ExportSession.h"
#include "app/net/StreamVerifier.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>
#include <vector>

class ApiCall;
class FhirClient;
class QThreadPool;

// ExportSession's download queue: the manifest's files, a few at a time, each
// to disk (never whole in memory), resumed with Range after a dropped
// connection, verified line by line while it arrives (a StreamVerifier on a
// pool), and named finally only once verified (a failed one is kept as
// .rejected). A token that runs out meanwhile stops the queue once: renewed
// (tokenRenewalNeeded), or said for the files not downloaded. It fills the
// session's outcome (files, the server's messages); finished() once every file
// has ended.
class ExportDownloads final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDownloads)
public:
    using FileResult = ExportSession::FileResult;

    // `outcome`: the session's, which outlives this queue.
    ExportDownloads(FhirClient *client, ExportSession::Outcome *outcome, QObject *parent = nullptr);
    ~ExportDownloads() override;

    // A new run: no token lost or awaited.
    void reset();
    // The session's state is Downloading: while it is not, nothing is sent and an
    // answer or a verdict arriving is dropped.
    void setRunning(bool running) { m_running = running; }
    // The manifest's files (outcome's manifest and folder) listed in the outcome
    // and queued; the retries' backoff goes on from `backoff`.
    void prepare(qint64 backoff);
    // The first downloads start; finished() at once when there is nothing to
    // download.
    void run();
    // Every download and verifier stops.
    void stop();
    // Since prepare().
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    // Why the queue stopped for the token (empty: it did not).
    QString tokenLost() const { return m_tokenLost; }

    void setParallel(int n);
    void setMaxBackoffSecs(int s) { m_maxBackoff = qMax(1, s); }
    void setMaxRetries(int n) { m_maxRetries = qMax(0, n); }
    void setTokenRenewable(bool renewable) { m_tokenRenewable = renewable; }
    bool awaitingToken() const { return m_awaitingToken; }
    // A new token: the queue goes on, unless it is the token that was refused.
    void tokenRenewed();
    // The renewal failed for `cause`: the files not downloaded say so.
    void tokenRenewalFailed(const QString &cause);

Q_SIGNALS:
    void message(const QString &text);
    void fileProgress(int index, qint64 received, qint64 total);
    void fileFinished(int index, const ExportSession::FileResult &file);
    void tokenRenewalNeeded();
    // Every file has ended (verified, failed, or not downloaded for the token).
    void finished();

private:
    void downloadNext();
    void download(int index, bool resume);
    void downloadDone(int index, const CallRecord &r);
    // A download that did not complete: tried again, or the file failed.
    void downloadFailed(int index, const CallRecord &r);
    void startVerifier(int index, const QString &source, qint64 prefixBytes);
    void verifierDone(int index, int generation, const StreamVerifier::Result &result);
    void verified(int index, qint64 lines, QString problem);
    // The messages of an error file (`held`, where its bytes are now) into the
    // outcome.
    void readServerMessages(const QString &held, FileResult &f);
    void fileEnded();
    void fileFailed(int index, const QString &problem);
    // A download refused for the token: waits for a renewal, or stops the queue.
    void downloadTokenLost(int index, const CallRecord &r);
    void stopQueueForToken(const QString &cause);
    qint64 nextBackoff();

    // The lane (FhirClient::send) with the fewest downloads on it.
    int quietestLane() const;

    FhirClient *m_client;
    ExportSession::Outcome *m_outcome;
    // Downloads under way per lane: each download slot gets a network manager, and so a
    // thread for its TLS, of its own.
    std::vector<int> m_laneLoad;
    bool m_running = false;
    QElapsedTimer m_clock;
    QList<QPointer<ApiCall>> m_downloads;
    // Each file is verified while it downloads: the download hands every chunk it
    // wrote to a StreamVerifier (a pool task), so the check never reads a file
    // that is still growing.
    struct Verifier
    {
        std::unique_ptr<StreamVerifier> check;
        QString source;    // the file checked: the .part, or the final file after a
                           // restart
        qint64 offset = 0; // bytes the attempt continues (a resumed download)
        int generation = 0;
        bool downloaded = false;
        std::optional<StreamVerifier::Result> result;
        QString firstFailure; // what the first failed attempt met: a retry's error
                              // never hides it
    };
    std::vector<Verifier> m_verifiers;
    QThreadPool *m_verifyPool;
    QList<int> m_queue;
    int m_active = 0;
    int m_parallel = 2;
    int m_maxBackoff = 60;
    int m_maxRetries = 5;
    qint64 m_backoff = 0;
    bool m_tokenRenewable = false;
    bool m_awaitingToken = false; // a renewal was asked for: nothing is sent until it ends
    std::optional<CallRecord> m_refusedCall; // the download that found the token refused
    QString m_tokenLost; // why the queue stopped for the token (empty: it did not)
};
