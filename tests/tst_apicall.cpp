// The service layer against the Sandbox and against loopback servers that misbehave.
#include "TestServers.h"
#include "app/calls/HeaderCheck.h"
#include "app/calls/Redaction.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/session/GroupsBrowser.h"
#include "app/session/ServerSession.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

// Every text field of a record, to prove a secret appears in none of them.
QByteArray everything(const CallRecord &r)
{
    QByteArray all = r.method + r.url.toEncoded() + r.requestBody + r.body + r.requestIdSent +
                     r.diagnosis.summary.toUtf8() + r.diagnosis.detail.toUtf8() +
                     r.tokenFingerprint.toUtf8() + r.transportError.toUtf8();
    for (const auto &h : r.requestHeaders)
        all += h.first + h.second;
    for (const auto &h : r.responseHeaders)
        all += h.first + h.second;
    return all;
}

} // namespace

class TestApiCall : public QObject
{
    Q_OBJECT
private:
    SandboxHost m_sandbox;
    QNetworkAccessManager m_nam;

    QList<CallRecord> run(FhirClient &client, ApiRequest request)
    {
        QList<CallRecord> hops;
        auto conn = connect(&client, &FhirClient::callFinished, this,
                            [&hops](const CallRecord &r) { hops << r; });
        ApiCall *call = client.send(std::move(request));
        QSignalSpy finished(call, &ApiCall::finished);
        [&] { QVERIFY(finished.wait(15000)); }();
        disconnect(conn);
        return hops;
    }

