#include "SandboxServer.h"

#include "app/support/Logging.h"

#include "app/fhir/FhirConvert.h"

#include "app/tokens/Scopes.h"
#include "app/tokens/SigningKey.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <memory>

namespace {

// Resource types the gateway routes to HAPI (the Patient compartment plus Group and Binary).
const QStringList kRoutedTypes = {QStringLiteral("Group"),
                                  QStringLiteral("Binary"),
                                  QStringLiteral("Patient"),
                                  QStringLiteral("Encounter"),
                                  QStringLiteral("Condition"),
                                  QStringLiteral("Observation"),
                                  QStringLiteral("MedicationRequest"),
                                  QStringLiteral("AllergyIntolerance"),
                                  QStringLiteral("Immunization"),
                                  QStringLiteral("DocumentReference"),
                                  QStringLiteral("Procedure"),
                                  QStringLiteral("CarePlan")};

const QStringList kCompartmentTypes = {
    QStringLiteral("Patient"),           QStringLiteral("Encounter"),
    QStringLiteral("Condition"),         QStringLiteral("Observation"),
    QStringLiteral("MedicationRequest"), QStringLiteral("AllergyIntolerance"),
    QStringLiteral("Immunization"),      QStringLiteral("DocumentReference"),
    QStringLiteral("Procedure"),         QStringLiteral("CarePlan")};

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    default:
        return "Status";
    }
}

// Large synthetic files: fixed-width NDJSON lines, so any byte range can be produced without
// producing what precedes it.
constexpr qint64 kLargeLine = 200;

QByteArray largeLine(qint64 i)
{
    QByteArray line = R"({"resourceType":"Observation","id":"large-)" + QByteArray::number(i) +
                      R"(","status":"final","code":{"text":"Sandbox bulk line"},"valueInteger":)" +
                      QByteArray::number((i * 2654435761LL) % 100000) + R"(,"note":")";
    line += QByteArray(kLargeLine - line.size() - 3, 'x');
    line += "\"}\n";
    return line;
}

QByteArray largeBytes(qint64 offset, qint64 length)
{
    QByteArray out;
    out.reserve(length);
    qint64 i = offset / kLargeLine;
    qint64 skip = offset % kLargeLine;
    while (out.size() < length) {
        const QByteArray line = largeLine(i++);
        out += line.mid(skip, length - out.size());
        skip = 0;
    }
    return out;
}

// Feeds a socket from the generator as it drains, keeping little in memory.
class BodyStreamer final : public QObject
{
public:
    // Sends `size` bytes from `offset` of a source (the large synthetic file, or a body held in
    // memory) as the socket drains, or at `bytesPerSec` when that is > 0 (slow downloads).
    using Source = std::function<QByteArray(qint64 offset, qint64 length)>;
    BodyStreamer(QTcpSocket *socket, Source source, qint64 offset, qint64 size, int bytesPerSec)
        : QObject(socket), m_socket(socket), m_source(std::move(source)), m_next(offset),
          m_end(offset + size), m_rate(bytesPerSec)
    {
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        if (m_rate > 0) {
            connect(&m_timer, &QTimer::timeout, this, &BodyStreamer::trickle);
            m_timer.start(100);
            trickle();
            return;
        }
        connect(socket, &QTcpSocket::bytesWritten, this, &BodyStreamer::pump);
        pump();
    }

private:
    void pump()
    {
        constexpr qint64 kChunk = 256 * 1024;
        while (m_next < m_end && m_socket->bytesToWrite() < 2 * kChunk) {
            const qint64 n = qMin(kChunk, m_end - m_next);
            m_socket->write(m_source(m_next, n));
            m_next += n;
        }
        if (m_next >= m_end)
            deleteLater();
    }
    void trickle()
    {
        const qint64 n = qMin<qint64>(qMax(1, m_rate / 10), m_end - m_next);
        if (n > 0)
            m_socket->write(m_source(m_next, n));
        m_next += n;
        if (m_next >= m_end) {
            m_timer.stop();
            deleteLater();
        }
    }
    QTcpSocket *m_socket;
    Source m_source;
    qint64 m_next;
    qint64 m_end;
    int m_rate;
    QTimer m_timer;
};

bool isUuid(const QByteArray &s)
{
    return !QUuid::fromString(QLatin1String(s)).isNull() && s.size() == 36;
}

} // namespace

bool SandboxRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxServer::SandboxServer(QObject *parent, quint32 seed, int scale)
    : QAbstractHttpServer(parent), m_data(seed, scale), m_scale(qMax(1, scale))
{
    m_key.resize(32);
    for (char &c : m_key)
        c = char(QRandomGenerator::system()->bounded(256));
}

quint16 SandboxServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port)
        m_demoToken = mintToken(24 * 3600);
    if (m_port)
        qCInfo(lcSandbox) << "Sandbox listening on" << baseUrl().toString();
    return m_port;
}

QByteArray SandboxServer::demoJwtPrivateKeyPem()
{
    if (m_demoJwtKeyPem.isEmpty()) {
        const SigningKey key = SigningKey::generate(SigningKey::Algorithm::ES384);
        m_demoJwtKeyPem = key.privatePem();
        registerClient(QLatin1String(kDemoJwtClientId),
                       QJsonObject{{QStringLiteral("keys"), QJsonArray{key.publicJwk()}}});
    }
    return m_demoJwtKeyPem;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(kBasePath)));
}

