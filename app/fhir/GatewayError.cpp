#include "GatewayError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

GatewayError::Kind kindOf(const QString &type)
{
    if (type == QLatin1String("UnauthorizedException"))
        return GatewayError::Kind::Unauthorized;
    if (type == QLatin1String("AccessDeniedException"))
        return GatewayError::Kind::AccessDenied;
    if (type == QLatin1String("IncompleteSignatureException"))
        return GatewayError::Kind::IncompleteSignature;
    if (type == QLatin1String("MissingAuthenticationTokenException"))
        return GatewayError::Kind::MissingAuthenticationToken;
    return GatewayError::Kind::Other;
}

QString inferType(const QString &message)
{
    if (message == QLatin1String("Unauthorized"))
        return QStringLiteral("UnauthorizedException");
    if (message.contains(QLatin1String("with an explicit deny")))
        return QStringLiteral("AccessDeniedException");
    if (message == QLatin1String("Missing Authentication Token"))
        return QStringLiteral("MissingAuthenticationTokenException");
    if (message.contains(QLatin1String("Authorization header requires")) ||
        message.contains(QLatin1String("not a valid key=value pair")))
        return QStringLiteral("IncompleteSignatureException");
    return {};
}

} // namespace

std::optional<GatewayError> GatewayError::recognise(const HeaderList &headers,
                                                    const QByteArray &body)
{
    GatewayError err;
    // The header may carry a suffix after a colon (e.g. "AccessDeniedException:http://...").
    QByteArray type = headerValue(headers, "x-amzn-ErrorType");
    if (const int colon = type.indexOf(':'); colon >= 0)
        type.truncate(colon);
    err.errorType = QString::fromLatin1(type.trimmed());
    err.typeFromHeader = !err.errorType.isEmpty();
    // Gateway answers are a line of JSON: a large body is something else, and parsing it on
    // every call would stall the window.
    if (!err.typeFromHeader && body.size() > 64 * 1024)
        return std::nullopt;

    const QJsonDocument doc =
        QJsonDocument::fromJson(body.size() <= 64 * 1024 ? body : QByteArray());
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.contains(QLatin1String("Message")) && o.value(QLatin1String("Message")).isString()) {
            err.message = o.value(QLatin1String("Message")).toString();
            err.capitalMessageKey = true;
        } else if (o.value(QLatin1String("message")).isString()) {
            err.message = o.value(QLatin1String("message")).toString();
        }
        // A FHIR resource is never a gateway error, even with a "message" element.
        if (o.contains(QLatin1String("resourceType")))
            return std::nullopt;
    }
    if (!err.typeFromHeader) {
        if (err.message.isEmpty())
            return std::nullopt;
        err.errorType = inferType(err.message);
        if (err.errorType.isEmpty())
            return std::nullopt;
    }
    err.kind = kindOf(err.errorType);
    if (err.kind == Kind::IncompleteSignature) {
        if (err.message.contains(QLatin1String("missing equal-sign")))
            err.signatureVariant = SignatureVariant::MissingEqualSign;
        else if (err.message.contains(QLatin1String("requires 'Credential' parameter")))
            err.signatureVariant = SignatureVariant::MissingCredentialParameters;
    }
    return err;
}
