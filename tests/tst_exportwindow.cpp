// The export window driven from the main window: a Group exported end to end, its choices kept,
// the server's error files, progress and token warnings, resume after closing, bad files kept
// aside.
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

class TestExportWindow : public QObject, public WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSuite("Export"); }

    void exportAGroupFromTheWindow()
    {
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/2"));
        child<QComboBox>("authCombo")
            ->setCurrentIndex(child<QComboBox>("authCombo")->findData(QStringLiteral("bearer")));
        m_sandbox->configure([](SandboxServer *s) {
            SandboxScenario sc;
            sc.exportDurationMs = 1500;
            s->setScenario(sc);
        });
        m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("groupEdit"))->text(),
                 QStringLiteral("2"));
        auto *types = dialog->findChild<QListWidget *>(QStringLiteral("typesList"));
        for (int i = 0; i < types->count(); ++i) {
            const QString t = types->item(i)->text();
            if (t == QLatin1String("Patient") || t == QLatin1String("Condition"))
                types->item(i)->setCheckState(Qt::Checked);
        }
        auto *preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("previewText"));
        QVERIFY2(preview->toPlainText().contains(QStringLiteral("_type=Patient,Condition")),
                 qPrintable(preview->toPlainText()));
        // The Sandbox's CapabilityStatement, like the vendor's, lists only Group and Binary.
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("typesNoteLabel"));
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Group, Binary")), qPrintable(note->text()));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Prefer: respond-async")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        auto *timeline = dialog->findChild<QTableWidget *>(QStringLiteral("timelineTable"));
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(timeline->rowCount() >= 1, qPrintable(state->text()), 10000);
        auto *files = dialog->findChild<QTableView *>(QStringLiteral("filesTable"));
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->rowCount() == 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("downloaded and verified")),
                                 10000);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(cell(files, i, 6), QStringLiteral("verified"));
            QCOMPARE(files->model()->index(i, 2).data(Qt::UserRole).toInt(), 100);
            QCOMPARE(cell(files, i, 3), cell(files, i, 1)); // lines == manifest count
        }
        const QString manifest =
            dialog->findChild<QLabel *>(QStringLiteral("manifestLabel"))->text();
        QVERIFY2(manifest.contains(QStringLiteral("requiresAccessToken")) &&
                     manifest.contains(QStringLiteral("true")),
                 qPrintable(manifest));
        auto *expires = dialog->findChild<QLabel *>(QStringLiteral("expiresLabel"));
        QVERIFY(expires->isVisible());
        QVERIFY2(expires->text().contains(QStringLiteral("left")), qPrintable(expires->text()));
        // The polls are in the call log too.
        bool polled = false;
        for (int i = 0; i < m_log->rowCount(); ++i)
            polled = polled || m_log->record(i).purpose == QLatin1String("Poll export status");
        QVERIFY(polled);
        // A downloaded file opens in the content viewer, one row per line.
        files->setCurrentIndex(files->model()->index(0, 0));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("viewFileButton"))->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("viewFileButton")),
                          Qt::LeftButton);
        auto *fileViewer = dialog->findChild<BinaryViewer *>(QStringLiteral("binaryViewer"));
        QVERIFY(fileViewer);
        auto *fileLines = fileViewer->findChild<QTableView *>(QStringLiteral("ndjsonLinesView"));
        QTRY_COMPARE(QString::number(fileLines->model()->rowCount()), cell(files, 0, 1));
        QVERIFY(!fileLines->model()->index(0, 1).data().toString().isEmpty()); // a resourceType
        fileViewer->close();
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(100);
            dialog->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/11-export-files.png"));
            dialog->findChild<QTabWidget *>(QStringLiteral("exportTabs"))->setCurrentIndex(0);
            QTest::qWait(100);
            dialog->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/12-export-timeline.png"));
        }
        // The timeline starts with the kick-off.
        QVERIFY2(timeline->item(0, 3)->text().contains(QStringLiteral("kick-off accepted")),
                 qPrintable(timeline->item(0, 3)->text()));
        QCOMPARE(timeline->item(0, 2)->text(), QStringLiteral("202"));
        dialog->close();
        child<QLineEdit>("tokenEdit")->clear();
    }

    void exportWindowRemembersItsChoicesAndTellsTheCancel()
    {
        // Chosen types and switches come back the next time, on this profile only; a cancelled
        // job's timeline shows its kick-off and its DELETE.
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/2"));
        m_sandbox->configure([](SandboxServer *s) {
            SandboxScenario sc;
            sc.exportDurationMs = 60000;
            sc.retryAfterSecs = 1;
            s->setScenario(sc);
        });
        const auto openExport = [this]() -> QDialog * {
            child<QAction>("actionExport")->trigger();
            auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("exportDialog"));
            if (dialog) [[maybe_unused]]
                const bool shown = QTest::qWaitForWindowExposed(dialog);
            return dialog;
        };
        QDialog *dialog = openExport();
        QVERIFY(dialog);
        auto *types = dialog->findChild<QListWidget *>(QStringLiteral("typesList"));
        for (int i = 0; i < types->count(); ++i) {
            const QString t = types->item(i)->text();
            types->item(i)->setCheckState(t == QLatin1String("Observation") ? Qt::Checked
                                                                            : Qt::Unchecked);
        }
        dialog->findChild<QCheckBox *>(QStringLiteral("noCacheCheck"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("lenientCheck"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("typeFilterEdit"))
            ->setText(QStringLiteral("Observation?status=final"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        auto *timeline = dialog->findChild<QTableWidget *>(QStringLiteral("timelineTable"));
        QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() >= 2, 10000); // kick-off, a poll
        Ask::setNextChoice(0);                                      // Cancel on the server
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelExportButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(timeline->item(timeline->rowCount() - 1, 3) &&
                                     timeline->item(timeline->rowCount() - 1, 3)
                                         ->text()
                                         .contains(QStringLiteral("cancel (DELETE)")),
                                 10000);
        const int last = timeline->rowCount() - 1;
        QVERIFY2(timeline->item(last, 3)->text().contains(QStringLiteral("accepted")),
                 qPrintable(timeline->item(last, 3)->text()));
        QCOMPARE(timeline->item(last, 2)->text(), QStringLiteral("202"));
        QVERIFY(timeline->item(0, 3)->text().contains(QStringLiteral("kick-off accepted")));
        // Double-click the DELETE: the log shows that call.
        const quint64 deleteId = timeline->item(last, 0)->data(Qt::UserRole).toULongLong();
        QCOMPARE(m_log->record(m_log->rowCount() - 1).method, QByteArray("DELETE"));
        QCOMPARE(m_log->record(m_log->rowCount() - 1).id, deleteId);
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(100);
            dialog->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/12-export-cancelled.png"));
        }
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
        // Opened again: as it was left.
        dialog = openExport();
        QVERIFY(dialog);
        types = dialog->findChild<QListWidget *>(QStringLiteral("typesList"));
        QStringList checked;
        for (int i = 0; i < types->count(); ++i) {
            if (types->item(i)->checkState() == Qt::Checked)
                checked << types->item(i)->text();
        }
        QCOMPARE(checked, QStringList{QStringLiteral("Observation")});
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("noCacheCheck"))->isChecked());
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("lenientCheck"))->isChecked());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("typeFilterEdit"))->text(),
                 QStringLiteral("Observation?status=final"));
        QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("previewText"))
                    ->toPlainText()
                    .contains(QStringLiteral("_type=Observation")));
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
        // Another profile starts from the defaults.
        QString preview;
        for (const ServerProfile &p : m_profiles->all()) {
            if (p.environment == ServerProfile::Environment::Preview)
                preview = p.id;
        }
        selectAndWait(preview);
        dialog = openExport();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("noCacheCheck"))->isChecked());
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
        selectAndWait(QStringLiteral("sandbox"));
        AppSettings::setExportChoices(QStringLiteral("sandbox"), {});
        m_sandbox->configure([](SandboxServer *s) { s->setScenario({}); });
        child<QLineEdit>("tokenEdit")->clear();
    }

    void exportShowsTheServersErrorMessages()
    {
        // The manifest lists an error file: its messages are shown grouped with a count, and the
        // outcome says how many there were, as a warning rather than a plain success.
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        child<QComboBox>("authCombo")
            ->setCurrentIndex(child<QComboBox>("authCombo")->findData(QStringLiteral("bearer")));
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/2"));
        m_sandbox->configure([](SandboxServer *s) {
            SandboxScenario sc;
            sc.exportDurationMs = 300;
            sc.errorFiles = true;
            s->setScenario(sc);
        });
        m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("noCacheCheck"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QStringLiteral("from the server")),
                                  qPrintable(state->text()), 20000);
        QVERIFY2(state->text().contains(QStringLiteral("1 error file with 1 message")),
                 qPrintable(state->text()));
        QVERIFY(state->text().contains(SeverityStyle::mark(Diagnosis::Severity::Warning)));
        const QString manifest =
            dialog->findChild<QLabel *>(QStringLiteral("manifestLabel"))->text();
        QVERIFY2(manifest.contains(QStringLiteral(
                     "1× [error/processing] Observation/obs-00001-9: could not be serialised")),
                 qPrintable(manifest));
        dialog->close();
        m_sandbox->configure([](SandboxServer *s) { s->setScenario(SandboxScenario()); });
        child<QLineEdit>("tokenEdit")->clear();
    }

    void exportProgressAndTokenWarning()
    {
        // Slow downloads: the Files tab shows each file's bytes, rate and time left while it runs,
        // and a token that expires within minutes without renewal is announced.
        selectAndWait(QStringLiteral("sandbox"));
        child<QComboBox>("authCombo")
            ->setCurrentIndex(child<QComboBox>("authCombo")->findData(QStringLiteral("bearer")));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->mintToken(240)));
        m_sandbox->configure([](SandboxServer *s) {
            SandboxScenario sc;
            sc.exportDurationMs = 0;
            sc.largeFileMiB = 2;
            sc.trickleKiBps = 512;
            s->setScenario(sc);
        });
        m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("groupEdit"))->setText(QStringLiteral("1"));
        auto *types = dialog->findChild<QListWidget *>(QStringLiteral("typesList"));
        for (int i = 0; i < types->count(); ++i)
            types->item(i)->setCheckState(
                types->item(i)->text() == QLatin1String("Patient") ? Qt::Checked : Qt::Unchecked);
        dialog->findChild<QCheckBox *>(QStringLiteral("noCacheCheck"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        auto *files = dialog->findChild<QTableView *>(QStringLiteral("filesTable"));
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("stateLabel"));
        // The large file trickles: its row shows a rate and time left before it is done.
        QTRY_VERIFY2_WITH_TIMEOUT(files->model()->rowCount() == 2 &&
                                      cell(files, 1, 2).contains(QStringLiteral("/s")) &&
                                      cell(files, 1, 2).contains(QStringLiteral("left")),
                                  qPrintable(state->text()), 15000);
        QVERIFY(state->text().startsWith(QStringLiteral("Downloading: 1 of 2 files done")));
        const int pct = files->model()->index(1, 2).data(Qt::UserRole).toInt();
        QVERIFY(pct > 0 && pct < 100);
        auto *warning = dialog->findChild<QLabel *>(QStringLiteral("tokenWarningLabel"));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("cannot renew")),
                 qPrintable(warning->text()));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(300);
            dialog->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/13-export-downloading.png"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("downloaded and verified")),
                                 20000);
        QVERIFY(!warning->isVisible()); // nothing runs any more: nothing to warn about
        dialog->close();
        m_sandbox->configure([](SandboxServer *s) { s->setScenario(SandboxScenario()); });
        child<QLineEdit>("tokenEdit")->clear();
    }

    void tokenRunningOutWaitsForANewOne()
    {
        // The token runs out part way through the downloads: the window does not fail file after
        // file, it waits and says so; a token pasted into the token bar lets it go on.
        selectAndWait(QStringLiteral("sandbox"));
        child<QComboBox>("authCombo")
            ->setCurrentIndex(child<QComboBox>("authCombo")->findData(QStringLiteral("bearer")));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->mintToken(4)));
        m_sandbox->configure([](SandboxServer *s) {
            SandboxScenario sc;
            sc.exportDurationMs = 0;
            sc.smallFiles = 16;
            sc.trickleKiBps = 16; // 8 KiB files: half a second each
            s->setScenario(sc);
        });
        m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        auto *dialog = m_window->findChild<ExportDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("groupEdit"))->setText(QStringLiteral("1"));
        auto *types = dialog->findChild<QListWidget *>(QStringLiteral("typesList"));
        for (int i = 0; i < types->count(); ++i)
            types->item(i)->setCheckState(
                types->item(i)->text() == QLatin1String("Patient") ? Qt::Checked : Qt::Unchecked);
        dialog->findChild<QCheckBox *>(QStringLiteral("noCacheCheck"))->setChecked(true);
        const int before = m_log->rowCount();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            state->text().startsWith(QStringLiteral("Waiting for a new token")),
            qPrintable(state->text()), 20000);
        QVERIFY(dialog->session()->awaitingToken());
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(300);
            dialog->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/13-export-waiting-for-a-token.png"));
        }
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QStringLiteral("downloaded and verified")),
                                  qPrintable(state->text()), 30000);
        int refused = 0;
        for (int row = before; row < m_log->rowCount(); ++row)
            refused += m_log->record(row).status == 403 ? 1 : 0;
        QVERIFY2(refused >= 1 && refused <= 2, qPrintable(QString::number(refused)));
        dialog->close();
        m_sandbox->configure([](SandboxServer *s) { s->setScenario(SandboxScenario()); });
        child<QLineEdit>("tokenEdit")->clear();
    }

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

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
