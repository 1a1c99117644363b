// The token health check against the Sandbox: each verdict from the token an analyst has.
#include "TestServers.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/TokenHealthCheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

namespace {
QByteArray unsignedJwt(const QJsonObject &claims)
{
    const auto enc = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return enc(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS384")}}) + '.' + enc(claims) +
           ".c2ln";
}
} // namespace

class TestTokenHealth : public QObject
{
    Q_OBJECT
private:
    SandboxHost m_sandbox;
    QNetworkAccessManager m_nam;

    TokenHealthCheck::Result check(const QByteArray &token, const QUrl &base = {})
    {
        FhirClient client(&m_nam);
        client.setBaseUrl(base.isEmpty() ? m_sandbox.baseUrl() : base);
        QList<CallRecord> seen;
        connect(&client, &FhirClient::callFinished, this,
                [&seen](const CallRecord &r) { seen << r; });
        TokenHealthCheck health(&client);
        QSignalSpy done(&health, &TokenHealthCheck::finished);
        ServerProfile active = ServerProfile::sandbox();
        active.baseUrl = client.baseUrl();
        health.start(token, active, ServerProfile::builtIns());
        [&] { QVERIFY(done.wait(15000)); }();
        if (done.isEmpty())
            return {};
        const auto result = done.first().first().value<TokenHealthCheck::Result>();
        [&] {
            QVERIFY(result.callIds.size() >= 2); // metadata and at least one probe
            QCOMPARE(seen.first().url.path(),
                     client.baseUrl().path() + QStringLiteral("/metadata"));
            QVERIFY(!seen.first().hasRequestHeader("Authorization"));
            for (const CallRecord &r : seen)
                QVERIFY(result.callIds.contains(r.id));
        }();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TokenHealthCheck::Result>();
        QVERIFY(m_sandbox.start());
    }

    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("ok") << QByteArray() << QStringLiteral("ok"); // filled in below
        QTest::newRow("missing") << QByteArray() << QStringLiteral("missing");
        QTest::newRow("empty") << QByteArray("   \n") << QStringLiteral("empty");
        QTest::newRow("rejected") << QByteArray("opaque-token-the-gateway-does-not-know")
                                  << QStringLiteral("rejected");
        QTest::newRow("malformed")
            << QByteArray("eyJhbGciOiJSUzM4NCJ9.@@@") << QStringLiteral("malformed");
        QTest::newRow("expired") << QByteArray() << QStringLiteral("expired");
        QTest::newRow("wrong environment")
            << unsignedJwt(
                   {{QStringLiteral("aud"),
                     QStringLiteral("https://fhirtest.netsmartcloud.com/uscore/v1/bulk-data")},
                    {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 600}})
            << QStringLiteral("wrong-environment");
    }

