// A token's life in the window: the strip in the token bar's own area (issue 29), one line under
// the token's fields with the current token's span, now, the planned renewal and a tick per call
// made with it, earlier tokens beside it; fed from the window's log, clicked or chosen with the
// keyboard to select a call, hidden without a token, small enough for a laptop's screen. The
// planned renewal drawn where the session plans it (bar and inspector), and the renewals
// themselves: Get token… with a private key JWT, a restored token renewed from stored
// credentials.
#include "PictureProbe.h"
#include "WindowFixture.h"
#include "app/auth/TokenStore.h"
#include "app/calls/Redaction.h"
#include "app/calls/ServerProfile.h"
#include "app/history/HistoryStore.h"
#include "app/models/CallLogModel.h"
#include "app/models/TokenLifeModel.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ProfileStore.h"
#include "app/session/TokenRequestSettings.h"
#include "app/session/TokenSession.h"
#include "app/session/Workspace.h"
#include "ui/CallLogPane.h"
#include "ui/ExportDialog.h"
#include "ui/PictureMarks.h"
#include "ui/SeverityStyle.h"
#include "ui/Theme.h"
#include "ui/TokenBar.h"
#include "ui/TokenLifeStrip.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <tuple>

using PictureProbe::inColumn;
using PictureProbe::near;

class TestTokenWindowLife : public QObject, public WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSuite("TokenLife"); }
    void cleanupTestCase() { endSuite(); }

    void barStripShowsEachTokenAndItsCalls();
    void barStripFitsASmallLaptop();
    void plannedRenewalMarkSitsWhereTheSessionPlansIt();
    void privateKeyJwtDiscoveryAndRenewal();
    void storedTokenRequestRenewsARestoredToken();
    void earlierSessionsCallsComeFromTheHistory(); // last: it restarts with a history

private:
    QTemporaryDir m_historyDir;
    TokenLifeStrip *barStrip() { return child<TokenLifeStrip>("tokenBarStrip"); }
    // A token of the Sandbox issued `agoSecs` ago, living `lifetimeSecs`.
    QByteArray tokenIssuedAgo(qint64 agoSecs, qint64 lifetimeSecs)
    {
        m_sandbox->configure([agoSecs](SandboxServer *s) { s->clock().advance(-agoSecs * 1000); });
        const QByteArray token = m_sandbox->mintToken(lifetimeSecs);
        m_sandbox->configure([agoSecs](SandboxServer *s) { s->clock().advance(agoSecs * 1000); });
        return token;
    }
};

