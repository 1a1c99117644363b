#include "ConformanceRun.h"

#include "app/calls/RetryHint.h"
#include "app/conformance/Catalogue.h"
#include "app/conformance/CheckSet.h"
#include "app/conformance/ExportChecks.h"
#include "app/conformance/FileChecks.h"
#include "app/conformance/LenientChecks.h"
#include "app/conformance/LevelChecks.h"
#include "app/conformance/ParameterChecks.h"
#include "app/conformance/ScopeChecks.h"
#include "app/conformance/TokenChecks.h"
#include "app/conformance/TokenGrantChecks.h"
#include "app/conformance/VendorChecks.h"
#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxTokens.h"
#include "app/support/Logging.h"

#include <QTimer>
#include <QUrlQuery>

namespace {
constexpr qint64 kDefaultPollSecs = 2; // a 202 without a usable Retry-After
constexpr qint64 k429Secs = 5;         // a 429 without a usable Retry-After
} // namespace

void ConformanceOptions::addSandboxTokens(const SandboxHost &host)
{
    if (token.isEmpty())
        token = host.demoToken();
    expiredToken = host.mintToken(-60);
    underScopedToken = host.mintToken(3600, QStringLiteral("system/Patient.read"));
    knownDeletions = host.deletedResources(group);
}

void ConformanceOptions::addSandboxClientKey(SandboxHost &host)
{
    clientId = QLatin1String(SandboxTokens::kDemoJwtClientId);
    tokenUrl = host.tokenUrl();
    privateKeyPem = host.demoJwtPrivateKeyPem();
}

ConformanceRun::ConformanceRun(FhirClient *client, ConformanceOptions options, QObject *parent)
    : QObject(parent), m_client(client), m_options(std::move(options))
{
    m_sets.push_back(std::make_unique<VendorChecks>());
    m_sets.push_back(std::make_unique<ExportChecks>());
    m_sets.push_back(std::make_unique<LevelChecks>());
    m_sets.push_back(std::make_unique<TokenChecks>());
    m_sets.push_back(std::make_unique<TokenGrantChecks>());
    m_sets.push_back(std::make_unique<ParameterChecks>());
    m_sets.push_back(std::make_unique<LenientChecks>());
    m_sets.push_back(std::make_unique<ScopeChecks>());
    m_sets.push_back(std::make_unique<FileChecks>()); // last: its passive step judges every call
}

ConformanceRun::~ConformanceRun() = default;

void ConformanceRun::start()
{
    m_clock.start();
    m_running = true;
    for (const auto &set : m_sets)
        m_steps << set->steps(*this);
    nextStep();
}

void ConformanceRun::cancel()
{
    m_cancelled = true;
}

int ConformanceRun::count(CheckResult::Outcome outcome) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [outcome](const CheckResult &r) { return r.outcome == outcome; }));
}

bool ConformanceRun::selected(const QString &id) const
{
    return Catalogue::matches(m_options.only, id);
}

QString ConformanceRun::notRunReason(const QString &id) const
{
    const auto check = Catalogue::find(id);
    if (!check)
        return {};
    if (check->slow && !m_options.includeSlow)
        return tr("waits for a whole export: opt in with --include-slow (the window: Slow "
                  "checks)");
    if (check->startsExport && !m_options.includeExports)
        return tr("starts an export (and cancels it): opt in with --include-exports (the window: "
                  "Checks that start exports)");
    return {};
}

void ConformanceRun::nextStep()
{
    while (m_stepIndex < m_steps.size()) {
        const ConformanceStep &step = m_steps.at(m_stepIndex++);
        m_active.clear();
        m_missingToken.clear();
        m_stepCut = false;
        for (const QString &id : step.ids) {
            if (!selected(id))
                continue;
            const auto check = Catalogue::find(id);
            if (m_cancelled) {
                setResult(id, CheckResult::Outcome::Skipped, tr("the run was cancelled"));
            } else if (check && check->vendorOnly && !m_options.vendorProfile) {
                setResult(id, CheckResult::Outcome::NotApplicable,
                          tr("a documented answer of the Netsmart vendor page; this profile is "
                             "not a Netsmart server"));
            } else if (const QString why = notRunReason(id); !why.isEmpty()) {
                setResult(id, CheckResult::Outcome::Skipped, why);
            } else {
                m_active.insert(id);
            }
        }
        if (m_active.isEmpty())
            continue;
        const QStringList ids = step.ids;
        step.run([this, ids] {
            // A check its step did not judge (a prerequisite failed) is skipped, with that said.
            for (const QString &id : ids) {
                if (!m_active.contains(id))
                    continue;
                if (m_stepCut)
                    setResult(id, CheckResult::Outcome::Skipped, tr("the run was cancelled"));
                else
                    setResult(id, CheckResult::Outcome::Skipped,
                              m_missingToken.isEmpty()
                                  ? tr("not judged: an earlier call of its step went wrong")
                                  : tr("needs a %1 token, which this run does not have")
                                        .arg(m_missingToken));
            }
            m_active.clear();
            QTimer::singleShot(0, this, &ConformanceRun::nextStep);
        });
        return;
    }
    cancelLeftovers();
}

