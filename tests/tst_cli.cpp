// fhir-bulk as a user runs it: a real process, its output and its exit codes.
#include "TestCertificates.h"
#include "TestProxy.h"
#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenStore.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ProfileStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <tuple>

class TestCli : public QObject
{
    Q_OBJECT
private:
    SandboxHost m_sandbox;
    QTemporaryDir m_home;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // The diagnosis code of a `--json` answer.
    static QString codeOf(const Result &r)
    {
        return QJsonDocument::fromJson(r.out)
            .object()
            .value(QLatin1String("diagnosis"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }

    Result cli(const QStringList &args, const QByteArray &token = {},
               const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.remove(QStringLiteral("FHIR_BULK_TOKEN"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("FHIR_BULK_TOKEN"), QString::fromLatin1(token));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("FBX_CLI"), args);
        if (!p.waitForStarted(10000))
            return {};
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // As cli(), but the test's own event loop runs meanwhile (for a server in this thread).
    Result cliServing(const QStringList &args, const QStringList &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : extraEnv)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.remove(QStringLiteral("FHIR_BULK_TOKEN"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("FBX_CLI"), args);
        if (!finished.wait(30000)) {
            p.kill();
            p.waitForFinished();
            return {-1, p.readAllStandardOutput(), p.readAllStandardError()};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // `fhir-bulk get Group/1 --json` against `server`, trusting the test CA made in `dir`.
    static QStringList tlsGet(const QSslServer &server, const QString &dir)
    {
        return {QStringLiteral("get"),
                QStringLiteral("Group/1"),
                QStringLiteral("--base"),
                QStringLiteral("https://127.0.0.1:%1/fhir").arg(server.serverPort()),
                QStringLiteral("--cacert"),
                dir + QStringLiteral("/ca.pem"),
                QStringLiteral("--json")};
    }

private Q_SLOTS:
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

    void versionSaysWhatTheBuildIs()
    {
        const Result r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(QLatin1String("fhir-bulk 0.")), qPrintable(out));
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("commit ([0-9a-f]{12}|unknown)"))),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Qt 6.")) &&
                     out.contains(QLatin1String("QtKeychain 0.")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("keychain: Secret Service")), qPrintable(out));
    }

    void harAndSupportBundleHoldNoToken()
    {
        // A token of the test's own (the Sandbox refuses it: a 403 worth sending to support).
        const QByteArray token =
            "eyJhbGciOiJSUzM4NCJ9.eyJzdWIiOiJ0ZXN0In0.dGVzdC1zaWduYXR1cmUtbm90LWZvci1zaGFyaW5n";
        const QString har = m_home.filePath(QStringLiteral("calls.har"));
        const QString bundle = m_home.filePath(QStringLiteral("support.har"));
        Result r = cli({QStringLiteral("get"), QStringLiteral("Group/1"), QStringLiteral("--har"),
                        har, QStringLiteral("--support-bundle"), bundle},
                       token);
        QCOMPARE(r.exitCode, 1); // the 403
        QVERIFY2(r.err.contains("Wrote the HAR (1 call)"), r.err.constData());
        for (const QString &path : {har, bundle}) {
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(token), qPrintable(path));
            QVERIFY2(!bytes.contains("dGVzdC1zaWduYXR1cmUtbm90LWZvci1zaGFyaW5n"), qPrintable(path));
            const QJsonObject log =
                QJsonDocument::fromJson(bytes).object().value(QLatin1String("log")).toObject();
            QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
            const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first()
                         .toObject()
                         .value(QLatin1String("response"))
                         .toObject()
                         .value(QLatin1String("status"))
                         .toInt(),
                     403);
            QVERIFY(entries.first()
                        .toObject()
                        .value(QLatin1String("_diagnosis"))
                        .toString()
                        .startsWith(QLatin1String("gateway.")));
        }
        QFile f(bundle);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString comment = QJsonDocument::fromJson(f.readAll())
                                    .object()
                                    .value(QLatin1String("log"))
                                    .toObject()
                                    .value(QLatin1String("comment"))
                                    .toString();
        QVERIFY2(comment.startsWith(QLatin1String("FHIR Bulk Explorer support bundle")),
                 qPrintable(comment));
        QVERIFY2(comment.contains(QStringLiteral("Token: %1 chars").arg(token.size())),
                 qPrintable(comment));
        QVERIFY2(comment.contains(QLatin1String("x-amzn-RequestId")), qPrintable(comment));
        QVERIFY2(comment.contains(QLatin1String("HTTP 403")), qPrintable(comment));
        // A folder that does not exist is refused before anything is sent.
        r = cli({QStringLiteral("get"), QStringLiteral("metadata"), QStringLiteral("--har"),
                 m_home.filePath(QStringLiteral("no/such/folder/x.har"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
    }

    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("FBX_CLI").isEmpty());
        QVERIFY(m_sandbox.start());
    }

    void everyCommandHasItsOwnHelp()
    {
        for (const QString &command :
             {QStringLiteral("get"), QStringLiteral("export"), QStringLiteral("groups"),
              QStringLiteral("token"), QStringLiteral("sandbox")}) {
            const Result r = cli({command, QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith("Usage: fhir-bulk " + command.toLatin1()), r.out.constData());
            QVERIFY(r.out.contains("--help"));
            QVERIFY(!r.err.contains("Unknown option"));
        }
        QVERIFY(
            cli({QStringLiteral("export"), QStringLiteral("--help")}).out.contains("--max-wait"));
        // token --help names all three actions.
        QVERIFY(cli({QStringLiteral("token"), QStringLiteral("--help")})
                    .out.contains("inspect, check or get"));
        // fhir-bulk --help lists the commands (on stdout, exit 0), metadata among them.
        Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command :
             {"get PATH-OR-URL", "metadata", "export", "groups", "token inspect", "token check",
              "token get", "  run  ", "  report  ", "  convert  ", "  compare  ", "sandbox"})
            QVERIFY2(r.out.contains(command), r.out.constData());
        // ... and `metadata` is a command: the CapabilityStatement, without a token.
        r = cli({QStringLiteral("metadata"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("status")).toInt(),
                 200);
        QVERIFY2(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QLatin1String("url"))
                     .toString()
                     .endsWith(QLatin1String("/metadata")),
                 r.out.constData());
    }

    void unauthorizedIsExitOneWithJson()
    {
        const Result r =
            cli({QStringLiteral("get"), QStringLiteral("Group/1"), QStringLiteral("--base"),
                 m_sandbox.baseUrl().toString(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("status")).toInt(), 401);
        QCOMPARE(codeOf(r), QStringLiteral("gateway.unauthorized"));
        QVERIFY(!o.value(QLatin1String("requestIdSent")).toString().isEmpty());
        QCOMPARE(o.value(QLatin1String("headers"))
                     .toObject()
                     .value(QLatin1String("x-amzn-ErrorType"))
                     .toString(),
                 QStringLiteral("UnauthorizedException"));
        QVERIFY(o.contains(QLatin1String("elapsedMs")));
        QVERIFY(o.contains(QLatin1String("correlationId")));
        QVERIFY(o.value(QLatin1String("outcome")).isArray());
    }

    void tokenFromEnvironmentIsUsedAndNeverPrinted()
    {
        const QByteArray token = m_sandbox.demoToken();
        Result r = cli({QStringLiteral("get"), QStringLiteral("Group/2"), QStringLiteral("--base"),
                        m_sandbox.baseUrl().toString()},
                       token);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("< HTTP 200"));
        QVERIFY(r.out.contains("Diagnosis: ok"));
        QVERIFY(r.out.contains("Diabetes registry"));
        QVERIFY(!r.out.contains(token.mid(20, 30)));
        QVERIFY(!r.err.contains(token.mid(20, 30)));
        QVERIFY(r.out.contains("<redacted: "));

        // The gateway quotes the header on a wrong path: still no token in the output.
        r = cli({QStringLiteral("get"), QStringLiteral("Invalid/123456"), QStringLiteral("--base"),
                 m_sandbox.baseUrl().toString(), QStringLiteral("--json")},
                token);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("gateway.incomplete-signature"));
        QVERIFY(!r.out.contains(token.mid(20, 30)));
    }

