#pragma once

// Implementation-only: a part of ExportSession, not used anywhere else.

#include "app/calls/CallRecord.h"
#include "app/calls/RetryHint.h"
#include "app/fhir/BulkManifest.h"
#include "app/net/ExportSession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

class ApiCall;
class FhirClient;

// ExportSession's status poller: the kick-off (a 429 waited out and the
// kick-off sent again), then the polls of the status URL until the manifest is
// read: Retry-After as seconds or HTTP-date, the vendor's X-RetryAfter, 429,
// transient errors and network failures retried with backoff, every wait
// bounded and judged against the wait limit; a failed job told apart from a
// failed status check; a token refused meanwhile renewed (tokenRenewalNeeded)
// or said. The session keeps the state and sets the phase (setPhase); what
// happened comes back through the signals.
class ExportPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportPoller)
public:
    using PollEvent = ExportSession::PollEvent;
    enum class Phase { Idle, KickingOff, Polling };
    // What else a failure means for the outcome.
    enum class Failure { Plain, GaveUpWaiting, TokenLost };

    explicit ExportPoller(FhirClient *client, QObject *parent = nullptr);

    // The session's state, as far as the poller acts on it: nothing is sent or
    // waited for while Idle, and an answer arriving then is dropped.
    void setPhase(Phase phase) { m_phase = phase; }
    // Sends the kick-off (the phase is KickingOff); the wait limit counts from
    // here.
    void kickOff(const ExportSession::Request &request);
    // Polls a job's status URL again (the phase is Polling); the wait limit
    // counts from here.
    void resume(const QString &statusUrl);
    void pollNow();
    // The wait before the next poll or kick-off stops.
    void stopWaiting() { m_timer.stop(); }
    // The wait and a poll under way stop.
    void stop();
    // The kick-off as sent (method, URL and body), for the journal.
    QString kickOffText() const { return m_kickOff; }
    // The backoff reached (the downloads go on from it).
    qint64 backoff() const { return m_backoff; }

    void setMaxBackoffSecs(int s) { m_maxBackoff = qMax(1, s); }
    void setMaxRetries(int n) { m_maxRetries = qMax(0, n); }
    void setMaxWaitSecs(qint64 s) { m_maxWaitSecs = qMax<qint64>(0, s); }
    void setTokenRenewable(bool renewable) { m_tokenRenewable = renewable; }
    void setTokenToOtherOrigins(bool allow) { m_tokenToOtherOrigins = allow; }
    bool awaitingToken() const { return m_awaitingToken; }
    // A new token: the status is checked again, unless it is the token that was
    // refused.
    void tokenRenewed();
    // The renewal failed: nothing is awaited any more (the session says why and
    // fails).
    void tokenRenewalFailed() { m_awaitingToken = false; }

Q_SIGNALS:
    void polled(const ExportSession::PollEvent &event);
    void step(const ExportSession::PollEvent &event);
    void waiting(qint64 seconds, const QString &reason);
    void message(const QString &text);
    void tokenRenewalNeeded();
    // The server accepted the kick-off: polling `statusUrl` begins.
    void accepted(const QString &statusUrl);
    // The job is complete: its manifest, read and parsed off the GUI thread
    // (`manifest` empty: `error` says why it cannot be used).
    void manifestRead(const CallRecord &r, const QByteArray &body,
                      const std::optional<BulkManifest> &manifest, const QString &error);
    void failed(const QString &text, ExportPoller::Failure failure);

private:
    void reset();
    void sendKickOff();
    void kickOffDone(const CallRecord &r);
    // A 429 to the kick-off: waits and kicks off again, or fails saying when to
    // try again.
    void kickOffLater(const CallRecord &r, PollEvent &kick);
    void poll();
    void pollDone(const CallRecord &r);
    void waitThenPoll(PollEvent &e, const RetryHint &hint, const QString &kind);
    // A 200: the manifest is read and parsed on the pool.
    void readManifest(const CallRecord &r);
    // The polls' answers that end the job here: failed, gone, or refused for the
    // token.
    void pollEnded(const CallRecord &r, PollEvent &e);
    void scheduleNext(qint64 seconds, const QString &reason);
    qint64 nextBackoff();
    void boundWait(PollEvent &e) const;

    FhirClient *m_client;
    Phase m_phase = Phase::Idle;
    ExportSession::Request m_request;
    QString m_statusUrl;
    QString m_kickOff;         // the kick-off as sent, for the journal
    quint64 m_manifestRun = 0; // a manifest parsed for an earlier run is dropped
    QTimer m_timer;
    QPointer<ApiCall> m_pollCall;
    int m_maxBackoff = 60;
    int m_maxRetries = 5;
    int m_failures = 0;     // consecutive failed status checks
    QString m_firstFailure; // what the first of them met (a server that crashed,
                            // then refused)
    qint64 m_maxWaitSecs = 12 * 3600;
    QElapsedTimer m_waitClock; // since the job was accepted (or resumed)
    bool m_tokenToOtherOrigins = false;
    bool m_tokenRenewable = false;
    bool m_awaitingToken = false; // a renewal was asked for: nothing is sent until it ends
    std::optional<CallRecord> m_refusedCall; // the poll that found the token refused
    bool m_warnedOrigin = false;
    qint64 m_backoff = 0;
};
