#include "SmartDiscovery.h"

#include "app/fhir/CapabilityStatement.h"
#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/support/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace SmartDiscovery {

QUrl tokenEndpointFromSmartConfiguration(const QByteArray &json)
{
    const QUrl url(
        QJsonDocument::fromJson(json).object().value(QLatin1String("token_endpoint")).toString());
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

QUrl tokenEndpointFromCapabilityStatement(const QByteArray &json)
{
    QString error;
    const auto cs = CapabilityStatement::parse(json, &error);
    return cs && cs->tokenUrl.isValid() && !cs->tokenUrl.host().isEmpty() ? cs->tokenUrl : QUrl();
}

} // namespace SmartDiscovery

TokenEndpointDiscovery::TokenEndpointDiscovery(FhirClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void TokenEndpointDiscovery::start()
{
    if (m_running)
        return;
    m_running = true;
    ApiRequest smart = m_client->prepare(tr("Discover token endpoint"), "GET",
                                         QStringLiteral(".well-known/smart-configuration"));
    smart.auth = AuthMode::None;
    smart.headers = {{"Accept", "application/json"}};
    ApiCall *call = m_client->send(smart);
    connect(call, &ApiCall::finished, this, [this](const CallRecord &r) {
        Result result;
        result.callIds << r.id;
        result.tokenUrl = SmartDiscovery::tokenEndpointFromSmartConfiguration(r.body);
        if (result.tokenUrl.isValid()) {
            result.source = Source::SmartConfiguration;
            m_running = false;
            Q_EMIT finished(result);
            return;
        }
        ApiCall *meta = m_client->capabilities();
        connect(meta, &ApiCall::finished, this, [this, result](const CallRecord &m) mutable {
            result.callIds << m.id;
            result.tokenUrl = SmartDiscovery::tokenEndpointFromCapabilityStatement(m.body);
            result.source = result.tokenUrl.isValid() ? Source::CapabilityStatement : Source::None;
            qCDebug(lcAuth) << "token endpoint discovery ended, calls" << result.callIds;
            m_running = false;
            Q_EMIT finished(result);
        });
    });
}