QUrl SandboxServer::tokenUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(kTokenPath)));
}

QByteArray SandboxServer::mintToken(qint64 lifetimeSecs, const QString &scope,
                                    const QDateTime &issuedAt) const
{
    return mintTokenFor(QLatin1String(kDemoClientId), lifetimeSecs, scope, issuedAt);
}

QByteArray SandboxServer::mintTokenForAudience(const QString &audience, qint64 lifetimeSecs) const
{
    return mintTokenFor(QLatin1String(kDemoClientId), lifetimeSecs, QStringLiteral("system/*.read"),
                        QDateTime::currentDateTimeUtc(), audience);
}

QByteArray SandboxServer::mintTokenFor(const QString &clientId, qint64 lifetimeSecs,
                                       const QString &scope, const QDateTime &issuedAt,
                                       const QString &audience) const
{
    const qint64 iat = issuedAt.toSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{
        {QStringLiteral("iss"), audience.isEmpty() ? tokenUrl().toString() : audience},
        {QStringLiteral("aud"), audience.isEmpty() ? baseUrl().toString() : audience},
        {QStringLiteral("sub"), clientId},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("iat"), iat},
        {QStringLiteral("exp"), iat + lifetimeSecs},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    const QByteArray signingInput = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                    '.' +
                                    b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray sig =
        QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256);
    return signingInput + '.' + b64url(sig);
}

bool SandboxServer::tokenValid(const QByteArray &token) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return false;
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    const QByteArray expected =
        b64url(QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256));
    if (expected != parts[2])
        return false;
    const auto payload = QByteArray::fromBase64Encoding(parts[1], QByteArray::Base64UrlEncoding);
    if (!payload)
        return false;
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    // The authorizer also checks that the token was issued for this server.
    if (claims.value(QLatin1String("aud")).toString() != baseUrl().toString())
        return false;
    return qint64(claims.value(QLatin1String("exp")).toDouble()) >
           QDateTime::currentSecsSinceEpoch();
}

bool SandboxServer::scopeAllows(const QString &scope, const QString &type)
{
    return Scopes::allowsRead(scope, type);
}

SandboxServer::Route SandboxServer::route(const SandboxRequest &req, QStringList *segments) const
{
    if (req.path == QLatin1String(kTokenPath))
        return Route::Token;
    if (req.path == QLatin1String("/_sandbox/clients"))
        return Route::RegisterClient;
    if (req.path == QLatin1String("/_sandbox/scenario"))
        return Route::Scenario;
    const QString base = QLatin1String(kBasePath);
    // HAPI's paging links point at the base: [base]?_getpages=<search>&_getpagesoffset=N
    if ((req.path == base || req.path == base + QLatin1Char('/')) &&
        req.query.hasQueryItem(QStringLiteral("_getpages")))
        return Route::GroupSearch;
    if (!req.path.startsWith(base + QLatin1Char('/')))
        return Route::None;
    QStringList seg = req.path.mid(base.size() + 1).split(QLatin1Char('/'));
    if (!seg.isEmpty() && seg.last().isEmpty())
        seg.removeLast();
    *segments = seg;
    if (seg.size() == 1 && seg[0] == QLatin1String("metadata"))
        return Route::Metadata;
    if (seg.size() == 2 && seg[0] == QLatin1String(".well-known") &&
        seg[1] == QLatin1String("smart-configuration"))
        return Route::SmartConfig;
    if (seg.size() == 1 && seg[0] == QLatin1String("$export-poll-status"))
        return Route::ExportStatus;
    if (seg.isEmpty() || !kRoutedTypes.contains(seg[0]))
        return Route::None;
    if (seg.size() == 1)
        return seg[0] == QLatin1String("Group")    ? Route::GroupSearch
               : seg[0] == QLatin1String("Binary") ? Route::BinarySearch
                                                   : Route::None;
    if (seg.size() == 2) {
        if (seg[0] == QLatin1String("Group"))
            return Route::GroupRead;
        if (seg[0] == QLatin1String("Binary"))
            return Route::BinaryRead;
        if (seg[0] == QLatin1String("AllergyIntolerance"))
            return Route::NotImplementedRead;
        return Route::CompartmentRead;
    }
    if (seg.size() == 3 && seg[0] == QLatin1String("Group") && seg[2] == QLatin1String("$export"))
        return Route::GroupExport;
    if (seg.size() == 3 && seg[0] == QLatin1String("Binary") &&
        seg[2] == QLatin1String("$binary-access-read"))
        return Route::BinaryAccess;
    return Route::None;
}

bool SandboxServer::methodAllowed(Route route, const QByteArray &method)
{
    switch (route) {
    case Route::None:
        return false;
    case Route::GroupExport:
        return method == "GET" || method == "POST";
    case Route::ExportStatus:
        return method == "GET" || method == "DELETE";
    case Route::Token:
    case Route::RegisterClient:
        return method == "POST";
    case Route::Scenario:
        return method == "POST" || method == "GET";
    default:
        return method == "GET";
    }
}

