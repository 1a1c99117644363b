// The export window driven from the main window: a Group exported end to end, its choices kept,
// the server's error files, progress and token warnings, a token running out. The window as a
// view of its job (Esc, Cancel, Quit, resume, bad files kept aside) is tst_exportwindow_jobs.
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

    void cleanupTestCase() { endSuite(); }
};

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
