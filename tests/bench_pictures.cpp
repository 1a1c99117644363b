// Benchmark (not a test): drawing the pictures at scale, offscreen. 100,000 calls in the
// waterfall and on two tokens' strips, 10,000 files in an export's timeline: how long building
// the models takes, how long one paint takes (fitted, zoomed, scrolled), and the longest stall
// of the event loop while the pictures are scrolled, zoomed and fed live (target <= 50 ms).
//   fbx-bench-pictures [calls] [files]      (scripts/bench-pictures.sh runs it)
#include "StallMeter.h"
#include "app/models/TokenLifeModel.h"
#include "app/models/WaterfallModel.h"
#include "app/session/ExportTimelineModel.h"
#include "ui/CallWaterfall.h"
#include "ui/ExportTimeline.h"
#include "ui/TokenLifeStrip.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <vector>

namespace {

QTextStream out(stdout);

struct Figures
{
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    QString text()
    {
        std::sort(ms.begin(), ms.end());
        if (ms.empty())
            return QStringLiteral("-");
        return QStringLiteral("median %1 ms, worst %2 ms over %3 paints")
            .arg(ms[ms.size() / 2], 0, 'f', 1)
            .arg(ms.back(), 0, 'f', 1)
            .arg(ms.size());
    }
};

double timed(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

// Paints the widget into a pixmap the way the window would (the whole visible area).
double paintOnce(QWidget &w)
{
    return timed([&w] { w.grab(); });
}

QList<CallRecord> makeCalls(int n)
{
    QList<CallRecord> calls;
    calls.reserve(n);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int i = 0; i < n; ++i) {
        CallRecord r;
        r.id = quint64(i + 1);
        r.method = "GET";
        r.url = QUrl(QStringLiteral("https://fhir.example/Patient/%1").arg(i));
        r.started = t0.addMSecs(qint64(i) * 36); // an hour of calls
        r.elapsedMs = 20 + (i * 7919) % 400;
        r.status = i % 97 == 0 ? 503 : 200;
        r.tokenFingerprint = i < n / 2 ? QStringLiteral("0ld70ken") : QStringLiteral("9e77o4e9");
        calls << r;
    }
    return calls;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int callCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int fileCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10000;

    // ---- calls over time --------------------------------------------------------------------
    const QList<CallRecord> calls = makeCalls(callCount);
    WaterfallModel waterfall;
    out << "== " << callCount << " calls" << Qt::endl;
    out << "waterfall model built in "
        << QString::number(timed([&] { waterfall.setCalls(calls); }), 'f', 1) << " ms" << Qt::endl;
    CallWaterfall view;
    view.setModel(&waterfall);
    view.resize(1400, 900);
    view.show();
    Figures fitted, zoomed, scrolled;
    for (int i = 0; i < 20; ++i)
        fitted.add(paintOnce(view));
    view.zoomBy(0.01);
    for (int i = 0; i < 20; ++i)
        zoomed.add(paintOnce(view));
    for (int i = 0; i < 50; ++i) {
        view.verticalScrollBar()->setValue(i * callCount / 50);
        view.horizontalScrollBar()->setValue(i * view.horizontalScrollBar()->maximum() / 50);
        scrolled.add(paintOnce(view));
    }
    out << "waterfall paint, fitted: " << fitted.text() << Qt::endl;
    out << "waterfall paint, zoomed 100x: " << zoomed.text() << Qt::endl;
    out << "waterfall paint, scrolled through: " << scrolled.text() << Qt::endl;

    TokenLifeModel tokens;
    const QDateTime t0 = calls.first().started;
    tokens.setToken(QStringLiteral("0ld70ken"), t0.addSecs(-60), t0.addSecs(1800));
    tokens.setToken(QStringLiteral("9e77o4e9"), t0.addSecs(1790), t0.addSecs(5390));
    out << "token model built in "
        << QString::number(timed([&] { tokens.setCalls(calls); }), 'f', 1) << " ms" << Qt::endl;
    TokenLifeStrip strip;
    strip.setModel(&tokens);
    strip.resize(1400, strip.sizeHint().height());
    strip.show();
    Figures strips;
    for (int i = 0; i < 20; ++i)
        strips.add(paintOnce(strip));
    out << "token strip paint (" << callCount << " ticks): " << strips.text() << Qt::endl;

    // The compact strip in the token bar, one row high, follows the log live: every new call
    // rebuilds its text alternative and repaints it. 1,000 more calls on top of the 100,000, 20
    // per millisecond tick of the event loop (far faster than any server answers), painted every
    // 40 ms as the window would; the stall meter watches the loop meanwhile.
    TokenLifeStrip compact;
    compact.setCompact(true);
    compact.setModel(&tokens);
    compact.setFixedHeight(TokenLifeStrip::kCompactHeight);
    compact.resize(900, TokenLifeStrip::kCompactHeight);
    compact.show();
    Figures compactPaints;
    for (int i = 0; i < 20; ++i)
        compactPaints.add(paintOnce(compact));
    out << "compact token strip paint (" << callCount << " ticks): " << compactPaints.text()
        << Qt::endl;
    {
        const int more = 1000;
        QList<CallRecord> extra = makeCalls(callCount + more).mid(callCount);
        for (CallRecord &r : extra)
            r.tokenFingerprint = QStringLiteral("9e77o4e9");
        StallMeter meter;
        meter.start();
        Figures perCall;
        Figures livePaints;
        int next = 0;
        QTimer feed;
        feed.setInterval(1);
        QObject::connect(&feed, &QTimer::timeout, &app, [&] {
            for (int batch = 0; batch < 20 && next < more; ++batch)
                perCall.add(timed([&] { tokens.append(extra[next++]); }));
            if (next >= more) {
                feed.stop();
                app.quit();
            }
        });
        QTimer paints;
        paints.setInterval(40);
        QObject::connect(&paints, &QTimer::timeout, &app,
                         [&] { livePaints.add(paintOnce(compact)); });
        feed.start();
        paints.start();
        app.exec();
        paints.stop();
        meter.stop();
        out << "compact token strip, one more call (model and text): "
            << perCall.text().replace(QStringLiteral("paints"), QStringLiteral("calls"))
            << Qt::endl;
        out << "compact token strip paint while fed: " << livePaints.text() << Qt::endl;
        out << "longest event-loop stall while calls came in: " << meter.maxStallMs()
            << " ms (target <= 50); stalls over 50 ms: " << meter.stallsOver(50) << Qt::endl;
    }

    // ---- an export of many files, fed live ---------------------------------------------------
    out << "== " << fileCount << " files" << Qt::endl;
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    ExportTimelineModel timeline;
    timeline.setClock([&now] { return now; });
    ExportTimeline exportView;
    exportView.setModel(&timeline);
    exportView.resize(1400, 900);
    exportView.show();
    ExportSession::PollEvent kick;
    kick.kind = QStringLiteral("kick-off");
    kick.status = 202;
    timeline.onStep(kick);
    for (int i = 0; i < 200; ++i) {
        now += 5000;
        ExportSession::PollEvent poll;
        poll.kind = QStringLiteral("in-progress");
        poll.status = 202;
        poll.waitSecs = 5;
        timeline.onPolled(poll);
    }
    ExportSession::Outcome manifest;
    for (int i = 0; i < fileCount; ++i) {
        ExportSession::FileResult f;
        f.type = i % 2 ? QStringLiteral("Observation") : QStringLiteral("Patient");
        f.url = QUrl(QStringLiteral("https://files.example/f%1").arg(i));
        f.expected = 8192;
        manifest.files << f;
    }
    out << "manifest of " << fileCount << " files taken in "
        << QString::number(timed([&] { timeline.onDownloadsStarted(manifest); }), 'f', 1) << " ms"
        << Qt::endl;

    // Four downloads at a time, four progress signals each, posted through the event loop as
    // the session's would be; the stall meter watches the loop meanwhile.
    StallMeter meter;
    meter.start();
    int next = 0;
    int step = 0;
    Figures live;
    QTimer feed;
    feed.setInterval(1);
    QObject::connect(&feed, &QTimer::timeout, &app, [&] {
        for (int batch = 0; batch < 20 && next < fileCount; ++batch) {
            now += 7;
            const qint64 got = 2048 * (step + 1);
            timeline.onFileProgress(next, got, 8192);
            if (++step == 4) {
                ExportSession::FileResult done = manifest.files[next];
                done.verified = next % 500 != 7;
                done.bytes = 8192;
                timeline.onFileFinished(next, done);
                step = 0;
                ++next;
            }
        }
        if (next % 250 == 0)
            exportView.verticalScrollBar()->setValue(next);
        if (next >= fileCount) {
            feed.stop();
            app.quit();
        }
    });
    QTimer paints;
    paints.setInterval(40);
    QObject::connect(&paints, &QTimer::timeout, &app, [&] { live.add(paintOnce(exportView)); });
    QElapsedTimer wall;
    wall.start();
    feed.start();
    paints.start();
    app.exec();
    meter.stop();
    out << "fed " << fileCount * 5 << " signals in " << wall.elapsed() << " ms; "
        << "samples kept " << timeline.samples().size() << Qt::endl;
    out << "export timeline paint while fed: " << live.text() << Qt::endl;
    Figures after;
    for (int i = 0; i < 20; ++i) {
        exportView.verticalScrollBar()->setValue(i * fileCount / 20);
        after.add(paintOnce(exportView));
    }
    out << "export timeline paint, finished, scrolled through: " << after.text() << Qt::endl;
    out << "longest event-loop stall while fed and painted: " << meter.maxStallMs()
        << " ms (target <= 50); stalls over 50 ms: " << meter.stallsOver(50) << Qt::endl;
    return 0;
}
