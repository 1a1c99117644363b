// Every response on the vendor page (shared/reference/netsmart-bulk-data-resources.txt), plus
// bodies the page does not show, must get the right stable diagnosis code.
#include "app/calls/Causes.h"
#include "app/calls/Diagnoser.h"
#include "app/calls/Redaction.h"
#include "app/tokens/TokenLint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// A JWT with these claims (its signature is not checked by the explorer).
QByteArray jwt(const QJsonObject &claims)
{
    auto b64 = [](const QByteArray &b) {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return b64("{\"alg\":\"RS384\",\"typ\":\"JWT\"}") + '.' +
           b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + ".c2lnbmF0dXJl";
}

CallRecord
record(int status, const HeaderList &headers, const QByteArray &body,
       const HeaderList &requestHeaders = {}, const QByteArray &method = "GET",
       const QString &url = QStringLiteral("https://fhir.example/uscore/v1/bulk-data/Group/1"))
{
    CallRecord r;
    r.method = method;
    r.url = QUrl(url);
    r.started = QDateTime::currentDateTimeUtc();
    r.status = status;
    r.responseHeaders = headers;
    // As ApiCall does: the evidence from the header as sent, the record's copy redacted.
    for (const auto &h : requestHeaders) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0) {
            r.auth = AuthEvidence::read(&h.second, AuthMode::Bearer, r.url);
            r.requestHeaders.append({h.first, Redaction::authorizationValue(h.second)});
        } else {
            r.requestHeaders.append(h);
        }
    }
    r.body = body;
    r.bodySize = body.size();
    r.gatewayError = GatewayError::recognise(headers, body);
    if (!r.gatewayError)
        r.outcome = OperationOutcome::parse(body);
    return r;
}

