// Every response on the vendor page (shared/reference/netsmart-bulk-data-resources.txt), plus
// bodies the page does not show, must get the right stable diagnosis code.
#include "app/net/Diagnoser.h"

#include <QTest>

namespace {

CallRecord record(int status, const HeaderList &headers, const QByteArray &body,
                  const HeaderList &requestHeaders = {}, const QByteArray &method = "GET",
                  const QString &url = QStringLiteral("https://fhir.example/uscore/v1/bulk-data/Group/1"))
{
    CallRecord r;
    r.method = method;
    r.url = QUrl(url);
    r.started = QDateTime::currentDateTimeUtc();
    r.status = status;
    r.responseHeaders = headers;
    r.requestHeaders = requestHeaders;
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

        const HeaderList gw401{{"Content-Type", "application/json"}, {"x-amzn-ErrorType", "UnauthorizedException"}};
        QTest::newRow("401 no header")
            << record(401, gw401, "{\"message\":\"Unauthorized\"}") << "gateway.unauthorized"
            << "No Authorization header was sent";
        QTest::newRow("401 empty header")
            << record(401, gw401, "{\"message\":\"Unauthorized\"}", {{"Authorization", ""}})
            << "gateway.unauthorized" << "sent empty";
        QTest::newRow("403 access denied")
            << record(403, {{"Content-Type", "application/json"}, {"x-amzn-ErrorType", "AccessDeniedException"}},
                      "{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}",
                      {{"Authorization", "Bearer <redacted: 10 chars, sha256 00000000>"}})
            << "gateway.access-denied" << "invalid or expired";
        QTest::newRow("403 incomplete signature payload 1")
            << record(403, {{"x-amzn-ErrorType", "IncompleteSignatureException"}},
                      "{\"message\":\"Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=abc\"}",
                      {{"Authorization", "<redacted>"}}, "GET",
                      QStringLiteral("https://fhir.example/uscore/v1/bulk-data/Invalid/123456"))
            << "gateway.incomplete-signature" << "single word";
        QTest::newRow("403 incomplete signature payload 2")
            << record(403, {{"x-amzn-ErrorType", "IncompleteSignatureException"}},
                      "{\"message\":\"'abc' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer abc'.\"}",
                      {{"Authorization", "Bearer <redacted>"}}, "PATCH",
                      QStringLiteral("https://fhir.example/uscore/v1/bulk-data/Group/123456"))
            << "gateway.incomplete-signature" << "missing equal-sign";
        QTest::newRow("403 missing authentication token")
            << record(403, {{"x-amzn-ErrorType", "MissingAuthenticationTokenException"}},
                      "{\"message\":\"Missing Authentication Token\"}")
            << "gateway.missing-authentication-token" << "wrong path";
        QTest::newRow("403 recognised by body only")
            << record(403, {{"Content-Type", "application/json"}},
                      "{\"message\":\"Missing Authentication Token\"}")
            << "gateway.missing-authentication-token" << "x-amzn-ErrorType header was missing";
        QTest::newRow("400")
            << record(400, {{"Content-Type", kFhirJson}},
                      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"warning\",\"code\":\"processing\",\"diagnostics\":\"{description of error}\"}]}")
            << "fhir.bad-request" << "{description of error}";
        QTest::newRow("404")
            << record(404, {{"Content-Type", kFhirJson}},
                      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"processing\",\"diagnostics\":\"HAPI-0436: Resource Patient/123456 is not known\"}]}")
            << "fhir.not-found" << "HAPI-0436";
        QTest::newRow("500")
            << record(500, {{"Content-Type", kFhirJson}},
                      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"processing\",\"diagnostics\":\"An unexpected error occurred\"}]}")
            << "fhir.server-error" << "An unexpected error occurred";
        QTest::newRow("500 transient")
            << record(500, {{"Content-Type", kFhirJson}},
                      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"transient\",\"diagnostics\":\"busy\"}]}")
            << "fhir.server-error" << "retry later";
        QTest::newRow("501 GetAllergy")
            << record(501, {{"Content-Type", kFhirJson}},
                      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"processing\",\"diagnostics\":\"Failed to call GetAllergy: No instance for action GetAllergy\"}]}")
            << "fhir.not-implemented" << "GetAllergy";
        QTest::newRow("501 GetBinary")
            << record(501, {{"Content-Type", kFhirJson}},
                      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"processing\",\"diagnostics\":\"Failed to call GetBinary: GetBinary Action not supported\"}]}")
            << "fhir.not-implemented" << "GetBinary";
        QTest::newRow("409 outcome xml")
            << record(409, {{"Content-Type", "application/fhir+xml"}},
                      "<OperationOutcome xmlns=\"http://hl7.org/fhir\"><issue><severity value=\"error\"/>"
                      "<code value=\"conflict\"/><diagnostics value=\"Version conflict\"/></issue></OperationOutcome>")
            << "fhir.operation-outcome" << "Version conflict";
        QTest::newRow("429")
            << record(429, {{"Retry-After", "120"}}, {}) << "http.rate-limited" << "Retry-After: 120";
        QTest::newRow("502 html from a proxy")
            << record(502, {{"Content-Type", "text/html"}}, "<html><body><h1>502 Bad Gateway</h1></body></html>")
            << "http.error" << "proxy";
        QTest::newRow("503 empty body")
            << record(503, {}, {}) << "http.error" << "empty";
        QTest::newRow("500 plain text")
            << record(500, {{"Content-Type", "text/plain"}}, "Internal error") << "http.error" << "text/plain";
        QTest::newRow("200")
            << record(200, {{"Content-Type", kFhirJson}}, "{\"resourceType\":\"Group\",\"id\":\"1\"}") << "ok" << "accepted";
        QTest::newRow("302")
            << record(302, {{"Location", "https://other.example/x"}}, {}) << "http.redirect" << "other.example";
    }

