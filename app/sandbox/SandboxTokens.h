#pragma once

#include "app/sandbox/SandboxRequest.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>

struct SandboxState;

// The Sandbox's token authority: /oauth/token (client secret or private_key_jwt), the
// registration of private_key_jwt clients, and the access tokens it signs (HS256 with a random
// key of this run) and its gateway checks.
class SandboxTokens
{
public:
    static constexpr const char *kDemoClientId = "sandbox-demo-client";
    static constexpr const char *kDemoClientSecret = "sandbox-demo-secret";
    static constexpr const char *kDemoJwtClientId = "sandbox-demo-jwt-client";

    explicit SandboxTokens(const SandboxState &state);

    // Made (and its client registered) on first use: OpenSSL only runs when someone asks.
    QByteArray demoJwtPrivateKeyPem();
    // An invalid `issuedAt` means now, by the Sandbox's clock.
    QByteArray mintTokenFor(const QString &clientId, qint64 lifetimeSecs, const QString &scope,
                            const QDateTime &issuedAt = {}, const QString &audience = {}) const;
    bool tokenValid(const QByteArray &token) const;
    static bool scopeAllows(const QString &scope, const QString &type);
    void registerClient(const QString &clientId, const QJsonObject &jwks);

    // POST /oauth/token and POST /_sandbox/clients.
    SandboxResponse token(const SandboxRequest &req);
    SandboxResponse registerClientRequest(const SandboxRequest &req);

private:
    SandboxResponse tokenAnswer(const SandboxRequest &req);
    SandboxResponse clientAssertionGrant(const QUrlQuery &form, const QString &scope);
    SandboxResponse grant(const QString &clientId, const QString &scope) const;

    const SandboxState &m_state;
    QByteArray m_key;
    QByteArray m_demoJwtKeyPem;
    QHash<QString, QJsonObject> m_jwtClients; // client id -> JWKS
    QSet<QString> m_seenJti;
};
