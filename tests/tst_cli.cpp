// fhir-bulk as a user runs it: a real process, its output and its exit codes. The commands, their
// help, tokens and languages here; connecting (proxies, TLS, profiles) in tst_cliconnect, exports
// in tst_cliexport.
#include "CliFixture.h"

class TestCli : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
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
