#include "ExportKickOff.h"

#include "app/net/ExportSession.h" // its words are the session's (translation context)
#include "app/net/FhirClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

ApiRequest ExportKickOff::request(const FhirClient *client, const ExportRequest &request)
{
    const QString path = QStringLiteral("Group/%1/$export").arg(request.groupId);
    QByteArray prefer = "respond-async";
    if (request.lenient)
        prefer += ", handling=lenient";
    HeaderList headers{{"Accept", "application/fhir+json"}, {"Prefer", prefer}};
    if (request.noCache)
        headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-cache")));
    QList<QPair<QString, QString>> params;
    if (!request.types.isEmpty())
        params.append({QStringLiteral("_type"), request.types.join(QLatin1Char(','))});
    if (request.since.isValid())
        params.append({QStringLiteral("_since"), request.since.toUTC().toString(Qt::ISODate)});
    if (request.outputFormat != QLatin1String("application/fhir+ndjson"))
        params.append({QStringLiteral("_outputFormat"), request.outputFormat});
    if (!request.typeFilter.isEmpty())
        params.append({QStringLiteral("_typeFilter"), request.typeFilter});
    if (!request.elements.isEmpty())
        params.append({QStringLiteral("_elements"), request.elements});
    if (!request.includeAssociatedData.isEmpty())
        params.append({QStringLiteral("includeAssociatedData"), request.includeAssociatedData});
    if (request.usePost) {
        // The IG's Parameters: _since is an instant, includeAssociatedData a code,
        // the rest strings.
        QJsonArray parameter;
        for (const auto &p : std::as_const(params)) {
            const QString valueKey =
                p.first == QLatin1String("_since")                  ? QStringLiteral("valueInstant")
                : p.first == QLatin1String("includeAssociatedData") ? QStringLiteral("valueCode")
                                                                    : QStringLiteral("valueString");
            parameter.append(QJsonObject{{QStringLiteral("name"), p.first}, {valueKey, p.second}});
        }
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/fhir+json")));
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("resourceType"),
                                                           QStringLiteral("Parameters")},
                                                          {QStringLiteral("parameter"), parameter}})
                                    .toJson(QJsonDocument::Compact);
        return client->prepare(ExportSession::tr("Start export"), "POST", path, body, headers);
    }
    QUrlQuery q;
    for (const auto &p : std::as_const(params))
        q.addQueryItem(p.first, QString::fromUtf8(QUrl::toPercentEncoding(p.second, "/,")));
    return client->prepare(
        ExportSession::tr("Start export"), "GET",
        q.isEmpty() ? path : path + QLatin1Char('?') + q.toString(QUrl::FullyEncoded), {}, headers);
}
