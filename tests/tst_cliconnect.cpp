// fhir-bulk reaching a server as a user sets it up: --proxy and --noproxy, TLS chains and
// --cacert, a saved profile connected as the window connects it.
#include "CliFixture.h"

class TestCliConnect : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("FBX_CLI").isEmpty());
        QVERIFY(m_sandbox.start());
    }

    void proxiesFromTheCommandLine()
    {
        // HTTPS through a CONNECT proxy that wants credentials: the password from the environment
        // (never the command line, where a warning says why), the proxy in --json, a 407 said as
        // proxy.auth-required; --noproxy goes direct; a --proxy that is no proxy is refused.
        QTemporaryDir dir;
        QVERIFY(TestCertificates::make(dir.path()));
        QSslServer server;
        QVERIFY(TestCertificates::serveGroup(server, dir.path()));
        TestProxy proxy;
        proxy.requiredCredentials = "bob:proxy-pw-42";
        proxy.start();
        const QString proxyUrl = QStringLiteral("http://bob@127.0.0.1:%1").arg(proxy.serverPort());
        const QStringList get = tlsGet(server, dir.path());
        const QStringList viaProxy = get + QStringList{QStringLiteral("--proxy"), proxyUrl};
        Result r = cliServing(viaProxy, {QStringLiteral("FHIR_BULK_PROXY_PASSWORD=proxy-pw-42")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("proxy")).toString(), proxyUrl);
        QVERIFY2(proxy.requestLines.value(0).startsWith("CONNECT 127.0.0.1:" +
                                                        QByteArray::number(server.serverPort())),
                 proxy.requestLines.value(0).constData());
        QVERIFY(proxy.authorized > 0);
        QVERIFY(!(r.out + r.err).contains("proxy-pw-42"));
        // No password: the proxy's 407.
        r = cliServing(viaProxy);
        QCOMPARE(r.exitCode, 2);
        o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject diagnosis = o.value(QLatin1String("diagnosis")).toObject();
        QCOMPARE(diagnosis.value(QLatin1String("code")).toString(),
                 QStringLiteral("transport.proxy"));
        QCOMPARE(diagnosis.value(QLatin1String("causes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("proxy.auth-required"));
        // A password in the URL works, with a warning.
        r = cliServing(get + QStringList{QStringLiteral("--proxy"),
                                         QStringLiteral("http://bob:proxy-pw-42@127.0.0.1:%1")
                                             .arg(proxy.serverPort())});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.err.contains("FHIR_BULK_PROXY_PASSWORD"), r.err.constData());
        QVERIFY(!r.out.contains("proxy-pw-42"));
        // --noproxy: straight to the server.
        const qsizetype seen = proxy.requestLines.size();
        r = cliServing(get + QStringList{QStringLiteral("--noproxy")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(proxy.requestLines.size(), seen);
        QVERIFY(!QJsonDocument::fromJson(r.out).object().contains(QLatin1String("proxy")));
        r = cliServing(get + QStringList{QStringLiteral("--proxy"), QStringLiteral("ftp://x:1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not a proxy"), r.err.constData());
        r = cliServing(viaProxy + QStringList{QStringLiteral("--noproxy")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("contradict"), r.err.constData());
        // A portal's login page (a 200 web page) is no answer: exit 1, said as http.not-fhir.
        TestProxy portal;
        portal.mode = TestProxy::Mode::LoginPage;
        portal.start();
        r = cliServing({QStringLiteral("get"), QStringLiteral("Group/1"), QStringLiteral("--json"),
                        QStringLiteral("--proxy"), portal.url()});
        QVERIFY2(r.exitCode == 1, (r.out + r.err).constData());
        QCOMPARE(codeOf(r), QStringLiteral("http.not-fhir"));
        // token get reaches the token endpoint through the proxy too.
        TestProxy open;
        open.start();
        r = cliServing({QStringLiteral("token"), QStringLiteral("get"), QStringLiteral("--print"),
                        QStringLiteral("--proxy"), open.url()});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        bool tokenCall = false;
        for (const QByteArray &line : std::as_const(open.requestLines))
            tokenCall = tokenCall || (line.startsWith("POST http://127.0.0.1:") &&
                                      line.contains("/oauth/token"));
        QVERIFY2(tokenCall, open.requestLines.join('\n').constData());
    }

    void aChainThroughAnIntermediate()
    {
        // A server that sends its certificate and the intermediate CA that signed it: trusted with
        // the root alone (--cacert), both certificates in --json, leaf first. A server that
        // forgets its intermediate is refused, and the cause says the chain is incomplete.
        QTemporaryDir dir;
        QVERIFY(TestCertificates::make(dir.path()));
        QVERIFY(TestCertificates::makeChain(dir.path()));
        QSslServer server;
        QVERIFY(TestCertificates::serveGroup(server, dir.path(), QStringLiteral("chain.pem")));
        QCOMPARE(server.sslConfiguration().localCertificateChain().size(), 2);
        const QStringList get = tlsGet(server, dir.path());
        Result r = cliServing(get);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QJsonArray chain =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("certificates")).toArray();
        QVERIFY2(chain.size() >= 2, r.out.constData());
        QCOMPARE(chain.at(0).toObject().value(QLatin1String("issuer")).toString(),
                 QStringLiteral("CN=Test Intermediate CA"));
        QCOMPARE(chain.at(1).toObject().value(QLatin1String("subject")).toString(),
                 QStringLiteral("CN=Test Intermediate CA"));
        QCOMPARE(chain.at(1).toObject().value(QLatin1String("issuer")).toString(),
                 QStringLiteral("CN=Test CA"));
        // The leaf alone: its issuer is unknown here, and the server is the one to fix it.
        server.setSslConfiguration(TestCertificates::serverConfiguration(
            dir.path(), QStringLiteral("leaf-inter.pem"), QStringLiteral("server.key")));
        r = cliServing(get);
        QCOMPARE(r.exitCode, 2);
        const QJsonObject cause = QJsonDocument::fromJson(r.out)
                                      .object()
                                      .value(QLatin1String("diagnosis"))
                                      .toObject()
                                      .value(QLatin1String("causes"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(cause.value(QLatin1String("code")).toString(),
                 QStringLiteral("tls.unknown-issuer"));
        QVERIFY2(cause.value(QLatin1String("summary"))
                     .toString()
                     .contains(QLatin1String("incomplete chain")),
                 r.out.constData());
    }

    void aProfileConnectsAsTheWindowConnectsIt()
    {
        // A saved profile is connected as the window connects it (ProfileConnector): its proxy's
        // password comes from the keychain (the private one of scripts/with-keyring.sh), and a
        // CA bundle of its that cannot be read is said and stops the command.
        if (qEnvironmentVariableIsEmpty("FBX_PRIVATE_KEYRING"))
            QSKIP("needs the private keyring of scripts/with-keyring.sh");
        TestProxy proxy;
        proxy.requiredCredentials = "carol:proxy-pw-77";
        proxy.start();
        const QString settingsPath =
            m_home.path() + QStringLiteral("/config/FhirBulkExplorer/FhirBulkExplorer.conf");
        ServerProfile proxied;
        proxied.name = QStringLiteral("Proxied");
        proxied.baseUrl = m_sandbox.baseUrl();
        QString problem;
        proxied.proxy = ProxySetting::parse(
            QStringLiteral("http://carol@127.0.0.1:%1").arg(proxy.serverPort()), &problem);
        QVERIFY(problem.isEmpty());
        ServerProfile untrusted;
        untrusted.name = QStringLiteral("Untrusted");
        untrusted.baseUrl = m_sandbox.baseUrl();
        untrusted.caBundle = m_home.filePath(QStringLiteral("no-such-ca.pem"));
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            ProfileStore store(&settings);
            proxied.id = store.saveCustom(proxied);
            store.saveCustom(untrusted);
        }
        KeychainSecretBackend keychain(QStringLiteral("FhirBulkExplorer"));
        QSignalSpy saved(this, &QObject::objectNameChanged); // any signal to wait on
        SecretBackend::Status status = SecretBackend::Status::Failed;
        keychain.write(TokenStore::proxyPasswordKey(proxied.id), "proxy-pw-77",
                       [&](const SecretBackend::Result &r) {
                           status = r.status;
                           setObjectName(QStringLiteral("saved"));
                       });
        QVERIFY(saved.wait(20000));
        QCOMPARE(int(status), int(SecretBackend::Status::Ok));
        Result r = cliServing({QStringLiteral("get"), QStringLiteral("metadata"),
                               QStringLiteral("--profile"), QStringLiteral("Proxied"),
                               QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY(proxy.authorized > 0);
        QVERIFY(!(r.out + r.err).contains("proxy-pw-77"));
        r = cliServing({QStringLiteral("get"), QStringLiteral("metadata"),
                        QStringLiteral("--profile"), QStringLiteral("Untrusted")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no-such-ca.pem") && r.err.contains("is not used"),
                 r.err.constData());
    }

    void cacertTrustsAPrivateCa()
    {
        // An HTTPS server whose certificate a private CA signed: refused without that CA (and
        // why: the issuer, the chain), accepted with --cacert (as curl --cacert); a server whose
        // certificate names another host is refused for that; a --cacert that is no PEM is said.
        QTemporaryDir dir;
        QVERIFY(TestCertificates::make(dir.path()));
        QSslServer server;
        const auto serveWith = [&server, &dir](const QString &cert, const QString &key) {
            server.setSslConfiguration(
                TestCertificates::serverConfiguration(dir.path(), cert, key));
            return !server.sslConfiguration().localCertificate().isNull();
        };
        QVERIFY(serveWith(QStringLiteral("server.pem"), QStringLiteral("server.key")));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        TestCertificates::answerWithAGroup(server);
        const QString base = QStringLiteral("https://127.0.0.1:%1/fhir").arg(server.serverPort());
        const QStringList get{QStringLiteral("get"), QStringLiteral("Group/1"),
                              QStringLiteral("--base"), base, QStringLiteral("--json")};
        const QString cacert = dir.filePath(QStringLiteral("ca.pem"));
        const auto causesOf = [](const Result &r) {
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QStringList codes;
            for (const QJsonValue &c : o.value(QLatin1String("diagnosis"))
                                           .toObject()
                                           .value(QLatin1String("causes"))
                                           .toArray())
                codes << c.toObject().value(QLatin1String("code")).toString();
            return codes;
        };
        Result r = cliServing(get);
        QCOMPARE(r.exitCode, 2); // a transport error: the CA is not trusted
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(codeOf(r), QStringLiteral("transport.tls"));
        QVERIFY2(causesOf(r).value(0) == QLatin1String("tls.unknown-issuer"), r.out.constData());
        const QJsonObject leaf = o.value(QLatin1String("certificates")).toArray().at(0).toObject();
        QVERIFY2(leaf.value(QLatin1String("issuer")).toString() == QLatin1String("CN=Test CA"),
                 r.out.constData());
        QVERIFY(leaf.value(QLatin1String("names")).toArray().contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(leaf.value(QLatin1String("sha256")).toString().size(),
                 95); // 32 bytes as hex pairs
        r = cliServing(get + QStringList{QStringLiteral("--cacert"), cacert});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("status")).toInt(),
                 200);
        // The CA's own certificate as the server's: self-signed and for another name.
        QVERIFY(serveWith(QStringLiteral("ca.pem"), QStringLiteral("ca.key")));
        r = cliServing(get);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(causesOf(r).contains(QStringLiteral("tls.self-signed")) &&
                     causesOf(r).contains(QStringLiteral("tls.hostname-mismatch")),
                 r.out.constData());
        r = cliServing(get +
                       QStringList{QStringLiteral("--cacert"), cacert}); // trusted, wrong name
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(causesOf(r), QStringList{QStringLiteral("tls.hostname-mismatch")});
        // Signed by the trusted CA, but expired, or not valid yet: each said with its date.
        QVERIFY(TestCertificates::makeDated(dir.path(), QStringLiteral("expired"),
                                            QStringLiteral("20200101000000Z"),
                                            QStringLiteral("20200201000000Z")));
        QVERIFY(TestCertificates::makeDated(dir.path(), QStringLiteral("future"),
                                            QStringLiteral("20990101000000Z"),
                                            QStringLiteral("20990201000000Z")));
        for (const auto &[file, code, date] :
             {std::tuple{"expired.pem", "tls.expired", "2020-02-01"},
              std::tuple{"future.pem", "tls.not-yet-valid", "2099-01-01"}}) {
            QVERIFY(serveWith(QLatin1String(file), QStringLiteral("server.key")));
            r = cliServing(get + QStringList{QStringLiteral("--cacert"), cacert});
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(causesOf(r), QStringList{QLatin1String(code)});
            QVERIFY2(r.out.contains(date), r.out.constData());
        }
        r = cliServing(
            get + QStringList{QStringLiteral("--cacert"), dir.filePath(QStringLiteral("san.ext"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no PEM certificate could be read"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliConnect)
#include "tst_cliconnect.moc"
