// The Sandbox's FHIR reads: Group, Binary, Patient-compartment resources and search, as HAPI
// FHIR 5.7.6 answers them behind the gateway (JSON, or XML when asked).
#include "SandboxServer.h"

#include "app/fhir/FhirConvert.h"
#include "app/sandbox/LargeFile.h"
#include "app/support/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

SandboxResponse SandboxServer::fhir(const SandboxRequest &req, Route r, const QStringList &seg)
{
    using namespace VendorResponses;
    // FHIR resources go out as JSON, or as XML when asked (Accept or _format), converted by the
    // same table-driven rules the explorer uses, so every resource has both forms.
    auto json = [this](int status, const QByteArray &body,
                       const QByteArray &ct = "application/fhir+json;charset=UTF-8") {
        if (m_wantsXml && ct.startsWith("application/fhir+json")) {
            const FhirConvert::Result xml = FhirConvert::jsonToXml(body, false);
            if (xml.ok())
                return hapi(status, "application/fhir+xml;charset=UTF-8", xml.text, m_requestId,
                            m_correlationId);
            qCWarning(lcSandbox) << "no XML form:" << xml.error;
        }
        return hapi(status, ct, body, m_requestId, m_correlationId);
    };
    auto outcome = [this](int status, const QString &severity, const QString &diagnostics) {
        return hapiOutcome(status, severity, QStringLiteral("processing"), diagnostics, m_requestId,
                           m_correlationId, m_wantsXml);
    };
    if (r == Route::OtherExport) // before the id check: "$export" is not a Patient id
        return json(400, otherExportOutcome(req));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9\\-\\.]{1,64}$"));
    if (seg.size() >= 2 && !idPattern.match(seg[1]).hasMatch())
        return outcome(400, QStringLiteral("warning"),
                       QStringLiteral("Invalid resource ID \"%1\": an id is 1 to 64 letters, "
                                      "digits, '-' and '.'")
                           .arg(seg[1]));

    switch (r) {
    case Route::Metadata: {
        const QJsonObject cs =
            m_data.capabilityStatement(baseUrl().toString(), tokenUrl().toString());
        return json(200, SandboxData::fhirJson(cs));
    }
    case Route::SmartConfig: {
        const QJsonObject cfg{
            {QStringLiteral("token_endpoint"), tokenUrl().toString()},
            {QStringLiteral("token_endpoint_auth_methods_supported"),
             QJsonArray{QStringLiteral("private_key_jwt"), QStringLiteral("client_secret_basic"),
                        QStringLiteral("client_secret_post")}},
            {QStringLiteral("token_endpoint_auth_signing_alg_values_supported"),
             QJsonArray{QStringLiteral("RS384"), QStringLiteral("ES384")}},
            {QStringLiteral("grant_types_supported"),
             QJsonArray{QStringLiteral("client_credentials")}},
            {QStringLiteral("scopes_supported"), QJsonArray{QStringLiteral("system/*.read")}},
            {QStringLiteral("capabilities"),
             QJsonArray{QStringLiteral("client-confidential-asymmetric"),
                        QStringLiteral("client-confidential-symmetric")}}};
        return json(200, QJsonDocument(cfg).toJson(QJsonDocument::Compact), "application/json");
    }
    case Route::GroupSearch: {
        const QString countText = req.query.queryItemValue(QStringLiteral("_count"));
        bool ok = true;
        const int count = countText.isEmpty() ? 50 : countText.toInt(&ok);
        if (!ok || count < 0)
            return outcome(400, QStringLiteral("warning"),
                           QStringLiteral("Invalid _count parameter value: \"%1\"").arg(countText));
        const int offset =
            qMax(0, req.query.queryItemValue(QStringLiteral("_getpagesoffset")).toInt());
        QJsonArray entries;
        const QList<QJsonObject> groups = m_data.groups();
        for (int i = offset; i < groups.size() && i < offset + count; ++i)
            entries.append(QJsonObject{
                {QStringLiteral("fullUrl"), baseUrl().toString() + QStringLiteral("/Group/") +
                                                groups[i].value(QLatin1String("id")).toString()},
                {QStringLiteral("resource"), groups[i]},
                {QStringLiteral("search"),
                 QJsonObject{{QStringLiteral("mode"), QStringLiteral("match")}}}});
        QJsonArray links{
            QJsonObject{{QStringLiteral("relation"), QStringLiteral("self")},
                        {QStringLiteral("url"),
                         baseUrl().toString() + QStringLiteral("/Group?_count=%1").arg(count)}}};
        if (count > 0 && offset + count < groups.size())
            links.append(QJsonObject{
                {QStringLiteral("relation"), QStringLiteral("next")},
                {QStringLiteral("url"),
                 baseUrl().toString() +
                     QStringLiteral(
                         "?_getpages=groups&_getpagesoffset=%1&_count=%2&_bundletype=searchset")
                         .arg(offset + count)
                         .arg(count)}});
        const QJsonObject bundle{
            {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("lastUpdated"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}},
            {QStringLiteral("type"), QStringLiteral("searchset")},
            {QStringLiteral("total"), int(groups.size())},
            {QStringLiteral("link"), links},
            {QStringLiteral("entry"), entries}};
        return json(200, SandboxData::fhirJson(bundle));
    }
    case Route::GroupRead: {
        if (seg[1] == QLatin1String("fail-500"))
            return outcome(500, QStringLiteral("error"),
                           QStringLiteral("An unexpected error occurred"));
        const QJsonObject *g = m_data.group(seg[1]);
        if (!g)
            return outcome(404, QStringLiteral("error"),
                           QStringLiteral("HAPI-0436: Resource Group/%1 is not known").arg(seg[1]));
        // Serialised once: Group 4 has 200 x --scale members (100,000 at --scale 500).
        auto cached = m_groupJson.constFind(seg[1]);
        if (cached == m_groupJson.constEnd())
            cached = m_groupJson.insert(seg[1], SandboxData::fhirJson(*g));
        return json(200, *cached);
    }
    case Route::BinaryRead: {
        if (seg[1] == QLatin1String("large")) {
            // 50 MiB per --scale unit. The raw content streams; the Binary resource is built
            // in memory (base64 of it all), which is what large JSON bodies look like.
            const qint64 size =
                qint64(50) * 1024 * 1024 * m_scale / LargeFile::kLine * LargeFile::kLine;
            if (req.header("Accept").startsWith("application/fhir+ndjson"))
                return largeFile(req, size);
            if (m_wantsXml) // written directly: a 67 MB data value needs no tree (Binary: id,
                            // contentType, data)
                return hapi(200, "application/fhir+xml;charset=UTF-8",
                            "<Binary xmlns=\"http://hl7.org/fhir\"><id "
                            "value=\"large\"/><contentType value=\"application/fhir+ndjson\"/>"
                            "<data value=\"" +
                                LargeFile::bytes(0, size).toBase64() + "\"/></Binary>",
                            m_requestId, m_correlationId);
            const QByteArray json = "{\"resourceType\":\"Binary\",\"id\":\"large\",\"contentType\":"
                                    "\"application/fhir+ndjson\",\"data\":\"" +
                                    LargeFile::bytes(0, size).toBase64() + "\"}";
            return hapi(200, "application/fhir+json;charset=UTF-8", json, m_requestId,
                        m_correlationId);
        }
        const SandboxData::BinaryItem *b = m_data.binary(seg[1]);
        if (!b)
            return outcome(
                404, QStringLiteral("error"),
                QStringLiteral("HAPI-0436: Resource Binary/%1 is not known").arg(seg[1]));
        const QByteArray accept = req.header("Accept");
        if (!b->dataOverride.isEmpty() || accept.isEmpty() ||
            !accept.startsWith(b->contentType.toLatin1())) {
            return json(200, SandboxData::fhirJson(m_data.binaryResource(*b)));
        }
        return json(200, b->content, b->contentType.toLatin1());
    }
    case Route::BinarySearch:
        return outcome(501, QStringLiteral("error"),
                       QStringLiteral("Failed to call GetBinary: GetBinary Action not supported"));
    case Route::NotImplementedRead:
        return outcome(
            501, QStringLiteral("error"),
            QStringLiteral("Failed to call GetAllergy: No instance for action GetAllergy"));
    case Route::CompartmentRead:
        if (seg[0] == QLatin1String("Patient") &&
            SyntheticPatients::isPatientId(seg[1], m_data.patientPoolSize()))
            return json(200, SandboxData::fhirJson(m_data.patients().patient(seg[1])));
        return outcome(
            404, QStringLiteral("error"),
            QStringLiteral("HAPI-0436: Resource %1/%2 is not known").arg(seg[0], seg[1]));
    case Route::GroupExport:
        return exportKickOff(req, seg[1]);
    case Route::ExportStatus:
        return exportStatus(req);
    case Route::BinaryAccess: {
        SandboxResponse r = exportFile(req, seg[1]);
        if (m_scenario.trickleKiBps > 0 && (r.status == 200 || r.status == 206))
            r.trickleBytesPerSec = m_scenario.trickleKiBps * 1024; // slow downloads
        return r;
    }
    case Route::None:
    case Route::OtherExport: // answered above
    case Route::Token:
    case Route::RegisterClient:
    case Route::Scenario:
        break;
    }
    return outcome(500, QStringLiteral("error"), QStringLiteral("An unexpected error occurred"));
}
