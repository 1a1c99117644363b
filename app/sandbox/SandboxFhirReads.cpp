// The Sandbox's FHIR reads: Group, Binary, Patient-compartment resources and search, as HAPI
// FHIR 5.7.6 answers them behind the gateway (JSON, or XML when asked).
#include "SandboxFhirReads.h"

#include "app/fhir/FhirConvert.h"
#include "app/sandbox/LargeFile.h"
#include "app/sandbox/SandboxExports.h"
#include "app/sandbox/SandboxState.h"
#include "app/support/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace {

SandboxResponse processing(const SandboxAnswer &answer, int status, const QString &severity,
                           const QString &diagnostics)
{
    return answer.outcome(status, severity, QStringLiteral("processing"), diagnostics);
}

} // namespace

SandboxFhirReads::SandboxFhirReads(const SandboxState &state, const SandboxExports &exports)
    : m_state(state), m_exports(exports)
{
}

SandboxResponse SandboxFhirReads::resource(const SandboxAnswer &answer, int status,
                                           const QByteArray &body, const QByteArray &ct) const
{
    // FHIR resources go out as JSON, or as XML when asked (Accept or _format), converted by the
    // same table-driven rules the explorer uses, so every resource has both forms.
    if (answer.wantsXml && ct.startsWith("application/fhir+json")) {
        const FhirConvert::Result xml = FhirConvert::jsonToXml(body, false);
        if (xml.ok())
            return answer.hapi(status, "application/fhir+xml;charset=UTF-8", xml.text);
        qCWarning(lcSandbox) << "no XML form:" << xml.error;
    }
    return answer.hapi(status, ct, body);
}

std::optional<SandboxResponse> SandboxFhirReads::refuseId(const QStringList &seg,
                                                          const SandboxAnswer &answer)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9\\-\\.]{1,64}$"));
    if (seg.size() >= 2 && !idPattern.match(seg[1]).hasMatch())
        return processing(answer, 400, QStringLiteral("warning"),
                          QStringLiteral("Invalid resource ID \"%1\": an id is 1 to 64 letters, "
                                         "digits, '-' and '.'")
                              .arg(seg[1]));
    return std::nullopt;
}

SandboxResponse SandboxFhirReads::read(const SandboxRequest &req, SandboxRoute r,
                                       const QStringList &seg, const SandboxAnswer &answer)
{
    switch (r) {
    case SandboxRoute::Metadata:
        return resource(answer, 200, SandboxData::fhirJson(capabilityStatement()));
    case SandboxRoute::SmartConfig:
        return smartConfiguration(answer);
    case SandboxRoute::GroupSearch:
        return groupSearch(req, answer);
    case SandboxRoute::GroupRead:
        return groupRead(seg[1], answer);
    case SandboxRoute::BinaryRead:
        return binaryRead(req, seg[1], answer);
    case SandboxRoute::BinarySearch:
        return processing(
            answer, 501, QStringLiteral("error"),
            QStringLiteral("Failed to call GetBinary: GetBinary Action not supported"));
    case SandboxRoute::NotImplementedRead:
        return processing(
            answer, 501, QStringLiteral("error"),
            QStringLiteral("Failed to call GetAllergy: No instance for action GetAllergy"));
    case SandboxRoute::CompartmentRead:
        if (seg[0] == QLatin1String("Patient") &&
            SyntheticPatients::isPatientId(seg[1], m_state.data.patientPoolSize()))
            return resource(answer, 200,
                            SandboxData::fhirJson(m_state.data.patients().patient(seg[1])));
        return processing(
            answer, 404, QStringLiteral("error"),
            QStringLiteral("HAPI-0436: Resource %1/%2 is not known").arg(seg[0], seg[1]));
    default:
        break;
    }
    return processing(answer, 500, QStringLiteral("error"),
                      QStringLiteral("An unexpected error occurred"));
}