SandboxResponse SandboxServer::respond(const SandboxRequest &req)
{
    // The vendor adopts a caller's UUID as its transaction id; anything else comes back in
    // X-Correlation-Id next to an id of its own.
    const QByteArray sentId = req.header("X-Request-ID").trimmed();
    if (sentId.isEmpty()) {
        m_requestId = VendorResponses::newRequestId();
        m_correlationId.clear();
    } else if (isUuid(sentId)) {
        m_requestId = sentId;
        m_correlationId.clear();
    } else {
        m_requestId = VendorResponses::newRequestId();
        m_correlationId = sentId;
    }
    const QByteArray accept = req.header("Accept").toLower();
    const QString format = req.query.queryItemValue(QStringLiteral("_format")).toLower();
    m_wantsXml = format.contains(QLatin1String("xml")) ||
                 (format.isEmpty() && accept.contains("xml") && !accept.contains("json"));

    // API Gateway limits the request line and headers to 10,240 bytes together.
    qsizetype headerBytes = req.path.size() + req.query.toString().size();
    for (const auto &h : req.headers)
        headerBytes += h.first.size() + h.second.size() + 4;
    if (headerBytes > 10240)
        return VendorResponses::headersTooLarge();

    QStringList segments;
    const Route r = route(req, &segments);
    const QByteArray auth = req.header("Authorization");
    const bool hasAuth = req.hasHeader("Authorization") && !auth.trimmed().isEmpty();

    // 1. API Gateway: no route for this path and method.
    if (!methodAllowed(r, req.method)) {
        if (!hasAuth)
            return VendorResponses::missingAuthenticationToken();
        return VendorResponses::incompleteSignature(auth);
    }
    if (r == Route::Token)
        return token(req);
    if (r == Route::RegisterClient)
        return registerClientRequest(req);
    if (r == Route::Scenario)
        return scenarioRequest(req);
    // 2. Routes that need no authorization.
    if (r == Route::Metadata || r == Route::SmartConfig)
        return fhir(req, r, segments);
    // 3. The gateway's authorizer.
    if (!hasAuth)
        return VendorResponses::unauthorized();
    if (!auth.startsWith("Bearer ") || !tokenValid(auth.mid(7)))
        return VendorResponses::accessDenied();
    // 4. HAPI, which checks the token's scopes against what is read.
    const auto payload = QByteArray::fromBase64Encoding(auth.mid(7).split('.').value(1),
                                                        QByteArray::Base64UrlEncoding);
    const QString scope = QJsonDocument::fromJson(payload ? *payload : QByteArray())
                              .object()
                              .value(QLatin1String("scope"))
                              .toString();
    QStringList needed;
    if (r == Route::GroupRead || r == Route::GroupSearch || r == Route::GroupExport)
        needed << QStringLiteral("Group");
    else if (r == Route::BinaryRead || r == Route::BinarySearch || r == Route::BinaryAccess)
        needed << QStringLiteral("Binary");
    else if (!segments.isEmpty() && kRoutedTypes.contains(segments.first()))
        needed << segments.first();
    if (r == Route::GroupExport) {
        const QStringList types = req.query.queryItemValue(QStringLiteral("_type"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
        needed << (types.isEmpty() ? QStringList{QStringLiteral("Patient")} : types);
    }
    for (const QString &type : std::as_const(needed)) {
        if (!scopeAllows(scope, type))
            return VendorResponses::hapiOutcome(
                403, QStringLiteral("error"), QStringLiteral("forbidden"),
                QStringLiteral("Insufficient scope: '%1' does not allow reading %2")
                    .arg(scope, type),
                m_requestId, m_correlationId, m_wantsXml);
    }
    return fhir(req, r, segments);
}

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
            const qint64 size = qint64(50) * 1024 * 1024 * m_scale / kLargeLine * kLargeLine;
            if (req.header("Accept").startsWith("application/fhir+ndjson"))
                return largeFile(req, size);
            if (m_wantsXml) // written directly: a 67 MB data value needs no tree (Binary: id,
                            // contentType, data)
                return hapi(200, "application/fhir+xml;charset=UTF-8",
                            "<Binary xmlns=\"http://hl7.org/fhir\"><id "
                            "value=\"large\"/><contentType value=\"application/fhir+ndjson\"/>"
                            "<data value=\"" +
                                largeBytes(0, size).toBase64() + "\"/></Binary>",
                            m_requestId, m_correlationId);
            const QByteArray json = "{\"resourceType\":\"Binary\",\"id\":\"large\",\"contentType\":"
                                    "\"application/fhir+ndjson\",\"data\":\"" +
                                    largeBytes(0, size).toBase64() + "\"}";
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
    case Route::Token:
    case Route::RegisterClient:
    case Route::Scenario:
        break;
    }
    return outcome(500, QStringLiteral("error"), QStringLiteral("An unexpected error occurred"));
}

