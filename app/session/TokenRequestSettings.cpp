#include "TokenRequestSettings.h"

#include "app/auth/TokenStore.h"

#include <QSettings>

TokenRequestSettings TokenRequestSettings::load(const QString &profileId)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("tokenRequest/") + profileId);
    TokenRequestSettings s;
    s.stored = settings.contains(QStringLiteral("clientId"));
    s.tokenUrl = QUrl(settings.value(QStringLiteral("tokenUrl")).toString());
    s.clientId = settings.value(QStringLiteral("clientId")).toString();
    s.scope = settings.value(QStringLiteral("scope"), s.scope).toString();
    s.method = Method(qBound(0, settings.value(QStringLiteral("method"), 0).toInt(), 2));
    return s;
}

void TokenRequestSettings::save(const QString &profileId, bool withTokenUrl) const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("tokenRequest/") + profileId);
    if (withTokenUrl)
        settings.setValue(QStringLiteral("tokenUrl"), tokenUrl.toString());
    settings.setValue(QStringLiteral("clientId"), clientId);
    settings.setValue(QStringLiteral("scope"), scope);
    settings.setValue(QStringLiteral("method"), int(method));
}

QString TokenRequestSettings::secretKey(const QString &profileId) const
{
    return method == PrivateKeyJwt ? TokenStore::privateKeyKey(profileId)
                                   : TokenStore::clientSecretKey(profileId);
}

TokenClient::Request TokenRequestSettings::request(const QByteArray &secretOrKey) const
{
    TokenClient::Request r{tokenUrl, clientId, {}, scope, method == SecretBasic};
    if (method == PrivateKeyJwt)
        r.privateKeyPem = secretOrKey;
    else
        r.clientSecret = secretOrKey;
    return r;
}
