#include "TokenClient.h"

#include "app/net/FhirClient.h"
#include "app/tokens/SigningKey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

TokenClient::TokenClient(FhirClient *client, QObject *parent) : QObject(parent), m_client(client) {}

QString TokenClient::explainOAuthError(const QString &error, const QString &description)
{
    QString text;
    if (error == QLatin1String("invalid_client"))
        text = tr("The token endpoint does not know this client, or the secret is wrong.");
    else if (error == QLatin1String("invalid_grant"))
        text = tr("The grant was refused: for a signed assertion check aud (the token URL), exp "
                  "(at most 5 minutes ahead), jti (new each time) and this computer's clock.");
    else if (error == QLatin1String("invalid_scope"))
        text = tr("The scope asked for is not allowed for this client (backend clients ask for "
                  "system/ scopes).");
    else if (error == QLatin1String("unsupported_grant_type"))
        text = tr("The token endpoint does not accept grant_type=client_credentials.");
    else if (error == QLatin1String("unauthorized_client"))
        text = tr("This client may not use this grant type.");
    else
        text = tr("The token endpoint refused the request (%1).").arg(error);
    if (!description.isEmpty())
        text += QLatin1Char(' ') + tr("It says: %1").arg(description);
    return text;
}

QByteArray TokenClient::clientAssertion(const QByteArray &privateKeyPem, const QString &clientId,
                                        const QUrl &tokenUrl, QString *error)
{
    const SigningKey key = SigningKey::fromPem(privateKeyPem, error);
    if (!key.isValid())
        return {};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return key.signJwt(
        {{QStringLiteral("iss"), clientId},
         {QStringLiteral("sub"), clientId},
         {QStringLiteral("aud"), tokenUrl.toString()},
         {QStringLiteral("iat"), now},
         {QStringLiteral("exp"), now + 240},
         {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

void TokenClient::request(const Request &req)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    if (!req.scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"),
                          QString::fromUtf8(QUrl::toPercentEncoding(req.scope)));
    HeaderList headers{{"Content-Type", "application/x-www-form-urlencoded"},
                       {"Accept", "application/json"}};
    if (!req.privateKeyPem.isEmpty()) {
        QString error;
        const QByteArray assertion =
            clientAssertion(req.privateKeyPem, req.clientId, req.tokenUrl, &error);
        if (assertion.isEmpty()) {
            Response out;
            out.error = QStringLiteral("invalid_key");
            out.explanation = tr("The private key cannot sign: %1").arg(error);
            QMetaObject::invokeMethod(
                this, [this, out] { Q_EMIT finished(out); }, Qt::QueuedConnection);
            return;
        }
        form.addQueryItem(
            QStringLiteral("client_assertion_type"),
            QStringLiteral("urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"));
        form.addQueryItem(QStringLiteral("client_assertion"), QString::fromLatin1(assertion));
    } else if (req.basicAuth) {
        // RFC 6749 2.3.1: id and secret are form-encoded before the Basic encoding.
        const QByteArray pair = QUrl::toPercentEncoding(req.clientId) + ':' +
                                QUrl::toPercentEncoding(QString::fromUtf8(req.clientSecret));
        headers.append({"Authorization", "Basic " + pair.toBase64()});
    } else {
        form.addQueryItem(QStringLiteral("client_id"),
                          QString::fromUtf8(QUrl::toPercentEncoding(req.clientId)));
        form.addQueryItem(
            QStringLiteral("client_secret"),
            QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(req.clientSecret))));
    }
    ApiRequest api = m_client->prepare(tr("Obtain access token"), "POST", req.tokenUrl.toString(),
                                       form.toString(QUrl::FullyEncoded).toUtf8(), headers);
    api.auth = AuthMode::None; // the FHIR token must not go to the token endpoint
    api.token.clear();
    ApiCall *call = m_client->send(std::move(api));
    connect(call, &ApiCall::finished, this, [this, call](const CallRecord &r) {
        Response out;
        out.callId = r.id;
        const QJsonObject o = QJsonDocument::fromJson(call->secretResponseBody().isEmpty()
                                                          ? r.body
                                                          : call->secretResponseBody())
                                  .object();
        if (r.status && *r.status == 200 && o.value(QLatin1String("access_token")).isString()) {
            out.ok = true;
            out.accessToken = o.value(QLatin1String("access_token")).toString().toUtf8();
            out.tokenType = o.value(QLatin1String("token_type")).toString();
            out.expiresIn = o.value(QLatin1String("expires_in")).toInt();
            out.scope = o.value(QLatin1String("scope")).toString();
            out.explanation = tr("Token obtained: %1, valid %2 s, scope %3.")
                                  .arg(out.tokenType)
                                  .arg(out.expiresIn)
                                  .arg(out.scope);
        } else if (!r.status) {
            out.error = r.diagnosis.code;
            out.explanation = r.diagnosis.summary;
        } else {
            out.error = o.value(QLatin1String("error")).toString();
            out.explanation =
                out.error.isEmpty()
                    ? tr("The token endpoint answered HTTP %1 without an OAuth error.")
                          .arg(*r.status)
                    : explainOAuthError(out.error,
                                        o.value(QLatin1String("error_description")).toString());
        }
        Q_EMIT finished(out);
    });
}
