// The pictures, painted offscreen and read back pixel by pixel: the calls over time
// (CallWaterfall), a token's life (TokenLifeStrip) and an export's timeline (ExportTimeline).
#include "app/calls/Redaction.h"
#include "app/models/CallLogModel.h"
#include "app/models/TokenLifeModel.h"
#include "app/models/WaterfallModel.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ExportTimelineModel.h"
#include "ui/CallWaterfall.h"
#include "ui/ExportTimeline.h"
#include "ui/PictureMarks.h"
#include "ui/SeverityStyle.h"
#include "ui/Theme.h"
#include "ui/TokenInspectorDialog.h"
#include "ui/TokenLifeStrip.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

CallRecord call(quint64 id, qint64 startMs, qint64 elapsedMs, std::optional<int> status,
                const QString &path = QStringLiteral("/Patient"))
{
    CallRecord r;
    r.id = id;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://fhir.example") + path);
    r.started = kT0.addMSecs(startMs);
    r.elapsedMs = elapsedMs;
    r.status = status;
    if (!status)
        r.transportError = QStringLiteral("Connection refused");
    return r;
}

// Whether a pixel within `radius` of `at` is close to `colour` (lines are rasterised a pixel
// either way).
bool near(const QImage &image, QPoint at, const QColor &colour, int radius = 1)
{
    for (int dx = -radius; dx <= radius; ++dx)
        for (int dy = -radius; dy <= radius; ++dy) {
            const QPoint p = at + QPoint(dx, dy);
            if (!image.rect().contains(p))
                continue;
            const QColor c = image.pixelColor(p);
            if (qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) +
                    qAbs(c.blue() - colour.blue()) <
                60)
                return true;
        }
    return false;
}

CallRecord tokenCall(quint64 id, const QDateTime &at, std::optional<int> status,
                     const QString &fingerprint)
{
    CallRecord r = call(id, kT0.msecsTo(at), 120, status);
    r.tokenFingerprint = fingerprint;
    return r;
}

QImage paint(QWidget &w)
{
    return w.grab().toImage();
}

} // namespace

class PicturesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Theme::apply(QStringLiteral("light")); }

    void waterfallFailedCallHasTheCrossShape();
    void waterfallBarsSitOnTheSharedAxis();
    void waterfallJoinsRedirectHops();
    void waterfallSharesTheSelection();
    void waterfallZoomsAndPans();
    void waterfallFollowsTheLog();
    void waterfallSavesPngAndSvg();

    void tokenEndMarkerSitsAtItsExpiry();
    void tokenTicksHaveTheirOutcomeShape();
    void tokenStripNamesAndSelectsCalls();
    void tokensAreToldApartByFingerprint();
    void tokenInspectorShowsTheLifeUnderTheClaims();

    void exportRetriedFileShowsItsRetry();
    void exportPollsShowAskedAgainstTakenWait();
    void exportTimelineFollowsARealSession();
    void exportTimelineSaves();
};

void PicturesTest::waterfallFailedCallHasTheCrossShape()
{
    WaterfallModel model;
    model.setCalls({call(1, 0, 400, 200), call(2, 500, 400, 503), call(3, 900, 100, std::nullopt)});
    QCOMPARE(model.bar(0).outcome, WaterfallModel::Outcome::Ok);
    QCOMPARE(model.bar(1).outcome, WaterfallModel::Outcome::Failed);
    QCOMPARE(model.bar(2).outcome, WaterfallModel::Outcome::Failed);
    CallWaterfall view;
    view.resize(800, 200);
    view.setModel(&model);
    const QImage image = paint(view);
    const QColor ok = PictureMarks::outcomeColour(WaterfallModel::Outcome::Ok, view.palette());
    const QColor bad = PictureMarks::outcomeColour(WaterfallModel::Outcome::Failed, view.palette());
    // The mark box of row r: 10×10 px at x 6, centred in the row.
    const auto box = [&view](int row) {
        const QPoint origin = view.viewport()->mapTo(&view, QPoint(0, 0));
        return QRect(origin.x() + 6,
                     origin.y() + CallWaterfall::kAxisHeight + row * CallWaterfall::kRowHeight + 5,
                     10, 10);
    };
    // A cross: its middle and its corners are drawn; a tick leaves both empty.
    for (int row : {1, 2}) {
        const QRect b = box(row);
        QVERIFY2(near(image, b.center(), bad, 0), qPrintable(QString::number(row)));
        QVERIFY(near(image, b.topLeft() + QPoint(2, 2), bad));
        QVERIFY(near(image, b.bottomLeft() + QPoint(2, -2), bad));
    }
    const QRect tick = box(0);
    QVERIFY(!near(image, tick.center(), ok, 0));
    QVERIFY(!near(image, tick.topLeft() + QPoint(1, 1), ok, 0));
    QVERIFY(near(image, QPoint(tick.left() + 4, tick.top() + 8), ok)); // the tick's low point
    // The text alternative says it too.
    QVERIFY(WaterfallModel::outcomeName(model.bar(1).outcome).startsWith(QStringLiteral("✘")));
    QVERIFY(model.tooltip(1).contains(QStringLiteral("503")));
    QVERIFY(model.tooltip(2).contains(QStringLiteral("Connection refused")));
}

