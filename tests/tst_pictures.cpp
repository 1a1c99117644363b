// The calls over time (CallWaterfall), painted offscreen and read back pixel by pixel: the
// outcome shapes, the shared axis, redirect hops, the log's selection, zoom and pan, saving.
#include "PictureProbe.h"
#include "app/models/CallLogModel.h"
#include "app/models/WaterfallModel.h"
#include "ui/CallWaterfall.h"
#include "ui/PictureMarks.h"
#include "ui/SeverityStyle.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace PictureProbe;

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

QTEST_MAIN(PicturesTest)
#include "tst_pictures.moc"
