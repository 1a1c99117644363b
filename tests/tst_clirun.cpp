// fhir-bulk run, report and convert as a user runs them: a real process, its output, its files
// and its exit codes, against the Sandbox and a test server that records what it received.
#include "CliFixture.h"
#include "TestServers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// A token of the test's own: the Sandbox refuses it, and the gateway quotes it on a wrong path.
const QByteArray kToken =
    "eyJhbGciOiJSUzM4NCJ9.eyJzdWIiOiJjbGktcnVuIn0.Y2xpLXJ1bi1zaWduYXR1cmUtbmV2ZXItcHJpbnRlZA";
const QByteArray kSignature = "Y2xpLXJ1bi1zaWduYXR1cmUtbmV2ZXItcHJpbnRlZA";

const char *kEveryForm = R"(# Tried after each vendor release
@groupId = 1

### Read the group
# @expect status 200
# @expect diagnosis ok
# @expect header X-Request-ID
GET Group/{{groupId}}
Accept: application/fhir+json

### Token without its scheme
# @expect status 403
# @expect diagnosis gateway.access-denied
# @expect cause header.no-bearer
GET Group/{{groupId}}
Authorization: {{token}}

### No token at all
# @no-auth
// @expect status 401
GET Group/{{groupId}} HTTP/1.1
)";

const char *kFailing = R"(@groupId = 1

### Read the group
# @expect status 200
# @expect cause token.expired
GET Group/{{groupId}}

### Asks for a header the answer lacks
# @expect header X-Not-There
GET metadata
)";

} // namespace

class TestCliRun : public QObject, private CliFixture
{
    Q_OBJECT
private:
    // fhir-bulk with the test's event loop running (for a server in this thread).
    Result cli(const QStringList &args, const QByteArray &token = {})
    {
        return cliServing(args, {}, token, 60000);
    }

    // A test server in the vendor's place that records every request it receives.
    static void answerOk(IgServer &server)
    {
        server.answer = [](const QHttpServerRequest &) {
            return IgServer::Answer{
                200,
                {{"Content-Type", "application/fhir+json"}, {"X-Request-ID", "srv-1"}},
                R"({"resourceType":"Bundle","type":"searchset","total":0})"};
        };
    }

    static QByteArray authorizationOf(const IgServer::Seen &seen)
    {
        for (const auto &h : seen.headers)
            if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }

