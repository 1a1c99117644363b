// The real main window, driven the way an analyst uses it (offscreen): calls and their diagnosis,
// the Examples menu, filters, the first-run hint, the Sandbox panel, cancelling, the request bar
// and the log where room is short. Other subjects have suites of their own on the same fixture
// (WindowFixture.h): tst_mainwindow_panes (panes, docks, composer, keyboard), tst_tokenwindow,
// tst_exportwindow, tst_viewer, tst_records and tst_desktop.
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

#include <QAccessible>
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
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslServer>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
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

class TestMainWindow : public QObject, public WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSuite("Main"); }

    void opensOnTheSandbox()
    {
        QCOMPARE(m_window->currentProfile().environment, ServerProfile::Environment::Sandbox);
        QVERIFY(m_sandbox->isRunning());
        QVERIFY(
            child<QLabel>("baseUrlLabel")->text().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(child<QLabel>("environmentBanner")->text().contains(QStringLiteral("Sandbox")));
        // The title is the profile: the desktop adds the application's name after it.
        QCOMPARE(m_window->windowTitle(), m_window->currentProfile().name);
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
        panel->findChild<QCheckBox *>(QStringLiteral("openReadsCheck"))->setChecked(true);
        m_sandbox->configure([&seen](SandboxServer *s) { seen = s->scenario(); });
        QVERIFY(seen.openReads);
        QCOMPARE(seen.latencyMs, 250);
        panel->findChild<QCheckBox *>(QStringLiteral("deletionsCheck"))->setChecked(true);
        m_sandbox->configure([&seen](SandboxServer *s) { seen = s->scenario(); });
        QVERIFY(seen.deletions);
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
        QVERIFY(!seen.openReads);
        QVERIFY(!seen.deletions);
        QVERIFY(!panel->findChild<QCheckBox *>(QStringLiteral("openReadsCheck"))->isChecked());
        panel->close();
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
        // Once the token has changed, the call's own token is gone: said, and nothing copied.
        child<QLineEdit>("tokenEdit")->setText(QStringLiteral("another-token"));
        clipboard->setText(QStringLiteral("untouched"));
        Ask::recordMessages(true);
        QTest::mouseClick(child<QPushButton>("copyCurlWithTokenButton"), Qt::LeftButton);
        const QStringList told = Ask::told();
        Ask::recordMessages(false);
        QCOMPARE(told.size(), 1);
        QVERIFY2(told.first().contains(QStringLiteral("no longer the current token")),
                 qPrintable(told.first()));
        QCOMPARE(clipboard->text(), QStringLiteral("untouched"));
        clipboard->clear();
        child<QLineEdit>("tokenEdit")->clear();
        child<QComboBox>("authCombo")
            ->setCurrentIndex(child<QComboBox>("authCombo")->findData(QStringLiteral("bearer")));
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

    void authorizationVariantIsWholeWhereThereIsRoom()
    {
        // At 1280 px the Authorization combo shows its variants whole (it was cut to 12
        // characters: "Token without "Bear…"); where the row has no room it still narrows, so
        // the window's minimum width stays what it was.
        m_window->resize(1280, 820);
        auto *auth = child<QComboBox>("authCombo");
        // The longest variant: 12 characters of the form were too few for it.
        auth->setCurrentIndex(auth->findData(QStringLiteral("other-environment")));
        QCOMPARE(auth->currentText(), QStringLiteral("Token for another environment (Sandbox)"));
        const auto textRoom = [auth] {
            QStyleOptionComboBox option;
            option.initFrom(auth);
            option.editable = auth->isEditable();
            option.currentText = auth->currentText();
            return auth->style()
                ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, auth)
                .width();
        };
        const int needed = auth->fontMetrics().horizontalAdvance(auth->currentText());
        QTRY_VERIFY2(
            textRoom() >= needed,
            qPrintable(QStringLiteral("%1 px for %2 px of text").arg(textRoom()).arg(needed)));
        QVERIFY2(auth->minimumWidth() > 0 && auth->minimumWidth() < needed,
                 "the combo's minimum is its 12 characters, not its longest variant");
        QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
        auth->setCurrentIndex(auth->findData(authModeKey(AuthMode::Bearer)));
    }

    void savedRequestColumnIsSeenBesideTheDock()
    {
        // A 1024-wide window with the Saved requests dock open: the log's Saved request column,
        // shown from a saved request's first run on, is on screen, not off its right edge.
        m_window->resize(1024, 700);
        auto *requestsDock = child<QDockWidget>("requestsDock");
        requestsDock->show();
        QVERIFY(m_log->rowCount() > 0);
        CallColumns::RunMark mark;
        mark.request = QStringLiteral("Read the group");
        mark.expectations = 2;
        m_log->markRun(m_log->record(m_log->rowCount() - 1).id, mark);
        auto *table = child<QTableView>("callTable");
        QTRY_VERIFY(!table->isColumnHidden(CallLogModel::RunColumn));
        const QHeaderView *header = table->horizontalHeader();
        const auto seen = [table, header](int column) {
            const int left = header->sectionViewportPosition(column);
            return left >= 0 && left + header->sectionSize(column) <= table->viewport()->width();
        };
        QTRY_VERIFY2(seen(CallLogModel::RunColumn),
                     qPrintable(QStringLiteral("at %1 px, %2 wide, in %3 px")
                                    .arg(header->sectionViewportPosition(CallLogModel::RunColumn))
                                    .arg(header->sectionSize(CallLogModel::RunColumn))
                                    .arg(table->viewport()->width())));
        QVERIFY(seen(CallLogModel::StatusColumn)); // and the answer's status beside it
        shot(QStringLiteral("log-saved-request-1024"));
        requestsDock->hide();
        m_window->resize(1280, 820);
    }

    void cleanupTestCase() { endSuite(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
