#include "SandboxRequest.h"

#include <QUuid>

namespace {

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

SandboxAnswer SandboxAnswer::forRequest(const SandboxRequest &req)
{
    SandboxAnswer a;
    // The vendor adopts a caller's UUID as its transaction id; anything else comes back in
    // X-Correlation-Id next to an id of its own.
    const QByteArray sentId = req.header("X-Request-ID").trimmed();
    if (sentId.isEmpty()) {
        a.requestId = VendorResponses::newRequestId();
    } else if (isUuid(sentId)) {
        a.requestId = sentId;
    } else {
        a.requestId = VendorResponses::newRequestId();
        a.correlationId = sentId;
    }
    const QByteArray accept = req.header("Accept").toLower();
    const QString format = req.query.queryItemValue(QStringLiteral("_format")).toLower();
    a.wantsXml = format.contains(QLatin1String("xml")) ||
                 (format.isEmpty() && accept.contains("xml") && !accept.contains("json"));
    return a;
}

SandboxResponse SandboxAnswer::outcome(int status, const QString &severity, const QString &code,
                                       const QString &diagnostics, bool followXml) const
{
    return VendorResponses::hapiOutcome(status, severity, code, diagnostics, requestId,
                                        correlationId, followXml && wantsXml);
}

SandboxResponse SandboxAnswer::hapi(int status, const QByteArray &contentType,
                                    const QByteArray &body) const
{
    return VendorResponses::hapi(status, contentType, body, requestId, correlationId);
}
