// The session layer: connecting to a profile (ProfileConnector), as the window and every
// fhir-bulk command do: the Sandbox started and its URL used, a profile's CA bundle trusted (or
// said in words when it cannot be read), the proxy and its password from the keychain, the
// known servers (a stopped Sandbox is none), the profile's name on every call.
#include "TestCertificates.h"
#include "TestProxy.h"

#include "app/auth/SecretBackend.h"
#include "app/auth/TokenStore.h"
#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/session/ProfileConnector.h"
#include "app/session/ProfileStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSslServer>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Everything one connection needs, in throw-away places: settings in a temporary file, secrets
// in memory, a Sandbox not started until a profile asks for it.
struct Session
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    ProfileStore profiles{&settings};
    SandboxHost sandbox;
    QNetworkAccessManager nam;
    FhirClient client{&nam};
    MemorySecretBackend memory;
    TokenStore secrets{&memory};
    ProfileConnector connector{&client, &profiles, &sandbox, &secrets};
};

CallRecord get(FhirClient &client, const QString &path)
{
    CallRecord last;
    const auto conn = QObject::connect(&client, &FhirClient::callFinished,
                                       [&last](const CallRecord &r) { last = r; });
    ApiCall *call = client.send(client.prepare(QStringLiteral("test"), "GET", path));
    QSignalSpy finished(call, &ApiCall::finished);
    [&] { QVERIFY(finished.wait(15000)); }();
    QObject::disconnect(conn);
    return last;
}

ServerProfile custom(const QString &name, const QString &baseUrl)
{
    ServerProfile p;
    p.name = name;
    p.baseUrl = QUrl(baseUrl);
    p.environment = ServerProfile::Environment::Preview;
    return p;
}

