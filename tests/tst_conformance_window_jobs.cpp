// A conformance run as a session job (issue 27): listed in the Jobs dock with its progress and
// verdict, going on when its window closes and shown again from the dock; quitting while it has
// an export out asks, and "cancel" DELETEs that export before the window closes; the window's
// profile chooser runs against another saved profile (its base URL, its token from the keychain)
// while the main window stays on its own.
#include "TestServers.h"
#include "WindowFixture.h"
#include "app/conformance/Catalogue.h"
#include "app/conformance/ConformanceJob.h"
#include "app/models/JobsModel.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/Jobs.h"
#include "app/session/Workspace.h"
#include "ui/Ask.h"
#include "ui/ConformanceWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>

class TestConformanceWindowJobs : public QObject, public WindowFixture
{
    Q_OBJECT
private:
    ConformanceWindow *open()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionCheckServer"))->trigger();
        auto *w = m_window->findChild<ConformanceWindow *>(QStringLiteral("conformanceWindow"));
        if (w)
            [w] { QVERIFY(QTest::qWaitForWindowExposed(w)); }();
        return w;
    }
    QList<ConformanceJob *> runs() const
    {
        QList<ConformanceJob *> out;
        for (Job *job : m_services->jobs->all())
            if (auto *run = qobject_cast<ConformanceJob *>(job))
                out << run;
        return out;
    }
    QList<CallRecord> callsSince(int from) const
    {
        QList<CallRecord> out;
        for (int row = from; row < m_log->rowCount(); ++row)
            out << m_log->record(row);
        return out;
    }
    // The exports started in these calls (their Content-Location), and the URLs DELETEd.
    static QPair<QSet<QString>, QSet<QString>> startedAndDeleted(const QList<CallRecord> &calls)
    {
        QSet<QString> started, deleted;
        for (const CallRecord &r : calls) {
            if (r.status == 202 && r.hasResponseHeader("Content-Location"))
                started.insert(QString::fromUtf8(r.responseHeader("Content-Location")));
            if (r.method == "DELETE" && r.hasResponse())
                deleted.insert(r.url.toString());
        }
        return {started, deleted};
    }

