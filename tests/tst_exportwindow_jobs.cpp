// The export window as a view of a session job: Esc hides it and the job goes on, listed;
// Cancel asks (DELETE on the server or stop watching, resumed later); quitting during an
// export asks; a Sandbox job after a restart is said to be gone; bad files kept aside; a
// manifest of many files. The export itself is tst_exportwindow.
#include "FaultServer.h"
#include "TestCertificates.h"
#include "TestServers.h"
#include "WindowFixture.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenStore.h"
#include "app/calls/Redaction.h"
#include "app/calls/ServerProfile.h"
#include "app/history/Har.h"
#include "app/history/HistoryStore.h"
#include "app/history/RecordJson.h"
#include "app/models/CallLogModel.h"
#include "app/models/JobsModel.h"
#include "app/net/ExportJournal.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ExportJob.h"
#include "app/session/Job.h"
#include "app/session/ServerSession.h"
#include "app/session/TokenRequestSettings.h"
#include "app/session/Workspace.h"
#include "app/support/AppSettings.h"
#include "app/support/Translations.h"
#include "app/tokens/SigningKey.h"
#include "ui/Ask.h"
#include "ui/BinaryViewer.h"
#include "ui/CallDetailPane.h"
#include "ui/CallLogPane.h"
#include "ui/ExportDialog.h"
#include "ui/GroupsPane.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/SeverityStyle.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslServer>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUuid>

// A cell of the export window's Files table, as shown.
static QString cell(const QTableView *files, int row, int column)
{
    return files->model()->index(row, column).data().toString();
}

class TestExportJobs : public QObject, public WindowFixture
{
    Q_OBJECT
private:
    // The export window shown now (a closed one may linger, hidden, while its job runs).
    ExportDialog *shownExportDialog()
    {
        for (ExportDialog *d :
             m_window->findChildren<ExportDialog *>(QStringLiteral("exportDialog")))
            if (d->isVisible())
                return d;
        return nullptr;
    }

    // A Sandbox export of Group `group` started from the window (the server takes `durationMs`).
    ExportDialog *startSandboxExport(const QString &group, int durationMs)
    {
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        child<QComboBox>("authCombo")
            ->setCurrentIndex(child<QComboBox>("authCombo")->findData(QStringLiteral("bearer")));
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/") + group);
        m_sandbox->configure([durationMs](SandboxServer *s) {
            SandboxScenario sc;
            sc.exportDurationMs = durationMs;
            sc.retryAfterSecs = 1;
            s->setScenario(sc);
        });
        child<QAction>("actionExport")->trigger();
        ExportDialog *dialog = shownExportDialog();
        if (!dialog)
            return nullptr;
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        return dialog;
    }

    // The Jobs dock's Status column, as shown, for the job of this window.
    QString jobStatus(const ExportDialog *dialog)
    {
        auto *table = child<QTableView>("jobsTable");
        const auto *model = qobject_cast<const JobsModel *>(table->model());
        const int row = model ? model->rowOf(dialog->job()) : -1;
        return row < 0 ? QString() : model->index(row, JobsModel::StatusColumn).data().toString();
    }

    // The Sandbox's own word on a job: a GET of its status URL (404 once it was cancelled).
    int sandboxStatusOf(const QString &statusUrl)
    {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request{QUrl(statusUrl)};
        request.setRawHeader("Authorization", "Bearer " + m_sandbox->demoToken());
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return 0;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private Q_SLOTS:
    void initTestCase() { startSuite("ExportJobs"); }

    void escLeavesTheJobRunningAndListed()
    {
        // Esc hides the window; the job goes on, listed in the Jobs dock; Ctrl+E shows that job
        // again, not an empty window; it finishes while hidden.
        ExportDialog *dialog = startSandboxExport(QStringLiteral("1"), 2500);
        QVERIFY(dialog);
        auto *timeline = dialog->findChild<QTableWidget *>(QStringLiteral("timelineTable"));
        QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() >= 1, 10000);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(dialog->job()->isActive()); // not stopped, not deleted
        auto *dock = child<QDockWidget>("jobsDock");
        QVERIFY(dock->isVisible());
        QCOMPARE(jobStatus(dialog), QStringLiteral("waiting"));
        // Nothing to resume: the job runs here.
        QVERIFY(!child<QAction>("actionResumeExport")->isEnabled());
        QVERIFY(!child<QLabel>("unfinishedExportsLabel")->isVisible());
        shot(QStringLiteral("14-jobs-dock"));
        child<QAction>("actionExport")->trigger();
        QCOMPARE(shownExportDialog(), dialog);
        QVERIFY(timeline->rowCount() >= 1); // the same job's timeline, not an empty window
        dialog->close();
        QTRY_VERIFY2_WITH_TIMEOUT(jobStatus(dialog) == QLatin1String("finished"),
                                  qPrintable(jobStatus(dialog)), 20000);
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QVERIFY2(state->text().contains(QStringLiteral("downloaded and verified")),
                 qPrintable(state->text()));
        child<QAction>("actionExport")->trigger(); // the job ended: a new window this time
        ExportDialog *fresh = shownExportDialog();
        QVERIFY(fresh && fresh != dialog);
        QCOMPARE(fresh->findChild<QTableWidget *>(QStringLiteral("timelineTable"))->rowCount(), 0);
        fresh->close();
        m_sandbox->configure([](SandboxServer *s) { s->setScenario({}); });
        child<QLineEdit>("tokenEdit")->clear();
    }

