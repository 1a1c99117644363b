#include "ExportPoller_p.h"

#include "app/calls/Diagnoser.h"
#include "app/calls/RetryHint.h"
#include "app/fhir/OperationOutcome.h"
#include "app/net/ApiCall.h"
#include "app/net/ExportKickOff.h"
#include "app/net/ExportTokenLoss_p.h"
#include "app/net/FhirClient.h"
#include "app/support/Logging.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// A short answer that is neither FHIR nor a gateway error, quoted as it came
// (already redacted): often the most useful words a server offers
// ("simulated-bad", "upstream timeout").
QString quotedBody(const CallRecord &r)
{
    const QByteArray body = r.body.trimmed();
    if (body.isEmpty() || r.outcome || r.gatewayError || body.size() > 300 || !r.bodyFile.isEmpty())
        return {};
    return QStringLiteral(" — ") + ExportSession::tr("the server said: \u201c%1\u201d")
                                       .arg(QString::fromUtf8(body).simplified());
}

// scheme://host:port as an origin is compared: "127.0.0.1" alone cannot tell
// two ports apart.
QString origin(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                        QUrl::RemoveFragment)
               .toString() +
           (url.port() < 0
                ? QStringLiteral(":%1").arg(url.scheme() == QLatin1String("https") ? 443 : 80)
                : QString());
}

struct ParsedManifest
{
    QByteArray body;
    std::optional<BulkManifest> manifest;
    QString error;
};

constexpr qint64 minPollSecs = ExportSession::minPollSecs;
constexpr qint64 maxPollSecs = ExportSession::maxPollSecs;

} // namespace

ExportPoller::ExportPoller(FhirClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_timer.setSingleShot(true);
    // One timer for every wait: before the next poll, or before a kick-off the
    // server asked to come back for (429).
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::KickingOff)
            sendKickOff();
        else
            poll();
    });
}

void ExportPoller::reset()
{
    ++m_manifestRun;
    m_failures = 0;
    m_backoff = 0;
    m_awaitingToken = false;
    m_waitClock.start(); // --max-wait counts from here: waits a 429 asks for
                         // before the job too
}

void ExportPoller::kickOff(const ExportSession::Request &request)
{
    reset();
    m_request = request;
    m_statusUrl.clear();
    sendKickOff();
}

void ExportPoller::resume(const QString &statusUrl)
{
    reset();
    m_statusUrl = statusUrl;
    poll();
}

void ExportPoller::stop()
{
    m_timer.stop();
    if (m_pollCall)
        m_pollCall->cancel();
}

void ExportPoller::sendKickOff()
{
    if (m_phase != Phase::KickingOff)
        return;
    const ApiRequest api = ExportKickOff::request(m_client, m_request);
    m_kickOff = QString::fromLatin1(api.method) + QLatin1Char(' ') + api.url.toString() +
                (api.body.isEmpty() ? QString() : QLatin1Char('\n') + QString::fromUtf8(api.body));
    ApiCall *call = m_client->send(api);
    connect(call, &ApiCall::finished, this, &ExportPoller::kickOffDone);
}

void ExportPoller::kickOffLater(const CallRecord &r, PollEvent &kick)
{
    // 429 at the kick-off ("another export is running", "slow down"): come back
    // when the server says (Retry-After, as polls do; backoff without one), as
    // long as --max-wait allows; otherwise say when to start again.
    const RetryHint hint = RetryHint::fromRecord(r);
    kick.kind = QStringLiteral("kick-off-later");
    kick.waitSecs = hint.seconds >= 0 ? hint.seconds : nextBackoff();
    kick.waitReason = hint.seconds >= 0     ? hint.describe()
                      : hint.note.isEmpty() ? ExportSession::tr("no hint: exponential backoff")
                                            : hint.note;
    // Polled no faster than once a second; a long wait is judged against
    // --max-wait as asked (capped to the poll bound only where there is no
    // limit).
    if (kick.waitSecs < minPollSecs || (m_maxWaitSecs == 0 && kick.waitSecs > maxPollSecs))
        boundWait(kick);
    Q_EMIT step(kick);
    const qint64 waited = m_waitClock.elapsed() / 1000;
    const bool tooLong = m_maxWaitSecs > 0 && waited + kick.waitSecs > m_maxWaitSecs;
    if (tooLong || ++m_failures > m_maxRetries) {
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(kick.waitSecs);
        Q_EMIT failed(
            ExportSession::tr("The export could not be started: the server asks you to slow down "
                              "(HTTP 429) "
                              "and to come back in %1 (%2). %3 Start it again after %4.")
                .arg(Diagnoser::humanDuration(kick.waitSecs), kick.waitReason,
                     tooLong
                         ? ExportSession::tr("That is past the wait limit of %1.")
                               .arg(Diagnoser::humanDuration(m_maxWaitSecs))
                         : ExportSession::tr("It asked %n time(s) in a row.", nullptr, m_failures),
                     QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)),
            Failure::Plain);
        return;
    }
    Q_EMIT message(
        ExportSession::tr("The server asks you to slow down (HTTP 429): the export is started "
                          "again in %1 (%2).")
            .arg(Diagnoser::humanDuration(kick.waitSecs), kick.waitReason));
    Q_EMIT waiting(kick.waitSecs, kick.waitReason);
    m_timer.start(int(qMin<qint64>(kick.waitSecs, 20 * 86400) * 1000)); // a QTimer counts in int ms
}

