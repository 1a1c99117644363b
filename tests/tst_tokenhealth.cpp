// The token health check against the Sandbox: each verdict from the token an analyst has.
#include "TestServers.h"
#include "app/net/FhirClient.h"
#include "app/net/TokenHealthCheck.h"
#include "app/sandbox/SandboxHost.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

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
