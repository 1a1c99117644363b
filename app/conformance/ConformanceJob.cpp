#include "ConformanceJob.h"

#include "app/auth/TokenStore.h"
#include "app/conformance/Catalogue.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/session/ProfileConnector.h"
#include "app/session/Recorder.h"
#include "app/session/TokenRequestSettings.h"
#include "app/session/TokenSession.h"
#include "app/session/Workspace.h"

#include <QNetworkAccessManager>
#include <QPointer>

ConformanceJob::ConformanceJob(Workspace *workspace, const ServerProfile &profile, QObject *parent)
    : Job(parent), m_workspace(workspace), m_profile(profile)
{
}

ConformanceJob::~ConformanceJob()
{
    // The run first: it may still hold calls of the client it is given.
    m_run.reset();
}

FhirClient *ConformanceJob::connection(QString *problem)
{
    if (m_client)
        return m_client;
    // A connection of its own, made as the window's is (ProfileConnector), with its calls in the
    // same log and history: switching the main window to another profile mid-run does not move
    // the run, and another profile than the current one can be checked.
    m_nam = new QNetworkAccessManager(this);
    m_client = new FhirClient(m_nam, this);
    m_client->setFormat(m_workspace->client->format());
    m_client->setTimeoutMs(m_workspace->client->timeoutMs());
    m_workspace->recorder->follow(m_client);
    m_connector = new ProfileConnector(m_client, m_workspace->profiles, m_workspace->sandbox,
                                       m_workspace->tokens, this);
    const ConnectResult result = m_connector->connectTo(m_profile);
    m_profile = result.profile;
    if (!result.sandboxProblem.isEmpty()) {
        *problem = result.sandboxProblem;
        return nullptr;
    }
    if (result.baseUrl().isEmpty()) {
        *problem = tr("The profile %1 has no base URL.").arg(m_profile.name);
        return nullptr;
    }
    m_waitsForProxy = result.waitsForProxyPassword;
    if (m_waitsForProxy)
        QObject::connect(
            m_connector, &ProfileConnector::ready, this, [this] { m_waitsForProxy = false; },
            Qt::SingleShotConnection);
    return m_client;
}

QUrl ConformanceJob::baseUrl() const
{
    return m_client ? m_client->baseUrl() : QUrl();
}

void ConformanceJob::withToken(const std::function<void(const QByteArray &)> &then)
{
    if (m_profile.id == m_workspace->profile().id) {
        then(m_workspace->token->token()); // as the token bar has it now (typed, renewed)
        return;
    }
    if (m_profile.environment == ServerProfile::Environment::Sandbox) {
        then({}); // the Sandbox's demo token (ConformanceOptions::addSandboxTokens)
        return;
    }
    // Another profile's token, as saved in the keychain.
    m_workspace->tokens->load(
        TokenStore::tokenKey(m_profile.id),
        [guard = QPointer<ConformanceJob>(this), then](const SecretBackend::Result &r) {
            if (guard)
                then(r.status == SecretBackend::Status::Ok ? r.value : QByteArray());
        });
}

void ConformanceJob::withClientKey(ConformanceOptions options,
                                   const std::function<void(const ConformanceOptions &)> &then)
{
    if (m_profile.environment == ServerProfile::Environment::Sandbox &&
        m_workspace->sandbox->isRunning()) {
        options.addSandboxClientKey(*m_workspace->sandbox);
        then(options);
        return;
    }
    // The profile's token request signs with a key (private_key_jwt): the key from the
    // keychain, as Get token… reads it; kept in memory for this run only.
    const TokenRequestSettings saved = TokenRequestSettings::load(m_profile.id);
    if (!saved.usable() || saved.method != TokenRequestSettings::PrivateKeyJwt) {
        then(options);
        return;
    }
    options.clientId = saved.clientId;
    options.tokenUrl = saved.tokenUrl;
    if (!saved.scope.isEmpty())
        options.clientScope = saved.scope;
    m_workspace->tokens->load(TokenStore::privateKeyKey(m_profile.id),
                              [guard = QPointer<ConformanceJob>(this), options,
                               then](const SecretBackend::Result &r) mutable {
                                  if (!guard)
                                      return;
                                  if (r.status == SecretBackend::Status::Ok)
                                      options.privateKeyPem = r.value;
                                  then(options);
                              });
}

