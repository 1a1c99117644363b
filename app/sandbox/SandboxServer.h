#pragma once

#include "app/sandbox/SandboxExports.h"
#include "app/sandbox/SandboxFhirReads.h"
#include "app/sandbox/SandboxGateway.h"
#include "app/sandbox/SandboxRequest.h"
#include "app/sandbox/SandboxState.h"
#include "app/sandbox/SandboxTokens.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

// The built-in stand-in for Netsmart's Bulk Data API: HAPI FHIR 5.7.6 behind AWS API Gateway.
// The gateway layer is reproduced first (routes, Authorization checks, its exact error
// bodies), then HAPI's answers. Each part is a class of its own (SandboxGateway,
// SandboxFhirReads, SandboxExports, SandboxTokens over a shared SandboxState); this one serves
// them over HTTP. QHttpServer 6.4 is a tech preview: this is the only class that touches it.
// Create it on the thread it will serve from.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)
public:
    static constexpr const char *kBasePath = SandboxGateway::kBasePath;
    static constexpr const char *kTokenPath = SandboxGateway::kTokenPath;
    static constexpr const char *kDemoClientId = SandboxTokens::kDemoClientId;
    static constexpr const char *kDemoClientSecret = SandboxTokens::kDemoClientSecret;
    // The private_key_jwt demo client: its ES384 key pair is made fresh for every Sandbox run
    // (no private key is ever committed or reused) and registered under this client id.
    static constexpr const char *kDemoJwtClientId = SandboxTokens::kDemoJwtClientId;
    // Made (and its client registered) on first use: OpenSSL only runs when someone asks.
    QByteArray demoJwtPrivateKeyPem() { return m_tokens.demoJwtPrivateKeyPem(); }

    explicit SandboxServer(QObject *parent = nullptr, quint32 seed = 42, int scale = 1);

    // Listens on 127.0.0.1; returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    QUrl baseUrl() const { return m_state.baseUrl; }
    QUrl tokenUrl() const { return m_state.tokenUrl; }

    // An access token (JWT, HS256 with this server's random key) for the demo client. An
    // invalid `issuedAt` means now, by the Sandbox's clock.
    QByteArray mintToken(qint64 lifetimeSecs,
                         const QString &scope = QStringLiteral("system/*.read"),
                         const QDateTime &issuedAt = {}) const;
    QByteArray mintTokenFor(const QString &clientId, qint64 lifetimeSecs, const QString &scope,
                            const QDateTime &issuedAt = {}, const QString &audience = {}) const
    {
        return m_tokens.mintTokenFor(clientId, lifetimeSecs, scope, issuedAt, audience);
    }
    // A token signed here but issued for another server (aud and iss name `audience`): this
    // Sandbox's authorizer refuses it, as one environment's gateway refuses another's tokens.
    QByteArray mintTokenForAudience(const QString &audience, qint64 lifetimeSecs = 3600) const;
    QByteArray demoToken() const { return m_demoToken; }
    bool tokenValid(const QByteArray &token) const { return m_tokens.tokenValid(token); }
    // SMART scopes such as "system/*.read system/Group.rs": may this token read `type`?
    static bool scopeAllows(const QString &scope, const QString &type)
    {
        return SandboxTokens::scopeAllows(scope, type);
    }

    // private_key_jwt clients: the public JWKS ({"keys": [...]}) registered for a client id.
    // Also reachable over HTTP: POST /_sandbox/clients {"client_id": ..., "jwks": {...}}.
    void registerClient(const QString &clientId, const QJsonObject &jwks)
    {
        m_tokens.registerClient(clientId, jwks);
    }
    void setTokenLifetimeSecs(int secs) { m_state.scenario.tokenLifetimeSecs = secs; }
    void setExportDurationMs(int ms) { m_state.scenario.exportDurationMs = ms; }
    void setScenario(const SandboxScenario &scenario) { m_state.scenario = scenario; }
    SandboxScenario scenario() const { return m_state.scenario; }
    const SandboxData &data() const { return m_state.data; }
    // The time its scenario timings follow: export progress, Retry-After dates, token and file
    // expiry. Tests advance it instead of waiting.
    SandboxClock &clock() { return m_state.clock; }

    SandboxResponse respond(const SandboxRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxResponse scenarioRequest(const SandboxRequest &req);

    SandboxState m_state;
    SandboxTokens m_tokens{m_state};
    SandboxGateway m_gateway{m_state, m_tokens};
    SandboxExports m_exports{m_state};
    SandboxFhirReads m_reads{m_state, m_exports};
    QByteArray m_demoToken;
};
