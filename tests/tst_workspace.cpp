// The session's Workspace without a window: send(draft) and its Recorder (every hop recorded
// before the call is reported finished), the Authorization variant of one request, and the
// TokenSession keeping a Sandbox token for the session only; the jobs the workspace owns and the
// Get token form's session side (TokenRequestForm).
#include "app/auth/SecretBackend.h"
#include "app/auth/TokenStore.h"
#include "app/calls/Redaction.h"
#include "app/history/HistoryStore.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ExportJob.h"
#include "app/session/Jobs.h"
#include "app/session/ProfileStore.h"
#include "app/session/Recorder.h"
#include "app/session/SandboxControl.h"
#include "app/session/SentCall.h"
#include "app/session/ServerSession.h"
#include "app/session/TokenRequestForm.h"
#include "app/session/TokenSession.h"
#include "app/session/Workspace.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// A workspace on throw-away settings and an in-memory keychain.
struct Fixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    ProfileStore profiles{&settings};
    SandboxHost sandbox;
    QNetworkAccessManager nam;
    FhirClient client{&nam};
    MemorySecretBackend memory;
    TokenStore secrets{&memory};
    Workspace workspace{&client, &sandbox, &profiles, &secrets};
};

// Sends `draft` and returns what SentCall::finished gave, with the order of what was seen.
CallRecord sendAndWait(Workspace &w, const RequestDraft &draft, QStringList *seen = nullptr)
{
    QString problem;
    SentCall *sent = w.send(draft, &problem);
    [&] { QVERIFY2(sent, qPrintable(problem)); }();
    if (!sent)
        return {};
    QStringList local;
    QStringList *order = seen ? seen : &local;
    const auto recorded =
        QObject::connect(w.recorder, &Recorder::recorded, [order](const CallRecord &r) {
            *order << QStringLiteral("recorded %1").arg(r.id);
        });
    CallRecord result;
    QObject::connect(sent, &SentCall::finished, [order, &result](const CallRecord &r) {
        *order << QStringLiteral("finished %1").arg(r.id);
        result = r;
    });
    QSignalSpy finished(sent, &SentCall::finished);
    [&] { QVERIFY(finished.wait(15000)); }();
    QObject::disconnect(recorded);
    return result;
}

// What the keychain holds under `key` (empty: nothing), read after the writes queued before.
QByteArray keychainValue(TokenStore &store, const QString &key)
{
    std::optional<SecretBackend::Result> read;
    store.load(key, [&read](const SecretBackend::Result &r) { read = r; });
    [&] { QTRY_VERIFY(read.has_value()); }();
    return read && read->status == SecretBackend::Status::Ok ? read->value : QByteArray();
}

