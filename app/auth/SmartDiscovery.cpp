#include "SmartDiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SmartDiscovery {

QUrl tokenEndpointFromSmartConfiguration(const QByteArray &json)
{
    const QUrl url(QJsonDocument::fromJson(json).object().value(QLatin1String("token_endpoint")).toString());
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

QUrl tokenEndpointFromCapabilityStatement(const QByteArray &json)
{
    const QJsonObject cs = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &rest : cs.value(QLatin1String("rest")).toArray()) {
        const QJsonObject security = rest.toObject().value(QLatin1String("security")).toObject();
        for (const QJsonValue &ext : security.value(QLatin1String("extension")).toArray()) {
            const QJsonObject e = ext.toObject();
            if (!e.value(QLatin1String("url")).toString().endsWith(QLatin1String("oauth-uris")))
                continue;
            for (const QJsonValue &inner : e.value(QLatin1String("extension")).toArray()) {
                const QJsonObject i = inner.toObject();
                if (i.value(QLatin1String("url")).toString() == QLatin1String("token")) {
                    const QUrl url(i.value(QLatin1String("valueUri")).toString());
                    if (url.isValid() && !url.host().isEmpty())
                        return url;
                }
            }
        }
    }
    return {};
}

} // namespace SmartDiscovery