SandboxResponse SandboxServer::exportKickOff(const SandboxRequest &req, const QString &groupId)
{
    using namespace VendorResponses;
    auto bad = [this](const QString &diagnostics, int status = 400) {
        return hapiOutcome(status, QStringLiteral("error"), QStringLiteral("processing"),
                           diagnostics, m_requestId, m_correlationId, m_wantsXml);
    };
    if (!req.header("Prefer").contains("respond-async"))
        return bad(QStringLiteral("Must request async processing for $export"));
    if (!m_data.group(groupId))
        return bad(QStringLiteral("HAPI-0436: Resource Group/%1 is not known").arg(groupId), 404);
    // Parameters come from the query (GET) or a Parameters resource (POST).
    QMap<QString, QString> params;
    for (const auto &item : req.query.queryItems(QUrl::FullyDecoded))
        params.insert(item.first, item.second);
    if (req.method == "POST" && !req.body.trimmed().isEmpty()) {
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        if (body.value(QLatin1String("resourceType")).toString() != QLatin1String("Parameters"))
            return bad(QStringLiteral(
                "Invalid request: the body of a POST $export must be a Parameters resource"));
        for (const QJsonValue &v : body.value(QLatin1String("parameter")).toArray()) {
            const QJsonObject p = v.toObject();
            QString value;
            for (const char *key : {"valueString", "valueInstant", "valueCode", "valueDateTime"}) {
                if (p.contains(QLatin1String(key)))
                    value = p.value(QLatin1String(key)).toString();
            }
            const QString name = p.value(QLatin1String("name")).toString();
            params.insert(name, params.contains(name)
                                    ? params.value(name) + QLatin1Char(',') + value
                                    : value);
        }
    }
    const bool lenient = req.header("Prefer").contains("handling=lenient");
    // Like HAPI 5.7.6: a parameter this server does not support is refused by name, unless the
    // client asked for lenient handling (then it is ignored). `patient`, `includeAssociatedData`
    // and `organizeOutputBy` are Bulk Data IG parameters HAPI 5.7.6 does not implement.
    static const QStringList supported = {
        QStringLiteral("_outputFormat"), QStringLiteral("_since"),    QStringLiteral("_type"),
        QStringLiteral("_typeFilter"),   QStringLiteral("_elements"), QStringLiteral("_format")};
    QStringList unsupported;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!supported.contains(it.key()))
            unsupported << it.key();
    }
    if (!unsupported.isEmpty() && !lenient)
        return bad(QStringLiteral("Parameter(s) not supported by this server's $export: %1. Send "
                                  "Prefer: handling=lenient to have "
                                  "them ignored.")
                       .arg(unsupported.join(QStringLiteral(", "))));
    const QString format =
        params.value(QStringLiteral("_outputFormat"), QStringLiteral("application/fhir+ndjson"));
    if (format != QLatin1String("application/fhir+ndjson") &&
        format != QLatin1String("application/ndjson") && format != QLatin1String("ndjson"))
        return bad(QStringLiteral("Invalid _outputFormat: %1 (supported: application/fhir+ndjson, "
                                  "application/ndjson, ndjson)")
                       .arg(format));
    QDateTime since;
    if (params.contains(QStringLiteral("_since"))) {
        since = QDateTime::fromString(params.value(QStringLiteral("_since")), Qt::ISODateWithMs);
        if (!since.isValid())
            return bad(QStringLiteral("Invalid _since: %1 is not a FHIR instant")
                           .arg(params.value(QStringLiteral("_since"))));
    }
    QStringList types;
    for (const QString &t :
         params.value(QStringLiteral("_type")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (SyntheticPatients::resourceTypes().contains(t.trimmed()))
            types << t.trimmed();
        else if (!lenient)
            return bad(QStringLiteral("Resource type %1 is invalid for this type of export")
                           .arg(t.trimmed()));
    }
    if (types.isEmpty())
        types = SyntheticPatients::resourceTypes();
    types.removeDuplicates();
    ExportFilters filters;
    QString filterError;
    if (!filters.parse(params.value(QStringLiteral("_typeFilter")),
                       params.value(QStringLiteral("_elements")), lenient, &filterError))
        return bad(filterError);
    // HAPI hands back a recent identical job unless the client says Cache-Control: no-cache.
    const QString key = groupId + QLatin1Char('|') + QStringList(types).join(QLatin1Char(',')) +
                        QLatin1Char('|') + since.toString(Qt::ISODateWithMs) + QLatin1Char('|') +
                        format + QLatin1Char('|') + filters.key();
    QString jobId;
    if (!req.header("Cache-Control").contains("no-cache")) {
        for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
            if (it->key == key && !it->cancelled && !it->failed)
                jobId = it.key();
        }
    }
    if (jobId.isEmpty()) {
        jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Job job;
        job.groupId = groupId;
        job.started = QDateTime::currentDateTimeUtc();
        job.types = types;
        job.since = since;
        job.filters = filters;
        job.key = key;
        job.request = req.method + ' ' + req.path.toUtf8() +
                      (req.query.isEmpty() ? QByteArray()
                                           : '?' + req.query.toString(QUrl::FullyEncoded).toUtf8());
        // The manifest's `request` is the kick-off URL with its query (the IG: "the full URL of
        // the original bulk data kick-off request").
        job.requestUrl =
            baseUrl().toString() + QStringLiteral("/Group/") + groupId +
            QStringLiteral("/$export") +
            (req.query.isEmpty() ? QString()
                                 : QLatin1Char('?') + req.query.toString(QUrl::FullyEncoded));
        job.transientLeft = m_scenario.transientErrors;
        m_jobs.insert(jobId, job);
    }
    SandboxResponse r =
        hapi(202, "application/fhir+json;charset=UTF-8",
             outcomeJson(QStringLiteral("information"), QStringLiteral("informational"),
                         QStringLiteral("Export job accepted: %1").arg(jobId)),
             m_requestId, m_correlationId);
    r.headers.insert(
        2, {"Content-Location",
            (baseUrl().toString() + QStringLiteral("/$export-poll-status?_id=") + jobId).toUtf8()});
    return r;
}

