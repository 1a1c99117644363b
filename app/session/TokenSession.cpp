#include "TokenSession.h"

#include "app/auth/TokenRenewal.h"
#include "app/auth/TokenStore.h"
#include "app/calls/Redaction.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/session/ProfileStore.h"
#include "app/session/TokenRequestSettings.h"
#include "app/session/Workspace.h"

#include <QPointer>
#include <QTimer>

namespace {
QString fingerprintOf(const QByteArray &token)
{
    return token.isEmpty() ? QString() : Redaction::fingerprint(token);
}
} // namespace

TokenSession::TokenSession(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_save(new QTimer(this)), m_recheck(new QTimer(this))
{
    // Tokens go to the keychain shortly after the last keystroke.
    m_save->setSingleShot(true);
    m_save->setInterval(600);
    connect(m_save, &QTimer::timeout, this, &TokenSession::saveNow);
    // A verdict for another token is made again once typing stops (a verdict belongs to one
    // token); a check still running is waited for (checked() starts this again).
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(800);
    connect(m_recheck, &QTimer::timeout, this, [this] {
        if (m_health == Health::Rechecking && !isChecking())
            checkToken();
    });

    // Renewal: the new token replaces the current one like a typed one (saved, inspected).
    connect(workspace->renewal, &TokenRenewal::renewed, this,
            [this](const TokenClient::Response &r) {
                tokenIssued(r, false);
                Q_EMIT statusMessage(
                    tr("The token was renewed before it expired (call #%1).").arg(r.callId), 8000);
            });
    connect(workspace->renewal, &TokenRenewal::failed, this,
            [this](const TokenClient::Response &r) {
                Q_EMIT statusMessage(tr("Renewing the token failed: %1").arg(r.explanation), 15000);
            });
    connect(workspace->tokenClient, &TokenClient::finished, this, &TokenSession::gotToken);
    connect(workspace->health, &TokenHealthCheck::finished, this, &TokenSession::checked);
}

TokenSession::~TokenSession() = default;

void TokenSession::setProfile(const ServerProfile &profile)
{
    if (m_save->isActive())
        saveNow(); // the previous profile's pending save happens now, under its own name
    if (m_profile.environment == ServerProfile::Environment::Sandbox && !m_profile.id.isEmpty())
        m_sandboxTokens.insert(m_profile.id, m_token);
    const bool sameProfile = profile.id == m_profile.id;
    m_profile = profile;
    m_recheck->stop();
    m_healthResult.reset();
    m_getTokenProblem.clear();
    setHealth(Health::Hidden); // a verdict belongs to the profile it was made for
    const QString profileId = profile.id;
    const bool sandbox = profile.environment == ServerProfile::Environment::Sandbox;
    m_token = sandbox ? m_sandboxTokens.value(profileId) : QByteArray();
    apply();
    Q_EMIT tokenChanged(m_token);
    if (!sandbox) {
        m_workspace->tokens->load(
            TokenStore::tokenKey(profileId), [guard = QPointer<TokenSession>(this), this,
                                              profileId](const SecretBackend::Result &r) {
                if (!guard || m_profile.id != profileId || !m_token.isEmpty())
                    return; // the user moved on, or typed already
                if (r.status == SecretBackend::Status::Ok) {
                    m_token = r.value;
                    apply();
                    Q_EMIT tokenChanged(m_token);
                } else if (r.status == SecretBackend::Status::Failed) {
                    Q_EMIT statusMessage(
                        tr("The keychain refused to read the token: %1").arg(r.message), 8000);
                }
            });
    }
    if (!sameProfile && m_renewProfileId != profileId) {
        m_workspace->renewal->stop(); // renewal is for the profile the token was obtained for
        armStoredRenewal();
        Q_EMIT renewableChanged();
    }
}

void TokenSession::setToken(const QByteArray &token)
{
    if (token == m_token)
        return;
    change(token);
    if (m_health == Health::Checking || m_health == Health::Verdict ||
        m_health == Health::Rechecking) {
        m_healthResult.reset(); // that verdict was for another token
        setHealth(Health::Rechecking);
        m_recheck->start();
    }
}

void TokenSession::change(const QByteArray &token)
{
    m_token = token;
    apply();
    m_save->start();
    Q_EMIT tokenChanged(m_token);
}

void TokenSession::useDemoToken()
{
    setToken(m_workspace->sandbox->demoToken());
}

bool TokenSession::renewable() const
{
    return m_workspace->renewal->isArmed() && m_renewProfileId == m_profile.id;
}

QDateTime TokenSession::plannedRenewal() const
{
    const qint64 secs = renewable() ? m_workspace->renewal->secondsUntilRenewal() : -1;
    return secs >= 0 ? QDateTime::currentDateTimeUtc().addSecs(secs) : QDateTime();
}

void TokenSession::saveNow()
{
    m_save->stop();
    if (!m_profile.id.isEmpty() && m_profile.environment != ServerProfile::Environment::Sandbox)
        m_workspace->tokens->save(TokenStore::tokenKey(m_profile.id), m_token);
}

void TokenSession::renewNow()
{
    if (renewable())
        m_workspace->renewal->renewNow();
}

void TokenSession::requestToken(const TokenClient::Request &request)
{
    m_renewRequest = request;
    m_renewProfileId = m_profile.id;
    m_workspace->renewal->stop(); // armed again with this request once it succeeds
    m_getTokenPending = true;
    Q_EMIT gettingTokenChanged(true);
    m_workspace->tokenClient->request(m_renewRequest);
}

void TokenSession::gotToken(const TokenClient::Response &r)
{
    if (!m_getTokenPending)
        return; // a request made by someone else (the token client is shared)
    m_getTokenPending = false;
    Q_EMIT gettingTokenChanged(false);
    Q_EMIT showCallRequested(r.callId);
    if (!r.ok) {
        // Said where the token is, with the call to look at: not a modal box.
        m_healthResult.reset();
        m_recheck->stop();
        m_getTokenProblem = r.explanation;
        m_getTokenCallId = r.callId;
        setHealth(Health::GetTokenFailed);
        Q_EMIT statusMessage(tr("Getting a token failed: %1").arg(r.explanation), 15000);
        return;
    }
    tokenIssued(r, true);
    Q_EMIT statusMessage(r.explanation, 8000);
    // No refresh tokens in Backend Services: ask again before this one runs out.
    if (m_profile.id == m_renewProfileId) {
        m_workspace->renewal->arm(m_renewRequest, r.expiresIn);
        Q_EMIT renewableChanged();
    }
}

void TokenSession::tokenIssued(const TokenClient::Response &r, bool select)
{
    m_issued = {Redaction::fingerprint(r.accessToken), QDateTime::currentDateTimeUtc(), r.expiresIn,
                r.scope};
    if (m_profile.id != m_renewProfileId)
        return; // obtained for a profile the user has left
    setToken(r.accessToken);
    if (select)
        Q_EMIT bearerWanted();
}

void TokenSession::checkToken()
{
    m_recheck->stop();
    if (isChecking())
        return; // its verdict is compared with the token when it comes (checked())
    m_healthResult.reset();
    setHealth(Health::Checking);
    m_workspace->health->start(m_token, m_profile, m_workspace->profiles->all());
}

bool TokenSession::isChecking() const
{
    return m_workspace->health->isRunning();
}

void TokenSession::checked(const TokenHealthCheck::Result &r)
{
    if (m_health == Health::Hidden || m_health == Health::GetTokenFailed)
        return; // made for a profile the user has left
    if (r.fingerprint != fingerprintOf(m_token)) {
        // The token changed while this check ran: one more check once changes settle.
        setHealth(Health::Rechecking);
        m_recheck->start();
        return;
    }
    m_healthResult = r;
    setHealth(Health::Verdict);
    if (!r.callIds.isEmpty())
        Q_EMIT showCallRequested(r.callIds.last());
}

void TokenSession::setHealth(Health health)
{
    m_health = health;
    Q_EMIT healthChanged();
}

void TokenSession::apply()
{
    // Always the working form: the panes' own calls (Groups, capabilities, content, exports)
    // follow it; a broken variant is chosen per request (Workspace::send).
    m_workspace->client->setAuthorization(AuthMode::Bearer, m_token);
    if (m_renewProfileId == m_profile.id)
        m_workspace->renewal->reschedule(); // the token changed: time its renewal by its expiry
    Q_EMIT renewableChanged();
}

void TokenSession::armStoredRenewal()
{
    // A profile whose token request was saved (Get token… once, secret or key in the keychain)
    // can obtain tokens: a token restored at start is renewed like one obtained in this session.
    m_renewProfileId.clear();
    const TokenRequestSettings saved = TokenRequestSettings::load(m_profile.id);
    if (!saved.usable() || m_profile.environment == ServerProfile::Environment::Sandbox)
        return;
    const QString profileId = m_profile.id;
    m_workspace->tokens->load(saved.secretKey(profileId),
                              [guard = QPointer<TokenSession>(this), this, profileId,
                               saved](const SecretBackend::Result &r) {
                                  if (!guard || m_profile.id != profileId ||
                                      r.status != SecretBackend::Status::Ok || r.value.isEmpty())
                                      return;
                                  m_renewRequest = saved.request(r.value);
                                  m_renewProfileId = profileId;
                                  m_workspace->renewal->arm(m_renewRequest);
                                  Q_EMIT renewableChanged();
                              });
}