ServerProfile elsewhere()
{
    ServerProfile other;
    other.id = QStringLiteral("elsewhere");
    other.name = QStringLiteral("Elsewhere");
    other.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/fhir"));
    other.environment = ServerProfile::Environment::Preview;
    return other;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The token form's settings and the jobs' journal go to a throw-away place.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FhirBulkExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WorkspaceTest"));
        QSettings().clear();
    }

    void everyHopIsRecordedBeforeTheCallFinishes()
    {
        Fixture f;
        f.workspace.connectTo(ServerProfile::sandbox());
        f.workspace.token->useDemoToken();
        // A server that sends the call on to the Sandbox: two hops, one call.
        QTcpServer redirector;
        QVERIFY(redirector.listen(QHostAddress::LocalHost));
        const QByteArray location = f.client.resolve(QStringLiteral("Group/1")).toEncoded();
        connect(&redirector, &QTcpServer::newConnection, &redirector, [&redirector, location] {
            QTcpSocket *socket = redirector.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, location] {
                socket->readAll();
                socket->write("HTTP/1.1 302 Found\r\nLocation: " + location +
                              "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        RequestDraft draft;
        draft.target = QStringLiteral("http://127.0.0.1:%1/start").arg(redirector.serverPort());
        QStringList seen;
        const CallRecord r = sendAndWait(f.workspace, draft, &seen);
        QVERIFY(r.status.has_value());
        QVERIFY(r.url.path().endsWith(QLatin1String("/Group/1")));
        QCOMPARE(seen.size(), 3);
        QVERIFY(seen.at(0).startsWith(QLatin1String("recorded ")));    // the 302
        QCOMPARE(seen.at(1), QStringLiteral("recorded %1").arg(r.id)); // the last hop
        QCOMPARE(seen.at(2), QStringLiteral("finished %1").arg(r.id));
        QVERIFY(f.workspace.recorder->hasRecorded(r.id));
    }

    void theRecorderWritesEveryCallToTheHistory()
    {
        Fixture f;
        QVERIFY(f.workspace.openHistory(f.dir.filePath(QStringLiteral("history.sqlite"))));
        f.workspace.connectTo(ServerProfile::sandbox());
        QSignalSpy stored(&f.workspace, &Workspace::callStored);
        RequestDraft draft;
        draft.target = QStringLiteral("metadata");
        const CallRecord r = sendAndWait(f.workspace, draft);
        QTRY_VERIFY(stored.count() >= 1);
        QCOMPARE(stored.last().at(0).toULongLong(), r.id);
        QVERIFY(f.workspace.history->count({}) >= 1);
    }

    void aBrokenVariantIsForItsRequestAlone()
    {
        Fixture f;
        f.workspace.connectTo(ServerProfile::sandbox());
        f.workspace.token->useDemoToken();
        RequestDraft draft;
        draft.target = QStringLiteral("Group/1");
        draft.authVariant = QStringLiteral("raw");
        const CallRecord broken = sendAndWait(f.workspace, draft);
        QCOMPARE(broken.authorizationMode, QStringLiteral("raw"));
        QCOMPARE(broken.diagnosis.firstCause(), QStringLiteral("header.no-bearer"));
        // The client's own form is untouched: the next call of a pane is sent as Bearer.
        QCOMPARE(f.client.authMode(), AuthMode::Bearer);
        draft.authVariant = QStringLiteral("bearer");
        const CallRecord good = sendAndWait(f.workspace, draft);
        QCOMPARE(good.authorizationMode, QStringLiteral("bearer"));
        QCOMPARE(good.status.value_or(0), 200);
    }

    void sandboxTokensAreMintedOnTheSandboxOnly()
    {
        Fixture f;
        f.workspace.connectTo(ServerProfile::sandbox());
        RequestDraft draft;
        draft.target = QStringLiteral("Group/1");
        draft.authVariant = QStringLiteral("expired");
        const CallRecord expired = sendAndWait(f.workspace, draft);
        QCOMPARE(expired.authorizationMode, QStringLiteral("bearer"));
        QVERIFY2(expired.status.value_or(0) == 401 || expired.status.value_or(0) == 403,
                 qPrintable(expired.diagnosis.code));
        ServerProfile other;
        other.id = QStringLiteral("elsewhere");
        other.name = QStringLiteral("Elsewhere");
        other.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/fhir"));
        other.environment = ServerProfile::Environment::Preview;
        f.workspace.connectTo(other);
        QString problem;
        QCOMPARE(f.workspace.send(draft, &problem), nullptr);
        QVERIFY(problem.contains(QStringLiteral("Sandbox only")));
    }

    void aSandboxTokenSurvivesSwitchingProfile()
    {
        Fixture f;
        TokenSession *token = f.workspace.token;
        f.workspace.connectTo(ServerProfile::sandbox());
        const QByteArray minted = f.sandbox.mintToken(600);
        token->setToken(minted);
        token->saveNow();
        ServerProfile other;
        other.id = QStringLiteral("elsewhere");
        other.name = QStringLiteral("Elsewhere");
        other.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/fhir"));
        other.environment = ServerProfile::Environment::Preview;
        f.workspace.connectTo(other);
        QVERIFY(token->token().isEmpty());
        f.workspace.connectTo(ServerProfile::sandbox());
        QCOMPARE(token->token(), minted);
        // Never written to the keychain.
        std::optional<SecretBackend::Result> read;
        f.memory.read(TokenStore::tokenKey(ServerProfile::sandbox().id),
                      [&read](const SecretBackend::Result &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->status != SecretBackend::Status::Ok || read->value.isEmpty());
    }

    void exportJobsBelongToTheWorkspace()
    {
        // The jobs are the workspace's, not a window's: a job it made and that started is
        // listed there, journalled in the workspace's journal, and goes with the workspace.
        QPointer<ExportJob> job;
        {
            Fixture f;
            f.workspace.connectTo(ServerProfile::sandbox());
            QCOMPARE(f.workspace.jobs->journal(), &f.workspace.journal);
            job = f.workspace.newExport(f.dir.filePath(QStringLiteral("out")),
                                        ServerProfile::sandbox().id);
            QVERIFY(job);
            QCOMPARE(job->profileId(), ServerProfile::sandbox().id);
            QCOMPARE(job->status(), Job::Status::NotStarted);
            f.workspace.jobs->add(job);
            QCOMPARE(job->parent(), f.workspace.jobs);
            QVERIFY(f.workspace.jobs->exports() == QList<ExportJob *>{job.data()});
        }
        QVERIFY(job.isNull());
    }

    void aJobKeepsItsConnectionAcrossAProfileSwitch()
    {
        // One connection per job: an export started on the Sandbox goes on against the Sandbox
        // with the Sandbox's token after the workspace switched to another profile and took
        // that profile's token; its calls still reach the workspace's recorder.
        Fixture f;
        f.workspace.connectTo(ServerProfile::sandbox());
        SandboxScenario s;
        s.exportDurationMs = 1500;
        s.retryAfterSecs = 1;
        f.sandbox.configure([s](SandboxServer *server) { server->setScenario(s); });
        f.workspace.token->useDemoToken();
        const QString sandboxToken = Redaction::fingerprint(f.sandbox.demoToken());
        const QUrl sandboxUrl = f.workspace.baseUrl();
        ExportJob *job = f.workspace.newExport(f.dir.filePath(QStringLiteral("out")),
                                               ServerProfile::sandbox().id);
        f.workspace.jobs->add(job);
        QList<CallRecord> afterSwitch;
        bool switched = false;
        connect(f.workspace.recorder, &Recorder::recorded, this,
                [&afterSwitch, &switched](const CallRecord &r) {
                    if (switched)
                        afterSwitch << r;
                });
        QSignalSpy waiting(job->session(), &ExportSession::waiting);
        QSignalSpy done(job->session(), &ExportSession::finished);
        job->start({QStringLiteral("1"), {QStringLiteral("Patient")}});
        QVERIFY(waiting.wait(10000)); // kicked off, polling
        switched = true;
        f.workspace.connectTo(elsewhere());
        f.workspace.token->setToken("token-of-another-server");
        QCOMPARE(f.workspace.baseUrl(), elsewhere().baseUrl);
        QVERIFY(done.wait(30000));
        QCOMPARE(job->outcome().state, ExportSession::State::Done);
        QCOMPARE(job->status(), Job::Status::Finished);
        QVERIFY(!job->outcome().files.isEmpty());
        QVERIFY(afterSwitch.size() > job->outcome().files.size()); // polls and every file
        for (const CallRecord &r : std::as_const(afterSwitch)) {
            QCOMPARE(r.url.port(), sandboxUrl.port());
            QCOMPARE(r.tokenFingerprint, sandboxToken);
            QVERIFY2(r.status && *r.status < 300, qPrintable(r.url.toString()));
        }
        QCOMPARE(job->client()->baseUrl(), sandboxUrl);
    }

    void aSandboxJobFromBeforeARestartIsGone()
    {
        Fixture f;
        f.workspace.connectTo(ServerProfile::sandbox());
        ExportJournal::Entry entry;
        entry.profileId = ServerProfile::sandbox().id;
        entry.statusUrl = QStringLiteral("http://127.0.0.1:1/fhir/$export-poll-status?_jobId=1");
        QVERIFY(f.workspace.goneReason(entry, ServerProfile::sandbox().id)
                    .contains(QStringLiteral("Sandbox")));
        // A server that keeps its jobs: resumed, not declared gone.
        entry.profileId = elsewhere().id;
        QVERIFY(f.workspace.goneReason(entry, elsewhere().id).isEmpty());
    }

    void theTokenFormStartsWithTheSandboxOfThisRun()
    {
        Fixture f;
        f.workspace.connectTo(ServerProfile::sandbox());
        const SandboxControl sandbox(&f.sandbox);
        TokenRequestForm form(&f.workspace, ServerProfile::sandbox());
        QVERIFY(form.isSandbox());
        const TokenRequestSettings initial = form.initial();
        QCOMPARE(initial.tokenUrl, sandbox.tokenUrl());
        QCOMPARE(initial.clientId, SandboxControl::demoClientId());
        QCOMPARE(form.knownSecret(SandboxControl::demoClientId()),
                 SandboxControl::demoClientSecret().toUtf8());
        QVERIFY(form.knownSecret(QStringLiteral("someone-else")).isEmpty());
        // Elsewhere nothing is filled in by itself.
        TokenRequestForm other(&f.workspace, elsewhere());
        QVERIFY(!other.isSandbox());
        QVERIFY(other.knownSecret(SandboxControl::demoClientId()).isEmpty());
    }

    void theTokenFormKeepsSecretsInTheKeychainOnly()
    {
        Fixture f;
        f.workspace.connectTo(elsewhere());
        TokenRequestForm form(&f.workspace, elsewhere());
        TokenClient::Request request;
        request.tokenUrl = QUrl(QStringLiteral("https://auth.example/token"));
        request.clientId = QStringLiteral("client-1");
        request.scope = QStringLiteral("system/Patient.read");
        request.clientSecret = "s3cret-value";
        form.save(request, TokenRequestSettings::SecretPost);
        const TokenRequestSettings saved = TokenRequestSettings::load(elsewhere().id);
        QVERIFY(saved.stored);
        QCOMPARE(saved.tokenUrl, request.tokenUrl);
        QCOMPARE(saved.clientId, request.clientId);
        QCOMPARE(saved.method, TokenRequestSettings::SecretPost);
        QCOMPARE(keychainValue(f.secrets, TokenStore::clientSecretKey(elsewhere().id)),
                 QByteArray("s3cret-value"));
        // Read back for the next time the form opens.
        QSignalSpy loaded(&form, &TokenRequestForm::clientSecretLoaded);
        form.loadSecrets();
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toByteArray(), QByteArray("s3cret-value"));
        // The Sandbox's demo secret is never stored.
        TokenRequestForm sandbox(&f.workspace, ServerProfile::sandbox());
        request.clientId = SandboxControl::demoClientId();
        request.clientSecret = SandboxControl::demoClientSecret().toUtf8();
        sandbox.save(request, TokenRequestSettings::SecretBasic);
        QVERIFY(keychainValue(f.secrets, TokenStore::clientSecretKey(ServerProfile::sandbox().id))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
