// What the window keeps of its settings: preferences, server profiles (their proxy and its
// password in the keychain), and the Certificate tab with a profile's TLS trust.
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

class TestRecordsProfiles : public QObject, public WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSuite("RecordsProfiles"); }

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

    void aProfilesProxyWithItsPasswordInTheKeychain()
    {
        // A profile that goes through a proxy with a user: the password goes to the keychain
        // (not the settings), every call of the profile passes the proxy with it, the Request
        // tab says which proxy, and removing the profile removes the password.
        TestProxy proxy;
        const QByteArray password = "pw-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        proxy.requiredCredentials = "alice:" + password;
        proxy.start();
        waitIdle();
        child<QAction>("actionAddProfile")->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("profileDialog"))));
        const auto field = [dialog](const char *name) {
            return dialog->findChild<QLineEdit *>(QLatin1String(name));
        };
        auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("profileProxyCombo"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!field("profileProxyPasswordEdit")->isEnabled()); // system settings: no fields
        field("profileNameEdit")->setText(QStringLiteral("Behind a proxy"));
        field("profileUrlEdit")->setText(m_sandbox->baseUrl().toString());
        mode->setCurrentIndex(mode->findData(int(ProxySetting::Mode::Http)));
        QVERIFY(field("profileProxyPasswordEdit")->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton); // no address yet
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("profileProblemLabel"));
        QVERIFY2(problem->isVisible() && problem->text().contains(QLatin1String("host:port")),
                 qPrintable(problem->text()));
        QTest::keyClicks(field("profileProxyEdit"),
                         QStringLiteral("127.0.0.1:%1").arg(proxy.serverPort()));
        field("profileProxyUserEdit")->setText(QStringLiteral("alice"));
        field("profileProxyPasswordEdit")->setText(QString::fromLatin1(password));
        QVERIFY(!problem->isVisible()); // typing in a field took the old problem away
        shot(QStringLiteral("34-profile-proxy"), dialog);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("profileDialog")));
        const QString id = m_window->currentProfile().id;
        QTRY_COMPARE(stored(TokenStore::proxyPasswordKey(id)), std::optional<QByteArray>(password));
        m_settings->sync();
        QFile settings(m_settings->fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray written = settings.readAll();
        QVERIFY(written.contains("proxy=http://alice@127.0.0.1"));
        QVERIFY(!written.contains(password));
        // The statement is read through the proxy once the password is there.
        QTRY_VERIFY(proxy.authorized > 0);
        waitIdle();
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("none"));
        const CallRecord r = m_log->record(m_log->rowCount() - 1);
        const QString via = QStringLiteral("http://alice@127.0.0.1:%1").arg(proxy.serverPort());
        QCOMPARE(r.proxy, via);
        auto *tabs = child<QTabWidget>("detailTabs");
        auto *request = child<QPlainTextEdit>("requestText");
        tabs->setCurrentWidget(request->parentWidget());
        QVERIFY2(request->toPlainText().contains(QStringLiteral("through the proxy ") + via),
                 qPrintable(request->toPlainText()));
        // The pane's request text and its "Copy ids for support" are the record formatter's, as
        // in the reports, `fhir-bulk get` and the support bundle.
        QCOMPARE(request->toPlainText(), RecordFormatter::requestText(r));
        child<QPushButton>("copyCorrelationButton")->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, RecordFormatter::supportText(r, 0));
        QVERIFY2(copied.contains(QStringLiteral("Proxy: ") + via), qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("X-Request-ID sent: ") +
                                QString::fromLatin1(r.requestIdSent)));
        shot(QStringLiteral("35-request-through-proxy"));
        tabs->setCurrentIndex(0);
        // The proxy turns into a network portal: its login page (a 200) is no success.
        proxy.mode = TestProxy::Mode::LoginPage;
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("none"));
        const CallRecord page = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(page.diagnosis.code, QStringLiteral("http.not-fhir"));
        QVERIFY2(child<QLabel>("causesLabel")->text().contains(QLatin1String("proxy.rewrote")),
                 qPrintable(child<QLabel>("causesLabel")->text()));
        shot(QStringLiteral("36-portal-page"));
        Ask::setNextAnswer(true);
        child<QAction>("actionRemoveProfile")->trigger();
        QTRY_VERIFY(!stored(TokenStore::proxyPasswordKey(id)));
        waitIdle();
    }

    void certificateTabExplainsAnUntrustedServer()
    {
        // An HTTPS server whose CA this computer does not trust: the diagnosis names the issuer
        // and the likely proxy, and the Certificate tab shows the chain as received.
        QTemporaryDir dir;
        QVERIFY(TestCertificates::make(dir.path()));
        QSslServer server;
        QVERIFY(TestCertificates::serveGroup(server, dir.path()));
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

    void cleanupTestCase() { endSuite(); }
};

QTEST_MAIN(TestRecordsProfiles)
#include "tst_records_profiles.moc"