    QByteArray collection(bool v20, const QString &base)
    {
        const QString bearer =
            v20 ? QStringLiteral(R"({"token": "{{accessToken}}"})")
                : QStringLiteral(
                      R"([{"key": "token", "value": "{{accessToken}}", "type": "string"}])");
        return QStringLiteral(R"json({
  "info": {"name": "Vendor checks", "schema": "https:\/\/schema.getpostman.com/json/collection/%1/collection.json"},
  "auth": {"type": "bearer", "bearer": %2},
  "variable": [{"key": "baseUrl", "value": "%3"}, {"key": "accessToken", "value": ""}],
  "event": [{"listen": "test", "script": {"exec": ["pm.test(\u0022200\u0022, function () { pm.response.to.have.status(200); });"]}}],
  "item": [
    {"name": "Groups", "item": [
      {"name": "Deeper", "item": [
        {"name": "Read group", "request": {"method": "GET", "url": {"raw": "{{baseUrl}}/Group/1"}}}
      ]},
      {"name": "Search", "request": {"method": "GET", "url": "{{baseUrl}}/Group?_count=2",
        "header": [{"key": "Accept", "value": "application/fhir+json"},
                   {"key": "X-Debug", "value": "1", "disabled": true}]}}
    ]},
    {"name": "Public", "auth": {"type": "noauth"}, "item": [
      {"name": "Metadata", "request": {"method": "GET", "url": "{{baseUrl}}/metadata"}}
    ]}
  ]
})json")
            .arg(v20 ? QStringLiteral("v2.0.0") : QStringLiteral("v2.1.0"), bearer, base)
            .toUtf8();
    }

    QByteArray environment(const QString &base)
    {
        return QStringLiteral(R"json({"name": "Test", "_postman_variable_scope": "environment",
  "values": [{"key": "baseUrl", "value": "%1", "enabled": true},
             {"key": "accessToken", "value": "%2", "type": "secret", "enabled": true},
             {"key": "unused", "value": "x", "enabled": false}]})json")
            .arg(base, QString::fromLatin1(kToken))
            .toUtf8();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("FBX_CLI").isEmpty()); }

    void everyCommandHasItsOwnHelp()
    {
        for (const QString &command : {QStringLiteral("run"), QStringLiteral("report"),
                                       QStringLiteral("convert"), QStringLiteral("compare")}) {
            const Result r = cli({command, QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith("Usage: fhir-bulk " + command.toLatin1()), r.out.constData());
        }
        const Result usage = cli({});
        QVERIFY(usage.err.contains("fhir-bulk run FILE..."));
    }

    void aHttpFileWithEveryExpectationRunsOnTheSandbox()
    {
        // The default profile is the Sandbox, started inside fhir-bulk; --demo-token is {{token}}.
        const QString file = write(QStringLiteral("every-form.http"), kEveryForm);
        Result r = cli({QStringLiteral("run"), file, QStringLiteral("--demo-token")});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        QVERIFY(r.out.contains("[1/3] Read the group"));
        QVERIFY(r.out.contains("✔ status 200: Status 200 OK, as expected."));
        QVERIFY(r.out.contains("✔ header X-Request-ID"));
        QVERIFY(r.out.contains("✔ diagnosis gateway.access-denied"));
        QVERIFY(r.out.contains("✔ cause header.no-bearer"));
        QVERIFY(r.out.contains("✔ status 401"));
        QVERIFY(r.out.contains("3 requests, 7 expectations: 7 held, 0 failed."));
        QVERIFY(!r.out.contains("✘"));
        QVERIFY(!r.all().contains("eyJ")); // no token of any kind in the output

        // --json: one object, every result, the calls as `get --json` prints them.
        r = cli({QStringLiteral("run"), file, QStringLiteral("--demo-token"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("held")).toInt(), 7);
        QVERIFY(o.value(QLatin1String("passed")).toBool());
        const QJsonArray results = o.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 3);
        const QJsonObject second = results.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("name")).toString(),
                 QStringLiteral("Token without its scheme"));
        QCOMPARE(
            second.value(QLatin1String("call")).toObject().value(QLatin1String("status")).toInt(),
            403);
        QCOMPARE(second.value(QLatin1String("call"))
                     .toObject()
                     .value(QLatin1String("diagnosis"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("gateway.access-denied"));
        QVERIFY(!r.out.contains("eyJ"));
    }

    void aFailedExpectationIsExitOneWithJUnitAndReports()
    {
        const QString file = write(QStringLiteral("failing.http"), kFailing);
        const QString junit = m_home.filePath(QStringLiteral("results.xml"));
        const QString md = m_home.filePath(QStringLiteral("report.md"));
        const QString html = m_home.filePath(QStringLiteral("report.html"));
        Result r = cli({QStringLiteral("run"), file, QStringLiteral("--demo-token"),
                        QStringLiteral("--junit"), junit, QStringLiteral("--report"), md});
        QVERIFY2(r.exitCode == 1, r.all().constData());
        QVERIFY(r.out.contains("✔ status 200"));
        QVERIFY(r.out.contains(
            "✘ cause token.expired: Expected the cause token.expired, got no causes."));
        QVERIFY(r.out.contains("✘ header X-Not-There"));
        QVERIFY(r.out.contains("2 requests, 3 expectations: 1 held, 2 failed."));
        QVERIFY(r.err.contains("Wrote the JUnit XML to"));
        // JUnit XML that parses, with the right failure count.
        QXmlStreamReader xml(read(junit));
        int failures = 0;
        QString total;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("testsuites"))
                total = xml.attributes().value(QLatin1String("failures")).toString();
            failures += xml.name() == QLatin1String("failure") ? 1 : 0;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(failures, 2);
        QCOMPARE(total, QStringLiteral("2"));
        const QByteArray report = read(md);
        QVERIFY(report.startsWith("# Run of failing.http"));
        QVERIFY(report.contains("| Read the group | `cause token.expired` | ✘ failed |"));
        r = cli({QStringLiteral("run"), file, QStringLiteral("--demo-token"),
                 QStringLiteral("--report"), html});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(read(html).startsWith("<!DOCTYPE html>"));
    }

    void fileAndUsageErrorsAreExitTwoAndSendNothing()
    {
        const QString har = m_home.filePath(QStringLiteral("nothing.har"));
        const auto entries = [&] {
            return QJsonDocument::fromJson(read(har))
                .object()
                .value(QLatin1String("log"))
                .toObject()
                .value(QLatin1String("entries"))
                .toArray()
                .size();
        };
        // An undefined variable, named with its line; nothing is sent.
        const QString undefined =
            write(QStringLiteral("undefined.http"), "GET metadata\n\n###\nGET Group/{{groupId}}\n");
        Result r = cli({QStringLiteral("run"), undefined, QStringLiteral("--har"), har});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("undefined.http:4: {{groupId}} is not defined"), r.err.constData());
        QVERIFY(r.err.contains("Nothing was sent."));
        QCOMPARE(entries(), 0);
        // {{token}} with no token at all says where one comes from.
        const QString needsToken =
            write(QStringLiteral("token.http"), "GET metadata\nAuthorization: Bearer {{token}}\n");
        r = cli({QStringLiteral("run"), needsToken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--demo-token"), r.err.constData());
        // --var over the file's own variables; never the token.
        r = cli({QStringLiteral("run"), undefined, QStringLiteral("--var"),
                 QStringLiteral("groupId=1")});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        QVERIFY(r.out.contains("/Group/1 → 401"));
        r = cli({QStringLiteral("run"), undefined, QStringLiteral("--var"),
                 QStringLiteral("token=abc")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("FHIR_BULK_TOKEN"));
        // A parse error, with the file and line.
        const QString broken =
            write(QStringLiteral("broken.http"), "GET metadata\n# @expect status two\n");
        r = cli({QStringLiteral("run"), broken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("broken.http:2: @expect status takes"), r.err.constData());
        // A token written in the file: refused, and not repeated.
        const QString literal = write(QStringLiteral("literal.http"),
                                      "GET metadata\nAuthorization: Bearer " + kToken + "\n");
        r = cli({QStringLiteral("run"), literal});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(
            "literal.http:2: The Authorization header holds a value written in the file"));
        QVERIFY(!r.all().contains(kSignature));
        // Files that are not there, outputs that cannot be written.
        r = cli({QStringLiteral("run"), m_home.filePath(QStringLiteral("none.http"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Cannot read"));
        r = cli({QStringLiteral("run"), undefined, QStringLiteral("--report"),
                 QStringLiteral("r.pdf")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("run"), undefined, QStringLiteral("--junit"),
                 m_home.filePath(QStringLiteral("no/such/dir/j.xml"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("does not exist"));
        r = cli({QStringLiteral("run")});
        QCOMPARE(r.exitCode, 2);
    }

    void theTokenIsInNoOutputAndNoReport()
    {
        // The Sandbox refuses this token, and the gateway quotes the header back on a wrong path.
        const QString file =
            write(QStringLiteral("refused.http"),
                  "### Refused\n# @expect status 403\nGET Group/1\n\n"
                  "### Quoted back\n# @expect diagnosis gateway.incomplete-signature\n"
                  "GET Invalid/123456\n");
        const QString md = m_home.filePath(QStringLiteral("refused.md"));
        const QString html = m_home.filePath(QStringLiteral("refused.html"));
        const QString junit = m_home.filePath(QStringLiteral("refused.xml"));
        const QString har = m_home.filePath(QStringLiteral("refused.har"));
        Result r = cli({QStringLiteral("run"), file, QStringLiteral("--report"), md,
                        QStringLiteral("--junit"), junit, QStringLiteral("--har"), har},
                       kToken);
        QVERIFY2(r.exitCode == 0, r.all().constData());
        r.out += cli({QStringLiteral("run"), file, QStringLiteral("--report"), html,
                      QStringLiteral("--json")},
                     kToken)
                     .all();
        for (const QByteArray &text : {r.all(), read(md), read(html), read(junit), read(har)}) {
            QVERIFY(!text.isEmpty());
            QVERIFY(!text.contains(kToken));
            QVERIFY(!text.contains(kSignature));
        }
        QVERIFY(read(md).contains("gateway.incomplete-signature"));
        QVERIFY(read(md).contains("Bearer <redacted: "));

        // fhir-bulk report makes the same from the HAR, and from a browser's HAR with the
        // token in clear.
        const QString fromHar = m_home.filePath(QStringLiteral("from-har.html"));
        r = cli({QStringLiteral("report"), har, QStringLiteral("--out"), fromHar});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        QVERIFY(r.err.contains("Wrote the report (2 calls)"));
        QByteArray report = read(fromHar);
        QVERIFY(report.contains("gateway.incomplete-signature"));
        QVERIFY(report.contains("x-amzn-RequestId"));
        QVERIFY(!report.contains(kToken) && !report.contains(kSignature));
        QByteArray browser = read(har);
        browser.replace("\"_fbx\"", "\"_ignored\"");
        QJsonObject root = QJsonDocument::fromJson(browser).object();
        QJsonObject log = root.value(QLatin1String("log")).toObject();
        QJsonArray list = log.value(QLatin1String("entries")).toArray();
        QJsonObject entry = list.at(0).toObject();
        QJsonObject request = entry.value(QLatin1String("request")).toObject();
        request.insert(
            QStringLiteral("headers"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Authorization")},
                                   {QStringLiteral("value"),
                                    QStringLiteral("Bearer ") + QString::fromLatin1(kToken)}}});
        entry.insert(QStringLiteral("request"), request);
        list.replace(0, entry);
        log.insert(QStringLiteral("entries"), list);
        root.insert(QStringLiteral("log"), log);
        const QString browserHar =
            write(QStringLiteral("browser.har"), QJsonDocument(root).toJson());
        const QString fromBrowser = m_home.filePath(QStringLiteral("from-browser.md"));
        r = cli({QStringLiteral("report"), browserHar, QStringLiteral("--out"), fromBrowser});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        QVERIFY(r.err.contains("redacted"));
        report = read(fromBrowser);
        QVERIFY(report.contains("Bearer <redacted: "));
        QVERIFY(!report.contains(kToken) && !report.contains(kSignature));
        r = cli({QStringLiteral("report"), browserHar, QStringLiteral("--out"),
                 QStringLiteral("x.txt")});
        QCOMPARE(r.exitCode, 2);
    }

    void twoCallsSideBySide()
    {
        // The same Patient as JSON and as XML: the bodies are the same structure; then a 200
        // against a 401.
        const QString file =
            write(QStringLiteral("formats.http"),
                  "### As JSON\nGET Patient/pat-00001\nAccept: application/fhir+json\n\n"
                  "### As XML\nGET Patient/pat-00001\nAccept: application/fhir+xml\n\n"
                  "### Without a token\n# @no-auth\nGET Patient/pat-00001\n");
        const QString har = m_home.filePath(QStringLiteral("formats.har"));
        Result r = cli({QStringLiteral("run"), file, QStringLiteral("--demo-token"),
                        QStringLiteral("--har"), har});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        r = cli({QStringLiteral("compare"), har, QStringLiteral("--left"), QStringLiteral("1"),
                 QStringLiteral("--right"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1); // Accept, Content-Type and the size differ
        QVERIFY2(r.out.contains("= Body $: the same structure (JSON) | the same structure (XML)"),
                 r.out.constData());
        QVERIFY(
            r.out.contains("Request header Accept: application/fhir+json | application/fhir+xml"));
        QVERIFY(!r.out.contains("Body $."));
        r = cli({QStringLiteral("compare"), har, har, QStringLiteral("--left"), QStringLiteral("1"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject first = o.value(QLatin1String("rows")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("key")).toString(), QStringLiteral("status"));
        QCOMPARE(first.value(QLatin1String("left")).toString(), QStringLiteral("200 OK"));
        QCOMPARE(first.value(QLatin1String("right")).toString(),
                 QStringLiteral("401 Unauthorized"));
        // A call against itself differs nowhere; a call that is not there is a usage error.
        r = cli({QStringLiteral("compare"), har, har});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        QVERIFY(r.out.contains("0 differences."));
        r = cli({QStringLiteral("compare"), har, QStringLiteral("--left"), QStringLiteral("4")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("compare"), har, QStringLiteral("--left"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 2); // both sides the same call
    }

    void callsOfAHarSavedAsRequestsRunAgain()
    {
        const QString file = write(QStringLiteral("again.http"), kEveryForm);
        const QString har = m_home.filePath(QStringLiteral("again.har"));
        Result r = cli({QStringLiteral("run"), file, QStringLiteral("--demo-token"),
                        QStringLiteral("--har"), har});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        // The Sandbox of that run is gone; relative to its base URL, the calls run on the next.
        const QString first = QJsonDocument::fromJson(read(har))
                                  .object()
                                  .value(QLatin1String("log"))
                                  .toObject()
                                  .value(QLatin1String("entries"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("request"))
                                  .toObject()
                                  .value(QLatin1String("url"))
                                  .toString();
        const QString base = first.left(first.indexOf(QLatin1String("/Group/")));
        const QString dir = m_home.filePath(QStringLiteral("from-har"));
        QVERIFY(QDir().mkpath(dir));
        r = cli({QStringLiteral("convert"), har, QStringLiteral("--out"), dir,
                 QStringLiteral("--base"), base});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        const QByteArray text = read(dir + QStringLiteral("/again.http"));
        QVERIFY2(text.contains("GET Group/1\n"), text.constData());
        QVERIFY(text.contains("Authorization: {{token}}"));
        QVERIFY(text.contains("# @no-auth"));
        QVERIFY(!text.contains("eyJ"));
        QVERIFY(!text.contains("X-Request-ID:"));
        r = cli({QStringLiteral("run"), dir + QStringLiteral("/again.http"),
                 QStringLiteral("--demo-token")});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        QVERIFY(r.out.contains("/Group/1 → 200 OK"));
        QVERIFY(r.out.contains("/Group/1 → 403 Forbidden · gateway.access-denied"));
        QVERIFY(r.out.contains("/Group/1 → 401 Unauthorized"));
    }

    void aPostmanCollectionWithAnEnvironment_data()
    {
        QTest::addColumn<bool>("v20");
        QTest::newRow("v2.1") << false;
        QTest::newRow("v2.0") << true;
    }

    void aPostmanCollectionWithAnEnvironment()
    {
        // Bearer auth set on the collection, inherited two folders down, its token a collection
        // variable the environment file sets; a folder with noauth sends none.
        QFETCH(bool, v20);
        IgServer server;
        answerOk(server);
        const quint16 port = server.start();
        QVERIFY(port > 0);
        const QString base = QStringLiteral("http://127.0.0.1:%1/fhir").arg(port);
        const QString collectionFile =
            write(QStringLiteral("vendor.postman_collection.json"),
                  collection(v20, QStringLiteral("https://vendor.invalid/fhir")));
        const QString envFile =
            write(QStringLiteral("test.postman_environment.json"), environment(base));
        const QString md = m_home.filePath(QStringLiteral("postman.md"));
        Result r = cli({QStringLiteral("run"), collectionFile, QStringLiteral("--env"), envFile,
                        QStringLiteral("--base"), base, QStringLiteral("--report"), md});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        QCOMPARE(server.seen.size(), 3);
        QCOMPARE(server.seen.at(0).url.path(), QStringLiteral("/fhir/Group/1"));
        QCOMPARE(authorizationOf(server.seen.at(0)), "Bearer " + kToken);
        QCOMPARE(authorizationOf(server.seen.at(1)), "Bearer " + kToken);
        QVERIFY(!server.seen.at(1).hasHeader("X-Debug"));
        QCOMPARE(server.seen.at(2).url.path(), QStringLiteral("/fhir/metadata"));
        QVERIFY(!server.seen.at(2).hasHeader("Authorization"));
        QVERIFY(r.out.contains("[1/3] Read group  (Groups / Deeper)"));
        QVERIFY(r.out.contains("Not run: test script (collection)"));
        QVERIFY(!r.all().contains(kToken));
        QVERIFY(!r.all().contains(kSignature));
        QVERIFY(!read(md).contains(kSignature));

        // Without the environment the token is not defined: nothing is sent.
        const qsizetype seen = server.seen.size();
        r = cli({QStringLiteral("run"), collectionFile, QStringLiteral("--base"), base,
                 QStringLiteral("--var"), QStringLiteral("baseUrl=") + base});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("{{accessToken}}"), r.err.constData());
        QCOMPARE(server.seen.size(), seen);
    }

    void aCollectionSavedAsHttpFilesRunsTheSame()
    {
        IgServer server;
        answerOk(server);
        const quint16 port = server.start();
        QVERIFY(port > 0);
        const QString base = QStringLiteral("http://127.0.0.1:%1/fhir").arg(port);
        const QString collectionFile =
            write(QStringLiteral("convert.postman_collection.json"), collection(false, base));
        const QString dir = m_home.filePath(QStringLiteral("converted"));
        QVERIFY(QDir().mkpath(dir));
        Result r = cli({QStringLiteral("convert"), collectionFile, QStringLiteral("--out"), dir});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        QVERIFY(r.out.contains("Groups - Deeper.http (1 request)"));
        const QStringList files =
            QDir(dir).entryList({QStringLiteral("*.http")}, QDir::Files, QDir::Name);
        QCOMPARE(files,
                 (QStringList{QStringLiteral("Groups - Deeper.http"), QStringLiteral("Groups.http"),
                              QStringLiteral("Public.http")}));
        QVERIFY(read(dir + QStringLiteral("/Public.http")).contains("# @no-auth"));
        // A second time stops before writing anything, unless --force.
        r = cli({QStringLiteral("convert"), collectionFile, QStringLiteral("--out"), dir});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--force"));
        // The files run as the collection did, with the token from the environment.
        const QString envFile =
            write(QStringLiteral("convert.postman_environment.json"), environment(base));
        r = cli({QStringLiteral("run"), dir + QStringLiteral("/Groups - Deeper.http"),
                 dir + QStringLiteral("/Groups.http"), dir + QStringLiteral("/Public.http"),
                 QStringLiteral("--env"), envFile, QStringLiteral("--base"), base});
        QVERIFY2(r.exitCode == 0, r.all().constData());
        QCOMPARE(server.seen.size(), 3);
        QCOMPARE(authorizationOf(server.seen.at(0)), "Bearer " + kToken);
        QVERIFY(!server.seen.at(2).hasHeader("Authorization"));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_clirun.moc"
