// The Sandbox's token authority: /oauth/token (client secret or private_key_jwt), client
// registration, and the tokens it signs and checks.
#include "SandboxTokens.h"

#include "app/sandbox/SandboxState.h"
#include "app/tokens/Scopes.h"
#include "app/tokens/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

namespace {

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

SandboxResponse oauthError(int status, const QString &error, const QString &description)
{
    SandboxResponse r;
    r.status = status;
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), error},
                                  {QStringLiteral("error_description"), description}})
            .toJson(QJsonDocument::Compact);
    r.headers = {{"Date", VendorResponses::httpDate(QDateTime::currentDateTimeUtc())},
                 {"Content-Type", "application/json"},
                 {"Content-Length", QByteArray::number(body.size())},
                 {"Cache-Control", "no-store"}};
    r.body = body;
    return r;
}

} // namespace

SandboxTokens::SandboxTokens(const SandboxState &state) : m_state(state)
{
    m_key.resize(32);
    for (char &c : m_key)
        c = char(QRandomGenerator::system()->bounded(256));
}

QByteArray SandboxTokens::demoJwtPrivateKeyPem()
{
    if (m_demoJwtKeyPem.isEmpty()) {
        const SigningKey key = SigningKey::generate(SigningKey::Algorithm::ES384);
        m_demoJwtKeyPem = key.privatePem();
        registerClient(QLatin1String(kDemoJwtClientId),
                       QJsonObject{{QStringLiteral("keys"), QJsonArray{key.publicJwk()}}});
    }
    return m_demoJwtKeyPem;
}

QByteArray SandboxTokens::mintTokenFor(const QString &clientId, qint64 lifetimeSecs,
                                       const QString &scope, const QDateTime &issuedAt,
                                       const QString &audience) const
{
    const qint64 iat = issuedAt.isValid() ? issuedAt.toSecsSinceEpoch() : m_state.clock.nowSecs();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{
        {QStringLiteral("iss"), audience.isEmpty() ? m_state.tokenUrl.toString() : audience},
        {QStringLiteral("aud"), audience.isEmpty() ? m_state.baseUrl.toString() : audience},
        {QStringLiteral("sub"), clientId},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("iat"), iat},
        {QStringLiteral("exp"), iat + lifetimeSecs},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    const QByteArray signingInput = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                    '.' +
                                    b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray sig =
        QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256);
    return signingInput + '.' + b64url(sig);
}

bool SandboxTokens::tokenValid(const QByteArray &token) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return false;
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    const QByteArray expected =
        b64url(QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256));
    if (expected != parts[2])
        return false;
    const auto payload = QByteArray::fromBase64Encoding(parts[1], QByteArray::Base64UrlEncoding);
    if (!payload)
        return false;
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    // The authorizer also checks that the token was issued for this server.
    if (claims.value(QLatin1String("aud")).toString() != m_state.baseUrl.toString())
        return false;
    return qint64(claims.value(QLatin1String("exp")).toDouble()) > m_state.clock.nowSecs();
}

bool SandboxTokens::scopeAllows(const QString &scope, const QString &type)
{
    return Scopes::allowsRead(scope, type);
}

SandboxResponse SandboxTokens::token(const SandboxRequest &req)
{
    SandboxResponse r = tokenAnswer(req);
    // Deviation token-errors-without-code: an error says what went wrong in words only, without
    // the OAuth 2.0 `error` code a client acts on.
    if (r.status >= 400 && m_state.scenario.deviates("token-errors-without-code")) {
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.remove(QStringLiteral("error"));
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        r.setHeader("Content-Length", QByteArray::number(r.body.size()));
    }
    return r;
}

SandboxResponse SandboxTokens::tokenAnswer(const SandboxRequest &req)
{
    const QUrlQuery form(QString::fromUtf8(req.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("grant_type must be client_credentials"));
    QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (scope.isEmpty())
        scope = QStringLiteral("system/*.read");
    // SMART Backend Services: private_key_jwt (RS384/ES384 assertion signed by the client).
    if (form.queryItemValue(QStringLiteral("client_assertion_type"), QUrl::FullyDecoded) ==
        QLatin1String("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
        return clientAssertionGrant(form, scope);
    QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    const QByteArray auth = req.header("Authorization");
    if (auth.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(auth.mid(6));
        const int colon = pair.indexOf(':');
        clientId = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(colon)));
        secret = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(colon + 1)));
    }
    if (clientId != QLatin1String(kDemoClientId) || secret != QLatin1String(kDemoClientSecret))
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("Unknown client or wrong client secret"));
    return grant(clientId, scope);
}

SandboxResponse SandboxTokens::registerClientRequest(const SandboxRequest &req)
{
    const QJsonObject o = QJsonDocument::fromJson(req.body).object();
    const QString clientId = o.value(QLatin1String("client_id")).toString();
    const QJsonObject jwks = o.value(QLatin1String("jwks")).toObject();
    SandboxResponse r;
    r.headers = {{"Date", VendorResponses::httpDate(QDateTime::currentDateTimeUtc())},
                 {"Content-Type", "application/json"}};
    if (clientId.isEmpty() || jwks.value(QLatin1String("keys")).toArray().isEmpty()) {
        r.status = 400;
        r.body =
            R"({"error":"invalid_client_metadata","error_description":"client_id and jwks.keys are required"})";
    } else {
        registerClient(clientId, jwks);
        r.status = 201;
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("client_id"), clientId}})
                     .toJson(QJsonDocument::Compact);
    }
    r.headers.append({"Content-Length", QByteArray::number(r.body.size())});
    return r;
}

