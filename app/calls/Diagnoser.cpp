#include "Diagnoser.h"

#include "app/calls/Causes.h"

#include <QHash>
#include <QLocale>

namespace {

QString statusLine(const CallRecord &r)
{
    return QStringLiteral("HTTP %1").arg(*r.status);
}

QString issueLines(const OperationOutcome &o)
{
    QStringList lines;
    for (const OutcomeIssue &i : o.issues) {
        QString line = QStringLiteral("[%1/%2] %3").arg(i.severity, i.code, i.diagnostics);
        if (!i.details.isEmpty())
            line += QStringLiteral(" (%1)").arg(i.details);
        if (!i.expression.isEmpty())
            line += QStringLiteral(" @ %1").arg(i.expression.join(QStringLiteral(", ")));
        else if (!i.location.isEmpty())
            line += QStringLiteral(" @ %1").arg(i.location.join(QStringLiteral(", ")));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QStringList Diagnoser::allCodes()
{
    return {QStringLiteral("ok"),
            QStringLiteral("http.not-fhir"),
            QStringLiteral("http.redirect"),
            QStringLiteral("gateway.unauthorized"),
            QStringLiteral("gateway.access-denied"),
            QStringLiteral("gateway.incomplete-signature"),
            QStringLiteral("gateway.missing-authentication-token"),
            QStringLiteral("gateway.other"),
            QStringLiteral("fhir.bad-request"),
            QStringLiteral("fhir.not-found"),
            QStringLiteral("fhir.server-error"),
            QStringLiteral("fhir.not-implemented"),
            QStringLiteral("fhir.operation-outcome"),
            QStringLiteral("http.rate-limited"),
            QStringLiteral("http.error"),
            QStringLiteral("transport.dns"),
            QStringLiteral("transport.refused"),
            QStringLiteral("transport.timeout"),
            QStringLiteral("transport.tls"),
            QStringLiteral("transport.closed"),
            QStringLiteral("transport.cancelled"),
            QStringLiteral("transport.bad-url"),
            QStringLiteral("transport.proxy"),
            QStringLiteral("transport.incomplete"),
            QStringLiteral("transport.range-mismatch"),
            QStringLiteral("transport.bad-encoding"),
            QStringLiteral("transport.bad-headers"),
            QStringLiteral("transport.error"),
            QStringLiteral("request.invalid-header"),
            QStringLiteral("io.write"),
            QStringLiteral("io.disk-full")};
}

// A table, one entry per diagnosis code: long as a whole, read by finding the code.
QString Diagnoser::describe(const QString &code)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("ok"), QT_TR_NOOP("The server accepted the request (2xx).")},
        {QStringLiteral("http.not-fhir"),
         QT_TR_NOOP("A 2xx answer that is a web page (HTML) where FHIR was asked for: a proxy's "
                    "login page, a captive portal, or a URL that leads to a web site.")},
        {QStringLiteral("http.redirect"),
         QT_TR_NOOP(
             "A redirect (3xx); followed by the explorer, Authorization only to the same origin.")},
        {QStringLiteral("gateway.unauthorized"),
         QT_TR_NOOP("401 UnauthorizedException from API Gateway: no Authorization header, or an "
                    "empty one.")},
        {QStringLiteral("gateway.access-denied"),
         QT_TR_NOOP("403 AccessDeniedException: the token is invalid or expired (the authorizer's "
                    "explicit deny).")},
        {QStringLiteral("gateway.incomplete-signature"),
         QT_TR_NOOP("403 IncompleteSignatureException: no route for this path or method (e.g. "
                    "PATCH), so the header was read as an AWS signature.")},
        {QStringLiteral("gateway.missing-authentication-token"),
         QT_TR_NOOP("403 MissingAuthenticationTokenException: wrong path or method and no "
                    "Authorization header.")},
        {QStringLiteral("gateway.other"),
         QT_TR_NOOP("Another API Gateway error (x-amzn-ErrorType), e.g. throttling.")},
        {QStringLiteral("fhir.bad-request"),
         QT_TR_NOOP(
             "400 with an OperationOutcome: the FHIR server refused the request's content.")},
        {QStringLiteral("fhir.not-found"),
         QT_TR_NOOP("404 with an OperationOutcome: no such resource (HAPI-0436) or export job.")},
        {QStringLiteral("fhir.server-error"),
         QT_TR_NOOP("500 with an OperationOutcome: the server failed; 'transient' issues mean "
                    "retry later.")},
        {QStringLiteral("fhir.not-implemented"),
         QT_TR_NOOP(
             "501 with an OperationOutcome: the operation is not supported by this server.")},
        {QStringLiteral("fhir.operation-outcome"),
         QT_TR_NOOP("Another error status with an OperationOutcome; read its issues.")},
        {QStringLiteral("http.rate-limited"),
         QT_TR_NOOP("429 Too Many Requests: wait as long as Retry-After asks.")},
        {QStringLiteral("http.error"),
         QT_TR_NOOP(
             "An error status without a FHIR or gateway explanation (e.g. HTML from a proxy).")},
        {QStringLiteral("transport.dns"), QT_TR_NOOP("The host name could not be resolved.")},
        {QStringLiteral("transport.refused"),
         QT_TR_NOOP("The connection was refused: nothing listens on that port.")},
        {QStringLiteral("transport.timeout"),
         QT_TR_NOOP("No data arrived within the timeout; data received so far is kept.")},
        {QStringLiteral("transport.tls"),
         QT_TR_NOOP("The TLS handshake failed (untrusted or mismatched certificate).")},
        {QStringLiteral("transport.closed"),
         QT_TR_NOOP("The connection closed before the answer was complete.")},
        {QStringLiteral("transport.cancelled"),
         QT_TR_NOOP("The request was cancelled by the user.")},
        {QStringLiteral("transport.bad-url"),
         QT_TR_NOOP("The URL cannot be sent (not http/https, or no host).")},
        {QStringLiteral("transport.proxy"),
         QT_TR_NOOP("The proxy refused or failed the connection.")},
        {QStringLiteral("transport.incomplete"),
         QT_TR_NOOP(
             "The body ended before the length the server announced: the answer is incomplete.")},
        {QStringLiteral("transport.range-mismatch"),
         QT_TR_NOOP("A resumed download was answered with bytes that do not continue the file.")},
        {QStringLiteral("transport.bad-encoding"),
         QT_TR_NOOP("The body's coding is broken: a gzip/deflate stream that cannot be decoded, "
                    "or a chunked body whose framing cannot be read (an invalid chunk size).")},
        {QStringLiteral("transport.bad-headers"),
         QT_TR_NOOP("The answer's header block cannot be read: a header over 8 KiB, more than "
                    "100 headers, or a malformed header name. Refused as soon as it arrives.")},
        {QStringLiteral("transport.error"),
         QT_TR_NOOP("Another network failure before an HTTP answer.")},
        {QStringLiteral("request.invalid-header"),
         QT_TR_NOOP("A header (often a pasted token) contains a control character such as a line "
                    "break: nothing was sent.")},
        {QStringLiteral("io.write"), QT_TR_NOOP("The answer could not be written to disk (no "
                                                "permission, missing folder, I/O error).")},
        {QStringLiteral("io.disk-full"),
         QT_TR_NOOP(
             "The disk is full: the answer could not be written; what arrived before is kept.")},
    };
    const char *text = texts.value(code, nullptr);
    return text ? tr(text) : QString();
}

