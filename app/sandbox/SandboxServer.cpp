#include "SandboxServer.h"

#include "app/support/Logging.h"

#include "app/fhir/FhirConvert.h"
#include "app/sandbox/LargeFile.h"

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

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(kBasePath)));
}

QUrl SandboxServer::tokenUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(kTokenPath)));
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
    if ((seg.size() == 1 && seg[0] == QLatin1String("$export")) ||
        (seg.size() == 2 && seg[0] == QLatin1String("Patient") &&
         seg[1] == QLatin1String("$export")))
        return Route::OtherExport;
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
    case Route::OtherExport:
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
    // Scenario openReads: Group reads are not checked at all (a token, good or bad, is ignored).
    if (m_scenario.openReads && (r == Route::GroupSearch || r == Route::GroupRead))
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

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path(QUrl::FullyDecoded);
    req.query = QUrlQuery(request.url());
    req.headers = request.headers();
    req.body = request.body();
    const SandboxResponse response = respond(req);
    // No Nagle delay on keep-alive connections (nginx's tcp_nodelay): a small answer written in
    // two parts would otherwise wait for the client's delayed ACK, 40 ms per file.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

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
                synthetic ? BodyStreamer::Source(LargeFile::bytes)
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