void SandboxTokens::registerClient(const QString &clientId, const QJsonObject &jwks)
{
    m_jwtClients.insert(clientId, jwks);
}

// SMART Backend Services: private_key_jwt (an RS384/ES384 assertion signed by the client).
SandboxResponse SandboxTokens::clientAssertionGrant(const QUrlQuery &form, const QString &scope)
{
    const QByteArray assertion =
        form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded).toLatin1();
    const QList<QByteArray> parts = assertion.split('.');
    const auto decode = [](const QByteArray &b) {
        return QJsonDocument::fromJson(QByteArray::fromBase64(b, QByteArray::Base64UrlEncoding))
            .object();
    };
    if (parts.size() != 3)
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("client_assertion is not a JWT"));
    const QJsonObject header = decode(parts[0]);
    const QJsonObject claims = decode(parts[1]);
    const QString iss = claims.value(QLatin1String("iss")).toString();
    if (iss.isEmpty() || iss != claims.value(QLatin1String("sub")).toString())
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("iss and sub must both be the client_id"));
    const auto client = m_jwtClients.constFind(iss);
    if (client == m_jwtClients.constEnd())
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("No client %1 is registered").arg(iss));
    bool verified = false;
    bool kidFound = false;
    const QString kid = header.value(QLatin1String("kid")).toString();
    QStringList registeredKids;
    for (const QJsonValue &k : client->value(QLatin1String("keys")).toArray()) {
        const QJsonObject jwk = k.toObject();
        registeredKids << jwk.value(QLatin1String("kid")).toString();
        if (!kid.isEmpty() && jwk.value(QLatin1String("kid")).toString() != kid)
            continue;
        kidFound = true;
        if (SigningKey::verifyJwt(assertion, jwk))
            verified = true;
    }
    // A kid that names no registered key is its own mistake (a key rotated, or the JWKS of
    // another client): said as such, not as a bad signature.
    if (!kid.isEmpty() && !kidFound)
        return oauthError(
            401, QStringLiteral("invalid_client"),
            QStringLiteral("No key with kid \"%1\" is registered for %2 (registered: %3)")
                .arg(kid, iss, registeredKids.join(QStringLiteral(", "))));
    if (!verified)
        return oauthError(
            401, QStringLiteral("invalid_client"),
            QStringLiteral("The assertion's signature does not verify with the registered JWKS"));
    // Deviation accept-wrong-aud: an assertion made for another token URL is taken.
    if (claims.value(QLatin1String("aud")).toString() != m_state.tokenUrl.toString() &&
        !m_state.scenario.deviates("accept-wrong-aud"))
        return oauthError(
            400, QStringLiteral("invalid_grant"),
            QStringLiteral("aud must be the token URL %1").arg(m_state.tokenUrl.toString()));
    const qint64 now = m_state.clock.nowSecs();
    const qint64 exp = qint64(claims.value(QLatin1String("exp")).toDouble());
    if (exp <= now)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The assertion has expired (check the clock)"));
    // Deviation accept-long-exp: an assertion valid for longer than 5 minutes is taken.
    if (exp > now + 300 + 10 && !m_state.scenario.deviates("accept-long-exp"))
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("exp may be at most 5 minutes in the future"));
    const QString jti = claims.value(QLatin1String("jti")).toString();
    // Deviation accept-replayed-jti: an assertion is taken again, its jti not remembered.
    if (jti.isEmpty() || (m_seenJti.contains(iss + QLatin1Char('/') + jti) &&
                          !m_state.scenario.deviates("accept-replayed-jti")))
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("jti is missing or was used before"));
    m_seenJti.insert(iss + QLatin1Char('/') + jti);
    return grant(iss, scope);
}

SandboxResponse SandboxTokens::grant(const QString &clientId, const QString &scope) const
{
    if (!scope.startsWith(QLatin1String("system/")))
        return oauthError(400, QStringLiteral("invalid_scope"),
                          QStringLiteral("Only system/ scopes are granted to backend clients"));
    QJsonObject body{
        {QStringLiteral("access_token"),
         QString::fromLatin1(mintTokenFor(clientId, m_state.scenario.tokenLifetimeSecs, scope))},
        {QStringLiteral("token_type"), QStringLiteral("bearer")},
        {QStringLiteral("expires_in"), m_state.scenario.tokenLifetimeSecs},
        {QStringLiteral("scope"), scope}};
    // Deviation token-without-expires-in: the token's lifetime is not said.
    if (m_state.scenario.deviates("token-without-expires-in"))
        body.remove(QStringLiteral("expires_in"));
    SandboxResponse r = oauthError(200, {}, {});
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Length", QByteArray::number(r.body.size()));
    return r;
}
