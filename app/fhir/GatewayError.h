#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// An error answered by AWS API Gateway itself (not by the FHIR server behind it). Its body is
// plain `application/json` with one `message` (or `Message`, for AccessDeniedException) key.
struct GatewayError
{
    enum class Kind {
        Unauthorized,               // 401 UnauthorizedException
        AccessDenied,               // 403 AccessDeniedException
        IncompleteSignature,        // 403 IncompleteSignatureException
        MissingAuthenticationToken, // 403 MissingAuthenticationTokenException
        Other                       // any other x-amzn-ErrorType (throttling, ...)
    };
    // The two payloads of IncompleteSignatureException on the vendor page.
    enum class SignatureVariant {
        None,
        MissingCredentialParameters, // "Authorization header requires 'Credential' parameter. ..."
        MissingEqualSign             // "'x' not a valid key=value pair (missing equal-sign) ..."
    };

    Kind kind = Kind::Other;
    QString errorType;              // as sent in x-amzn-ErrorType, or inferred from the body
    QString message;                // the body's message
    bool capitalMessageKey = false; // body used "Message" (AccessDeniedException does)
    bool typeFromHeader = false;    // false: recognised by body shape only
    SignatureVariant signatureVariant = SignatureVariant::None;

    // Recognises a gateway error by the x-amzn-ErrorType header or by the body shape.
    static std::optional<GatewayError> recognise(const HeaderList &headers, const QByteArray &body);
};
