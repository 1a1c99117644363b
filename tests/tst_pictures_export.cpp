// An export's timeline (ExportTimeline), painted offscreen and read back pixel by pixel: a
// retried file's retry, the polls' asked against taken wait, a real session followed, saving, and
// the throughput line starting at the first byte.
#include "PictureProbe.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ExportTimelineModel.h"
#include "ui/ExportTimeline.h"
#include "ui/PictureMarks.h"
#include "ui/SeverityStyle.h"
#include "ui/Theme.h"

#include <QFileInfo>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace PictureProbe;

class PicturesExportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Theme::apply(QStringLiteral("light")); }

    void exportRetriedFileShowsItsRetry();
    void exportPollsShowAskedAgainstTakenWait();
    void exportTimelineFollowsARealSession();
    void exportTimelineSaves();
    void throughputStartsAtTheFirstByte();
};

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

void PicturesExportTest::exportRetriedFileShowsItsRetry()
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

void PicturesExportTest::exportPollsShowAskedAgainstTakenWait()
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

void PicturesExportTest::exportTimelineFollowsARealSession()
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

void PicturesExportTest::exportTimelineSaves()
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

void PicturesExportTest::throughputStartsAtTheFirstByte()
{
    // The replay's manifest comes at 3.6 s, the first bytes at 4 s: the throughput line lies
    // flat on its baseline until then (no rate from a window reaching past the first byte, no
    // bytes spread over the wait for the first answer), and rises after.
    Replay replay;
    replay.run();
    QCOMPARE(replay.model.firstByteMs(), kT0.toMSecsSinceEpoch() + 4000);
    ExportTimeline view;
    view.resize(900, 320);
    view.setModel(&replay.model);
    const QImage image = view.viewport()->grab().toImage();
    // Raised: anything drawn in the lane above the baseline (the lane is the Base colour; the
    // line is antialiased, so any ink counts, not only its exact colour).
    const QColor ground = view.palette().color(QPalette::Base);
    const int top = view.throughputTop() + 2;
    const int base = view.throughputTop() + ExportTimeline::kThroughputHeight - 4;
    const auto raised = [&](int x) {
        for (int y = top; y <= base - 3; ++y)
            if (image.pixelColor(x, y) != ground)
                return true;
        return false;
    };
    const int manifest = int(std::lround(view.xOf(kT0.toMSecsSinceEpoch() + 3600)));
    const int firstByte = int(std::lround(view.xOf(kT0.toMSecsSinceEpoch() + 4000)));
    QVERIFY(firstByte - manifest > 10); // a wait to see on the picture
    for (int x = ExportTimeline::kLabelWidth + 1; x < firstByte - 2; ++x)
        QVERIFY2(!raised(x), qPrintable(QStringLiteral("the line is up at x=%1, before the "
                                                       "first byte at x=%2 (manifest at %3)")
                                            .arg(x)
                                            .arg(firstByte)
                                            .arg(manifest)));
    // While the files come in, it is up.
    QVERIFY(raised(int(std::lround(view.xOf(kT0.toMSecsSinceEpoch() + 5500)))));
}

QTEST_MAIN(PicturesExportTest)
#include "tst_pictures_export.moc"