void SandboxServer::addRetryAfter(SandboxResponse &r, int secs) const
{
    switch (m_scenario.retryAfter) {
    case SandboxScenario::RetryAfter::Seconds:
        r.headers.insert(2, {"Retry-After", QByteArray::number(secs)});
        break;
    case SandboxScenario::RetryAfter::HttpDate:
        r.headers.insert(2, {"Retry-After", VendorResponses::httpDate(
                                                QDateTime::currentDateTimeUtc().addSecs(secs))});
        break;
    case SandboxScenario::RetryAfter::XRetryAfter: // the vendor sample's non-standard header
        r.headers.insert(2, {"X-RetryAfter", QByteArray::number(secs)});
        break;
    case SandboxScenario::RetryAfter::None:
        break;
    }
}

SandboxResponse SandboxServer::exportStatus(const SandboxRequest &req)
{
    using namespace VendorResponses;
    const QString jobId = req.query.queryItemValue(QStringLiteral("_id"));
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end() || it->cancelled)
        return hapiOutcome(404, QStringLiteral("error"), QStringLiteral("processing"),
                           QStringLiteral("Unknown or cancelled export job: %1").arg(jobId),
                           m_requestId, m_correlationId);
    if (req.method == "DELETE") {
        it->cancelled = true;
        return hapi(202, "application/fhir+json;charset=UTF-8",
                    outcomeJson(QStringLiteral("information"), QStringLiteral("informational"),
                                QStringLiteral("Export job %1 cancelled").arg(jobId)),
                    m_requestId, m_correlationId);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime previous = it->lastPoll;
    it->lastPoll = now;
    if (m_scenario.tooFast429 && previous.isValid() &&
        previous.msecsTo(now) < qint64(m_scenario.retryAfterSecs) * 1000 - 200) {
        SandboxResponse r =
            hapiOutcome(429, QStringLiteral("error"), QStringLiteral("throttled"),
                        QStringLiteral("Polled too soon: wait %1 s between status requests")
                            .arg(m_scenario.retryAfterSecs),
                        m_requestId, m_correlationId);
        r.headers.insert(2,
                         {"Retry-After", QByteArray::number(qMax(1, m_scenario.retryAfterSecs))});
        return r;
    }
    if (it->transientLeft > 0) {
        --it->transientLeft;
        return hapiOutcome(500, QStringLiteral("error"), QStringLiteral("transient"),
                           QStringLiteral("The export status is temporarily unavailable; retry"),
                           m_requestId, m_correlationId);
    }
    const qint64 elapsed = it->started.msecsTo(now);
    if (elapsed < m_scenario.exportDurationMs) {
        SandboxResponse r =
            hapi(202, "application/fhir+json;charset=UTF-8", {}, m_requestId, m_correlationId);
        r.headers.insert(2,
                         {"X-Progress",
                          QByteArray::number(100 * elapsed / qMax(1, m_scenario.exportDurationMs)) +
                              "% complete"});
        addRetryAfter(r, m_scenario.retryAfterSecs);
        return r;
    }
    if (m_scenario.failJob || it->failed) {
        it->failed = true;
        return hapiOutcome(
            500, QStringLiteral("error"), QStringLiteral("exception"),
            QStringLiteral("HAPI-1370: Export job %1 failed: the sandbox was told to fail it")
                .arg(jobId),
            m_requestId, m_correlationId);
    }
    if (!it->completed.isValid()) {
        it->completed = now;
        const QJsonObject *g = m_data.group(it->groupId);
        const QStringList patients = g ? SandboxData::memberPatientIds(*g) : QStringList();
        for (const QString &type : std::as_const(it->types)) {
            int count = 0;
            QByteArray ndjson = m_data.patients().ndjson(type, patients, it->since, &count);
            if (!it->filters.isEmpty())
                ndjson = it->filters.apply(type, ndjson, &count);
            if (count == 0)
                continue; // like HAPI: no file for a type without resources
            const QString fileId = QStringLiteral("%1-%2").arg(jobId.left(8), type);
            m_files.insert(fileId, {ndjson, jobId});
            it->outputs.append({type, fileId, count});
        }
        if (m_scenario.errorFiles) {
            const QString fileId = jobId.left(8) + QStringLiteral("-errors");
            m_files.insert(
                fileId,
                {outcomeJson(QStringLiteral("error"), QStringLiteral("processing"),
                             QStringLiteral("Observation/obs-00001-9: could not be serialised")) +
                     '\n',
                 jobId});
            it->errors.append(fileId);
        }
    }
    // Files may live on another origin, as object stores do: "localhost" is not 127.0.0.1.
    QString fileBase = baseUrl().toString();
    if (m_scenario.filesOnOtherOrigin)
        fileBase.replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    QJsonArray output;
    for (const auto &o : std::as_const(it->outputs)) {
        QJsonObject entry{{QStringLiteral("type"), o.type},
                          {QStringLiteral("url"), fileBase + QStringLiteral("/Binary/") + o.fileId +
                                                      QStringLiteral("/$binary-access-read")}};
        if (!m_scenario.omitCount)
            entry.insert(QStringLiteral("count"), o.count);
        output.append(entry);
    }
    for (int k = 1; m_scenario.largeFileMiB > 0 && k <= m_scenario.largeFiles; ++k) {
        const qint64 size = qint64(m_scenario.largeFileMiB) * 1024 * 1024 / kLargeLine * kLargeLine;
        const QString id = k == 1
                               ? QStringLiteral("large-%1").arg(m_scenario.largeFileMiB)
                               : QStringLiteral("large-%1-%2").arg(m_scenario.largeFileMiB).arg(k);
        QJsonObject entry{{QStringLiteral("type"), QStringLiteral("Observation")},
                          {QStringLiteral("url"),
                           fileBase + QStringLiteral("/Binary/%1/$binary-access-read").arg(id)}};
        if (!m_scenario.omitCount)
            entry.insert(QStringLiteral("count"), size / kLargeLine);
        output.append(entry);
    }
    QJsonArray errors;
    for (const QString &fileId : std::as_const(it->errors))
        errors.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("OperationOutcome")},
            {QStringLiteral("url"), baseUrl().toString() + QStringLiteral("/Binary/") + fileId +
                                        QStringLiteral("/$binary-access-read")}});
    const QJsonObject manifest{
        {QStringLiteral("transactionTime"), it->started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("request"), it->requestUrl},
        {QStringLiteral("requiresAccessToken"), true},
        {QStringLiteral("output"), output},
        {QStringLiteral("error"), errors}};
    SandboxResponse r =
        hapi(200, "application/json", QJsonDocument(manifest).toJson(QJsonDocument::Compact),
             m_requestId, m_correlationId);
    const int expiry = m_scenario.fileExpirySecs > 0 ? m_scenario.fileExpirySecs : 3600;
    r.headers.insert(2, {"Expires", httpDate(it->completed.addSecs(expiry))});
    return r;
}

