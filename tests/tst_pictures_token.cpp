// A token's life (TokenLifeStrip), painted offscreen and read back pixel by pixel: the end
// marker at the expiry, the outcome shapes of the calls, tokens told apart by fingerprint, the
// inspector's strip, and the compact one-line strip of the token bar.
#include "PictureProbe.h"
#include "app/calls/Redaction.h"
#include "app/history/HistoryStore.h"
#include "app/models/CallLogModel.h"
#include "app/models/TokenLifeModel.h"
#include "app/models/WaterfallModel.h"
#include "ui/PictureMarks.h"
#include "ui/SeverityStyle.h"
#include "ui/Theme.h"
#include "ui/TokenInspectorDialog.h"
#include "ui/TokenLifeStrip.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace PictureProbe;

class PicturesTokenTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Theme::apply(QStringLiteral("light")); }

    void tokenEndMarkerSitsAtItsExpiry();
    void tokenTicksHaveTheirOutcomeShape();
    void tokenStripNamesAndSelectsCalls();
    void tokensAreToldApartByFingerprint();
    void tokenInspectorShowsTheLifeUnderTheClaims();
    void compactStripDrawsEveryTokenOnOneLine();
    void compactStripSaysWhenThereIsNoToken();
    void earlierSessionsCallsComeFromTheHistory();
    void axisLabelsSayTheDateWhereTheStepsAreDays();
};

void PicturesTokenTest::tokenEndMarkerSitsAtItsExpiry()
{
    TokenLifeModel model;
    const QDateTime expires = kT0.addSecs(3600);
    model.setToken(QStringLiteral("ab12cd34"), kT0, expires, kT0.addSecs(3300));
    model.setCalls({tokenCall(1, kT0.addSecs(600), 200, QStringLiteral("ab12cd34")),
                    tokenCall(2, kT0.addSecs(3700), 401, QStringLiteral("ab12cd34"))});
    QCOMPARE(model.fromMs(), kT0.toMSecsSinceEpoch());
    QCOMPARE(model.toMs(), kT0.addSecs(3700).toMSecsSinceEpoch());
    TokenLifeStrip strip;
    strip.setModel(&model);
    strip.setNow(kT0.addSecs(1800));
    strip.resize(800, strip.sizeHint().height());
    const QImage image = paint(strip);
    // The axis runs from issue (x 150) to the last call (x 150 + 637): the expiry sits at
    // 3600/3700 of it.
    const int plotWidth = 800 - TokenLifeStrip::kLabelWidth - 12;
    const int expected =
        TokenLifeStrip::kLabelWidth + int(std::lround(3600.0 / 3700.0 * (plotWidth - 1)));
    QCOMPARE(int(std::lround(strip.xOf(expires.toMSecsSinceEpoch()))), expected);
    const QColor text = strip.palette().color(QPalette::Text);
    const int y = strip.rowTop(0) + 16; // under the band, above the ticks
    QVERIFY(near(image, QPoint(expected, y), text, 0));
    QVERIFY(!near(image, QPoint(expected - 6, y), text, 0));
    QVERIFY(!near(image, QPoint(expected + 6, y), text, 0));
    // Now, in the highlight colour, half way (1800 s of 3700).
    const int nowX =
        TokenLifeStrip::kLabelWidth + int(std::lround(1800.0 / 3700 * (plotWidth - 1)));
    QVERIFY(near(image, QPoint(nowX, y), strip.palette().color(QPalette::Highlight), 1));
    // The planned renewal: dashed, in the information colour, at 3300 s.
    const int renewX = int(std::lround(strip.xOf(kT0.addSecs(3300).toMSecsSinceEpoch())));
    const QColor info = SeverityStyle::colour(Diagnosis::Severity::Info, strip.palette());
    bool dashed = false;
    for (int dy = 2; dy < TokenLifeStrip::kRowHeight - 2 && !dashed; ++dy)
        dashed = near(image, QPoint(renewX, strip.rowTop(0) + dy), info, 1);
    QVERIFY(dashed);
}