void ExportPoller::kickOffDone(const CallRecord &r)
{
    if (m_phase != Phase::KickingOff)
        return; // cancelled meanwhile
    PollEvent kick;
    kick.callId = r.id;
    kick.status = r.status.value_or(0);
    kick.kind = r.status && *r.status == 202 && !r.responseHeader("Content-Location").isEmpty()
                    ? QStringLiteral("kick-off")
                    : QStringLiteral("kick-off-failed");
    kick.tokenFingerprint = r.tokenFingerprint;
    if (r.status && *r.status == 429) {
        kickOffLater(r, kick);
        return;
    }
    if (kick.kind == QLatin1String("kick-off-failed"))
        Q_EMIT step(kick);
    if (!r.status) {
        Q_EMIT failed(
            ExportSession::tr("The export could not be started: %1").arg(r.diagnosis.summary),
            Failure::Plain);
        return;
    }
    const QByteArray location = r.responseHeader("Content-Location");
    if (*r.status == 202 && !location.isEmpty()) {
        // The status URL is used verbatim, never rebuilt (HAPI's parameter is
        // _jobId, the vendor's _id: only the server knows).
        m_statusUrl = r.url.resolved(QUrl::fromEncoded(location.trimmed())).toString();
        m_failures = 0;
        m_backoff = 0;
        Q_EMIT accepted(m_statusUrl); // the session polls from now on
        const RetryHint hint = RetryHint::fromRecord(r);
        PollEvent first;
        first.waitSecs = hint.seconds >= 0 ? hint.seconds : 1;
        first.waitReason = hint.seconds >= 0 ? hint.describe() : ExportSession::tr("first poll");
        boundWait(first);
        kick.waitSecs = first.waitSecs;
        kick.waitReason = first.waitReason;
        Q_EMIT step(kick);
        scheduleNext(first.waitSecs, first.waitReason);
        return;
    }
    QString why;
    if (*r.status == 202)
        why = ExportSession::tr("Server fault: the kick-off answered 202 without a "
                                "Content-Location, so there is no status URL to poll.");
    else if (*r.status == 200)
        why = ExportSession::tr("Server fault: the kick-off answered 200 where 202 "
                                "Accepted was expected.");
    else
        why = ExportSession::tr("The export could not be started (HTTP %1): %2")
                  .arg(*r.status)
                  .arg(r.diagnosis.summary) +
              quotedBody(r);
    Q_EMIT failed(why, Failure::Plain);
}

qint64 ExportPoller::nextBackoff()
{
    m_backoff = m_backoff <= 0 ? 1 : qMin<qint64>(m_backoff * 2, m_maxBackoff);
    return m_backoff;
}

void ExportPoller::boundWait(PollEvent &e) const
{
    // Retry-After: 0 on every answer would poll thousands of times a second, and
    // a wait of years is a server's mistake: both are bounded, and the bound is
    // said.
    if (e.waitSecs < minPollSecs) {
        e.waitReason +=
            QStringLiteral(" — ") +
            ExportSession::tr("polling at most once every %n second(s)", nullptr, int(minPollSecs));
        e.waitSecs = minPollSecs;
    } else if (e.waitSecs > maxPollSecs) {
        e.waitReason +=
            QStringLiteral(" — ") +
            ExportSession::tr("the server asked for %1; capped to %2, a "
                              "longer wait is not plausible for an export")
                .arg(Diagnoser::humanDuration(e.waitSecs), Diagnoser::humanDuration(maxPollSecs));
        e.waitSecs = maxPollSecs;
    }
}

