// Tokens in the window: kept per profile in the keychain and never in settings or logs, inspected,
// checked against the server, requested from the Sandbox (secret and private key JWT); renewals
// and the token's life are in tst_tokenwindow_life.
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
#include "app/session/TokenSession.h"
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
#include "ui/TokenRequestDialog.h"

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

class TestTokenWindow : public QObject, public WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSuite("Tokens"); }

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

    void oneFingerprintForOnePaste()
    {
        // A token pasted with its "Bearer ": the Token field, the inspector and the call all
        // name the token alone (one length, one fingerprint); the call's only cause is the
        // doubled scheme; the curl command with the token repeats the header exactly as sent.
        selectAndWait(QStringLiteral("sandbox"));
        const QByteArray token = m_sandbox->demoToken();
        const QString alone = QStringLiteral("%1 chars, sha256 %2")
                                  .arg(token.size())
                                  .arg(Redaction::fingerprint(token));
        child<QLineEdit>("tokenEdit")
            ->setText(QStringLiteral("Bearer ") + QString::fromLatin1(token));
        QVERIFY2(child<QLabel>("tokenInfoLabel")->text().startsWith(alone),
                 qPrintable(child<QLabel>("tokenInfoLabel")->text()));
        QTest::mouseClick(child<QPushButton>("inspectTokenButton"), Qt::LeftButton);
        QDialog *inspector = nullptr;
        QTRY_VERIFY((inspector = m_window->findChild<QDialog *>(QStringLiteral("tokenInspector"))));
        QTRY_VERIFY(inspector->isVisible());
        const QString verdict =
            inspector->findChild<QLabel *>(QStringLiteral("verdictLabel"))->text();
        QVERIFY2(verdict.contains(alone), qPrintable(verdict));
        inspector->close();
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
        const CallRecord r = m_log->record(m_log->rowCount() - 1);
        QCOMPARE(r.tokenFingerprint, Redaction::fingerprint(token));
        QCOMPARE(r.tokenLength, int(token.size()));
        QStringList causes;
        for (const Cause &c : r.diagnosis.causes)
            causes << c.code;
        QCOMPARE(causes, QStringList{QStringLiteral("header.doubled-scheme")});
        QVERIFY2(child<QPlainTextEdit>("requestText")
                     ->toPlainText()
                     .contains(QStringLiteral("Authorization: Bearer Bearer <redacted: %1 "
                                              "chars, sha256 %2>")
                                   .arg(token.size())
                                   .arg(Redaction::fingerprint(token))),
                 qPrintable(child<QPlainTextEdit>("requestText")->toPlainText()));
        Ask::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>("copyCurlWithTokenButton"), Qt::LeftButton);
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.contains(QStringLiteral("Authorization: Bearer Bearer ") +
                               QString::fromLatin1(token) + QLatin1Char('\'')),
                 "the header as sent");
        QGuiApplication::clipboard()->clear();
        child<QLineEdit>("tokenEdit")->clear();
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

    void pastedTokenWithANewlineIsCheckedOnce()
    {
        // Issue 25.5: a token pasted with a trailing newline, refused by the server: the verdict
        // agrees with the probe's diagnosis (refused, not "malformed": the check sends the token
        // without the newline, and says so), and the paste plus a click on Check makes one
        // check, not two.
        selectAndWait(QStringLiteral("sandbox"));
        auto *edit = child<QLineEdit>("tokenEdit");
        edit->setText(QString::fromLatin1(m_sandbox->demoToken()));
        QTest::mouseClick(child<QPushButton>("checkTokenButton"), Qt::LeftButton);
        auto *card = child<QLabel>("healthLabel");
        QTRY_VERIFY_WITH_TIMEOUT(card->text().contains(QStringLiteral("Token check: ok")), 15000);
        // A well-formed token this Sandbox did not sign: its signature changed.
        QByteArray refused = m_sandbox->demoToken();
        const qsizetype mid = refused.lastIndexOf('.') + 10;
        refused[mid] = refused.at(mid) == 'A' ? 'B' : 'A';
        QGuiApplication::clipboard()->setText(QString::fromLatin1(refused) + QStringLiteral("\n"));
        const int before = m_log->rowCount();
        edit->setFocus();
        edit->selectAll();
        QTest::keySequence(edit, QKeySequence::Paste);
        QVERIFY(edit->text().startsWith(QString::fromLatin1(refused)));
        QTest::mouseClick(child<QPushButton>("checkTokenButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(card->text().contains(QStringLiteral("Token check:")), 15000);
        QVERIFY2(card->text().contains(QStringLiteral("Token check: rejected")),
                 qPrintable(card->text()));
        QVERIFY2(!card->text().contains(QStringLiteral("malformed")), qPrintable(card->text()));
        TokenSession *session = m_services->token;
        QCOMPARE(session->health(), TokenSession::Health::Verdict); // no second check pending
        QVERIFY(!session->isChecking());
        const QList<quint64> calls = session->healthResult()->callIds;
        QCOMPARE(m_log->rowCount() - before, calls.size()); // one check's calls, once
        int metadataReads = 0;
        for (int row = before; row < m_log->rowCount(); ++row) {
            const CallRecord r = m_log->record(row);
            QVERIFY(calls.contains(r.id));
            metadataReads += r.url.path().endsWith(QLatin1String("/metadata")) ? 1 : 0;
            if (r.purpose == QLatin1String("Token health check") && r.status == 403)
                QVERIFY2(r.diagnosis.code != QLatin1String("token.malformed"),
                         qPrintable(r.diagnosis.code));
        }
        QCOMPARE(metadataReads, 1);
        shot(QStringLiteral("25-health-newline"));
        edit->clear();
    }

    void healthCheckWhereReadsAreOpen()
    {
        // The same verdict as `fhir-bulk token check`: where Group reads answer anyone (the
        // SMART reference server), an accepted probe is no evidence, and a token the protected
        // kick-off refuses is "rejected", not "ok".
        selectAndWait(QStringLiteral("sandbox"));
        m_sandbox->configure([](SandboxServer *s) {
            SandboxScenario open;
            open.openReads = true;
            s->setScenario(open);
        });
        child<QLineEdit>("tokenEdit")->setText(QStringLiteral("opaque-token-never-issued-here"));
        QTest::mouseClick(child<QPushButton>("checkTokenButton"), Qt::LeftButton);
        auto *card = child<QLabel>("healthLabel");
        QTRY_VERIFY_WITH_TIMEOUT(card->text().contains(QStringLiteral("Token check: rejected")),
                                 15000);
        shot(QStringLiteral("08-health-open-reads-rejected"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        QTest::mouseClick(child<QPushButton>("checkTokenButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(card->text().contains(QStringLiteral("Token check: ok")), 15000);
        QVERIFY2(card->text().contains(QStringLiteral("cancelled at once")),
                 qPrintable(card->text()));
        m_sandbox->configure([](SandboxServer *s) { s->setScenario(SandboxScenario()); });
        child<QLineEdit>("tokenEdit")->clear();
    }

    void getTokenDialogIsAsTallAsItsForm()
    {
        // With a client secret the dialog is the form and its buttons, no empty space under
        // them; with a private key it grows by the key's box, and shrinks back.
        selectAndWait(QStringLiteral("sandbox"));
        TokenRequestDialog dialog(m_services.get(), m_window->currentProfile(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto slack = [&dialog] { return dialog.height() - dialog.sizeHint().height(); };
        QVERIFY2(slack() <= 8, qPrintable(QStringLiteral("%1 px to spare").arg(slack())));
        shot(QStringLiteral("12-get-token-secret"), &dialog);
        auto *method = dialog.findChild<QComboBox *>(QStringLiteral("methodCombo"));
        auto *keyGroup = dialog.findChild<QWidget *>(QStringLiteral("keyGroup"));
        const int secretHeight = dialog.height();
        method->setCurrentIndex(method->count() - 1); // private key JWT
        QTRY_VERIFY(keyGroup->isVisible());
        QVERIFY(dialog.height() > secretHeight);
        QVERIFY(dialog.rect().contains(keyGroup->geometry()));
        QVERIFY2(slack() <= 8, qPrintable(QStringLiteral("%1 px to spare").arg(slack())));
        shot(QStringLiteral("12-get-token-key"), &dialog);
        method->setCurrentIndex(0);
        QTRY_COMPARE(dialog.height(), secretHeight);
    }

    void getTokenFromTheSandbox()
    {
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->clear();
        // Accept the dialog as a user would, with the Sandbox's demo client filled in.
        QTest::mouseClick(child<QPushButton>("getTokenButton"), Qt::LeftButton);
        // The dialog opens window-modal without blocking: it is answered as a user would.
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("getTokenDialog"))) &&
                    dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text(),
                 QStringLiteral("sandbox-demo-client"));
        dialog->accept();
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

    void getTokenSurvivesSwitchingProfile()
    {
        // Issue 25.6: a token from Get token… on the Sandbox is still there after switching to
        // another profile and back. It is kept in memory for the session, never in the keychain
        // (a Sandbox token is worthless after a restart).
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->clear();
        QTest::mouseClick(child<QPushButton>("getTokenButton"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("getTokenDialog"))) &&
                    dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLineEdit>("tokenEdit")->text().isEmpty(), 10000);
        const QString obtained = child<QLineEdit>("tokenEdit")->text();
        auto *profiles = child<QComboBox>("profileCombo");
        profiles->setFocus();
        QTest::keyClick(profiles, Qt::Key_Down); // the next profile: not the Sandbox
        QVERIFY(m_window->currentProfile().id != QLatin1String("sandbox"));
        waitIdle();
        QVERIFY(child<QLineEdit>("tokenEdit")->text() != obtained);
        QTest::keyClick(profiles, Qt::Key_Up);
        QCOMPARE(m_window->currentProfile().id, QStringLiteral("sandbox"));
        waitIdle();
        QCOMPARE(child<QLineEdit>("tokenEdit")->text(), obtained);
        QVERIFY(!stored(TokenStore::tokenKey(QStringLiteral("sandbox"))));
        // And it is the token the calls carry.
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
        QCOMPARE(*m_log->record(m_log->rowCount() - 1).status, 200);
        child<QLineEdit>("tokenEdit")->clear();
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

    void cleanupTestCase() { endSuite(); }
};

QTEST_MAIN(TestTokenWindow)
#include "tst_tokenwindow.moc"