void PicturesTokenTest::tokenTicksHaveTheirOutcomeShape()
{
    TokenLifeModel model;
    model.setToken(QStringLiteral("ab12cd34"), kT0, kT0.addSecs(3600));
    model.setCalls({tokenCall(1, kT0.addSecs(1000), 200, QStringLiteral("ab12cd34")),
                    tokenCall(2, kT0.addSecs(3000), 403, QStringLiteral("ab12cd34"))});
    TokenLifeStrip strip;
    strip.setModel(&model);
    strip.setNow(kT0.addDays(-1)); // out of the picture
    strip.resize(800, strip.sizeHint().height());
    const QImage image = paint(strip);
    const QColor ok = PictureMarks::outcomeColour(WaterfallModel::Outcome::Ok, strip.palette());
    const QColor bad =
        PictureMarks::outcomeColour(WaterfallModel::Outcome::Failed, strip.palette());
    const int tickTop =
        strip.rowTop(0) + TokenLifeStrip::kRowHeight - TokenLifeStrip::kTickSize - 4;
    const auto boxAt = [&](const QDateTime &at) {
        const double x = strip.xOf(at.toMSecsSinceEpoch());
        return QRectF(x - TokenLifeStrip::kTickSize / 2.0, tickTop, TokenLifeStrip::kTickSize,
                      TokenLifeStrip::kTickSize)
            .toRect();
    };
    const QRect failed = boxAt(kT0.addSecs(3000));
    QVERIFY(near(image, failed.center(), bad, 1));
    QVERIFY(near(image, failed.topLeft() + QPoint(1, 1), bad, 1));
    QVERIFY(near(image, failed.topRight() + QPoint(-1, 1), bad, 1));
    const QRect good = boxAt(kT0.addSecs(1000));
    QVERIFY(!near(image, good.topLeft() + QPoint(1, 1), ok, 0));
    QVERIFY(!near(image, good.topLeft() + QPoint(1, 1), bad, 1));
    QVERIFY(near(image, QPoint(good.left() + 4, good.bottom() - 1), ok, 1));
    // Two calls closer than a pixel are one tick: the failure is what shows.
    model.setCalls({tokenCall(1, kT0.addSecs(1000), 200, QStringLiteral("ab12cd34")),
                    tokenCall(2, kT0.addSecs(1000).addMSecs(10), 500, QStringLiteral("ab12cd34"))});
    const QImage merged = paint(strip);
    QVERIFY(near(merged, boxAt(kT0.addSecs(1000)).topLeft() + QPoint(1, 1), bad, 1));
}

void PicturesTokenTest::tokenStripNamesAndSelectsCalls()
{
    TokenLifeModel model;
    model.setToken(QStringLiteral("ab12cd34"), kT0, kT0.addSecs(3600));
    model.setCalls({tokenCall(7, kT0.addSecs(1000), 200, QStringLiteral("ab12cd34")),
                    tokenCall(8, kT0.addSecs(3000), 401, QStringLiteral("ab12cd34"))});
    QVERIFY(TokenLifeModel::label(model.token(0).calls[1]).contains(QStringLiteral("401")));
    TokenLifeStrip strip;
    strip.setModel(&model);
    strip.resize(800, strip.sizeHint().height());
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    const int tickY = strip.rowTop(0) + TokenLifeStrip::kRowHeight - 8;
    const QPoint onFailed(int(strip.xOf(kT0.addSecs(3000).toMSecsSinceEpoch())), tickY);
    QCOMPARE(strip.callAt(onFailed), 8u);
    QCOMPARE(strip.callAt(onFailed + QPoint(40, 0)), 0u);
    QSignalSpy activated(&strip, &TokenLifeStrip::callActivated);
    QTest::mouseClick(&strip, Qt::LeftButton, {}, onFailed);
    QCOMPARE(activated.takeFirst().at(0).toULongLong(), 8u);
    // The keyboard: Left from there reaches the first call, Enter selects it.
    strip.setFocus();
    QTest::keyClick(&strip, Qt::Key_Left);
    QTest::keyClick(&strip, Qt::Key_Return);
    QCOMPARE(activated.takeFirst().at(0).toULongLong(), 7u);
}

