// The whole Group export against the Sandbox, under each of its misbehaviours.
#include "TestServers.h"
#include "app/calls/TransferStats.h"
#include "app/net/ExportJournal.h"
#include "app/net/ExportSession.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

class TestExportSession : public QObject
{
    Q_OBJECT
private:
    SandboxHost m_sandbox;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_out;

    struct Run
    {
        ExportSession::Outcome outcome;
        QList<ExportSession::PollEvent> polls;
        QList<ExportSession::PollEvent> steps; // the kick-off and the cancel
        QList<CallRecord> calls;
    };

    Run run(const ExportSession::Request &request, const SandboxScenario &scenario,
            const std::function<void(ExportSession &)> &during = {}, const QUrl &base = {})
    {
        m_sandbox.configure([scenario](SandboxServer *s) { s->setScenario(scenario); });
        FhirClient client(&m_nam);
        client.setBaseUrl(base.isEmpty() ? m_sandbox.baseUrl() : base);
        client.setAuthorization(AuthMode::Bearer, m_sandbox.demoToken());
        Run r;
        connect(&client, &FhirClient::callFinished, this,
                [&r](const CallRecord &c) { r.calls << c; });
        ExportSession session(&client, m_out.path());
        session.setMaxBackoffSecs(1);
        session.setMaxRetries(3);
        connect(&session, &ExportSession::polled, this,
                [&r](const ExportSession::PollEvent &e) { r.polls << e; });
        connect(&session, &ExportSession::step, this,
                [&r](const ExportSession::PollEvent &e) { r.steps << e; });
        QSignalSpy done(&session, &ExportSession::finished);
        session.start(request);
        if (during)
            during(session);
        [&] { QVERIFY(done.wait(30000)); }();
        if (!done.isEmpty())
            r.outcome = done.first().first().value<ExportSession::Outcome>();
        return r;
    }

    static SandboxScenario fast()
    {
        SandboxScenario s;
        s.exportDurationMs = 600;
        s.retryAfterSecs = 0;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExportSession::Outcome>();
        qRegisterMetaType<ExportSession::PollEvent>();
        QVERIFY(m_sandbox.start());
    }

    void wholeExportIsDownloadedAndVerified()
    {
        SandboxScenario s = fast();
        s.exportDurationMs = 2500; // long enough for polls that see it running
        s.retryAfterSecs = 1;
        const Run r = run({QStringLiteral("2")}, s);
        QCOMPARE(r.outcome.state, ExportSession::State::Done);
        QVERIFY(r.outcome.manifest);
        QVERIFY(QFile::exists(QDir(r.outcome.folder).filePath(QStringLiteral("manifest.json"))));
        QVERIFY(r.outcome.files.size() >= 4);
        for (const auto &f : r.outcome.files) {
            QVERIFY2(f.verified, qPrintable(f.problem));
            QCOMPARE(f.lines, *f.expected);
            QVERIFY(QFile::exists(f.path));
            QVERIFY(!QFile::exists(f.path + QStringLiteral(".part")));
        }
        QVERIFY(!r.polls.isEmpty());
        QCOMPARE(r.polls.first().kind, QStringLiteral("in-progress"));
        QVERIFY(r.polls.first().percent >= 0);
        QCOMPARE(r.polls.first().waitSecs, qint64(1));
        QVERIFY(r.polls.first().waitReason.contains(QStringLiteral("Retry-After")));
        QVERIFY(!r.polls.first().tokenFingerprint.isEmpty());
        QCOMPARE(r.polls.last().kind, QStringLiteral("complete"));
        // The status URL was used as given: every poll went to exactly that URL.
        for (const CallRecord &c : r.calls) {
            if (c.purpose == QLatin1String("Poll export status"))
                QCOMPARE(c.url.toString(), r.outcome.statusUrl);
        }
    }

