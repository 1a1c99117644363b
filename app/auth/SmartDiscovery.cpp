#include "SmartDiscovery.h"

#include "app/fhir/CapabilityStatement.h"

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