void TestTokenWindowLife::barStripShowsEachTokenAndItsCalls()
{
    selectAndWait(QStringLiteral("sandbox"));
    auto *edit = child<QLineEdit>("tokenEdit");
    edit->clear();
    // No token: no strip (and no label for it).
    QVERIFY(barStrip()->isHidden());
    QVERIFY(child<QLabel>("tokenBarStripLabel")->isHidden());
    // A token that ran out half a minute ago: the gateway refuses it.
    const QByteArray old = tokenIssuedAgo(120, 90);
    edit->setText(QString::fromLatin1(old));
    QTRY_VERIFY(barStrip()->isVisible());
    QCOMPARE(barStrip()->height(), TokenLifeStrip::kCompactHeight);
    sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
    const CallRecord refused = m_log->record(m_log->rowCount() - 1);
    QCOMPARE(refused.status.value_or(0), 403);
    QCOMPARE(refused.tokenFingerprint, Redaction::fingerprint(old));
    // A fresh one: the calls work again. Both tokens keep their span on the one line.
    const QByteArray fresh = m_sandbox->mintToken(300);
    edit->setText(QString::fromLatin1(fresh));
    sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
    sendWith("GET", QStringLiteral("Group/2"), QStringLiteral("bearer"));
    const CallRecord worked = m_log->record(m_log->rowCount() - 1);
    QCOMPARE(worked.status.value_or(0), 200);
    TokenLifeModel *life = child<TokenBar>("tokenBar")->lifeModel();
    const int oldRow = life->indexOf(Redaction::fingerprint(old));
    const int freshRow = life->indexOf(Redaction::fingerprint(fresh));
    QVERIFY(oldRow >= 0 && freshRow >= 0);
    QCOMPARE(int(life->token(oldRow).calls.size()), 1);
    QCOMPARE(int(life->token(freshRow).calls.size()), 2);
    QVERIFY(life->token(oldRow).expires.isValid());
    QVERIFY(life->token(oldRow).expires < refused.started); // it had run out: the picture's point

    TokenLifeStrip *strip = barStrip();
    strip->setNow(QDateTime::fromMSecsSinceEpoch(life->fromMs()).addDays(-1)); // out of the way
    QImage image = PictureProbe::paint(*strip);
    const QPalette pal = strip->palette();
    // The old token's end: a solid bar at its expiry, the height of the strip.
    const int endX = int(std::lround(strip->xOf(life->token(oldRow).expires.toMSecsSinceEpoch())));
    const QColor text = pal.color(QPalette::Text);
    QVERIFY(near(image, QPoint(endX, 2), text, 1));
    QVERIFY(near(image, QPoint(endX, strip->height() - 3), text, 1));
    // The refused call after it, with the failure's shape (a cross: its corners are drawn).
    const QColor bad = PictureMarks::outcomeColour(WaterfallModel::Outcome::Failed, pal);
    const double failX = strip->xOf(refused.started.toMSecsSinceEpoch());
    QVERIFY(failX > endX + 3);
    const QRect box = QRectF(failX - TokenLifeStrip::kTickSize / 2.0, strip->tickTop(oldRow),
                             TokenLifeStrip::kTickSize, TokenLifeStrip::kTickSize)
                          .toRect();
    QVERIFY(near(image, box.center(), bad, 1));
    QVERIFY(near(image, box.topLeft() + QPoint(1, 1), bad, 1));
    // Nothing failed is drawn where no call was: left of the old token's end.
    QVERIFY(!inColumn(image, endX - 20, 0, strip->height() - 1, bad));
    // The tooltip names the call; a click on the tick selects it in the log.
    const QPoint onTick(int(std::lround(failX)), box.center().y());
    QCOMPARE(strip->callAt(onTick), refused.id);
    auto *pane = child<CallLogPane>("callLogPane");
    pane->selectCall(m_log->record(0).id);
    QTest::mouseClick(strip, Qt::LeftButton, {}, onTick);
    QTRY_COMPARE(pane->selectedCall().value_or(CallRecord()).id, refused.id);
    // From the keyboard, on from the clicked call: Right goes on to the fresh token's calls,
    // Left back to the old one's, Enter selects.
    pane->selectCall(m_log->record(0).id);
    strip->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(strip->hasFocus());
    QTest::keyClick(strip, Qt::Key_Right);
    QTest::keyClick(strip, Qt::Key_Right);
    QTest::keyClick(strip, Qt::Key_Return);
    QTRY_COMPARE(pane->selectedCall().value_or(CallRecord()).id, worked.id);
    QTest::keyClick(strip, Qt::Key_Left);
    QTest::keyClick(strip, Qt::Key_Left);
    QTest::keyClick(strip, Qt::Key_Return);
    QTRY_COMPARE(pane->selectedCall().value_or(CallRecord()).id, refused.id);
    // The text alternative names both tokens and the failure.
    const QString description = strip->accessibleDescription();
    QVERIFY2(description.contains(Redaction::fingerprint(old)) &&
                 description.contains(Redaction::fingerprint(fresh)) &&
                 description.contains(QStringLiteral("1 failed")),
             qPrintable(description));

    if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
        strip->setNow({});
        for (const QString &look : {QStringLiteral("light"), QStringLiteral("dark")}) {
            Theme::apply(look);
            shot(QStringLiteral("screenshot-token-bar-strip-%1").arg(look));
        }
        Theme::apply(QStringLiteral("light"));
    }
    strip->setNow({});
    // The token gone: the strip goes with it.
    edit->clear();
    QTRY_VERIFY(strip->isHidden());
}

void TestTokenWindowLife::barStripFitsASmallLaptop()
{
    selectAndWait(QStringLiteral("sandbox"));
    child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
    QTRY_VERIFY(barStrip()->isVisible());
    // One line high, and the window still fits a 1024x700 screen with it.
    QVERIFY(barStrip()->sizeHint().height() <= 24);
    QVERIFY2(m_window->minimumSizeHint().height() <= 700,
             qPrintable(QString::number(m_window->minimumSizeHint().height())));
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->size(), QSize(1024, 700));
    QTRY_COMPARE(barStrip()->height(), TokenLifeStrip::kCompactHeight);
    const QRect onWindow(barStrip()->mapTo(m_window.get(), QPoint(0, 0)), barStrip()->size());
    QVERIFY(m_window->rect().contains(onWindow));
    QVERIFY(barStrip()->width() >= 300);
    shot(QStringLiteral("token-bar-strip-1024x700"));
    m_window->resize(1280, 820);
    child<QLineEdit>("tokenEdit")->clear();
}

