#pragma once

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
    void save(const QString &profileId, bool withTokenUrl = true) const;
};
