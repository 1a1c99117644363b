#include "Causes.h"

#include "app/calls/Diagnoser.h"
#include "app/calls/ProxySetting.h"

#include <QHash>
#include <QLocale>

namespace {

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QList<QByteArray> Causes::routedMethods()
{
    return {"GET", "POST", "DELETE"};
}

QString Causes::routedMethodsText()
{
    QStringList methods;
    for (const QByteArray &m : routedMethods())
        methods << QString::fromLatin1(m);
    const QString last = methods.takeLast();
    return tr("%1 and %2").arg(methods.join(QStringLiteral(", ")), last);
}

QStringList Causes::allCodes()
{
    return {QStringLiteral("route.unknown-path"),
            QStringLiteral("route.method-not-routed"),
            QStringLiteral("header.missing"),
            QStringLiteral("header.empty"),
            QStringLiteral("header.no-bearer"),
            QStringLiteral("header.lowercase-scheme"),
            QStringLiteral("header.other-scheme"),
            QStringLiteral("header.extra-whitespace"),
            QStringLiteral("header.doubled-scheme"),
            QStringLiteral("token.quoted"),
            QStringLiteral("token.garbled"),
            QStringLiteral("token.expired"),
            QStringLiteral("token.not-yet-valid"),
            QStringLiteral("token.other-environment"),
            QStringLiteral("token.rejected"),
            QStringLiteral("token.opaque-unknown"),
            QStringLiteral("scope.missing-type"),
            QStringLiteral("client.rejected"),
            QStringLiteral("tls.hostname-mismatch"),
            QStringLiteral("tls.expired"),
            QStringLiteral("tls.not-yet-valid"),
            QStringLiteral("tls.self-signed"),
            QStringLiteral("tls.unknown-issuer"),
            QStringLiteral("tls.revoked"),
            QStringLiteral("tls.other"),
            QStringLiteral("proxy.auth-required"),
            QStringLiteral("proxy.refused"),
            QStringLiteral("proxy.not-found"),
            QStringLiteral("proxy.timeout"),
            QStringLiteral("proxy.closed"),
            QStringLiteral("proxy.other"),
            QStringLiteral("proxy.rewrote")};
}

QString Causes::describe(const QString &code)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("route.unknown-path"),
         QT_TR_NOOP("No route for this path: a wrong base URL, resource type or operation.")},
        {QStringLiteral("route.method-not-routed"),
         QT_TR_NOOP("The method (e.g. PATCH, PUT) is not routed: only %1 are.")},
        {QStringLiteral("header.missing"), QT_TR_NOOP("No Authorization header was sent.")},
        {QStringLiteral("tls.hostname-mismatch"),
         QT_TR_NOOP("The server's certificate is for other host names than the one called.")},
        {QStringLiteral("tls.expired"), QT_TR_NOOP("The server's certificate has expired.")},
        {QStringLiteral("tls.not-yet-valid"),
         QT_TR_NOOP("The server's certificate is not valid yet (or this computer's clock is "
                    "behind).")},
        {QStringLiteral("tls.self-signed"),
         QT_TR_NOOP("The server's certificate is self-signed: nobody vouches for it.")},
        {QStringLiteral("tls.unknown-issuer"),
         QT_TR_NOOP("The certificate's issuer is not a CA this computer trusts: a private or "
                    "corporate CA, or a TLS-intercepting proxy.")},
        {QStringLiteral("tls.revoked"),
         QT_TR_NOOP("The server's certificate has been revoked by its issuer.")},
        {QStringLiteral("tls.other"), QT_TR_NOOP("Another check of the certificate failed.")},
        {QStringLiteral("proxy.auth-required"),
         QT_TR_NOOP("The proxy asks for a user name and password (407), or refused the ones "
                    "given.")},
        {QStringLiteral("proxy.refused"),
         QT_TR_NOOP("Nothing answers at the proxy's address, or the proxy refused to connect to "
                    "the server.")},
        {QStringLiteral("proxy.not-found"), QT_TR_NOOP("The proxy's host name does not resolve.")},
        {QStringLiteral("proxy.timeout"),
         QT_TR_NOOP("The proxy did not answer in time (or passed on no answer).")},
        {QStringLiteral("proxy.closed"),
         QT_TR_NOOP("The proxy closed the connection before the server's answer came.")},
        {QStringLiteral("proxy.other"), QT_TR_NOOP("The proxy failed in another way.")},
        {QStringLiteral("proxy.rewrote"),
         QT_TR_NOOP("The answer is the proxy's own HTML page (a block, login or error page), not "
                    "the server's.")},
        {QStringLiteral("client.rejected"),
         QT_TR_NOOP("The token endpoint refused the client's credentials (id, secret or "
                    "registered key).")},
        {QStringLiteral("header.empty"),
         QT_TR_NOOP("The Authorization header was sent without a value.")},
        {QStringLiteral("header.no-bearer"),
         QT_TR_NOOP("The token was sent without the \"Bearer \" scheme.")},
        {QStringLiteral("header.lowercase-scheme"),
         QT_TR_NOOP(
             "The scheme was written \"bearer\"; some authorizers compare it case-sensitively.")},
        {QStringLiteral("header.other-scheme"),
         QT_TR_NOOP("Another scheme than Bearer (e.g. Basic) was sent.")},
        {QStringLiteral("header.extra-whitespace"),
         QT_TR_NOOP("Extra spaces around the token: the authorizer reads them as part of it.")},
        {QStringLiteral("header.doubled-scheme"),
         QT_TR_NOOP("\"Bearer \" twice: the token itself started with \"Bearer \".")},
        {QStringLiteral("token.quoted"),
         QT_TR_NOOP("The token was sent with the quotes of the JSON it was copied from.")},
        {QStringLiteral("token.garbled"),
         QT_TR_NOOP("The token is damaged (cut, changed, or not a token at all).")},
        {QStringLiteral("token.expired"),
         QT_TR_NOOP("The token's exp is before the call: it has expired.")},
        {QStringLiteral("token.not-yet-valid"),
         QT_TR_NOOP(
             "The token's nbf is after the call: it is not valid yet (or a clock is wrong).")},
        {QStringLiteral("token.other-environment"),
         QT_TR_NOOP("The token's aud/iss name another server than the one called.")},
        {QStringLiteral("token.rejected"),
         QT_TR_NOOP(
             "A well-formed, unexpired token was refused: revoked, or issued for another client.")},
        {QStringLiteral("token.opaque-unknown"),
         QT_TR_NOOP("An opaque token was refused: only its issuer can say why.")},
        {QStringLiteral("scope.missing-type"),
         QT_TR_NOOP("The token's scopes do not allow reading this resource type.")},
    };
    const char *text = texts.value(code, nullptr);
    if (!text)
        return {};
    return code == QLatin1String("route.method-not-routed") ? tr(text).arg(routedMethodsText())
                                                            : tr(text);
}