void PicturesTest::waterfallBarsSitOnTheSharedAxis()
{
    WaterfallModel model;
    // Two calls one after the other: the second starts where the first ends (1 s each).
    model.setCalls({call(1, 0, 1000, 200), call(2, 1000, 1000, 200)});
    QCOMPARE(model.spanMs(), 2000);
    QCOMPARE(model.bar(1).startMs, 1000);
    CallWaterfall view;
    view.resize(900, 200);
    view.setModel(&model);
    const QImage image = view.viewport()->grab().toImage();
    const QColor ok = PictureMarks::outcomeColour(WaterfallModel::Outcome::Ok, view.palette());
    const QRect plot = view.plotRect();
    QCOMPARE(view.xOf(0), double(plot.left()));
    QVERIFY(qAbs(view.xOf(2000) - plot.right()) <= 1.0); // fitted: the span fills the plot
    const int row2 = CallWaterfall::kAxisHeight + CallWaterfall::kRowHeight + 10;
    const int quarter = int(view.xOf(500));
    const int threeQuarters = int(view.xOf(1500));
    QVERIFY(near(image, QPoint(threeQuarters, row2), ok, 0));
    QVERIFY(!near(image, QPoint(quarter, row2), ok, 0));
    const int row1 = CallWaterfall::kAxisHeight + 10;
    QVERIFY(near(image, QPoint(quarter, row1), ok, 0));
    QVERIFY(!near(image, QPoint(threeQuarters, row1), ok, 0));
}

void PicturesTest::waterfallJoinsRedirectHops()
{
    CallRecord first = call(1, 0, 100, 302, QStringLiteral("/Binary/1"));
    first.redirectTo = QUrl(QStringLiteral("https://files.example/b1"));
    CallRecord second = call(2, 400, 200, 200);
    second.url = first.redirectTo;
    second.hop = 1;
    WaterfallModel model;
    model.setCalls({first, call(3, 150, 50, 200), second});
    QCOMPARE(model.bar(2).previousHop, 0);
    QCOMPARE(model.bar(1).previousHop, -1);
    CallWaterfall view;
    view.resize(900, 200);
    view.setModel(&model);
    const QImage image = view.viewport()->grab().toImage();
    // The joining line goes down from the first hop's end, through the middle row, to the
    // second hop's row; nothing is drawn there without the join.
    const int x = int(std::lround(view.xOf(100)));
    const int middleRowY = CallWaterfall::kAxisHeight + CallWaterfall::kRowHeight + 3;
    const QColor text = view.palette().color(QPalette::Text);
    bool found = false;
    for (int y = middleRowY; y < middleRowY + 14 && !found; ++y)
        found = near(image, QPoint(x, y), text, 1);
    QVERIFY(found);
}

