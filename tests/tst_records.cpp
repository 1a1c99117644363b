// What the window keeps and shares: the call history across restarts, a damaged history, and the
// support bundle with no secret in it. (Preferences and profiles: tst_records_profiles.)
#include "FaultServer.h"
#include "TestCertificates.h"
#include "TestProxy.h"
#include "TestServers.h"
#include "WindowFixture.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenStore.h"
#include "app/calls/Redaction.h"
#include "app/calls/ServerProfile.h"
#include "app/history/Har.h"
#include "app/history/HistoryStore.h"
#include "app/history/HistoryWriter.h"
#include "app/history/RecordJson.h"
#include "app/models/CallLogModel.h"
#include "app/models/RecordFormatter.h"
#include "app/net/ExportJournal.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
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
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUuid>

#include <sys/stat.h>

namespace {
// A file's permission bits (0600 for a private one).
int privateBits(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}
} // namespace

class TestRecords : public QObject, public WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSuite("Records"); }

    void historySurvivesARestart()
    {
        QTemporaryDir dir;
        m_historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        build();
        waitIdle();
        QVERIFY(m_services->history->isOpen());
        QVERIFY(!child<QLabel>("historyBanner")->isVisible());
        sendWith("GET", QStringLiteral("Group/1"), authModeKey(AuthMode::None));
        const CallRecord before = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(before.diagnosis.code, QStringLiteral("gateway.unauthorized"));
        QCOMPARE(before.profile, m_window->currentProfile().name);
        // The Server column tells the profile.
        auto *table = child<QTableView>("callTable");
        QCOMPARE(table->model()
                     ->index(table->model()->rowCount() - 1, CallLogModel::ServerColumn)
                     .data()
                     .toString(),
                 m_window->currentProfile().name);
        const int calls = m_log->rowCount();
        // A restart: a new window, a new log; today's calls come back from the history.
        build();
        waitIdle();
        const int restored = m_log->rowOfId(before.id);
        QVERIFY2(restored >= 0, "the call before the restart is in the log again");
        const CallRecord again = m_log->record(restored);
        QCOMPARE(again.diagnosis.code, before.diagnosis.code);
        QCOMPARE(again.url, before.url);
        QCOMPARE(again.responseHeaders, before.responseHeaders);
        QCOMPARE(again.body, before.body);
        QVERIFY(m_log->rowCount() > calls); // and the new session's metadata read after them
        QVERIFY(m_log->record(m_log->rowCount() - 1).id > before.id); // numbers go on
        child<CallLogPane>("callLogPane")->selectCall(before.id);
        QTRY_VERIFY(child<QLabel>("diagnosisCodeLabel")
                        ->text()
                        .contains(QLatin1String("gateway.unauthorized")));

        // The History dock: every session, filters run on the database.
        auto *historyDock = child<QDockWidget>("historyDock");
        historyDock->toggleViewAction()->trigger();
        QTRY_VERIFY(historyDock->isVisible());
        auto *sessions = child<QComboBox>("historySessionCombo");
        QVERIFY2(sessions->count() >= 3, qPrintable(QString::number(sessions->count())));
        auto *historyTable = child<QTableView>("historyTable");
        // This session's calls are written by the writer's thread: they come in as they land.
        QTRY_COMPARE(historyTable->model()->rowCount(), m_services->history->count({}));
        auto *status = child<QComboBox>("historyStatusCombo");
        status->setCurrentIndex(status->findData(4));
        QCOMPARE(historyTable->model()->rowCount(), 1);
        QCOMPARE(historyTable->model()->index(0, 0).data().toULongLong(), before.id);
        QVERIFY2(
            child<QLabel>("historyCountLabel")->text().contains(QLatin1String("1 stored call")),
            qPrintable(child<QLabel>("historyCountLabel")->text()));
        auto *cause = child<QComboBox>("historyCauseCombo");
        cause->setCurrentIndex(cause->findData(QStringLiteral("header.missing")));
        QCOMPARE(historyTable->model()->rowCount(), 1);
        cause->setCurrentIndex(cause->findData(QStringLiteral("token.expired")));
        QCOMPARE(historyTable->model()->rowCount(), 0);
        cause->setCurrentIndex(0);
        shot(QStringLiteral("24-history"));
        // A stored call that is not in the log any more comes back into it, diagnosed.
        m_log->clear();
        historyTable->setCurrentIndex(historyTable->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>("historyShowButton"), Qt::LeftButton);
        QCOMPARE(m_log->rowCount(), 1);
        QCOMPARE(m_log->record(0).id, before.id);
        QTRY_VERIFY(child<QLabel>("diagnosisCodeLabel")
                        ->text()
                        .contains(QLatin1String("gateway.unauthorized")));
        status->setCurrentIndex(0);
        historyDock->hide();
        build(); // the log as a restart gives it, for the HAR part
        waitIdle();

        // HAR: export what the log shows, import it again: the same records, marked as imported.
        const QString har = dir.filePath(QStringLiteral("calls.har"));
        Ask::setNextFileName(har);
        const mode_t oldMask = ::umask(022);
        child<QAction>("actionExportHar")->trigger();
        ::umask(oldMask);
        QVERIFY(QFile::exists(har));
        QCOMPARE(privateBits(har), 0600); // call records: private under the usual umask
        QFile harFile(har);
        QVERIFY(harFile.open(QIODevice::ReadOnly));
        const QByteArray harBytes = harFile.readAll();
        QVERIFY(!harBytes.contains(m_sandbox->demoToken()));
        QString error;
        const auto parsed = Har::read(harBytes, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->records.size(), m_log->rowCount());
        const int beforeImport = m_log->rowCount();
        Ask::setNextFileName(har);
        child<QAction>("actionImportHar")->trigger();
        QCOMPARE(m_log->rowCount(), 2 * beforeImport);
        for (int i = 0; i < beforeImport; ++i) {
            CallRecord original = m_log->record(i);
            CallRecord imported = m_log->record(beforeImport + i);
            QVERIFY(imported.profile.contains(QLatin1String("calls.har")));
            imported.id = original.id;
            imported.profile = original.profile;
            original.bodyFile.clear();
            QCOMPARE(QJsonDocument(RecordJson::toJson(imported, -1)).toJson(),
                     QJsonDocument(RecordJson::toJson(original, -1)).toJson());
        }
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Imported")));

        // Clear this server's history: asked first.
        Ask::setNextChoice(-1);
        child<QAction>("actionClearHistory")->trigger();
        QVERIFY(m_services->history->count({}) > 0);
        Ask::setNextChoice(1);
        child<QAction>("actionClearHistory")->trigger();
        QCOMPARE(m_services->history->count({}), 0);
        m_historyPath.clear();
        build();
        waitIdle();
    }

    void historyPaneShowsNewCallsAndAFailedWriteIsSaid()
    {
        QTemporaryDir dir;
        m_historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        build();
        waitIdle();
        auto *historyDock = child<QDockWidget>("historyDock");
        historyDock->toggleViewAction()->trigger();
        QTRY_VERIFY(historyDock->isVisible());
        auto *historyTable = child<QTableView>("historyTable");
        QTRY_COMPARE(historyTable->model()->rowCount(), m_services->history->count({}));
        // A call made while the pane shows comes in at the top once written, by the writer's
        // thread (not the GUI's), without the pane being opened again.
        sendWith("GET", QStringLiteral("Group/1"), authModeKey(AuthMode::None));
        const CallRecord sent = m_log->record(m_log->rowCount() - 1);
        QTRY_COMPARE(historyTable->model()->index(0, 0).data().toULongLong(), sent.id);
        QCOMPARE(historyTable->model()->rowCount(), m_services->history->count({}));
        QVERIFY(m_services->historyWriter->lastWrittenBy());
        QVERIFY(m_services->historyWriter->lastWrittenBy() != QThread::currentThread());
        QTRY_VERIFY2(
            child<QLabel>("historyCountLabel")
                ->text()
                .contains(QStringLiteral("%1 stored calls").arg(m_services->history->count({}))),
            qPrintable(child<QLabel>("historyCountLabel")->text()));
        auto *sessions = child<QComboBox>("historySessionCombo");
        QTRY_VERIFY2(sessions->itemText(1).contains(
                         QStringLiteral("(%1 calls)").arg(m_services->history->count({}))),
                     qPrintable(sessions->itemText(1)));

        // Another program makes every write of a call's second row fail: the window says so,
        // and this call and the next stay in the log, in memory.
        {
            auto other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
            other.setDatabaseName(m_historyPath);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(
                QStringLiteral("CREATE TRIGGER refuse_records BEFORE INSERT ON records BEGIN "
                               "SELECT RAISE(ABORT, 'records refused'); END")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
        const int stored = m_services->history->count({});
        auto *banner = child<QLabel>("historyBanner");
        QVERIFY(!banner->isVisible());
        sendWith("GET", QStringLiteral("Group/2"), authModeKey(AuthMode::None));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("could not be written")),
                 qPrintable(banner->text()));
        QCOMPARE(m_services->history->state(), HistoryStore::State::MemoryOnly);
        const int calls = m_log->rowCount();
        sendWith("GET", QStringLiteral("Group/3"), authModeKey(AuthMode::None));
        QCOMPARE(m_log->rowCount(), calls + 1);
        QVERIFY(m_log->record(calls).url.path().endsWith(QLatin1String("/Group/3")));
        m_historyPath.clear();
        build();
        waitIdle();
        HistoryStore again;
        QVERIFY(again.open(dir.filePath(QStringLiteral("history.sqlite"))));
        QCOMPARE(again.count({}), stored); // no half call of Group/2 or 3
    }

    void damagedHistoryIsSaidAndTheLogStillWorks()
    {
        QTemporaryDir dir;
        m_historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        QFile garbage(m_historyPath);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray("not a database").repeated(64));
        garbage.close();
        build();
        waitIdle();
        auto *banner = child<QLabel>("historyBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("damaged")), qPrintable(banner->text()));
        const int calls = m_log->rowCount();
        sendWith("GET", QStringLiteral("metadata"), authModeKey(AuthMode::None));
        QCOMPARE(m_log->rowCount(), calls + 1); // in memory
        shot(QStringLiteral("22-history-damaged"));
        m_historyPath.clear();
        build();
        waitIdle();
        QVERIFY(!child<QLabel>("historyBanner")->isVisible());
    }

    void supportBundleHoldsNoSecret()
    {
        waitIdle();
        // Calls with every kind of secret: the demo token as Bearer and without "Bearer ", a
        // client secret (HTTP Basic and in the form), a private-key assertion.
        const QByteArray token = m_sandbox->demoToken();
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(token));
        sendWith("GET", QStringLiteral("Group/1"), authModeKey(AuthMode::Bearer));
        sendWith("GET", QStringLiteral("Group/1"), authModeKey(AuthMode::Raw));
        const QByteArray pem = SigningKey::generate(SigningKey::Algorithm::RS384).privatePem();
        for (int kind = 0; kind < 3; ++kind) {
            TokenClient::Request request;
            request.tokenUrl = m_sandbox->tokenUrl();
            request.clientId = QLatin1String(SandboxServer::kDemoClientId);
            request.clientSecret = SandboxServer::kDemoClientSecret;
            request.basicAuth = kind == 0;
            if (kind == 2)
                request.privateKeyPem = pem;
            QSignalSpy done(m_services->tokenClient, &TokenClient::finished);
            m_services->tokenClient->request(request);
            QVERIFY(done.wait(10000));
        }
        auto *table = child<QTableView>("callTable");
        table->selectAll();
        child<QAction>("actionSupportBundle")->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = m_window->findChild<QDialog *>(QStringLiteral("supportBundleDialog"))));
        // The preview says what will be shared before anything is written.
        const QString preview =
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("bundleSummaryText"))->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("Token: %1 chars").arg(token.size())),
                 qPrintable(preview));
        QVERIFY(preview.contains(QLatin1String("first cause: header.no-bearer")));
        QVERIFY(!preview.contains(QString::fromLatin1(token)));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("bundleIntroLabel"))
                    ->text()
                    .contains(QLatin1String("Not included")));
        shot(QStringLiteral("23-support-bundle"));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR"))
            dialog->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/23-support-bundle-dialog.png"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.har"));
        Ask::setNextFileName(path);
        const mode_t oldMask = ::umask(022);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveBundleButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("supportBundleDialog")));
        ::umask(oldMask);
        QCOMPARE(privateBits(path), 0600);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject log =
            QJsonDocument::fromJson(bytes).object().value(QLatin1String("log")).toObject();
        QCOMPARE(log.value(QLatin1String("entries")).toArray().size(), m_log->rowCount());
        // Every secret used, and telling parts of them: none is in the file.
        QList<QByteArray> secrets{
            token, token.mid(token.lastIndexOf('.') + 1), SandboxServer::kDemoClientSecret,
            QByteArray(SandboxServer::kDemoClientId) + ':' + SandboxServer::kDemoClientSecret,
            (QByteArray(SandboxServer::kDemoClientId) + ':' + SandboxServer::kDemoClientSecret)
                .toBase64()};
        for (const QByteArray &line : pem.split('\n')) {
            if (line.size() > 40 && !line.startsWith("-----"))
                secrets << line;
        }
        for (const QByteArray &secret : std::as_const(secrets))
            QVERIFY2(!bytes.contains(secret), secret.constData());
        // An access token of the token responses (the Sandbox's) is not there either.
        for (int row = 0; row < m_log->rowCount(); ++row)
            QVERIFY(!m_log->record(row).body.contains("\"access_token\":\"eyJ"));
        QVERIFY(bytes.contains("<redacted"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("support bundle")));
    }

    void cleanupTestCase() { endSuite(); }
};

QTEST_MAIN(TestRecords)
#include "tst_records.moc"