void Causes::addRoute(const CallRecord &r, QList<Cause> &out)
{
    const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(r.method), r.url.path());
    if (!routedMethods().contains(r.method))
        out.append({QStringLiteral("route.method-not-routed"),
                    tr("%1 is not a method this API routes: it routes %2 only (a read is a GET, "
                       "the $export kick-off a GET or POST).")
                        .arg(QString::fromLatin1(r.method), routedMethodsText()),
                    tr("the request was %1").arg(what)});
    else
        out.append({QStringLiteral("route.unknown-path"),
                    tr("No route for %1: check the base URL, the resource type and the id.")
                        .arg(r.url.path()),
                    tr("the request was %1").arg(what)});
}

void Causes::addHeader(const CallRecord &r, QList<Cause> &out)
{
    const AuthEvidence &a = r.auth;
    const QString shape = tr("sent as: %1").arg(a.shape());
    switch (a.presence) {
    case AuthEvidence::Presence::Absent:
        out.append({QStringLiteral("header.missing"),
                    a.withheld ? tr("No Authorization header: a redirect led to another origin, "
                                    "where the token is not sent.")
                               : tr("No Authorization header was sent: add the token "
                                    "(Authorization: Bearer <token>)."),
                    shape});
        return;
    case AuthEvidence::Presence::Empty:
        out.append({QStringLiteral("header.empty"),
                    a.deliberatelyEmpty
                        ? tr("The Authorization header was sent empty on purpose (the Empty "
                             "header variant): choose Bearer token to send the token.")
                        : tr("The Authorization header was sent empty: send the access token "
                             "as Authorization: Bearer <token>."),
                    shape});
        return;
    case AuthEvidence::Presence::Present:
        break;
    }
    if (a.lintCodes.contains(QLatin1String("bearer.prefix")) ||
        a.lintCodes.contains(QLatin1String("bearer.doubled")))
        out.append({QStringLiteral("header.doubled-scheme"),
                    tr("\"Bearer \" appears twice: the pasted token already started with it. Paste "
                       "the token alone."),
                    shape});
    if (a.scheme.isEmpty())
        out.append(
            {QStringLiteral("header.no-bearer"),
             tr("The token was sent without \"Bearer \": send Authorization: Bearer <token>."),
             shape});
    else if (a.scheme.compare("Bearer", Qt::CaseInsensitive) == 0 && a.scheme != "Bearer")
        out.append({QStringLiteral("header.lowercase-scheme"),
                    tr("The scheme was written \"%1\": write \"Bearer\" exactly; this authorizer "
                       "compares it case-sensitively.")
                        .arg(QString::fromLatin1(a.scheme)),
                    shape});
    else if (a.scheme != "Bearer")
        out.append(
            {QStringLiteral("header.other-scheme"),
             tr("The scheme \"%1\" is not Bearer: this API takes Authorization: Bearer <token>.")
                 .arg(QString::fromLatin1(a.scheme)),
             shape});
    if (a.spacesBefore > 0 || a.spacesAfter > 0 || a.spaceInside)
        out.append({QStringLiteral("header.extra-whitespace"),
                    tr("Extra spaces around the token (from a copy): the authorizer reads them as "
                       "part of it. Send exactly "
                       "one space after \"Bearer\" and none after the token."),
                    shape});
    if (a.lintCodes.contains(QLatin1String("quotes")))
        out.append(
            {QStringLiteral("token.quoted"),
             tr("The token is wrapped in quotes from the JSON it was copied from: remove them."),
             shape});
}