QString Diagnoser::humanDuration(qint64 s)
{
    s = qAbs(s);
    if (s < 60)
        return tr("%n s", nullptr, int(s));
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

Diagnosis Diagnoser::diagnose(const CallRecord &r)
{
    Diagnosis d = classify(r);
    d.causes = Causes::find(r, d.code);
    if (d.detail.startsWith(QLatin1Char('\n')))
        d.detail.remove(0, 1);
    return d;
}

Diagnosis Diagnoser::classify(const CallRecord &r)
{
    if (!r.transportErrorCode.isEmpty() || !r.status)
        return transport(r);

    const int status = *r.status;
    if (r.gatewayError)
        return gateway(r, *r.gatewayError);

    if (status >= 200 && status < 300 && r.isWebPageForFhir() && !r.outcome) {
        // Success by its status, but not an answer from a FHIR server.
        return {QStringLiteral("http.not-fhir"), Diagnosis::Severity::Warning,
                tr("%1, but the answer is a web page (%2), not FHIR.")
                    .arg(statusLine(r),
                         r.contentType().isEmpty() ? QStringLiteral("HTML") : r.contentType()),
                tr("FHIR was asked for (Accept: %1). A page like this comes from a proxy or a "
                   "network portal that wants a login or blocks the site, or from a base URL "
                   "that leads to a web site instead of the FHIR API. Read the page in the Body "
                   "tab.")
                    .arg(QString::fromLatin1(r.requestHeader("Accept")))};
    }
    if (status >= 200 && status < 300) {
        Diagnosis d{QStringLiteral("ok"),
                    Diagnosis::Severity::Ok,
                    tr("%1: the server accepted the request.").arg(statusLine(r)),
                    {}};
        if (r.outcome && !r.outcome->issues.isEmpty()) {
            d.severity = Diagnosis::Severity::Info;
            d.detail =
                tr("The response carries an OperationOutcome:\n%1").arg(issueLines(*r.outcome));
        }
        return d;
    }
    if (status >= 300 && status < 400) {
        const QString target = QString::fromLatin1(r.responseHeader("Location"));
        return {QStringLiteral("http.redirect"), Diagnosis::Severity::Info,
                tr("%1: the server redirects to %2.").arg(statusLine(r), target),
                r.auth.withheld
                    ? QString()
                    : tr("Redirects are followed by FHIR Bulk Explorer itself; the "
                         "Authorization header is only sent again to the same origin.")};
    }
    if (status == 429) {
        const QByteArray retry = r.responseHeader("Retry-After");
        Diagnosis d{QStringLiteral("http.rate-limited"),
                    Diagnosis::Severity::Warning,
                    tr("HTTP 429: the server asks you to slow down."),
                    {}};
        d.detail = retry.isEmpty()
                       ? tr("No Retry-After header was sent: wait and try again with a growing "
                            "pause.")
                       : tr("It asked to wait Retry-After: %1 before the next request.")
                             .arg(QString::fromLatin1(retry));
        if (r.outcome)
            d.detail += QLatin1Char('\n') + issueLines(*r.outcome);
        return d;
    }
    if (r.outcome)
        return fhirOutcome(r, *r.outcome);

    Diagnosis d{QStringLiteral("http.error"),
                Diagnosis::Severity::Error,
                tr("%1 %2: the server refused the request without a FHIR explanation.")
                    .arg(statusLine(r), QString::fromLatin1(r.reasonPhrase)),
                {}};
    const QString ct = r.contentType();
    if (r.bodySize == 0)
        d.detail = tr("The response body is empty.");
    else if (ct.contains(QLatin1String("html")) || r.body.trimmed().startsWith('<'))
        d.detail = tr("The body is HTML or XML that is not an OperationOutcome; it often comes "
                      "from a proxy or load balancer in front of the FHIR server.");
    else
        d.detail = tr("The body (%1) is not an OperationOutcome: read it in the Body tab.")
                       .arg(ct.isEmpty() ? tr("no Content-Type") : ct);
    return d;
}

Diagnosis Diagnoser::transport(const CallRecord &r)
{
    const QString code =
        r.transportErrorCode.isEmpty() ? QStringLiteral("transport.error") : r.transportErrorCode;
    Diagnosis d{code, Diagnosis::Severity::Error, {}, r.transportError};
    const QString host = r.url.host();
    if (code == QLatin1String("transport.dns"))
        d.summary = tr("The host name %1 could not be resolved: check the base URL, your "
                       "network and any VPN.")
                        .arg(host);
    else if (code == QLatin1String("transport.refused"))
        d.summary = tr("%1 refused the connection on port %2: nothing is listening there.")
                        .arg(host)
                        .arg(r.url.port(r.url.scheme() == QLatin1String("https") ? 443 : 80));
    else if (code == QLatin1String("transport.timeout"))
        d.summary = tr("No answer within the time limit: the server or the network stalled. "
                       "Data received so far is kept.");
    else if (code == QLatin1String("transport.tls"))
        d.summary = tr("The TLS handshake with %1 failed: the certificate is not trusted or "
                       "does not match (a corporate proxy with a private CA?).")
                        .arg(host);
    else if (code == QLatin1String("transport.closed"))
        d.summary = tr("The server closed the connection before the response was complete.");
    else if (code == QLatin1String("transport.cancelled"))
        d.summary = tr("You cancelled this request.");
    else if (code == QLatin1String("transport.bad-url"))
        d.summary = tr("The URL is not one this tool can send: use http:// or https:// and a "
                       "host name.");
    else if (code == QLatin1String("transport.proxy"))
        d.summary = r.proxy.isEmpty()
                        ? tr("The proxy refused or failed the connection.")
                        : tr("The proxy %1 refused or failed the connection: %2 was not reached.")
                              .arg(r.proxy, host);
    else if (code == QLatin1String("transport.incomplete"))
        d.summary =
            tr("The answer is incomplete: the connection ended before the whole body arrived.");
    else if (code == QLatin1String("transport.range-mismatch"))
        d.summary = tr("The server resumed the download at the wrong place: the file must be "
                       "downloaded again.");
    else if (code == QLatin1String("transport.bad-encoding"))
        d.summary = tr("The answer's coding is broken (a corrupt compressed stream or chunked "
                       "framing): its body cannot be trusted.");
    else if (code == QLatin1String("transport.bad-headers"))
        d.summary = tr("The answer's headers are too large or malformed to be read: it is "
                       "refused.");
    else if (code == QLatin1String("request.invalid-header"))
        d.summary = tr(
            "Not sent: a header contains a control character (a line break in a pasted token?).");
    else if (code == QLatin1String("io.disk-full"))
        d.summary = tr("The disk is full: the answer could not be written.");
    else if (code == QLatin1String("io.write"))
        d.summary = tr("The answer could not be written to disk.");
    else
        d.summary = tr("The request failed before an HTTP answer arrived.");
    return d;
}

Diagnosis Diagnoser::gateway(const CallRecord &r, const GatewayError &g)
{
    Diagnosis d;
    d.severity = Diagnosis::Severity::Error;
    switch (g.kind) {
    case GatewayError::Kind::Unauthorized:
        d.code = QStringLiteral("gateway.unauthorized");
        d.summary = tr("401 from the API gateway: the request carried no usable Authorization "
                       "header.");
        break;
    case GatewayError::Kind::AccessDenied:
        d.code = QStringLiteral("gateway.access-denied");
        d.summary = tr("403 AccessDeniedException: the gateway's authorizer refused the token "
                       "or the way it was sent.");
        break;
    case GatewayError::Kind::IncompleteSignature:
        d.code = QStringLiteral("gateway.incomplete-signature");
        d.summary = tr("403 IncompleteSignatureException: the gateway has no route for %1 %2, "
                       "so it read the Authorization header as an AWS signature.")
                        .arg(QString::fromLatin1(r.method), r.url.path());
        if (g.signatureVariant == GatewayError::SignatureVariant::MissingEqualSign)
            d.detail = tr("Variant 'missing equal-sign': your header has the right shape "
                          "(Bearer <token>), so the path or the method is wrong. Check the "
                          "resource type and id, and use a method the API routes: %1.")
                           .arg(Causes::routedMethodsText());
        else if (g.signatureVariant == GatewayError::SignatureVariant::MissingCredentialParameters)
            d.detail = tr("Variant 'requires Credential parameter': the path or the method is "
                          "wrong, and the Authorization header is a single word, not "
                          "'Bearer <token>'. Fix the path, and put 'Bearer ' before the token.");
        else
            d.detail = tr("Check the path and the method, and that the header reads "
                          "Authorization: Bearer <token>.");
        d.detail +=
            QLatin1Char('\n') +
            (r.bodyRedacted ? tr("This gateway answer quotes the Authorization header; the token "
                                 "in it was replaced by its length and fingerprint.")
                            : tr("This gateway answer quotes the Authorization header."));
        break;
    case GatewayError::Kind::MissingAuthenticationToken:
        d.code = QStringLiteral("gateway.missing-authentication-token");
        d.summary = tr("403 MissingAuthenticationTokenException: no route for %1 %2, and no "
                       "Authorization header.")
                        .arg(QString::fromLatin1(r.method), r.url.path());
        d.detail = tr("Despite its name this usually means a wrong path or method: check the "
                      "base URL, the resource type and the id. Add a token as well.");
        break;
    case GatewayError::Kind::Other:
        d.code = QStringLiteral("gateway.other");
        d.summary = tr("HTTP %1 from the API gateway: %2.").arg(*r.status).arg(g.errorType);
        d.detail = g.message;
        break;
    }
    if (!g.typeFromHeader)
        d.detail += QLatin1Char('\n') +
                    tr("Recognised by the body only: the x-amzn-ErrorType header was missing.");
    return d;
}

Diagnosis Diagnoser::fhirOutcome(const CallRecord &r, const OperationOutcome &o)
{
    const int status = *r.status;
    Diagnosis d;
    d.severity = Diagnosis::Severity::Error;
    const QString first = o.issues.isEmpty() ? QString() : o.issues.first().diagnostics;
    switch (status) {
    case 400:
        d.code = QStringLiteral("fhir.bad-request");
        d.summary = tr("400 from the FHIR server: it understood the request but refused its "
                       "content. %1")
                        .arg(first);
        break;
    case 404:
        d.code = QStringLiteral("fhir.not-found");
        d.summary = tr("404 from the FHIR server: %1").arg(first);
        break;
    case 500:
        d.code = QStringLiteral("fhir.server-error");
        d.summary =
            tr("500 from the FHIR server: it failed while handling the request. %1").arg(first);
        if (o.hasTransientIssue())
            d.summary += QLatin1Char(' ') + tr("The issue is marked transient: retry later.");
        break;
    case 501:
        d.code = QStringLiteral("fhir.not-implemented");
        d.summary =
            tr("501 from the FHIR server: this operation is not supported here. %1").arg(first);
        break;
    default:
        d.code = QStringLiteral("fhir.operation-outcome");
        d.summary = tr("HTTP %1 with an OperationOutcome: %2").arg(status).arg(first);
        break;
    }
    d.summary = d.summary.trimmed();
    d.detail = issueLines(o);
    return d;
}
