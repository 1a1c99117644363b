#pragma once

#include "app/auth/TokenClient.h"

#include <QString>
#include <QUrl>

// The non-secret half of "how to get a token for this profile", kept in the settings under
// [tokenRequest/<profile id>]. The secret half (client secret or private key) is in the
// keychain under TokenStore::clientSecretKey() / privateKeyKey().
struct TokenRequestSettings
{
    enum Method { SecretBasic, SecretPost, PrivateKeyJwt };

    QUrl tokenUrl;
    QString clientId;
    QString scope = QStringLiteral("system/*.read");
    Method method = SecretBasic;
    bool stored = false; // false: nothing was saved for this profile yet

    static TokenRequestSettings load(const QString &profileId);
    // Whether a token can be requested from this (a client id and a token URL are saved).
    bool usable() const { return stored && tokenUrl.isValid() && !tokenUrl.host().isEmpty(); }
    // The keychain entry that holds the secret half for this method.
    QString secretKey(const QString &profileId) const;
    // The full request, given the secret half (client secret or private key PEM).
    TokenClient::Request request(const QByteArray &secretOrKey) const;
    void save(const QString &profileId, bool withTokenUrl = true) const;
};