void Causes::addToken(const CallRecord &r, QList<Cause> &out, bool fromGateway)
{
    const AuthEvidence &a = r.auth;
    if (a.presence != AuthEvidence::Presence::Present)
        return;
    const QDateTime at = r.started.isValid() ? r.started : QDateTime::currentDateTimeUtc();
    const int before = int(out.size());
    if (a.deliberatelyGarbled || a.kind == AuthEvidence::TokenKind::Garbled) {
        out.append({QStringLiteral("token.garbled"),
                    tr("The token is damaged: copy it again completely, or get a new one."),
                    a.deliberatelyGarbled
                        ? tr("the Garbled token variant changed its last characters")
                        : tr("it is not a readable JWT (%1)")
                              .arg(a.lintCodes.join(QStringLiteral(", ")))});
    }
    if (a.expiresAt.isValid() && a.expiresAt < at) {
        out.append({QStringLiteral("token.expired"),
                    fromGateway
                        ? tr("The token expired %1 before this call: get a new token (the gateway "
                             "answers 403 AccessDeniedException to an expired one).")
                              .arg(Diagnoser::humanDuration(a.expiresAt.secsTo(at)))
                        : tr("The token expired %1 before this call: get a new token.")
                              .arg(Diagnoser::humanDuration(a.expiresAt.secsTo(at))),
                    tr("exp %1; the call was at %2").arg(when(a.expiresAt), when(at))});
    }
    if (a.notBefore.isValid() && a.notBefore > at.addSecs(60)) {
        out.append({QStringLiteral("token.not-yet-valid"),
                    tr("The token is not valid yet: wait, or check this computer's clock."),
                    tr("nbf %1; the call was at %2").arg(when(a.notBefore), when(at))});
    }
    if (!a.otherEnvironment.isEmpty()) {
        out.append({QStringLiteral("token.other-environment"),
                    tr("The token was issued for %1, not for the server called (%2): use a token "
                       "of this environment.")
                        .arg(a.otherEnvironment, r.url.host()),
                    tr("aud %1, iss %2").arg(a.audience.join(QStringLiteral(", ")), a.issuer)});
    }
    // "Refused for a reason we cannot see" only when nothing else explains it: after a header
    // mistake, a well-formed token would most likely have been accepted.
    if (out.size() > before || before > 0)
        return;
    if (a.kind == AuthEvidence::TokenKind::Jwt)
        out.append({QStringLiteral("token.rejected"),
                    tr("The token looks valid but was refused: it was probably revoked, or issued "
                       "for another client or environment."),
                    a.expiresAt.isValid() ? tr("a JWT valid until %1").arg(when(a.expiresAt))
                                          : tr("a JWT without exp")});
    else
        out.append({QStringLiteral("token.opaque-unknown"),
                    tr("The token is opaque (not a JWT): only its issuer can tell why it was "
                       "refused. Get a new one."),
                    tr("an opaque token of %n chars", nullptr, a.tokenLength)});
}