SandboxResponse SandboxServer::largeFile(const SandboxRequest &req, qint64 size)
{
    using namespace VendorResponses;
    SandboxResponse r = hapi(200, "application/fhir+ndjson", {}, m_requestId, m_correlationId);
    r.headers.insert(2, {"Accept-Ranges", "bytes"});
    qint64 from = 0;
    const QByteArray range = req.header("Range");
    if (range.startsWith("bytes=")) {
        from = range.mid(6).split('-').value(0).toLongLong();
        if (from >= size) {
            SandboxResponse bad =
                hapi(416, "application/fhir+json;charset=UTF-8", {}, m_requestId, m_correlationId);
            bad.headers.insert(2, {"Content-Range", "bytes */" + QByteArray::number(size)});
            return bad;
        }
        r.status = 206;
        r.headers.insert(2, {"Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                                  QByteArray::number(size - 1) + '/' +
                                                  QByteArray::number(size)});
    }
    r.streamOffset = from;
    r.streamSize = size - from;
    r.setHeader("Content-Length", QByteArray::number(r.streamSize));
    if (m_scenario.dropMidFile)
        r.dropAfterBytes = r.streamSize / 2;
    return r;
}

SandboxResponse SandboxServer::exportFile(const SandboxRequest &req, const QString &fileId)
{
    using namespace VendorResponses;
    // Binary/large-<MiB>[-<k>]/$binary-access-read: a synthetic file of that size, streamed.
    if (fileId.startsWith(QLatin1String("large-"))) {
        bool ok = false;
        const int mib = fileId.mid(6).section(QLatin1Char('-'), 0, 0).toInt(&ok);
        if (ok && mib > 0 && mib <= 16384)
            return largeFile(req,
                             qint64(mib) * 1024 * 1024 / kLargeLine * kLargeLine); // whole lines
    }
    const auto file = m_files.constFind(fileId);
    if (file == m_files.constEnd())
        return hapiOutcome(404, QStringLiteral("error"), QStringLiteral("processing"),
                           QStringLiteral("HAPI-0436: Resource Binary/%1 is not known").arg(fileId),
                           m_requestId, m_correlationId);
    const auto job = m_jobs.constFind(file->jobId);
    if (m_scenario.fileExpirySecs > 0 && job != m_jobs.constEnd() && job->completed.isValid() &&
        job->completed.addSecs(m_scenario.fileExpirySecs) < QDateTime::currentDateTimeUtc())
        return hapiOutcome(404, QStringLiteral("error"), QStringLiteral("not-found"),
                           QStringLiteral("Binary/%1 has expired; start a new export").arg(fileId),
                           m_requestId, m_correlationId);
    const QByteArray &data = file->ndjson;
    // Range: bytes=N- (what a client resuming a download sends).
    const QByteArray range = req.header("Range");
    if (range.startsWith("bytes=")) {
        const QList<QByteArray> bounds = range.mid(6).split('-');
        bool ok = false;
        const qint64 from = bounds.value(0).toLongLong(&ok);
        const qint64 to =
            bounds.value(1).isEmpty() ? data.size() - 1 : bounds.value(1).toLongLong();
        if (!ok || from >= data.size() || to < from) {
            SandboxResponse r =
                hapi(416, "application/fhir+json;charset=UTF-8", {}, m_requestId, m_correlationId);
            r.headers.insert(2, {"Content-Range", "bytes */" + QByteArray::number(data.size())});
            return r;
        }
        const qint64 end = qMin<qint64>(to, data.size() - 1);
        SandboxResponse r = hapi(206, "application/fhir+ndjson", data.mid(from, end - from + 1),
                                 m_requestId, m_correlationId);
        r.headers.insert(2, {"Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                                  QByteArray::number(end) + '/' +
                                                  QByteArray::number(data.size())});
        r.headers.insert(3, {"Accept-Ranges", "bytes"});
        return r;
    }
    SandboxResponse r = hapi(200, "application/fhir+ndjson", data, m_requestId, m_correlationId);
    r.headers.insert(2, {"Accept-Ranges", "bytes"});
    if (m_scenario.dropMidFile && data.size() > 1)
        r.dropAfterBytes = data.size() / 2;
    return r;
}