    void cancelAsksAndStopWatchingResumesLater()
    {
        // Cancel asks (through Ask): "Stop watching" sends no DELETE and leaves the job to
        // resume; the status line and the Resume action say so together; Resume finishes it,
        // after which neither claims an unfinished export.
        Ask::recordMessages(true);
        ExportDialog *dialog = startSandboxExport(QStringLiteral("1"), 2500);
        QVERIFY(dialog);
        auto *timeline = dialog->findChild<QTableWidget *>(QStringLiteral("timelineTable"));
        QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() >= 2, 10000); // kick-off, a poll
        const QString statusUrl = dialog->job()->statusUrl();
        Ask::setNextChoice(1); // Stop watching
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelExportButton")),
                          Qt::LeftButton);
        const QStringList asked = Ask::asked();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("DELETE")), qPrintable(asked.first()));
        QCOMPARE(dialog->job()->status(), Job::Status::Stopped);
        for (int row = 0; row < timeline->rowCount(); ++row)
            QVERIFY(!timeline->item(row, 3)->text().contains(QStringLiteral("cancel (DELETE)")));
        QCOMPARE(sandboxStatusOf(statusUrl), 202); // still running on the server
        auto *resume = child<QAction>("actionResumeExport");
        auto *line = child<QLabel>("unfinishedExportsLabel");
        QVERIFY(resume->isEnabled());
        QVERIFY(line->isVisible());
        QVERIFY2(line->text().startsWith(QStringLiteral("1 unfinished export")),
                 qPrintable(line->text()));
        const QPointer<ExportDialog> stopped(dialog);
        dialog->close(); // its job ended here: the window goes, the job stays listed
        QTRY_VERIFY(!stopped);
        QCOMPARE(child<QTableView>("jobsTable")
                     ->model()
                     ->match(child<QTableView>("jobsTable")->model()->index(0, 1), Qt::DisplayRole,
                             QStringLiteral("left to resume later"))
                     .size(),
                 1);
        resume->trigger();
        ExportDialog *resumed = shownExportDialog();
        QVERIFY(resumed);
        QCOMPARE(resumed->job()->statusUrl(), statusUrl);
        QVERIFY(!resume->isEnabled()); // it runs here now: nothing left to resume
        QVERIFY(!line->isVisible());
        auto *state = resumed->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QStringLiteral("downloaded and verified")),
                                  qPrintable(state->text()), 15000);
        resumed->close();
        // One finished and (below) one cancelled on the server: nothing claims an unfinished one.
        dialog = startSandboxExport(QStringLiteral("2"), 60000);
        timeline = dialog->findChild<QTableWidget *>(QStringLiteral("timelineTable"));
        QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() >= 2, 10000);
        Ask::setNextChoice(0); // Cancel on the server
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelExportButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            timeline->item(timeline->rowCount() - 1, 3)->text().contains(QStringLiteral("DELETE")),
            10000);
        QCOMPARE(sandboxStatusOf(dialog->job()->statusUrl()), 404); // the Sandbox forgot it
        QVERIFY(!resume->isEnabled());
        QVERIFY(!line->isVisible());
        QVERIFY2(!m_window->statusBar()->currentMessage().contains(QStringLiteral("unfinished")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        dialog->close();
        Ask::recordMessages(false);
        m_sandbox->configure([](SandboxServer *s) { s->setScenario({}); });
        child<QLineEdit>("tokenEdit")->clear();
    }

    void quittingDuringAnExportAsks()
    {
        // Each answer does what it says: don't quit (the window stays, the job runs), leave it to
        // resume later (the window closes, the journal keeps it), cancel on the server (the
        // window closes once the Sandbox has answered the DELETE).
        Ask::recordMessages(true);
        ExportDialog *dialog = startSandboxExport(QStringLiteral("1"), 60000);
        QVERIFY(dialog);
        auto *timeline = dialog->findChild<QTableWidget *>(QStringLiteral("timelineTable"));
        QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() >= 2, 10000);
        QTest::keyClick(dialog, Qt::Key_Escape);
        const QString firstUrl = dialog->job()->statusUrl();

        Ask::setNextChoice(2); // Don't quit
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QVERIFY(dialog->job()->isActive());
        QCOMPARE(Ask::asked().size(), 1);

        Ask::setNextChoice(1); // Leave it to resume later
        QVERIFY(m_window->close());
        QCOMPARE(Ask::asked().size(), 1);
        QCOMPARE(ExportJournal().find(firstUrl)->state, QStringLiteral("polling"));
        QCOMPARE(sandboxStatusOf(firstUrl), 202); // no DELETE: it goes on at the server
        build();

        dialog = startSandboxExport(QStringLiteral("2"), 60000);
        QVERIFY(dialog);
        timeline = dialog->findChild<QTableWidget *>(QStringLiteral("timelineTable"));
        QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() >= 2, 10000);
        const QString secondUrl = dialog->job()->statusUrl();
        Ask::setNextChoice(0);       // Cancel on the server
        QVERIFY(!m_window->close()); // not yet: the DELETE is on its way
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 10000);
        QCOMPARE(sandboxStatusOf(secondUrl), 404);
        QCOMPARE(ExportJournal().find(secondUrl)->state, QStringLiteral("cancelled"));
        Ask::asked();
        Ask::recordMessages(false);
        build();
        m_sandbox->configure([](SandboxServer *s) { s->setScenario({}); });
    }

    void sandboxJobAfterARestartIsSaidGone()
    {
        // The journal holds a Sandbox job of an earlier run (another port): Resume says plainly
        // that it is gone, sends nothing, and then nothing claims an unfinished export.
        ExportJournal journal;
        for (const ExportJournal::Entry &e : journal.unfinished()) { // earlier tests' jobs
            ExportJournal::Entry done = e;
            done.state = QStringLiteral("cancelled");
            journal.upsert(done);
        }
        ExportJournal::Entry old;
        old.id = QStringLiteral("export-earlier-run");
        old.profileId = QStringLiteral("sandbox");
        old.baseUrl = QStringLiteral("http://127.0.0.1:9/fhir");
        old.groupId = QStringLiteral("1");
        old.statusUrl = QStringLiteral("http://127.0.0.1:9/fhir/$export-poll-status?_id=old");
        old.state = QStringLiteral("polling");
        old.updated = QDateTime::currentDateTimeUtc();
        journal.upsert(old);
        selectAndWait(QStringLiteral("netsmart-preview"));
        selectAndWait(QStringLiteral("sandbox"));
        auto *resume = child<QAction>("actionResumeExport");
        auto *line = child<QLabel>("unfinishedExportsLabel");
        QVERIFY(resume->isEnabled());
        QVERIFY(line->isVisible());
        const int calls = m_log->rowCount();
        QElapsedTimer clock;
        clock.start();
        resume->trigger();
        ExportDialog *dialog = shownExportDialog();
        QVERIFY(dialog);
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QVERIFY2(state->text().contains(QStringLiteral("gone")), qPrintable(state->text()));
        QVERIFY2(state->text().contains(QStringLiteral("Sandbox")), qPrintable(state->text()));
        QVERIFY(clock.elapsed() < 5000);    // said at once, not after retrying a dead port
        QCOMPARE(m_log->rowCount(), calls); // nothing sent
        QCOMPARE(dialog->job()->status(), Job::Status::Failed);
        QVERIFY(!resume->isEnabled());
        QVERIFY(!line->isVisible());
        QCOMPARE(ExportJournal().find(old.statusUrl)->state, QStringLiteral("failed"));
        shot(QStringLiteral("14-export-sandbox-job-gone"), dialog);
        dialog->close();
    }

    void exportWindowKeepsBadFilesAside()
    {
        // A file that fails verification keeps no final name, a full disk is said as such, and
        // the verified file beside them is complete: seen in the export window.
        FaultServer server;
        server.start();
        server.acceptExport("/Group/g1/$export", server.url(QStringLiteral("/status/1")));
        server.on("/status/1", [&server](const FaultServer::Request &, int) {
            const QByteArray base = server.url().toEncoded();
            return FaultServer::answer(
                200,
                "{\"transactionTime\":\"2026-01-01T00:00:00Z\",\"request\":\"" + base +
                    "/Group/g1/$export\","
                    "\"requiresAccessToken\":true,\"output\":["
                    "{\"type\":\"Patient\",\"url\":\"" +
                    base +
                    "/f/1\",\"count\":2},"
                    "{\"type\":\"Condition\",\"url\":\"" +
                    base +
                    "/f/2\"},"
                    "{\"type\":\"Observation\",\"url\":\"" +
                    base + "/f/3\",\"count\":1}],\"error\":[]}",
                {{"Content-Type", "application/json"}});
        });
        server.on("/f/1", [](const FaultServer::Request &, int) {
            return FaultServer::answer(200, "{\"resourceType\":\"Patient\",\"id\":\"a\"}\n{"
                                            "\"resourceType\":\"Patient\",\"id\n");
        });
        server.on("/f/2", [](const FaultServer::Request &, int) {
            return FaultServer::answer(200, "{\"resourceType\":\"Condition\"}\n");
        });
        server.on("/f/3", [](const FaultServer::Request &, int) {
            return FaultServer::answer(200, "{\"resourceType\":\"Observation\"}\n");
        });
        QNetworkAccessManager nam;
        FhirClient client(&nam);
        client.setBaseUrl(server.url());
        client.setAuthorization(AuthMode::Bearer, "test-token-for-the-fault-server");
        QTemporaryDir out;
        ExportJournal journal(out.filePath(QStringLiteral("journal.json")));
        // A link planted at the Condition file's .part (to /dev/full) is never followed: the
        // row says why that file failed.
        const QString job = QString::fromLatin1(
            QCryptographicHash::hash(server.url(QStringLiteral("/status/1")).toString().toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex()
                .left(12));
        const QString folder = out.filePath(QStringLiteral("export-") + job);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"),
                            QDir(folder).filePath(QStringLiteral("002-Condition.ndjson.part"))));
        ServerSession session(&client);
        ExportJob exportJob(&client, out.path(), &journal, QStringLiteral("faults"));
        ExportDialog dialog(&exportJob, &session, &journal, QStringLiteral("g1"), m_window.get());
        dialog.resize(1100, 700);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        auto *state = dialog.findChild<QLabel *>(QStringLiteral("stateLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            state->text().contains(QStringLiteral("could not be downloaded or verified")),
            qPrintable(state->text()), 20000);
        auto *files = dialog.findChild<QTableView *>(QStringLiteral("filesTable"));
        QVERIFY2(cell(files, 0, 6).contains(QStringLiteral("kept as 001-Patient.ndjson.rejected")),
                 qPrintable(cell(files, 0, 6)));
        QVERIFY2(cell(files, 1, 6).contains(QStringLiteral("symbolic link")),
                 qPrintable(cell(files, 1, 6)));
        QVERIFY(QFileInfo(QDir(folder).filePath(QStringLiteral("002-Condition.ndjson.part")))
                    .isSymLink());
        QCOMPARE(cell(files, 2, 6), QStringLiteral("verified"));
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("001-Patient.ndjson"))));
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("002-Condition.ndjson"))));
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("003-Observation.ndjson"))));
        // The rejected bytes can still be looked at.
        files->setCurrentIndex(files->model()->index(0, 0));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("viewFileButton")),
                          Qt::LeftButton);
        auto *viewer = dialog.findChild<BinaryViewer *>(QStringLiteral("binaryViewer"));
        QVERIFY(viewer);
        viewer->close();
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QDir().mkpath(qEnvironmentVariable("FBX_SCREENSHOT_DIR"));
            QTest::qWait(100);
            dialog.grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                               QStringLiteral("/13-export-rejected.png"));
        }
    }

    void aManifestOfManyFiles()
    {
        // 1,200 files: the rows come in batches while the first files already finish; none of
        // the finished rows is overwritten by a later batch, and each ends verified.
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        m_sandbox->configure([](SandboxServer *s) {
            SandboxScenario sc;
            sc.exportDurationMs = 0;
            sc.retryAfterSecs = 0;
            sc.smallFiles = 1200;
            sc.smallFileKiB = 1;
            s->setScenario(sc);
        });
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/1"));
        m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("exportDialog"))));
        dialog->findChild<QSpinBox *>(QStringLiteral("parallelSpin"))->setValue(4);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QStringLiteral("downloaded and verified")),
                                  qPrintable(state->text()), 60000);
        auto *files = dialog->findChild<QTableView *>(QStringLiteral("filesTable"));
        QVERIFY(files->model()->rowCount() >= 1200);
        for (int i = 0; i < files->model()->rowCount(); ++i)
            QVERIFY2(cell(files, i, 6) == QLatin1String("verified"),
                     qPrintable(QStringLiteral("row %1").arg(i)));
        // Each column is at least as wide as what its widest cell needs.
        QVERIFY(files->columnWidth(0) >= files->fontMetrics().horizontalAdvance(cell(files, 0, 0)));
        dialog->close();
        m_sandbox->configure([](SandboxServer *s) { s->setScenario({}); });
    }

    void cleanupTestCase() { endSuite(); }
};

QTEST_MAIN(TestExportJobs)
#include "tst_exportwindow_jobs.moc"
