#pragma once

#include "app/calls/CallRecord.h"

#include <QCoreApplication>
#include <QObject>

class FhirClient;

// SMART Backend Services token request with a client secret (client_credentials, secret by
// HTTP Basic or in the form). The exchange goes through the FhirClient, so the call log shows
// it, with the secret and the issued token redacted.
class TokenClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)
public:
    struct Request
    {
        QUrl tokenUrl;
        QString clientId;
        QByteArray clientSecret;
        QString scope = QStringLiteral("system/*.read");
        bool basicAuth = true; // false: client_id and client_secret in the form body
        // When set, private_key_jwt: an RS384/ES384 assertion signed with this key replaces the
        // secret (SMART Backend Services).
        QByteArray privateKeyPem;
    };

    // The client assertion of SMART Backend Services: iss = sub = client id, aud = token URL,
    // exp 4 minutes ahead (the limit is 5), a fresh jti. Empty when the key is unusable.
    static QByteArray clientAssertion(const QByteArray &privateKeyPem, const QString &clientId,
                                      const QUrl &tokenUrl, QString *error = nullptr);
    struct Response
    {
        bool ok = false;
        QByteArray accessToken; // only here, never in the record
        QString tokenType;
        int expiresIn = 0;
        QString scope;
        QString error;       // OAuth error code: invalid_client, invalid_scope, ...
        QString explanation; // plain words
        quint64 callId = 0;
    };

    explicit TokenClient(FhirClient *client, QObject *parent = nullptr);
    void request(const Request &request);
    static QString explainOAuthError(const QString &error, const QString &description);

Q_SIGNALS:
    void finished(const TokenClient::Response &response);

private:
    FhirClient *m_client;
};

Q_DECLARE_METATYPE(TokenClient::Response)