    void tokenFromStdin()
    {
        const Result r = cli({QStringLiteral("get"), QStringLiteral("Group/1"),
                              QStringLiteral("--base"), m_sandbox.baseUrl().toString(),
                              QStringLiteral("--token-stdin"), QStringLiteral("--json")},
                             {}, m_sandbox.demoToken() + '\n');
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("status")).toInt(),
                 200);
        // One rule for tokens on standard input: the line break that ends the line (CR LF from
        // Windows too) is not part of the token; a second one is, and is refused unsent.
        Result crlf = cli({QStringLiteral("get"), QStringLiteral("Group/1"),
                           QStringLiteral("--base"), m_sandbox.baseUrl().toString(),
                           QStringLiteral("--token-stdin"), QStringLiteral("--json")},
                          {}, m_sandbox.demoToken() + "\r\n");
        QCOMPARE(crlf.exitCode, 0);
        Result twice =
            cli({QStringLiteral("get"), QStringLiteral("Group/1"), QStringLiteral("--base"),
                 m_sandbox.baseUrl().toString(), QStringLiteral("--token-stdin")},
                {}, m_sandbox.demoToken() + "\n\n");
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("header.invalid-chars"), twice.err.constData());
    }

    void defaultProfileIsTheSandbox()
    {
        Result r =
            cli({QStringLiteral("get"), QStringLiteral("metadata"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("get"), QStringLiteral("Group/1"), QStringLiteral("--demo-token"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("get"), QStringLiteral("Group/1"), QStringLiteral("--profile"),
                 QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("nope"));
    }

    void transportAndUsageErrorsAreExitTwo()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        Result r =
            cli({QStringLiteral("get"), QStringLiteral("metadata"), QStringLiteral("--base"),
                 QStringLiteral("http://127.0.0.1:%1/x").arg(port), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(codeOf(r), QStringLiteral("transport.refused"));
        r = cli({QStringLiteral("get")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Usage"));
        r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("get"), QStringLiteral("x"), QStringLiteral("--base"),
                 QStringLiteral("not a url")});
        QCOMPARE(r.exitCode, 2);
    }

    void tokenInspect()
    {
        const QByteArray expired = m_sandbox.mintToken(-3600);
        const auto codesOf = [](const Result &r) {
            QStringList codes;
            for (const QJsonValue &f :
                 QJsonDocument::fromJson(r.out).object().value(QLatin1String("findings")).toArray())
                codes << f.toObject().value(QLatin1String("code")).toString();
            return codes;
        };
        // As `echo "$T" | fhir-bulk token inspect` sends it: the newline echo adds is not a
        // finding (the rule --token-stdin follows); a second line break is.
        Result r =
            cli({QStringLiteral("token"), QStringLiteral("inspect"), QStringLiteral("--json")}, {},
                "Bearer " + expired + "\n");
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(codesOf(r),
                 (QStringList{QStringLiteral("bearer.prefix"), QStringLiteral("jwt.expired")}));
        r = cli({QStringLiteral("token"), QStringLiteral("inspect"), QStringLiteral("--json")}, {},
                m_sandbox.demoToken() + "\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(codesOf(r).isEmpty());
        r = cli({QStringLiteral("token"), QStringLiteral("inspect"), QStringLiteral("--json")}, {},
                m_sandbox.demoToken() + "\n\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(codesOf(r), QStringList{QStringLiteral("whitespace.newline")});
        QCOMPARE(o.value(QLatin1String("claims"))
                     .toObject()
                     .value(QLatin1String("client_id"))
                     .toString(),
                 QStringLiteral("sandbox-demo-client"));
        QCOMPARE(o.value(QLatin1String("length")).toInt(), expired.size());

        r = cli({QStringLiteral("token"), QStringLiteral("inspect")}, {}, m_sandbox.demoToken());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("No problems found."));
        QVERIFY(r.out.contains("exp"));
        QVERIFY(!r.out.contains(m_sandbox.demoToken()));
    }

    void tokenCheck()
    {
        Result r = cli({QStringLiteral("token"), QStringLiteral("check"),
                        QStringLiteral("--demo-token"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("verdict")).toString(), QStringLiteral("ok"));
        // metadata, the probe, and the probe without the token (refused: the evidence)
        const QJsonArray calls = o.value(QLatin1String("calls")).toArray();
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(2).toObject().value(QLatin1String("status")).toInt(), 401);
        r = cli({QStringLiteral("token"), QStringLiteral("check"), QStringLiteral("--base"),
                 m_sandbox.baseUrl().toString()},
                m_sandbox.mintToken(-60));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Verdict: expired"), r.out.constData());
        r = cli({QStringLiteral("token"), QStringLiteral("check"), QStringLiteral("--base"),
                 m_sandbox.baseUrl().toString()});
        QVERIFY(r.out.contains("Verdict: missing"));
    }

    void tokenCheckWhereReadsAreOpen()
    {
        // As against the SMART reference server: Group reads answer anyone, so the probe proves
        // nothing; the check tries the kick-off, which is protected. A token that kick-off
        // refuses is not "ok" (the export would fail with it), and a good one is, its job
        // cancelled at once.
        m_sandbox.configure([](SandboxServer *s) {
            SandboxScenario open;
            open.openReads = true;
            s->setScenario(open);
        });
        Result r = cli({QStringLiteral("token"), QStringLiteral("check"), QStringLiteral("--base"),
                        m_sandbox.baseUrl().toString()},
                       "opaque-token-this-server-never-issued");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Verdict: rejected"), r.out.constData());
        QVERIFY2(r.out.contains("$export?_type=Patient"), r.out.constData());
        r = cli({QStringLiteral("token"), QStringLiteral("check"), QStringLiteral("--base"),
                 m_sandbox.baseUrl().toString()},
                m_sandbox.demoToken());
        m_sandbox.configure([](SandboxServer *s) { s->setScenario(SandboxScenario()); });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Verdict: ok"), r.out.constData());
        QVERIFY2(r.out.contains("  DELETE "), r.out.constData());
        QVERIFY2(r.out.contains("cancelled at once"), r.out.constData());
    }

    void tokenGet()
    {
        Result r = cli({QStringLiteral("token"), QStringLiteral("get")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Token obtained"), r.out.constData());
        QVERIFY(!r.out.contains("eyJ")); // not printed without --print
        r = cli({QStringLiteral("token"), QStringLiteral("get"), QStringLiteral("--print")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.trimmed().startsWith("eyJ")); // stdout holds the token alone
        QVERIFY(r.err.contains("Token obtained"));
        r = cli({QStringLiteral("token"), QStringLiteral("get"), QStringLiteral("--profile"),
                 QStringLiteral("Netsmart Preview")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Get token"));
    }

    void exportEndToEnd()
    {
        QTemporaryDir out;
        Result r = cli({QStringLiteral("export"), QStringLiteral("--group"), QStringLiteral("2"),
                        QStringLiteral("--type"), QStringLiteral("Patient,Observation"),
                        QStringLiteral("--out"), out.path(), QStringLiteral("--json"),
                        QStringLiteral("--demo-token")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.value(QLatin1String("ok")).toBool(), r.out.constData());
        const QJsonArray files = o.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 2);
        for (const QJsonValue &f : files) {
            QVERIFY(f.toObject().value(QLatin1String("verified")).toBool());
            QVERIFY(QFile::exists(f.toObject().value(QLatin1String("path")).toString()));
        }
        QVERIFY(r.err.contains("poll #"));
        // Without a token the kick-off fails, and says why.
        r = cli({QStringLiteral("export"), QStringLiteral("--group"), QStringLiteral("1"),
                 QStringLiteral("--out"), out.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("401"));
        r = cli({QStringLiteral("export"), QStringLiteral("--type"), QStringLiteral("Patient")});
        QCOMPARE(r.exitCode, 2);
    }

    void tokenRunningOutMidExportStopsAndResumes()
    {
        // A 5 s token and 60 files that take a quarter of a second each: warned at the kick-off,
        // stopped at the first refusal with the cause and a resume command (not one 403 per
        // file), and that command, run as printed with a new token, finishes the job.
        SandboxScenario s;
        s.exportDurationMs = 0;
        s.smallFiles = 60;
        s.trickleKiBps = 32;
        m_sandbox.configure([s](SandboxServer *server) { server->setScenario(s); });
        QTemporaryDir out;
        Result r = cli({QStringLiteral("export"), QStringLiteral("--group"), QStringLiteral("1"),
                        QStringLiteral("--type"), QStringLiteral("Patient"),
                        QStringLiteral("--base"), m_sandbox.baseUrl().toString(),
                        QStringLiteral("--out"), out.path(), QStringLiteral("--json"),
                        QStringLiteral("--har"), out.filePath(QStringLiteral("calls.har"))},
                       m_sandbox.mintToken(5));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Warning: the token expires in"), r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.value(QLatin1String("tokenLost")).toBool(), r.out.constData());
        const QString message = o.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("The token expired at")), qPrintable(message));
        int verified = 0;
        for (const QJsonValue &f : o.value(QLatin1String("files")).toArray())
            verified += f.toObject().value(QLatin1String("verified")).toBool() ? 1 : 0;
        QVERIFY2(verified < 61, r.out.constData());
        QFile har(out.filePath(QStringLiteral("calls.har")));
        QVERIFY(har.open(QIODevice::ReadOnly));
        int refused = 0;
        int downloads = 0;
        for (const QJsonValue &e : QJsonDocument::fromJson(har.readAll())
                                       .object()
                                       .value(QLatin1String("log"))
                                       .toObject()
                                       .value(QLatin1String("entries"))
                                       .toArray()) {
            const QJsonObject entry = e.toObject();
            downloads += entry.value(QLatin1String("request"))
                             .toObject()
                             .value(QLatin1String("url"))
                             .toString()
                             .contains(QStringLiteral("binary-access-read"));
            refused += entry.value(QLatin1String("response"))
                           .toObject()
                           .value(QLatin1String("status"))
                           .toInt() == 403;
        }
        // Two downloads run at once: at most two are refused, then nothing more is asked.
        QVERIFY2(refused >= 1 && refused <= 2, qPrintable(QString::number(refused)));
        QCOMPARE(downloads, verified + refused); // the rest were never asked for
        QVERIFY2(r.err.contains("With a new token, continue with:"), r.err.constData());
        const QString command = o.value(QLatin1String("resumeCommand")).toString();
        QVERIFY2(command.startsWith(QStringLiteral("fhir-bulk export --resume '")),
                 qPrintable(command));
        // Run verbatim (the words as a shell splits them), with a fresh token in the environment.
        QStringList words;
        static const QRegularExpression word(QStringLiteral("'([^']*)'|(\\S+)"));
        for (auto it = word.globalMatch(command); it.hasNext();) {
            const auto m = it.next();
            words << (m.captured(1).isNull() ? m.captured(2) : m.captured(1));
        }
        QCOMPARE(words.takeFirst(), QStringLiteral("fhir-bulk"));
        m_sandbox.configure([](SandboxServer *server) {
            SandboxScenario fast;
            fast.exportDurationMs = 0;
            fast.smallFiles = 60;
            server->setScenario(fast);
        });
        r = cli(words + QStringList{QStringLiteral("--json")}, m_sandbox.demoToken());
        m_sandbox.configure([](SandboxServer *server) { server->setScenario(SandboxScenario()); });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("Resuming as the export journal recorded the job: --base"),
                 r.err.constData());
        const QJsonArray files =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 61);
        for (const QJsonValue &f : files)
            QVERIFY(f.toObject().value(QLatin1String("verified")).toBool());
    }

    void getAsXmlToAFile()
    {
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("p.xml"));
        Result r = cli({QStringLiteral("get"), QStringLiteral("Patient/pat-00001"),
                        QStringLiteral("--as"), QStringLiteral("xml"), QStringLiteral("--out"),
                        file, QStringLiteral("--demo-token")});
        QCOMPARE(r.exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xml = f.readAll();
        QVERIFY2(xml.contains("<Patient xmlns=\"http://hl7.org/fhir\">") &&
                     xml.contains("<id value=\"pat-00001\"/>"),
                 xml.constData());
        QVERIFY(r.err.contains(file.toUtf8()));
        // Back to JSON, printed: the same Patient.
        r = cli({QStringLiteral("get"), QStringLiteral("Patient/pat-00001?_format=xml"),
                 QStringLiteral("--as"), QStringLiteral("json"), QStringLiteral("--demo-token")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\"resourceType\": \"Patient\""), r.out.constData());
        // What is not FHIR is not converted, says so, and --out keeps the bytes as received.
        const QString raw = out.filePath(QStringLiteral("raw.bin"));
        r = cli({QStringLiteral("get"), QStringLiteral("Binary/5"), QStringLiteral("--accept"),
                 QStringLiteral("image/png"), QStringLiteral("--as"), QStringLiteral("json"),
                 QStringLiteral("--out"), raw, QStringLiteral("--demo-token")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Not converted"), r.err.constData());
        QVERIFY(QFileInfo(raw).size() > 0);
        r = cli({QStringLiteral("get"), QStringLiteral("metadata"), QStringLiteral("--as"),
                 QStringLiteral("yaml")});
        QCOMPARE(r.exitCode, 2);
    }

    void groupsArePaged()
    {
        Result r = cli({QStringLiteral("groups"), QStringLiteral("--count"), QStringLiteral("3"),
                        QStringLiteral("--json"), QStringLiteral("--demo-token")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("pages")).toInt(), 2);
        const QJsonArray groups = o.value(QLatin1String("groups")).toArray();
        QCOMPARE(groups.size(), 4);
        QCOMPARE(groups.at(1).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Diabetes registry"));
        QCOMPARE(groups.at(1).toObject().value(QLatin1String("members")).toInt(), 12);
        // Without a token: the gateway's 401, explained, exit 1.
        r = cli({QStringLiteral("groups")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("401"), r.err.constData());
    }

    void germanOutput()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("FBX_CLI"),
                {QStringLiteral("get"), QStringLiteral("Group/1"), QStringLiteral("--base"),
                 m_sandbox.baseUrl().toString()});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Diagnose: gateway.unauthorized")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
