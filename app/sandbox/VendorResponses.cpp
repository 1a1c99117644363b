#include "VendorResponses.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QUuid>
#include <QXmlStreamWriter>

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

namespace VendorResponses {

namespace {

const QByteArray kPoweredBy = "HAPI FHIR 5.7.6 REST Server (FHIR Server; FHIR 4.0.1/R4)";
const QByteArray kAppVersion = "NTST-FHIR-v1.1.15-SNAPSHOT_2023-04-18T21:33:58.540962451Z_"
                               "2023-04-18T21:33:58.525072381Z";

SandboxResponse gateway(int status, const QByteArray &errorType, const QByteArray &body)
{
    SandboxResponse r;
    r.status = status;
    r.headers = {{"Date", httpDate(QDateTime::currentDateTimeUtc())},
                 {"Content-Type", "application/json"},
                 {"Content-Length", QByteArray::number(body.size())},
                 {"Connection", "keep-alive"},
                 {"x-amzn-RequestId", newRequestId()},
                 {"x-amzn-ErrorType", errorType},
                 {"x-amz-apigw-id", newApiGatewayId()}};
    r.body = body;
    return r;
}

QByteArray jsonString(const QString &s)
{
    // QJsonDocument writes a correctly escaped string; strip the array brackets around it.
    const QByteArray arr = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return arr.mid(1, arr.size() - 2);
}

} // namespace

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray newApiGatewayId()
{
    QByteArray raw(11, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    QByteArray id = raw.toBase64(QByteArray::Base64Encoding); // 16 chars, ends with '='
    id.replace('/', 'A').replace('+', 'B');
    return id;
}

SandboxResponse unauthorized()
{
    return gateway(401, "UnauthorizedException", R"({"message":"Unauthorized"})");
}

SandboxResponse headersTooLarge()
{
    return gateway(431, "RequestHeaderFieldsTooLargeException",
                   R"({"message":"Request Header Fields Too Large"})");
}

SandboxResponse accessDenied()
{
    return gateway(
        403, "AccessDeniedException",
        R"({"Message":"User is not authorized to access this resource with an explicit deny"})");
}

SandboxResponse incompleteSignature(const QByteArray &authorization)
{
    // API Gateway parses an unrouted request's Authorization header as a SigV4 header.
    // "Bearer x": the scheme is read as the algorithm and "x" as a key=value pair.
    QString message;
    const QString header = QString::fromLatin1(authorization);
    const int space = header.indexOf(QLatin1Char(' '));
    if (space > 0) {
        const QString rest = header.mid(space + 1);
        message = QStringLiteral("'%1' not a valid key=value pair (missing equal-sign) in "
                                 "Authorization header: '%2'.")
                      .arg(rest, header);
    } else {
        message =
            QStringLiteral("Authorization header requires 'Credential' parameter. Authorization "
                           "header requires 'Signature' parameter. Authorization header requires "
                           "'SignedHeaders' parameter. Authorization header requires existence of "
                           "either a 'X-Amz-Date' or a 'Date' header. Authorization=%1")
                .arg(header);
    }
    return gateway(403, "IncompleteSignatureException",
                   "{\"message\":" + jsonString(message) + '}');
}

SandboxResponse missingAuthenticationToken()
{
    return gateway(403, "MissingAuthenticationTokenException",
                   R"({"message":"Missing Authentication Token"})");
}

SandboxResponse hapi(int status, const QByteArray &contentType, const QByteArray &body,
                     const QByteArray &requestId, const QByteArray &correlationId,
                     bool withAppVersion)
{
    const QByteArray date = httpDate(QDateTime::currentDateTimeUtc());
    SandboxResponse r;
    r.status = status;
    r.headers = {{"Date", date},
                 {"Content-Type", contentType},
                 {"Content-Length", QByteArray::number(body.size())},
                 {"Connection", "keep-alive"},
                 {"x-amzn-RequestId", newRequestId()},
                 {"Strict-Transport-Security", "max-age=31536000; includeSubDomains"},
                 {"x-amzn-Remapped-Connection", "keep-alive"},
                 {"X-Request-ID", requestId}};
    if (!correlationId.isEmpty())
        r.setHeader("X-Correlation-Id", correlationId);
    r.setHeader("x-amz-apigw-id", newApiGatewayId());
    r.setHeader("x-amzn-Remapped-Server", "nginx");
    r.setHeader("X-Powered-By", kPoweredBy);
    if (withAppVersion)
        r.setHeader("X-NTST-App-Version", kAppVersion);
    r.setHeader("x-amzn-Remapped-Date", date);
    r.body = body;
    return r;
}

QByteArray outcomeJson(const QString &severity, const QString &code, const QString &diagnostics)
{
    // Written by hand to keep HAPI's key order (QJsonObject would sort the keys).
    return R"({"resourceType":"OperationOutcome","issue":[{"severity":)" + jsonString(severity) +
           ",\"code\":" + jsonString(code) + ",\"diagnostics\":" + jsonString(diagnostics) + "}]}";
}

QByteArray outcomeXml(const QString &severity, const QString &code, const QString &diagnostics)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("OperationOutcome"));
    w.writeDefaultNamespace(QStringLiteral("http://hl7.org/fhir"));
    w.writeStartElement(QStringLiteral("issue"));
    for (const auto &[name, value] :
         {std::pair{QStringLiteral("severity"), severity}, std::pair{QStringLiteral("code"), code},
          std::pair{QStringLiteral("diagnostics"), diagnostics}}) {
        w.writeEmptyElement(name);
        w.writeAttribute(QStringLiteral("value"), value);
    }
    w.writeEndElement();
    w.writeEndElement();
    return out;
}

SandboxResponse hapiOutcome(int status, const QString &severity, const QString &code,
                            const QString &diagnostics, const QByteArray &requestId,
                            const QByteArray &correlationId, bool xml)
{
    // The vendor page shows X-NTST-App-Version on its 400 answer only.
    if (xml)
        return hapi(status, "application/fhir+xml;charset=UTF-8",
                    outcomeXml(severity, code, diagnostics), requestId, correlationId,
                    status == 400);
    return hapi(status, "application/fhir+json;charset=UTF-8",
                outcomeJson(severity, code, diagnostics), requestId, correlationId, status == 400);
}

} // namespace VendorResponses