void PicturesTest::waterfallSharesTheSelection()
{
    WaterfallModel model;
    QList<CallRecord> calls;
    for (int i = 0; i < 50; ++i)
        calls << call(quint64(100 + i), i * 100, 80, 200);
    model.setCalls(calls);
    CallWaterfall view;
    view.resize(800, 200);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &CallWaterfall::callActivated);
    // A click on the third row selects call 102 and tells the log.
    const QPoint click(view.plotRect().center().x(),
                       CallWaterfall::kAxisHeight + 2 * CallWaterfall::kRowHeight + 5);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, click);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toULongLong(), 102u);
    QCOMPARE(view.selectedCall(), 102u);
    // The keyboard moves it.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(activated.takeFirst().at(0).toULongLong(), 103u);
    // The log selects a call far down: the waterfall follows (and scrolls to it) quietly.
    view.selectCall(145);
    QCOMPARE(view.selectedCall(), 145u);
    QVERIFY(activated.isEmpty());
    const int first = view.verticalScrollBar()->value();
    QVERIFY(first <= 45 && 45 < first + view.verticalScrollBar()->pageStep());
}

void PicturesTest::waterfallZoomsAndPans()
{
    WaterfallModel model;
    model.setCalls({call(1, 0, 1000, 200), call(2, 9000, 1000, 200)});
    CallWaterfall view;
    view.resize(800, 200);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const double fitted = view.msPerPixel();
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Plus);
    QCOMPARE(view.msPerPixel(), fitted / 2);
    QVERIFY(view.horizontalScrollBar()->maximum() > 0);
    // Ctrl+wheel zooms in around the pointer: the time under it stays put.
    const QPoint at(view.plotRect().left() + 100, 60);
    const double before = view.xOf(0);
    QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(view.msPerPixel() < fitted / 2);
    QVERIFY(view.xOf(0) != before || view.horizontalScrollBar()->value() > 0);
    // Pan: the right arrow moves the axis, 0 fits the whole span again.
    const int scrolled = view.horizontalScrollBar()->value();
    QTest::keyClick(&view, Qt::Key_Right);
    QVERIFY(view.horizontalScrollBar()->value() > scrolled);
    QTest::keyClick(&view, Qt::Key_0);
    QCOMPARE(view.msPerPixel(), fitted);
    QCOMPARE(view.horizontalScrollBar()->value(), 0);
}

void PicturesTest::waterfallFollowsTheLog()
{
    CallLogModel log;
    log.append(call(1, 0, 100, 200));
    WaterfallModel model;
    model.follow(&log);
    QCOMPARE(model.count(), 1);
    QSignalSpy changed(&model, &WaterfallModel::changed);
    log.append(call(2, 200, 100, 404));
    QCOMPARE(model.count(), 2);
    QCOMPARE(model.bar(1).outcome, WaterfallModel::Outcome::Failed);
    QCOMPARE(changed.count(), 1);
    log.setMaximumRows(2);
    log.append(call(3, 400, 100, 200)); // the oldest is dropped
    QCOMPARE(model.count(), log.rowCount());
    QCOMPARE(model.bar(model.count() - 1).id, 3u);
    QCOMPARE(model.indexOfId(1), -1);
    // A call of an earlier session (History → Show in log) comes in after them: the axis now
    // starts at it.
    log.append(call(9, -60000, 100, 200));
    QCOMPARE(model.bar(model.count() - 1).startMs, 0);
    QCOMPARE(model.bar(0).startMs, 60400); // call 3, 400 ms after the first
    QCOMPARE(model.spanMs(), 60500);
    log.clear();
    QCOMPARE(model.count(), 0);
}

void PicturesTest::waterfallSavesPngAndSvg()
{
    WaterfallModel model;
    model.setCalls({call(1, 0, 400, 200), call(2, 500, 400, 500)});
    CallWaterfall view;
    view.setModel(&model);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("calls.png"));
    QCOMPARE(view.savePicture(png, 1000), QString());
    const QImage image(png);
    QCOMPARE(image.width(), 1000);
    QCOMPARE(image.height(), CallWaterfall::kAxisHeight + 2 * CallWaterfall::kRowHeight + 4);
    const QString svg = dir.filePath(QStringLiteral("calls.svg"));
    QCOMPARE(view.savePicture(svg, 1000), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<svg"));
    // A folder that does not exist: said, not a crash.
    QVERIFY(!view.savePicture(dir.filePath(QStringLiteral("no/such/calls.png"))).isEmpty());
    if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
        QList<CallRecord> calls;
        for (int i = 0; i < 14; ++i)
            calls << call(quint64(i + 1), i * 350, 200 + (i % 4) * 250,
                          i == 9 || i == 10 ? std::optional<int>(401) : std::optional<int>(200),
                          i % 3 ? QStringLiteral("/Group/g1/$export-poll-status")
                                : QStringLiteral("/Patient/$export"));
        model.setCalls(calls);
        for (const QString &look : {QStringLiteral("light"), QStringLiteral("dark")}) {
            Theme::apply(look);
            CallWaterfall shot;
            shot.setModel(&model);
            shot.resize(900, 340);
            shot.selectCall(5);
            shot.grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                             QStringLiteral("/screenshot-waterfall-%1.png").arg(look));
        }
        Theme::apply(QStringLiteral("light"));
    }
}

