#pragma once

#include "app/calls/ApiRequest.h"
#include "app/calls/CallRecord.h"
#include "app/conformance/Check.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

class FhirClient;
class CheckSet;
class SandboxHost;

// What a conformance run is asked to do, and with which tokens.
struct ConformanceOptions
{
    QString group = QStringLiteral("1"); // the Group the exports and reads use
    QString only;                        // --only: comma-separated wildcard patterns of ids
    bool vendorProfile = false;  // the vendor's documented answers apply (Netsmart, the Sandbox)
    bool includeExports = false; // checks that start an export (and cancel it)
    bool includeSlow = false;    // checks that wait for an export to complete
    QByteArray token;            // a valid token; empty: the checks that need one are skipped
    QByteArray expiredToken;     // empty: the expired-token checks are skipped
    QByteArray underScopedToken; // scoped system/Patient.read; empty: skipped
    qint64 maxWaitSecs = 3600;   // the longest an export may take (the user's max wait)
    // The SMART Backend Services client that signs its assertions (private_key_jwt): its id, the
    // token URL (empty: the SMART configuration's token_endpoint), the scope it asks for, and its
    // private key (PEM). In memory only: never logged, never in a record, a report or a file.
    // No key: the checks that ask for a token with an assertion are not applicable.
    QString clientId;
    QUrl tokenUrl;
    QString clientScope = QStringLiteral("system/*.read");
    QByteArray privateKeyPem;
    // "Type/id" the server is known to have deleted in the Group after its data's last update
    // (the Sandbox with deletions on): ig.manifest.deleted-with-since expects them listed.
    QStringList knownDeletions;

    // The running Sandbox's tokens: its demo token unless one is set, an expired one and an
    // under-scoped one (system/Patient.read).
    void addSandboxTokens(const SandboxHost &host);
    // The running Sandbox's private_key_jwt demo client: its id, token URL and private key.
    void addSandboxClientKey(SandboxHost &host);
};

// One step of a run: the checks it judges and what it does. `run` gets a callback to call once
// (and only once) when its calls are done and its checks judged.
struct ConformanceStep
{
    QStringList ids;
    std::function<void(std::function<void()> done)> run;
};

// A conformance run against one server: the catalogue's checks, sent through the session's
// client so every call is numbered and recorded like any other (the records are the evidence),
// judged one step after another. Read-only unless the options include exports; every export it
// starts is cancelled; 429 is honoured within the user's max wait, and so is Retry-After.
class ConformanceRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConformanceRun)
public:
    // Which token a probe carries.
    enum class Token { Valid, None, Empty, Garbled, Raw, Expired, UnderScoped };
    struct Probe
    {
        QString purpose;
        QByteArray method = "GET";
        QString path; // "Group/1", "metadata", or a whole URL
        QByteArray body;
        HeaderList headers; // replace the defaults of the same name
        Token token = Token::Valid;
        QByteArray requestId;  // empty: a fresh UUID
        bool noAccept = false; // send no Accept header at all
    };
    using Reply = std::function<void(const CallRecord &)>;

    ConformanceRun(FhirClient *client, ConformanceOptions options, QObject *parent = nullptr);
    ~ConformanceRun() override;

    void start();
    // Stops after the call under way: the calls its step has left are not sent (their checks are
    // skipped, never failed), and the exports started are still cancelled.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    // Exports this run started that are not cancelled yet (quitting now would leave them).
    int exportsOut() const { return int(m_started.size()); }
    const ConformanceOptions &options() const { return m_options; }
    const QList<CheckResult> &results() const { return m_results; }
    int count(CheckResult::Outcome outcome) const;
    // Whether a SHALL check failed: fhir-bulk conform's exit 1.
    bool shallFailed() const { return count(CheckResult::Outcome::Fail) > 0; }
    // Set when no call of the run got an answer from the server at all (why, in words).
    QString transportProblem() const { return m_transportProblem; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    // For the check sets.
    void send(const Probe &probe, const Reply &reply);
    // The kick-off defaults (Prefer: respond-async, Cache-Control: no-cache, Accept FHIR JSON) on
    // [base]/Group/{g}/$export + `query`; a 202's Content-Location is cancelled at the end.
    void kickoff(const QString &query, const Reply &reply, const Probe &changes);
    void kickoff(const QString &query, const Reply &reply) { kickoff(query, reply, Probe()); }
    // DELETE of an export started here; it is no longer cancelled at the end.
    void cancelExport(const QUrl &statusUrl, const Reply &reply);
    // Polls until the export is no longer in progress (Retry-After honoured, 429 too) or the max
    // wait runs out; `done` gets the last answer and whether it timed out.
    void waitForExport(const QUrl &statusUrl,
                       const std::function<void(const CallRecord &, bool timedOut)> &done);
    bool hasToken(Token token) const;
    // Judges a check: no problems is a pass; otherwise the check's weight decides (SHALL fails,
    // SHOULD warns, MAY informs). Ids not selected for this run are ignored.
    void judge(const QString &id, const QStringList &problems, const QList<quint64> &calls,
               const QString &note = {});
    void setResult(const QString &id, CheckResult::Outcome outcome, const QString &reason,
                   const QList<quint64> &calls = {});
    // Every record of the run so far, for the passive checks.
    const QList<CallRecord> &seen() const { return m_seen; }
    // Whether `url` is the Content-Location of an export this run kicked off.
    bool isStatusUrl(const QUrl &url) const { return m_statusUrls.contains(url); }
    static QString tokenName(Token token);

Q_SIGNALS:
    void checkFinished(const CheckResult &result);
    void progress(const QString &what);
    void finished();

private:
    void nextStep();
    void finishRun();
    void cancelLeftovers();
    bool selected(const QString &id) const;
    QString notRunReason(const QString &id) const;
    void poll(const QUrl &statusUrl, const std::function<void(const CallRecord &, bool)> &done);

    FhirClient *m_client;
    ConformanceOptions m_options;
    std::vector<std::unique_ptr<CheckSet>> m_sets;
    QList<ConformanceStep> m_steps;
    qsizetype m_stepIndex = 0;
    QSet<QString> m_active;    // ids the current step may judge
    QString m_missingToken;    // the step needed a token the run does not have
    bool m_stepCut = false;    // a call of the step was not sent: the run was cancelled
    bool m_cleaningUp = false; // the exports left are being cancelled (sent even after a cancel)
    QList<CheckResult> m_results;
    QList<CallRecord> m_seen;
    QList<QUrl> m_started; // exports started and not yet cancelled
    QSet<QUrl> m_statusUrls;
    QString m_transportProblem;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_anyAnswer = false;
};