bool knows(const KnownServers &known, const QString &name, const QUrl &url = {})
{
    for (const auto &[n, u] : known) {
        if (n == name && (url.isEmpty() || u == url))
            return true;
    }
    return false;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theSandboxProfileStartsTheSandboxAndUsesItsUrl()
    {
        Session s;
        QVERIFY(!s.sandbox.isRunning());
        const ConnectResult r = s.connector.connectTo(ServerProfile::sandbox());
        QVERIFY2(r.problems().isEmpty(), qPrintable(r.problems().join(u'\n')));
        QVERIFY(s.sandbox.isRunning());
        QVERIFY(!r.baseUrl().isEmpty());
        QCOMPARE(r.baseUrl(), s.sandbox.baseUrl());
        QCOMPARE(s.client.baseUrl(), s.sandbox.baseUrl());
        QVERIFY(!r.waitsForProxyPassword);
        // A call goes there, with the profile's name on its record.
        const CallRecord metadata = get(s.client, QStringLiteral("metadata"));
        QCOMPARE(metadata.status.value_or(0), 200);
        QCOMPARE(metadata.profile, ServerProfile::sandbox().name);
        QCOMPARE(r.profileName, ServerProfile::sandbox().name);
        // Connecting again keeps the same Sandbox (its tokens stay good).
        const QUrl first = r.baseUrl();
        QCOMPARE(s.connector.connectTo(ServerProfile::sandbox()).baseUrl(), first);
    }

    void aProfilesCaBundleIsTrustedOrSaidInWords()
    {
        // An HTTPS server whose certificate a private CA signed: the profile that names the
        // CA's PEM file reaches it; one whose file is missing says so in words, and its calls
        // have the system's trust alone (refused: the issuer is unknown).
        QTemporaryDir certs;
        QVERIFY(TestCertificates::make(certs.path()));
        QSslServer server;
        QVERIFY(TestCertificates::serveGroup(server, certs.path()));
        const QString base = QStringLiteral("https://127.0.0.1:%1/fhir").arg(server.serverPort());
        Session s;
        ServerProfile trusted = custom(QStringLiteral("Private CA"), base);
        trusted.caBundle = certs.filePath(QStringLiteral("ca.pem"));
        ConnectResult r = s.connector.connectTo(trusted);
        QVERIFY2(r.trustProblem.isEmpty(), qPrintable(r.trustProblem));
        QCOMPARE(get(s.client, QStringLiteral("Group/1")).status.value_or(0), 200);

        ServerProfile missing = trusted;
        missing.caBundle = certs.filePath(QStringLiteral("gone.pem"));
        r = s.connector.connectTo(missing);
        QVERIFY2(r.trustProblem.contains(QLatin1String("CA bundle")) &&
                     r.trustProblem.contains(QLatin1String("gone.pem")) &&
                     r.trustProblem.contains(QLatin1String("not used")),
                 qPrintable(r.trustProblem));
        QCOMPARE(r.problems(), QStringList{r.trustProblem});
        const CallRecord refused = get(s.client, QStringLiteral("Group/1"));
        QVERIFY(!refused.status.has_value());
        QCOMPARE(refused.diagnosis.code, QStringLiteral("transport.tls"));

        // --cacert's file: the same rule, said as the extra bundle it is; one that is no PEM
        // (a text file) is not used either.
        ConnectOptions options;
        options.extraCaBundle = certs.filePath(QStringLiteral("san.ext"));
        r = s.connector.connectTo(custom(QStringLiteral("Plain"), base), options);
        QVERIFY2(r.trustProblem.contains(QLatin1String("san.ext")) &&
                     r.trustProblem.contains(QLatin1String("no PEM certificate")),
                 qPrintable(r.trustProblem));
        options.extraCaBundle = certs.filePath(QStringLiteral("ca.pem"));
        r = s.connector.connectTo(custom(QStringLiteral("Plain"), base), options);
        QVERIFY(r.trustProblem.isEmpty());
        QCOMPARE(get(s.client, QStringLiteral("Group/1")).status.value_or(0), 200);
    }

    void aProfilesProxyGetsItsPasswordFromTheKeychain()
    {
        // A proxy that wants Basic credentials, named by the profile with a user: the password
        // comes from the keychain, and ready() says when the server can be read.
        Session s;
        QVERIFY(s.sandbox.start());
        TestProxy proxy;
        proxy.start();
        proxy.requiredCredentials = "alice:proxy-s3cret";
        ServerProfile profile = custom(QStringLiteral("Behind a proxy"), {});
        profile.baseUrl = s.sandbox.baseUrl(); // a server the proxy can reach
        QString problem;
        profile.proxy = ProxySetting::parse(
            QStringLiteral("http://alice@127.0.0.1:%1").arg(proxy.serverPort()), &problem);
        QVERIFY(problem.isEmpty());
        profile.id = s.profiles.saveCustom(profile);
        s.secrets.save(TokenStore::proxyPasswordKey(profile.id), "proxy-s3cret");

        QSignalSpy ready(&s.connector, &ProfileConnector::ready);
        const ConnectResult r = s.connector.connectTo(profile);
        QVERIFY(r.waitsForProxyPassword);
        QCOMPARE(r.proxy, profile.proxy);
        QCOMPARE(ready.count(), 0); // never before connectTo() returned
        QVERIFY(ready.wait(5000));
        const auto answer = ready.takeFirst().at(0).value<ConnectResult>();
        QCOMPARE(answer.profile.id, profile.id);
        QVERIFY(!answer.waitsForProxyPassword);
        QVERIFY(answer.proxyProblem.isEmpty());
        const CallRecord metadata = get(s.client, QStringLiteral("metadata"));
        QVERIFY2(metadata.status.value_or(0) == 200, qPrintable(metadata.diagnosis.summary));
        QVERIFY(proxy.authorized > 0);

        // Another connection before the keychain answered: the late answer is not wanted and
        // no ready() comes for it; only the newest connection's.
        s.connector.connectTo(profile);
        s.connector.connectTo(ServerProfile::sandbox());
        s.connector.connectTo(profile);
        QVERIFY(ready.wait(5000));
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 1);

        // --noproxy (an option of the same call): direct, with nothing to wait for.
        ConnectOptions direct;
        direct.proxy = ProxySetting{};
        direct.proxy->mode = ProxySetting::Mode::None;
        const int through = int(proxy.requestLines.size());
        const ConnectResult d = s.connector.connectTo(profile, direct);
        QVERIFY(!d.waitsForProxyPassword);
        QCOMPARE(d.proxy.mode, ProxySetting::Mode::None);
        QCOMPARE(s.client.proxy().mode, ProxySetting::Mode::None);
        QCOMPARE(get(s.client, QStringLiteral("metadata")).status.value_or(0), 200);
        QCOMPARE(int(proxy.requestLines.size()), through); // not through the proxy
    }

    void aStoppedSandboxIsNoKnownServer()
    {
        // The rule: every profile is a known server at its base URL; the Sandbox only while it
        // runs, at the port it listens on.
        const QList<ServerProfile> all = ServerProfile::builtIns();
        const QString sandboxName = ServerProfile::sandbox().name;
        KnownServers known = ProfileConnector::knownServers(all, {});
        QVERIFY(!knows(known, sandboxName));
        QVERIFY(knows(known, all.at(1).name, all.at(1).baseUrl));
        QCOMPARE(known.size(), all.size() - 1);
        const QUrl running(QStringLiteral("http://127.0.0.1:4711/fhir"));
        known = ProfileConnector::knownServers(all, running);
        QVERIFY(knows(known, sandboxName, running));
        QCOMPARE(known.size(), all.size());

        // Through connectTo: a custom profile while the Sandbox has not started, then after.
        Session s;
        const ServerProfile mine =
            custom(QStringLiteral("Mine"), QStringLiteral("https://x.test/fhir"));
        ConnectResult r = s.connector.connectTo(mine);
        QVERIFY(!s.sandbox.isRunning());
        QVERIFY(!knows(r.knownServers, sandboxName));
        QVERIFY(knows(r.knownServers, all.at(2).name, all.at(2).baseUrl));
        s.connector.connectTo(ServerProfile::sandbox());
        r = s.connector.connectTo(mine);
        QVERIFY(knows(r.knownServers, sandboxName, s.sandbox.baseUrl()));
        QCOMPARE(r.profileName, QStringLiteral("Mine"));
    }

    void aBaseUrlIsAProfileOfItsOwn()
    {
        // --base: the server named, under its host's name, nothing of the profile's (its CA
        // bundle, its proxy) and no Sandbox started.
        Session s;
        ServerProfile profile = ServerProfile::sandbox();
        profile.caBundle = s.dir.filePath(QStringLiteral("never-read.pem"));
        ConnectOptions options;
        options.base = QUrl(QStringLiteral("https://fhir.example.test/r4"));
        const ConnectResult r = s.connector.connectTo(profile, options);
        QVERIFY(r.problems().isEmpty());
        QVERIFY(!s.sandbox.isRunning());
        QCOMPARE(r.profile.id, QStringLiteral("command-line"));
        QCOMPARE(r.profileName, QStringLiteral("fhir.example.test"));
        QCOMPARE(s.client.baseUrl(), options.base);
        QCOMPARE(r.proxy.mode, ProxySetting::Mode::System);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