void PicturesTest::tokenEndMarkerSitsAtItsExpiry()
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

void PicturesTest::tokenTicksHaveTheirOutcomeShape()
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

void PicturesTest::tokenStripNamesAndSelectsCalls()
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

void PicturesTest::tokensAreToldApartByFingerprint()
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

void PicturesTest::tokenInspectorShowsTheLifeUnderTheClaims()
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

namespace {
// A job replayed by hand on a clock the test moves: two files, the first resumed once.
struct Replay
{
    qint64 now = kT0.toMSecsSinceEpoch();
    ExportTimelineModel model;
    Replay()
    {
        model.setClock([this] { return now; });
    }
    void at(qint64 ms) { now = kT0.toMSecsSinceEpoch() + ms; }
    void run()
    {
        ExportSession::PollEvent e;
        e.kind = QStringLiteral("kick-off");
        e.status = 202;
        e.waitSecs = 1;
        at(0);
        model.onStep(e);
        e.kind = QStringLiteral("in-progress");
        e.waitSecs = 2;
        e.waitReason = QStringLiteral("Retry-After");
        at(1000);
        model.onPolled(e);
        e.kind = QStringLiteral("complete");
        e.status = 200;
        at(3500);
        model.onPolled(e);
        ExportSession::Outcome manifest;
        for (const QString &type : {QStringLiteral("Patient"), QStringLiteral("Observation")}) {
            ExportSession::FileResult f;
            f.type = type;
            f.url = QUrl(QStringLiteral("https://files.example/") + type);
            f.expected = 1000;
            manifest.files << f;
        }
        at(3600);
        model.onDownloadsStarted(manifest);
        at(4000);
        model.onFileProgress(0, 300, 1000);
        model.onFileProgress(1, 200, 1000);
        CallRecord dropped = call(50, 3600, 1400, std::nullopt, QStringLiteral("/Patient"));
        dropped.url = manifest.files[0].url;
        dropped.transportErrorCode = QStringLiteral("transport.closed");
        at(5000);
        model.onCall(dropped);
        at(6000);
        model.onFileProgress(0, 800, 1000);
        model.onFileProgress(1, 1000, 1000); // all in: verifying
        at(7000);
        CallRecord resumed = call(51, 5200, 1800, 206);
        resumed.url = manifest.files[0].url;
        resumed.requestHeaders.append(qMakePair(QByteArray("Range"), QByteArray("bytes=300-")));
        model.onCall(resumed);
        model.onFileProgress(0, 1000, 1000);
        at(8000);
        ExportSession::FileResult ok = manifest.files[0];
        ok.verified = true;
        ok.bytes = 1000;
        model.onFileFinished(0, ok);
        at(9000);
        ExportSession::FileResult bad = manifest.files[1];
        bad.problem = QStringLiteral("line 3 is not JSON");
        bad.bytes = 1000;
        model.onFileFinished(1, bad);
        ExportSession::Outcome end;
        end.state = ExportSession::State::Done;
        model.onFinished(end);
    }
};
} // namespace