void ConformanceRun::cancelLeftovers()
{
    // Every export this run started and did not cancel itself is cancelled now.
    if (m_started.isEmpty()) {
        finishRun();
        return;
    }
    const QUrl url = m_started.takeFirst();
    Probe p;
    p.purpose = tr("Conformance: cancel the export this run started");
    p.method = "DELETE";
    p.path = url.toString();
    const bool wasCancelled = m_cancelled;
    m_cancelled = false; // the clean-up goes out even after a cancel
    m_cleaningUp = true;
    send(p, [this, wasCancelled](const CallRecord &) {
        m_cancelled = wasCancelled;
        m_cleaningUp = false;
        cancelLeftovers();
    });
}

void ConformanceRun::finishRun()
{
    // A run whose checks were all not applicable sent nothing: no answer is no problem then.
    if (!m_anyAnswer && m_transportProblem.isEmpty() && !m_seen.isEmpty())
        m_transportProblem = tr("the server did not answer any call");
    if (m_anyAnswer)
        m_transportProblem.clear();
    m_running = false;
    Q_EMIT finished();
}

bool ConformanceRun::hasToken(Token token) const
{
    switch (token) {
    case Token::None:
    case Token::Empty:
        return true;
    case Token::Expired:
        return !m_options.expiredToken.isEmpty();
    case Token::UnderScoped:
        return !m_options.underScopedToken.isEmpty();
    default:
        return !m_options.token.isEmpty();
    }
}

QString ConformanceRun::tokenName(Token token)
{
    switch (token) {
    case Token::Expired:
        return tr("expired");
    case Token::UnderScoped:
        return tr("under-scoped (system/Patient.read)");
    default:
        return tr("valid");
    }
}

void ConformanceRun::send(const Probe &probe, const Reply &reply)
{
    if (m_cancelled && !m_cleaningUp) {
        // Cancelled (Stop, or quitting): the step's remaining calls are not sent; its checks are
        // skipped (setResult), and the exports started are cancelled at the end.
        m_stepCut = true;
        CallRecord none;
        none.transportErrorCode = QStringLiteral("conform.cancelled");
        none.transportError = tr("not sent: the run was cancelled");
        QTimer::singleShot(0, this, [reply, none] { reply(none); });
        return;
    }
    if (!hasToken(probe.token)) {
        m_missingToken = tokenName(probe.token);
        CallRecord none;
        none.transportErrorCode = QStringLiteral("conform.no-token");
        none.transportError = tr("not sent: no %1 token").arg(m_missingToken);
        QTimer::singleShot(0, this, [reply, none] { reply(none); });
        return;
    }
    ApiRequest r =
        m_client->prepare(probe.purpose, probe.method, probe.path, probe.body, probe.headers);
    if (probe.noAccept)
        r.headers.removeIf(
            [](const auto &h) { return h.first.compare("Accept", Qt::CaseInsensitive) == 0; });
    r.requestId = probe.requestId;
    switch (probe.token) {
    case Token::None:
        r.auth = AuthMode::None;
        break;
    case Token::Empty:
        r.auth = AuthMode::Empty;
        break;
    case Token::Garbled:
        r.auth = AuthMode::Garbled;
        r.token = m_options.token;
        break;
    case Token::Raw:
        r.auth = AuthMode::Raw;
        r.token = m_options.token;
        break;
    case Token::Expired:
        r.auth = AuthMode::Bearer;
        r.token = m_options.expiredToken;
        break;
    case Token::UnderScoped:
        r.auth = AuthMode::Bearer;
        r.token = m_options.underScopedToken;
        break;
    case Token::Valid:
        r.auth = AuthMode::Bearer;
        r.token = m_options.token;
        break;
    }
    Q_EMIT progress(QStringLiteral("%1 %2").arg(QString::fromLatin1(r.method), r.url.toString()));
    ApiCall *call = m_client->send(r);
    connect(call, &ApiCall::finished, this, [this, probe, reply](const CallRecord &record) {
        m_seen << record;
        if (record.hasResponse())
            m_anyAnswer = true;
        else if (m_transportProblem.isEmpty())
            m_transportProblem = record.transportError;
        // 429: the server asked for a pause; honoured within the max wait, never judged.
        if (record.status == 429 && !m_cancelled) {
            const RetryHint hint = RetryHint::fromRecord(record);
            const qint64 wait = hint.seconds >= 0 ? hint.seconds : k429Secs;
            const qint64 left = m_options.maxWaitSecs * 1000 - m_clock.elapsed();
            if (wait * 1000 <= left) {
                Q_EMIT progress(
                    tr("429 Too Many Requests: waiting %n second(s)", nullptr, int(wait)));
                QTimer::singleShot(wait * 1000, this, [this, probe, reply] { send(probe, reply); });
                return;
            }
        }
        reply(record);
    });
}