    void hintsOfEveryKind_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expect");
        QTest::newRow("http-date") << int(SandboxScenario::RetryAfter::HttpDate) << "HTTP-date";
        QTest::newRow("x-retryafter")
            << int(SandboxScenario::RetryAfter::XRetryAfter) << "X-RetryAfter";
        QTest::newRow("none: backoff") << int(SandboxScenario::RetryAfter::None) << "backoff";
    }

    void hintsOfEveryKind()
    {
        QFETCH(int, mode);
        QFETCH(QString, expect);
        SandboxScenario s = fast();
        s.exportDurationMs = 2500;
        s.retryAfter = SandboxScenario::RetryAfter(mode);
        s.retryAfterSecs = 1;
        const Run r = run({QStringLiteral("1"), {QStringLiteral("Patient")}}, s);
        QCOMPARE(r.outcome.state, ExportSession::State::Done);
        QVERIFY2(r.polls.first().waitReason.contains(expect),
                 qPrintable(r.polls.first().waitReason));
    }

    void rateLimitAndTransientErrorsAreSurvived()
    {
        SandboxScenario s = fast();
        s.exportDurationMs = 1500;
        s.retryAfterSecs = 2; // a poll sooner than 1.8 s after the last one is "too soon"
        s.tooFast429 = true;
        s.transientErrors = 1;
        // Polling again right after a poll's answer, against the hint, earns a 429 the session
        // then waits out (at most twice: the first answer may be the transient error).
        const Run r =
            run({QStringLiteral("1"), {QStringLiteral("Patient")}}, s, [](ExportSession &session) {
                auto pushes = std::make_shared<int>(0);
                QObject::connect(&session, &ExportSession::polled, &session,
                                 [&session, pushes](const ExportSession::PollEvent &e) {
                                     if (e.kind == QLatin1String("rate-limited") || ++*pushes > 2)
                                         return;
                                     QMetaObject::invokeMethod(&session, &ExportSession::pollNow,
                                                               Qt::QueuedConnection);
                                 });
            });
        QCOMPARE(r.outcome.state, ExportSession::State::Done);
        QStringList kinds;
        for (const auto &p : r.polls)
            kinds << p.kind;
        QVERIFY2(kinds.contains(QStringLiteral("transient")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY2(kinds.contains(QStringLiteral("rate-limited")),
                 qPrintable(kinds.join(QLatin1Char(','))));
    }

    void failedJobIsNotAFailedStatusCheck()
    {
        SandboxScenario s = fast();
        s.failJob = true;
        const Run r = run({QStringLiteral("1")}, s);
        QCOMPARE(r.outcome.state, ExportSession::State::Failed);
        QVERIFY2(r.outcome.message.startsWith(QStringLiteral("The export failed on the server")),
                 qPrintable(r.outcome.message));
    }

    void errorFilesAndMissingCounts()
    {
        SandboxScenario s = fast();
        s.errorFiles = true;
        s.omitCount = true;
        const Run r = run(
            {QStringLiteral("1"), {QStringLiteral("Patient"), QStringLiteral("Observation")}}, s);
        QCOMPARE(r.outcome.state, ExportSession::State::Done);
        QVERIFY(!r.outcome.outcomeMessages.isEmpty());
        for (const auto &f : r.outcome.files)
            QVERIFY(!f.expected);
    }

    void droppedDownloadResumesWithRange()
    {
        SandboxScenario s = fast();
        s.dropMidFile = true;
        const Run r = run({QStringLiteral("2"), {QStringLiteral("Observation")}}, s);
        QCOMPARE(r.outcome.state, ExportSession::State::Done);
        const auto &f = r.outcome.files.first();
        QVERIFY(f.verified);
        QVERIFY(f.attempts >= 2);
        bool ranged = false;
        for (const CallRecord &c : r.calls)
            ranged = ranged || (c.hasRequestHeader("Range") && c.status && *c.status == 206);
        QVERIFY(ranged);
    }

    void largeFileOnAnotherOrigin()
    {
        SandboxScenario s = fast();
        s.largeFileMiB = 4;
        s.filesOnOtherOrigin = true;
        const Run r = run({QStringLiteral("1"), {QStringLiteral("Patient")}}, s);
        QVERIFY2(r.outcome.state == ExportSession::State::Done, qPrintable(r.outcome.message));
        QCOMPARE(r.outcome.files.size(), 2);
        const auto &large = r.outcome.files.last();
        QVERIFY(large.verified);
        QCOMPARE(large.lines, qint64(4) * 1024 * 1024 / 200);
        QCOMPARE(large.url.host(), QStringLiteral("localhost"));
        // requiresAccessToken is true: the token goes to the file host too (the IG says SHALL).
        for (const CallRecord &c : r.calls) {
            if (c.url.host() == QLatin1String("localhost"))
                QVERIFY(c.hasRequestHeader("Authorization"));
        }
    }

    void postKickOff()
    {
        ExportSession::Request req{QStringLiteral("2"), {QStringLiteral("Condition")}};
        req.usePost = true;
        const Run r = run(req, fast());
        QCOMPARE(r.outcome.state, ExportSession::State::Done);
        QCOMPARE(r.outcome.files.size(), 1);
        QCOMPARE(r.outcome.files.first().type, QStringLiteral("Condition"));
        QCOMPARE(r.calls.first().method, QByteArray("POST"));
    }

    void cancelWhilePolling()
    {
        SandboxScenario s = fast();
        s.exportDurationMs = 60000;
        s.retryAfterSecs = 1;
        // Cancelled as soon as the kick-off was accepted and the first wait began.
        const Run r = run({QStringLiteral("1")}, s, [](ExportSession &session) {
            QObject::connect(&session, &ExportSession::waiting, &session, &ExportSession::cancel,
                             Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        });
        QCOMPARE(r.outcome.state, ExportSession::State::Cancelled);
        QVERIFY(r.outcome.message.contains(QStringLiteral("202")));
        QCOMPARE(r.calls.last().method, QByteArray("DELETE"));
        // The timeline's ends: the kick-off (202, with the first wait) and the DELETE's answer.
        QCOMPARE(r.steps.size(), 2);
        QCOMPARE(r.steps.first().kind, QStringLiteral("kick-off"));
        QCOMPARE(r.steps.first().status, 202);
        QCOMPARE(r.steps.first().callId, r.calls.first().id);
        QVERIFY(r.steps.first().waitSecs >= 1);
        QCOMPARE(r.steps.last().kind, QStringLiteral("cancel"));
        QCOMPARE(r.steps.last().status, 202);
        QCOMPARE(r.steps.last().callId, r.calls.last().id);
    }

    void serverFaults()
    {
        ScriptedServer server;
        const quint16 port = server.start();
        const QUrl base(QStringLiteral("http://127.0.0.1:%1/fhir").arg(port));
        server.response = "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n";
        Run r = run({QStringLiteral("1")}, fast(), {}, base);
        QCOMPARE(r.outcome.state, ExportSession::State::Failed);
        QVERIFY(r.outcome.message.contains(QStringLiteral("without a Content-Location")));
        QCOMPARE(r.steps.size(), 1);
        QCOMPARE(r.steps.first().kind, QStringLiteral("kick-off-failed"));
        QCOMPARE(r.steps.first().status, 202);
        server.response = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}";
        r = run({QStringLiteral("1")}, fast(), {}, base);
        QVERIFY(r.outcome.message.contains(QStringLiteral("where 202 Accepted was expected")));
        // A status URL nobody answers: the status check fails, the export is not said to fail.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 dead = probe.serverPort();
        probe.close();
        server.response = "HTTP/1.1 202 Accepted\r\nContent-Location: http://127.0.0.1:" +
                          QByteArray::number(dead) +
                          "/status?_id=1\r\nRetry-After: 0\r\nContent-Length: 0\r\n\r\n";
        r = run({QStringLiteral("1")}, fast(), {}, base);
        QCOMPARE(r.outcome.state, ExportSession::State::Failed);
        QVERIFY2(r.outcome.message.startsWith(QStringLiteral("The status check failed")),
                 qPrintable(r.outcome.message));
    }

    void aFileServerThatCrashedKeepsItsFirstSymptom()
    {
        // The file server sends half a file and dies: every retry is refused. The file's problem
        // says first what happened (the body was cut), then what the retries met.
        QTcpServer files;
        QVERIFY(files.listen(QHostAddress::LocalHost, 0));
        connect(&files, &QTcpServer::newConnection, this, [&files] {
            QTcpSocket *s = files.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [&files, s] {
                if (!s->peek(1 << 16).contains("\r\n\r\n"))
                    return;
                s->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/fhir+ndjson\r\n"
                    "Content-Length: 200\r\n\r\n{\"resourceType\":\"Patient\",\"id\":\"a\"}\n");
                s->flush();
                files.close();
                s->abort();
            });
        });
        const QByteArray fileUrl =
            "http://127.0.0.1:" + QByteArray::number(files.serverPort()) + "/files/p";
        IgServer server;
        const quint16 port = server.start();
        const QByteArray self = "http://127.0.0.1:" + QByteArray::number(port);
        server.answer = [&](const QHttpServerRequest &req) -> IgServer::Answer {
            const QString path = req.url().path();
            if (path.endsWith(QLatin1String("/$export")))
                return {202, {{"Content-Location", self + "/jobs/1"}}, {}};
            return {200,
                    {{"Content-Type", "application/json"}},
                    "{\"transactionTime\":\"2026-11-26T10:00:00Z\",\"request\":\"x\","
                    "\"requiresAccessToken\":false,\"output\":[{\"type\":\"Patient\",\"url\":\"" +
                        fileUrl + "\"}],\"error\":[]}"};
        };
        const Run r =
            run({QStringLiteral("g")}, fast(), {}, QUrl(QString::fromLatin1(self + "/fhir")));
        QCOMPARE(r.outcome.state, ExportSession::State::Failed);
        const QString problem = r.outcome.files.value(0).problem;
        QVERIFY2(problem.startsWith(QStringLiteral("download failed: The server closed")) ||
                     problem.startsWith(QStringLiteral("download failed: The body")),
                 qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("Then, on 3 more attempt")) &&
                     problem.contains(QStringLiteral("nothing is listening there")),
                 qPrintable(problem));
    }

    void anotherIgServer()
    {
        // A server that is not HAPI: status answers in application/json, a manifest that needs
        // no token, files on another origin, `deleted` Bundles, an `extension`, Expires.
        IgServer server;
        const quint16 port = server.start();
        QVERIFY(port);
        const QByteArray self = "http://127.0.0.1:" + QByteArray::number(port);
        const QByteArray other = "http://localhost:" + QByteArray::number(port);
        server.answer = [&](const QHttpServerRequest &req) -> IgServer::Answer {
            const QString path = req.url().path();
            if (path.endsWith(QLatin1String("/$export")))
                return {202, {{"Content-Location", self + "/jobs/7"}}, {}};
            if (path == QLatin1String("/jobs/7"))
                return {200,
                        {{"Content-Type", "application/json"},
                         {"Expires", "Wed, 01 Jan 2031 00:00:00 GMT"}},
                        "{\"transactionTime\":\"2026-11-26T10:00:00Z\",\"request\":\"" + self +
                            "/fhir/Group/g/$export\",\"requiresAccessToken\":false,"
                            "\"output\":[{\"type\":\"Patient\",\"url\":\"" +
                            other +
                            "/files/p\",\"count\":2}],"
                            "\"deleted\":[{\"type\":\"Bundle\",\"url\":\"" +
                            other +
                            "/files/d\"}],"
                            "\"error\":[],\"extension\":{\"https://example.org/ext\":true}}"};
            if (path == QLatin1String("/files/p"))
                return {200,
                        {{"Content-Type", "application/fhir+ndjson"}},
                        "{\"resourceType\":\"Patient\",\"id\":\"a\"}\n{\"resourceType\":"
                        "\"Patient\",\"id\":\"b\"}\n"};
            if (path == QLatin1String("/files/d"))
                return {200,
                        {{"Content-Type", "application/fhir+ndjson"}},
                        "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{"
                        "\"request\":{\"method\":\"DELETE\",\"url\":\"Patient/c\"}}]}\n"};
            return {};
        };
        const Run r =
            run({QStringLiteral("g")}, fast(), {}, QUrl(QString::fromLatin1(self + "/fhir")));
        QCOMPARE(r.outcome.state, ExportSession::State::Done);
        QCOMPARE(r.outcome.files.size(), 2);
        QVERIFY(r.outcome.files.at(1).isDeleted);
        QCOMPARE(r.outcome.files.at(1).type, QStringLiteral("Bundle"));
        QVERIFY(r.outcome.files.at(1).verified);
        QCOMPARE(r.outcome.manifest->extension, QByteArray("{\"https://example.org/ext\":true}"));
        QCOMPARE(r.outcome.expires, QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC));
        int fileRequests = 0;
        for (const IgServer::Seen &s : server.seen) {
            if (s.url.path().startsWith(QLatin1String("/files/"))) {
                ++fileRequests;
                QVERIFY(!s.hasHeader("Authorization")); // requiresAccessToken: false
            } else {
                QVERIFY(s.hasHeader("Authorization"));
            }
        }
        QCOMPARE(fileRequests, 2);
    }

    void tokenRenewedMidJob()
    {
        // A 2 s token and a 4 s job: the token is replaced while the job runs (what the window
        // does when it renews), the next polls and the downloads use the new one, and the job
        // ends well; with the old token kept, the same job fails on an expired token.
        SandboxScenario s = fast();
        s.exportDurationMs = 4000;
        s.retryAfterSecs = 1;
        m_sandbox.configure([s](SandboxServer *server) { server->setScenario(s); });
        for (const bool renew : {true, false}) {
            FhirClient client(&m_nam);
            client.setBaseUrl(m_sandbox.baseUrl());
            client.setAuthorization(AuthMode::Bearer, m_sandbox.mintToken(2));
            ExportSession session(&client, m_out.path());
            session.setMaxBackoffSecs(1);
            session.setMaxRetries(1);
            QList<ExportSession::PollEvent> polls;
            connect(&session, &ExportSession::polled, this, [&](const ExportSession::PollEvent &e) {
                polls << e;
                if (renew && polls.size() == 1)
                    client.setAuthorization(AuthMode::Bearer, m_sandbox.mintToken(60));
            });
            QSignalSpy done(&session, &ExportSession::finished);
            ExportSession::Request req{QStringLiteral("1"), {QStringLiteral("Patient")}};
            req.noCache = true;
            session.start(req);
            QVERIFY(done.wait(20000));
            const auto outcome = done.first().first().value<ExportSession::Outcome>();
            if (renew) {
                QCOMPARE(outcome.state, ExportSession::State::Done);
                QVERIFY(polls.size() >= 2);
                QVERIFY(polls.first().tokenFingerprint != polls.last().tokenFingerprint);
            } else {
                QCOMPARE(outcome.state, ExportSession::State::Failed);
                QVERIFY2(outcome.message.contains(QStringLiteral("403")),
                         qPrintable(outcome.message));
            }
        }
    }

    void tokenRunsOutDuringTheDownloads()
    {
        // A 3 s token, twelve files that take half a second each: the token runs out part way.
        // Renewable, the session asks once, waits, and the refused file is fetched again; not
        // renewable, the first refusal stops the queue with the cause (one refused call, not
        // one per file), resumable.
        SandboxScenario s = fast();
        s.exportDurationMs = 0;
        s.smallFiles = 12;
        s.trickleKiBps = 16; // 8 KiB files: half a second each
        m_sandbox.configure([s](SandboxServer *server) { server->setScenario(s); });
        for (const bool renewable : {true, false}) {
            FhirClient client(&m_nam);
            client.setBaseUrl(m_sandbox.baseUrl());
            client.setAuthorization(AuthMode::Bearer, m_sandbox.mintToken(3));
            QList<CallRecord> calls;
            connect(&client, &FhirClient::callFinished, this,
                    [&calls](const CallRecord &c) { calls << c; });
            ExportSession session(&client, m_out.path());
            session.setParallel(1);
            session.setMaxBackoffSecs(1);
            session.setTokenRenewable(renewable);
            int asked = 0;
            connect(&session, &ExportSession::tokenRenewalNeeded, this, [&] {
                ++asked;
                QVERIFY(session.awaitingToken());
                session.tokenRenewed(); // still the refused token: ignored, nothing is sent
                QVERIFY(session.awaitingToken());
                client.setAuthorization(AuthMode::Bearer, m_sandbox.mintToken(600));
                QTimer::singleShot(0, &session, &ExportSession::tokenRenewed);
            });
            QSignalSpy done(&session, &ExportSession::finished);
            ExportSession::Request req{QStringLiteral("1"), {QStringLiteral("Patient")}};
            req.noCache = true;
            session.start(req);
            QVERIFY(done.wait(30000));
            const auto outcome = done.first().first().value<ExportSession::Outcome>();
            int refused = 0;
            for (const CallRecord &c : std::as_const(calls))
                refused += c.status == 403 ? 1 : 0;
            if (renewable) {
                QCOMPARE(outcome.state, ExportSession::State::Done);
                QCOMPARE(asked, 1);
                QCOMPARE(refused, 1);
                for (const auto &f : outcome.files)
                    QVERIFY2(f.verified, qPrintable(f.problem));
                continue;
            }
            QCOMPARE(asked, 0);
            QCOMPARE(outcome.state, ExportSession::State::Failed);
            QVERIFY(outcome.tokenLost);
            QCOMPARE(refused, 1);
            QVERIFY2(outcome.message.contains(QStringLiteral("The token expired at")),
                     qPrintable(outcome.message));
            QVERIFY2(outcome.message.contains(QStringLiteral("resume")),
                     qPrintable(outcome.message));
            int notAsked = 0;
            for (const auto &f : outcome.files)
                notAsked += f.problem.contains(QStringLiteral("not downloaded")) ? 1 : 0;
            QVERIFY2(notAsked >= 5, qPrintable(outcome.message));
        }
    }

    void emptyOutput()
    {
        IgServer server;
        const quint16 port = server.start();
        const QByteArray self = "http://127.0.0.1:" + QByteArray::number(port);
        server.answer = [&](const QHttpServerRequest &req) -> IgServer::Answer {
            if (req.url().path().endsWith(QLatin1String("/$export")))
                return {202, {{"Content-Location", self + "/jobs/8"}, {"Retry-After", "0"}}, {}};
            return {200,
                    {{"Content-Type", "application/json"}},
                    "{\"transactionTime\":\"2026-11-26T10:00:00Z\",\"request\":\"x\","
                    "\"requiresAccessToken\":true,\"output\":[],\"error\":[]}"};
        };
        const Run r =
            run({QStringLiteral("g")}, fast(), {}, QUrl(QString::fromLatin1(self + "/fhir")));
        QCOMPARE(r.outcome.state, ExportSession::State::Done);
        QVERIFY(r.outcome.files.isEmpty());
        QVERIFY(r.outcome.message.contains(QStringLiteral("lists no files")));
    }

    void transferFigures()
    {
        TransferStats stats;
        stats.reset(2);
        // File 0: 10 MB in total, 1 MB per second; file 1: size unknown.
        for (int sec = 0; sec <= 4; ++sec)
            stats.update(0, qint64(sec) * 1000000, 10000000, sec * 1000);
        auto f = stats.file(0, 4000);
        QCOMPARE(f.received, qint64(4000000));
        QCOMPARE(f.percent(), 40);
        QVERIFY(qAbs(f.rate - 1e6) < 1); // over the last three seconds
        QCOMPARE(f.etaSecs, qint64(6));
        // A stall: no new bytes for two seconds lowers the rate and lengthens the ETA.
        f = stats.file(0, 6000);
        QVERIFY(f.rate < 0.7e6);
        QVERIFY(f.etaSecs > 6);
        // The overall size is unknown while a file's is.
        stats.update(1, 500, -1, 4000);
        auto all = stats.overall(4000);
        QCOMPARE(all.total, qint64(-1));
        QCOMPARE(all.received, qint64(4000500));
        // Once that file is done, its size is what arrived.
        stats.finish(1, 800, 4500);
        all = stats.overall(4500);
        QCOMPARE(all.total, qint64(10000800));
        QCOMPARE(stats.finishedCount(), 1);
        QVERIFY(TransferStats::describe(all).contains(QStringLiteral(" of ")));
        // A download that starts again from zero does not count its bytes twice.
        stats.update(0, 1000, 10000000, 5000);
        all = stats.overall(5000);
        QCOMPARE(all.received, qint64(1800));
        stats.finish(0, 10000000, 9000);
        QVERIFY(stats.overall(9000).finished);
        QCOMPARE(stats.overall(9000).etaSecs, qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestExportSession)
#include "tst_exportsession.moc"