void PicturesTokenTest::tokensAreToldApartByFingerprint()
{
    // The old token ran out at 10:00; the calls after that with it failed, the new one's work.
    CallLogModel log;
    log.append(tokenCall(1, kT0.addSecs(3000), 200, QStringLiteral("0ld70ken")));
    log.append(tokenCall(2, kT0.addSecs(3700), 401, QStringLiteral("0ld70ken")));
    log.append(tokenCall(3, kT0.addSecs(3800), 200, QStringLiteral("9e77o4e9")));
    log.append(call(4, 3900 * 1000, 50, 200)); // no token: not on the strip
    TokenLifeModel model;
    model.setToken(QStringLiteral("0ld70ken"), kT0, kT0.addSecs(3600));
    model.follow(&log);
    QCOMPARE(model.count(), 2);
    const TokenLifeModel::Token &old = model.token(model.indexOf(QStringLiteral("0ld70ken")));
    QCOMPARE(int(old.calls.size()), 2);
    QCOMPARE(old.calls[1].outcome, WaterfallModel::Outcome::Failed);
    QVERIFY(old.calls[1].atMs > old.expires.toMSecsSinceEpoch());
    // The new token is only known from the calls (history): its span is its calls.
    const TokenLifeModel::Token &fresh = model.token(model.indexOf(QStringLiteral("9e77o4e9")));
    QVERIFY(!fresh.expires.isValid());
    QCOMPARE(fresh.fromMs(), kT0.addSecs(3800).toMSecsSinceEpoch());
    QVERIFY(TokenLifeModel::describe(fresh).contains(QStringLiteral("unknown")));
    QVERIFY(TokenLifeModel::describe(old).contains(QStringLiteral("1 failed")));
    log.append(tokenCall(5, kT0.addSecs(3900), 200, QStringLiteral("9e77o4e9")));
    QCOMPARE(int(model.token(model.indexOf(QStringLiteral("9e77o4e9"))).calls.size()), 2);
    // A full log drops its oldest calls (1 and 2): their ticks go, the token known by its
    // claims stays.
    log.setMaximumRows(4);
    log.append(tokenCall(6, kT0.addSecs(3950), 200, QStringLiteral("9e77o4e9")));
    QCOMPARE(model.count(), 2);
    QVERIFY(model.token(model.indexOf(QStringLiteral("0ld70ken"))).calls.empty());
    QCOMPARE(int(model.token(model.indexOf(QStringLiteral("9e77o4e9"))).calls.size()), 3);
    TokenLifeStrip strip;
    strip.setModel(&model);
    QCOMPARE(strip.sizeHint().height(),
             TokenLifeStrip::kAxisHeight + 2 * TokenLifeStrip::kRowHeight + 4);
    if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
        // The old token ran out at 10:00 with no renewal; two calls after it were refused,
        // then a new token was pasted (renewal planned a minute before its end).
        TokenLifeModel shown;
        shown.setToken(QStringLiteral("0ld70ken"), kT0, kT0.addSecs(3600));
        shown.setToken(QStringLiteral("9e77o4e9"), kT0.addSecs(3650), kT0.addSecs(7250),
                       kT0.addSecs(7190));
        QList<CallRecord> calls;
        quint64 id = 1;
        for (int t = 120; t < 3600; t += 310)
            calls << tokenCall(id++, kT0.addSecs(t), 200, QStringLiteral("0ld70ken"));
        calls << tokenCall(id++, kT0.addSecs(3640), 401, QStringLiteral("0ld70ken"));
        calls << tokenCall(id++, kT0.addSecs(3700), 401, QStringLiteral("0ld70ken"));
        for (int t = 3760; t < 4300; t += 90)
            calls << tokenCall(id++, kT0.addSecs(t), 200, QStringLiteral("9e77o4e9"));
        shown.setCalls(calls);
        for (const QString &look : {QStringLiteral("light"), QStringLiteral("dark")}) {
            Theme::apply(look);
            TokenLifeStrip shot;
            shot.setModel(&shown);
            shot.setNow(kT0.addSecs(4300));
            shot.resize(720, shot.sizeHint().height());
            shot.grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                             QStringLiteral("/screenshot-token-life-%1.png").arg(look));
        }
        Theme::apply(QStringLiteral("light"));
    }
}