void PicturesTest::exportRetriedFileShowsItsRetry()
{
    Replay replay;
    replay.run();
    const auto &files = replay.model.files();
    QCOMPARE(int(files.size()), 2);
    QCOMPARE(int(files[0].failedAttempts.size()), 1);
    QVERIFY(files[0].failedAttempts[0].resumed);
    QCOMPARE(files[0].state, ExportTimelineModel::FileState::Done);
    QCOMPARE(files[1].state, ExportTimelineModel::FileState::Rejected);
    QCOMPARE(files[1].downloadedMs - kT0.toMSecsSinceEpoch(), 6000); // verifying from 6 s
    QVERIFY(ExportTimelineModel::describe(files[0]).contains(QStringLiteral("resumed")));
    QVERIFY(ExportTimelineModel::describe(files[1]).contains(QStringLiteral("line 3")));
    ExportTimeline view;
    view.resize(900, 320);
    view.setModel(&replay.model);
    const QImage image = view.viewport()->grab().toImage();
    const QPalette pal = view.palette();
    const QColor warning = SeverityStyle::colour(Diagnosis::Severity::Warning, pal);
    // The resume: a hollow diamond at 5 s on the first file's row (its middle left empty).
    const int x = int(std::lround(view.xOf(kT0.toMSecsSinceEpoch() + 5000)));
    const int mid = view.fileRowTop(0) + ExportTimeline::kRowHeight / 2;
    QVERIFY(near(image, QPoint(x - 5, mid), warning, 1));
    QVERIFY(near(image, QPoint(x + 5, mid), warning, 1));
    QVERIFY(!near(image, QPoint(x, mid), warning, 0));
    // Nothing like it on the second file's row.
    QVERIFY(!near(image, QPoint(x - 5, view.fileRowTop(1) + 9), warning, 1));
    // The rejected file ends with the cross (drawn just after its end at 9 s).
    const QColor bad = PictureMarks::outcomeColour(WaterfallModel::Outcome::Failed, pal);
    const int end = int(std::lround(view.xOf(kT0.toMSecsSinceEpoch() + 9000)));
    QVERIFY(near(image, QPoint(end + 7, view.fileRowTop(1) + 9), bad, 1));
    // The second file: downloading (solid) before 6 s, verifying (hatched) after: some ground
    // shows through the hatching.
    const QColor active = pal.color(QPalette::Highlight);
    const int y1 = view.fileRowTop(1) + 9;
    QVERIFY(near(image, QPoint(int(view.xOf(kT0.toMSecsSinceEpoch() + 5000)), y1), active, 0));
    int ground = 0;
    for (int px = int(view.xOf(kT0.toMSecsSinceEpoch() + 6300));
         px < int(view.xOf(kT0.toMSecsSinceEpoch() + 8700)); ++px)
        ground += !near(image, QPoint(px, y1), active, 0);
    QVERIFY(ground > 5);
    // The throughput line is drawn under the files.
    const QColor line = SeverityStyle::colour(Diagnosis::Severity::Ok, pal);
    bool drawn = false;
    for (int y = view.throughputTop() + 2; y < view.viewport()->height() && !drawn; ++y)
        for (int px = ExportTimeline::kLabelWidth; px < 880 && !drawn; px += 2)
            drawn = near(image, QPoint(px, y), line, 0);
    QVERIFY(drawn);
}

void PicturesTest::exportPollsShowAskedAgainstTakenWait()
{
    Replay replay;
    replay.run();
    const auto &marks = replay.model.marks();
    QCOMPARE(marks[0].kind, ExportTimelineModel::MarkKind::KickOff);
    QCOMPARE(marks[1].kind, ExportTimelineModel::MarkKind::Poll);
    QCOMPARE(marks[1].askedSecs, 2);
    QCOMPARE(marks[1].takenMs, 2500); // asked 2 s, the next poll came 2.5 s later
    QCOMPARE(marks[0].takenMs, 1000);
    QCOMPARE(marks[3].kind, ExportTimelineModel::MarkKind::Manifest);
    QCOMPARE(marks.back().kind, ExportTimelineModel::MarkKind::End);
    QVERIFY(!replay.model.running());
    ExportTimeline view;
    view.resize(900, 320);
    view.setModel(&replay.model);
    const QImage image = view.viewport()->grab().toImage();
    // The asked wait: a dashed line from the poll at 1 s towards 3 s, in the information colour.
    const QColor info = SeverityStyle::colour(Diagnosis::Severity::Info, view.palette());
    const int lane = view.serverLaneTop() + ExportTimeline::kServerHeight / 2 + 8;
    int dashes = 0;
    for (int px = int(view.xOf(kT0.toMSecsSinceEpoch() + 1200));
         px < int(view.xOf(kT0.toMSecsSinceEpoch() + 2900)); ++px)
        dashes += near(image, QPoint(px, lane), info, 0);
    QVERIFY(dashes > 5);
    QVERIFY(!near(image, QPoint(int(view.xOf(kT0.toMSecsSinceEpoch() + 3300)), lane), info, 0));
}

