#include "Workspace.h"

#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenRenewal.h"
#include "app/auth/TokenStore.h"
#include "app/history/HistoryStore.h"
#include "app/history/HistoryWriter.h"
#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/session/ExportJob.h"
#include "app/session/GroupsBrowser.h"
#include "app/session/Jobs.h"
#include "app/session/Recorder.h"
#include "app/session/SentCall.h"
#include "app/session/ServerSession.h"
#include "app/session/TokenHealthCheck.h"
#include "app/session/TokenSession.h"
#include "app/support/AppSettings.h"

#include <QCoreApplication>

Workspace::Workspace(FhirClient *client_, SandboxHost *sandbox_, ProfileStore *profiles_,
                     TokenStore *tokens_, QObject *parent)
    : QObject(parent), client(client_), sandbox(sandbox_), profiles(profiles_), tokens(tokens_),
      connector(new ProfileConnector(client_, profiles_, sandbox_, tokens_, this)),
      server(new ServerSession(client_, this)), groups(new GroupsBrowser(client_, this)),
      health(new TokenHealthCheck(client_, this)), tokenClient(new TokenClient(client_, this)),
      renewal(new TokenRenewal(client_, this)), recorder(new Recorder(client_, this)),
      history(recorder->history()), historyWriter(recorder->writer()),
      token(new TokenSession(this, this)), jobs(new Jobs(&journal, this))
{
    connect(recorder, &Recorder::stored, this, &Workspace::callStored);
    connect(history, &HistoryStore::problemChanged, this, &Workspace::historyProblemChanged);
    connect(tokens, &TokenStore::sessionOnlyChanged, this, &Workspace::keychainChanged);
    connect(tokens, &TokenStore::writeProblemChanged, this, [this](const QString &problem) {
        Q_EMIT keychainChanged();
        if (!problem.isEmpty())
            Q_EMIT keychainWriteFailed(problem);
    });
}

Workspace::~Workspace()
{
    // The jobs use the journal, a member: they go first, not with the QObject children after it.
    delete jobs;
}

ConnectResult Workspace::connectTo(const ServerProfile &profile)
{
    const ConnectResult connection = connector->connectTo(profile);
    m_profile = connection.profile;
    token->setProfile(m_profile);
    return connection;
}

SentCall *Workspace::send(const RequestDraft &draft, QString *problem)
{
    if (m_profile.environment == ServerProfile::Environment::Sandbox && !sandbox->isRunning()) {
        *problem = tr("The Sandbox is not running.");
        return nullptr;
    }
    ApiRequest request =
        client->prepare(draft.purpose.isEmpty() ? tr("Send request") : draft.purpose, draft.method,
                        draft.target, draft.body, draft.headers);
    request.requestId = draft.requestId;
    if (!authorise(request, draft.authVariant, problem))
        return nullptr;
    return new SentCall(client->send(std::move(request)), recorder, this);
}

bool Workspace::authorise(ApiRequest &request, const QString &variant, QString *problem) const
{
    if (variant == QLatin1String("expired") || variant == QLatin1String("other-environment")) {
        if (m_profile.environment != ServerProfile::Environment::Sandbox) {
            *problem = tr("This token variant can be made on the Sandbox only (other servers "
                          "sign their own).");
            return false;
        }
        request.auth = AuthMode::Bearer;
        // A token signed by the Sandbox but issued for the preview environment, as a token
        // copied from the wrong profile is.
        QString preview;
        for (const ServerProfile &p : ServerProfile::builtIns()) {
            if (p.environment == ServerProfile::Environment::Preview)
                preview = p.baseUrl.toString();
        }
        request.token = variant == QLatin1String("expired")
                            ? sandbox->mintToken(-600)
                            : sandbox->mintTokenForAudience(preview);
        return true;
    }
    // The client's form is the working one (Bearer); the draft's variant is for this call alone.
    // With no token, a mode that carries one sends no header at all (the Empty variant is the
    // way to send an empty one on purpose).
    const AuthMode mode = authModeFromKey(variant);
    const bool carriesToken = mode != AuthMode::None && mode != AuthMode::Empty;
    request.auth = carriesToken && request.token.isEmpty() ? AuthMode::None : mode;
    return true;
}

ExportJob *Workspace::newExport(const QString &outputRoot, const QString &profileId,
                                QObject *parent)
{
    // The job copies the connection as it is now (its own client): a later profile switch leaves
    // it with its server and token. A new token for its profile (renewed, replaced) follows it.
    auto *job = new ExportJob(client, outputRoot, &journal, profileId, parent);
    connect(token, &TokenSession::renewableChanged, job, [this, job] {
        if (job->profileId() == m_profile.id)
            job->takeToken(*client);
    });
    return job;
}

QString Workspace::goneReason(const ExportJournal::Entry &entry, const QString &profileId) const
{
    const QUrl sandboxUrl = profileId == ServerProfile::sandbox().id ? client->baseUrl() : QUrl();
    return jobs->goneReason(entry, sandboxUrl);
}

QString Workspace::historyProblem() const
{
    return history->problem();
}

void Workspace::setHistoryBodyLimit(qint64 bytes)
{
    history->setBodyLimit(bytes);
}

bool Workspace::openHistory(const QString &path)
{
    historyWriter->close();
    m_restored.clear();
    if (!history->open(path, QCoreApplication::applicationVersion()))
        return false;
    history->setBodyLimit(qint64(AppSettings::historyBodyLimitKiB()) * 1024);
    history->prune(AppSettings::historyKeepDays(),
                   qint64(AppSettings::historyMaxMiB()) * 1024 * 1024);
    ApiCall::continueIdsAfter(history->lastCallId());
    // Today's newest calls, read before the window shows: bounded in number and in body bytes
    // (a day of large answers must not slow the start), the rest a click away in View → History.
    HistoryStore::Filter today;
    today.since = QDateTime(QDate::currentDate(), QTime(0, 0));
    const QList<CallRecord> recent = history->records(today, 500);
    qint64 bytes = 0;
    qsizetype first = recent.size();
    while (first > 0 && bytes + recent.at(first - 1).body.size() <= 32 * 1024 * 1024)
        bytes += recent.at(--first).body.size();
    m_restored = recent.mid(first);
    historyWriter->start();
    return true;
}

void Workspace::setFormat(const FormatOptions &format)
{
    client->setFormat(format);
}

void Workspace::setTimeoutMs(int ms)
{
    client->setTimeoutMs(ms);
}

QString Workspace::trustAsProfile(const ServerProfile &profile)
{
    return client->trustAsProfile(profile);
}

QByteArray Workspace::authorizationFor(const CallRecord &record) const
{
    return client->authorizationFor(record);
}

void Workspace::saveProxyPassword(const QString &profileId, const QString &password)
{
    tokens->save(TokenStore::proxyPasswordKey(profileId), password.toUtf8());
}

void Workspace::forgetSecrets(const QString &profileId)
{
    tokens->remove(TokenStore::tokenKey(profileId));
    tokens->remove(TokenStore::proxyPasswordKey(profileId));
}

bool Workspace::keychainSessionOnly() const
{
    return tokens->isSessionOnly();
}

QString Workspace::keychainSessionOnlyReason() const
{
    return tokens->sessionOnlyReason();
}

QString Workspace::keychainWriteProblem() const
{
    return tokens->writeProblem();
}

QString Workspace::keychainName()
{
    return KeychainSecretBackend::backendName();
}

QUrl Workspace::baseUrl() const
{
    return client->baseUrl();
}