void ConformanceRun::kickoff(const QString &query, const Reply &reply, const Probe &changes)
{
    Probe p = changes;
    if (p.purpose.isEmpty())
        p.purpose = tr("Conformance: export kick-off");
    if (p.path.isEmpty())
        p.path = QStringLiteral("Group/%1/$export%2").arg(m_options.group, query);
    HeaderList headers{{"Accept", "application/fhir+json"},
                       {"Prefer", "respond-async"},
                       {"Cache-Control", "no-cache"}};
    for (const auto &h : std::as_const(p.headers)) {
        headers.removeIf(
            [&h](const auto &d) { return d.first.compare(h.first, Qt::CaseInsensitive) == 0; });
        if (!h.second.isNull())
            headers.append(h);
    }
    p.headers = headers;
    send(p, [this, reply](const CallRecord &r) {
        const QUrl location = QUrl(QString::fromUtf8(r.responseHeader("Content-Location")));
        if (r.status == 202 && location.isValid() && !location.isEmpty()) {
            // A relative location is resolved against the base only to cancel it.
            const QUrl url =
                location.isRelative() ? m_client->resolve(location.toString()) : location;
            if (!m_started.contains(url))
                m_started << url;
            m_statusUrls.insert(url);
        }
        reply(r);
    });
}

void ConformanceRun::cancelExport(const QUrl &statusUrl, const Reply &reply)
{
    if (!m_cancelled) // after a cancel this DELETE is not sent: the clean-up sends it
        m_started.removeAll(statusUrl);
    Probe p;
    p.purpose = tr("Conformance: cancel the export");
    p.method = "DELETE";
    p.path = statusUrl.toString();
    send(p, reply);
}

void ConformanceRun::waitForExport(const QUrl &statusUrl,
                                   const std::function<void(const CallRecord &, bool)> &done)
{
    poll(statusUrl, done);
}

void ConformanceRun::poll(const QUrl &statusUrl,
                          const std::function<void(const CallRecord &, bool)> &done)
{
    Probe p;
    p.purpose = tr("Conformance: poll export status");
    p.path = statusUrl.toString();
    p.headers = {{"Accept", "application/json"}};
    send(p, [this, statusUrl, done](const CallRecord &r) {
        if (r.status != 202 || m_cancelled) {
            done(r, false);
            return;
        }
        // No fixed give-up: the server's Retry-After, within the user's max wait.
        const RetryHint hint = RetryHint::fromRecord(r);
        const qint64 wait = (hint.seconds >= 0 ? hint.seconds : kDefaultPollSecs) * 1000;
        const qint64 left = m_options.maxWaitSecs * 1000 - m_clock.elapsed();
        if (wait > left) {
            done(r, true);
            return;
        }
        const QString progressText = QString::fromUtf8(r.responseHeader("X-Progress"));
        Q_EMIT progress(
            progressText.isEmpty()
                ? tr("Export in progress; next poll in %n second(s)", nullptr, int(wait / 1000))
                : tr("Export in progress (%1); next poll in %n second(s)", nullptr,
                     int(wait / 1000))
                      .arg(progressText));
        QTimer::singleShot(qMax<qint64>(wait, 100), this,
                           [this, statusUrl, done] { poll(statusUrl, done); });
    });
}

void ConformanceRun::judge(const QString &id, const QStringList &problems,
                           const QList<quint64> &calls, const QString &note)
{
    const auto check = Catalogue::find(id);
    if (!check)
        return;
    if (!m_missingToken.isEmpty()) {
        // A call of the step could not go out for want of a token: nothing to judge.
        setResult(id, CheckResult::Outcome::Skipped,
                  tr("needs a %1 token, which this run does not have").arg(m_missingToken));
        return;
    }
    if (problems.isEmpty())
        setResult(id, CheckResult::Outcome::Pass, note, calls);
    else
        setResult(id, CheckResult::forProblem(check->weight), problems.join(QStringLiteral("; ")),
                  calls);
}

void ConformanceRun::setResult(const QString &id, CheckResult::Outcome outcome,
                               const QString &reason, const QList<quint64> &calls)
{
    if (!selected(id))
        return;
    const bool fromStep = m_active.remove(id);
    // A result of a step for a check it may not judge now (not selected, not applicable) is
    // dropped: the run already said why that check did not run.
    const bool already = std::any_of(m_results.cbegin(), m_results.cend(),
                                     [&id](const CheckResult &r) { return r.id == id; });
    const bool verdict =
        outcome != CheckResult::Outcome::Skipped && outcome != CheckResult::Outcome::NotApplicable;
    if (already || (!fromStep && verdict))
        return;
    CheckResult r;
    r.id = id;
    r.outcome = outcome;
    r.reason = reason;
    if (m_stepCut && verdict) {
        // A call of its step was never sent: the check was not judged, whatever its step says.
        r.outcome = CheckResult::Outcome::Skipped;
        r.reason = tr("the run was cancelled");
    }
    QList<quint64> ids;
    for (quint64 c : calls)
        if (c != 0 && !ids.contains(c))
            ids << c;
    r.calls = ids;
    m_results << r;
    Q_EMIT checkFinished(r);
}
