#include "SandboxServer.h"

#include "app/sandbox/BodyStreamer.h"
#include "app/sandbox/LargeFile.h"
#include "app/support/Logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace {

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

} // namespace

SandboxServer::SandboxServer(QObject *parent, quint32 seed, int scale)
    : QAbstractHttpServer(parent), m_state(seed, scale)
{
}

quint16 SandboxServer::start(quint16 port)
{
    const quint16 listening = listen(QHostAddress::LocalHost, port);
    if (!listening)
        return 0;
    m_state.setPort(listening);
    m_demoToken = mintToken(24 * 3600);
    qCInfo(lcSandbox) << "Sandbox listening on" << baseUrl().toString();
    return listening;
}

QByteArray SandboxServer::mintToken(qint64 lifetimeSecs, const QString &scope,
                                    const QDateTime &issuedAt) const
{
    return m_tokens.mintTokenFor(QLatin1String(kDemoClientId), lifetimeSecs, scope, issuedAt);
}

QByteArray SandboxServer::mintTokenForAudience(const QString &audience, qint64 lifetimeSecs) const
{
    return m_tokens.mintTokenFor(QLatin1String(kDemoClientId), lifetimeSecs,
                                 QStringLiteral("system/*.read"), {}, audience);
}

SandboxResponse SandboxServer::respond(const SandboxRequest &req)
{
    const SandboxAnswer answer = SandboxAnswer::forRequest(req);
    QStringList segments;
    const SandboxRoute route = SandboxGateway::route(req, &segments);
    if (auto refusal = m_gateway.refuse(req, route, segments, answer))
        return *refusal;
    switch (route) {
    case SandboxRoute::Token:
        return m_tokens.token(req);
    case SandboxRoute::RegisterClient:
        return m_tokens.registerClientRequest(req);
    case SandboxRoute::Scenario:
        return scenarioRequest(req);
    case SandboxRoute::OtherExport: // before the id check: "$export" is not a Patient id
        return m_reads.otherExport(req, answer);
    default:
        break;
    }
    if (auto badId = SandboxFhirReads::refuseId(segments, answer))
        return *badId;
    switch (route) {
    case SandboxRoute::GroupExport:
        return m_exports.kickOff(req, segments[1], answer);
    case SandboxRoute::ExportStatus:
        return m_exports.status(req, answer);
    case SandboxRoute::BinaryAccess:
        return m_exports.binaryAccess(req, segments[1], answer);
    default:
        return m_reads.read(req, route, segments, answer);
    }
}

SandboxResponse SandboxServer::scenarioRequest(const SandboxRequest &req)
{
    SandboxResponse r;
    r.headers = {{"Date", VendorResponses::httpDate(QDateTime::currentDateTimeUtc())},
                 {"Content-Type", "application/json"}};
    QString error;
    if (req.method == "POST" &&
        !m_state.scenario.apply(QJsonDocument::fromJson(req.body).object(), &error)) {
        r.status = 400;
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
                     .toJson(QJsonDocument::Compact);
    } else {
        r.body = QJsonDocument(m_state.scenario.toJson()).toJson(QJsonDocument::Compact);
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
    if (m_state.scenario.latencyMs > 0)
        QTimer::singleShot(m_state.scenario.latencyMs, this, send);
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