QJsonObject SandboxFhirReads::capabilityStatement() const
{
    QJsonObject cs =
        m_state.data.capabilityStatement(m_state.baseUrl.toString(), m_state.tokenUrl.toString());
    if (!m_state.scenario.deviates("advertise-other-levels"))
        return cs;
    // Patient-level and system-level $export declared; otherExport still refuses both.
    const QString ig = QStringLiteral("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/");
    QJsonArray rest = cs.value(QLatin1String("rest")).toArray();
    QJsonObject server = rest.at(0).toObject();
    server.insert(
        QStringLiteral("operation"),
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("export")},
                               {QStringLiteral("definition"), ig + QStringLiteral("export")}}});
    QJsonArray resources = server.value(QLatin1String("resource")).toArray();
    resources.append(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("Patient")},
                    {QStringLiteral("operation"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("name"), QStringLiteral("export")},
                         {QStringLiteral("definition"), ig + QStringLiteral("patient-export")}}}}});
    server.insert(QStringLiteral("resource"), resources);
    rest.replace(0, server);
    cs.insert(QStringLiteral("rest"), rest);
    return cs;
}

SandboxResponse SandboxFhirReads::otherExport(const SandboxRequest &req,
                                              const SandboxAnswer &answer) const
{
    // HAPI 5.7.6 with the Group-level export provider only: another level is an operation it
    // does not know (RestfulServer's "unknownMethod", issue code not-supported), plus an issue
    // that names the level this server does offer, for clients whose default is Patient-level
    // (the SMART bulk-data-client's) or system-level.
    QStringList names;
    for (const auto &item : req.query.queryItems(QUrl::FullyDecoded)) {
        if (!names.contains(item.first))
            names << item.first;
    }
    const QString path = req.path.mid(QByteArray(SandboxGateway::kBasePath).size() + 1);
    const QJsonObject outcome{
        {QStringLiteral("resourceType"), QStringLiteral("OperationOutcome")},
        {QStringLiteral("issue"),
         QJsonArray{
             QJsonObject{
                 {QStringLiteral("severity"), QStringLiteral("error")},
                 {QStringLiteral("code"), QStringLiteral("not-supported")},
                 {QStringLiteral("diagnostics"),
                  QStringLiteral("Invalid request: The FHIR endpoint on this server does not know "
                                 "how to handle %1 operation[%2] with parameters [[%3]]")
                      .arg(QString::fromLatin1(req.method), path,
                           names.join(QStringLiteral(", ")))}},
             QJsonObject{{QStringLiteral("severity"), QStringLiteral("information")},
                         {QStringLiteral("code"), QStringLiteral("not-supported")},
                         {QStringLiteral("diagnostics"),
                          QStringLiteral("This server supports $export for a Group only: "
                                         "[base]/Group/[id]/$export (GET or POST). Patient-level "
                                         "and system-level $export are not offered.")}}}}};
    return resource(answer, 400, SandboxData::fhirJson(outcome));
}

SandboxResponse SandboxFhirReads::smartConfiguration(const SandboxAnswer &answer) const
{
    const QString tokenUrl = m_state.tokenUrl.toString();
    const QJsonObject cfg{
        {QStringLiteral("token_endpoint"), tokenUrl},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("private_key_jwt"), QStringLiteral("client_secret_basic"),
                    QStringLiteral("client_secret_post")}},
        {QStringLiteral("token_endpoint_auth_signing_alg_values_supported"),
         QJsonArray{QStringLiteral("RS384"), QStringLiteral("ES384")}},
        {QStringLiteral("grant_types_supported"), QJsonArray{QStringLiteral("client_credentials")}},
        {QStringLiteral("scopes_supported"), QJsonArray{QStringLiteral("system/*.read")}},
        {QStringLiteral("capabilities"),
         QJsonArray{QStringLiteral("client-confidential-asymmetric"),
                    QStringLiteral("client-confidential-symmetric")}}};
    return resource(answer, 200, QJsonDocument(cfg).toJson(QJsonDocument::Compact),
                    "application/json");
}

