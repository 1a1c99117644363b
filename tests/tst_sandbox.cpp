// The Sandbox must answer like the vendor page shows: same status, the same headers in the
// same order, the same bodies. Checked over a real socket with raw HTTP/1.1 requests, so that
// headers such as an empty Authorization reach the server exactly as written.
#include "RawHttp.h"
#include "app/fhir/FhirConvert.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/SandboxControl.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

namespace {

const QList<QByteArray> kGatewayHeaders = {"Date",          "Content-Type",     "Content-Length",
                                           "Connection",    "x-amzn-RequestId", "x-amzn-ErrorType",
                                           "x-amz-apigw-id"};
const QList<QByteArray> kHapiHeaders = {"Date",
                                        "Content-Type",
                                        "Content-Length",
                                        "Connection",
                                        "x-amzn-RequestId",
                                        "Strict-Transport-Security",
                                        "x-amzn-Remapped-Connection",
                                        "X-Request-ID",
                                        "x-amz-apigw-id",
                                        "x-amzn-Remapped-Server",
                                        "X-Powered-By",
                                        "x-amzn-Remapped-Date"};

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT
private:
    SandboxHost m_host;
    quint16 m_port = 0;
    QByteArray m_token;

    RawResponse exchange(const QByteArray &method, const QByteArray &path,
                         const QList<QByteArray> &extraHeaderLines)
    {
        return rawExchange(m_port, method, "/uscore/v1/bulk-data/" + path, extraHeaderLines);
    }