void ExportPoller::scheduleNext(qint64 seconds, const QString &reason)
{
    if (m_maxWaitSecs > 0 && m_waitClock.isValid() &&
        m_waitClock.elapsed() / 1000 + seconds > m_maxWaitSecs) {
        const qint64 waited = m_waitClock.elapsed() / 1000;
        // Stopping before the limit is reached (the next wait would pass it) says
        // so: "gave up after 1 min (the limit is 5 min)" alone reads as a miscount.
        const QString why =
            waited >= m_maxWaitSecs
                ? ExportSession::tr("Gave up waiting after %1 (the limit is %2)")
                      .arg(Diagnoser::humanDuration(waited),
                           Diagnoser::humanDuration(m_maxWaitSecs))
                : ExportSession::tr("Stopped waiting after %1: the next wait (%2, %3) would pass "
                                    "the limit of %4")
                      .arg(Diagnoser::humanDuration(waited), Diagnoser::humanDuration(seconds),
                           reason, Diagnoser::humanDuration(m_maxWaitSecs));
        Q_EMIT failed(ExportSession::tr("%1: the server has not finished the export. It may still "
                                        "finish: resume with the status URL %2")
                          .arg(why, m_statusUrl),
                      Failure::GaveUpWaiting);
        return;
    }
    Q_EMIT waiting(seconds, reason);
    m_timer.start(int(qBound<qint64>(minPollSecs, seconds, maxPollSecs) * 1000));
}

void ExportPoller::pollNow()
{
    if (m_phase != Phase::Polling || m_pollCall)
        return;
    m_timer.stop();
    poll();
}

void ExportPoller::poll()
{
    if (m_phase != Phase::Polling || m_awaitingToken)
        return;
    ApiRequest api = m_client->prepare(ExportSession::tr("Poll export status"), "GET", m_statusUrl,
                                       {}, {{"Accept", "application/json"}});
    if (!ApiCall::sameOrigin(api.url, m_client->baseUrl()) && !m_tokenToOtherOrigins &&
        api.auth != AuthMode::None) {
        api.auth = AuthMode::None;
        api.token.clear();
        if (!m_warnedOrigin) {
            m_warnedOrigin = true;
            Q_EMIT message(ExportSession::tr("The status URL is on %1, not on the server %2: "
                                             "the token is not sent there "
                                             "(a misconfigured or hostile server could collect "
                                             "it). Allow it in the "
                                             "preferences or with --token-to-status-origin if "
                                             "this server is known to "
                                             "work so.")
                               .arg(origin(api.url), origin(m_client->baseUrl())));
        }
    }
    m_pollCall = m_client->send(api);
    connect(m_pollCall, &ApiCall::finished, this, &ExportPoller::pollDone);
}

void ExportPoller::pollDone(const CallRecord &r)
{
    if (m_phase != Phase::Polling)
        return;
    PollEvent e;
    e.callId = r.id;
    e.status = r.status.value_or(0);
    e.tokenFingerprint = r.tokenFingerprint;
    e.tokenWithheld = m_warnedOrigin && r.tokenFingerprint.isEmpty();
    const RetryHint hint = RetryHint::fromRecord(r);
    if (!r.status) {
        if (m_failures == 0)
            m_firstFailure = r.diagnosis.summary;
        if (++m_failures > m_maxRetries) {
            e.kind = QStringLiteral("failed");
            Q_EMIT polled(e);
            // The first failure first: after a crash, the later ones only find
            // nothing listening.
            const QString what = m_firstFailure == r.diagnosis.summary
                                     ? r.diagnosis.summary
                                     : ExportSession::tr("first: %1 Last: %2")
                                           .arg(m_firstFailure, r.diagnosis.summary);
            Q_EMIT failed(ExportSession::tr("The status check failed %1 times in a row (%2); the "
                                            "export itself may still be running at %3.")
                              .arg(m_failures)
                              .arg(what, m_statusUrl),
                          Failure::Plain);
            return;
        }
        waitThenPoll(e, hint, QStringLiteral("network"));
        return;
    }
    const int status = *r.status;
    if (status == 202) {
        m_failures = 0;
        e.progress = QString::fromLatin1(r.responseHeader("X-Progress"));
        static const QRegularExpression pct(QStringLiteral("(\\d{1,3})\\s*%"));
        const auto m = pct.match(e.progress);
        if (m.hasMatch())
            e.percent = qMin(100, m.captured(1).toInt());
        waitThenPoll(e, hint, QStringLiteral("in-progress"));
        return;
    }
    if (status == 429) {
        waitThenPoll(e, hint, QStringLiteral("rate-limited"));
        return;
    }
    const bool transient = (r.outcome && r.outcome->hasTransientIssue()) || status == 503;
    if (status >= 500 && transient) {
        if (++m_failures > m_maxRetries) {
            Q_EMIT failed(
                ExportSession::tr("The status check failed: the server stayed unavailable (%1).")
                    .arg(r.diagnosis.summary),
                Failure::Plain);
            return;
        }
        waitThenPoll(e, hint, QStringLiteral("transient"));
        return;
    }
    if (status == 200) {
        e.kind = QStringLiteral("complete");
        Q_EMIT polled(e);
        readManifest(r);
        return;
    }
    pollEnded(r, e);
}

