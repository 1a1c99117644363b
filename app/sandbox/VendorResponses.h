#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP answer of the Sandbox: status, headers in the order they are sent, body.
struct SandboxResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    qint64 dropAfterBytes = -1; // >= 0: close the connection after this many body bytes
    // > 0: the body is generated while it is sent (never whole in memory): `streamSize` bytes
    // from byte `streamOffset` of a large synthetic file; `body` is then empty.
    qint64 streamSize = 0;
    qint64 streamOffset = 0;
    int trickleBytesPerSec = 0; // > 0: the body is sent slowly, a slice every 100 ms

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
};

// The answers of the vendor documentation page, reproduced exactly: same status, the same
// headers in the same order (fresh ids and dates), the same bodies. AWS API Gateway answers
// carry no X-Request-ID; HAPI answers carry the request id and the gateway's x-amzn-Remapped-*.
namespace VendorResponses {

QByteArray httpDate(const QDateTime &utc);
QByteArray newRequestId();    // x-amzn-RequestId: a UUID
QByteArray newApiGatewayId(); // x-amz-apigw-id: 15 base64 characters and '='

SandboxResponse unauthorized();
// Request headers over API Gateway's documented 10,240-byte limit (not on the vendor page: the
// status follows RFC 6585, the body the gateway's JSON shape).
SandboxResponse headersTooLarge();
SandboxResponse accessDenied();
// `authorization` is the header as received: the payload quotes it, like the real gateway.
SandboxResponse incompleteSignature(const QByteArray &authorization);
SandboxResponse missingAuthenticationToken();

// A HAPI answer through the gateway. `requestId` / `correlationId` are what the vendor sends
// back in X-Request-ID and X-Correlation-Id (the latter empty when it adopted the caller's id).
SandboxResponse hapi(int status, const QByteArray &contentType, const QByteArray &body,
                     const QByteArray &requestId, const QByteArray &correlationId,
                     bool withAppVersion = false);
SandboxResponse hapiOutcome(int status, const QString &severity, const QString &code,
                            const QString &diagnostics, const QByteArray &requestId,
                            const QByteArray &correlationId, bool xml = false);

// The OperationOutcome body HAPI writes: compact JSON with keys in FHIR order.
QByteArray outcomeJson(const QString &severity, const QString &code, const QString &diagnostics);
QByteArray outcomeXml(const QString &severity, const QString &code, const QString &diagnostics);

} // namespace VendorResponses