void PicturesTokenTest::tokenInspectorShowsTheLifeUnderTheClaims()
{
    // A JWT issued at 09:00, valid for an hour (the signature is not checked by the inspector).
    const auto part = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray token =
        part({{QStringLiteral("alg"), QStringLiteral("RS384")}}) + '.' +
        part({{QStringLiteral("iat"), double(kT0.toSecsSinceEpoch())},
              {QStringLiteral("exp"), double(kT0.addSecs(3600).toSecsSinceEpoch())}}) +
        ".c2ln";
    const QString fingerprint = Redaction::fingerprint(token);
    CallLogModel log;
    log.append(tokenCall(21, kT0.addSecs(100), 200, fingerprint));
    log.append(tokenCall(22, kT0.addSecs(3700), 401, fingerprint));
    TokenInspectorDialog inspector;
    inspector.setCallLog(&log);
    inspector.setRenewalPlanned(fingerprint, kT0.addSecs(3540));
    inspector.setContext(token, ServerProfile(), {});
    auto *strip = inspector.findChild<TokenLifeStrip *>(QStringLiteral("tokenLifeStrip"));
    QVERIFY(strip);
    inspector.resize(900, 700);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    // The claims tab holds it: the token's span from iat to exp, its renewal, its two calls.
    auto *claimsTab = inspector.findChild<QWidget *>(QStringLiteral("claimsTab"));
    QVERIFY(claimsTab && claimsTab->isAncestorOf(strip));
    auto *tabs = inspector.findChild<QTabWidget *>(QStringLiteral("inspectorTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(claimsTab);
    QTRY_VERIFY(strip->isVisible());
    QCOMPARE(int(std::lround(strip->xOf(kT0.toMSecsSinceEpoch()))), strip->plotRect().left());
    QSignalSpy asked(&inspector, &TokenInspectorDialog::showCallRequested);
    const int tickY = strip->rowTop(0) + TokenLifeStrip::kRowHeight - 8;
    const QPoint onFailed(int(strip->xOf(kT0.addSecs(3700).toMSecsSinceEpoch())), tickY);
    QCOMPARE(strip->callAt(onFailed), 22u);
    if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
        strip->setNow(kT0.addSecs(2400));
        inspector.grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                              QStringLiteral("/screenshot-token-life-inspector.png"));
        strip->setNow({});
    }
    QTest::mouseClick(strip, Qt::LeftButton, {}, onFailed);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toULongLong(), 22u);
    // The profile's token changes (renewed, or another pasted in the token bar): the earlier one
    // keeps its span, so its end is seen beside the new one's calls; the axis still starts at
    // its iat.
    inspector.setContext("opaque-token-0123456789", ServerProfile(), {});
    auto *life = inspector.findChild<TokenLifeModel *>();
    QVERIFY(life);
    QCOMPARE(life->token(life->indexOf(fingerprint)).expires, kT0.addSecs(3600));
    QCOMPARE(int(std::lround(strip->xOf(kT0.toMSecsSinceEpoch()))), strip->plotRect().left());
    // A token only pasted here to look at it has its lifetime while it is inspected, not after.
    const QByteArray older =
        part({{QStringLiteral("alg"), QStringLiteral("RS384")}}) + '.' +
        part({{QStringLiteral("iat"), double(kT0.addSecs(-3600).toSecsSinceEpoch())},
              {QStringLiteral("exp"), double(kT0.toSecsSinceEpoch())}}) +
        ".c2ln";
    auto *paste = inspector.findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"));
    QVERIFY(paste);
    paste->setPlainText(QString::fromLatin1(older));
    QCOMPARE(int(std::lround(strip->xOf(kT0.addSecs(-3600).toMSecsSinceEpoch()))),
             strip->plotRect().left());
    paste->clear();
    QCOMPARE(life->indexOf(Redaction::fingerprint(older)), -1);
    QCOMPARE(int(std::lround(strip->xOf(kT0.toMSecsSinceEpoch()))), strip->plotRect().left());
}