// A poll to repeat: after the wait the server asked for, or a backoff of ours without one.
void ExportPoller::waitThenPoll(PollEvent &e, const RetryHint &hint, const QString &kind)
{
    e.kind = kind;
    if (hint.seconds >= 0) {
        e.waitSecs = hint.seconds;
        e.waitReason = hint.describe();
        m_backoff = 0;
    } else {
        e.waitSecs = nextBackoff();
        e.waitReason =
            hint.note.isEmpty() ? ExportSession::tr("no hint: exponential backoff") : hint.note;
    }
    if (!hint.note.isEmpty() && hint.seconds >= 0)
        e.waitReason += QStringLiteral(" — ") + hint.note;
    boundWait(e);
    qCDebug(lcExport) << "poll" << e.callId << e.status << e.kind << "next in" << e.waitSecs
                      << "s:" << e.waitReason;
    Q_EMIT polled(e);
    scheduleNext(e.waitSecs, e.waitReason);
}

void ExportPoller::readManifest(const CallRecord &r)
{
    // A manifest of 10,000 files is a megabyte of JSON: read (a spilled body) and
    // parsed on the pool, the session carrying on when it is ready, unless
    // cancelled meanwhile.
    const quint64 run = ++m_manifestRun;
    auto *watcher = new QFutureWatcher<ParsedManifest>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run, r] {
        watcher->deleteLater();
        if (run != m_manifestRun || m_phase != Phase::Polling)
            return;
        const ParsedManifest parsed = watcher->result();
        Q_EMIT manifestRead(r, parsed.body, parsed.manifest, parsed.error);
    });
    watcher->setFuture(QtConcurrent::run([r] {
        ParsedManifest p;
        p.body = r.wholeBody();
        p.manifest = BulkManifest::parse(p.body, &p.error);
        return p;
    }));
}

void ExportPoller::pollEnded(const CallRecord &r, PollEvent &e)
{
    const int status = e.status;
    if (status >= 500) {
        e.kind = QStringLiteral("failed");
        Q_EMIT polled(e);
        const QString why = r.outcome && !r.outcome->issues.isEmpty()
                                ? r.outcome->issues.first().diagnostics
                                : r.diagnosis.summary;
        Q_EMIT failed(ExportSession::tr("The export failed on the server: %1").arg(why) +
                          (r.outcome ? QString() : quotedBody(r)),
                      Failure::Plain);
        return;
    }
    if (ExportTokenLoss::refused(m_client, r)) {
        e.kind = QStringLiteral("token-refused");
        Q_EMIT polled(e);
        const QString cause = ExportTokenLoss::cause(m_client, r);
        if (m_tokenRenewable) {
            m_awaitingToken = true;
            m_refusedCall = r;
            Q_EMIT message(
                ExportSession::tr("%1 Renewing it; the status is checked again then.").arg(cause));
            Q_EMIT tokenRenewalNeeded();
            return;
        }
        Q_EMIT failed(ExportSession::tr("%1 The job itself may still be running: "
                                        "get a new token and resume.")
                          .arg(cause),
                      Failure::TokenLost);
        return;
    }
    e.kind = QStringLiteral("failed");
    Q_EMIT polled(e);
    if (status == 404 || status == 410)
        Q_EMIT failed(ExportSession::tr("The status check failed: the job is gone (HTTP %1: "
                                        "cancelled, expired or unknown). %2")
                          .arg(status)
                          .arg(r.diagnosis.summary),
                      Failure::Plain);
    else
        Q_EMIT failed(ExportSession::tr("The status check failed (HTTP %1): %2")
                              .arg(status)
                              .arg(r.diagnosis.summary) +
                          quotedBody(r),
                      Failure::Plain);
}

void ExportPoller::tokenRenewed()
{
    // Still the token that was refused (the window says the token changed
    // whenever anything about it does): nothing to go on with yet.
    if (!m_awaitingToken ||
        (m_refusedCall && !m_client->authorizationFor(*m_refusedCall).isEmpty()))
        return;
    m_awaitingToken = false;
    Q_EMIT message(ExportSession::tr("The token was renewed: the export goes on."));
    poll();
}