SandboxResponse SandboxFhirReads::groupSearch(const SandboxRequest &req,
                                              const SandboxAnswer &answer) const
{
    const QString countText = req.query.queryItemValue(QStringLiteral("_count"));
    bool ok = true;
    const int count = countText.isEmpty() ? 50 : countText.toInt(&ok);
    if (!ok || count < 0)
        return processing(answer, 400, QStringLiteral("warning"),
                          QStringLiteral("Invalid _count parameter value: \"%1\"").arg(countText));
    const int offset = qMax(0, req.query.queryItemValue(QStringLiteral("_getpagesoffset")).toInt());
    const QString base = m_state.baseUrl.toString();
    QJsonArray entries;
    const QList<QJsonObject> groups = m_state.data.groups();
    for (int i = offset; i < groups.size() && i < offset + count; ++i)
        entries.append(QJsonObject{
            {QStringLiteral("fullUrl"),
             base + QStringLiteral("/Group/") + groups[i].value(QLatin1String("id")).toString()},
            {QStringLiteral("resource"), groups[i]},
            {QStringLiteral("search"),
             QJsonObject{{QStringLiteral("mode"), QStringLiteral("match")}}}});
    QJsonArray links{
        QJsonObject{{QStringLiteral("relation"), QStringLiteral("self")},
                    {QStringLiteral("url"), base + QStringLiteral("/Group?_count=%1").arg(count)}}};
    if (count > 0 && offset + count < groups.size())
        links.append(QJsonObject{
            {QStringLiteral("relation"), QStringLiteral("next")},
            {QStringLiteral("url"),
             base + QStringLiteral(
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
    return resource(answer, 200, SandboxData::fhirJson(bundle));
}

SandboxResponse SandboxFhirReads::groupRead(const QString &id, const SandboxAnswer &answer)
{
    if (id == QLatin1String("fail-500"))
        return processing(answer, 500, QStringLiteral("error"),
                          QStringLiteral("An unexpected error occurred"));
    const QJsonObject *g = m_state.data.group(id);
    if (!g)
        return processing(answer, 404, QStringLiteral("error"),
                          QStringLiteral("HAPI-0436: Resource Group/%1 is not known").arg(id));
    // Serialised once: Group 4 has 200 x --scale members (100,000 at --scale 500).
    auto cached = m_groupJson.constFind(id);
    if (cached == m_groupJson.constEnd())
        cached = m_groupJson.insert(id, SandboxData::fhirJson(*g));
    return resource(answer, 200, *cached);
}

SandboxResponse SandboxFhirReads::binaryRead(const SandboxRequest &req, const QString &id,
                                             const SandboxAnswer &answer) const
{
    if (id == QLatin1String("large"))
        return largeBinary(req, answer);
    const SandboxData::BinaryItem *b = m_state.data.binary(id);
    if (!b)
        return processing(answer, 404, QStringLiteral("error"),
                          QStringLiteral("HAPI-0436: Resource Binary/%1 is not known").arg(id));
    const QByteArray accept = req.header("Accept");
    if (!b->dataOverride.isEmpty() || accept.isEmpty() ||
        !accept.startsWith(b->contentType.toLatin1())) {
        return resource(answer, 200, SandboxData::fhirJson(m_state.data.binaryResource(*b)));
    }
    return resource(answer, 200, b->content, b->contentType.toLatin1());
}

SandboxResponse SandboxFhirReads::largeBinary(const SandboxRequest &req,
                                              const SandboxAnswer &answer) const
{
    // 50 MiB per --scale unit. The raw content streams; the Binary resource is built in memory
    // (base64 of it all), which is what large JSON bodies look like.
    const qint64 size =
        qint64(50) * 1024 * 1024 * m_state.scale / LargeFile::kLine * LargeFile::kLine;
    if (req.header("Accept").startsWith("application/fhir+ndjson"))
        return m_exports.largeFile(req, size, answer);
    if (answer.wantsXml) // written directly: a 67 MB data value needs no tree (Binary: id,
                         // contentType, data)
        return answer.hapi(200, "application/fhir+xml;charset=UTF-8",
                           "<Binary xmlns=\"http://hl7.org/fhir\"><id "
                           "value=\"large\"/><contentType value=\"application/fhir+ndjson\"/>"
                           "<data value=\"" +
                               LargeFile::bytes(0, size).toBase64() + "\"/></Binary>");
    const QByteArray json = "{\"resourceType\":\"Binary\",\"id\":\"large\",\"contentType\":"
                            "\"application/fhir+ndjson\",\"data\":\"" +
                            LargeFile::bytes(0, size).toBase64() + "\"}";
    return answer.hapi(200, "application/fhir+json;charset=UTF-8", json);
}