bool Causes::addClient(const CallRecord &r, QList<Cause> &out)
{
    // An OAuth token request (SMART Backend Services): a form with grant_type, POSTed. Its
    // refusal is about the client's credentials, not about a bearer token or its header.
    const int status = r.status.value_or(0);
    if (r.method != "POST" || !r.requestBody.contains("grant_type=") ||
        (status != 400 && status != 401 && status != 403))
        return false;
    QString how;
    if (r.requestBody.contains("client_assertion="))
        how = tr("a signed client_assertion (private_key_jwt)");
    else if (r.auth.scheme.compare("Basic", Qt::CaseInsensitive) == 0)
        how = tr("client id and secret with HTTP Basic");
    else if (r.requestBody.contains("client_secret="))
        how = tr("client id and secret in the form");
    else
        how = tr("no client credentials");
    const QString error = QString::fromUtf8(r.body).contains(QLatin1String("invalid_client"))
                              ? QStringLiteral(" (invalid_client)")
                              : QString();
    out.append({QStringLiteral("client.rejected"),
                tr("The token endpoint refused the client%1: check the client id and its "
                   "secret, or that the client's public key (JWKS) is registered with the "
                   "server.")
                    .arg(error),
                tr("POST %1 with %2").arg(r.url.path(), how)});
    return true;
}

QList<Cause> Causes::find(const CallRecord &r, const QString &code)
{
    QList<Cause> out;
    const bool gateway = r.gatewayError.has_value();
    const int status = r.status.value_or(0);
    if (code == QLatin1String("transport.tls")) {
        addTls(r, out);
        return out;
    }
    if (addProxy(r, code, out))
        return out;
    if (!gateway && addClient(r, out))
        return out;
    if (code == QLatin1String("gateway.unauthorized")) {
        addHeader(r, out);
    } else if (code == QLatin1String("gateway.access-denied")) {
        // The header's shape first: with it wrong, even a good token is refused.
        addHeader(r, out);
        addToken(r, out, true);
    } else if (code == QLatin1String("gateway.incomplete-signature") ||
               code == QLatin1String("gateway.missing-authentication-token")) {
        addRoute(r, out);
        addHeader(r, out);
    } else if (!gateway && (status == 401 || status == 403)) {
        // Another server's refusal: an OAuth/FHIR server says the same things in other words.
        const bool scope = r.outcome && !r.outcome->issues.isEmpty() &&
                           r.outcome->issues.first().diagnostics.contains(QLatin1String("scope"),
                                                                          Qt::CaseInsensitive);
        if (scope)
            out.append({QStringLiteral("scope.missing-type"),
                        tr("The token's scopes do not allow this read: ask for a token with the "
                           "scope for this resource type."),
                        r.outcome->issues.first().diagnostics});
        addHeader(r, out);
        if (!scope)
            addToken(r, out, false);
    }
    return out;
}