bool ConformanceJob::start(const ConformanceOptions &options, QString *problem)
{
    QString why;
    if (isRunning() || m_starting)
        why = tr("A run is under way.");
    else if (!connection(&why) && why.isEmpty())
        why = tr("No connection to %1.").arg(m_profile.name);
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return false;
    }
    m_header = {m_client->baseUrl().toString(), m_profile.name, 0};
    m_results.clear();
    m_ids.clear();
    for (const Check &c : Catalogue::checks())
        if (Catalogue::matches(options.only, c.id))
            m_ids << c.id;
    m_options.group = options.group; // the title's, before the token is read
    m_starting = true;
    setActivity(tr("Reading the token of %1…").arg(m_profile.name));
    const auto go = [this, options] {
        withToken([this, options](const QByteArray &token) {
            m_starting = false;
            ConformanceOptions o = options;
            if (o.token.isEmpty())
                o.token = token;
            if (m_profile.environment == ServerProfile::Environment::Sandbox &&
                m_workspace->sandbox->isRunning())
                o.addSandboxTokens(*m_workspace->sandbox);
            withClientKey(o, [this](const ConformanceOptions &keyed) {
                m_options = keyed;
                startRun(keyed, false);
            });
        });
    };
    if (m_waitsForProxy) // the proxy's password from the keychain first
        QObject::connect(m_connector, &ProfileConnector::ready, this, go, Qt::SingleShotConnection);
    else
        go();
    Q_EMIT changed();
    return true;
}

bool ConformanceJob::runAgain(const QString &id)
{
    if (id.isEmpty() || isRunning() || m_starting || !m_client)
        return false;
    m_starting = true;
    withToken([this, id](const QByteArray &token) {
        m_starting = false;
        ConformanceOptions o = m_options;
        if (!token.isEmpty())
            o.token = token; // the token may have been renewed since
        o.only = id;
        startRun(o, true);
    });
    return true;
}

void ConformanceJob::startRun(const ConformanceOptions &options, bool again)
{
    m_again = again;
    m_cancelled = false;
    m_done = 0;
    m_expected = 0;
    for (const Check &c : Catalogue::checks())
        m_expected += Catalogue::matches(options.only, c.id) ? 1 : 0;
    m_run = std::make_unique<ConformanceRun>(m_client, options);
    QObject::connect(
        m_run.get(), &ConformanceRun::checkFinished, this, [this](const CheckResult &r) {
            m_results.removeIf([&r](const CheckResult &old) { return old.id == r.id; });
            m_results << r;
            ++m_done;
            Q_EMIT checkFinished(r);
            Q_EMIT changed();
        });
    QObject::connect(m_run.get(), &ConformanceRun::progress, this, &ConformanceJob::setActivity);
    QObject::connect(m_run.get(), &ConformanceRun::finished, this, &ConformanceJob::onFinished);
    m_run->start();
    Q_EMIT changed();
}

void ConformanceJob::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_run->cancel();
    setActivity(tr("Stopping: the exports this run started are being cancelled…"));
}

void ConformanceJob::onFinished()
{
    if (!m_again)
        m_header.elapsedMs = m_run->elapsedMs();
    setActivity(m_run->transportProblem().isEmpty()
                    ? tr("Finished.")
                    : tr("The server could not be reached: %1").arg(m_run->transportProblem()));
    Q_EMIT runFinished();
    Q_EMIT changed();
}

void ConformanceJob::setActivity(const QString &what)
{
    m_activity = what;
    Q_EMIT activityChanged(what);
    // The dock shows the activity only while running; a changed() per call would be too often
    // for nothing, the progress says changed() per check.
}

QString ConformanceJob::transportProblem() const
{
    return m_run ? m_run->transportProblem() : QString();
}

QString ConformanceJob::kind() const
{
    return tr("Conformance run");
}

QString ConformanceJob::title() const
{
    return tr("%1, Group %2").arg(m_profile.name, m_options.group);
}

Job::Status ConformanceJob::status() const
{
    if (m_starting || isRunning())
        return Status::Running;
    if (!m_run)
        return Status::NotStarted;
    if (m_cancelled)
        return Status::Cancelled;
    if (!m_run->transportProblem().isEmpty())
        return Status::Failed;
    return Status::Finished;
}

int ConformanceJob::percent() const
{
    if (!m_run)
        return -1;
    if (!isRunning())
        return 100;
    return m_expected > 0 ? qMin(99, m_done * 100 / m_expected) : -1;
}

QString ConformanceJob::detail() const
{
    if (m_starting || isRunning())
        return tr("%1 of %2 checks · %3").arg(m_done).arg(m_expected).arg(m_activity);
    if (!m_run)
        return {};
    if (!m_run->transportProblem().isEmpty())
        return m_activity;
    return ConformanceReport::summary(m_results);
}
