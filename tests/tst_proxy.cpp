// Calls through proxies, against a real loopback proxy (tests/TestProxy.h): the proxy named on
// the record, credentials sent only to the proxy and never recorded, and a cause for each way a
// proxy fails (407, nothing listening, a stall, its own HTML page in the server's place).
#include "TestProxy.h"
#include "TestServers.h"
#include "app/history/RecordJson.h"
#include "app/net/FhirClient.h"
#include "app/net/ProxyChoice.h"
#include "app/sandbox/SandboxHost.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestProxyCalls : public QObject
{
    Q_OBJECT
private:
    SandboxHost m_sandbox;

    static CallRecord get(FhirClient &client, const QString &path)
    {
        CallRecord last;
        auto conn =
            connect(&client, &FhirClient::callFinished, [&last](const CallRecord &r) { last = r; });
        ApiCall *call = client.send(client.prepare(QStringLiteral("test"), "GET", path));
        QSignalSpy finished(call, &ApiCall::finished);
        [&] { QVERIFY(finished.wait(15000)); }();
        disconnect(conn);
        return last;
    }

    static CallRecord getOnLane(FhirClient &client, const QString &path, int lane)
    {
        CallRecord last;
        auto conn =
            connect(&client, &FhirClient::callFinished, [&last](const CallRecord &r) { last = r; });
        ApiCall *call = client.send(client.prepare(QStringLiteral("test"), "GET", path), lane);
        QSignalSpy finished(call, &ApiCall::finished);
        [&] { QVERIFY(finished.wait(15000)); }();
        disconnect(conn);
        return last;
    }

    static ProxySetting named(const QString &url)
    {
        QString problem;
        const ProxySetting s = ProxySetting::parse(url, &problem);
        if (!problem.isEmpty())
            qFatal("%s", qPrintable(problem));
        return s;
    }

    static QStringList causes(const CallRecord &r)
    {
        QStringList codes;
        for (const Cause &c : r.diagnosis.causes)
            codes << c.code;
        return codes;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void settingsParseAsCurlWritesThem()
    {
        QString problem, password;
        ProxySetting s = ProxySetting::parse(QStringLiteral("proxy.corp:8080"), &problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(s.mode, ProxySetting::Mode::Http);
        QCOMPARE(s.host, QStringLiteral("proxy.corp"));
        QCOMPARE(s.port, quint16(8080));
        s = ProxySetting::parse(QStringLiteral("socks5://alice:pw@10.0.0.1"), &problem, &password);
        QCOMPARE(s.mode, ProxySetting::Mode::Socks5);
        QCOMPARE(s.port, quint16(1080));
        QCOMPARE(s.user, QStringLiteral("alice"));
        QCOMPARE(password, QStringLiteral("pw"));
        QVERIFY(!s.toString().contains(QLatin1String("pw"))); // what settings keep: no password
        QCOMPARE(ProxySetting::parse(s.toString(), nullptr), s);
        QCOMPARE(ProxySetting::parse(QStringLiteral("none"), nullptr).mode,
                 ProxySetting::Mode::None);
        QCOMPARE(ProxySetting::parse(QString(), nullptr).mode, ProxySetting::Mode::System);
        ProxySetting::parse(QStringLiteral("ftp://x:1"), &problem);
        QVERIFY2(problem.contains(QLatin1String("not a proxy")), qPrintable(problem));
    }

    void callsGoThroughTheNamedProxy()
    {
        // Plain HTTP through an HTTP proxy: the request goes to the proxy in absolute form, the
        // record names the proxy and what chose it; "none" goes direct again.
        TestProxy proxy;
        proxy.start();
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setProxy(named(proxy.url()), {});
        CallRecord r = get(client, QStringLiteral("metadata"));
        QCOMPARE(r.status.value_or(0), 200);
        QCOMPARE(proxy.requestLines.size(), 1);
        QVERIFY2(proxy.requestLines.first().startsWith("GET " + m_sandbox.baseUrl().toEncoded() +
                                                       "/metadata"),
                 proxy.requestLines.first().constData());
        QCOMPARE(r.proxy, proxy.url());
        QCOMPARE(r.proxySetting, proxy.url());
        QCOMPARE(r.responseHeader("Via"), QByteArray("1.1 test-proxy"));
        client.setProxy(named(QStringLiteral("none")), {});
        r = get(client, QStringLiteral("metadata"));
        QCOMPARE(r.status.value_or(0), 200);
        QCOMPARE(proxy.requestLines.size(), 1); // not through the proxy
        QVERIFY(r.proxy.isEmpty());
        QCOMPARE(r.proxySetting, QStringLiteral("none"));
        // The system's settings never send the loopback Sandbox through a proxy.
        client.setProxy({}, {});
        r = get(client, QStringLiteral("metadata"));
        QVERIFY(r.proxy.isEmpty());
        QCOMPARE(r.proxySetting, QStringLiteral("system"));
    }

    void downloadLanesGoTheClientsWay()
    {
        // Parallel HTTPS downloads each get a network manager of their own (a lane): a lane
        // made before the proxy was named and one made after both go through it, and "none"
        // takes both off it again.
        TestProxy proxy;
        proxy.start();
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        CallRecord r = getOnLane(client, QStringLiteral("metadata"), 1);
        QCOMPARE(r.status.value_or(0), 200);
        QCOMPARE(proxy.requestLines.size(), 0);
        client.setProxy(named(proxy.url()), {});
        for (int lane : {1, 3}) {
            r = getOnLane(client, QStringLiteral("metadata"), lane);
            QCOMPARE(r.status.value_or(0), 200);
            QCOMPARE(r.proxy, proxy.url());
            QCOMPARE(r.proxySetting, proxy.url());
        }
        QCOMPARE(proxy.requestLines.size(), 2);
        client.setProxy(named(QStringLiteral("none")), {});
        r = getOnLane(client, QStringLiteral("metadata"), 3);
        QCOMPARE(r.status.value_or(0), 200);
        QCOMPARE(proxy.requestLines.size(), 2);
        QCOMPARE(r.proxySetting, QStringLiteral("none"));
    }

    void proxyCredentialsGoToTheProxyOnly()
    {
        // A proxy that wants Basic credentials: without them a 407, said as proxy.auth-required;
        // with them the call passes, and the password is on no record.
        TestProxy proxy;
        proxy.start();
        const QByteArray password =
            "proxy-s3cret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        proxy.requiredCredentials = "alice:" + password;
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        const QString url = QStringLiteral("http://alice@127.0.0.1:%1").arg(proxy.serverPort());
        client.setProxy(named(url), {});
        CallRecord r = get(client, QStringLiteral("metadata"));
        QCOMPARE(r.diagnosis.code, QStringLiteral("transport.proxy"));
        QCOMPARE(causes(r).value(0), QStringLiteral("proxy.auth-required"));
        QVERIFY2(r.diagnosis.causes.first().summary.contains(QLatin1String("407")),
                 qPrintable(r.diagnosis.causes.first().summary));
        client.setProxy(named(url), QString::fromLatin1(password));
        r = get(client, QStringLiteral("metadata"));
        QVERIFY2(r.status.value_or(0) == 200, qPrintable(r.diagnosis.summary));
        QVERIFY(proxy.authorized > 0);
        QCOMPARE(r.proxy, url); // the user, never the password
        const QByteArray json = QJsonDocument(RecordJson::toJson(r, 1 << 20)).toJson();
        QVERIFY(!json.contains(password));
        QVERIFY(!json.contains(password.toBase64()));
    }

    void aProxyThatIsNotThereIsSaid()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setProxy(named(QStringLiteral("http://127.0.0.1:%1").arg(port)), {});
        const CallRecord r = get(client, QStringLiteral("metadata"));
        QCOMPARE(r.diagnosis.code, QStringLiteral("transport.proxy"));
        QCOMPARE(causes(r), QStringList{QStringLiteral("proxy.refused")});
        QVERIFY(r.diagnosis.causes.first().summary.contains(QString::number(port)));
    }

    void aStalledProxyTimesOut()
    {
        TestProxy proxy;
        proxy.mode = TestProxy::Mode::Stall;
        proxy.start();
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setTimeoutMs(700);
        client.setProxy(named(proxy.url()), {});
        const CallRecord r = get(client, QStringLiteral("metadata"));
        QCOMPARE(r.diagnosis.code, QStringLiteral("transport.timeout"));
        QCOMPARE(causes(r).value(0), QStringLiteral("proxy.timeout"));
    }

    void throughASocks5Proxy()
    {
        // SOCKS5 without and with a login: the record names the proxy; a wrong or missing
        // password is proxy.auth-required, the right one passes.
        TestSocks5 socks;
        socks.start();
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setProxy(named(socks.url()), {});
        CallRecord r = get(client, QStringLiteral("metadata"));
        QVERIFY2(r.status.value_or(0) == 200, qPrintable(r.diagnosis.summary));
        QCOMPARE(socks.connects, 1);
        QCOMPARE(r.proxy, socks.url());
        socks.requiredCredentials = "carol:socks-pw";
        client.setProxy(named(socks.url(QStringLiteral("carol"))), QStringLiteral("wrong"));
        r = get(client, QStringLiteral("metadata"));
        QCOMPARE(r.diagnosis.code, QStringLiteral("transport.proxy"));
        QCOMPARE(causes(r).value(0), QStringLiteral("proxy.auth-required"));
        QVERIFY(socks.refusedLogins > 0);
        client.setProxy(named(socks.url(QStringLiteral("carol"))), QStringLiteral("socks-pw"));
        r = get(client, QStringLiteral("metadata"));
        QVERIFY2(r.status.value_or(0) == 200, qPrintable(r.diagnosis.summary));
        QCOMPARE(r.proxy, socks.url(QStringLiteral("carol")));
    }

    void aProxysOwnPageIsNotTheServers()
    {
        // A proxy that answers with its block page: an HTML 403, and the first cause says the
        // page is the proxy's, not the server's (no gateway or FHIR words for it).
        TestProxy proxy;
        proxy.mode = TestProxy::Mode::BlockPage;
        proxy.start();
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setProxy(named(proxy.url()), {});
        const CallRecord r = get(client, QStringLiteral("Group/1"));
        QCOMPARE(r.status.value_or(0), 403);
        QCOMPARE(causes(r).value(0), QStringLiteral("proxy.rewrote"));
        QVERIFY2(r.diagnosis.causes.first().evidence.contains(QLatin1String("test-proxy")),
                 qPrintable(r.diagnosis.causes.first().evidence));
    }

    void aPortalsLoginPageIsNoSuccess()
    {
        // A network portal (or a proxy) that answers plain HTTP with its login page and a 200:
        // the call is no success but http.not-fhir, and its cause names the proxy.
        TestProxy portal;
        portal.mode = TestProxy::Mode::LoginPage;
        portal.start();
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setProxy(named(portal.url()), {});
        const CallRecord r = get(client, QStringLiteral("Group/1"));
        QCOMPARE(r.status.value_or(0), 200);
        QCOMPARE(r.diagnosis.code, QStringLiteral("http.not-fhir"));
        QCOMPARE(r.diagnosis.severity, Diagnosis::Severity::Warning);
        QCOMPARE(causes(r).value(0), QStringLiteral("proxy.rewrote"));
        // The same server straight: FHIR (its 401 for a call without a token).
        client.setProxy(ProxySetting(), {});
        QCOMPARE(get(client, QStringLiteral("Group/1")).diagnosis.code,
                 QStringLiteral("gateway.unauthorized"));
    }
};

QTEST_GUILESS_MAIN(TestProxyCalls)
#include "tst_proxy.moc"