void Causes::addTls(const CallRecord &r, QList<Cause> &out)
{
    // Each failed check with what the certificate says; the order is the one to fix them in.
    const PeerCertificate leaf = r.peerChain.value(0);
    const QString host = r.url.host();
    const QString issuer = leaf.issuer.isEmpty() ? tr("(not received)") : leaf.issuer;
    for (const QString &problem :
         {QStringLiteral("unknown-issuer"), QStringLiteral("self-signed"),
          QStringLiteral("hostname-mismatch"), QStringLiteral("expired"),
          QStringLiteral("not-yet-valid"), QStringLiteral("revoked"), QStringLiteral("other")}) {
        if (!r.tlsProblems.contains(problem))
            continue;
        if (problem == QLatin1String("unknown-issuer"))
            out.append(
                {QStringLiteral("tls.unknown-issuer"),
                 tr("The certificate was issued by %1, which this computer does not trust. "
                    "If %2 is a public server, a TLS-intercepting proxy (a corporate one) "
                    "has most likely replaced its certificate: ask your IT for its CA "
                    "certificate (PEM) and pass it with fhir-bulk --cacert, or add it to this "
                    "computer's trusted CAs. For a private server, do the same with its CA.")
                         .arg(issuer, host) +
                     // Only the server's own certificate arrived, signed by someone else: the
                     // server may have left out its intermediate CA.
                     (r.peerChain.size() == 1 && !leaf.selfSigned
                          ? QLatin1Char(' ') +
                                tr("The server sent its certificate alone: if %1 is an "
                                   "intermediate CA, the server must send it too (an incomplete "
                                   "chain is the server owner's to fix).")
                                    .arg(issuer)
                          : QString()),
                 tr("issuer: %1; subject: %2; SHA-256 %3").arg(issuer, leaf.subject, leaf.sha256)});
        else if (problem == QLatin1String("self-signed"))
            out.append({QStringLiteral("tls.self-signed"),
                        tr("The certificate of %1 is self-signed: nobody vouches for it. Trust it "
                           "only if you can compare its fingerprint with the server's owner.")
                            .arg(host),
                        tr("subject: %1; SHA-256 %2").arg(leaf.subject, leaf.sha256)});
        else if (problem == QLatin1String("hostname-mismatch"))
            out.append({QStringLiteral("tls.hostname-mismatch"),
                        tr("The certificate is not for %1: check the base URL's host name (a "
                           "typo, an IP address instead of the name, an internal alias).")
                            .arg(host),
                        tr("the certificate names: %1")
                            .arg(leaf.names.isEmpty() ? leaf.subject
                                                      : leaf.names.join(QStringLiteral(", ")))});
        else if (problem == QLatin1String("expired"))
            out.append({QStringLiteral("tls.expired"),
                        tr("The server's certificate expired: the server's owner must renew it."),
                        tr("valid until %1").arg(leaf.notAfter.toString(Qt::ISODate))});
        else if (problem == QLatin1String("not-yet-valid"))
            out.append({QStringLiteral("tls.not-yet-valid"),
                        tr("The certificate is not valid yet: check this computer's clock."),
                        tr("valid from %1").arg(leaf.notBefore.toString(Qt::ISODate))});
        else if (problem == QLatin1String("revoked"))
            out.append({QStringLiteral("tls.revoked"),
                        tr("The issuer revoked this certificate: do not trust this server until "
                           "its owner replaces it."),
                        tr("SHA-256 %1").arg(leaf.sha256)});
        else
            out.append({QStringLiteral("tls.other"),
                        tr("Another check of the certificate failed: %1").arg(r.transportError),
                        r.transportError});
    }
}