    QList<CallRecord> get(FhirClient &client, const QString &path)
    {
        return run(client, client.prepare(QStringLiteral("test"), "GET", path));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void sandboxCallsAreRecordedAndExplained()
    {
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setAuthorization(AuthMode::None, {});
        auto hops = get(client, QStringLiteral("Group/1"));
        QCOMPARE(hops.size(), 1);
        CallRecord r = hops.first();
        QCOMPARE(*r.status, 401);
        QCOMPARE(r.diagnosis.code, QStringLiteral("gateway.unauthorized"));
        QVERIFY(r.gatewayError);
        QVERIFY(!r.hasRequestHeader("Authorization"));
        QVERIFY(r.elapsedMs >= 0);
        QCOMPARE(r.responseHeader("x-amzn-ErrorType"), QByteArray("UnauthorizedException"));

        client.setAuthorization(AuthMode::Bearer, m_sandbox.demoToken());
        r = get(client, QStringLiteral("Patient/123456")).first();
        QCOMPARE(*r.status, 404);
        QCOMPARE(r.diagnosis.code, QStringLiteral("fhir.not-found"));
        QVERIFY(r.outcome);
        QCOMPARE(r.outcome->issues.first().diagnostics,
                 QStringLiteral("HAPI-0436: Resource Patient/123456 is not known"));

        r = get(client, QStringLiteral("Group/1")).first();
        QCOMPARE(*r.status, 200);
        QCOMPARE(r.diagnosis.code, QStringLiteral("ok"));
        QVERIFY(r.body.contains("\"resourceType\":\"Group\""));
    }

    void expiredTokenIsExplainedWithItsTime()
    {
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setAuthorization(AuthMode::Bearer, m_sandbox.mintToken(-3 * 60));
        const CallRecord r = get(client, QStringLiteral("Group/1")).first();
        QCOMPARE(r.diagnosis.code, QStringLiteral("gateway.access-denied"));
        QVERIFY(r.auth.expiresAt.isValid());
        QCOMPARE(r.diagnosis.firstCause(), QStringLiteral("token.expired"));
        QVERIFY2(r.diagnosis.causes.first().summary.contains(QStringLiteral("3 min")),
                 qPrintable(r.diagnosis.causes.first().summary));
    }

    void tokenNeverReachesTheRecord()
    {
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        const QByteArray token = m_sandbox.demoToken();
        for (AuthMode mode :
             {AuthMode::Bearer, AuthMode::Raw, AuthMode::LowercaseBearer, AuthMode::Garbled}) {
            client.setAuthorization(mode, token);
            // Invalid/123456 makes the gateway quote the header back in its body.
            for (const QString &path :
                 {QStringLiteral("Group/1"), QStringLiteral("Invalid/123456")}) {
                const CallRecord r = get(client, path).first();
                const QByteArray all = everything(r);
                const QByteArray secretPart = token.mid(token.size() / 2, 24);
                if (path.startsWith(QLatin1String("Invalid")) && mode != AuthMode::Garbled)
                    QVERIFY2(r.bodyRedacted, r.body.constData());
                QVERIFY2(!all.contains(secretPart), qPrintable(authModeKey(mode) + path));
            }
        }
        client.setAuthorization(AuthMode::Bearer, token);
        const CallRecord r = get(client, QStringLiteral("Group/1")).first();
        QCOMPARE(r.requestHeader("Authorization"),
                 "Bearer <redacted: " + QByteArray::number(token.size()) + " chars, sha256 " +
                     Redaction::fingerprint(token).toLatin1() + '>');
        QCOMPARE(r.tokenFingerprint, Redaction::fingerprint(token));
        QCOMPARE(client.authorizationFor(r), "Bearer " + token);
    }

    void headersCrossTheWire()
    {
        ScriptedServer server;
        const quint16 port = server.start();
        FhirClient client(&m_nam);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/base").arg(port)));
        client.setFormat({"application/fhir+xml", true, true});
        client.setAuthorization(AuthMode::Empty, "ignored");
        ApiRequest req = client.prepare(QStringLiteral("t"), "GET", QStringLiteral("Group/1"), {},
                                        {{"X-Custom", "yes"}});
        req.requestId = "my-own-id";
        const CallRecord r = run(client, req).first();
        QCOMPARE(server.requests.size(), 1);
        const QByteArray wire = server.requests.first();
        QVERIFY2(wire.startsWith("GET /base/Group/1?_format=application/fhir%2Bxml HTTP/1.1") ||
                     wire.startsWith("GET /base/Group/1?_format=application/fhir+xml HTTP/1.1"),
                 wire.constData());
        QVERIFY(wire.contains("\r\nAccept: application/fhir+xml\r\n"));
        QVERIFY(wire.contains("\r\nContent-Type: application/fhir+xml\r\n"));
        QVERIFY(wire.contains("\r\nX-Request-ID: my-own-id\r\n"));
        QVERIFY(wire.contains("\r\nX-Custom: yes\r\n"));
        QVERIFY2(wire.contains("\r\nAuthorization: \r\n") ||
                     wire.contains("\r\nAuthorization:\r\n"),
                 wire.constData());
        QCOMPARE(r.requestIdSent, QByteArray("my-own-id"));
        QCOMPARE(r.authorizationMode, QStringLiteral("empty"));
    }

    void requestIdRoundTrip()
    {
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setAuthorization(AuthMode::Bearer, m_sandbox.demoToken());
        CallRecord r = get(client, QStringLiteral("Group/1")).first();
        QVERIFY(!QUuid::fromString(QLatin1String(r.requestIdSent)).isNull());
        QCOMPARE(r.requestIdFate(), CallRecord::RequestIdFate::Adopted);
        QCOMPARE(r.requestIdReceived, r.requestIdSent);

        ApiRequest req = client.prepare(QStringLiteral("t"), "GET", QStringLiteral("Group/1"));
        req.requestId = "analyst-trace-1";
        r = run(client, req).first();
        QCOMPARE(r.requestIdFate(), CallRecord::RequestIdFate::ReturnedAsCorrelation);
        QCOMPARE(r.correlationIdReceived, QByteArray("analyst-trace-1"));

        const QByteArray a = get(client, QStringLiteral("Group/1")).first().requestIdSent;
        const QByteArray b = get(client, QStringLiteral("Group/1")).first().requestIdSent;
        QVERIFY(a != b);
    }

    void redirectToAnotherOriginDropsAuthorization()
    {
        // 127.0.0.1 redirects to "localhost": same machine, another origin.
        ScriptedServer target;
        const quint16 targetPort = target.start();
        ScriptedServer origin;
        const quint16 originPort = origin.start();
        origin.response =
            "HTTP/1.1 302 Found\r\nLocation: http://localhost:" + QByteArray::number(targetPort) +
            "/file.ndjson\r\nContent-Length: 0\r\n\r\n";
        FhirClient client(&m_nam);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/base").arg(originPort)));
        client.setAuthorization(AuthMode::Bearer, "secret-token-123");
        const auto hops = get(client, QStringLiteral("Binary/1"));
        QCOMPARE(hops.size(), 2);
        QCOMPARE(*hops[0].status, 302);
        QCOMPARE(hops[0].diagnosis.code, QStringLiteral("http.redirect"));
        QCOMPARE(hops[0].redirectTo.port(), int(targetPort));
        QVERIFY(origin.requests.first().contains("Authorization: Bearer secret-token-123"));
        QCOMPARE(target.requests.size(), 1);
        QVERIFY2(!target.requests.first().contains("Authorization"),
                 target.requests.first().constData());
        QVERIFY(hops[1].auth.withheld);
        QCOMPARE(hops[1].hop, 1);
        QCOMPARE(*hops[1].status, 200);
        QVERIFY(hops[0].requestIdSent != hops[1].requestIdSent);
    }

    void redirectOnSameOriginKeepsAuthorization()
    {
        ScriptedServer server;
        const quint16 port = server.start();
        server.response =
            "HTTP/1.1 307 Temporary Redirect\r\nLocation: /other\r\nContent-Length: 0\r\n\r\n";
        FhirClient client(&m_nam);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/base").arg(port)));
        client.setAuthorization(AuthMode::Bearer, "tok");
        ApiRequest req = client.prepare(QStringLiteral("t"), "GET", QStringLiteral("x"));
        req.maxRedirects = 2;
        const auto hops = run(client, req);
        QCOMPARE(hops.size(), 3); // two redirects followed, the third answer is kept
        for (const QByteArray &wire : std::as_const(server.requests))
            QVERIFY(wire.contains("Authorization: Bearer tok"));
        QVERIFY(server.requests[1].startsWith("GET /other "));
    }

    void profileNamesOnlyItsOwnServer()
    {
        // The log's Server column shows the profile for calls to its server and the host for a
        // whole URL elsewhere: Sandbox calls and calls to another host must not look the same.
        FhirClient client(&m_nam);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/fhir")));
        client.setProfileName(QStringLiteral("Sandbox (built-in)"));
        QCOMPARE(client.prepare(QStringLiteral("t"), "GET", QStringLiteral("Group/1")).profile,
                 QStringLiteral("Sandbox (built-in)"));
        QCOMPARE(client
                     .prepare(QStringLiteral("t"), "GET",
                              QStringLiteral("http://127.0.0.1:8080/fhir/Binary/b"))
                     .profile,
                 QStringLiteral("Sandbox (built-in)"));
        QVERIFY(client
                    .prepare(QStringLiteral("t"), "GET",
                             QStringLiteral("https://files.example.invalid/a.ndjson"))
                    .profile.isEmpty());
        QVERIFY(client.prepare(QStringLiteral("t"), "GET", QStringLiteral("http://127.0.0.1:9/x"))
                    .profile.isEmpty());
    }

    void stalledServerTimesOut()
    {
        ScriptedServer server;
        server.mode = ScriptedServer::Mode::Stall;
        const quint16 port = server.start();
        FhirClient client(&m_nam);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client.setTimeoutMs(300);
        const CallRecord r = get(client, QStringLiteral("metadata")).first();
        QCOMPARE(r.transportErrorCode, QStringLiteral("transport.timeout"));
        QCOMPARE(r.diagnosis.code, QStringLiteral("transport.timeout"));
        QVERIFY(!r.status);
    }

    void refusedAndBadUrls()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 closedPort = probe.serverPort();
        probe.close();
        FhirClient client(&m_nam);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
        QCOMPARE(get(client, QStringLiteral("metadata")).first().diagnosis.code,
                 QStringLiteral("transport.refused"));
        QCOMPARE(get(client, QStringLiteral("ftp://127.0.0.1/x")).first().diagnosis.code,
                 QStringLiteral("transport.bad-url"));
        QCOMPARE(get(client, QStringLiteral("http://")).first().diagnosis.code,
                 QStringLiteral("transport.bad-url"));
    }

