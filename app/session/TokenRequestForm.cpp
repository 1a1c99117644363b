#include "TokenRequestForm.h"

#include "app/auth/SmartDiscovery.h"
#include "app/auth/TokenStore.h"
#include "app/net/FhirClient.h"
#include "app/session/SandboxControl.h"
#include "app/session/Workspace.h"
#include "app/tokens/SigningKey.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

TokenRequestForm::TokenRequestForm(Workspace *workspace, const ServerProfile &profile,
                                   QObject *parent)
    : QObject(parent), m_workspace(workspace), m_profile(profile),
      m_discovery(new TokenEndpointDiscovery(workspace->client, this))
{
    connect(m_discovery, &TokenEndpointDiscovery::finished, this,
            [this](const TokenEndpointDiscovery::Result &r) {
                Discovery d;
                d.tokenUrl = r.tokenUrl;
                switch (r.source) {
                case TokenEndpointDiscovery::Source::SmartConfiguration:
                    d.source = Source::SmartConfiguration;
                    break;
                case TokenEndpointDiscovery::Source::CapabilityStatement:
                    d.source = Source::CapabilityStatement;
                    break;
                case TokenEndpointDiscovery::Source::None:
                    d.source = Source::None;
                    break;
                }
                d.callIds = r.callIds;
                Q_EMIT discovered(d);
            });
}

TokenRequestForm::~TokenRequestForm() = default;

bool TokenRequestForm::isSandbox() const
{
    return m_profile.environment == ServerProfile::Environment::Sandbox;
}

TokenRequestSettings TokenRequestForm::initial() const
{
    TokenRequestSettings s = TokenRequestSettings::load(m_profile.id);
    if (!isSandbox())
        return s;
    const SandboxControl sandbox(m_workspace->sandbox);
    s.tokenUrl = sandbox.tokenUrl();
    if (!s.stored)
        s.clientId = SandboxControl::demoClientId();
    return s;
}

QByteArray TokenRequestForm::knownSecret(const QString &clientId) const
{
    if (isSandbox() && clientId == SandboxControl::demoClientId())
        return SandboxControl::demoClientSecret().toUtf8();
    return {};
}

void TokenRequestForm::loadSecrets()
{
    // The keychain answers asynchronously, maybe after the form is gone.
    const QPointer<TokenRequestForm> guard(this);
    m_workspace->tokens->load(TokenStore::clientSecretKey(m_profile.id),
                              [guard](const SecretBackend::Result &r) {
                                  if (guard && r.status == SecretBackend::Status::Ok)
                                      Q_EMIT guard->clientSecretLoaded(r.value);
                              });
    m_workspace->tokens->load(TokenStore::privateKeyKey(m_profile.id),
                              [guard](const SecretBackend::Result &r) {
                                  if (guard && r.status == SecretBackend::Status::Ok)
                                      Q_EMIT guard->privateKeyLoaded(r.value);
                              });
}

QString TokenRequestForm::serverHost() const
{
    return m_workspace->client->baseUrl().host();
}

void TokenRequestForm::discover()
{
    m_discovery->start();
}

void TokenRequestForm::save(const TokenClient::Request &request,
                            TokenRequestSettings::Method method)
{
    TokenRequestSettings saved;
    saved.tokenUrl = request.tokenUrl;
    saved.clientId = request.clientId;
    saved.scope = request.scope;
    saved.method = method;
    saved.save(m_profile.id, !isSandbox());
    if (method == TokenRequestSettings::PrivateKeyJwt) {
        m_workspace->tokens->save(TokenStore::privateKeyKey(m_profile.id), request.privateKeyPem);
        if (isSandbox()) {
            // The Sandbox trusts what is registered with it: register this key for the client.
            const SigningKey key = SigningKey::fromPem(request.privateKeyPem);
            const QJsonObject jwks{{QStringLiteral("keys"), QJsonArray{key.publicJwk()}}};
            SandboxControl(m_workspace->sandbox).registerClient(request.clientId, jwks);
        }
    } else if (!isSandbox()) {
        m_workspace->tokens->save(TokenStore::clientSecretKey(m_profile.id), request.clientSecret);
    }
}