SandboxResponse SandboxServer::scenarioRequest(const SandboxRequest &req)
{
    SandboxResponse r;
    r.headers = {{"Date", VendorResponses::httpDate(QDateTime::currentDateTimeUtc())},
                 {"Content-Type", "application/json"}};
    QString error;
    if (req.method == "POST" &&
        !m_scenario.apply(QJsonDocument::fromJson(req.body).object(), &error)) {
        r.status = 400;
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
                     .toJson(QJsonDocument::Compact);
    } else {
        r.body = QJsonDocument(m_scenario.toJson()).toJson(QJsonDocument::Compact);
    }
    r.headers.append({"Content-Length", QByteArray::number(r.body.size())});
    return r;
}

SandboxResponse SandboxServer::token(const SandboxRequest &req)
{
    auto oauthError = [](int status, const QString &error, const QString &description) {
        SandboxResponse r;
        r.status = status;
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("error"), error},
                                      {QStringLiteral("error_description"), description}})
                .toJson(QJsonDocument::Compact);
        r.headers = {{"Date", VendorResponses::httpDate(QDateTime::currentDateTimeUtc())},
                     {"Content-Type", "application/json"},
                     {"Content-Length", QByteArray::number(body.size())},
                     {"Cache-Control", "no-store"}};
        r.body = body;
        return r;
    };
    const QUrlQuery form(QString::fromUtf8(req.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("grant_type must be client_credentials"));
    QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    if (scope.isEmpty())
        scope = QStringLiteral("system/*.read");
    auto grant = [this, &oauthError](const QString &clientId, const QString &scope) {
        if (!scope.startsWith(QLatin1String("system/")))
            return oauthError(400, QStringLiteral("invalid_scope"),
                              QStringLiteral("Only system/ scopes are granted to backend clients"));
        const QJsonObject body{
            {QStringLiteral("access_token"),
             QString::fromLatin1(mintTokenFor(clientId, m_scenario.tokenLifetimeSecs, scope))},
            {QStringLiteral("token_type"), QStringLiteral("bearer")},
            {QStringLiteral("expires_in"), m_scenario.tokenLifetimeSecs},
            {QStringLiteral("scope"), scope}};
        SandboxResponse r = oauthError(200, {}, {});
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.setHeader("Content-Length", QByteArray::number(r.body.size()));
        return r;
    };
    // SMART Backend Services: private_key_jwt (RS384/ES384 assertion signed by the client).
    if (form.queryItemValue(QStringLiteral("client_assertion_type"), QUrl::FullyDecoded) ==
        QLatin1String("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")) {
        const QByteArray assertion =
            form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded).toLatin1();
        const QList<QByteArray> parts = assertion.split('.');
        const auto decode = [](const QByteArray &b) {
            return QJsonDocument::fromJson(QByteArray::fromBase64(b, QByteArray::Base64UrlEncoding))
                .object();
        };
        if (parts.size() != 3)
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("client_assertion is not a JWT"));
        const QJsonObject header = decode(parts[0]);
        const QJsonObject claims = decode(parts[1]);
        const QString iss = claims.value(QLatin1String("iss")).toString();
        if (iss.isEmpty() || iss != claims.value(QLatin1String("sub")).toString())
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("iss and sub must both be the client_id"));
        const auto client = m_jwtClients.constFind(iss);
        if (client == m_jwtClients.constEnd())
            return oauthError(401, QStringLiteral("invalid_client"),
                              QStringLiteral("No client %1 is registered").arg(iss));
        bool verified = false;
        bool kidFound = false;
        const QString kid = header.value(QLatin1String("kid")).toString();
        QStringList registeredKids;
        for (const QJsonValue &k : client->value(QLatin1String("keys")).toArray()) {
            const QJsonObject jwk = k.toObject();
            registeredKids << jwk.value(QLatin1String("kid")).toString();
            if (!kid.isEmpty() && jwk.value(QLatin1String("kid")).toString() != kid)
                continue;
            kidFound = true;
            if (SigningKey::verifyJwt(assertion, jwk))
                verified = true;
        }
        // A kid that names no registered key is its own mistake (a key rotated, or the JWKS of
        // another client): said as such, not as a bad signature.
        if (!kid.isEmpty() && !kidFound)
            return oauthError(
                401, QStringLiteral("invalid_client"),
                QStringLiteral("No key with kid \"%1\" is registered for %2 (registered: %3)")
                    .arg(kid, iss, registeredKids.join(QStringLiteral(", "))));
        if (!verified)
            return oauthError(
                401, QStringLiteral("invalid_client"),
                QStringLiteral(
                    "The assertion's signature does not verify with the registered JWKS"));
        if (claims.value(QLatin1String("aud")).toString() != tokenUrl().toString())
            return oauthError(
                400, QStringLiteral("invalid_grant"),
                QStringLiteral("aud must be the token URL %1").arg(tokenUrl().toString()));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 exp = qint64(claims.value(QLatin1String("exp")).toDouble());
        if (exp <= now)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("The assertion has expired (check the clock)"));
        if (exp > now + 300 + 10)
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("exp may be at most 5 minutes in the future"));
        const QString jti = claims.value(QLatin1String("jti")).toString();
        if (jti.isEmpty() || m_seenJti.contains(iss + QLatin1Char('/') + jti))
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("jti is missing or was used before"));
        m_seenJti.insert(iss + QLatin1Char('/') + jti);
        return grant(iss, scope);
    }
    QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    const QByteArray auth = req.header("Authorization");
    if (auth.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(auth.mid(6));
        const int colon = pair.indexOf(':');
        clientId = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(colon)));
        secret = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(colon + 1)));
    }
    if (clientId != QLatin1String(kDemoClientId) || secret != QLatin1String(kDemoClientSecret))
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("Unknown client or wrong client secret"));
    return grant(clientId, scope);
}