void PicturesTokenTest::compactStripDrawsEveryTokenOnOneLine()
{
    // The token bar's strip: an old token (renewal planned at 55 min, expired at 60) whose last
    // call came after its end and was refused, and the new one beside it on the same line.
    TokenLifeModel model;
    model.setToken(QStringLiteral("0ld70ken"), kT0, kT0.addSecs(3600), kT0.addSecs(3300));
    model.setToken(QStringLiteral("9e77o4e9"), kT0.addSecs(3650), kT0.addSecs(7250));
    model.setCalls({tokenCall(1, kT0.addSecs(1000), 200, QStringLiteral("0ld70ken")),
                    tokenCall(2, kT0.addSecs(3700), 401, QStringLiteral("0ld70ken")),
                    // the new token's first call in the same second: the failure stays on top
                    tokenCall(3, kT0.addSecs(3700), 200, QStringLiteral("9e77o4e9")),
                    tokenCall(4, kT0.addSecs(5000), 200, QStringLiteral("9e77o4e9"))});
    TokenLifeStrip strip;
    strip.setCompact(true);
    strip.setModel(&model);
    strip.setNow(kT0.addDays(-1));
    QCOMPARE(strip.sizeHint().height(), TokenLifeStrip::kCompactHeight);
    strip.resize(800, TokenLifeStrip::kCompactHeight);
    QCOMPARE(strip.rowTop(1), 0); // one line for both
    const QImage image = paint(strip);
    const QPalette pal = strip.palette();
    const auto x = [&strip](int secs) {
        return int(std::lround(strip.xOf(kT0.addSecs(secs).toMSecsSinceEpoch())));
    };
    QCOMPARE(x(0), strip.plotRect().left());
    QCOMPARE(x(7250), strip.plotRect().right());
    // The old token's end: a solid bar down the line at 60 min.
    const QColor text = pal.color(QPalette::Text);
    QVERIFY(near(image, QPoint(x(3600), 2), text, 1));
    QVERIFY(near(image, QPoint(x(3600), TokenLifeStrip::kCompactHeight - 3), text, 1));
    // The planned renewal: the information colour at 55 min, not at 50.
    const QColor info = SeverityStyle::colour(Diagnosis::Severity::Info, pal);
    QVERIFY(inColumn(image, x(3300), 1, TokenLifeStrip::kCompactHeight - 2, info) ||
            inColumn(image, x(3300) + 1, 1, TokenLifeStrip::kCompactHeight - 2, info));
    QVERIFY(!inColumn(image, x(3000), 1, TokenLifeStrip::kCompactHeight - 2, info));
    // The 401 after the end: a cross in the failure colour (corners drawn), above the new
    // token's tick at the same time; the calls that worked: the success colour.
    const QColor bad = PictureMarks::outcomeColour(WaterfallModel::Outcome::Failed, pal);
    const QColor good = PictureMarks::outcomeColour(WaterfallModel::Outcome::Ok, pal);
    const QRect failBox =
        QRectF(strip.xOf(kT0.addSecs(3700).toMSecsSinceEpoch()) - TokenLifeStrip::kTickSize / 2.0,
               strip.tickTop(0), TokenLifeStrip::kTickSize, TokenLifeStrip::kTickSize)
            .toRect();
    QVERIFY(near(image, failBox.center(), bad, 1));
    QVERIFY(near(image, failBox.topLeft() + QPoint(1, 1), bad, 1));
    QVERIFY(failBox.bottom() < TokenLifeStrip::kCompactHeight);
    QVERIFY(inColumn(image, x(1000), strip.tickTop(0), strip.tickTop(0) + 8, good));
    QVERIFY(inColumn(image, x(5000), strip.tickTop(1), strip.tickTop(1) + 8, good));
    QVERIFY(!inColumn(image, x(1000), 0, TokenLifeStrip::kCompactHeight - 1, bad));
    // Under the pointer: the failure where the two meet; a click there selects it.
    const QPoint onFail(failBox.center());
    QCOMPARE(strip.callAt(onFail), quint64(2));
    QCOMPARE(strip.callAt(QPoint(x(5000), failBox.center().y())), quint64(4));
    QCOMPARE(strip.callAt(QPoint(x(2000), failBox.center().y())), quint64(0));
    QSignalSpy activated(&strip, &TokenLifeStrip::callActivated);
    QTest::mouseClick(&strip, Qt::LeftButton, {}, onFail);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().at(0).toULongLong(), quint64(2));
    // From the keyboard, on from the clicked call: to the new token's calls, and back.
    QTest::keyClick(&strip, Qt::Key_Right);
    QTest::keyClick(&strip, Qt::Key_Return);
    QCOMPARE(activated.last().at(0).toULongLong(), quint64(3));
    QTest::keyClick(&strip, Qt::Key_Left);
    QTest::keyClick(&strip, Qt::Key_Left);
    QTest::keyClick(&strip, Qt::Key_Return);
    QCOMPARE(activated.last().at(0).toULongLong(), quint64(1));
    // The text alternative says what the labels of the big strip would.
    const QString said = strip.accessibleDescription();
    QVERIFY2(said.contains(QStringLiteral("0ld70ken")) &&
                 said.contains(QStringLiteral("9e77o4e9")) &&
                 said.contains(QStringLiteral("1 failed")),
             qPrintable(said));
    QVERIFY(!strip.toolTip().isEmpty());
}