private Q_SLOTS:
    void initTestCase()
    {
        startSuite("ConformanceJobs");
        m_sandbox->configure([](SandboxServer *s) { s->setExportDurationMs(400); });
        selectAndWait(QStringLiteral("sandbox"));
    }
    void cleanupTestCase() { endSuite(); }

    void runIsAJobThatOutlivesItsWindow()
    {
        QPointer<ConformanceWindow> w = open();
        QVERIFY(w);
        QVERIFY(runs().isEmpty());
        QVERIFY(w->start());
        // Listed at once, as the workspace's, running with its progress.
        QCOMPARE(runs().size(), 1);
        ConformanceJob *job = runs().first();
        QVERIFY(job->parent() == m_services->jobs);
        QCOMPARE(job->status(), Job::Status::Running);
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("jobsDock"));
        QTRY_VERIFY(dock->isVisible());
        auto *table = dock->findChild<QTableView *>(QStringLiteral("jobsTable"));
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, JobsModel::JobColumn).data().toString(),
                 QStringLiteral("Conformance run · %1, Group 1").arg(m_services->profile().name));
        QCOMPARE(model->index(0, JobsModel::StatusColumn).data().toString(),
                 QStringLiteral("running"));
        // Progress moves as checks are judged.
        QTRY_VERIFY_WITH_TIMEOUT(
            model->index(0, JobsModel::ProgressColumn).data(JobsModel::PercentRole).toInt() > 0,
            60000);
        QVERIFY(model->index(0, JobsModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral(" of %1 checks").arg(Catalogue::checks().size())));
        shot(QStringLiteral("jobs-dock-conformance-run"));
        // The window closes (and is deleted); the run goes on, listed.
        const int judged = job->done();
        w->close();
        QTRY_VERIFY(w.isNull());
        QCOMPARE(runs(), QList<ConformanceJob *>{job});
        QSignalSpy finished(job, &ConformanceJob::runFinished);
        QVERIFY(job->isRunning());
        QVERIFY(finished.wait(120000));
        QVERIFY(job->done() > judged);
        QCOMPARE(job->status(), Job::Status::Finished);
        QCOMPARE(job->results().size(), Catalogue::checks().size());
        QCOMPARE(model->index(0, JobsModel::StatusColumn).data().toString(),
                 QStringLiteral("finished"));
        const QString verdict = model->index(0, JobsModel::DetailColumn).data().toString();
        QVERIFY2(verdict.contains(QLatin1String("0 failed")), qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("%1 check").arg(Catalogue::checks().size())),
                 qPrintable(verdict));
        // A double-click on the row shows the run in a new window.
        Q_EMIT table->activated(model->index(0, 0));
        auto *again = m_window->findChild<ConformanceWindow *>(QStringLiteral("conformanceWindow"));
        QVERIFY(again);
        QVERIFY(QTest::qWaitForWindowExposed(again));
        QCOMPARE(again->job(), job);
        QCOMPARE(again->results().size(), Catalogue::checks().size());
        QVERIFY(again->findChild<QLabel *>(QStringLiteral("conformanceSummary"))
                    ->text()
                    .contains(QLatin1String("0 failed")));
        QVERIFY(again->findChild<QPushButton *>(QStringLiteral("conformanceHtml"))->isEnabled());
        again->close();
    }

    void chooserRunsAgainstAnotherProfile()
    {
        // Another vendor's server, saved as a profile with its token in the keychain.
        IgServer other;
        const quint16 port = other.start();
        QVERIFY(port);
        other.answer = [](const QHttpServerRequest &) {
            return IgServer::Answer{404,
                                    {{"Content-Type", "application/fhir+json"}},
                                    "{\"resourceType\":\"OperationOutcome\"}"};
        };
        ServerProfile profile;
        profile.name = QStringLiteral("Other vendor");
        profile.environment = ServerProfile::Environment::Custom;
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(port));
        profile.id = m_profiles->saveCustom(profile);
        bool saved = false;
        m_tokens->save(TokenStore::tokenKey(profile.id), "other-vendor-token",
                       [&saved](const SecretBackend::Result &) { saved = true; });
        QTRY_VERIFY(saved);
        const QUrl mainBase = m_services->baseUrl();

        ConformanceWindow *w = open();
        auto *chooser = w->findChild<QComboBox *>(QStringLiteral("conformanceProfile"));
        QVERIFY(chooser);
        // The current profile by default; the new one is offered.
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("sandbox"));
        QVERIFY(chooser->findData(profile.id) >= 0);
        chooser->setCurrentIndex(chooser->findData(profile.id));
        Q_EMIT chooser->activated(chooser->currentIndex());
        auto *server = w->findChild<QLabel *>(QStringLiteral("conformanceServer"));
        QCOMPARE(server->text(), profile.baseUrl.toString());
        // Not the Sandbox: exports are opt-in again.
        QVERIFY(!w->findChild<QCheckBox *>(QStringLiteral("conformanceExports"))->isChecked());
        shot(QStringLiteral("conformance-window-profile-chooser"), w);
        const int before = m_log->rowCount();
        QVERIFY(w->start());
        QSignalSpy done(w, &ConformanceWindow::runFinished);
        QVERIFY(done.wait(120000));
        // Every call went to the chosen server, with its token, and is in the log under its name.
        QVERIFY(!other.seen.isEmpty());
        bool withToken = false;
        for (const IgServer::Seen &s : std::as_const(other.seen))
            for (const auto &h : s.headers)
                withToken = withToken || h.second == "Bearer other-vendor-token";
        QVERIFY(withToken);
        const QList<CallRecord> calls = callsSince(before);
        QVERIFY(!calls.isEmpty());
        for (const CallRecord &r : calls) {
            QCOMPARE(r.url.port(), int(port));
            QCOMPARE(r.profile, profile.name);
        }
        QCOMPARE(w->job()->profile().id, profile.id);
        QCOMPARE(w->job()->header().server, profile.baseUrl.toString());
        // The main window stayed where it was.
        QCOMPARE(m_services->profile().id, QStringLiteral("sandbox"));
        QCOMPARE(m_services->baseUrl(), mainBase);

        // A Production profile among the others still asks before exports, and sends nothing
        // when declined.
        ServerProfile production = profile;
        production.id.clear();
        production.name = QStringLiteral("Other vendor Production");
        production.environment = ServerProfile::Environment::Production;
        production.id = m_profiles->saveCustom(production);
        w->refreshServer();
        QVERIFY(w->chooseProfile(production.id));
        w->findChild<QCheckBox *>(QStringLiteral("conformanceExports"))->setChecked(true);
        const qsizetype seen = other.seen.size();
        Ask::recordMessages(true);
        Ask::setNextAnswer(false);
        QVERIFY(!w->start());
        const QStringList asked = Ask::asked();
        Ask::recordMessages(false);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(production.name), qPrintable(asked.first()));
        QCOMPARE(other.seen.size(), seen);
        w->close();
    }

    // Last: it closes the main window.
    void quitWithAnExportOutAsksAndCancelSendsDelete()
    {
        ConformanceWindow *w = open();
        QVERIFY(w->findChild<QCheckBox *>(QStringLiteral("conformanceExports"))->isChecked());
        const int before = m_log->rowCount();
        QVERIFY(w->start());
        ConformanceJob *job = w->job();
        QTRY_VERIFY_WITH_TIMEOUT(job->exportsOut() > 0, 60000);
        // "Don't quit": the run goes on.
        Ask::recordMessages(true);
        Ask::setNextChoice(2);
        QVERIFY(!m_window->close());
        QStringList asked = Ask::asked();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QLatin1String("conformance run")),
                 qPrintable(asked.first()));
        QVERIFY(job->isRunning());
        QVERIFY(m_window->isVisible());
        // An export is still out (the run may have cancelled the first and started another).
        QTRY_VERIFY_WITH_TIMEOUT(job->exportsOut() > 0, 60000);
        // "Cancel on the server": the window waits for the DELETEs, then closes.
        Ask::setNextChoice(0);
        QSignalSpy finished(job, &ConformanceJob::runFinished);
        m_window->close();
        asked = Ask::asked();
        Ask::recordMessages(false);
        QCOMPARE(asked.size(), 1);
        QVERIFY(finished.wait(60000));
        QCOMPARE(job->status(), Job::Status::Cancelled);
        QCOMPARE(job->exportsOut(), 0);
        QTRY_VERIFY(!m_window->isVisible());
        const auto [started, deleted] = startedAndDeleted(callsSince(before));
        QVERIFY(!started.isEmpty());
        for (const QString &url : started)
            QVERIFY2(deleted.contains(url), qPrintable(url));
        // Stopping failed nothing: what was not judged is skipped.
        for (const CheckResult &r : job->results())
            QVERIFY2(r.outcome != CheckResult::Outcome::Fail, qPrintable(r.id));
    }
};

QTEST_MAIN(TestConformanceWindowJobs)
#include "tst_conformance_window_jobs.moc"