SandboxResponse SandboxServer::registerClientRequest(const SandboxRequest &req)
{
    const QJsonObject o = QJsonDocument::fromJson(req.body).object();
    const QString clientId = o.value(QLatin1String("client_id")).toString();
    const QJsonObject jwks = o.value(QLatin1String("jwks")).toObject();
    SandboxResponse r;
    r.headers = {{"Date", VendorResponses::httpDate(QDateTime::currentDateTimeUtc())},
                 {"Content-Type", "application/json"}};
    if (clientId.isEmpty() || jwks.value(QLatin1String("keys")).toArray().isEmpty()) {
        r.status = 400;
        r.body =
            R"({"error":"invalid_client_metadata","error_description":"client_id and jwks.keys are required"})";
    } else {
        registerClient(clientId, jwks);
        r.status = 201;
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("client_id"), clientId}})
                     .toJson(QJsonDocument::Compact);
    }
    r.headers.append({"Content-Length", QByteArray::number(r.body.size())});
    return r;
}

void SandboxServer::registerClient(const QString &clientId, const QJsonObject &jwks)
{
    m_jwtClients.insert(clientId, jwks);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path(QUrl::FullyDecoded);
    req.query = QUrlQuery(request.url());
    req.headers = request.headers();
    req.body = request.body();
    const SandboxResponse response = respond(req);

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> guard(socket);
    auto send = [responder, response, guard] {
        if (!guard)
            return; // the client went away during the latency
        responder->writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        for (const auto &h : response.headers)
            responder->writeHeader(h.first, h.second);
        if (response.streamSize > 0 || response.trickleBytesPerSec > 0) {
            const bool synthetic = response.streamSize > 0;
            const qint64 whole = synthetic ? response.streamSize : response.body.size();
            const qint64 size =
                response.dropAfterBytes >= 0 ? qMin(response.dropAfterBytes, whole) : whole;
            responder->writeBody(QByteArray());
            BodyStreamer::Source source =
                synthetic ? BodyStreamer::Source(largeBytes)
                          : [body = response.body](qint64 offset, qint64 length) {
                                return body.mid(offset, length);
                            };
            auto *streamer = new BodyStreamer(guard, source, synthetic ? response.streamOffset : 0,
                                              size, response.trickleBytesPerSec);
            if (response.dropAfterBytes >= 0)
                QObject::connect(streamer, &QObject::destroyed, guard, [guard] {
                    if (guard)
                        guard->abort();
                });
            return;
        }
        if (response.dropAfterBytes >= 0) {
            // A connection dropped in the middle of a file: the headers promise the whole body.
            responder->writeBody(response.body.left(response.dropAfterBytes));
            guard->flush();
            guard->abort();
            return;
        }
        responder->writeBody(response.body);
    };
    if (m_scenario.latencyMs > 0)
        QTimer::singleShot(m_scenario.latencyMs, this, send);
    else
        send();
    qCDebug(lcSandbox) << req.method << req.path << "->" << response.status
                       << reasonPhrase(response.status);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}
