// A run of saved requests is a session job (issue 24): started from the Requests dock it is
// listed in the Jobs dock with its progress and ends Finished with its counts; hiding the dock
// leaves it running and the Jobs dock shows it there again; Stop cancels it; quitting during a
// run asks.
#include "WindowFixture.h"
#include "app/models/JobsModel.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/Jobs.h"
#include "app/session/ProfileVariables.h"
#include "app/session/RunJob.h"
#include "app/session/TokenSession.h"
#include "ui/Ask.h"
#include "ui/RequestsDock.h"

#include <QDockWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

namespace {

// Three requests, five expectations, one of which fails.
const char *kTries = R"(### Read the group
# @expect status 200
# @expect header X-Request-ID
GET Group/{{groupId}}

### The token without "Bearer "
# @expect diagnosis gateway.access-denied
# @expect cause header.no-bearer
GET Group/{{groupId}}
Authorization: {{token}}

### Expects a 404 it does not get
# @expect status 404
GET Group/{{groupId}}
)";

const char *kOne = R"(### Capabilities
# @expect status 200
GET metadata
)";

} // namespace

class TestJobsRuns : public QObject, public WindowFixture
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    RequestsDock *dock() { return child<RequestsDock>("requestsPane"); }

    // The Sandbox thinks this long before each answer: a run is seen while it goes on.
    void setLatency(int ms)
    {
        m_sandbox->configure([ms](SandboxServer *s) {
            SandboxScenario sc;
            sc.latencyMs = ms;
            s->setScenario(sc);
        });
    }

    // The Requests dock shown, listing the suite's folder.
    void showDock()
    {
        auto *frame = child<QDockWidget>("requestsDock");
        frame->show();
        QVERIFY(frame->isVisible());
        dock()->setFolder(m_dir.path());
        QCOMPARE(child<QTreeWidget>("requestsTree")->topLevelItemCount(), 2);
    }

    // The run the dock started last (the newest run job of the session).
    RunJob *lastRun()
    {
        const QList<Job *> all = m_services->jobs->all();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (auto *run = qobject_cast<RunJob *>(*it))
                return run;
        }
        return nullptr;
    }

    // The Jobs dock's cell of `job` in `column`, as shown.
    QString jobCell(const Job *job, int column, int role = Qt::DisplayRole)
    {
        auto *table = child<QTableView>("jobsTable");
        auto *model = qobject_cast<JobsModel *>(table->model());
        if (!model || model->rowOf(job) < 0)
            return QStringLiteral("(not listed)");
        return model->index(model->rowOf(job), column).data(role).toString();
    }

    // The "Last run" cells of tries.http's requests.
    QStringList lastRunColumn()
    {
        QStringList out;
        auto *tree = child<QTreeWidget>("requestsTree");
        for (int f = 0; f < tree->topLevelItemCount(); ++f) {
            QTreeWidgetItem *file = tree->topLevelItem(f);
            if (file->text(0) != QLatin1String("tries.http"))
                continue;
            for (int i = 0; i < file->childCount(); ++i)
                out << file->child(i)->text(1);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const auto &[name, text] : {std::pair{"tries.http", kTries}, {"one.http", kOne}}) {
            QFile f(m_dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write(text) == qint64(qstrlen(text)));
        }
        startSuite("JobsRuns");
        selectAndWait(ServerProfile::sandbox().id);
        m_services->token->useDemoToken();
        ProfileVariables::save(m_profiles.get(), m_tokens.get(), ServerProfile::sandbox().id,
                               {{QStringLiteral("groupId"), QStringLiteral("1"), false}});
    }

    void cleanup()
    {
        setLatency(0);
        // A run a failed test left going ends before the next test starts its own.
        if (RunJob *run = lastRun(); run && run->isRunning()) {
            QSignalSpy finished(run, &RunJob::finished);
            run->cancel();
            QVERIFY(finished.wait(15000));
        }
    }

    void cleanupTestCase() { endSuite(); }

    void aRunIsListedWithItsProgressAndEndsFinishedWithItsCounts()
    {
        showDock();
        setLatency(300);
        QSignalSpy added(m_services->jobs, &Jobs::added);
        QVERIFY(dock()->selectRequest(QStringLiteral("tries.http"), -1));
        QVERIFY(dock()->runFile());
        QTRY_COMPARE(added.size(), 1);
        RunJob *job = lastRun();
        QVERIFY(job);
        QCOMPARE(job->title(), QStringLiteral("tries.http"));
        QVERIFY(child<QDockWidget>("jobsDock")->isVisible());
        QCOMPARE(jobCell(job, JobsModel::JobColumn),
                 QStringLiteral("Run of saved requests · tries.http"));

        // After the first answer: running, one third, "2 of 3" and the counts so far.
        QSignalSpy oneDone(job, &RunJob::requestFinished);
        QVERIFY(oneDone.wait(15000));
        QCOMPARE(jobCell(job, JobsModel::StatusColumn), QStringLiteral("running"));
        QCOMPARE(jobCell(job, JobsModel::ProgressColumn, JobsModel::PercentRole),
                 QStringLiteral("33"));
        QTRY_VERIFY2(jobCell(job, JobsModel::DetailColumn)
                         .startsWith(QStringLiteral("2 of 3: The token without")),
                     qPrintable(jobCell(job, JobsModel::DetailColumn)));
        QVERIFY(jobCell(job, JobsModel::DetailColumn)
                    .endsWith(QStringLiteral("2 expectations held, 0 failed")));

        QSignalSpy finished(job, &RunJob::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(job->status(), Job::Status::Finished);
        QCOMPARE(job->done(), 3);
        QCOMPARE(jobCell(job, JobsModel::StatusColumn), QStringLiteral("finished"));
        QCOMPARE(jobCell(job, JobsModel::ProgressColumn), QStringLiteral("100%"));
        // "finished" is wider than "running": the column grew with it, nothing is elided.
        auto *table = child<QTableView>("jobsTable");
        const auto *view = static_cast<const QAbstractItemView *>(table); // the public one
        QTRY_VERIFY(table->columnWidth(JobsModel::StatusColumn) >=
                    view->sizeHintForColumn(JobsModel::StatusColumn));
        QCOMPARE(jobCell(job, JobsModel::DetailColumn),
                 QStringLiteral("3 requests, 5 expectations: 4 held, 1 failed."));
        QCOMPARE(dock()->summary(),
                 QStringLiteral("3 requests, 5 expectations: 4 held, 1 failed."));
        QVERIFY(!dock()->isRunning());
        QVERIFY(child<QToolButton>("requestsRunButton")->isEnabled());
        shot(QStringLiteral("jobs-run-finished"));
    }

    void hidingTheDockLeavesTheRunRunningAndTheJobsDockShowsItAgain()
    {
        showDock();
        setLatency(300);
        QVERIFY(dock()->selectRequest(QStringLiteral("tries.http"), -1));
        QVERIFY(dock()->runFile());
        QTRY_VERIFY(lastRun() && lastRun()->isRunning());
        RunJob *job = lastRun();
        QSignalSpy oneDone(job, &RunJob::requestFinished);
        QVERIFY(oneDone.wait(15000));
        shot(QStringLiteral("requests-dock-running"));
        auto *frame = child<QDockWidget>("requestsDock");
        frame->close(); // the dock's own close button
        QVERIFY(!frame->isVisible());
        QVERIFY(job->isRunning());
        QCOMPARE(jobCell(job, JobsModel::StatusColumn), QStringLiteral("running"));
        shot(QStringLiteral("jobs-dock-run-running"));

        QSignalSpy finished(job, &RunJob::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(job->done(), 3); // every request sent, the dock hidden
        QCOMPARE(jobCell(job, JobsModel::StatusColumn), QStringLiteral("finished"));

        // Another run shown meanwhile: the dock shows one.http's request alone.
        frame->show();
        QVERIFY(dock()->selectRequest(QStringLiteral("one.http"), 0));
        QVERIFY(dock()->runSelected());
        QTRY_VERIFY(lastRun() != job && !lastRun()->isRunning() &&
                    lastRun()->status() == Job::Status::Finished);
        QCOMPARE(lastRunColumn(), QStringList({QString(), QString(), QString()}));
        frame->close();

        // A double-click on the first run in the Jobs dock: the dock again, with its results.
        auto *table = child<QTableView>("jobsTable");
        auto *model = qobject_cast<JobsModel *>(table->model());
        const QModelIndex cell = model->index(model->rowOf(job), JobsModel::JobColumn);
        table->scrollTo(cell);
        const QPoint at = table->visualRect(cell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(frame->isVisible());
        QCOMPARE(dock()->shownJob(), job);
        const QStringList cells = lastRunColumn();
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells.at(0), QStringLiteral("200 · ✔ 2/2"));
        QVERIFY2(cells.at(2).contains(QStringLiteral("✘")), qPrintable(cells.at(2)));
        QCOMPARE(dock()->summary(),
                 QStringLiteral("3 requests, 5 expectations: 4 held, 1 failed."));
    }

    void stopCancelsTheRun()
    {
        showDock();
        setLatency(400);
        QVERIFY(dock()->selectRequest(QStringLiteral("tries.http"), -1));
        QVERIFY(dock()->runFile());
        QTRY_VERIFY(lastRun() && lastRun()->isRunning());
        RunJob *job = lastRun();
        QSignalSpy finished(job, &RunJob::finished);
        QSignalSpy oneDone(job, &RunJob::requestFinished);
        QVERIFY(oneDone.wait(15000));
        auto *stop = child<QToolButton>("requestsStopButton");
        QVERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(finished.size() == 1 || finished.wait(15000));
        QCOMPARE(job->status(), Job::Status::Cancelled);
        QVERIFY2(job->done() < 3, qPrintable(QString::number(job->done())));
        QCOMPARE(jobCell(job, JobsModel::StatusColumn), QStringLiteral("cancelled"));
        QVERIFY2(jobCell(job, JobsModel::DetailColumn).startsWith(QStringLiteral("Stopped after ")),
                 qPrintable(jobCell(job, JobsModel::DetailColumn)));
        QVERIFY(!stop->isEnabled());
        QVERIFY(child<QToolButton>("requestsRunButton")->isEnabled());
    }

    void quittingDuringARunAsks()
    {
        showDock();
        setLatency(400);
        QVERIFY(dock()->selectRequest(QStringLiteral("tries.http"), -1));
        QVERIFY(dock()->runFile());
        QTRY_VERIFY(lastRun() && lastRun()->isRunning());
        RunJob *job = lastRun();
        Ask::recordMessages(true);

        Ask::setNextChoice(1); // Don't quit
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QVERIFY(job->isRunning());
        const QStringList asked = Ask::asked();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.constFirst().contains(QStringLiteral("1 run of saved requests")),
                 qPrintable(asked.constFirst()));

        QSignalSpy finished(job, &RunJob::finished);
        Ask::setNextChoice(0); // Stop and quit
        QVERIFY(m_window->close());
        QCOMPARE(Ask::asked().size(), 1);
        QVERIFY(finished.size() == 1 || finished.wait(15000));
        QCOMPARE(job->status(), Job::Status::Cancelled);
        Ask::recordMessages(false);
        build(); // a window for what comes after
    }
};

QTEST_MAIN(TestJobsRuns)
#include "tst_jobs_runs.moc"