    void verdicts()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, verdict);
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("ok"))
            token = m_sandbox.demoToken();
        if (QLatin1String(QTest::currentDataTag()) == QLatin1String("expired"))
            token = m_sandbox.mintToken(-600);
        const TokenHealthCheck::Result r = check(token);
        QCOMPARE(r.verdict, verdict);
        QVERIFY(TokenHealthCheck::verdicts().contains(r.verdict));
        QVERIFY(!r.summary.isEmpty());
        QCOMPARE(r.severity == Diagnosis::Severity::Error, verdict != QLatin1String("ok"));
    }

    void insufficientScope()
    {
        const auto r = check(m_sandbox.mintToken(600, QStringLiteral("system/Patient.read")));
        QCOMPARE(r.verdict, QStringLiteral("insufficient-scope"));
        QVERIFY(r.detail.contains(QStringLiteral("system/Patient.read")));
    }

    void claimsWinOverAnOpenServer_data()
    {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<QString>("verdict");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QTest::newRow("expired ten minutes ago")
            << QJsonObject{{QStringLiteral("exp"), now - 600}} << QStringLiteral("expired");
        QTest::newRow("not valid for an hour")
            << QJsonObject{{QStringLiteral("exp"), now + 7200}, {QStringLiteral("nbf"), now + 3600}}
            << QStringLiteral("not-yet-valid");
    }

    void claimsWinOverAnOpenServer()
    {
        // Like the SMART reference server: its probe endpoint does not check authorization, so
        // the probe passes. A token expired by its own claims is still not "ok".
        QFETCH(QJsonObject, claims);
        IgServer open;
        open.answer = [](const QHttpServerRequest &) {
            return IgServer::Answer{200,
                                    {{"Content-Type", "application/fhir+json"}},
                                    "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}"};
        };
        const quint16 port = open.start();
        const auto r =
            check(unsignedJwt(claims), QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(port)));
        QTEST(r.verdict, "verdict");
        QCOMPARE(r.severity, Diagnosis::Severity::Error);
        QVERIFY2(r.detail.contains(QStringLiteral("did not check it")), qPrintable(r.detail));
    }

    void anAcceptedProbeIsNotYetEvidence()
    {
        // The Sandbox protects everything: the probe accepted with the token is refused without
        // it, and only that makes the verdict ok.
        const auto r = check(m_sandbox.demoToken());
        QCOMPARE(r.verdict, QStringLiteral("ok"));
        QCOMPARE(r.callIds.size(), 3);
        QVERIFY2(r.detail.contains(QStringLiteral("Without the token the same request is refused")),
                 qPrintable(r.detail));
    }

    void openReadsAreNotEvidence_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<bool>("exportsWithoutToken");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("deletes");
        QTest::addColumn<bool>("otherOrigin");
        // Like the SMART reference server: Group search answers anyone; the kick-off wants a
        // token and refuses one it does not know. The export then fails with 401: so does the
        // verdict.
        QTest::newRow("token the kick-off refuses")
            << QByteArray("not-this-one") << false << QStringLiteral("rejected") << 0 << false;
        QTest::newRow("token the kick-off takes")
            << QByteArray("the-good-one") << false << QStringLiteral("ok") << 1 << false;
        // A status URL on another host gets its DELETE, but not the token.
        QTest::newRow("status URL on another origin")
            << QByteArray("the-good-one") << false << QStringLiteral("ok") << 1 << true;
        // A server that starts exports for anyone never shows it checks a token.
        QTest::newRow("exports without a token")
            << QByteArray("the-good-one") << true << QStringLiteral("unchecked") << 2 << false;
    }

    void openReadsAreNotEvidence()
    {
        QFETCH(QByteArray, token);
        QFETCH(bool, exportsWithoutToken);
        QFETCH(bool, otherOrigin);
        IgServer server;
        int jobs = 0;
        server.answer = [&](const QHttpServerRequest &req) {
            const QString path = req.url().path();
            const QByteArray auth = req.value("Authorization");
            if (path.endsWith(QLatin1String("/metadata")))
                return IgServer::Answer{
                    200,
                    {{"Content-Type", "application/fhir+json"}},
                    R"({"resourceType":"CapabilityStatement","fhirVersion":"4.0.1"})"};
            if (path.endsWith(QLatin1String("/Group")))
                return IgServer::Answer{200,
                                        {{"Content-Type", "application/fhir+json"}},
                                        R"({"resourceType":"Bundle","type":"searchset","entry":)"
                                        R"([{"resource":{"resourceType":"Group","id":"g1"}}]})"};
            if (path.startsWith(QLatin1String("/fhir/bulkstatus/")))
                return IgServer::Answer{202, {}, {}};
            if (path.endsWith(QLatin1String("/Group/g1/$export"))) {
                const bool allowed =
                    auth.isEmpty() ? exportsWithoutToken : auth == "Bearer the-good-one";
                if (!allowed)
                    return IgServer::Answer{
                        401,
                        {{"Content-Type", "application/fhir+json"}},
                        R"({"resourceType":"OperationOutcome","issue":[{"severity":"error",)"
                        R"("code":"security","diagnostics":"Invalid token"}]})"};
                const QByteArray status =
                    QByteArray(otherOrigin ? "http://localhost:" : "http://127.0.0.1:") +
                    QByteArray::number(req.url().port()) + "/fhir/bulkstatus/" +
                    QByteArray::number(++jobs);
                return IgServer::Answer{202, {{"Content-Location", status}}, {}};
            }
            return IgServer::Answer{404, {}, "no such path"};
        };
        const quint16 port = server.start();
        const auto r = check(token, QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(port)));
        QTEST(r.verdict, "verdict");
        int deletes = 0;
        bool kickOffWithoutToken = false;
        for (const IgServer::Seen &seen : std::as_const(server.seen)) {
            deletes += seen.method == "DELETE" ? 1 : 0;
            // The DELETE of a job the token started carries it, on the server's own origin only.
            if (seen.method == "DELETE" && !exportsWithoutToken)
                QCOMPARE(seen.hasHeader("Authorization"), !otherOrigin);
            if (seen.url.path().endsWith(QLatin1String("$export")) &&
                !seen.hasHeader("Authorization")) {
                kickOffWithoutToken = true;
                // The smallest job, never a reused one.
                QCOMPARE(QUrlQuery(seen.url).queryItemValue(QStringLiteral("_type")),
                         QStringLiteral("Patient"));
                QVERIFY(!QUrlQuery(seen.url).queryItemValue(QStringLiteral("_since")).isEmpty());
            }
        }
        QVERIFY(kickOffWithoutToken);
        QTEST(deletes, "deletes"); // every job the check started was cancelled at once
        QCOMPARE(r.severity == Diagnosis::Severity::Ok, r.verdict == QLatin1String("ok"));
        if (r.verdict == QLatin1String("unchecked")) {
            QCOMPARE(r.severity, Diagnosis::Severity::Warning);
            QVERIFY2(r.summary.contains(QStringLiteral("did not check the token")),
                     qPrintable(r.summary));
        }
    }

    void noProtectedCallToTry()
    {
        // Reads open to anyone and nothing to kick off: said plainly, never "ok".
        IgServer open;
        open.answer = [](const QHttpServerRequest &) {
            return IgServer::Answer{200,
                                    {{"Content-Type", "application/fhir+json"}},
                                    "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}"};
        };
        const quint16 port = open.start();
        const auto r =
            check("any-token", QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(port)));
        QCOMPARE(r.verdict, QStringLiteral("unchecked"));
        QCOMPARE(r.severity, Diagnosis::Severity::Warning);
        QVERIFY2(r.detail.contains(QStringLiteral("with the token and without it")),
                 qPrintable(r.detail));
    }

    void sandboxWithOpenReads_data()
    {
        QTest::addColumn<bool>("good");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("demo token") << true << QStringLiteral("ok");
        QTest::newRow("unknown token") << false << QStringLiteral("rejected");
    }

    void sandboxWithOpenReads()
    {
        QFETCH(bool, good);
        m_sandbox.configure([](SandboxServer *s) {
            SandboxScenario open;
            open.openReads = true;
            s->setScenario(open);
        });
        const auto r = check(good ? m_sandbox.demoToken() : QByteArray("opaque-and-unknown"));
        m_sandbox.configure([](SandboxServer *s) { s->setScenario(SandboxScenario()); });
        QTEST(r.verdict, "verdict");
        if (!good)
            QVERIFY2(r.detail.startsWith(QStringLiteral("Group reads answer here without a token; "
                                                        "the kick-off, which checks it, refused "
                                                        "it.")),
                     qPrintable(r.detail));
        // metadata, probe, the probe without the token, the kick-off without and with it, and
        // for a job started, its DELETE
        QCOMPARE(r.callIds.size(), good ? 6 : 5);
    }

    void unreachable()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        const auto r = check(m_sandbox.demoToken(),
                             QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(port)));
        QCOMPARE(r.verdict, QStringLiteral("unreachable"));
    }
};

QTEST_GUILESS_MAIN(TestTokenHealth)
#include "tst_tokenhealth.moc"