const QByteArray kFhirJson = "application/fhir+json;charset=UTF-8";

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vendorPage_data()
    {
        QTest::addColumn<CallRecord>("rec");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions"); // a phrase the explanation must contain

        const HeaderList gw401{{"Content-Type", "application/json"},
                               {"x-amzn-ErrorType", "UnauthorizedException"}};
        QTest::newRow("401 no header")
            << record(401, gw401, "{\"message\":\"Unauthorized\"}") << "gateway.unauthorized"
            << "No Authorization header was sent";
        QTest::newRow("401 empty header")
            << record(401, gw401, "{\"message\":\"Unauthorized\"}", {{"Authorization", ""}})
            << "gateway.unauthorized"
            << "sent empty";
        QTest::newRow("403 access denied")
            << record(403,
                      {{"Content-Type", "application/json"},
                       {"x-amzn-ErrorType", "AccessDeniedException"}},
                      "{\"Message\":\"User is not authorized to access this resource with an "
                      "explicit deny\"}",
                      {{"Authorization", "Bearer abcdefghij"}})
            << "gateway.access-denied"
            << "refused the token";
        QTest::newRow("403 incomplete signature payload 1")
            << record(403, {{"x-amzn-ErrorType", "IncompleteSignatureException"}},
                      "{\"message\":\"Authorization header requires 'Credential' parameter. "
                      "Authorization header requires 'Signature' parameter. Authorization header "
                      "requires 'SignedHeaders' parameter. Authorization header requires existence "
                      "of either a 'X-Amz-Date' or a 'Date' header. Authorization=abc\"}",
                      {{"Authorization", "abc"}}, "GET",
                      QStringLiteral("https://fhir.example/uscore/v1/bulk-data/Invalid/123456"))
            << "gateway.incomplete-signature"
            << "single word";
        QTest::newRow("403 incomplete signature payload 2")
            << record(403, {{"x-amzn-ErrorType", "IncompleteSignatureException"}},
                      "{\"message\":\"'abc' not a valid key=value pair (missing equal-sign) in "
                      "Authorization header: 'Bearer abc'.\"}",
                      {{"Authorization", "Bearer abc"}}, "PATCH",
                      QStringLiteral("https://fhir.example/uscore/v1/bulk-data/Group/123456"))
            << "gateway.incomplete-signature"
            << "missing equal-sign";
        QTest::newRow("403 missing authentication token")
            << record(403, {{"x-amzn-ErrorType", "MissingAuthenticationTokenException"}},
                      "{\"message\":\"Missing Authentication Token\"}")
            << "gateway.missing-authentication-token"
            << "wrong path";
        QTest::newRow("403 recognised by body only")
            << record(403, {{"Content-Type", "application/json"}},
                      "{\"message\":\"Missing Authentication Token\"}")
            << "gateway.missing-authentication-token"
            << "x-amzn-ErrorType header was missing";
        QTest::newRow("400")
            << record(400, {{"Content-Type", kFhirJson}},
                      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"warning\","
                      "\"code\":\"processing\",\"diagnostics\":\"{description of error}\"}]}")
            << "fhir.bad-request"
            << "{description of error}";
        QTest::newRow("404")
            << record(404, {{"Content-Type", kFhirJson}},
                      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                      "\"code\":\"processing\",\"diagnostics\":\"HAPI-0436: Resource "
                      "Patient/123456 is not known\"}]}")
            << "fhir.not-found"
            << "HAPI-0436";
        QTest::newRow("500")
            << record(500, {{"Content-Type", kFhirJson}},
                      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                      "\"code\":\"processing\",\"diagnostics\":\"An unexpected error occurred\"}]}")
            << "fhir.server-error"
            << "An unexpected error occurred";
        QTest::newRow("500 transient")
            << record(500, {{"Content-Type", kFhirJson}},
                      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                      "\"code\":\"transient\",\"diagnostics\":\"busy\"}]}")
            << "fhir.server-error"
            << "retry later";
        QTest::newRow("501 GetAllergy")
            << record(501, {{"Content-Type", kFhirJson}},
                      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                      "\"code\":\"processing\",\"diagnostics\":\"Failed to call GetAllergy: No "
                      "instance for action GetAllergy\"}]}")
            << "fhir.not-implemented"
            << "GetAllergy";
        QTest::newRow("501 GetBinary")
            << record(501, {{"Content-Type", kFhirJson}},
                      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                      "\"code\":\"processing\",\"diagnostics\":\"Failed to call GetBinary: "
                      "GetBinary Action not supported\"}]}")
            << "fhir.not-implemented"
            << "GetBinary";
        QTest::newRow("409 outcome xml")
            << record(409, {{"Content-Type", "application/fhir+xml"}},
                      "<OperationOutcome xmlns=\"http://hl7.org/fhir\"><issue><severity "
                      "value=\"error\"/>"
                      "<code value=\"conflict\"/><diagnostics value=\"Version "
                      "conflict\"/></issue></OperationOutcome>")
            << "fhir.operation-outcome"
            << "Version conflict";
        QTest::newRow("429") << record(429, {{"Retry-After", "120"}}, {}) << "http.rate-limited"
                             << "Retry-After: 120";
        QTest::newRow("502 html from a proxy")
            << record(502, {{"Content-Type", "text/html"}},
                      "<html><body><h1>502 Bad Gateway</h1></body></html>")
            << "http.error"
            << "proxy";
        QTest::newRow("503 empty body") << record(503, {}, {}) << "http.error"
                                        << "empty";
        QTest::newRow("500 plain text")
            << record(500, {{"Content-Type", "text/plain"}}, "Internal error") << "http.error"
            << "text/plain";
        QTest::newRow("200") << record(200, {{"Content-Type", kFhirJson}},
                                       "{\"resourceType\":\"Group\",\"id\":\"1\"}")
                             << "ok"
                             << "accepted";
        QTest::newRow("302") << record(302, {{"Location", "https://other.example/x"}}, {})
                             << "http.redirect"
                             << "other.example";
    }

    void vendorPage()
    {
        QFETCH(CallRecord, rec);
        QFETCH(QString, mentions);
        const Diagnosis d = Diagnoser::diagnose(rec);
        QTEST(d.code, "code");
        QString text = d.summary + QLatin1Char('\n') + d.detail;
        for (const Cause &c : d.causes)
            text += QLatin1Char('\n') + c.summary;
        QVERIFY2(text.contains(mentions), qPrintable(text));
        QVERIFY(Diagnoser::allCodes().contains(d.code));
        QVERIFY(!Diagnoser::describe(d.code).isEmpty());
    }

    void gatewayVariantsAreTold()
    {
        const auto p1 = GatewayError::recognise({}, "{\"message\":\"Authorization header requires "
                                                    "'Credential' parameter. Authorization=x\"}");
        QVERIFY(p1);
        QCOMPARE(p1->signatureVariant, GatewayError::SignatureVariant::MissingCredentialParameters);
        const auto p2 =
            GatewayError::recognise({}, "{\"message\":\"'x' not a valid key=value pair (missing "
                                        "equal-sign) in Authorization header: 'Bearer x'.\"}");
        QVERIFY(p2);
        QCOMPARE(p2->signatureVariant, GatewayError::SignatureVariant::MissingEqualSign);
        const auto denied =
            GatewayError::recognise({{"x-amzn-ErrorType", "AccessDeniedException:http://internal"}},
                                    "{\"Message\":\"User is not authorized to access this resource "
                                    "with an explicit deny\"}");
        QVERIFY(denied);
        QVERIFY(denied->capitalMessageKey);
        QCOMPARE(denied->kind, GatewayError::Kind::AccessDenied);
        // A FHIR resource is never taken for a gateway error.
        QVERIFY(!GatewayError::recognise(
            {}, "{\"resourceType\":\"OperationOutcome\",\"message\":\"Unauthorized\"}"));
    }

    void expiredJwtIsNamed()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray token = jwt(
            {{QStringLiteral("exp"), now - 2 * 3600 - 5 * 60},
             {QStringLiteral("aud"), QStringLiteral("https://fhir.example/uscore/v1/bulk-data")}});
        CallRecord r = record(403, {{"x-amzn-ErrorType", "AccessDeniedException"}},
                              "{\"Message\":\"User is not authorized to access this resource with "
                              "an explicit deny\"}",
                              {{"Authorization", "Bearer " + token}});
        const Diagnosis d = Diagnoser::diagnose(r);
        QCOMPARE(d.code, QStringLiteral("gateway.access-denied"));
        QCOMPARE(d.firstCause(), QStringLiteral("token.expired"));
        const QString why = d.causes.constFirst().summary;
        QVERIFY2(why.contains(QStringLiteral("expired")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("2 h 5 min")), qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("AccessDeniedException"))); // the gateway's own answer
    }

    // The causes, ranked, from what was sent: the header's shape before the token's age.
    void causesFromEvidence_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("errorType");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<QByteArray>>("authorization"); // none, or the header as sent
        QTest::addColumn<QStringList>("causes");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray valid = jwt({{QStringLiteral("exp"), now + 3600}});
        const QByteArray expired = jwt({{QStringLiteral("exp"), now - 600}});
        const QByteArray future =
            jwt({{QStringLiteral("exp"), now + 7200}, {QStringLiteral("nbf"), now + 3600}});
        const QList<QByteArray> none;
        QTest::newRow("401, no header")
            << 401 << QByteArray("UnauthorizedException") << QByteArray("GET") << "Group/1" << none
            << QStringList{QStringLiteral("header.missing")};
        QTest::newRow("401, empty header")
            << 401 << QByteArray("UnauthorizedException") << QByteArray("GET") << "Group/1"
            << QList<QByteArray>{""} << QStringList{QStringLiteral("header.empty")};
        QTest::newRow("403, valid JWT without Bearer")
            << 403 << QByteArray("AccessDeniedException") << QByteArray("GET") << "Group/1"
            << QList<QByteArray>{valid} << QStringList{QStringLiteral("header.no-bearer")};
        QTest::newRow("403, lower-case scheme")
            << 403 << QByteArray("AccessDeniedException") << QByteArray("GET") << "Group/1"
            << QList<QByteArray>{"bearer " + valid}
            << QStringList{QStringLiteral("header.lowercase-scheme")};
        QTest::newRow("403, extra spaces")
            << 403 << QByteArray("AccessDeniedException") << QByteArray("GET") << "Group/1"
            << QList<QByteArray>{"Bearer   " + valid + "  "}
            << QStringList{QStringLiteral("header.extra-whitespace")};
        QTest::newRow("403, lower-case and expired: the header first")
            << 403 << QByteArray("AccessDeniedException") << QByteArray("GET") << "Group/1"
            << QList<QByteArray>{"bearer " + expired}
            << QStringList{QStringLiteral("header.lowercase-scheme"),
                           QStringLiteral("token.expired")};
        QTest::newRow("403, Bearer Bearer")
            << 403 << QByteArray("AccessDeniedException") << QByteArray("GET") << "Group/1"
            << QList<QByteArray>{"Bearer Bearer " + valid}
            << QStringList{QStringLiteral("header.doubled-scheme")};
        QTest::newRow("403, expired")
            << 403 << QByteArray("AccessDeniedException") << QByteArray("GET") << "Group/1"
            << QList<QByteArray>{"Bearer " + expired}
            << QStringList{QStringLiteral("token.expired")};
        QTest::newRow("403, not yet valid")
            << 403 << QByteArray("AccessDeniedException") << QByteArray("GET") << "Group/1"
            << QList<QByteArray>{"Bearer " + future}
            << QStringList{QStringLiteral("token.not-yet-valid")};
        QTest::newRow("403, garbled")
            << 403 << QByteArray("AccessDeniedException") << QByteArray("GET") << "Group/1"
            << QList<QByteArray>{"Bearer eyJhbGciOi.x!y"}
            << QStringList{QStringLiteral("token.garbled")};
        QTest::newRow("403, a good-looking JWT")
            << 403 << QByteArray("AccessDeniedException") << QByteArray("GET") << "Group/1"
            << QList<QByteArray>{"Bearer " + valid}
            << QStringList{QStringLiteral("token.rejected")};
        QTest::newRow("403, opaque")
            << 403 << QByteArray("AccessDeniedException") << QByteArray("GET") << "Group/1"
            << QList<QByteArray>{"Bearer 2YotnFZFEjr1zCsicMWpAA"}
            << QStringList{QStringLiteral("token.opaque-unknown")};
        QTest::newRow("IncompleteSignature, unknown path")
            << 403 << QByteArray("IncompleteSignatureException") << QByteArray("GET") << "Invalid/1"
            << QList<QByteArray>{"Bearer " + valid}
            << QStringList{QStringLiteral("route.unknown-path")};
        QTest::newRow("IncompleteSignature, PATCH, no Bearer")
            << 403 << QByteArray("IncompleteSignatureException") << QByteArray("PATCH") << "Group/1"
            << QList<QByteArray>{valid}
            << QStringList{QStringLiteral("route.method-not-routed"),
                           QStringLiteral("header.no-bearer")};
        QTest::newRow("MissingAuthenticationToken")
            << 403 << QByteArray("MissingAuthenticationTokenException") << QByteArray("GET")
            << "Invalid/1" << none
            << QStringList{QStringLiteral("route.unknown-path"), QStringLiteral("header.missing")};
        QTest::newRow("another server's 401, expired")
            << 401 << QByteArray() << QByteArray("GET") << "Group/1"
            << QList<QByteArray>{"Bearer " + expired}
            << QStringList{QStringLiteral("token.expired")};
    }

    void tokenEndpointRefusalIsAboutTheClient()
    {
        // A refused token request names the client's credentials, not a missing bearer token.
        for (const QByteArray &body :
             {QByteArray("grant_type=client_credentials&scope=system%2F*.read&client_assertion_"
                         "type=x&client_assertion=<redacted>"),
              QByteArray("grant_type=client_credentials&client_id=a&client_secret=<redacted>")}) {
            CallRecord r = record(401, {{"Content-Type", "application/json"}},
                                  "{\"error\":\"invalid_client\"}", {}, "POST",
                                  QStringLiteral("https://auth.example/oauth/token"));
            r.requestBody = body;
            const Diagnosis d = Diagnoser::diagnose(r);
            QCOMPARE(d.firstCause(), QStringLiteral("client.rejected"));
            QCOMPARE(d.causes.size(), 1);
            QVERIFY2(d.causes.first().summary.contains(QLatin1String("invalid_client")),
                     qPrintable(d.causes.first().summary));
            QVERIFY2(d.causes.first().evidence.contains(body.contains("assertion")
                                                            ? QLatin1String("private_key_jwt")
                                                            : QLatin1String("in the form")),
                     qPrintable(d.causes.first().evidence));
        }
    }

    void causesFromEvidence()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, errorType);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QList<QByteArray>, authorization);
        QFETCH(QStringList, causes);
        HeaderList response{{"Content-Type", "application/json"}};
        if (!errorType.isEmpty())
            response.append({"x-amzn-ErrorType", errorType});
        HeaderList request;
        if (!authorization.isEmpty())
            request.append({"Authorization", authorization.constFirst()});
        const CallRecord r =
            record(status, response,
                   errorType.isEmpty() ? QByteArray("{\"error\":\"invalid_token\"}")
                                       : QByteArray("{\"message\":\"x\"}"),
                   request, method, QStringLiteral("https://fhir.example/bulk/") + path);
        const Diagnosis d = Diagnoser::diagnose(r);
        QStringList got;
        for (const Cause &c : d.causes) {
            got << c.code;
            QVERIFY2(Causes::allCodes().contains(c.code), qPrintable(c.code));
            QVERIFY(!Causes::describe(c.code).isEmpty());
            QVERIFY(!c.summary.isEmpty() && !c.evidence.isEmpty());
        }
        QCOMPARE(got.mid(0, causes.size()), causes);
        QString all = d.summary + d.detail;
        for (const Cause &c : d.causes)
            all += c.summary;
        if (errorType.isEmpty())
            QVERIFY2(!all.contains(QStringLiteral("AccessDenied")) &&
                         !all.contains(QStringLiteral("gateway")),
                     qPrintable(all)); // not the gateway's words
    }

    void routedMethodsHaveOneSource()
    {
        // The gateway routes reads, the $export kick-off and the export's cancel: GET, POST and
        // DELETE. Every text that names routed methods says the same, and the diagnosis blames
        // the method for any other, the path for these.
        QCOMPARE(Causes::routedMethods(), (QList<QByteArray>{"GET", "POST", "DELETE"}));
        const QString routed = Causes::routedMethodsText();
        QCOMPARE(routed, QStringLiteral("GET, POST and DELETE"));
        QVERIFY2(Causes::describe(QStringLiteral("route.method-not-routed")).contains(routed),
                 qPrintable(Causes::describe(QStringLiteral("route.method-not-routed"))));
        const QByteArray token =
            jwt({{QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3600}});
        const HeaderList gateway{{"Content-Type", "application/json"},
                                 {"x-amzn-ErrorType", "IncompleteSignatureException"}};
        const QByteArray body = "{\"message\":\"Invalid key=value pair (missing equal-sign) in "
                                "Authorization header (hashed with SHA-256 and encoded with "
                                "Base64): 'x'.\"}";
        for (const QByteArray method :
             {"GET", "POST", "DELETE", "PATCH", "PUT", "HEAD", "OPTIONS"}) {
            const CallRecord r = record(403, gateway, body, {{"Authorization", "Bearer " + token}},
                                        method, QStringLiteral("https://fhir.example/bulk/Nope/1"));
            const Diagnosis d = Diagnoser::diagnose(r);
            QCOMPARE(d.code, QStringLiteral("gateway.incomplete-signature"));
            QVERIFY2(d.detail.contains(routed), qPrintable(d.detail));
            QString all = d.detail;
            for (const Cause &c : d.causes)
                all += QLatin1Char(' ') + c.summary;
            const bool isRouted = Causes::routedMethods().contains(method);
            QCOMPARE(d.firstCause(), isRouted ? QStringLiteral("route.unknown-path")
                                              : QStringLiteral("route.method-not-routed"));
            // No text calls a routed method unrouted.
            for (const QByteArray &m : Causes::routedMethods())
                QVERIFY2(
                    !all.contains(QStringLiteral("%1 are not").arg(QLatin1String(m))) &&
                        !all.contains(QStringLiteral("%1 is not a method").arg(QLatin1String(m))),
                    qPrintable(all));
        }
    }

    void doubledSchemeIsTheWholeStory()
    {
        // "Bearer " pasted with a good token: the doubled scheme is the cause, with nothing made
        // up beside it (no spaces inside the token, no damaged token); quotes likewise. The
        // token's length and fingerprint are of the token alone, as the Token field shows them.
        const QByteArray token =
            jwt({{QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3600}});
        const HeaderList denied{{"Content-Type", "application/json"},
                                {"x-amzn-ErrorType", "AccessDeniedException"}};
        const QList<QPair<QByteArray, QStringList>> cases = {
            {"Bearer Bearer " + token, {QStringLiteral("header.doubled-scheme")}},
            {"Bearer Bearer Bearer " + token, {QStringLiteral("header.doubled-scheme")}},
            {"Bearer \"" + token + '"', {QStringLiteral("token.quoted")}},
        };
        for (const auto &c : cases) {
            const CallRecord r =
                record(403, denied, "{\"message\":\"x\"}", {{"Authorization", c.first}});
            const Diagnosis d = Diagnoser::diagnose(r);
            QStringList got;
            for (const Cause &cause : d.causes)
                got << cause.code;
            QCOMPARE(got, c.second);
            QCOMPARE(r.auth.kind, AuthEvidence::TokenKind::Jwt);
            QCOMPARE(r.auth.tokenLength, int(token.size()));
            QCOMPARE(AuthEvidence::tokenOf(c.first), token);
            QCOMPARE(TokenLint::tokenAlone(c.first.mid(7)), token);
            // The redacted header keeps the doubled scheme and names the token alone.
            const QByteArray redacted = Redaction::authorizationValue(c.first);
            QVERIFY2(
                redacted.endsWith(QStringLiteral("<redacted: %1 chars, sha256 %2>%3")
                                      .arg(token.size())
                                      .arg(Redaction::fingerprint(token))
                                      .arg(c.first.endsWith('"') ? QStringLiteral("\"") : QString())
                                      .toLatin1()),
                redacted.constData());
        }
        const CallRecord doubled =
            record(403, denied, "{}", {{"Authorization", "Bearer Bearer " + token}});
        QVERIFY2(doubled.auth.shape().startsWith(QStringLiteral("\"Bearer\" + \"Bearer\" + token")),
                 qPrintable(doubled.auth.shape()));
    }

    void tokenForAnotherEnvironment()
    {
        const QByteArray token =
            jwt({{QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3600},
                 {QStringLiteral("aud"),
                  QStringLiteral("https://fhirtest.netsmartcloud.com/uscore/v1/bulk-data")}});
        const QByteArray header = "Bearer " + token;
        const KnownServers known{
            {QStringLiteral("Netsmart Production"),
             QUrl(QStringLiteral("https://fhir.netsmartcloud.com/uscore/v1/bulk-data"))},
            {QStringLiteral("Netsmart Preview"),
             QUrl(QStringLiteral("https://fhirtest.netsmartcloud.com/uscore/v1/bulk-data"))}};
        CallRecord r =
            record(403, {{"x-amzn-ErrorType", "AccessDeniedException"}}, "{\"Message\":\"x\"}",
                   {{"Authorization", header}}, "GET",
                   QStringLiteral("https://fhir.netsmartcloud.com/uscore/v1/bulk-data/Group/1"));
        r.auth = AuthEvidence::read(&header, AuthMode::Bearer, r.url, known);
        const Diagnosis d = Diagnoser::diagnose(r);
        QCOMPARE(d.firstCause(), QStringLiteral("token.other-environment"));
        QVERIFY2(d.causes.first().summary.contains(QStringLiteral("Netsmart Preview")),
                 qPrintable(d.causes.first().summary));
    }

    void redactionKeepsTheHeaderShape()
    {
        const QByteArray token = "abcdefghijklmnop";
        const QByteArray redacted = Redaction::authorizationValue("Bearer   " + token + "  ");
        QVERIFY(redacted.startsWith("Bearer   <redacted: 16 chars, sha256 " +
                                    Redaction::fingerprint(token).toLatin1() + '>'));
        QVERIFY(redacted.endsWith(">  "));
        QCOMPARE(Redaction::restoreAuthorization(redacted, token), "Bearer   " + token + "  ");
        const QByteArray header = "Bearer   " + token + "  ";
        const AuthEvidence e = AuthEvidence::read(&header, AuthMode::ExtraSpaces);
        QCOMPARE(e.spacesBefore, 2);
        QCOMPARE(e.spacesAfter, 2);
        QVERIFY2(e.shape().contains(QStringLiteral("2 extra space")), qPrintable(e.shape()));
    }

    void transportCodes_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *c :
             {"transport.dns", "transport.refused", "transport.timeout", "transport.tls",
              "transport.closed", "transport.cancelled", "transport.bad-url",
              "transport.bad-encoding", "transport.bad-headers"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void transportCodes()
    {
        QFETCH(QString, code);
        CallRecord r;
        r.url = QUrl(QStringLiteral("https://nowhere.example/x"));
        r.transportErrorCode = code;
        r.transportError = QStringLiteral("qt says");
        const Diagnosis d = Diagnoser::diagnose(r);
        QCOMPARE(d.code, code);
        QCOMPARE(d.severity, Diagnosis::Severity::Error);
        QVERIFY(!d.summary.isEmpty());
        // Each code says what it is, not the catch-all sentence.
        QVERIFY2(!d.summary.contains(QLatin1String("failed before an HTTP answer")),
                 qPrintable(d.summary));
        QVERIFY(!Diagnoser::describe(code).isEmpty());
    }

    void proxyPagesAreTold()
    {
        // An HTML 403 through a proxy the call went through: the proxy's page. The same page with
        // only a Via header (a CDN in front of a real API) and no proxy of ours: not claimed.
        const QByteArray page = "<!DOCTYPE html><html><body>Blocked by policy</body></html>";
        CallRecord r = record(403, {{"Content-Type", "text/html"}}, page,
                              {{"Accept", "application/fhir+json"}});
        r.proxy = QStringLiteral("http://proxy.corp:3128");
        Diagnosis d = Diagnoser::diagnose(r);
        QCOMPARE(d.firstCause(), QStringLiteral("proxy.rewrote"));
        QVERIFY(d.causes.first().summary.contains(QLatin1String("proxy.corp")));
        r = record(403, {{"Content-Type", "text/html"}, {"Via", "1.1 abc.cloudfront.net"}}, page,
                   {{"Accept", "application/fhir+json"}});
        d = Diagnoser::diagnose(r);
        QVERIFY(d.firstCause() != QLatin1String("proxy.rewrote"));
        // A 200 web page where FHIR was asked for: no success (http.not-fhir); through a proxy
        // its cause is the proxy's page. Asked for HTML, or with no Accept: an answer like any.
        const QByteArray login = "<!doctype html><html><body>Sign in</body></html>";
        r = record(200, {{"Content-Type", "text/html"}}, login,
                   {{"Accept", "application/fhir+json"}});
        d = Diagnoser::diagnose(r);
        QCOMPARE(d.code, QStringLiteral("http.not-fhir"));
        QCOMPARE(d.severity, Diagnosis::Severity::Warning);
        QVERIFY(d.causes.isEmpty());
        QVERIFY2(d.detail.contains(QLatin1String("application/fhir+json")), qPrintable(d.detail));
        r.proxy = QStringLiteral("http://proxy.corp:3128");
        QCOMPARE(Diagnoser::diagnose(r).firstCause(), QStringLiteral("proxy.rewrote"));
        r = record(200, {}, login, {{"Accept", "application/json"}}); // no Content-Type
        QCOMPARE(Diagnoser::diagnose(r).code, QStringLiteral("http.not-fhir"));
        r = record(200, {{"Content-Type", "text/html"}}, login, {{"Accept", "text/html"}});
        QCOMPARE(Diagnoser::diagnose(r).code, QStringLiteral("ok"));
        r = record(200, {{"Content-Type", "text/html"}}, login, {});
        QCOMPARE(Diagnoser::diagnose(r).code, QStringLiteral("ok"));
        // A 407 from the proxy, as Qt reports it: its own cause, naming the proxy.
        CallRecord refused;
        refused.url = QUrl(QStringLiteral("https://fhir.example/Group/1"));
        refused.transportErrorCode = QStringLiteral("transport.proxy");
        refused.proxyProblem = QStringLiteral("auth-required");
        refused.proxy = QStringLiteral("http://bob@proxy.corp:3128");
        d = Diagnoser::diagnose(refused);
        QCOMPARE(d.code, QStringLiteral("transport.proxy"));
        QCOMPARE(d.firstCause(), QStringLiteral("proxy.auth-required"));
        QVERIFY(d.summary.contains(QLatin1String("proxy.corp")));
    }

    void humanDuration()
    {
        QCOMPARE(Diagnoser::humanDuration(59), QStringLiteral("59 s"));
        QCOMPARE(Diagnoser::humanDuration(192), QStringLiteral("3 min 12 s"));
        QCOMPARE(Diagnoser::humanDuration(7500), QStringLiteral("2 h 5 min"));
        QCOMPARE(Diagnoser::humanDuration(90000), QStringLiteral("1 d 1 h"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