bool Causes::addProxy(const CallRecord &r, const QString &code, QList<Cause> &out)
{
    const QString via = r.proxy.isEmpty() ? QString() : r.proxy;
    const QString setting = r.proxySetting.isEmpty()
                                ? QString()
                                : ProxySetting::parse(r.proxySetting, nullptr).describe();
    const QString evidence =
        via.isEmpty()
            ? tr("Qt: %1").arg(r.transportError)
            : tr("proxy %1 (chosen by %2); Qt: %3")
                  .arg(via, setting.isEmpty() ? tr("the system") : setting, r.transportError);
    if (code == QLatin1String("transport.proxy")) {
        const QString problem = r.proxyProblem.isEmpty() ? QStringLiteral("other") : r.proxyProblem;
        QString text;
        if (problem == QLatin1String("auth-required"))
            text = tr("The proxy %1 wants a user name and password (407 Proxy Authentication "
                      "Required), or refused the ones given: set them in the profile (the "
                      "password is kept in the keychain), or in the proxy URL's user name with "
                      "FHIR_BULK_PROXY_PASSWORD for fhir-bulk.")
                       .arg(via);
        else if (problem == QLatin1String("refused"))
            text = tr("The proxy %1 refused: nothing listens at that address and port, or the "
                      "proxy does not allow a connection to %2. Check the proxy address (the "
                      "profile, the system's settings or http_proxy/https_proxy).")
                       .arg(via, r.url.host());
        else if (problem == QLatin1String("not-found"))
            text = tr("The proxy %1 was not found: its host name does not resolve (a VPN that "
                      "is off, a typo in the proxy setting).")
                       .arg(via);
        else if (problem == QLatin1String("timeout"))
            text = tr("The proxy %1 did not answer in time.").arg(via);
        else if (problem == QLatin1String("closed"))
            text = tr("The proxy %1 closed the connection before the answer came: it may block "
                      "%2, or have dropped the connection.")
                       .arg(via, r.url.host());
        else
            text = tr("The proxy %1 failed: %2").arg(via, r.transportError);
        out.append({QStringLiteral("proxy.") + problem, text, evidence});
        return true;
    }
    if (code == QLatin1String("transport.timeout") && !via.isEmpty()) {
        out.append({QStringLiteral("proxy.timeout"),
                    tr("No answer came through the proxy %1: the proxy or the server behind it "
                       "stalled. Try the same call without the proxy if your network allows it.")
                        .arg(via),
                    evidence});
        return false; // the timeout's own causes may follow
    }
    // An HTML page where FHIR (JSON or XML) was asked for, through a proxy: that page is most
    // likely the proxy's (a block page with an error status, or a login page with a 200). A Via
    // header alone says too little: CDNs in front of real APIs (CloudFront) add one as well.
    // A 200 page (a proxy's login page) is a call the Diagnoser calls http.not-fhir.
    const QString ct = r.contentType();
    const QByteArray viaHeader = r.responseHeader("Via");
    const int status = r.status.value_or(0);
    if (r.isWebPageForFhir() && !r.outcome && !via.isEmpty() &&
        (status >= 300 || code == QLatin1String("http.not-fhir"))) {
        out.append({QStringLiteral("proxy.rewrote"),
                    tr("The answer is an HTML page, not FHIR: the proxy %1 most likely answered "
                       "in the server's place (a block page, a login page or its own error). "
                       "Read the page in the Body tab; ask your IT to allow %2.")
                        .arg(via, r.url.host()),
                    viaHeader.isEmpty()
                        ? tr("Content-Type %1 through %2").arg(ct, via)
                        : tr("Content-Type %1; Via: %2").arg(ct, QString::fromLatin1(viaHeader))});
        return true;
    }
    return false;
}