    void checkCommon(const RawResponse &r, bool gateway)
    {
        QCOMPARE(r.header("Content-Length").toInt(), r.body.size());
        QCOMPARE(r.header("Connection"), QByteArray("keep-alive"));
        static const QRegularExpression date(QStringLiteral(
            "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d "
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d GMT$"));
        QVERIFY2(date.match(QString::fromLatin1(r.header("Date"))).hasMatch(),
                 r.header("Date").constData());
        QVERIFY(!QUuid::fromString(QLatin1String(r.header("x-amzn-RequestId"))).isNull());
        static const QRegularExpression apigw(QStringLiteral("^[A-Za-z0-9+/]{15}=$"));
        QVERIFY2(apigw.match(QString::fromLatin1(r.header("x-amz-apigw-id"))).hasMatch(),
                 r.header("x-amz-apigw-id").constData());
        if (gateway) {
            QCOMPARE(r.names(), kGatewayHeaders);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        } else {
            QCOMPARE(r.header("Strict-Transport-Security"),
                     QByteArray("max-age=31536000; includeSubDomains"));
            QCOMPARE(r.header("x-amzn-Remapped-Server"), QByteArray("nginx"));
            QCOMPARE(r.header("X-Powered-By"),
                     QByteArray("HAPI FHIR 5.7.6 REST Server (FHIR Server; FHIR 4.0.1/R4)"));
            QCOMPARE(r.header("x-amzn-Remapped-Date"), r.header("Date"));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_host.start());
        m_port = quint16(m_host.baseUrl().port());
        m_token = m_host.demoToken();
        QVERIFY(!m_token.isEmpty());
    }

    void vendorPageGatewayAnswers_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("errorType");
        QTest::addColumn<QByteArray>("body");

        const QByteArray ct = "Content-Type: application/fhir+json";
        const QByteArray unauthorized = "{\"message\":\"Unauthorized\"}";
        const QByteArray denied = "{\"Message\":\"User is not authorized to access this resource "
                                  "with an explicit deny\"}";
        QTest::newRow("401 no Authorization header")
            << QByteArray("GET") << QByteArray("Group/1") << QList<QByteArray>{ct} << 401
            << QByteArray("UnauthorizedException") << unauthorized;
        QTest::newRow("401 empty Authorization header")
            << QByteArray("GET") << QByteArray("Group/1")
            << QList<QByteArray>{"Authorization: ", ct} << 401
            << QByteArray("UnauthorizedException") << unauthorized;
        QTest::newRow("403 invalid token")
            << QByteArray("GET") << QByteArray("Group/1")
            << QList<QByteArray>{"Authorization: Bearer not-a-token", ct} << 403
            << QByteArray("AccessDeniedException") << denied;
        QTest::newRow("403 token without Bearer")
            << QByteArray("GET") << QByteArray("Group/1")
            << QList<QByteArray>{"Authorization: " + m_token, ct} << 403
            << QByteArray("AccessDeniedException") << denied;
        QTest::newRow("403 invalid path with token")
            << QByteArray("GET") << QByteArray("Invalid/123456")
            << QList<QByteArray>{"Authorization: Bearer abc.def", ct} << 403
            << QByteArray("IncompleteSignatureException")
            << QByteArray("{\"message\":\"'abc.def' not a valid key=value pair (missing "
                          "equal-sign) in Authorization header: 'Bearer abc.def'.\"}");
        QTest::newRow("403 PATCH")
            << QByteArray("PATCH") << QByteArray("Group/123456")
            << QList<QByteArray>{"Authorization: Bearer abc", ct} << 403
            << QByteArray("IncompleteSignatureException")
            << QByteArray("{\"message\":\"'abc' not a valid key=value pair (missing equal-sign) in "
                          "Authorization header: 'Bearer abc'.\"}");
        QTest::newRow("403 malformed header on invalid path")
            << QByteArray("GET") << QByteArray("Invalid/123456")
            << QList<QByteArray>{"Authorization: malformed", ct} << 403
            << QByteArray("IncompleteSignatureException")
            << QByteArray(
                   "{\"message\":\"Authorization header requires 'Credential' parameter. "
                   "Authorization header requires 'Signature' parameter. Authorization header "
                   "requires 'SignedHeaders' parameter. Authorization header requires existence of "
                   "either a 'X-Amz-Date' or a 'Date' header. Authorization=malformed\"}");
        QTest::newRow("403 invalid path, no header")
            << QByteArray("GET") << QByteArray("Invalid/123456") << QList<QByteArray>{ct} << 403
            << QByteArray("MissingAuthenticationTokenException")
            << QByteArray("{\"message\":\"Missing Authentication Token\"}");
    }

    void vendorPageGatewayAnswers()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QByteArray, body);
        const RawResponse r = exchange(method, path, headers);
        QTEST(r.status, "status");
        QTEST(r.header("x-amzn-ErrorType"), "errorType");
        QCOMPARE(r.body, body);
        checkCommon(r, true);
    }

    void expiredTokenIsDenied()
    {
        const QByteArray expired = m_host.mintToken(-60);
        const RawResponse r = exchange("GET", "Group/1", {"Authorization: Bearer " + expired});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("AccessDeniedException"));
    }

    void vendorPageHapiAnswers_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("404")
            << QByteArray("Patient/123456") << 404
            << QByteArray("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
                          "\"error\",\"code\":\"processing\",\"diagnostics\":\"HAPI-0436: Resource "
                          "Patient/123456 is not known\"}]}");
        QTest::newRow("500")
            << QByteArray("Group/fail-500") << 500
            << QByteArray(
                   "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                   "\"code\":\"processing\",\"diagnostics\":\"An unexpected error occurred\"}]}");
        QTest::newRow("501 GetAllergy")
            << QByteArray("AllergyIntolerance/1") << 501
            << QByteArray("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
                          "\"error\",\"code\":\"processing\",\"diagnostics\":\"Failed to call "
                          "GetAllergy: No instance for action GetAllergy\"}]}");
        QTest::newRow("501 GetBinary")
            << QByteArray("Binary") << 501
            << QByteArray("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
                          "\"error\",\"code\":\"processing\",\"diagnostics\":\"Failed to call "
                          "GetBinary: GetBinary Action not supported\"}]}");
    }

    void vendorPageHapiAnswers()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        const RawResponse r =
            exchange("GET", path,
                     {"Authorization: Bearer " + m_token, "Content-Type: application/fhir+json"});
        QTEST(r.status, "status");
        QCOMPARE(r.body, body);
        QCOMPARE(r.names(), kHapiHeaders);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/fhir+json;charset=UTF-8"));
        checkCommon(r, false);
    }

    void badRequestHasTheVendorShape()
    {
        const RawResponse r =
            exchange("GET", "Group?_count=abc", {"Authorization: Bearer " + m_token});
        QCOMPARE(r.status, 400);
        QList<QByteArray> names = kHapiHeaders;
        names.insert(names.size() - 1, "X-NTST-App-Version");
        QCOMPARE(r.names(), names);
        const QJsonObject issue = QJsonDocument::fromJson(r.body)
                                      .object()
                                      .value(QLatin1String("issue"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(issue.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(issue.value(QLatin1String("code")).toString(), QStringLiteral("processing"));
        QVERIFY(
            issue.value(QLatin1String("diagnostics")).toString().contains(QLatin1String("abc")));
        QVERIFY(r.body.startsWith(
            "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"warning\""));
        checkCommon(r, false);
    }

    void requestIdIsAdoptedOrReturned()
    {
        const QByteArray uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        RawResponse r = exchange("GET", "Group/1",
                                 {"Authorization: Bearer " + m_token, "X-Request-ID: " + uuid});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-Request-ID"), uuid);
        QVERIFY(r.header("X-Correlation-Id").isEmpty());

        r = exchange("GET", "Group/1",
                     {"Authorization: Bearer " + m_token, "X-Request-ID: my-trace-7"});
        QCOMPARE(r.header("X-Correlation-Id"), QByteArray("my-trace-7"));
        QVERIFY(!QUuid::fromString(QLatin1String(r.header("X-Request-ID"))).isNull());
    }

    void metadataNeedsNoToken()
    {
        const RawResponse r = exchange("GET", "metadata", {});
        QCOMPARE(r.status, 200);
        const QJsonObject cs = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(cs.value(QLatin1String("resourceType")).toString(),
                 QStringLiteral("CapabilityStatement"));
        QCOMPARE(cs.value(QLatin1String("fhirVersion")).toString(), QStringLiteral("4.0.1"));
        QVERIFY(r.body.startsWith("{\"resourceType\":\"CapabilityStatement\""));
    }

    void groupAsJsonAndXml()
    {
        RawResponse r =
            exchange("GET", "Group/1",
                     {"Authorization: Bearer " + m_token, "Accept: application/fhir+json"});
        QCOMPARE(r.status, 200);
        const QJsonObject g = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(g.value(QLatin1String("quantity")).toInt(), 5);
        QCOMPARE(g.value(QLatin1String("member")).toArray().size(), 5);
        r = exchange("GET", "Group/1",
                     {"Authorization: Bearer " + m_token, "Accept: application/fhir+xml"});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/fhir+xml"));
        QVERIFY(r.body.startsWith("<Group xmlns=\"http://hl7.org/fhir\"><id value=\"1\"/>"));
        r = exchange("GET", "Group/999?_format=xml", {"Authorization: Bearer " + m_token});
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.startsWith("<OperationOutcome"));
    }

    void everyResourceInXml()
    {
        // Each FHIR read answers in XML when asked (Accept or _format), and that XML says the
        // same as the JSON answer.
        const QList<QByteArray> paths{
            "metadata", "Group/2",  "Group?_count=2",       "Patient/pat-00001",
            "Binary/1", "Binary/7", "Encounter/enc-00001-1"};
        int compared = 0;
        for (const QByteArray &path : paths) {
            // _format, not Accept: an Accept equal to a Binary's contentType asks for its raw
            // content.
            const RawResponse json =
                exchange("GET", path + (path.contains('?') ? "&" : "?") + "_format=json",
                         {"Authorization: Bearer " + m_token});
            if (json.status != 200)
                continue; // not every path exists in every data set
            const RawResponse xml =
                exchange("GET", path + (path.contains('?') ? "&" : "?") + "_format=xml",
                         {"Authorization: Bearer " + m_token});
            QCOMPARE(xml.status, 200);
            QVERIFY2(xml.header("Content-Type").startsWith("application/fhir+xml"),
                     path.constData());
            const FhirConvert::Result back = FhirConvert::xmlToJson(xml.body);
            QVERIFY2(back.ok(), qPrintable(back.error));
            QJsonObject a = QJsonDocument::fromJson(json.body).object();
            QJsonObject b = QJsonDocument::fromJson(back.text).object();
            // Generated per answer: the CapabilityStatement's date, a Bundle's id, time and links
            // (which repeat the _format asked for).
            for (const char *key : {"date", "link"}) {
                a.remove(QLatin1String(key));
                b.remove(QLatin1String(key));
            }
            if (path.startsWith("Group?")) {
                for (const char *key : {"id", "meta"}) {
                    a.remove(QLatin1String(key));
                    b.remove(QLatin1String(key));
                }
            }
            QVERIFY2(b == a, qPrintable(QString::fromLatin1(path) + QStringLiteral("\n") +
                                        QString::fromUtf8(QJsonDocument(a).toJson()) +
                                        QStringLiteral("\n") +
                                        QString::fromUtf8(QJsonDocument(b).toJson())));
            ++compared;
        }
        QVERIFY(compared >= 5);
    }

    void badInputIsAnsweredNeverCrashes()
    {
        const QByteArray auth = "Authorization: Bearer " + m_token;
        // Headers over API Gateway's 10,240-byte limit: 431 in the gateway's JSON shape.
        RawResponse r = exchange("GET", "Group/1", {auth, "X-Padding: " + QByteArray(12000, 'a')});
        QCOMPARE(r.status, 431);
        QCOMPARE(r.header("x-amzn-ErrorType"), QByteArray("RequestHeaderFieldsTooLargeException"));
        QVERIFY(r.body.contains("Too Large"));
        QCOMPARE(exchange("GET", "Group/1", {auth, "X-Padding: " + QByteArray(8000, 'a')}).status,
                 200);
        // Broken percent-encoding and odd parameters get an answer, not a hang.
        r = exchange("GET", "Group?_count=%ZZ", {auth});
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("OperationOutcome"));
        QCOMPARE(exchange("GET", "Group/1?_format=%ZZ&x=%%%", {auth}).status, 200);
        // Not HTTP at all: the connection is closed, and the Sandbox goes on serving.
        QTcpSocket garbage;
        garbage.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(garbage.waitForConnected(5000));
        garbage.write("NONSENSE \x01\x02\r\n\r\n");
        garbage.waitForBytesWritten(2000);
        garbage.waitForDisconnected(3000);
        // A POST $export body that is not JSON, or not Parameters: HAPI's 400.
        r = rawExchange(m_port, "POST", "/uscore/v1/bulk-data/Group/1/$export",
                        {auth, "Prefer: respond-async"}, "not json {");
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("Parameters"));
        // An empty _type means every type.
        QCOMPARE(exchange("GET", "Group/1/$export?_type=", {auth, "Prefer: respond-async"}).status,
                 202);
        QCOMPARE(exchange("GET", "Group/1", {auth}).status, 200);
    }

    void binaryReadAndRawContent()
    {
        RawResponse r = exchange("GET", "Binary/3", {"Authorization: Bearer " + m_token});
        QCOMPARE(r.status, 200);
        const QJsonObject b = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(b.value(QLatin1String("contentType")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(QByteArray::fromBase64(b.value(QLatin1String("data")).toString().toLatin1()),
                 QByteArray("Sandbox note: plain text Binary.\n"));
        r = exchange("GET", "Binary/3", {"Authorization: Bearer " + m_token, "Accept: text/plain"});
        QCOMPARE(r.body, QByteArray("Sandbox note: plain text Binary.\n"));
        r = exchange("GET", "Binary/bad-base64", {"Authorization: Bearer " + m_token});
        QVERIFY(r.body.contains("%%%not*base64"));
    }

    void tokenEndpointGrantsAndRefuses()
    {
        auto post = [this](const QByteArray &body, const QByteArray &extra = {}) {
            QTcpSocket sock;
            sock.connectToHost(QHostAddress::LocalHost, m_port);
            sock.waitForConnected(5000);
            sock.write("POST /oauth/token HTTP/1.1\r\nHost: x\r\nContent-Type: "
                       "application/x-www-form-urlencoded\r\n" +
                       extra + "Content-Length: " + QByteArray::number(body.size()) +
                       "\r\nConnection: close\r\n\r\n" + body);
            QByteArray data;
            while (!data.endsWith("}") && sock.waitForReadyRead(5000))
                data += sock.readAll();
            return data;
        };
        QByteArray ok = post("grant_type=client_credentials&client_id=sandbox-demo-client&client_"
                             "secret=sandbox-demo-secret");
        QVERIFY2(ok.startsWith("HTTP/1.1 200"), ok.constData());
        const QByteArray token = QJsonDocument::fromJson(ok.mid(ok.indexOf("\r\n\r\n") + 4))
                                     .object()
                                     .value(QLatin1String("access_token"))
                                     .toString()
                                     .toLatin1();
        QVERIFY(!token.isEmpty());
        QCOMPARE(exchange("GET", "Group/1", {"Authorization: Bearer " + token}).status, 200);
        const QByteArray basic = "Authorization: Basic " +
                                 QByteArray("sandbox-demo-client:sandbox-demo-secret").toBase64() +
                                 "\r\n";
        QVERIFY(post("grant_type=client_credentials", basic).startsWith("HTTP/1.1 200"));
        const QByteArray bad =
            post("grant_type=client_credentials&client_id=sandbox-demo-client&client_secret=wrong");
        QVERIFY(bad.startsWith("HTTP/1.1 401"));
        QVERIFY(bad.contains("\"error\":\"invalid_client\""));
    }

    void scopesAreChecked()
    {
        const QByteArray patientOnly = m_host.mintToken(600, QStringLiteral("system/Patient.read"));
        RawResponse r = exchange("GET", "Group/1", {"Authorization: Bearer " + patientOnly});
        QCOMPARE(r.status, 403);
        QVERIFY(r.header("x-amzn-ErrorType").isEmpty()); // HAPI refuses, not the gateway
        QVERIFY(r.body.contains("\"code\":\"forbidden\""));
        QCOMPARE(exchange("GET", "Patient/123456", {"Authorization: Bearer " + patientOnly}).status,
                 404);
        const QByteArray groupAndPatient =
            m_host.mintToken(600, QStringLiteral("system/Group.rs system/Patient.rs"));
        QCOMPARE(exchange("GET", "Group/1", {"Authorization: Bearer " + groupAndPatient}).status,
                 200);
        r = exchange("GET", "Group/1/$export?_type=Patient,Observation",
                     {"Authorization: Bearer " + groupAndPatient, "Prefer: respond-async"});
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("Observation"));
        QVERIFY(SandboxServer::scopeAllows(QStringLiteral("system/*.*"), QStringLiteral("Group")));
        QVERIFY(
            !SandboxServer::scopeAllows(QStringLiteral("user/*.read"), QStringLiteral("Group")));
    }

    // What the window has of the Sandbox: where it listens, the URL a profile's calls go to,
    // the demo credentials, and the scenario switches, applied to the running server.
    void sandboxControl()
    {
        SandboxControl control(&m_host);
        QVERIFY(control.isRunning());
        QVERIFY(control.start()); // already running: nothing changes
        QCOMPARE(control.port(), m_port);
        QCOMPARE(control.baseUrl(), m_host.baseUrl());
        QCOMPARE(control.tokenUrl(), m_host.tokenUrl());
        QCOMPARE(control.baseUrlOf(ServerProfile::sandbox()), m_host.baseUrl());
        ServerProfile other;
        other.baseUrl = QUrl(QStringLiteral("https://fhir.example.org/uscore/v1/bulk-data"));
        QCOMPARE(control.baseUrlOf(other), other.baseUrl);
        QCOMPARE(control.demoClientId(), QLatin1String(SandboxServer::kDemoClientId));
        QCOMPARE(control.demoToken(), m_token);
        QVERIFY(control.demoJwtPrivateKeyPem().startsWith("-----BEGIN"));

        const SandboxScenario before = control.scenario();
        // The open-reads switch: a Group read without a token, then refused again.
        control.setOpenReads(true);
        QVERIFY(control.scenario().openReads);
        QCOMPARE(exchange("GET", "Group/1", {}).status, 200);
        control.setOpenReads(false);
        QCOMPARE(exchange("GET", "Group/1", {}).status, 401);
        SandboxScenario slow = before;
        slow.tokenLifetimeSecs = 77;
        control.setScenario(slow);
        QCOMPARE(control.scenario().tokenLifetimeSecs, 77);
        control.setScenario(before);
        // Its tokens are this Sandbox's: a minted one passes, an expired one does not.
        QCOMPARE(
            exchange("GET", "Group/1", {"Authorization: Bearer " + control.mintToken(60)}).status,
            200);
        QCOMPARE(
            exchange("GET", "Group/1", {"Authorization: Bearer " + control.mintToken(-60)}).status,
            403);
    }

    void exportFlowMinimal()
    {
        m_host.configure([](SandboxServer *s) { s->setExportDurationMs(300); });
        RawResponse r = exchange("GET", "Group/1/$export", {"Authorization: Bearer " + m_token});
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("Must request async processing for $export"));
        r = exchange("GET", "Group/1/$export?_type=Binary",
                     {"Authorization: Bearer " + m_token, "Prefer: respond-async"});
        QCOMPARE(r.status, 400);
        r = exchange("GET", "Group/1/$export",
                     {"Authorization: Bearer " + m_token, "Prefer: respond-async",
                      "Accept: application/fhir+json"});
        QCOMPARE(r.status, 202);
        const QByteArray location = r.header("Content-Location");
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        QVERIFY(location.startsWith(prefix + "$export-poll-status?_id="));
        const QByteArray status = location.mid(prefix.size());
        r = exchange("GET", status, {"Authorization: Bearer " + m_token});
        QCOMPARE(r.status, 202);
        QVERIFY(r.header("X-Progress").endsWith("% complete"));
        // The export takes 300 ms of the Sandbox's time: its clock moves on, no one waits.
        m_host.configure([](SandboxServer *s) { s->clock().advance(400); });
        r = exchange("GET", status, {"Authorization: Bearer " + m_token});
        QCOMPARE(r.status, 200);
        const QJsonObject manifest = QJsonDocument::fromJson(r.body).object();
        QVERIFY(manifest.value(QLatin1String("requiresAccessToken")).toBool());
        const QJsonObject out =
            manifest.value(QLatin1String("output")).toArray().first().toObject();
        QCOMPARE(out.value(QLatin1String("count")).toInt(), 5);
        const QByteArray fileUrl = out.value(QLatin1String("url")).toString().toLatin1();
        r = exchange("GET", fileUrl.mid(prefix.size()), {"Authorization: Bearer " + m_token});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.count('\n'), 5);
        QCOMPARE(exchange("DELETE", status, {"Authorization: Bearer " + m_token}).status, 202);
        QCOMPARE(exchange("GET", status, {"Authorization: Bearer " + m_token}).status, 404);
    }

    void patientAndSystemExportAreNotOffered_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("operation");
        // The SMART bulk-data-client kicks off at the Patient level by default.
        QTest::newRow("Patient GET") << QByteArray("GET") << QByteArray("Patient/$export")
                                     << QStringLiteral("GET operation[Patient/$export] with "
                                                       "parameters [[]]");
        QTest::newRow("Patient POST") << QByteArray("POST") << QByteArray("Patient/$export")
                                      << QStringLiteral("POST operation[Patient/$export]");
        QTest::newRow("system") << QByteArray("GET") << QByteArray("$export?_type=Patient")
                                << QStringLiteral("GET operation[$export] with parameters "
                                                  "[[_type]]");
    }

    void patientAndSystemExportAreNotOffered()
    {
        // As HAPI 5.7.6 answers an operation it does not offer (not "Invalid resource ID
        // \"$export\""), with an issue that names the level this server does offer.
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QString, operation);
        RawResponse r = exchange(method, path,
                                 {"Authorization: Bearer " + m_token, "Prefer: respond-async",
                                  "Accept: application/fhir+json"});
        QCOMPARE(r.status, 400);
        checkCommon(r, false);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/fhir+json;charset=UTF-8"));
        const QJsonArray issues =
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("issue")).toArray();
        QCOMPARE(issues.size(), 2);
        const QJsonObject first = issues.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(first.value(QLatin1String("code")).toString(), QStringLiteral("not-supported"));
        const QString text = first.value(QLatin1String("diagnostics")).toString();
        QVERIFY2(text.startsWith(QStringLiteral("Invalid request: The FHIR endpoint on this server "
                                                "does not know how to handle")) &&
                     text.contains(operation),
                 qPrintable(text));
        QVERIFY2(issues.at(1)
                     .toObject()
                     .value(QLatin1String("diagnostics"))
                     .toString()
                     .contains(QStringLiteral("Group/[id]/$export")),
                 r.body.constData());
        QVERIFY(!r.body.contains("Invalid resource ID"));
        // The gateway's authorizer still comes first: without a token, its 401.
        r = exchange(method, path, {"Prefer: respond-async"});
        QCOMPARE(r.status, 401);
        checkCommon(r, true);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