void PicturesTest::exportTimelineFollowsARealSession()
{
    qRegisterMetaType<ExportSession::Outcome>();
    SandboxHost sandbox;
    QVERIFY(sandbox.start());
    SandboxScenario scenario;
    scenario.exportDurationMs = 600;
    scenario.retryAfterSecs = 0;
    scenario.dropMidFile = true; // the file's connection drops once: resumed with Range
    sandbox.configure([scenario](SandboxServer *s) { s->setScenario(scenario); });
    QNetworkAccessManager nam;
    FhirClient client(&nam);
    client.setBaseUrl(sandbox.baseUrl());
    client.setAuthorization(AuthMode::Bearer, sandbox.demoToken());
    QTemporaryDir out;
    ExportSession session(&client, out.path());
    session.setMaxBackoffSecs(1);
    ExportTimelineModel model;
    model.attach(&session, &client);
    ExportTimeline view;
    view.resize(900, 300);
    view.setModel(&model);
    QSignalSpy done(&session, &ExportSession::finished);
    session.start({QStringLiteral("2"), {QStringLiteral("Observation")}});
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().first().value<ExportSession::Outcome>().state,
             ExportSession::State::Done);
    QCOMPARE(model.marks().front().kind, ExportTimelineModel::MarkKind::KickOff);
    bool manifest = false;
    for (const auto &m : model.marks())
        manifest = manifest || m.kind == ExportTimelineModel::MarkKind::Manifest;
    QVERIFY(manifest);
    QVERIFY(!model.files().empty());
    const auto &file = model.files().front();
    QCOMPARE(file.state, ExportTimelineModel::FileState::Done);
    QVERIFY(!file.failedAttempts.empty());
    QVERIFY(file.failedAttempts.front().resumed);
    QVERIFY(model.samples().back().bytes > 0);
    const QImage image = view.viewport()->grab().toImage();
    const QColor warning = SeverityStyle::colour(Diagnosis::Severity::Warning, view.palette());
    const int x = int(std::lround(view.xOf(file.failedAttempts.front().atMs)));
    QVERIFY(near(image, QPoint(x - 5, view.fileRowTop(0) + ExportTimeline::kRowHeight / 2), warning,
                 1));
}

void PicturesTest::exportTimelineSaves()
{
    Replay replay;
    replay.run();
    ExportTimeline view;
    view.setModel(&replay.model);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("export.png"));
    QCOMPARE(view.savePicture(png, 1000), QString());
    const QImage image(png);
    QCOMPARE(image.width(), 1000);
    QCOMPARE(image.height(), ExportTimeline::kAxisHeight + ExportTimeline::kServerHeight +
                                 2 * ExportTimeline::kRowHeight +
                                 ExportTimeline::kThroughputHeight);
    const QString svg = dir.filePath(QStringLiteral("export.svg"));
    QCOMPARE(view.savePicture(svg), QString());
    QVERIFY(QFileInfo(svg).size() > 0);
    QVERIFY(!view.savePicture(dir.filePath(QStringLiteral("missing/export.png"))).isEmpty());
    // Up and Down choose a file, and say so.
    view.resize(900, 320);
    QSignalSpy chosen(&view, &ExportTimeline::fileActivated);
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentFile(), 1);
    QCOMPARE(chosen.last().at(0).toInt(), 1);
    if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR"))
        for (const QString &look : {QStringLiteral("light"), QStringLiteral("dark")}) {
            Theme::apply(look);
            ExportTimeline shot;
            shot.setModel(&replay.model);
            shot.resize(820, 200);
            shot.grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                             QStringLiteral("/screenshot-export-timeline-%1.png").arg(look));
        }
    Theme::apply(QStringLiteral("light"));
}

QTEST_MAIN(PicturesTest)
#include "tst_pictures.moc"
