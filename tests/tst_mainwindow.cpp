// The real main window, driven the way an analyst uses it (offscreen).
#include "FaultServer.h"
#include "TestCertificates.h"
#include "TestServers.h"
#include "WindowFixture.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenRequestSettings.h"
#include "app/auth/TokenStore.h"
#include "app/history/Har.h"
#include "app/history/HistoryStore.h"
#include "app/history/RecordJson.h"
#include "app/models/CallLogModel.h"
#include "app/net/ExportJournal.h"
#include "app/net/FhirClient.h"
#include "app/net/Redaction.h"
#include "app/net/ServerProfile.h"
#include "app/net/ServerSession.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/support/AppSettings.h"
#include "app/support/Translations.h"
#include "app/tokens/SigningKey.h"
#include "ui/Ask.h"
#include "ui/BinaryViewer.h"
#include "ui/CallDetailPane.h"
#include "ui/CallLogPane.h"
#include "ui/ExplorerServices.h"
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

static QStringList s_messages;
static QtMessageHandler s_previousHandler = nullptr;
static void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_messages << message;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

class TestMainWindow : public QObject, public WindowFixture
{
    Q_OBJECT
private:
    // What the test keychain holds under `key` (nothing: not found).
    std::optional<QByteArray> stored(const QString &key)
    {
        std::optional<SecretBackend::Result> result;
        m_keychain.read(key, [&result](const SecretBackend::Result &r) { result = r; });
        for (int i = 0; i < 100 && !result; ++i)
            QTest::qWait(10);
        if (!result || result->status != SecretBackend::Status::Ok)
            return std::nullopt;
        return result->value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        s_previousHandler = qInstallMessageHandler(collect);
        QLoggingCategory::setFilterRules(QStringLiteral("fbx.*=true")); // log everything we log
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FhirBulkExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("FhirBulkExplorerTest"));
        QSettings().clear();
        Translations::install(qApp, QStringLiteral("en")); // as the app does: English plurals
        QFile::remove(ExportJournal::defaultPath());       // test-mode data of an earlier run
        build();
    }

    void opensOnTheSandbox()
    {
        QCOMPARE(m_window->currentProfile().environment, ServerProfile::Environment::Sandbox);
        QVERIFY(m_sandbox->isRunning());
        QVERIFY(
            child<QLabel>("baseUrlLabel")->text().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(child<QLabel>("environmentBanner")->text().contains(QStringLiteral("Sandbox")));
        // The server's CapabilityStatement is read when the profile connects, without a token,
        // and shown in the Server capabilities pane; the call is in the log like any other.
        QTRY_VERIFY(!child<QWidget>("capabilityPane")->property("loading").toBool());
        QCOMPARE(m_log->rowCount(), 1);
        QCOMPARE(m_log->record(0).purpose, QStringLiteral("Read CapabilityStatement"));
        QVERIFY(!m_log->record(0).hasRequestHeader("Authorization"));
        const QString summary = child<QLabel>("capabilitySummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("HAPI FHIR Server 5.7.6")) &&
                     summary.contains(QStringLiteral("4.0.1")),
                 qPrintable(summary));
        auto *resources = child<QTableView>("resourcesView");
        QCOMPARE(resources->model()->rowCount(), 2);
        QCOMPARE(resources->model()->index(0, 2).data().toString(), QStringLiteral("$export"));
        QVERIFY2(child<QLabel>("serverInfoLabel")
                     ->text()
                     .contains(QStringLiteral("HAPI FHIR Server 5.7.6")),
                 qPrintable(child<QLabel>("serverInfoLabel")->text()));
        // The Sandbox lists XML: the XML formats stay offered.
        auto *formats =
            qobject_cast<QStandardItemModel *>(child<QComboBox>("formatCombo")->model());
        for (int i = 0; i < formats->rowCount(); ++i)
            QVERIFY(formats->item(i)->isEnabled());
        shot(QStringLiteral("01-start"));
    }

    void unauthorizedCallIsExplained()
    {
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("none"));
        QCOMPARE(m_log->rowCount(), 2); // after the CapabilityStatement read at start
        const CallRecord r = m_log->record(1);
        QCOMPARE(*r.status, 401);
        QCOMPARE(r.diagnosis.code, QStringLiteral("gateway.unauthorized"));

        // The new call is selected and shown.
        auto *table = child<QTableView>("callTable");
        QTRY_VERIFY(table->currentIndex().isValid());
        QCOMPARE(
            table->currentIndex().siblingAtColumn(CallLogModel::DiagnosisColumn).data().toString(),
            QStringLiteral("gateway.unauthorized"));
        QVERIFY(child<QLabel>("diagnosisCodeLabel")
                    ->text()
                    .contains(QStringLiteral("gateway.unauthorized")));
        // The ranked causes, with their evidence.
        auto *causes = child<QLabel>("causesLabel");
        QVERIFY(causes->isVisible());
        QVERIFY2(causes->text().contains(QStringLiteral("header.missing")) &&
                     causes->text().contains(QStringLiteral("No Authorization header")),
                 qPrintable(causes->text()));
        auto *tabs = child<QTabWidget>("detailTabs");
        tabs->setCurrentWidget(child<QWidget>("headersTab"));
        auto *headers = child<QTableView>("headersTable");
        bool found = false;
        for (int i = 0; i < headers->model()->rowCount(); ++i) {
            if (headers->model()->index(i, 0).data().toString() ==
                QLatin1String("x-amzn-ErrorType")) {
                QCOMPARE(headers->model()->index(i, 1).data().toString(),
                         QStringLiteral("UnauthorizedException"));
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(child<QLabel>("correlationLabel")
                    ->text()
                    .contains(QString::fromLatin1(r.requestIdSent)));
        QVERIFY(!QUuid::fromString(QLatin1String(r.requestIdSent)).isNull());
        shot(QStringLiteral("02-unauthorized-headers"));
        tabs->setCurrentWidget(child<QWidget>("bodyTab"));
        auto *body = child<QPlainTextEdit>("bodyText");
        QTRY_VERIFY(body->toPlainText().contains(QStringLiteral("\"message\": \"Unauthorized\"")));
        tabs->setCurrentWidget(child<QWidget>("diagnosticsTab"));
        shot(QStringLiteral("03-unauthorized-diagnosis"));
    }

    void everyVendorAnswerFromTheExamplesMenu()
    {
        auto *menu = child<QMenu>("examplesMenu");
        const QList<QAction *> actions = menu->actions();
        QVERIFY(actions.size() >= 13);
        const int before = m_log->rowCount();
        for (QAction *a : actions) {
            a->trigger();
            waitIdle();
        }
        QCOMPARE(m_log->rowCount(), before + actions.size());
        QSet<QString> codes;
        for (int i = before; i < m_log->rowCount(); ++i)
            codes.insert(m_log->record(i).diagnosis.code);
        for (const char *expected :
             {"ok", "gateway.unauthorized", "gateway.access-denied", "gateway.incomplete-signature",
              "gateway.missing-authentication-token", "fhir.bad-request", "fhir.not-found",
              "fhir.server-error", "fhir.not-implemented"})
            QVERIFY2(codes.contains(QLatin1String(expected)), expected);
        // Each example's first cause, as its label (the vendor page's words) names it.
        const QList<QPair<QString, QString>> firstCauses = {
            {QStringLiteral("401 Unauthorized: no Authorization header"),
             QStringLiteral("header.missing")},
            {QStringLiteral("401 Unauthorized: empty Authorization header"),
             QStringLiteral("header.empty")},
            {QStringLiteral("403 AccessDenied: invalid token"), QStringLiteral("token.garbled")},
            {QStringLiteral("403 AccessDenied: token without \"Bearer \""),
             QStringLiteral("header.no-bearer")},
            {QStringLiteral("403 IncompleteSignature: invalid path"),
             QStringLiteral("route.unknown-path")},
            {QStringLiteral("403 IncompleteSignature: unsupported method PATCH"),
             QStringLiteral("route.method-not-routed")},
            {QStringLiteral("403 IncompleteSignature: invalid path, token without \"Bearer \""),
             QStringLiteral("route.unknown-path")},
            {QStringLiteral("403 MissingAuthenticationToken: invalid path, no header"),
             QStringLiteral("route.unknown-path")},
            {QStringLiteral("200 OK: read Group/1 with the demo token"), QString()}};
        int checked = 0;
        for (int i = 0; i < actions.size(); ++i) {
            for (const auto &expect : firstCauses) {
                if (actions.at(i)->text() == expect.first) {
                    QCOMPARE(m_log->record(before + i).diagnosis.firstCause(), expect.second);
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, firstCauses.size());
        // Select the 404 to look at its OperationOutcome issues.
        for (int i = before; i < m_log->rowCount(); ++i) {
            if (m_log->record(i).diagnosis.code == QLatin1String("fhir.not-found")) {
                auto *table = child<QTableView>("callTable");
                table->setCurrentIndex(table->model()->index(i, 0));
            }
        }
        auto *issues = child<QTableView>("issuesTable");
        QTRY_VERIFY(issues->isVisible());
        QCOMPARE(issues->model()->index(0, 2).data().toString(),
                 QStringLiteral("HAPI-0436: Resource Patient/123456 is not known"));
        shot(QStringLiteral("04-examples-404"));
        // The PATCH example: the gateway's IncompleteSignature answer, explained, token redacted.
        for (int i = before; i < m_log->rowCount(); ++i) {
            const CallRecord &r = m_log->record(i);
            if (r.method == "PATCH") {
                auto *table = child<QTableView>("callTable");
                table->setCurrentIndex(table->model()->index(i, 0));
                QVERIFY(r.bodyRedacted);
                QVERIFY(!r.body.contains(m_sandbox->demoToken()));
            }
        }
        QVERIFY(child<QLabel>("diagnosisDetailLabel")
                    ->text()
                    .contains(QStringLiteral("missing equal-sign")));
        shot(QStringLiteral("06-incomplete-signature"));
    }

    void filterNarrowsTheLog()
    {
        auto *table = child<QTableView>("callTable");
        const int all = table->model()->rowCount();
        child<QLineEdit>("filterEdit")->setText(QStringLiteral("Invalid/123456"));
        QTRY_COMPARE(table->model()->rowCount(), 3);
        child<QLineEdit>("filterEdit")->clear();
        auto *diag = child<QComboBox>("diagnosisCombo");
        diag->setCurrentIndex(diag->findData(QStringLiteral("gateway.")));
        QVERIFY(table->model()->rowCount() < all);
        for (int i = 0; i < table->model()->rowCount(); ++i)
            QVERIFY(table->model()
                        ->index(i, CallLogModel::DiagnosisColumn)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("gateway.")));
        diag->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), all);
    }

    void ownRequestIdIsSentAndReturned()
    {
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        child<QLineEdit>("requestIdEdit")->setText(QStringLiteral("case-4711"));
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
        const CallRecord r = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(r.requestIdSent, QByteArray("case-4711"));
        QCOMPARE(r.correlationIdReceived, QByteArray("case-4711"));
        QVERIFY(
            child<QLabel>("correlationLabel")->text().contains(QStringLiteral("X-Correlation-Id")));
        child<QLineEdit>("requestIdEdit")->clear();
    }

    void tokenNeverLandsInSettings()
    {
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
        QCOMPARE(*m_log->record(m_log->rowCount() - 1).status, 200);
        QVERIFY(child<QLabel>("tokenInfoLabel")->text().contains(QStringLiteral("expires in")));
        m_settings->sync();
        QFile f(m_settings->fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("lastProfile"));
        QVERIFY(!content.contains(m_sandbox->demoToken().mid(10, 20)));
    }

    void markedTokenThroughTheComposerLeavesNoTrace()
    {
        // The window's ways in: the token field and the composer. A wrong route makes the gateway
        // quote the header back (IncompleteSignatureException). Nothing the window keeps or
        // shows has the token: the log's records, the detail panes' text, settings, the journal.
        selectAndWait(QStringLiteral("sandbox"));
        const QByteArray token = m_sandbox->demoToken();
        const QByteArray mark = token.right(24);
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(token));
        child<QGroupBox>("composerBox")->setChecked(true);
        child<QPlainTextEdit>("extraHeadersEdit")
            ->setPlainText(QStringLiteral("X-Trace: marked-session"));
        const int before = m_log->rowCount();
        sendWith("PATCH", QStringLiteral("Group/1"), QStringLiteral("bearer"));
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("extra-spaces"));
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("raw"));
        child<QGroupBox>("composerBox")->setChecked(false);
        QVERIFY(m_log->rowCount() >= before + 3);
        bool quoted = false;
        for (int i = before; i < m_log->rowCount(); ++i) {
            const CallRecord r = m_log->record(i);
            QByteArray all = r.body + r.requestBody + r.transportError.toUtf8() +
                             r.diagnosis.summary.toUtf8() + r.diagnosis.detail.toUtf8();
            for (const auto &h : r.requestHeaders)
                all += h.first + h.second;
            for (const auto &h : r.responseHeaders)
                all += h.first + h.second;
            QVERIFY2(!all.contains(mark), qPrintable(QStringLiteral("record %1").arg(i)));
            quoted = quoted || r.bodyRedacted;
        }
        QVERIFY(quoted); // the gateway did quote it, and it was redacted
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w))
                text = label->text();
            else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
                text = plain->toPlainText();
            else if (auto *edit = qobject_cast<QTextEdit *>(w))
                text = edit->toPlainText();
            QVERIFY2(!text.contains(QString::fromLatin1(mark)), qPrintable(w->objectName()));
        }
        m_settings->sync();
        for (const QString &path : {m_settings->fileName(), ExportJournal::defaultPath()}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(mark), qPrintable(path));
        }
        child<QLineEdit>("tokenEdit")->clear();
    }

    void tokenIsKeptPerProfileInTheKeychain()
    {
        auto *token = child<QLineEdit>("tokenEdit");
        selectAndWait(QStringLiteral("netsmart-preview"));
        token->setText(QStringLiteral("preview-token-abc"));
        selectAndWait(QStringLiteral("netsmart-production")); // saves the pending one
        QTRY_VERIFY(token->text().isEmpty());
        selectAndWait(QStringLiteral("netsmart-preview"));
        QTRY_COMPARE(token->text(), QStringLiteral("preview-token-abc"));
        build(); // a restart: the token comes back from the keychain
        selectAndWait(QStringLiteral("netsmart-preview"));
        QTRY_COMPARE(child<QLineEdit>("tokenEdit")->text(), QStringLiteral("preview-token-abc"));
        QVERIFY(!child<QLabel>("keychainBanner")->isVisible());
        // Nothing of it reached the settings file.
        m_settings->sync();
        QFile f(m_settings->fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("preview-token-abc"));
        child<QLineEdit>("tokenEdit")->clear();
        selectAndWait(QStringLiteral("sandbox"));
    }

    void expiredTokenShowsRedInspector()
    {
        selectAndWait(QStringLiteral("sandbox"));
        const QByteArray expired = m_sandbox->mintToken(-(2 * 3600 + 5 * 60));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(expired));
        QVERIFY(child<QLabel>("tokenInfoLabel")
                    ->text()
                    .contains(QStringLiteral("EXPIRED 2 h 5 min ago")));
        QTest::mouseClick(child<QPushButton>("inspectTokenButton"), Qt::LeftButton);
        auto *inspector = m_window->findChild<QDialog *>(QStringLiteral("tokenInspector"));
        QVERIFY(inspector);
        QTRY_VERIFY(inspector->isVisible());
        auto *verdict = inspector->findChild<QLabel *>(QStringLiteral("verdictLabel"));
        QVERIFY2(verdict->text().contains(QStringLiteral("Expired 2 h 5 min ago")),
                 qPrintable(verdict->text()));
        QVERIFY(verdict->styleSheet().contains(
            SeverityStyle::colour(Diagnosis::Severity::Error).name()));
        QVERIFY(!verdict->text().contains(QString::fromLatin1(expired)));
        auto *claims = inspector->findChild<QTableView *>(QStringLiteral("claimsTable"));
        QCOMPARE(claims->model()->index(0, 0).data().toString(), QStringLiteral("exp"));
        QVERIFY(claims->model()->index(0, 2).data().toString().contains(
            QStringLiteral("EXPIRED 2 h 5 min ago")));
        QVERIFY(inspector->findChild<QLabel *>(QStringLiteral("environmentLabel"))
                    ->text()
                    .contains(QStringLiteral("match")));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(100);
            inspector->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                   QStringLiteral("/07-token-inspector.png"));
        }
        // The countdown moves: a pasted token that expires in a minute and a half says so with
        // seconds, and the text changes from one second to the next.
        auto *pasted = inspector->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"));
        pasted->setPlainText(QString::fromLatin1(m_sandbox->mintToken(90)));
        QTRY_VERIFY2(
            claims->model()->index(0, 2).data().toString().contains(QStringLiteral("in 1 min")),
            qPrintable(claims->model()->index(0, 2).data().toString()));
        const QString countdown = claims->model()->index(0, 2).data().toString();
        QTRY_VERIFY_WITH_TIMEOUT(claims->model()->index(0, 2).data().toString() != countdown, 3000);
        pasted->clear();
        // Scopes against a planned export.
        auto *paste = inspector->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"));
        auto *scopeLabel = inspector->findChild<QLabel *>(QStringLiteral("scopeLabel"));
        QVERIFY2(scopeLabel->text().startsWith(QStringLiteral("✔")),
                 qPrintable(scopeLabel->text()));
        paste->setPlainText(QString::fromLatin1(
            m_sandbox->mintToken(600, QStringLiteral("system/Group.read system/Patient.read"))));
        inspector->findChild<QLineEdit *>(QStringLiteral("exportTypesEdit"))
            ->setText(QStringLiteral("Patient, Observation"));
        QVERIFY2(scopeLabel->text().contains(QStringLiteral("does not allow reading Observation")),
                 qPrintable(scopeLabel->text()));
        // A pasted token with mistakes can be cleaned into the token field.
        paste->setPlainText(QStringLiteral("Bearer ") +
                            QString::fromLatin1(m_sandbox->demoToken()) + QStringLiteral("\n"));
        auto *findings = inspector->findChild<QTableWidget *>(QStringLiteral("findingsTable"));
        QCOMPARE(findings->item(0, 0)->text(), QStringLiteral("whitespace.newline"));
        QCOMPARE(findings->item(1, 0)->text(), QStringLiteral("bearer.prefix"));
        QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("useCleanedButton")),
                          Qt::LeftButton);
        QCOMPARE(child<QLineEdit>("tokenEdit")->text().toLatin1(), m_sandbox->demoToken());
        inspector->close();
        child<QLineEdit>("tokenEdit")->clear();
    }

    void healthCheckFromTheWindow()
    {
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->mintToken(-300)));
        const int before = m_log->rowCount();
        QTest::mouseClick(child<QPushButton>("checkTokenButton"), Qt::LeftButton);
        auto *card = child<QLabel>("healthLabel");
        QTRY_VERIFY_WITH_TIMEOUT(card->text().contains(QStringLiteral("Token check: expired")),
                                 15000);
        QVERIFY(m_log->rowCount() >= before + 2);
        const quint64 metadataCall = m_log->record(before).id;
        QVERIFY(card->text().contains(QStringLiteral("call:%1").arg(metadataCall)));
        Q_EMIT card->linkActivated(
            QStringLiteral("call:%1").arg(metadataCall)); // the user clicks the link
        QCOMPARE(child<QTableView>("callTable")->currentIndex().data().toULongLong(), metadataCall);
        shot(QStringLiteral("08-health-expired"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        QTest::mouseClick(child<QPushButton>("checkTokenButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(card->text().contains(QStringLiteral("Token check: ok")), 15000);
        QVERIFY2(card->text().contains(QStringLiteral("expires in 23 h")),
                 qPrintable(card->text()));
        // A new, short token (as Get token… gives): the verdict is made again by itself, and its
        // countdown, like the one beside the token, moves.
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->mintToken(300)));
        QVERIFY(!card->text().contains(QStringLiteral("Token check: ok")));
        QTRY_VERIFY_WITH_TIMEOUT(card->text().contains(QStringLiteral("Token check: ok")), 15000);
        QVERIFY2(card->text().contains(QStringLiteral("expires in 4 min")),
                 qPrintable(card->text()));
        auto *info = child<QLabel>("tokenInfoLabel");
        const QString cardBefore = card->text();
        const QString infoBefore = info->text();
        QTRY_VERIFY_WITH_TIMEOUT(card->text() != cardBefore && info->text() != infoBefore, 3000);
        child<QLineEdit>("tokenEdit")->clear();
    }

    void firstRunHintMatchesWhatHappens()
    {
        // The hint says: Send without a token and see the gateway's 401. With the Token field empty
        // and the default Bearer variant, no Authorization header is sent, so that is what happens.
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->clear();
        child<QComboBox>("authCombo")
            ->setCurrentIndex(child<QComboBox>("authCombo")->findData(QStringLiteral("bearer")));
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/1"));
        m_window->findChild<CallDetailPane *>()->clear();
        // With no call selected, the detail area is the first-steps page, its steps buttons.
        auto *firstSteps = child<QWidget>("firstStepsPage");
        QVERIFY(firstSteps->isVisible());
        QVERIFY(!child<QWidget>("detailTabs")->isVisible());
        QString said;
        for (const QLabel *l : firstSteps->findChildren<QLabel *>())
            said += l->text();
        QVERIFY2(said.contains(QStringLiteral("401")), qPrintable(said));
        shot(QStringLiteral("00-first-steps"));
        const int before = m_log->rowCount();
        QTest::mouseClick(child<QPushButton>("firstSendButton"), Qt::LeftButton);
        waitIdle();
        QCOMPARE(m_log->rowCount(), before + 1);
        const CallRecord r = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(*r.status, 401);
        QVERIFY(!r.hasRequestHeader("Authorization"));
        QCOMPARE(r.diagnosis.firstCause(), QStringLiteral("header.missing"));
        // The call is selected: its details replace the first steps.
        QTRY_VERIFY(child<QWidget>("detailTabs")->isVisible());
        QVERIFY(!firstSteps->isVisible());
        // The demo-token step fills the token field.
        m_window->findChild<CallDetailPane *>()->clear();
        QTest::mouseClick(child<QPushButton>("firstDemoTokenButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>("tokenEdit")->text().toLatin1(), m_sandbox->demoToken());
        child<QLineEdit>("tokenEdit")->clear();
        // The Empty variant still sends an empty header on purpose.
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("empty"));
        QCOMPARE(m_log->record(m_log->rowCount() - 1).diagnosis.firstCause(),
                 QStringLiteral("header.empty"));
        child<QComboBox>("authCombo")
            ->setCurrentIndex(child<QComboBox>("authCombo")->findData(QStringLiteral("bearer")));
    }

    void getTokenFromTheSandbox()
    {
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->clear();
        // Accept the dialog as a user would once it is up, with the Sandbox's demo client filled
        // in.
        QTimer::singleShot(200, this, [this] {
            auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("getTokenDialog"));
            QVERIFY(dialog);
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text(),
                     QStringLiteral("sandbox-demo-client"));
            dialog->accept();
        });
        QTest::mouseClick(child<QPushButton>("getTokenButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLineEdit>("tokenEdit")->text().isEmpty(), 10000);
        const CallRecord tokenCall = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(tokenCall.url.path(), QStringLiteral("/oauth/token"));
        QVERIFY(!tokenCall.body.contains(child<QLineEdit>("tokenEdit")->text().toLatin1()));
        QVERIFY(!tokenCall.requestBody.contains("sandbox-demo-secret"));
        // The inspector knows what the token endpoint said about this token.
        QTest::mouseClick(child<QPushButton>("inspectTokenButton"), Qt::LeftButton);
        auto *inspector = m_window->findChild<QDialog *>(QStringLiteral("tokenInspector"));
        QTRY_VERIFY(inspector && inspector->isVisible());
        QVERIFY2(
            inspector->findChild<QLabel *>(QStringLiteral("verdictLabel"))
                ->text()
                .contains(QStringLiteral("Token response: obtained")),
            qPrintable(inspector->findChild<QLabel *>(QStringLiteral("verdictLabel"))->text()));
        inspector->close();
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
        QCOMPARE(*m_log->record(m_log->rowCount() - 1).status, 200);
        child<QLineEdit>("tokenEdit")->clear();
    }

    void privateKeyJwtDiscoveryAndRenewal()
    {
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->clear();
        m_sandbox->configure([](SandboxServer *s) { s->setTokenLifetimeSecs(3); });
        QTimer::singleShot(200, this, [this] {
            auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("getTokenDialog"));
            QVERIFY(dialog);
            auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("tokenUrlEdit"));
            url->clear();
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("discoverButton")),
                              Qt::LeftButton);
            QTRY_COMPARE(url->text(), m_sandbox->tokenUrl().toString()); // from smart-configuration
            auto *method = dialog->findChild<QComboBox *>(QStringLiteral("methodCombo"));
            method->setCurrentIndex(2); // private key JWT
            dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))
                ->setText(QStringLiteral("my-backend-app"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateEsButton")),
                              Qt::LeftButton);
            QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("jwksText"))
                        ->toPlainText()
                        .contains(QStringLiteral("P-384")));
            QVERIFY(!dialog->findChild<QPlainTextEdit *>(QStringLiteral("jwksText"))
                         ->toPlainText()
                         .contains(QStringLiteral("\"d\"")));
            if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
                QTest::qWait(100);
                dialog->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                    QStringLiteral("/09-get-token-jwt.png"));
            }
            dialog->accept();
        });
        QTest::mouseClick(child<QPushButton>("getTokenButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLineEdit>("tokenEdit")->text().isEmpty(), 10000);
        const QString first = child<QLineEdit>("tokenEdit")->text();
        QVERIFY(first.toLatin1().contains('.'));
        const CallRecord tokenCall = m_log->record(m_log->rowCount() - 1);
        QVERIFY(tokenCall.requestBody.contains("client_assertion=<redacted"));
        // A 3 s token is renewed after about 2 s, without the user doing anything.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>("tokenEdit")->text() != first, 8000);
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
        QCOMPARE(*m_log->record(m_log->rowCount() - 1).status, 200);
        m_sandbox->configure([](SandboxServer *s) { s->setTokenLifetimeSecs(300); });
        selectAndWait(QStringLiteral("netsmart-preview")); // stops the renewal
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->clear();
    }

    void sandboxPanelSwitchesApplyAtOnce()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionSandboxPanel"))->trigger();
        auto *panel = m_window->findChild<QDialog *>(QStringLiteral("sandboxPanel"));
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("connectionLabel"))
                    ->text()
                    .contains(m_sandbox->baseUrl().toString()));
        panel->findChild<QSpinBox *>(QStringLiteral("latencySpin"))->setValue(250);
        SandboxScenario seen;
        m_sandbox->configure([&seen](SandboxServer *s) { seen = s->scenario(); });
        QCOMPARE(seen.latencyMs, 250);
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(100);
            panel->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                               QStringLiteral("/10-sandbox-panel.png"));
        }
        sendWith("GET", QStringLiteral("metadata"), QStringLiteral("none"));
        QVERIFY(m_log->record(m_log->rowCount() - 1).elapsedMs >= 230);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("resetButton")),
                          Qt::LeftButton);
        m_sandbox->configure([&seen](SandboxServer *s) { seen = s->scenario(); });
        QCOMPARE(seen.latencyMs, 0);
        panel->close();
    }

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
        auto *files = dialog->findChild<QTableWidget *>(QStringLiteral("filesTable"));
        QTRY_VERIFY_WITH_TIMEOUT(files->rowCount() == 2 && files->item(1, 6), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("downloaded and verified")),
                                 10000);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(files->item(i, 6)->text(), QStringLiteral("verified"));
            QCOMPARE(files->item(i, 2)->data(Qt::UserRole).toInt(), 100);
            QCOMPARE(files->item(i, 3)->text(),
                     files->item(i, 1)->text()); // lines == manifest count
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
        files->setCurrentCell(0, 0);
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("viewFileButton"))->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("viewFileButton")),
                          Qt::LeftButton);
        auto *fileViewer = dialog->findChild<BinaryViewer *>(QStringLiteral("binaryViewer"));
        QVERIFY(fileViewer);
        auto *fileLines = fileViewer->findChild<QTableView *>(QStringLiteral("ndjsonLinesView"));
        QTRY_COMPARE(QString::number(fileLines->model()->rowCount()), files->item(0, 1)->text());
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
        auto *files = dialog->findChild<QTableWidget *>(QStringLiteral("filesTable"));
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("stateLabel"));
        // The large file trickles: its row shows a rate and time left before it is done.
        QTRY_VERIFY2_WITH_TIMEOUT(files->rowCount() == 2 && files->item(1, 2) &&
                                      files->item(1, 2)->text().contains(QStringLiteral("/s")) &&
                                      files->item(1, 2)->text().contains(QStringLiteral("left")),
                                  qPrintable(state->text()), 15000);
        QVERIFY(state->text().startsWith(QStringLiteral("Downloading: 1 of 2 files done")));
        const int pct = files->item(1, 2)->data(Qt::UserRole).toInt();
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

    void resumeAnExportAfterClosingIt()
    {
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        child<QComboBox>("authCombo")
            ->setCurrentIndex(child<QComboBox>("authCombo")->findData(QStringLiteral("bearer")));
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/1"));
        m_sandbox->configure([](SandboxServer *s) {
            SandboxScenario sc;
            sc.exportDurationMs = 2500;
            s->setScenario(sc);
        });
        m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        auto *timeline = dialog->findChild<QTableWidget *>(QStringLiteral("timelineTable"));
        QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() >= 1, 10000);
        dialog->close(); // deleted on close: the session ends mid-poll, the journal remembers it
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
        auto *resume = m_window->findChild<QAction *>(QStringLiteral("actionResumeExport"));
        selectAndWait(QStringLiteral("netsmart-preview"));
        selectAndWait(QStringLiteral("sandbox")); // Sandbox tokens are not kept: paste again
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        QVERIFY(resume->isEnabled());
        resume->trigger();
        dialog = m_window->findChild<QDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QStringLiteral("downloaded and verified")),
                                  qPrintable(state->text()), 15000);
        dialog->close();
        QTRY_VERIFY(!resume->isEnabled());
        child<QLineEdit>("tokenEdit")->clear();
    }

    void accessDeniedVariantsAreTold()
    {
        // The same 403 AccessDeniedException for four different mistakes: the Diagnosis tab names
        // each one first, with its evidence, and the Request tab shows the header's shape.
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        child<QTabWidget>("detailTabs")->setCurrentWidget(child<QWidget>("diagnosticsTab"));
        const QList<QPair<QString, QString>> variants = {
            {QStringLiteral("raw"), QStringLiteral("header.no-bearer")},
            {QStringLiteral("lowercase-bearer"), QStringLiteral("header.lowercase-scheme")},
            {QStringLiteral("extra-spaces"), QStringLiteral("header.extra-whitespace")},
            {QStringLiteral("expired"), QStringLiteral("token.expired")}};
        for (const auto &v : variants) {
            sendWith("GET", QStringLiteral("Group/1"), v.first);
            const CallRecord r = m_log->record(m_log->rowCount() - 1);
            QCOMPARE(r.diagnosis.code, QStringLiteral("gateway.access-denied"));
            QCOMPARE(r.diagnosis.firstCause(), v.second);
            const QString causes = child<QLabel>("causesLabel")->text();
            QVERIFY2(causes.indexOf(v.second) >= 0 &&
                         causes.indexOf(v.second) < causes.indexOf(QStringLiteral("Evidence")),
                     qPrintable(causes));
            shot(QStringLiteral("07-access-denied-") + v.first);
        }
        // The extra spaces are visible in the request as sent, and the fingerprint is the token's.
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("extra-spaces"));
        const QString request = child<QPlainTextEdit>("requestText")->toPlainText();
        QVERIFY2(
            request.contains(QStringLiteral("Authorization: Bearer\u2420\u2420\u2420<redacted: ")),
            qPrintable(request));
        QVERIFY2(request.contains(Redaction::fingerprint(m_sandbox->demoToken())),
                 qPrintable(request));
        child<QLineEdit>("tokenEdit")->clear();
        child<QComboBox>("authCombo")
            ->setCurrentIndex(child<QComboBox>("authCombo")->findData(QStringLiteral("bearer")));
    }

    void copyAsCurlWithTokenAsksFirst()
    {
        // The redacted command is copied at once; the one with the token only after a yes, and it
        // carries the header exactly as it was sent (its spaces too).
        selectAndWait(QStringLiteral("sandbox"));
        const QByteArray token = m_sandbox->demoToken();
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(token));
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("extra-spaces"));
        QClipboard *clipboard = QGuiApplication::clipboard();
        QTest::mouseClick(child<QPushButton>("copyCurlButton"), Qt::LeftButton);
        QVERIFY2(clipboard->text().contains(QStringLiteral("<redacted: ")),
                 qPrintable(clipboard->text()));
        QVERIFY(!clipboard->text().contains(QString::fromLatin1(token)));
        clipboard->setText(QStringLiteral("untouched"));
        Ask::setNextAnswer(false);
        QTest::mouseClick(child<QPushButton>("copyCurlWithTokenButton"), Qt::LeftButton);
        QCOMPARE(clipboard->text(), QStringLiteral("untouched")); // Cancel: nothing copied
        Ask::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>("copyCurlWithTokenButton"), Qt::LeftButton);
        QVERIFY2(clipboard->text().contains(QStringLiteral("Authorization: Bearer   ") +
                                            QString::fromLatin1(token) + QStringLiteral("  ")),
                 "the header as sent, token and spaces");
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("WITH the token")));
        clipboard->clear();
        child<QLineEdit>("tokenEdit")->clear();
        child<QComboBox>("authCombo")
            ->setCurrentIndex(child<QComboBox>("authCombo")->findData(QStringLiteral("bearer")));
    }

    void droppedFileOpensInTheViewer()
    {
        // A real drop: the window accepts file URLs and opens each in the content viewer.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("dropped.ndjson")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"resourceType\":\"Patient\",\"id\":\"d1\"}\n{\"resourceType\":\"Patient\","
                "\"id\":\"d2\"}\n");
        f.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(f.fileName())});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        BinaryViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = m_window->findChild<BinaryViewer *>(
                         QStringLiteral("binaryViewer"))) != nullptr);
        auto *lines = viewer->findChild<QTableView *>(QStringLiteral("ndjsonLinesView"));
        QVERIFY(lines);
        QTRY_COMPARE(lines->model()->rowCount(), 2);
        viewer->close();
        QTRY_VERIFY(!m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer")));
        // Text that is not a file is not accepted.
        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refuse(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refuse.setAccepted(false);
        QCoreApplication::sendEvent(m_window.get(), &refuse);
        QVERIFY(!refuse.isAccepted());
    }

    void tokenWithAControlCharacterIsRefused()
    {
        // A line break in the token would start a header of its own: the window says so beside
        // the token and the call is refused before anything is sent.
        selectAndWait(QStringLiteral("sandbox"));
        auto *token = child<QLineEdit>("tokenEdit");
        token->setText(QString::fromLatin1(m_sandbox->demoToken() + "\r\nX-Injected: yes"));
        QVERIFY(token->text().contains(QLatin1Char('\r')) ||
                token->text().contains(QLatin1Char('\n')));
        auto *info = child<QLabel>("tokenInfoLabel");
        QVERIFY2(info->text().contains(QStringLiteral("control character")),
                 qPrintable(info->text()));
        const int before = m_log->rowCount();
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
        QTRY_COMPARE(m_log->rowCount(), before + 1);
        const CallRecord r = m_log->record(m_log->rowCount() - 1);
        QVERIFY(!r.status);
        QCOMPARE(r.diagnosis.code, QStringLiteral("request.invalid-header"));
        QVERIFY2(r.transportError.contains(QStringLiteral("header.invalid-chars")),
                 qPrintable(r.transportError));
        // A quoted token is sent, with the lint's words beside it.
        token->setText(QLatin1Char('"') + QString::fromLatin1(m_sandbox->demoToken()) +
                       QLatin1Char('"'));
        QVERIFY2(info->text().contains(QStringLiteral("quotes")), qPrintable(info->text()));
        token->clear();
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
        // The Condition file's .part is a link to /dev/full: its writes fail with "disk full".
        const QString job = QString::fromLatin1(
            QCryptographicHash::hash(server.url(QStringLiteral("/status/1")).toString().toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex()
                .left(12));
        const QString folder = out.filePath(QStringLiteral("export-") + job);
        QVERIFY(QDir().mkpath(folder));
        const bool diskFull =
            QFileInfo::exists(QStringLiteral("/dev/full")) &&
            QFile::link(QStringLiteral("/dev/full"),
                        QDir(folder).filePath(QStringLiteral("002-Condition.ndjson.part")));
        ServerSession session(&client);
        ExportDialog dialog(&session, out.path(), QStringLiteral("g1"), &journal,
                            QStringLiteral("faults"), m_window.get());
        dialog.resize(1100, 700);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        auto *state = dialog.findChild<QLabel *>(QStringLiteral("stateLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            state->text().contains(QStringLiteral("could not be downloaded or verified")),
            qPrintable(state->text()), 20000);
        auto *files = dialog.findChild<QTableWidget *>(QStringLiteral("filesTable"));
        QVERIFY2(files->item(0, 6)->text().contains(
                     QStringLiteral("kept as 001-Patient.ndjson.rejected")),
                 qPrintable(files->item(0, 6)->text()));
        if (diskFull)
            QVERIFY2(files->item(1, 6)->text().contains(QStringLiteral("disk is full")),
                     qPrintable(files->item(1, 6)->text()));
        QCOMPARE(files->item(2, 6)->text(), QStringLiteral("verified"));
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("001-Patient.ndjson"))));
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("002-Condition.ndjson"))));
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("003-Observation.ndjson"))));
        // The rejected bytes can still be looked at.
        files->setCurrentCell(0, 0);
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

    void cancelAStalledCall()
    {
        // A custom profile pointing at a server that never answers.
        QTcpServer stalled;
        QVERIFY(stalled.listen(QHostAddress::LocalHost, 0));
        ServerProfile p;
        p.name = QStringLiteral("Stalled");
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(stalled.serverPort()));
        const QString id = m_profiles->saveCustom(p);
        build();                     // the new profile appears after a restart too
        m_window->selectProfile(id); // its CapabilityStatement read stalls too
        QCOMPARE(m_window->currentProfile().name, QStringLiteral("Stalled"));
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("metadata"));
        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(child<QPushButton>("cancelButton")->isEnabled());
        QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
        // (The CapabilityStatement read at connect stalls too; it times out on its own.)
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("sendButton")->isEnabled(), 15000);
        QString code;
        for (int i = 0; i < m_log->rowCount(); ++i) {
            if (m_log->record(i).purpose == QLatin1String("Send request"))
                code = m_log->record(i).diagnosis.code;
        }
        QCOMPARE(code, QStringLiteral("transport.cancelled"));
        selectAndWait(QStringLiteral("sandbox"));
    }

    void storedTokenRequestRenewsARestoredToken()
    {
        // A profile whose token request was saved earlier (client secret in the keychain): after
        // a restart, the token restored from the keychain is renewed before it runs out, with
        // nobody pressing Get token, and an export dialog says it will be.
        ServerProfile p;
        p.name = QStringLiteral("Stored credentials");
        p.baseUrl = m_sandbox->baseUrl();
        const QString id = m_profiles->saveCustom(p);
        TokenRequestSettings saved;
        saved.tokenUrl = m_sandbox->tokenUrl();
        saved.clientId = QLatin1String(SandboxServer::kDemoClientId);
        saved.method = TokenRequestSettings::SecretPost;
        saved.save(id);
        const QByteArray shortLived = m_sandbox->mintToken(4);
        bool done = false;
        m_tokens->save(TokenStore::clientSecretKey(id), SandboxServer::kDemoClientSecret,
                       [&](const SecretBackend::Result &) {
                           m_tokens->save(TokenStore::tokenKey(id), shortLived,
                                          [&](const SecretBackend::Result &) { done = true; });
                       });
        QTRY_VERIFY(done);
        build(); // a restart
        selectAndWait(id);
        QTRY_COMPARE(child<QLineEdit>("tokenEdit")->text(), QString::fromLatin1(shortLived));
        m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        auto *dialog = m_window->findChild<ExportDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLineEdit>("tokenEdit")->text() != QString::fromLatin1(shortLived), 10000);
        const CallRecord last = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(last.url, m_sandbox->tokenUrl());
        QVERIFY(
            !last.requestBody.contains(SandboxServer::kDemoClientSecret)); // redacted in the log
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
        QCOMPARE(*m_log->record(m_log->rowCount() - 1).status, 200);
        dialog->close();
        selectAndWait(QStringLiteral("sandbox"));
        m_profiles->removeCustom(id);
    }

    void capabilitiesPaneAndCompare()
    {
        // The pane opens from the server row's link; Compare servers reads two profiles'
        // CapabilityStatements and marks what differs (here: a second Sandbox, other token URL).
        SandboxHost second;
        QVERIFY(second.start());
        ServerProfile p;
        p.name = QStringLiteral("Second sandbox");
        p.baseUrl = second.baseUrl();
        const QString id = m_profiles->saveCustom(p);
        selectAndWait(QStringLiteral("sandbox"));
        waitIdle();
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("capabilityDock"));
        QVERIFY(dock && !dock->isVisible());
        Q_EMIT child<QLabel>("serverInfoLabel")->linkActivated(QStringLiteral("capabilities"));
        QTRY_VERIFY(dock->isVisible());
        m_window->resize(1500, 820);
        shot(QStringLiteral("14-capabilities"));
        QTest::mouseClick(child<QPushButton>("capabilityCompareButton"), Qt::LeftButton);
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("compareServersDialog"));
        QVERIFY(dialog);
        auto *left = dialog->findChild<QComboBox *>(QStringLiteral("leftProfileCombo"));
        auto *right = dialog->findChild<QComboBox *>(QStringLiteral("rightProfileCombo"));
        left->setCurrentIndex(left->findData(QStringLiteral("sandbox")));
        right->setCurrentIndex(right->findData(id));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("compareRunButton")),
                          Qt::LeftButton);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("compareStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("difference")), 10000);
        auto *view = dialog->findChild<QTableView *>(QStringLiteral("compareView"));
        QStringList differing;
        for (int i = 0; i < view->model()->rowCount(); ++i) {
            if (view->model()->index(i, 0).data(Qt::UserRole + 1).toBool())
                differing << view->model()->index(i, 0).data().toString();
        }
        QCOMPARE(differing, QStringList{QStringLiteral("token URL")});
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(100);
            dialog->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/15-compare-servers.png"));
        }
        dialog->close();
        dock->hide();
        m_window->resize(1280, 820);
        m_profiles->removeCustom(id);
    }

    void browseGroupsAndOpenAMember()
    {
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        child<QComboBox>("authCombo")
            ->setCurrentIndex(child<QComboBox>("authCombo")->findData(QStringLiteral("bearer")));
        auto *pane = m_window->findChild<GroupsPane *>(QStringLiteral("groupsPane"));
        pane->setPageSize(2); // the Sandbox's four Groups come in two pages
        const int before = m_log->rowCount();
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("groupsDock"));
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        auto *groups = child<QTableView>("groupsView");
        // The view asks for the next page by itself while it has room.
        QTRY_COMPARE_WITH_TIMEOUT(groups->model()->rowCount(), 4, 10000);
        QTRY_VERIFY(!pane->isLoading());
        int searches = 0;
        for (int i = before; i < m_log->rowCount(); ++i)
            searches += m_log->record(i).purpose == QLatin1String("Search Groups") ? 1 : 0;
        QCOMPARE(searches, 2);
        // Group 2: its detail and its 12 members.
        groups->setCurrentIndex(groups->model()->index(1, 0));
        auto *members = child<QTableView>("membersView");
        QTRY_COMPARE_WITH_TIMEOUT(members->model()->rowCount(), 12, 10000);
        const QString summary = child<QLabel>("groupSummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("Diabetes registry")) &&
                     summary.contains(QStringLiteral("characteristic")),
                 qPrintable(summary));
        child<QLineEdit>("memberFilterEdit")->setText(QStringLiteral("pat-00007"));
        QCOMPARE(members->model()->rowCount(), 1);
        members->setCurrentIndex(members->model()->index(0, 0));
        members->selectRow(0);
        m_window->resize(1500, 820);
        shot(QStringLiteral("16-groups"));
        QTest::mouseClick(child<QPushButton>("openMemberButton"), Qt::LeftButton);
        waitIdle();
        const CallRecord opened = m_log->record(m_log->rowCount() - 1);
        QVERIFY2(opened.url.path().endsWith(QStringLiteral("/Patient/pat-00007")),
                 qPrintable(opened.url.toString()));
        QCOMPARE(*opened.status, 200);
        // Add by id: an unknown one is explained, a known one is kept for this server.
        child<QLineEdit>("addGroupEdit")->setText(QStringLiteral("999"));
        QTest::mouseClick(child<QPushButton>("addGroupButton"), Qt::LeftButton);
        QTRY_VERIFY(
            child<QLabel>("groupsStatusLabel")->text().contains(QStringLiteral("Group/999")));
        child<QLineEdit>("addGroupEdit")->setText(QStringLiteral("3"));
        QTest::mouseClick(child<QPushButton>("addGroupButton"), Qt::LeftButton);
        QTRY_VERIFY(pane->rememberedIds().contains(QStringLiteral("3")));
        QCOMPARE(groups->model()->rowCount(), 4); // the same Group, not a second row
        // Export this Group hands over to the export dialog.
        groups->setCurrentIndex(groups->model()->index(1, 0));
        QTRY_VERIFY(child<QPushButton>("exportGroupButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>("exportGroupButton"), Qt::LeftButton);
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("groupEdit"))->text(),
                 QStringLiteral("2"));
        dialog->close();
        dock->hide();
        m_window->resize(1280, 820);
        QSettings().remove(QStringLiteral("groups"));
        child<QLineEdit>("tokenEdit")->clear();
    }

    void composeARequestByHand()
    {
        // Any method, extra headers and a body: a POST $export with a Parameters body; then a
        // body that is not Parameters gets HAPI's 400; a malformed header line is refused here.
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        auto *box = child<QGroupBox>("composerBox");
        QVERIFY(!child<QPlainTextEdit>("bodyEdit")->isVisible());
        box->setChecked(true);
        QVERIFY(child<QPlainTextEdit>("bodyEdit")->isVisible());
        child<QPlainTextEdit>("extraHeadersEdit")
            ->setPlainText(QStringLiteral("Prefer: respond-async\nCache-Control: no-cache"));
        child<QPlainTextEdit>("bodyEdit")
            ->setPlainText(QStringLiteral("{\"resourceType\":\"Parameters\",\"parameter\":[{"
                                          "\"name\":\"_type\",\"valueString\":\"Patient\"}]}"));
        sendWith("POST", QStringLiteral("Group/1/$export"), QStringLiteral("bearer"));
        CallRecord r = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(*r.status, 202);
        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY(r.requestBody.contains("Parameters"));
        QVERIFY(r.hasRequestHeader("Prefer"));
        QVERIFY(!r.responseHeader("Content-Location").isEmpty());
        child<QPlainTextEdit>("bodyEdit")
            ->setPlainText(QStringLiteral("{\"resourceType\":\"Patient\"}"));
        sendWith("POST", QStringLiteral("Group/1/$export"), QStringLiteral("bearer"));
        QCOMPARE(*m_log->record(m_log->rowCount() - 1).status, 400);
        const int before = m_log->rowCount();
        child<QPlainTextEdit>("extraHeadersEdit")->setPlainText(QStringLiteral("no colon here"));
        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QCOMPARE(m_log->rowCount(), before); // not sent
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("no colon here")));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR"))
            shot(QStringLiteral("17-composer"));
        box->setChecked(false);
        // The Authorization variants that reproduce the gateway's answers on purpose.
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("extra-spaces"));
        r = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(*r.status, 403);
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("expired"));
        r = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(*r.status, 403);
        QCOMPARE(r.diagnosis.code, QStringLiteral("gateway.access-denied"));
        QCOMPARE(r.diagnosis.firstCause(), QStringLiteral("token.expired"));
        // A token copied from the other environment.
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("other-environment"));
        r = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(*r.status, 403);
        QCOMPARE(r.diagnosis.firstCause(), QStringLiteral("token.other-environment"));
        QVERIFY2(r.diagnosis.causes.first().summary.contains(QStringLiteral("Netsmart Preview")),
                 qPrintable(r.diagnosis.causes.first().summary));
        child<QLineEdit>("tokenEdit")->clear();
    }

    void previewBinaries()
    {
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        auto preview = [this](const QString &path) -> BinaryViewer * {
            sendWith("GET", path, QStringLiteral("bearer"));
            m_window->findChild<QAction *>(QStringLiteral("actionPreviewBinary"))->trigger();
            QElapsedTimer waited;
            waited.start();
            BinaryViewer *viewer = nullptr;
            while (
                !(viewer = m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer"))) &&
                waited.elapsed() < 10000)
                QTest::qWait(10);
            while (viewer && viewer->isPreparing() && waited.elapsed() < 10000)
                QTest::qWait(10);
            return viewer;
        };
        auto closeViewer = [this](QDialog *viewer) {
            viewer->close();
            QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("binaryViewer")));
        };
        // A FHIR JSON Binary: the Patient inside, pretty and as a tree; flipped to XML by the
        // local conversion (the server never converts a Binary's data).
        // (Accept: application/json, so the Sandbox sends the Binary resource, not its content.)
        auto *format = child<QComboBox>("formatCombo");
        format->setCurrentIndex(format->findText(QStringLiteral("application/json")));
        BinaryViewer *viewer = preview(QStringLiteral("Binary/1"));
        QVERIFY(viewer);
        auto *text = viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"));
        QVERIFY2(text->toPlainText().contains(QStringLiteral("\"resourceType\": \"Patient\"")),
                 qPrintable(text->toPlainText()));
        QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("infoLabel"))
                    ->text()
                    .contains(QStringLiteral("Patient/1-1")));
        auto *tree = viewer->findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(viewer->findChild<QWidget *>(QStringLiteral("treePanel"))->isVisible());
        const QModelIndex root = tree->model()->index(0, 0);
        QVERIFY(tree->isExpanded(root));
        QVERIFY2(
            root.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("Patient/1-1")),
            qPrintable(root.siblingAtColumn(1).data().toString()));
        // Selecting a node in the tree moves the text to its line; Copy value copies it.
        QModelIndex nameNode;
        for (int r = 0; r < tree->model()->rowCount(root); ++r) {
            if (tree->model()->index(r, 0, root).data().toString() == QLatin1String("name"))
                nameNode = tree->model()->index(r, 0, root);
        }
        QVERIFY(nameNode.isValid());
        tree->setCurrentIndex(nameNode);
        QVERIFY2(text->textCursor().block().text().contains(QStringLiteral("\"name\"")),
                 qPrintable(text->textCursor().block().text()));
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("copyValueButton")),
                          Qt::LeftButton);
        QVERIFY2(QGuiApplication::clipboard()->text().trimmed().startsWith(QLatin1Char('[')),
                 qPrintable(QGuiApplication::clipboard()->text()));
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("copyPathButton")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("name"));
        const int callsBefore = m_log->rowCount();
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("asXmlButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!viewer->isPreparing());
        QVERIFY2(
            text->toPlainText().contains(QStringLiteral("<Patient xmlns=\"http://hl7.org/fhir\">")),
            qPrintable(text->toPlainText()));
        QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("converted here")));
        QCOMPARE(m_log->rowCount(), callsBefore); // a Binary's data: nothing asked from the server
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Patient"));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(100);
            viewer->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/18-binary-as-xml.png"));
        }
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("asJsonButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!viewer->isPreparing());
        QVERIFY(text->toPlainText().contains(QStringLiteral("\"resourceType\": \"Patient\"")));
        closeViewer(viewer);

        // The same Binary read with Accept equal to its contentType: the server sends the raw
        // content (a Patient), not the Binary. As XML still converts that content here; asking
        // the server would bring the Binary wrapper with its base64 data.
        format->setCurrentIndex(format->findText(QStringLiteral("application/fhir+json")));
        viewer = preview(QStringLiteral("Binary/1"));
        QVERIFY(viewer);
        text = viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"));
        QVERIFY2(text->toPlainText().contains(QStringLiteral("\"resourceType\": \"Patient\"")),
                 qPrintable(text->toPlainText()));
        const int callsBeforeRaw = m_log->rowCount();
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("asXmlButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!viewer->isPreparing());
        QVERIFY2(text->toPlainText().contains(QStringLiteral("<Patient xmlns")),
                 qPrintable(text->toPlainText().left(300)));
        QVERIFY(!text->toPlainText().contains(QStringLiteral("<Binary")));
        QCOMPARE(m_log->rowCount(), callsBeforeRaw);
        closeViewer(viewer);

        // A Group read with GET: the Sandbox's CapabilityStatement lists XML, so As XML asks
        // the server (a call in the log with Accept: application/fhir+xml).
        viewer = preview(QStringLiteral("Group/1"));
        QVERIFY(viewer);
        QVERIFY(viewer->findChild<QPushButton *>(QStringLiteral("asXmlButton"))
                    ->toolTip()
                    .contains(QStringLiteral("server")));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            auto *groupTree = viewer->findChild<QTreeView *>(QStringLiteral("treeView"));
            const QModelIndex groupRoot = groupTree->model()->index(0, 0);
            for (int r = 0; r < groupTree->model()->rowCount(groupRoot); ++r) {
                const QModelIndex i = groupTree->model()->index(r, 0, groupRoot);
                if (i.data().toString() == QLatin1String("member")) {
                    groupTree->expandRecursively(groupTree->model()->index(0, 0, i));
                    groupTree->expand(i);
                    groupTree->setCurrentIndex(
                        groupTree->model()->index(0, 0, groupTree->model()->index(0, 0, i)));
                }
            }
            QTest::qWait(100);
            viewer->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/18-binary-tree.png"));
        }
        // Find: a value deep in the tree is selected, its parents opened.
        auto *findEdit = viewer->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        findEdit->setText(QStringLiteral("PAT-00003"));
        QTest::keyClick(findEdit, Qt::Key_Return);
        QTRY_VERIFY(!viewer->isFinding());
        auto *groupTree = viewer->findChild<QTreeView *>(QStringLiteral("treeView"));
        QCOMPARE(groupTree->currentIndex().siblingAtColumn(1).data().toString(),
                 QStringLiteral("Patient/pat-00003"));
        QVERIFY(groupTree->isExpanded(groupTree->currentIndex().parent()));
        QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("findStatusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Line ")));
        findEdit->setText(QStringLiteral("no such thing"));
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("findNextButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!viewer->isFinding());
        QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("findStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("not found")));
        const int before = m_log->rowCount();
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("asXmlButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!viewer->isPreparing());
        QTRY_COMPARE(m_log->rowCount(), before + 1);
        const CallRecord asXml = m_log->record(before);
        QCOMPARE(asXml.url.path(), m_sandbox->baseUrl().path() + QStringLiteral("/Group/1"));
        QCOMPARE(asXml.requestHeader("Accept"), QByteArray("application/fhir+xml"));
        QVERIFY2(viewer->findChild<QLabel *>(QStringLiteral("statusLabel"))
                     ->text()
                     .contains(QStringLiteral("as the server sent it")),
                 qPrintable(viewer->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        QVERIFY(viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"))
                    ->toPlainText()
                    .contains(QStringLiteral("<Group xmlns=\"http://hl7.org/fhir\">")));
        closeViewer(viewer);

        // Invalid base64: said, and the raw value shown instead of a blank pane.
        viewer = preview(QStringLiteral("Binary/bad-base64"));
        QVERIFY(viewer);
        auto *message = viewer->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("base64")));
        QVERIFY(!viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"))
                     ->toPlainText()
                     .isEmpty());
        closeViewer(viewer);
        // Plain text: its lines.
        viewer = preview(QStringLiteral("Binary/3"));
        QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Shown as text.")));
        QVERIFY(!viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"))
                     ->toPlainText()
                     .isEmpty());
        QVERIFY(!viewer->findChild<QWidget *>(QStringLiteral("treePanel"))->isVisible());
        closeViewer(viewer);
        // An image and an NDJSON file get their own views.
        // A 1x1 PNG: its size said, and enlarged so that it can be seen, pixels kept sharp.
        viewer = preview(QStringLiteral("Binary/5"));
        auto *image = viewer->findChild<QLabel *>(QStringLiteral("imageLabel"));
        QVERIFY(!image->pixmap().isNull());
        const QString imageInfo =
            viewer->findChild<QLabel *>(QStringLiteral("imageInfoLabel"))->text();
        QVERIFY2(imageInfo.contains(QStringLiteral("image/png")) &&
                     imageInfo.contains(QStringLiteral("1 × 1 pixels")),
                 qPrintable(imageInfo));
        QCOMPARE(image->pixmap().size(), QSize(256, 256));
        auto *zoom = viewer->findChild<QLabel *>(QStringLiteral("zoomLabel"));
        QCOMPARE(zoom->text(), QStringLiteral("25600%"));
        QTest::mouseClick(viewer->findChild<QToolButton *>(QStringLiteral("actualSizeButton")),
                          Qt::LeftButton);
        QCOMPARE(image->pixmap().size(), QSize(1, 1));
        QCOMPARE(zoom->text(), QStringLiteral("100%"));
        viewer->findChild<QWidget *>(QStringLiteral("imageScroll"))->setFocus();
        QTest::keySequence(viewer, QKeySequence::ZoomIn);
        QCOMPARE(image->pixmap().size(), QSize(2, 2));
        QTest::mouseClick(viewer->findChild<QToolButton *>(QStringLiteral("fitButton")),
                          Qt::LeftButton);
        QVERIFY(image->pixmap().width() > 100);
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(100);
            viewer->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/18-binary-png.png"));
        }
        closeViewer(viewer);
        // A 1 MiB NDJSON answer: the body view shows its start and points to the viewer, which
        // lists every line.
        viewer = preview(QStringLiteral("Binary/large-1/$binary-access-read"));
        QVERIFY(viewer);
        QTRY_VERIFY2(child<QPlainTextEdit>("bodyText")
                         ->toPlainText()
                         .contains(QStringLiteral("Preview content (Ctrl+B) shows all of it")),
                     qPrintable(child<QPlainTextEdit>("bodyText")->toPlainText().right(200)));
        QTRY_VERIFY(viewer->findChild<QLabel *>(QStringLiteral("ndjsonSummaryLabel"))
                        ->text()
                        .contains(QStringLiteral("Observation ×")));
        QCOMPARE(
            viewer->findChild<QTableView *>(QStringLiteral("ndjsonLinesView"))->model()->rowCount(),
            1024 * 1024 / 200);
        closeViewer(viewer);
        viewer = preview(QStringLiteral("Binary/4"));
        auto *summary = viewer->findChild<QLabel *>(QStringLiteral("ndjsonSummaryLabel"));
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("×")), qPrintable(summary->text()));
        auto *lines = viewer->findChild<QTableView *>(QStringLiteral("ndjsonLinesView"));
        QVERIFY(lines->model()->rowCount() > 0);
        QTRY_VERIFY(viewer->findChild<QPlainTextEdit *>(QStringLiteral("ndjsonLineView"))
                        ->toPlainText()
                        .contains(QStringLiteral("\"resourceType\": ")));
        closeViewer(viewer);
        format->setCurrentIndex(0);
        child<QLineEdit>("tokenEdit")->clear();
    }

    void openLocalFiles()
    {
        // Files dropped on the window: an NDJSON export file with a broken line (indexed from
        // disk, one row per line, the problem listed) and a JSON file that is not valid.
        QTemporaryDir dir;
        QFile nd(dir.filePath(QStringLiteral("Patient.ndjson")));
        QVERIFY(nd.open(QIODevice::WriteOnly));
        for (int i = 0; i < 3000; ++i)
            nd.write("{\"resourceType\":\"Patient\",\"id\":\"p" + QByteArray::number(i) +
                     "\",\"gender\":\"female\"}\n");
        nd.write("{\"resourceType\":\"Patient\",\"id\":\n");
        nd.write("{\"resourceType\":\"Observation\",\"id\":\"o1\",\"valueQuantity\":{\"value\":1."
                 "50}}\n");
        nd.close();
        auto drop = [this](const QString &path) { m_window->openLocalFile(path); };
        drop(nd.fileName());
        auto *viewer = m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer"));
        QVERIFY(viewer);
        auto *summary = viewer->findChild<QLabel *>(QStringLiteral("ndjsonSummaryLabel"));
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("Lines that are not a resource: 1")),
                     qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("Patient × 3,000")),
                 qPrintable(summary->text()));
        auto *lines = viewer->findChild<QTableView *>(QStringLiteral("ndjsonLinesView"));
        QCOMPARE(lines->model()->rowCount(), 3002);
        auto *errors = viewer->findChild<QTableWidget *>(QStringLiteral("ndjsonErrorsTable"));
        QCOMPARE(errors->rowCount(), 1);
        QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("3,001"));
        // Filter by type, then go to the problem line from the list.
        auto *filter = viewer->findChild<QComboBox *>(QStringLiteral("ndjsonTypeCombo"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("Observation")));
        QCOMPARE(lines->model()->rowCount(), 1);
        lines->setCurrentIndex(lines->model()->index(0, 0));
        auto *lineView = viewer->findChild<QPlainTextEdit *>(QStringLiteral("ndjsonLineView"));
        QVERIFY2(lineView->toPlainText().contains(QStringLiteral("\"value\": 1.50")),
                 qPrintable(lineView->toPlainText()));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            filter->setCurrentIndex(0);
            lines->setCurrentIndex(lines->model()->index(3000, 0));
            lines->scrollTo(lines->currentIndex());
            QTest::qWait(100);
            viewer->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/20-ndjson-file.png"));
        }
        // Find in the file: the line with that id, even where the type filter hid it.
        filter->setCurrentIndex(filter->findData(QStringLiteral("Observation")));
        auto *findEdit = viewer->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        findEdit->setText(QStringLiteral("\"p2999\""));
        QTest::keyClick(findEdit, Qt::Key_Return);
        QTRY_VERIFY(!viewer->isFinding());
        QCOMPARE(lines->currentIndex().data().toString(), QStringLiteral("3000"));
        QCOMPARE(filter->currentIndex(), 0);
        findEdit->setText(QStringLiteral("\"gender\""));
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("findPreviousButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!viewer->isFinding());
        QCOMPARE(lines->currentIndex().data().toString(), QStringLiteral("2999"));
        emit errors->cellDoubleClicked(0, 0);
        QCOMPARE(lines->currentIndex().data().toString(), QStringLiteral("3001"));
        QVERIFY(lineView->toPlainText().startsWith(QStringLiteral("Line 3001: Not valid JSON")));
        viewer->close();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("binaryViewer")));

        // A JSON file past the editor's size: the line list, highlighted, tree beside it.
        QFile big(dir.filePath(QStringLiteral("bundle.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        for (int i = 0; i < 1500; ++i)
            big.write(
                (i ? ",{" : "{") +
                QByteArray("\"resource\":{\"resourceType\":\"Observation\",\"id\":\"o") +
                QByteArray::number(i) +
                "\",\"status\":\"final\",\"valueQuantity\":{\"value\":1.50,\"unit\":\"mg\"}}}");
        big.write("]}");
        big.close();
        drop(big.fileName());
        QTRY_VERIFY(m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer")));
        viewer = m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer"));
        QTRY_VERIFY(!viewer->isPreparing());
        auto *linesView = viewer->findChild<QTableView *>(QStringLiteral("linesView"));
        QVERIFY(linesView->isVisible());
        QCOMPARE(linesView->model()->index(1, 0).data().toString(),
                 QStringLiteral("  \"resourceType\": \"Bundle\","));
        QVERIFY(linesView->model()->rowCount() > 1500 * 10);
        auto *bigFind = viewer->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        bigFind->setText(QStringLiteral("o1499"));
        QTest::keyClick(bigFind, Qt::Key_Return);
        QTRY_VERIFY(!viewer->isFinding());
        QVERIFY(linesView->currentIndex().data().toString().contains(QStringLiteral("\"o1499\"")));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(100);
            viewer->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/19-large-json.png"));
        }
        viewer->close();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("binaryViewer")));

        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"resourceType\": \"Patient\", \"id\": 01}");
        bad.close();
        drop(bad.fileName());
        QTRY_VERIFY(m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer")));
        viewer = m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer"));
        QTRY_VERIFY(!viewer->isPreparing());
        auto *message = viewer->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY2(message->isVisible() && message->text().contains(QStringLiteral("Not valid JSON")),
                 qPrintable(message->text()));
        QVERIFY(viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"))
                    ->toPlainText()
                    .contains(QStringLiteral("01}")));
        viewer->close();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("binaryViewer")));
        drop(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("missing.json")));
    }

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
        QCOMPARE(historyTable->model()->rowCount(), m_services->history->count({}));
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
        child<QAction>("actionExportHar")->trigger();
        QVERIFY(QFile::exists(har));
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
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveBundleButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("supportBundleDialog")));
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

    void preferencesAreKept()
    {
        PreferencesDialog dialog(m_window.get());
        dialog.show();
        auto *body = dialog.findChild<QSpinBox *>(QStringLiteral("historyBodySpin"));
        auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("historyDaysSpin"));
        auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("historySizeSpin"));
        auto *timeout = dialog.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"));
        QVERIFY(body && days && size && timeout);
        QCOMPARE(body->value(), 256); // the defaults
        QCOMPARE(days->value(), 90);
        QCOMPARE(size->value(), 500);
        body->setValue(1024);
        days->setValue(0);
        size->setValue(200);
        const int timeoutBefore = timeout->value();
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(50);
            dialog.grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                               QStringLiteral("/25-preferences.png"));
        }
        dialog.accept();
        QCOMPARE(AppSettings::historyBodyLimitKiB(), 1024);
        QCOMPARE(AppSettings::historyKeepDays(), 0);
        QCOMPARE(AppSettings::historyMaxMiB(), 200);
        QCOMPARE(AppSettings::timeoutMs(), timeoutBefore * 1000);
        AppSettings::setHistoryBodyLimitKiB(256);
        AppSettings::setHistoryKeepDays(90);
        AppSettings::setHistoryMaxMiB(500);
    }

    void addAndRemoveAProfile()
    {
        waitIdle();
        const int before = m_profiles->all().size();
        // Add: the dialog stays open and says what is missing until the form is right.
        child<QAction>("actionAddProfile")->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("profileDialog"))));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"));
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("profileUrlEdit"));
        auto *env = dialog->findChild<QComboBox *>(QStringLiteral("profileEnvironmentCombo"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("profileProblemLabel"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(name && url && env && problem && ok);
        name->setText(QStringLiteral("Staging"));
        url->setText(QStringLiteral("ftp://staging.example"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(problem->isVisible() && problem->text().contains(QLatin1String("http(s)")),
                 qPrintable(problem->text()));
        QCOMPARE(m_profiles->all().size(), before);
        url->setText(QStringLiteral("http://staging.example/fhir"));
        env->setCurrentIndex(
            env->findData(ServerProfile::environmentKey(ServerProfile::Environment::Preview)));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("profileDialog")));
        QCOMPARE(m_profiles->all().size(), before + 1);
        // The new profile is selected: its banner, its URL, and it can be removed.
        QCOMPARE(m_window->currentProfile().name, QStringLiteral("Staging"));
        QCOMPARE(m_window->currentProfile().environment, ServerProfile::Environment::Preview);
        QCOMPARE(child<QLabel>("baseUrlLabel")->text(),
                 QStringLiteral("http://staging.example/fhir"));
        QVERIFY(child<QLabel>("environmentBanner")->text().contains(QLatin1String("Preview")));
        QVERIFY(
            child<QComboBox>("profileCombo")->currentText().startsWith(QLatin1String("Staging")));
        auto *remove = child<QAction>("actionRemoveProfile");
        QVERIFY(remove->isEnabled());
        // Its token goes to the keychain under its own name, and goes with it.
        const QString tokenKey = TokenStore::tokenKey(m_window->currentProfile().id);
        child<QLineEdit>("tokenEdit")->setText(QStringLiteral("staging-token"));
        QTRY_COMPARE(stored(tokenKey), std::optional<QByteArray>("staging-token"));
        // Remove: asked first; "no" keeps it.
        Ask::setNextAnswer(false);
        remove->trigger();
        QCOMPARE(m_profiles->all().size(), before + 1);
        QCOMPARE(m_window->currentProfile().name, QStringLiteral("Staging"));
        Ask::setNextAnswer(true);
        remove->trigger();
        QCOMPARE(m_profiles->all().size(), before);
        QCOMPARE(m_window->currentProfile().environment, ServerProfile::Environment::Sandbox);
        QTRY_VERIFY(!stored(tokenKey));
        QVERIFY(!remove->isEnabled()); // built-in profiles stay
        waitIdle();
    }

    void certificateTabExplainsAnUntrustedServer()
    {
        // An HTTPS server whose CA this computer does not trust: the diagnosis names the issuer
        // and the likely proxy, and the Certificate tab shows the chain as received.
        QTemporaryDir dir;
        QVERIFY(TestCertificates::make(dir.path()));
        QSslServer server;
        server.setSslConfiguration(TestCertificates::serverConfiguration(
            dir.path(), QStringLiteral("server.pem"), QStringLiteral("server.key")));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        TestCertificates::answerWithAGroup(server);
        waitIdle();
        sendWith("GET",
                 QStringLiteral("https://127.0.0.1:%1/fhir/Group/1").arg(server.serverPort()),
                 QStringLiteral("none"));
        const CallRecord r = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(r.diagnosis.code, QStringLiteral("transport.tls"));
        QCOMPARE(r.diagnosis.firstCause(), QStringLiteral("tls.unknown-issuer"));
        QVERIFY2(child<QLabel>("causesLabel")->text().contains(QStringLiteral("CN=Test CA")),
                 qPrintable(child<QLabel>("causesLabel")->text()));
        auto *tabs = child<QTabWidget>("detailTabs");
        auto *certificate = child<QTextBrowser>("certificateText");
        const int tab = tabs->indexOf(certificate->parentWidget());
        QVERIFY(tabs->isTabVisible(tab));
        tabs->setCurrentIndex(tab);
        const QString text = certificate->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("tls.unknown-issuer")) &&
                     text.contains(QStringLiteral("CN=127.0.0.1")) &&
                     text.contains(QStringLiteral("CN=Test CA")) &&
                     text.contains(QString::fromLatin1(r.peerChain.first().sha256.toLatin1())),
                 qPrintable(text));
        shot(QStringLiteral("33-certificate"));
        // A plain HTTP call has no Certificate tab.
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("none"));
        QVERIFY(!tabs->isTabVisible(tab));
        tabs->setCurrentIndex(0);
        // A profile for that server with its CA as the profile's CA bundle: trusted there.
        child<QAction>("actionAddProfile")->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("profileDialog"))));
        dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))
            ->setText(QStringLiteral("Private CA"));
        dialog->findChild<QLineEdit *>(QStringLiteral("profileUrlEdit"))
            ->setText(QStringLiteral("https://127.0.0.1:%1/fhir").arg(server.serverPort()));
        auto *bundle = dialog->findChild<QLineEdit *>(QStringLiteral("profileCaBundleEdit"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        bundle->setText(dir.filePath(QStringLiteral("san.ext"))); // not PEM: said, not saved
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("profileProblemLabel"));
        QVERIFY2(dialog->isVisible() && problem->text().contains(QLatin1String("CA bundle")),
                 qPrintable(problem->text()));
        Ask::setNextFileName(dir.filePath(QStringLiteral("ca.pem"))); // Browse… picks it
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("profileCaBundleButton")),
                          Qt::LeftButton);
        QCOMPARE(bundle->text(), dir.filePath(QStringLiteral("ca.pem")));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("profileDialog")));
        QCOMPARE(m_window->currentProfile().caBundle, dir.filePath(QStringLiteral("ca.pem")));
        waitIdle();
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("none"));
        const CallRecord trusted = m_log->record(m_log->rowCount() - 1);
        QVERIFY2(trusted.status == 200,
                 qPrintable(trusted.tlsProblems.join(QLatin1Char(',')) + QLatin1Char(' ') +
                            trusted.url.toString() + QLatin1Char(' ') + trusted.transportError));
        QVERIFY(trusted.tlsProblems.isEmpty());
        QCOMPARE(trusted.peerChain.value(0).issuer, QStringLiteral("CN=Test CA"));
        QVERIFY(tabs->isTabVisible(tab));
        QVERIFY2(certificate->toPlainText().contains(QStringLiteral("passed every check")),
                 qPrintable(certificate->toPlainText()));
        Ask::setNextAnswer(true);
        child<QAction>("actionRemoveProfile")->trigger();
        waitIdle();
        // A profile without the CA: the Certificate tab offers to trust exactly this
        // certificate; asked first ("no" pins nothing), then the calls go through, marked.
        child<QAction>("actionAddProfile")->trigger();
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("profileDialog"))));
        dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))
            ->setText(QStringLiteral("Pinned"));
        dialog->findChild<QLineEdit *>(QStringLiteral("profileUrlEdit"))
            ->setText(QStringLiteral("https://127.0.0.1:%1/fhir").arg(server.serverPort()));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("profileDialog")));
        waitIdle();
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("none"));
        QCOMPARE(m_log->record(m_log->rowCount() - 1).diagnosis.code,
                 QStringLiteral("transport.tls"));
        tabs->setCurrentIndex(tab);
        auto *trust = child<QPushButton>("trustCertificateButton");
        QVERIFY(trust->isVisible());
        Ask::setNextAnswer(false);
        QTest::mouseClick(trust, Qt::LeftButton);
        QVERIFY(m_window->currentProfile().pinnedSha256.isEmpty());
        Ask::setNextAnswer(true);
        QTest::mouseClick(trust, Qt::LeftButton);
        QCOMPARE(m_window->currentProfile().pinnedSha256, r.peerChain.first().sha256);
        QCOMPARE(m_profiles->find(QStringLiteral("Pinned"))->pinnedSha256,
                 r.peerChain.first().sha256);
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("none"));
        const CallRecord pinned = m_log->record(m_log->rowCount() - 1);
        QVERIFY2(pinned.status == 200, qPrintable(pinned.transportError));
        QVERIFY(pinned.tlsPinned);
        QVERIFY(pinned.tlsProblems.contains(QStringLiteral("unknown-issuer")));
        QVERIFY(!trust->isVisible());
        QVERIFY2(certificate->toPlainText().contains(QStringLiteral("pins this certificate")),
                 qPrintable(certificate->toPlainText()));
        shot(QStringLiteral("34-certificate-pinned"));
        tabs->setCurrentIndex(0);
        Ask::setNextAnswer(true);
        child<QAction>("actionRemoveProfile")->trigger();
        waitIdle();
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/1"));
    }

    void cleanupTestCase()
    {
        // Nothing the session logged (qDebug/qWarning/...) carries a token.
        for (const QString &line : std::as_const(s_messages))
            QVERIFY2(!line.contains(QLatin1String("eyJ")), qPrintable(line));
        m_window.reset();
        QSettings().clear();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