void TestTokenWindowLife::plannedRenewalMarkSitsWhereTheSessionPlansIt()
{
    selectAndWait(QStringLiteral("sandbox"));
    child<QLineEdit>("tokenEdit")->clear();
    m_sandbox->configure([](SandboxServer *s) { s->setTokenLifetimeSecs(600); });
    QTest::mouseClick(child<QPushButton>("getTokenButton"), Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("getTokenDialog"))) &&
                dialog->isVisible());
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLineEdit>("tokenEdit")->text().isEmpty(), 10000);
    TokenSession *session = m_services->token;
    QTRY_VERIFY(session->renewable());
    const QDateTime planned = session->plannedRenewal();
    QVERIFY(planned.isValid());
    const QString fingerprint =
        Redaction::fingerprint(child<QLineEdit>("tokenEdit")->text().toLatin1());
    const QColor renewal = SeverityStyle::colour(Diagnosis::Severity::Info, barStrip()->palette());

    // The bar's strip: its model has the session's plan, drawn at that x (a dashed line down
    // the strip), and nowhere else.
    TokenLifeModel *life = child<TokenBar>("tokenBar")->lifeModel();
    const int row = life->indexOf(fingerprint);
    QVERIFY(row >= 0);
    QVERIFY(qAbs(life->token(row).renewAt.msecsTo(planned)) <= 2000);
    TokenLifeStrip *strip = barStrip();
    strip->setNow(planned.addDays(-1));
    const int x = int(std::lround(strip->xOf(planned.toMSecsSinceEpoch())));
    QVERIFY(x > strip->plotRect().left() + 20 && x < strip->plotRect().right() - 5);
    QImage image = PictureProbe::paint(*strip);
    bool drawn = false;
    for (int dx = -1; dx <= 1 && !drawn; ++dx)
        drawn = inColumn(image, x + dx, 1, strip->height() - 2, renewal);
    QVERIFY2(drawn, qPrintable(QStringLiteral("no renewal mark at x=%1").arg(x)));
    QVERIFY(!inColumn(image, x - 15, 1, strip->height() - 2, renewal));
    QVERIFY(!inColumn(image, x + 15, 1, strip->height() - 2, renewal));
    strip->setNow({});

    // The inspector's strip: the same plan, on the token's own row.
    QTest::mouseClick(child<QPushButton>("inspectTokenButton"), Qt::LeftButton);
    QDialog *inspector = nullptr;
    QTRY_VERIFY((inspector = m_window->findChild<QDialog *>(QStringLiteral("tokenInspector"))) &&
                inspector->isVisible());
    inspector->resize(900, 700);
    auto *tabs = inspector->findChild<QTabWidget *>(QStringLiteral("inspectorTabs"));
    tabs->setCurrentWidget(inspector->findChild<QWidget *>(QStringLiteral("claimsTab")));
    auto *big = inspector->findChild<TokenLifeStrip *>(QStringLiteral("tokenLifeStrip"));
    QTRY_VERIFY(big->isVisible());
    auto *inspected = inspector->findChild<TokenLifeModel *>();
    const int bigRow = inspected->indexOf(fingerprint);
    QVERIFY(bigRow >= 0);
    QVERIFY(qAbs(inspected->token(bigRow).renewAt.msecsTo(planned)) <= 2000);
    big->setNow(planned.addDays(-1));
    image = PictureProbe::paint(*big);
    const int bigX = int(std::lround(big->xOf(planned.toMSecsSinceEpoch())));
    const int top = big->rowTop(bigRow);
    drawn = false;
    for (int dx = -1; dx <= 1 && !drawn; ++dx)
        drawn = inColumn(image, bigX + dx, top + 1, top + TokenLifeStrip::kRowHeight - 2, renewal);
    QVERIFY2(drawn, qPrintable(QStringLiteral("no renewal mark at x=%1").arg(bigX)));
    big->setNow({});
    inspector->close();

    m_sandbox->configure([](SandboxServer *s) { s->setTokenLifetimeSecs(300); });
    selectAndWait(QStringLiteral("netsmart-preview")); // stops the renewal
    selectAndWait(QStringLiteral("sandbox"));
    child<QLineEdit>("tokenEdit")->clear();
}

void TestTokenWindowLife::privateKeyJwtDiscoveryAndRenewal()
{
    selectAndWait(QStringLiteral("sandbox"));
    child<QLineEdit>("tokenEdit")->clear();
    m_sandbox->configure([](SandboxServer *s) { s->setTokenLifetimeSecs(3); });
    QTest::mouseClick(child<QPushButton>("getTokenButton"), Qt::LeftButton);
    // The dialog opens window-modal without blocking: it is answered as a user would.
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("getTokenDialog"))) &&
                dialog->isVisible());
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

void TestTokenWindowLife::storedTokenRequestRenewsARestoredToken()
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
    QVERIFY(!last.requestBody.contains(SandboxServer::kDemoClientSecret)); // redacted in the log
    sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
    QCOMPARE(*m_log->record(m_log->rowCount() - 1).status, 200);
    dialog->close();
    selectAndWait(QStringLiteral("sandbox"));
    m_profiles->removeCustom(id);
}

