// The export as the session's job and in the journal: a job stopped without a DELETE and resumed
// by another, a Sandbox job from before a restart declared gone, the journal across a restart.
// (The export itself, under each of the Sandbox's misbehaviours, is tst_exportsession.)
#include "app/net/ExportJournal.h"
#include "app/net/ExportSession.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ExportJob.h"
#include "app/session/Jobs.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestExportJob : public QObject
{
    Q_OBJECT
private:
    SandboxHost m_sandbox;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_out;

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

    void stopWatchingLeavesTheJobResumable()
    {
        // An ExportJob stopped without a DELETE: the Sandbox keeps the job, the journal lists it
        // as unfinished (Jobs::resumable too), and a second job resumes it to the end.
        SandboxScenario s = fast();
        s.exportDurationMs = 2000;
        s.retryAfterSecs = 1;
        m_sandbox.configure([s](SandboxServer *server) { server->setScenario(s); });
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setAuthorization(AuthMode::Bearer, m_sandbox.demoToken());
        QList<QByteArray> methods;
        connect(&client, &FhirClient::callFinished, this,
                [&methods](const CallRecord &c) { methods << c.method; });
        QTemporaryDir dir;
        ExportJournal journal(dir.filePath(QStringLiteral("journal.json")));
        Jobs jobs(&journal);
        auto *first = new ExportJob(&client, dir.path(), &journal, QStringLiteral("p"));
        jobs.add(first);
        QSignalSpy waiting(first->session(), &ExportSession::waiting);
        QSignalSpy firstDone(first->session(), &ExportSession::finished);
        first->start({QStringLiteral("1"), {QStringLiteral("Patient")}});
        QCOMPARE(first->status(), Job::Status::Running); // the kick-off
        QVERIFY(waiting.wait(10000));
        QCOMPARE(first->status(), Job::Status::Waiting);
        QVERIFY(first->isActive());
        QVERIFY(jobs.resumable(QStringLiteral("p")).isEmpty()); // it runs here
        first->stopWatching();
        QCOMPARE(firstDone.size(), 1);
        QCOMPARE(first->status(), Job::Status::Stopped);
        QVERIFY(!first->isActive());
        QVERIFY(!methods.contains("DELETE"));
        const auto open = jobs.resumable(QStringLiteral("p"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().statusUrl, first->statusUrl());
        QCOMPARE(open.first().state, QStringLiteral("polling"));

        auto *second = new ExportJob(&client, dir.path(), &journal, QStringLiteral("p"));
        jobs.add(second);
        QSignalSpy secondDone(second->session(), &ExportSession::finished);
        second->resume(open.first(), jobs.goneReason(open.first(), {}));
        QVERIFY(jobs.resumable(QStringLiteral("p")).isEmpty()); // running again, here
        QVERIFY(secondDone.wait(20000));
        QCOMPARE(second->status(), Job::Status::Finished);
        QCOMPARE(second->percent(), 100);
        QVERIFY(jobs.resumable(QStringLiteral("p")).isEmpty());
        QCOMPARE(journal.entries().size(), 1); // one job, one entry
        QCOMPARE(journal.entries().first().state, QStringLiteral("done"));
    }

    void aNewTokenReachesTheJobOnlyWhenHandedToIt()
    {
        // One connection per job: the job talks through a copy of the client it was made on. A
        // token that runs out mid-job is renewed on that client; the job goes on only once the
        // token is handed to it (ExportJob::takeToken, as the workspace and fhir-bulk do), and
        // its calls still reach the client it was made on.
        SandboxScenario s = fast();
        s.exportDurationMs = 4000;
        s.retryAfterSecs = 1;
        m_sandbox.configure([s](SandboxServer *server) { server->setScenario(s); });
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setAuthorization(AuthMode::Bearer, m_sandbox.mintToken(2));
        QList<CallRecord> relayed;
        connect(&client, &FhirClient::callFinished, this,
                [&relayed](const CallRecord &c) { relayed << c; });
        QTemporaryDir dir;
        ExportJournal journal(dir.filePath(QStringLiteral("journal.json")));
        ExportJob job(&client, dir.path(), &journal, QStringLiteral("sandbox"));
        QVERIFY(job.client() != &client);
        QCOMPARE(job.client()->baseUrl(), client.baseUrl());
        job.session()->setTokenRenewable(true);
        bool stillWaiting = false;
        connect(job.session(), &ExportSession::tokenRenewalNeeded, this, [&] {
            client.setAuthorization(AuthMode::Bearer, m_sandbox.mintToken(60));
            QTimer::singleShot(0, this, [&] {
                job.session()->tokenRenewed(); // the connection's token alone: not the job's
                stillWaiting = job.session()->awaitingToken();
                job.takeToken(client);
            });
        });
        QSignalSpy done(job.session(), &ExportSession::finished);
        ExportSession::Request request{QStringLiteral("1"), {QStringLiteral("Patient")}};
        request.noCache = true;
        job.start(request);
        QVERIFY(done.wait(20000));
        QVERIFY(stillWaiting);
        QCOMPARE(job.outcome().state, ExportSession::State::Done);
        QVERIFY(!relayed.isEmpty());
        QVERIFY(relayed.first().tokenFingerprint != relayed.last().tokenFingerprint);
    }

    void aSandboxJobFromBeforeARestartIsGone()
    {
        // The built-in Sandbox keeps its jobs in memory: a journalled Sandbox job it did not
        // issue is said to be gone, journalled as failed, and nothing is sent for it.
        ExportJournal::Entry entry;
        entry.profileId = QStringLiteral("sandbox");
        entry.groupId = QStringLiteral("1");
        entry.statusUrl = QStringLiteral("http://127.0.0.1:9/fhir/$export-poll-status?_id=x");
        entry.state = QStringLiteral("polling");
        const QUrl now = m_sandbox.baseUrl();
        QVERIFY(ExportJob::goneReason(entry, now, false).contains(QStringLiteral("gone")));
        QVERIFY(!ExportJob::goneReason(entry, now, true).isEmpty()); // another port
        QVERIFY(!ExportJob::goneReason(entry, {}, true).isEmpty());  // no Sandbox running
        ExportJournal::Entry here = entry;
        here.statusUrl = now.resolved(QUrl(QStringLiteral("x"))).toString();
        QVERIFY(ExportJob::goneReason(here, now, true).isEmpty());
        ExportJournal::Entry other = entry;
        other.profileId = QStringLiteral("netsmart-preview");
        QVERIFY(ExportJob::goneReason(other, now, false).isEmpty());

        FhirClient client(&m_nam);
        client.setBaseUrl(now);
        int calls = 0;
        connect(&client, &FhirClient::callFinished, this, [&calls] { ++calls; });
        QTemporaryDir dir;
        ExportJournal journal(dir.filePath(QStringLiteral("journal.json")));
        journal.upsert(entry);
        Jobs jobs(&journal);
        QCOMPARE(jobs.resumable(QStringLiteral("sandbox")).size(), 1);
        auto *job = new ExportJob(&client, dir.path(), &journal, QStringLiteral("sandbox"));
        jobs.add(job);
        QSignalSpy done(job->session(), &ExportSession::finished);
        job->resume(entry, jobs.goneReason(entry, now));
        QCOMPARE(done.size(), 1); // at once: no dead port retried
        QCOMPARE(job->status(), Job::Status::Failed);
        QVERIFY2(job->detail().contains(QStringLiteral("starts afresh")),
                 qPrintable(job->detail()));
        QCOMPARE(calls, 0);
        QVERIFY(jobs.resumable(QStringLiteral("sandbox")).isEmpty());
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entries().first().state, QStringLiteral("failed"));
    }

    void journalSurvivesARestart()
    {
        SandboxScenario s = fast();
        s.exportDurationMs = 2500;
        s.retryAfterSecs = 1;
        m_sandbox.configure([s](SandboxServer *server) { server->setScenario(s); });
        QTemporaryDir dir;
        ExportJournal journal(dir.filePath(QStringLiteral("journal.json")));
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setAuthorization(AuthMode::Bearer, m_sandbox.demoToken());
        QString statusUrl;
        {
            ExportSession first(&client, m_out.path());
            first.setJournal(&journal, QStringLiteral("sandbox"));
            first.setJournalConnection(QStringLiteral("/etc/corp-ca.pem"),
                                       QStringLiteral("http://proxy.example:3128"));
            QSignalSpy waiting(&first, &ExportSession::waiting);
            first.start({QStringLiteral("1"), {QStringLiteral("Patient")}});
            QVERIFY(waiting.wait(10000));
            // The app quits here, in the middle of polling.
        }
        const auto open = journal.unfinished(QStringLiteral("sandbox"));
        QCOMPARE(open.size(), 1);
        statusUrl = open.first().statusUrl;
        QVERIFY(open.first().request.startsWith(QStringLiteral("GET ")));
        // What `fhir-bulk export --resume URL` alone needs to reach the server the same way.
        const auto entry = journal.find(statusUrl);
        QVERIFY(entry);
        QCOMPARE(entry->baseUrl, m_sandbox.baseUrl().toString());
        QCOMPARE(entry->caBundle, QStringLiteral("/etc/corp-ca.pem"));
        QCOMPARE(entry->proxy, QStringLiteral("http://proxy.example:3128"));
        QVERIFY(!journal.find(statusUrl + QStringLiteral("x")));
        QFile raw(dir.filePath(QStringLiteral("journal.json")));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains(m_sandbox.demoToken().left(30))); // never a token

        ExportSession second(&client, m_out.path());
        second.setJournal(&journal, QStringLiteral("sandbox"));
        QSignalSpy done(&second, &ExportSession::finished);
        second.resume(statusUrl, QStringLiteral("1"));
        QVERIFY(done.wait(15000));
        const auto outcome = done.first().first().value<ExportSession::Outcome>();
        QCOMPARE(outcome.state, ExportSession::State::Done);
        QVERIFY(journal.unfinished().isEmpty());
        QVERIFY(
            journal.lastTransactionTime(QStringLiteral("sandbox"), QStringLiteral("1")).isValid());

        // Once more after completion: the files on disk are verified, not downloaded again.
        ExportSession third(&client, m_out.path());
        QList<CallRecord> calls;
        connect(&client, &FhirClient::callFinished, this,
                [&calls](const CallRecord &c) { calls << c; });
        QSignalSpy again(&third, &ExportSession::finished);
        third.resume(statusUrl, QStringLiteral("1"));
        QVERIFY(again.wait(15000));
        QCOMPARE(again.first().first().value<ExportSession::Outcome>().state,
                 ExportSession::State::Done);
        for (const CallRecord &c : calls)
            QVERIFY(!c.purpose.startsWith(QLatin1String("Download")));
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
