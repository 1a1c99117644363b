// Every scenario switch of the Sandbox does what it promises: timings, errors, expiry, ranges,
// large files, latency, tokens. (The export endpoints' parameters: tst_sandboxscenarios_exports.)
#include "RawHttp.h"
#include "SandboxScenarioFixture.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

class TestSandboxScenarios : public QObject, private SandboxScenarioFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(startSandbox()); }

    void init()
    {
        m_host.configure([](SandboxServer *s) {
            SandboxScenario fresh;
            fresh.exportDurationMs = 0;
            s->setScenario(fresh);
        });
    }

    void controlEndpoint()
    {
        RawResponse r = rawExchange(m_port, "GET", "/_sandbox/scenario", {});
        QCOMPARE(
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("retryAfter")).toString(),
            QStringLiteral("seconds"));
        r = rawExchange(m_port, "POST", "/_sandbox/scenario", {}, "{\"retryAfter\":\"sometimes\"}");
        QCOMPARE(r.status, 400);
        r = rawExchange(m_port, "POST", "/_sandbox/scenario", {}, "{\"noSuchSwitch\":true}");
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("noSuchSwitch"));
    }

    void retryAfterModes_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("seconds") << "seconds";
        QTest::newRow("http-date") << "http-date";
        QTest::newRow("x-retryafter") << "x-retryafter";
        QTest::newRow("none") << "none";
    }

    void retryAfterModes()
    {
        QFETCH(QString, mode);
        scenario({{QStringLiteral("exportDurationMs"), 60000},
                  {QStringLiteral("retryAfter"), mode},
                  {QStringLiteral("retryAfterSecs"), 120}});
        const RawResponse r = get(kickOff());
        QCOMPARE(r.status, 202);
        QVERIFY(r.header("X-Progress").endsWith("% complete"));
        if (mode == QLatin1String("seconds")) {
            QCOMPARE(r.header("Retry-After"), QByteArray("120"));
        } else if (mode == QLatin1String("http-date")) {
            const QDateTime when =
                QLocale::c().toDateTime(QString::fromLatin1(r.header("Retry-After")),
                                        QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
            QVERIFY2(when.isValid(), r.header("Retry-After").constData());
        } else if (mode == QLatin1String("x-retryafter")) {
            QCOMPARE(r.header("X-RetryAfter"), QByteArray("120"));
            QVERIFY(r.header("Retry-After").isEmpty());
        } else {
            QVERIFY(r.header("Retry-After").isEmpty() && r.header("X-RetryAfter").isEmpty());
        }
    }

    void pollingTooFastIs429()
    {
        scenario({{QStringLiteral("exportDurationMs"), 60000},
                  {QStringLiteral("tooFast429"), true},
                  {QStringLiteral("retryAfterSecs"), 5}});
        const QByteArray status = kickOff();
        QCOMPARE(get(status).status, 202);
        const RawResponse r = get(status);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("5"));
    }

    // Export progress, the 429 for a poll too soon, file and token expiry all follow the
    // Sandbox's clock: moved on, the answers change at once (no test waits for real time).
    void clockDrivesTheTimings()
    {
        scenario({{QStringLiteral("exportDurationMs"), 60000},
                  {QStringLiteral("tooFast429"), true},
                  {QStringLiteral("retryAfterSecs"), 5},
                  {QStringLiteral("fileExpirySecs"), 600}});
        const QByteArray status = kickOff();
        auto advance = [this](qint64 ms) {
            m_host.configure([ms](SandboxServer *s) { s->clock().advance(ms); });
        };
        RawResponse r = get(status);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.header("X-Progress"), QByteArray("0% complete"));
        QCOMPARE(get(status).status, 429); // polled again at once
        advance(30000);
        r = get(status);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.header("X-Progress"), QByteArray("50% complete"));
        advance(30000);
        r = get(status);
        QCOMPARE(r.status, 200);
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        const QByteArray file = QJsonDocument::fromJson(r.body)
                                    .object()
                                    .value(QLatin1String("output"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("url"))
                                    .toString()
                                    .toLatin1()
                                    .mid(prefix.size());
        QCOMPARE(get(file).status, 200);
        advance(599000);
        QCOMPARE(get(file).status, 200);
        advance(2000);
        QCOMPARE(get(file).status, 404);

        // A token of 60 s: valid now, refused by the gateway once the clock passed its expiry.
        QByteArray token;
        m_host.configure([&token](SandboxServer *s) { token = s->mintToken(60); });
        const QList<QByteArray> auth{"Authorization: Bearer " + token};
        QCOMPARE(rawExchange(m_port, "GET", "/uscore/v1/bulk-data/Group/1", auth).status, 200);
        advance(61000);
        QCOMPARE(rawExchange(m_port, "GET", "/uscore/v1/bulk-data/Group/1", auth).status, 403);
    }

    void transientErrorsThenProgress()
    {
        scenario(
            {{QStringLiteral("exportDurationMs"), 60000}, {QStringLiteral("transientErrors"), 2}});
        const QByteArray status = kickOff();
        for (int i = 0; i < 2; ++i) {
            const RawResponse r = get(status);
            QCOMPARE(r.status, 500);
            QVERIFY(r.body.contains("\"code\":\"transient\""));
        }
        QCOMPARE(get(status).status, 202);
    }

    void failedJob()
    {
        scenario({{QStringLiteral("failJob"), true}});
        const RawResponse r = get(kickOff());
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.contains("\"code\":\"exception\""));
    }

    void manifestSwitches()
    {
        scenario({{QStringLiteral("errorFiles"), true}, {QStringLiteral("omitCount"), true}});
        const QJsonObject m = manifest(kickOff());
        QVERIFY(!m.isEmpty());
        const QJsonArray output = m.value(QLatin1String("output")).toArray();
        QVERIFY(output.size() >= 3);
        for (const QJsonValue &o : output)
            QVERIFY(!o.toObject().contains(QLatin1String("count")));
        const QJsonArray errors = m.value(QLatin1String("error")).toArray();
        QCOMPARE(errors.size(), 1);
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        const RawResponse file = get(errors.first()
                                         .toObject()
                                         .value(QLatin1String("url"))
                                         .toString()
                                         .toLatin1()
                                         .mid(prefix.size()));
        QVERIFY(file.body.startsWith("{\"resourceType\":\"OperationOutcome\""));
    }

    void filesExpire()
    {
        scenario({{QStringLiteral("fileExpirySecs"), 1}});
        const QJsonObject m = manifest(kickOff());
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        const QByteArray file = m.value(QLatin1String("output"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("url"))
                                    .toString()
                                    .toLatin1()
                                    .mid(prefix.size());
        QCOMPARE(get(file).status, 200);
        // Files expire a second after the job completed, by the Sandbox's clock.
        m_host.configure([](SandboxServer *s) { s->clock().advance(1300); });
        const RawResponse r = get(file);
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("expired"));
    }

    void rangeAndDroppedConnection()
    {
        const QJsonObject m = manifest(kickOff("?_type=Observation"));
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        const QByteArray file = m.value(QLatin1String("output"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("url"))
                                    .toString()
                                    .toLatin1()
                                    .mid(prefix.size());
        const RawResponse whole = get(file);
        QCOMPARE(whole.header("Accept-Ranges"), QByteArray("bytes"));
        const RawResponse part = get(file, {"Range: bytes=10-"});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, whole.body.mid(10));
        QVERIFY(part.header("Content-Range").startsWith("bytes 10-"));

        scenario({{QStringLiteral("dropMidFile"), true}});
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(m_host.baseUrl());
        client.setAuthorization(AuthMode::Bearer, m_host.demoToken());
        ApiCall *call = client.send(
            client.prepare(QStringLiteral("download"), "GET", QString::fromLatin1(file)));
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(10000));
        const CallRecord r = done.first().first().value<CallRecord>();
        QCOMPARE(r.transportErrorCode, QStringLiteral("transport.closed"));
        QVERIFY(r.bodySize > 0 && r.bodySize < whole.body.size()); // what arrived is kept
        QVERIFY(whole.body.startsWith(r.body));
    }

    void slowDownloadsTrickle()
    {
        const QJsonObject m = manifest(kickOff("?_type=Observation"));
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        const QByteArray file = m.value(QLatin1String("output"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("url"))
                                    .toString()
                                    .toLatin1()
                                    .mid(prefix.size());
        const RawResponse whole = get(file);
        QVERIFY(whole.body.size() > 4096);
        scenario({{QStringLiteral("trickleKiBps"), 4}});
        QElapsedTimer t;
        t.start();
        const RawResponse slow = get(file);
        // 4 KiB/s: the same bytes, no faster than the rate allows (a busy machine only adds time).
        QCOMPARE(slow.status, 200);
        QCOMPARE(slow.body, whole.body);
        QVERIFY2(t.elapsed() >= (whole.body.size() * 1000 / 4096) - 250,
                 qPrintable(QString::number(t.elapsed())));
        const RawResponse tail =
            get(file, {"Range: bytes=" + QByteArray::number(whole.body.size() - 100) + "-"});
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.body, whole.body.right(100));
    }

    void severalLargeFiles()
    {
        scenario({{QStringLiteral("largeFileMiB"), 1}, {QStringLiteral("largeFiles"), 3}});
        const QJsonObject m = manifest(kickOff("?_type=Patient"));
        QStringList urls;
        for (const QJsonValue &o : m.value(QLatin1String("output")).toArray()) {
            if (o.toObject()
                    .value(QLatin1String("url"))
                    .toString()
                    .contains(QLatin1String("/Binary/large-1")))
                urls << o.toObject().value(QLatin1String("url")).toString();
        }
        QCOMPARE(urls.size(), 3);
        QCOMPARE(QSet<QString>(urls.begin(), urls.end()).size(), 3);
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        const RawResponse third = get(urls.last().toLatin1().mid(prefix.size()));
        QCOMPARE(third.status, 200);
        QCOMPARE(third.body.size(), qint64(1024 * 1024 / 200 * 200));
    }

    void largeFilesAreStreamed()
    {
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(m_host.baseUrl());
        client.setAuthorization(AuthMode::Bearer, m_host.demoToken());
        ApiRequest req = client.prepare(QStringLiteral("download"), "GET",
                                        QStringLiteral("Binary/large-8/$binary-access-read"));
        req.bodyMemoryCap = 1024 * 1024;
        ApiCall *call = client.send(req);
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(30000));
        const CallRecord r = done.first().first().value<CallRecord>();
        QCOMPARE(*r.status, 200);
        const qint64 expected = qint64(8) * 1024 * 1024 / 200 * 200;
        QCOMPARE(r.bodySize, expected);
        QCOMPARE(r.responseHeader("Content-Length").toLongLong(), expected);
        QFile f(r.bodyFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        qint64 lines = 0;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            QVERIFY(line.endsWith('\n'));
            if (lines == 0)
                QVERIFY(QJsonDocument::fromJson(line)
                            .object()
                            .value(QLatin1String("resourceType"))
                            .toString() == QLatin1String("Observation"));
            ++lines;
        }
        QCOMPARE(lines, expected / 200);
        const RawResponse tail = get("Binary/large-8/$binary-access-read",
                                     {"Range: bytes=" + QByteArray::number(expected - 200) + "-"});
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.body.size(), 200);
        QVERIFY(tail.body.startsWith("{\"resourceType\":\"Observation\""));
    }

    void largeBinaryResource()
    {
        const RawResponse raw = get("Binary/large", {"Accept: application/fhir+ndjson"});
        QCOMPARE(raw.status, 200);
        QCOMPARE(raw.body.size(), qint64(50) * 1024 * 1024 / 200 * 200);
        const RawResponse json = get("Binary/large");
        QCOMPARE(json.status, 200);
        QVERIFY(json.body.startsWith("{\"resourceType\":\"Binary\""));
        QVERIFY(json.body.size() > raw.body.size()); // base64 inside JSON
        const RawResponse xml = get("Binary/large?_format=xml");
        QCOMPARE(xml.status, 200);
        QVERIFY(xml.body.startsWith("<Binary xmlns=\"http://hl7.org/fhir\"><id value=\"large\"/>"));
        QCOMPARE(QByteArray::fromBase64(
                     xml.body.mid(xml.body.indexOf("<data value=\"") + 13).chopped(13))
                     .size(),
                 raw.body.size());
    }

    void latency()
    {
        scenario({{QStringLiteral("latencyMs"), 300}});
        QElapsedTimer t;
        t.start();
        QCOMPARE(get("Group/1").status, 200);
        QVERIFY(t.elapsed() >= 280);
    }

    void tokenLifetime()
    {
        scenario({{QStringLiteral("tokenLifetimeSecs"), 42}});
        const RawResponse r = rawExchange(m_port, "POST", "/oauth/token",
                                          {"Content-Type: application/x-www-form-urlencoded"},
                                          "grant_type=client_credentials&client_id=sandbox-demo-"
                                          "client&client_secret=sandbox-demo-secret");
        QCOMPARE(
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("expires_in")).toInt(),
            42);
    }

    void openReads()
    {
        // As on the SMART reference server: Group reads answer without a token and whatever
        // token is sent; the kick-off still wants a valid one.
        auto base = [this](const QByteArray &path) { return "/uscore/v1/bulk-data/" + path; };
        QCOMPARE(rawExchange(m_port, "GET", base("Group?_count=1"), {}).status, 401);
        scenario({{QStringLiteral("openReads"), true}});
        QCOMPARE(rawExchange(m_port, "GET", base("Group?_count=1"), {}).status, 200);
        QCOMPARE(
            rawExchange(m_port, "GET", base("Group/1"), {"Authorization: Bearer nonsense"}).status,
            200);
        QCOMPARE(rawExchange(m_port, "GET", base("Patient/pat-00001"), {}).status, 401);
        QCOMPARE(
            rawExchange(m_port, "GET", base("Group/1/$export"), {"Prefer: respond-async"}).status,
            401);
        QCOMPARE(rawExchange(m_port, "GET", base("Group/1/$export"),
                             {"Prefer: respond-async", "Authorization: Bearer nonsense"})
                     .status,
                 403);
        QVERIFY(!kickOff().isEmpty()); // the demo token still starts a job
    }
};

QTEST_GUILESS_MAIN(TestSandboxScenarios)
#include "tst_sandboxscenarios.moc"