void TestTokenWindowLife::earlierSessionsCallsComeFromTheHistory()
{
    // A token still valid that an earlier session used two days ago: its calls are in the
    // history only (not today's, so not restored into the log).
    const QByteArray token = tokenIssuedAgo(3 * 86400, 4 * 86400);
    const QString fp = Redaction::fingerprint(token);
    const QString path = m_historyDir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime twoDaysAgo = QDateTime::currentDateTimeUtc().addDays(-2);
    {
        HistoryStore earlier;
        QVERIFY(earlier.open(path, QStringLiteral("0.9")));
        QList<CallRecord> calls;
        for (const auto &[id, at, status] :
             {std::tuple{901, twoDaysAgo, 200}, std::tuple{902, twoDaysAgo.addSecs(3600), 403}}) {
            CallRecord r;
            r.id = quint64(id);
            r.method = "GET";
            r.url = QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/Group/1"));
            r.started = at;
            r.elapsedMs = 40;
            r.status = status;
            r.profile = QStringLiteral("Sandbox");
            r.tokenFingerprint = fp;
            calls << r;
        }
        QVERIFY(earlier.append(calls));
    }
    m_historyPath = path;
    build(); // a restart, with that history
    selectAndWait(QStringLiteral("sandbox"));
    child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(token));
    sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
    const CallRecord today = m_log->record(m_log->rowCount() - 1);
    QCOMPARE(today.status.value_or(0), 200);
    QCOMPARE(m_log->rowOfId(902), -1); // not in the log
    // The bar's strip: the two calls of two days ago, from the history, and today's.
    TokenLifeModel *life = child<TokenBar>("tokenBar")->lifeModel();
    const int row = life->indexOf(fp);
    QVERIFY(row >= 0);
    const auto &calls = life->token(row).calls;
    QCOMPARE(int(calls.size()), 3);
    QCOMPARE(calls[0].id, quint64(901));
    QVERIFY(calls[0].fromHistory() && calls[1].fromHistory());
    QCOMPARE(calls[1].outcome, WaterfallModel::Outcome::Failed);
    QCOMPARE(calls[2].id, today.id);
    QVERIFY(!calls[2].fromHistory());
    // And the inspector's.
    QTest::mouseClick(child<QPushButton>("inspectTokenButton"), Qt::LeftButton);
    QDialog *inspector = nullptr;
    QTRY_VERIFY((inspector = m_window->findChild<QDialog *>(QStringLiteral("tokenInspector"))) &&
                inspector->isVisible());
    inspector->resize(900, 700);
    auto *tabs = inspector->findChild<QTabWidget *>(QStringLiteral("inspectorTabs"));
    tabs->setCurrentWidget(inspector->findChild<QWidget *>(QStringLiteral("claimsTab")));
    auto *inspected = inspector->findChild<TokenLifeModel *>();
    const int inspectedRow = inspected->indexOf(fp);
    QVERIFY(inspectedRow >= 0);
    int stored = 0;
    for (const TokenLifeModel::Tick &t : inspected->token(inspectedRow).calls)
        stored += t.fromHistory();
    QCOMPARE(stored, 2);
    if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
        for (const QString &look : {QStringLiteral("light"), QStringLiteral("dark")}) {
            Theme::apply(look);
            shot(QStringLiteral("screenshot-token-strip-history-%1").arg(look), inspector);
        }
        Theme::apply(QStringLiteral("light"));
    }
    inspector->close();
    // A click on the earlier session's refused call brings it from the history into the log,
    // selected; its tick is then the log's, once.
    TokenLifeStrip *strip = barStrip();
    strip->setNow(twoDaysAgo.addDays(-5)); // out of the way
    const QPoint onTick(int(std::lround(strip->xOf(calls[1].atMs))), strip->tickTop(row) + 4);
    QCOMPARE(strip->callAt(onTick), quint64(902));
    QTest::mouseClick(strip, Qt::LeftButton, {}, onTick);
    auto *pane = child<CallLogPane>("callLogPane");
    QTRY_COMPARE(pane->selectedCall().value_or(CallRecord()).id, quint64(902));
    int ticks902 = 0;
    for (const TokenLifeModel::Tick &t : life->token(life->indexOf(fp)).calls)
        if (t.id == 902) {
            ++ticks902;
            QVERIFY(!t.fromHistory());
        }
    QCOMPARE(ticks902, 1);
    strip->setNow({});
    m_historyPath.clear();
    build();
}

QTEST_MAIN(TestTokenWindowLife)
#include "tst_tokenwindow_life.moc"