    void truncatedBodyKeepsWhatArrived()
    {
        ScriptedServer server;
        server.mode = ScriptedServer::Mode::Truncate;
        server.response = "HTTP/1.1 200 OK\r\nContent-Type: "
                          "application/fhir+ndjson\r\nContent-Length: 1000\r\n\r\n"
                          "{\"resourceType\":\"Patient\",\"id\":\"1\"}\n";
        const quint16 port = server.start();
        FhirClient client(&m_nam);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const CallRecord r = get(client, QStringLiteral("file")).first();
        QCOMPARE(r.transportErrorCode, QStringLiteral("transport.closed"));
        QVERIFY(r.body.startsWith("{\"resourceType\":\"Patient\""));
        QCOMPARE(*r.status, 200); // the status line arrived, the body did not
    }

    void largeBodySpillsToAFile()
    {
        ScriptedServer server;
        const QByteArray big(300 * 1024, 'x');
        server.response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
                          QByteArray::number(big.size()) + "\r\n\r\n" + big;
        const quint16 port = server.start();
        FhirClient client(&m_nam);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        ApiRequest req = client.prepare(QStringLiteral("t"), "GET", QStringLiteral("big"));
        req.bodyMemoryCap = 64 * 1024;
        const CallRecord r = run(client, req).first();
        QCOMPARE(r.bodySize, qint64(big.size()));
        QVERIFY(!r.bodyFile.isEmpty());
        QFile f(r.bodyFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), big);
        QVERIFY(r.body.size() <= 256 * 1024);
        QVERIFY(r.body.startsWith("xxxx"));
    }

    void spilledBodyIsPrivateAndRedacted()
    {
        // The token quoted back in a spilled answer, across the 64 KiB memory cap and across the
        // server's write boundaries: the file has the placeholder, never the token; the file is
        // 0600 in a 0700 folder.
        const QByteArray token = "spill-token-" + QByteArray(40, 'k') + "-END";
        QByteArray big;
        for (int i = 0; i < 6000; ++i)
            big += "line " + QByteArray::number(i) + " Bearer " + token + '\n';
        ScriptedServer server;
        server.response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
                          QByteArray::number(big.size()) + "\r\n\r\n" + big;
        const quint16 port = server.start();
        FhirClient client(&m_nam);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client.setAuthorization(AuthMode::Bearer, token);
        ApiRequest req = client.prepare(QStringLiteral("t"), "GET", QStringLiteral("big"));
        req.bodyMemoryCap = 64 * 1024;
        const CallRecord r = run(client, req).first();
        QVERIFY(r.bodyRedacted);
        QVERIFY(!r.bodyFile.isEmpty());
        QFile f(r.bodyFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray stored = f.readAll();
        QVERIFY(!stored.contains(token));
        QCOMPARE(stored.count("<redacted: "), qsizetype(6000));
        QVERIFY(!r.body.contains(token.left(20)));
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                    QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QFileInfo folder(QFileInfo(r.bodyFile).absolutePath());
        QCOMPARE(folder.permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther |
                                         QFileDevice::ReadGroup | QFileDevice::ExeGroup),
                 QFileDevice::Permissions());
    }

    void streamRedactorFindsSplitSecrets_data()
    {
        QTest::addColumn<int>("split");
        for (int split : {1, 2, 3, 7, 13, 64, 1000})
            QTest::newRow(QByteArray::number(split).constData()) << split;
    }

    void streamRedactorFindsSplitSecrets()
    {
        QFETCH(int, split);
        const QByteArray secret = "s3cr3t-t0ken";
        const QByteArray text =
            "a " + secret + " b " + secret + secret + " s3cr3t-t0k c s3cr3t-t0ke";
        Redaction::StreamRedactor redactor(secret);
        QByteArray out;
        for (qsizetype at = 0; at < text.size(); at += split)
            out += redactor.feed(text.mid(at, split));
        out += redactor.finish();
        QVERIFY(!out.contains(secret));
        QCOMPARE(out.count("<redacted: "), qsizetype(3));
        QVERIFY(out.endsWith(" s3cr3t-t0k c s3cr3t-t0ke")); // look-alikes pass unchanged
        QVERIFY(redactor.changed());
        // A preview that ends inside the secret loses that start.
        QByteArray preview = "x Bearer " + secret.left(9);
        QVERIFY(Redaction::secretIn(preview, secret));
        QCOMPARE(preview, QByteArray("x Bearer "));
    }

    void headerWithControlCharacterIsNotSent()
    {
        ScriptedServer server;
        const quint16 port = server.start();
        FhirClient client(&m_nam);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client.setAuthorization(AuthMode::Bearer, "abc\r\nX-Injected: yes");
        CallRecord r = get(client, QStringLiteral("x")).first();
        QCOMPARE(r.diagnosis.code, QStringLiteral("request.invalid-header"));
        QVERIFY2(r.transportError.contains(QStringLiteral("Authorization")),
                 qPrintable(r.transportError));
        QVERIFY(
            !r.transportError.contains(QStringLiteral("X-Injected"))); // the value is never quoted
        client.setAuthorization(AuthMode::Bearer, "fine");
        ApiRequest req = client.prepare(QStringLiteral("t"), "GET", QStringLiteral("x"), {},
                                        {{"X-Note", QByteArray("a\0b", 3)}});
        r = run(client, req).first();
        QCOMPARE(r.diagnosis.code, QStringLiteral("request.invalid-header"));
        QTest::qWait(100);
        QCOMPARE(server.requests.size(), 0);
    }

    void composerHeaderLines()
    {
        QString problem;
        const auto headers = HeaderCheck::parseLines(
            QStringLiteral("Prefer: respond-async\n\n  Cache-Control :  no-cache \nX-Empty:"),
            &problem);
        QVERIFY2(headers, qPrintable(problem));
        QCOMPARE(headers->size(), 3);
        QCOMPARE(headers->at(0), qMakePair(QByteArray("Prefer"), QByteArray("respond-async")));
        QCOMPARE(headers->at(1), qMakePair(QByteArray("Cache-Control"), QByteArray("no-cache")));
        QCOMPARE(headers->at(2), qMakePair(QByteArray("X-Empty"), QByteArray()));
        QVERIFY(!HeaderCheck::parseLines(QStringLiteral("no colon here"), &problem));
        QVERIFY2(problem.contains(QLatin1String("\"no colon here\"")), qPrintable(problem));
        QVERIFY(!HeaderCheck::parseLines(QStringLiteral("Bad Name: x"), &problem));
        QVERIFY(!HeaderCheck::parseLines(QStringLiteral(": x"), &problem));
        QVERIFY(!HeaderCheck::parseLines(QStringLiteral("Gr\u00fc\u00dfe: x"), &problem));
        // Authorization has a menu of its own (redacted, variants on purpose).
        QVERIFY(
            !HeaderCheck::parseLines(QStringLiteral("X-Ok: 1\nauthorization: Bearer x"), &problem));
        QVERIFY2(problem.contains(QLatin1String("Authorization menu")), qPrintable(problem));
    }

    void groupsBrowserPagesAndDropsStaleAnswers()
    {
        SandboxHost sandbox;
        QVERIFY(sandbox.start());
        FhirClient client(&m_nam);
        client.setBaseUrl(sandbox.baseUrl());
        client.setAuthorization(AuthMode::Bearer, sandbox.demoToken());
        GroupsBrowser browser(&client);
        QSignalSpy pages(&browser, &GroupsBrowser::pageRead);
        QSignalSpy searchFailed(&browser, &GroupsBrowser::searchFailed);
        QSignalSpy read(&browser, &GroupsBrowser::groupRead);
        QSignalSpy summaries(&browser, &GroupsBrowser::summaryRead);
        QSignalSpy summaryFailed(&browser, &GroupsBrowser::summaryFailed);
        // Page by page along the next link: the Sandbox's four Groups in two pages.
        browser.searchPage(GroupsBrowser::firstPage(2));
        QVERIFY(browser.isBusy());
        QTRY_COMPARE(pages.size(), 1);
        auto page = pages.at(0).at(0).value<GroupsBrowser::Page>();
        QCOMPARE(page.groups.size(), 2);
        QVERIFY(!page.next.isEmpty());
        browser.searchPage(page.next.toString());
        QTRY_COMPARE(pages.size(), 2);
        page = pages.at(1).at(0).value<GroupsBrowser::Page>();
        QCOMPARE(page.groups.size(), 2);
        QVERIFY(page.next.isEmpty());
        QVERIFY(!browser.isBusy());
        // Another Group selected before the first arrived: only the last is reported, parsed.
        browser.readGroup(QStringLiteral("1"));
        browser.readGroup(QStringLiteral("4"));
        QTRY_VERIFY(!browser.isBusy());
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.at(0).at(0).toString(), QStringLiteral("4"));
        const auto group = read.at(0).at(1).value<GroupMembers>();
        QCOMPARE(group.info.id, QStringLiteral("4"));
        QVERIFY(group.members.size() > 0);
        QCOMPARE(group.info.members, group.members.size());
        // A summary by id, and one that does not exist.
        browser.readSummary(QStringLiteral("2"));
        browser.readSummary(QStringLiteral("no-such-group"));
        QTRY_VERIFY(!browser.isBusy());
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.at(0).at(1).value<GroupInfo>().id, QStringLiteral("2"));
        QCOMPARE(summaryFailed.size(), 1);
        QCOMPARE(summaryFailed.at(0).at(0).toString(), QStringLiteral("no-such-group"));
        // Another server: what was asked of the old one is dropped.
        browser.searchPage(GroupsBrowser::firstPage(2));
        browser.readGroup(QStringLiteral("2"));
        browser.reset();
        QVERIFY(!browser.isBusy());
        QTest::qWait(300);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(read.size(), 1);
        // A refused search says why.
        client.setAuthorization(AuthMode::None, {});
        browser.searchPage(GroupsBrowser::firstPage(2));
        QTRY_COMPARE(searchFailed.size(), 1);
        QCOMPARE(searchFailed.at(0).at(1).toInt(), 401);
        QVERIFY(!searchFailed.at(0).at(0).toString().isEmpty());
    }

    void serverSessionReadsTheStatementOnce()
    {
        // The panes share one CapabilityStatement: read once per server, again on request, and
        // an answer for a server the user has left does not replace the current one.
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        ServerSession session(&client);
        int calls = 0;
        connect(&client, &FhirClient::callFinished, this, [&calls] { ++calls; });
        QSignalSpy changed(&session, &ServerSession::statementChanged);
        session.ensureLoaded();
        QVERIFY(session.isLoading());
        QVERIFY(changed.wait(10000));
        QVERIFY(session.statement());
        QVERIFY(session.statement()->resourceTypes().contains(QStringLiteral("Group")));
        QCOMPARE(calls, 1);
        session.ensureLoaded(); // already read for this server: no call
        QTest::qWait(50);
        QCOMPARE(calls, 1);
        // A server without one: the problem is said; then back, and a stale answer is dropped.
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/none")));
        session.ensureLoaded();
        client.setBaseUrl(m_sandbox.baseUrl());
        session.load();
        QTRY_COMPARE(changed.count(), 2);
        QTest::qWait(100);
        QCOMPARE(changed.count(), 2); // the refused first answer never arrived as a change
        QVERIFY(session.statement());
    }

    void cancelIsRecorded()
    {
        ScriptedServer server;
        server.mode = ScriptedServer::Mode::Stall;
        const quint16 port = server.start();
        FhirClient client(&m_nam);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        ApiCall *call =
            client.send(client.prepare(QStringLiteral("t"), "GET", QStringLiteral("x")));
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE(server.requests.size(), 1);
        call->cancel();
        QTRY_COMPARE(finished.count(), 1);
        const CallRecord r = finished.first().first().value<CallRecord>();
        QCOMPARE(r.diagnosis.code, QStringLiteral("transport.cancelled"));
        QVERIFY(r.cancelled);
    }
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
