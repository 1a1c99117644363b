#pragma once

#include "app/net/CallRecord.h"

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
    };
    struct Response
    {
        bool ok = false;
        QByteArray accessToken;  // only here, never in the record
        QString tokenType;
        int expiresIn = 0;
        QString scope;
        QString error;           // OAuth error code: invalid_client, invalid_scope, ...
        QString explanation;     // plain words
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