void PicturesTokenTest::compactStripSaysWhenThereIsNoToken()
{
    TokenLifeModel model;
    TokenLifeStrip strip;
    strip.setCompact(true);
    strip.setModel(&model);
    strip.resize(400, TokenLifeStrip::kCompactHeight);
    const QImage image = paint(strip);
    // "no token", as text at the left of the line (and nothing at its right).
    const QColor base = strip.palette().color(QPalette::Base);
    const auto inked = [&](int from, int to) {
        int columns = 0;
        for (int px = from; px < to; ++px)
            for (int y = 0; y < TokenLifeStrip::kCompactHeight; ++y)
                if (image.pixelColor(px, y) != base) {
                    ++columns;
                    break;
                }
        return columns;
    };
    const int drawn = inked(0, 100);
    QCOMPARE(inked(200, 400), 0);
    QVERIFY(drawn > 10);
    QVERIFY(strip.accessibleDescription().startsWith(QStringLiteral("No token yet.")));
    QCOMPARE(strip.callAt(QPoint(50, 10)), quint64(0));
}

void PicturesTokenTest::earlierSessionsCallsComeFromTheHistory()
{
    // An earlier session made two calls with the token (one refused) and one that is in
    // today's log too: the strip shows all three, the two from the history marked as such.
    const QString fp = QStringLiteral("0ld70ken");
    QTemporaryDir dir;
    HistoryStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
    QVERIFY(store.append({tokenCall(11, kT0.addSecs(1000), 200, fp),
                          tokenCall(12, kT0.addSecs(2000), 401, fp),
                          tokenCall(13, kT0.addSecs(2500), 200, fp),
                          tokenCall(14, kT0.addSecs(2600), 200, QStringLiteral("9e77o4e9"))}));
    CallLogModel log;
    log.append(tokenCall(13, kT0.addSecs(2500), 200, fp));
    TokenLifeModel model;
    model.follow(&log);
    model.setHistory(&store);
    model.setToken(fp, kT0, kT0.addSecs(3600));
    QCOMPARE(model.count(), 1); // the other token's call is not looked up
    const TokenLifeModel::Token &token = model.token(0);
    QCOMPARE(int(token.calls.size()), 3);
    QVERIFY(token.calls[0].fromHistory() && token.calls[1].fromHistory());
    QVERIFY(!token.calls[2].fromHistory()); // the log's, not twice
    QCOMPARE(token.calls[1].outcome, WaterfallModel::Outcome::Failed);
    QVERIFY(TokenLifeModel::label(token.calls[1]).contains(QStringLiteral("from the history")));
    QVERIFY(TokenLifeModel::describe(token).contains(QStringLiteral("2 from earlier sessions")));

    TokenLifeStrip strip;
    strip.setModel(&model);
    strip.setNow(kT0.addDays(-1));
    strip.resize(800, strip.sizeHint().height());
    const QImage image = paint(strip);
    const QPalette pal = strip.palette();
    const QColor bad = PictureMarks::outcomeColour(WaterfallModel::Outcome::Failed, pal);
    const QColor text = pal.color(QPalette::Text);
    const auto box = [&strip](int secs) {
        return QRectF(strip.xOf(kT0.addSecs(secs).toMSecsSinceEpoch()) -
                          TokenLifeStrip::kTickSize / 2.0,
                      strip.tickTop(0), TokenLifeStrip::kTickSize, TokenLifeStrip::kTickSize)
            .toRect();
    };
    // The refused call of the earlier session: its cross, faint (not the full colour), and
    // underlined; the log's call: in full, no underline.
    const QRect stored = box(2000);
    QVERIFY(!near(image, stored.center(), bad, 0));
    const QColor faint = image.pixelColor(stored.center());
    QVERIFY(faint != pal.color(QPalette::Base)); // drawn, just faint
    QVERIFY(near(image, QPoint(stored.center().x(), stored.bottom() + 2), text, 1));
    const QRect live = box(2500);
    QVERIFY(!near(image, QPoint(live.center().x(), live.bottom() + 2), text, 0));
    // A click on it asks for the stored call, not a call of the log.
    QSignalSpy inLog(&strip, &TokenLifeStrip::callActivated);
    QSignalSpy inHistory(&strip, &TokenLifeStrip::storedCallActivated);
    QTest::mouseClick(&strip, Qt::LeftButton, {}, stored.center());
    QCOMPARE(inHistory.count(), 1);
    QCOMPARE(inHistory.last().at(0).toLongLong(), token.calls[1].storedRow);
    QCOMPARE(store.loadRow(token.calls[1].storedRow)->id, quint64(12));
    QCOMPARE(inLog.count(), 0);
    QTest::mouseClick(&strip, Qt::LeftButton, {}, live.center());
    QCOMPARE(inLog.count(), 1);
    QCOMPARE(inLog.last().at(0).toULongLong(), quint64(13));
    // Forgotten (a token only pasted to look at it): its history calls go with it.
    model.forgetToken(fp);
    QCOMPARE(int(model.token(0).calls.size()), 1);
}

void PicturesTokenTest::axisLabelsSayTheDateWhereTheStepsAreDays()
{
    // A token's life with calls from the history spans days: its axis read "05:56:17" at every
    // tick while the labels held the time of day only.
    const qint64 t =
        QDateTime(QDate(2026, 3, 1), QTime(9, 0, 5), Qt::LocalTime).toMSecsSinceEpoch();
    QCOMPARE(PictureMarks::axisLabel(t, 500), QStringLiteral("09:00:05.000"));
    QCOMPARE(PictureMarks::axisLabel(t, 60000), QStringLiteral("09:00:05"));
    QCOMPARE(PictureMarks::axisLabel(t, 7200000), QStringLiteral("03-01 09:00"));
    QCOMPARE(PictureMarks::axisLabel(t, 86400000), QStringLiteral("2026-03-01"));
    QVERIFY(PictureMarks::axisLabel(t, 86400000) !=
            PictureMarks::axisLabel(t + 86400000, 86400000));
}

QTEST_MAIN(PicturesTokenTest)
#include "tst_pictures_token.moc"