    void vendorPage()
    {
        QFETCH(CallRecord, rec);
        QFETCH(QString, mentions);
        const Diagnosis d = Diagnoser::diagnose(rec);
        QTEST(d.code, "code");
        const QString text = d.summary + QLatin1Char('\n') + d.detail;
        QVERIFY2(text.contains(mentions), qPrintable(text));
        QVERIFY(Diagnoser::allCodes().contains(d.code));
        QVERIFY(!Diagnoser::describe(d.code).isEmpty());
    }

    void gatewayVariantsAreTold()
    {
        const auto p1 = GatewayError::recognise({}, "{\"message\":\"Authorization header requires 'Credential' parameter. Authorization=x\"}");
        QVERIFY(p1);
        QCOMPARE(p1->signatureVariant, GatewayError::SignatureVariant::MissingCredentialParameters);
        const auto p2 = GatewayError::recognise({}, "{\"message\":\"'x' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer x'.\"}");
        QVERIFY(p2);
        QCOMPARE(p2->signatureVariant, GatewayError::SignatureVariant::MissingEqualSign);
        const auto denied = GatewayError::recognise({{"x-amzn-ErrorType", "AccessDeniedException:http://internal"}},
                                                    "{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}");
        QVERIFY(denied);
        QVERIFY(denied->capitalMessageKey);
        QCOMPARE(denied->kind, GatewayError::Kind::AccessDenied);
        // A FHIR resource is never taken for a gateway error.
        QVERIFY(!GatewayError::recognise({}, "{\"resourceType\":\"OperationOutcome\",\"message\":\"Unauthorized\"}"));
    }

    void expiredJwtIsNamed()
    {
        CallRecord r = record(403, {{"x-amzn-ErrorType", "AccessDeniedException"}},
                              "{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}",
                              {{"Authorization", "Bearer <redacted>"}});
        r.tokenExpiresAt = r.started.addSecs(-2 * 3600 - 5 * 60);
        const Diagnosis d = Diagnoser::diagnose(r);
        QCOMPARE(d.code, QStringLiteral("gateway.access-denied"));
        QVERIFY2(d.detail.contains(QStringLiteral("expired")), qPrintable(d.detail));
        QVERIFY2(d.detail.contains(QStringLiteral("2 h 5 min")), qPrintable(d.detail));
    }

    void transportCodes_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *c : {"transport.dns", "transport.refused", "transport.timeout", "transport.tls",
                              "transport.closed", "transport.cancelled", "transport.bad-url"})
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
