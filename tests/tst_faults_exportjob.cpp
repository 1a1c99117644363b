// The fault suite, an export's job: Expires in the past, endless jobs and absurd waits, 429 on
// the kick-off, a server that crashed, a status URL on another origin, a failed job, marked
// tokens that must leave no trace, and an interrupted export that says how to resume.
#include "FaultsFixture.h"
#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenStore.h"
#include "app/calls/ServerProfile.h"
#include "app/session/ProfileStore.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSettings>

class TestFaultsExportJob : public QObject, protected FaultsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initFixture(); }

    void expiresInThePastIsSaid()
    {
        FaultServer server;
        server.start();
        bulkServer(server, {{"Patient", "/files/p", -1}},
                   {{"Expires", "Wed, 21 Oct 2015 07:28:00 GMT"}});
        server.on("/files/p", [](const FaultServer::Request &, int) {
            return FaultServer::answer(200, patients(2));
        });
        QTemporaryDir out;
        const Result r = exportRun(server, out.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("already past"), r.err.constData());
    }

    void endlessJobHitsTheWaitLimit()
    {
        FaultServer server;
        server.start();
        server.acceptExport("/Group/g1/$export", server.url(QStringLiteral("/status/1")));
        // Retry-After: 0 on every answer: polls stay at least a second apart.
        server.on("/status/1", [](const FaultServer::Request &, int) {
            return FaultServer::answer(202, {},
                                       {{"Retry-After", "0"}, {"X-Progress", "in progress"}});
        });
        QTemporaryDir out;
        const Result r =
            exportRun(server, out.path(), {QStringLiteral("--max-wait"), QStringLiteral("3s")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.json().value(QLatin1String("gaveUpWaiting")).toBool());
        QVERIFY2(r.json()
                     .value(QLatin1String("message"))
                     .toString()
                     .contains(server.url(QStringLiteral("/status/1")).toString()),
                 r.out.constData());
        QVERIFY2(server.count("/status/1") <= 4,
                 QByteArray::number(server.count("/status/1")).constData());
        QVERIFY2(r.err.contains("polling at most once every"), r.err.constData());
    }

    void absurdRetryAfterIsCappedAndSaid()
    {
        FaultServer server;
        server.start();
        server.acceptExport("/Group/g1/$export", server.url(QStringLiteral("/status/1")));
        server.on("/status/1", [](const FaultServer::Request &, int) {
            return FaultServer::answer(202, {}, {{"Retry-After", "999999999"}});
        });
        QTemporaryDir out;
        // The first wait is capped to an hour, which is past the limit: the run ends at once.
        const Result r =
            exportRun(server, out.path(), {QStringLiteral("--max-wait"), QStringLiteral("10m")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("capped to 1 h"), r.err.constData());
        QVERIFY(r.ms < 20000);
        // It stopped before the limit because the next wait would pass it, and says so (not
        // "gave up after 0 s (the limit is 10 min)").
        const QString message = r.json().value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("the next wait (1 h")) &&
                     message.contains(QStringLiteral("would pass the limit of 10 min")),
                 qPrintable(message));
    }

    void rateLimitedKickOff()
    {
        // 429 to the kick-off: its Retry-After is honoured as a poll's is, then it goes on.
        FaultServer server;
        server.start();
        bulkServer(server, {{"Patient", "/files/p", 2}});
        server.on("/Group/g1/$export", [&server](const FaultServer::Request &, int nth) {
            if (nth == 0)
                return FaultServer::answer(429, "{\"message\":\"Too Many Requests\"}",
                                           {{"Retry-After", "1"}});
            return FaultServer::answer(
                202, {},
                {{"Content-Location", server.url(QStringLiteral("/status/1")).toEncoded()}});
        });
        server.on("/files/p", [](const FaultServer::Request &, int) {
            return FaultServer::answer(200, patients(2));
        });
        QTemporaryDir out;
        Result r = exportRun(server, out.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(server.count("/Group/g1/$export"), 2);
        QVERIFY2(r.err.contains("asks you to slow down (HTTP 429): the export is started again "
                                "in 1 s (Retry-After: 1)"),
                 r.err.constData());
        // A wait past --max-wait is not waited: it says when to start again, at once.
        FaultServer busy;
        busy.start();
        busy.on("/Group/g1/$export", [](const FaultServer::Request &, int) {
            return FaultServer::answer(429, {}, {{"Retry-After", "7200"}});
        });
        r = exportRun(busy, out.path(), {QStringLiteral("--max-wait"), QStringLiteral("10m")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(busy.count("/Group/g1/$export"), 1);
        QVERIFY(r.ms < 20000);
        const QString message = r.json().value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("come back in 2 h")) &&
                     message.contains(QStringLiteral("past the wait limit of 10 min")) &&
                     message.contains(QStringLiteral("Start it again after")),
                 qPrintable(message));
    }

    void serverThatCrashedMidRequestIsNotRefused()
    {
        // The server takes the request and dies without answering (its port no longer listens,
        // the connection is reset): Qt sends the request again and finds nothing listening. What
        // is said is what happened first, not "nothing is listening there".
        QTcpServer crashing;
        QVERIFY(crashing.listen(QHostAddress::LocalHost, 0));
        int requests = 0;
        connect(&crashing, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = crashing.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [&, s] {
                if (!s->peek(1 << 16).contains("\r\n\r\n"))
                    return;
                ++requests;
                crashing.close();
                s->abort();
            });
        });
        const Result r =
            cli({QStringLiteral("get"), QStringLiteral("Group/1"), QStringLiteral("--base"),
                 QStringLiteral("http://127.0.0.1:%1").arg(crashing.serverPort()),
                 QStringLiteral("--json")});
        QCOMPARE(requests, 1);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(diagnosis(r), QStringLiteral("transport.closed"));
        const QString said = r.json().value(QLatin1String("transportError")).toString();
        QVERIFY2(said.contains(QStringLiteral("closed the connection without an answer")) &&
                     said.contains(QStringLiteral("crashed")),
                 qPrintable(said));
    }

    void groupsGivenByQuantityOnly()
    {
        // The SMART reference server's Groups carry `quantity` and no member list.
        FaultServer server;
        server.start();
        server.on("/Group", [](const FaultServer::Request &, int) {
            return FaultServer::answer(
                200,
                R"({"resourceType":"Bundle","type":"searchset","entry":[)"
                R"({"resource":{"resourceType":"Group","id":"BlueCC","name":"Blue Cross",)"
                R"("type":"person","actual":true,"quantity":27}},)"
                R"({"resource":{"resourceType":"Group","id":"both","type":"person",)"
                R"("quantity":40,"member":[{"entity":{"reference":"Patient/1"}}]}}]})",
                {{"Content-Type", "application/fhir+json"}});
        });
        const Result r =
            cli({QStringLiteral("groups"), QStringLiteral("--base"), server.url().toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("BlueCC\tBlue Cross\tperson\tactual\t27 members (quantity; no "
                                "member list)"),
                 r.out.constData());
        QVERIFY2(r.out.contains("1 member listed, quantity 40"), r.out.constData());
        QVERIFY(!r.out.contains("0 members"));
    }

    void statusUrlOnAnotherOriginGetsNoToken()
    {
        FaultServer server;
        server.start();
        FaultServer other;
        other.start();
        bulkServer(other, {});
        server.acceptExport("/Group/g1/$export", other.url(QStringLiteral("/status/1")));
        QTemporaryDir out;
        Result r = exportRun(server, out.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(other.requests.constFirst().header("Authorization").isEmpty());
        QVERIFY2(r.err.contains("the token is not sent there"), r.err.constData());
        // Both on 127.0.0.1: the ports tell them apart, so the message names them.
        QVERIFY2(
            r.err.contains(
                "The status URL is on http://127.0.0.1:" + QByteArray::number(other.serverPort()) +
                ", not on the server http://127.0.0.1:" + QByteArray::number(server.serverPort())),
            r.err.constData());
        // Allowed on purpose: sent.
        r = exportRun(server, out.path(), {QStringLiteral("--token-to-status-origin")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(other.requests.constLast().header("Authorization"), "Bearer " + kToken);
    }

    void failedJobAndBadManifest()
    {
        FaultServer server;
        server.start();
        server.acceptExport("/Group/g1/$export", server.url(QStringLiteral("/status/1")));
        server.on("/status/1", [](const FaultServer::Request &, int nth) {
            if (nth == 0)
                return FaultServer::answer(503, "busy", {{"Retry-After", "1"}}); // then recovers
            return FaultServer::answer(200, "{\"transactionTime\": 5, \"output\": \"nope\"}",
                                       {{"Content-Type", "application/json"}});
        });
        QTemporaryDir out;
        const Result r = exportRun(server, out.path());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(server.count("/status/1"), 2);
        QVERIFY2(r.json()
                     .value(QLatin1String("message"))
                     .toString()
                     .startsWith(QLatin1String("Server fault")),
                 r.out.constData());
    }

    void markedTokenLeavesNoTrace()
    {
        // A marked token through the environment and standard input, to a server that quotes it
        // back in headers, small and spilled bodies and an export's files: it appears in no output
        // and in no file the runs leave (settings, journal, spill, --out, export folder).
        FaultServer server;
        server.start();
        auto echo = [](const FaultServer::Request &req, int) {
            const QByteArray auth = req.header("Authorization");
            return FaultServer::answer(401, "{\"message\":\"bad " + auth + "\"}",
                                       {{"WWW-Authenticate", "Bearer " + auth}});
        };
        server.on("/small", echo);
        server.on("/large", [](const FaultServer::Request &req, int) {
            QByteArray body;
            while (body.size() < 17 * 1024 * 1024)
                body += req.header("Authorization") + QByteArray(1000, '.') + '\n';
            return FaultServer::answer(200, body, {{"Content-Type", "text/plain"}});
        });
        bulkServer(server, {{"Patient", "/files/p", -1}});
        server.on("/files/p", [](const FaultServer::Request &req, int) {
            return FaultServer::answer(200, "{\"resourceType\":\"Patient\",\"id\":\"" +
                                                req.header("Authorization") + "\"}\n");
        });
        const QString out = m_home.path() + QStringLiteral("/trace-out");
        QList<Result> runs;
        runs << get(server, "small")
             << cli({QStringLiteral("get"), QStringLiteral("small"), QStringLiteral("--base"),
                     server.url().toString()},
                    {}, kToken + '\n')
             << get(server, "large", {QStringLiteral("--out"), out + QStringLiteral("-large.txt")})
             << exportRun(server, out)
             << cli({QStringLiteral("token"), QStringLiteral("inspect"), QStringLiteral("--json")},
                    {}, kToken)
             << cli({QStringLiteral("token"), QStringLiteral("check"), QStringLiteral("--base"),
                     server.url().toString()});
        QCOMPARE(server.requests.constFirst().header("Authorization"),
                 "Bearer " + kToken); // it was sent
        for (const Result &r : std::as_const(runs)) {
            QVERIFY2(!r.out.contains("TOKEN-MARK"), r.out.left(2000).constData());
            QVERIFY2(!r.err.contains("TOKEN-MARK"), r.err.constData());
        }
        QStringList hits;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        int scanned = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            // The export's NDJSON is the server's data as sent: the one place the echo may stay.
            if (f.fileName().endsWith(QLatin1String(".ndjson")) || !f.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            if (f.readAll().contains("TOKEN-MARK"))
                hits << f.fileName();
        }
        QVERIFY(scanned >= 3);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void markedTokenFromTheKeychainLeavesNoTrace()
    {
        // The fourth way in: a profile whose token the app saved in the keychain. Only against
        // the private Secret Service of scripts/with-keyring.sh, never a user's own keyring.
        if (qEnvironmentVariableIsEmpty("FBX_PRIVATE_KEYRING"))
            QSKIP("needs the private keyring of scripts/with-keyring.sh");
        FaultServer server;
        server.start();
        server.on("/Group/1", [](const FaultServer::Request &req, int) {
            return FaultServer::answer(
                403,
                "{\"Message\":\"User is not authorized: " + req.header("Authorization") + "\"}",
                {{"x-amzn-ErrorType", "AccessDeniedException"},
                 {"Content-Type", "application/json"}});
        });
        const QString settingsPath =
            m_home.path() + QStringLiteral("/config/FhirBulkExplorer/FhirBulkExplorer.conf");
        QString id;
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            ServerProfile p;
            p.name = QStringLiteral("Fault server");
            p.baseUrl = server.url();
            p.environment = ServerProfile::Environment::Custom;
            id = ProfileStore(&settings).saveCustom(p);
        }
        KeychainSecretBackend keychain(QStringLiteral("FhirBulkExplorer"));
        QSignalSpy saved(this, &QObject::objectNameChanged); // any signal to wait on
        SecretBackend::Status status = SecretBackend::Status::Failed;
        keychain.write(TokenStore::tokenKey(id), kToken, [&](const SecretBackend::Result &r) {
            status = r.status;
            setObjectName(QStringLiteral("saved"));
        });
        QVERIFY(saved.wait(20000));
        QCOMPARE(int(status), int(SecretBackend::Status::Ok));
        const Result r =
            cli({QStringLiteral("get"), QStringLiteral("Group/1"), QStringLiteral("--profile"),
                 QStringLiteral("Fault server"), QStringLiteral("--json")},
                {});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(server.requests.constLast().header("Authorization"),
                 "Bearer " + kToken); // it came from the keychain
        QVERIFY(!r.out.contains("TOKEN-MARK") && !r.err.contains("TOKEN-MARK"));
        QFile settings(settingsPath);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("TOKEN-MARK"));
    }

    void interruptedExportSaysHowToResume()
    {
        FaultServer server;
        server.start();
        // A protected server: the status URL wants the token too.
        server.acceptExport("/Group/g1/$export", server.url(QStringLiteral("/status/1")));
        bool finish = false;
        server.on("/status/1", [&finish](const FaultServer::Request &req, int) {
            if (req.header("Authorization") != "Bearer " + kToken)
                return FaultServer::answer(401, "{\"message\":\"Unauthorized\"}");
            if (!finish)
                return FaultServer::answer(202, {}, {{"Retry-After", "30"}});
            return FaultServer::answer(200,
                                       R"({"transactionTime":"2026-01-01T00:00:00Z","request":"x",)"
                                       R"("requiresAccessToken":true,"output":[],"error":[]})",
                                       {{"Content-Type", "application/json"}});
        });
        QTemporaryDir out;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("TMPDIR"), m_home.path() + QStringLiteral("/tmp"));
        env.insert(QStringLiteral("FHIR_BULK_TOKEN"), QString::fromLatin1(kToken));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("FBX_CLI"),
                {QStringLiteral("export"), QStringLiteral("--group"), QStringLiteral("g1"),
                 QStringLiteral("--base"), server.url().toString(), QStringLiteral("--out"),
                 out.path(), QStringLiteral("--noproxy")});
        QTRY_COMPARE_WITH_TIMEOUT(server.count("/status/1"), 1, 20000);
        p.terminate(); // SIGTERM, as a desktop session's logout or Ctrl+C's SIGINT
        QSignalSpy done(&p, &QProcess::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(p.exitCode(), 130);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(
            err.contains("--resume '" + server.url(QStringLiteral("/status/1")).toEncoded() + "'"),
            err.constData());
        QVERIFY(QDir(m_home.path() + QStringLiteral("/tmp"))
                    .entryList({QStringLiteral("fbx-bodies-*")}, QDir::Dirs)
                    .isEmpty());
        // The hint, copied as it stands (no --base), reaches the same server with the token:
        // the journal knows where the job lives.
        const QByteArray hint = err.mid(err.indexOf("fhir-bulk export --resume"));
        QStringList words;
        static const QRegularExpression word(QStringLiteral("'([^']*)'|(\\S+)"));
        for (auto it = word.globalMatch(QString::fromUtf8(hint.left(hint.indexOf('\n'))));
             it.hasNext();) {
            const auto m = it.next();
            words << (m.captured(1).isNull() ? m.captured(2) : m.captured(1));
        }
        QCOMPARE(words.takeFirst(), QStringLiteral("fhir-bulk"));
        QVERIFY2(!words.contains(QStringLiteral("--base")), hint.constData());
        finish = true;
        QProcess resumed;
        resumed.setProcessEnvironment(env);
        resumed.start(qEnvironmentVariable("FBX_CLI"), words);
        QSignalSpy resumedDone(&resumed, &QProcess::finished);
        QVERIFY(resumedDone.wait(20000));
        const QByteArray resumedErr = resumed.readAllStandardError();
        QCOMPARE(resumed.exitCode(), 0);
        QVERIFY2(resumedErr.contains("Resuming as the export journal recorded the job: --base " +
                                     server.url().toEncoded() + " --noproxy"),
                 resumedErr.constData());
        QCOMPARE(server.requests.constLast().header("Authorization"), "Bearer " + kToken);
    }
};

QTEST_GUILESS_MAIN(TestFaultsExportJob)
#include "tst_faults_exportjob.moc"
