// The pictures wired into the window: the export's timeline in the export window, live, kept
// with the job after its window is gone and put into the support bundle; the first-byte time of
// a call, recorded and kept through history and HAR; the token inspector's strip fed with the
// log's calls.
#include "PictureProbe.h"
#include "TestServers.h"
#include "WindowFixture.h"
#include "app/calls/Redaction.h"
#include "app/history/Har.h"
#include "app/history/HistoryStore.h"
#include "app/history/RecordJson.h"
#include "app/models/CallLogModel.h"
#include "app/models/JobsModel.h"
#include "app/models/SupportBundle.h"
#include "app/models/TokenLifeModel.h"
#include "app/models/WaterfallModel.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ExportJob.h"
#include "app/session/ExportTimelineModel.h"
#include "ui/CallLogPane.h"
#include "ui/ExportDialog.h"
#include "ui/ExportTimeline.h"
#include "ui/ExportTimelinePage.h"
#include "ui/PictureMarks.h"
#include "ui/SeverityStyle.h"
#include "ui/Theme.h"
#include "ui/TokenLifeStrip.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFontMetrics>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using PictureProbe::near;

class TestPicturesWiring : public QObject, public WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSuite("PicturesWiring"); }
    void cleanupTestCase() { endSuite(); }

    void exportWindowDrawsTheJobLiveWithItsRetry();
    void thePictureStaysWithTheJob();
    void theSupportBundleHoldsThePicture();
    void firstByteIsRecordedAndKept();
    void tokenStripShowsTheCallsOfEachToken();
    void nowTagLeavesNoTimeLabelHalfCovered();

private:
    QPointer<ExportJob> m_job; // the export of the first test, ended
};

void TestPicturesWiring::exportWindowDrawsTheJobLiveWithItsRetry()
{
    selectAndWait(QStringLiteral("sandbox"));
    child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
    child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/2"));
    m_sandbox->configure([](SandboxServer *s) {
        SandboxScenario sc;
        sc.exportDurationMs = 600;
        sc.retryAfterSecs = 0;
        sc.dropMidFile = true; // each file's connection drops once: resumed with Range
        s->setScenario(sc);
    });
    m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
    QPointer<ExportDialog> dialog =
        m_window->findChild<ExportDialog *>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->resize(1024, 700); // a small laptop's screen
    auto *types = dialog->findChild<QListWidget *>(QStringLiteral("typesList"));
    for (int i = 0; i < types->count(); ++i)
        types->item(i)->setCheckState(
            types->item(i)->text() == QLatin1String("Observation") ? Qt::Checked : Qt::Unchecked);
    // The picture is a tab of the export window, drawn from the job's own model.
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("exportTabs"));
    auto *page = dialog->findChild<ExportTimelinePage *>(QStringLiteral("pictureTab"));
    QVERIFY(page);
    QCOMPARE(tabs->indexOf(page), 1);
    QCOMPARE(tabs->tabText(1), QStringLiteral("&Bars over time"));
    ExportTimeline *view = page->timeline();
    QCOMPARE(view->model(), dialog->job()->timeline());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")),
                      Qt::LeftButton);
    // Live: the kick-off is drawn before the job ends.
    ExportTimelineModel *model = dialog->job()->timeline();
    QTRY_VERIFY_WITH_TIMEOUT(!model->marks().empty(), 10000);
    QCOMPARE(model->marks().front().kind, ExportTimelineModel::MarkKind::KickOff);
    auto *state = dialog->findChild<QLabel *>(QStringLiteral("stateLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->job()->status() == Job::Status::Finished,
                              qPrintable(state->text()), 30000);
    QVERIFY(!model->running());
    QVERIFY(!model->files().empty());
    const ExportTimelineModel::File &file = model->files().front();
    QCOMPARE(file.state, ExportTimelineModel::FileState::Done);
    QVERIFY(!file.failedAttempts.empty());
    QVERIFY(file.failedAttempts.front().resumed);
    // The retry is marked where it happened, on the file's row, in the window as it is.
    tabs->setCurrentWidget(page);
    QTRY_VERIFY(view->isVisible());
    QVERIFY2(view->viewport()->height() >=
                 ExportTimeline::kAxisHeight + ExportTimeline::kServerHeight +
                     2 * ExportTimeline::kRowHeight + ExportTimeline::kThroughputHeight,
             qPrintable(QString::number(view->viewport()->height())));
    const QImage image = view->viewport()->grab().toImage();
    const QColor warning = SeverityStyle::colour(Diagnosis::Severity::Warning, view->palette());
    const int x = int(std::lround(view->xOf(file.failedAttempts.front().atMs)));
    QVERIFY(near(image, QPoint(x - 5, view->fileRowTop(0) + ExportTimeline::kRowHeight / 2),
                 warning, 1));
    if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR"))
        for (const QString &look : {QStringLiteral("light"), QStringLiteral("dark")}) {
            Theme::apply(look);
            QTest::qWait(100);
            dialog->grab().save(
                qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                QStringLiteral("/screenshot-export-window-timeline-%1.png").arg(look));
        }
    Theme::apply(QStringLiteral("light"));
    m_job = dialog->job();
    // Closed after the end: the window goes, the job (and its picture) stays listed.
    dialog->close();
    QTRY_VERIFY(!dialog);
    QVERIFY(m_job);
}

void TestPicturesWiring::thePictureStaysWithTheJob()
{
    QVERIFY(m_job);
    auto *table = child<QTableView>("jobsTable");
    auto *jobs = qobject_cast<JobsModel *>(table->model());
    QVERIFY(jobs);
    // The ended job's row, chosen with the keyboard as a user would (Enter activates it).
    const int row = jobs->rowOf(m_job.data());
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QDialog *window = nullptr;
    QTRY_VERIFY((window = m_window->findChild<QDialog *>(QStringLiteral("exportTimelineWindow"))));
    QTRY_VERIFY(window->isVisible());
    auto *view = window->findChild<ExportTimeline *>(QStringLiteral("exportTimeline"));
    QVERIFY(view);
    QCOMPARE(view->model(), m_job->timeline());
    QVERIFY(!view->model()->files().empty());
    QVERIFY(!view->model()->files().front().failedAttempts.empty());
    // It saves, as PNG, every file in it.
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("job.png"));
    QCOMPARE(view->savePicture(png, 900), QString());
    const QImage saved(png);
    QCOMPARE(saved.width(), 900);
    QCOMPARE(saved.height(), ExportTimeline::kAxisHeight + ExportTimeline::kServerHeight +
                                 int(view->model()->files().size()) * ExportTimeline::kRowHeight +
                                 ExportTimeline::kThroughputHeight);
    window->close();
}

void TestPicturesWiring::theSupportBundleHoldsThePicture()
{
    QVERIFY(m_job);
    // The bundle's summary, as the Support bundle action shows it, names the picture.
    m_window->findChild<QAction *>(QStringLiteral("actionSupportBundle"))->trigger();
    QDialog *bundle = nullptr;
    QTRY_VERIFY((bundle = m_window->findChild<QDialog *>(QStringLiteral("supportBundleDialog"))));
    bool named = false;
    for (auto *text : bundle->findChildren<QPlainTextEdit *>())
        named = named || text->toPlainText().contains(QLatin1String("Picture: export of Group 2"));
    QVERIFY(named);
    bundle->close();
    // The file holds the PNG itself, as the job's picture draws it.
    const QList<SupportBundle::Picture> pictures =
        ExportTimelinePage::bundlePictures({m_job.data()});
    QCOMPARE(int(pictures.size()), 1);
    SupportBundle::Context context;
    context.pictures = pictures;
    const QJsonObject log = QJsonDocument::fromJson(SupportBundle::write({}, context))
                                .object()
                                .value(QLatin1String("log"))
                                .toObject();
    const QJsonArray stored = log.value(QLatin1String("_pictures")).toArray();
    QCOMPARE(int(stored.size()), 1);
    const QJsonObject picture = stored.first().toObject();
    QCOMPARE(picture.value(QLatin1String("mimeType")).toString(), QStringLiteral("image/png"));
    const QByteArray png =
        QByteArray::fromBase64(picture.value(QLatin1String("text")).toString().toLatin1());
    QCOMPARE(png, pictures.first().png);
    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    QCOMPARE(image.width(), 1400);
    QVERIFY(log.value(QLatin1String("comment"))
                .toString()
                .contains(QStringLiteral("Picture: export of Group 2")));
}

void TestPicturesWiring::firstByteIsRecordedAndKept()
{
    selectAndWait(QStringLiteral("sandbox"));
    m_sandbox->configure([](SandboxServer *s) {
        SandboxScenario sc;
        sc.latencyMs = 150; // the server thinks before it answers: a wait to measure
        s->setScenario(sc);
    });
    sendWith("GET", QStringLiteral("metadata"), QStringLiteral("none"));
    m_sandbox->configure([](SandboxServer *s) { s->setScenario(SandboxScenario()); });
    const CallRecord r = m_log->record(m_log->rowCount() - 1);
    QVERIFY2(r.status == 200, qPrintable(r.url.toString()));
    QVERIFY2(r.firstByteMs >= 150, qPrintable(QString::number(r.firstByteMs)));
    QVERIFY(r.firstByteMs <= r.elapsedMs);
    // The waterfall splits the bar there: waiting, then receiving.
    WaterfallModel waterfall;
    waterfall.append(r);
    QCOMPARE(waterfall.bar(0).firstByteMs - waterfall.bar(0).startMs, r.firstByteMs);
    QVERIFY(waterfall.bar(0).firstByteMs <= waterfall.bar(0).endMs);
    // Kept by the history's record and by HAR (timings.wait, timings.receive).
    QCOMPARE(RecordJson::fromJson(RecordJson::toJson(r, 1 << 20)).firstByteMs, r.firstByteMs);
    QTemporaryDir dir;
    {
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("history.sqlite"))));
        QVERIFY(store.append(r));
        const auto loaded = store.load(r.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->firstByteMs, r.firstByteMs);
    }
    const QByteArray har = Har::write({r}, {});
    const QJsonObject timings = QJsonDocument::fromJson(har)
                                    .object()[QStringLiteral("log")]
                                    .toObject()[QStringLiteral("entries")]
                                    .toArray()
                                    .first()
                                    .toObject()[QStringLiteral("timings")]
                                    .toObject();
    QCOMPARE(qint64(timings[QStringLiteral("wait")].toDouble()), r.firstByteMs);
    QCOMPARE(qint64(timings[QStringLiteral("receive")].toDouble()), r.elapsedMs - r.firstByteMs);
    QString error;
    const auto read = Har::read(har, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->records.first().firstByteMs, r.firstByteMs);
    // Another tool's HAR: the first byte is every phase up to the end of the wait.
    QJsonObject doc = QJsonDocument::fromJson(har).object();
    QJsonObject log = doc[QStringLiteral("log")].toObject();
    QJsonArray entries = log[QStringLiteral("entries")].toArray();
    QJsonObject entry = entries.first().toObject();
    entry.remove(QStringLiteral("_fbx"));
    entry[QStringLiteral("time")] = 100;
    entry[QStringLiteral("timings")] =
        QJsonObject{{QStringLiteral("blocked"), -1}, {QStringLiteral("dns"), 5},
                    {QStringLiteral("connect"), 10}, {QStringLiteral("send"), 1},
                    {QStringLiteral("wait"), 60},    {QStringLiteral("receive"), 24}};
    entries[0] = entry;
    log[QStringLiteral("entries")] = entries;
    doc[QStringLiteral("log")] = log;
    const auto foreign = Har::read(QJsonDocument(doc).toJson(), &error);
    QVERIFY2(foreign, qPrintable(error));
    QCOMPARE(foreign->records.first().firstByteMs, qint64(76));
}

void TestPicturesWiring::tokenStripShowsTheCallsOfEachToken()
{
    selectAndWait(QStringLiteral("sandbox"));
    const QByteArray demo = m_sandbox->demoToken();
    child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(demo));
    sendWith("GET", QStringLiteral("Group/2"), QStringLiteral("bearer"));
    sendWith("GET", QStringLiteral("Group/2"), QStringLiteral("bearer"));
    // Another token, one the server refuses: its own row, the refusal drawn as a failure. (The
    // gateway answers a token it does not know with 403, as the vendor's does; 401 only comes
    // without an Authorization header, so without a token to draw it on.)
    const QByteArray wrong = "wrong-token-0123456789abcdef";
    child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(wrong));
    sendWith("GET", QStringLiteral("Group/2"), QStringLiteral("bearer"));
    const CallRecord refused = m_log->record(m_log->rowCount() - 1);
    QCOMPARE(refused.status.value_or(0), 403);
    QCOMPARE(refused.tokenFingerprint, Redaction::fingerprint(wrong));
    m_window->findChild<QAction *>(QStringLiteral("actionInspectToken"))->trigger();
    QDialog *inspector = nullptr;
    QTRY_VERIFY((inspector = m_window->findChild<QDialog *>(QStringLiteral("tokenInspector"))));
    QTRY_VERIFY(inspector->isVisible());
    inspector->resize(900, 700);
    auto *tabs = inspector->findChild<QTabWidget *>(QStringLiteral("inspectorTabs"));
    tabs->setCurrentWidget(inspector->findChild<QWidget *>(QStringLiteral("claimsTab")));
    auto *strip = inspector->findChild<TokenLifeStrip *>(QStringLiteral("tokenLifeStrip"));
    QTRY_VERIFY(strip->isVisible());
    auto *life = inspector->findChild<TokenLifeModel *>();
    QVERIFY(life);
    // A tick per call made with each token, from the window's log.
    const auto callsWith = [this](const QByteArray &token) {
        int n = 0;
        for (int i = 0; i < m_log->rowCount(); ++i)
            n += m_log->record(i).tokenFingerprint == Redaction::fingerprint(token) ? 1 : 0;
        return n;
    };
    const int demoRow = life->indexOf(Redaction::fingerprint(demo));
    const int wrongRow = life->indexOf(Redaction::fingerprint(wrong));
    QVERIFY(demoRow >= 0 && wrongRow >= 0);
    QVERIFY(callsWith(demo) >= 2);
    QCOMPARE(int(life->token(demoRow).calls.size()), callsWith(demo));
    QCOMPARE(int(life->token(wrongRow).calls.size()), callsWith(wrong));
    const TokenLifeModel::Tick &tick = life->token(wrongRow).calls.back();
    QCOMPARE(tick.id, refused.id);
    QCOMPARE(tick.atMs, refused.started.toMSecsSinceEpoch());
    QCOMPARE(tick.outcome, WaterfallModel::Outcome::Failed);
    // At the expected x, with the failure's shape (a cross: its corners are drawn).
    strip->setNow(QDateTime::fromMSecsSinceEpoch(life->fromMs()).addDays(-1)); // out of the way
    const QImage image = strip->grab().toImage();
    const QColor bad =
        PictureMarks::outcomeColour(WaterfallModel::Outcome::Failed, strip->palette());
    const double x = strip->xOf(tick.atMs);
    const int tickTop =
        strip->rowTop(wrongRow) + TokenLifeStrip::kRowHeight - TokenLifeStrip::kTickSize - 4;
    const QRect box = QRectF(x - TokenLifeStrip::kTickSize / 2.0, tickTop,
                             TokenLifeStrip::kTickSize, TokenLifeStrip::kTickSize)
                          .toRect();
    QVERIFY(near(image, box.center(), bad, 1));
    QVERIFY(near(image, box.topLeft() + QPoint(1, 1), bad, 1));
    // A click on it selects that call in the log.
    const QPoint onTick(int(std::lround(x)),
                        strip->rowTop(wrongRow) + TokenLifeStrip::kRowHeight - 8);
    QCOMPARE(strip->callAt(onTick), refused.id);
    const quint64 first = m_log->record(0).id;
    child<CallLogPane>("callLogPane")->selectCall(first);
    QTest::mouseClick(strip, Qt::LeftButton, {}, onTick);
    QTRY_COMPARE(child<CallLogPane>("callLogPane")->selectedCall().value_or(CallRecord()).id,
                 refused.id);
    // The header names the token even when the profile has no name to give.
    if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
        strip->setNow({});
        for (const QString &look : {QStringLiteral("light"), QStringLiteral("dark")}) {
            Theme::apply(look);
            QTest::qWait(100);
            inspector->grab().save(
                qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                QStringLiteral("/screenshot-token-strip-calls-%1.png").arg(look));
        }
        Theme::apply(QStringLiteral("light"));
    }
    inspector->close();
    child<QLineEdit>("tokenEdit")->clear();
}

void TestPicturesWiring::nowTagLeavesNoTimeLabelHalfCovered()
{
    // "now" just after a tick: its tag would sit on that tick's time label. The label is left
    // out whole, so no part of another time shows beside the tag.
    const QDateTime t0(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    TokenLifeModel model;
    model.setToken(QStringLiteral("ab12cd34"), t0, t0.addSecs(3600));
    TokenLifeStrip strip;
    strip.setModel(&model);
    strip.resize(800, strip.sizeHint().height());
    const QRect plot = strip.plotRect();
    const double msPerPx = 3600.0 * 1000 / (plot.width() - 1);
    const qint64 step = PictureMarks::tickStep(msPerPx);
    const int tickX = int(std::lround(strip.xOf(t0.toMSecsSinceEpoch() + step)));
    strip.setNow(t0.addMSecs(step + qint64(5 * msPerPx)));
    const QImage image = strip.grab().toImage();
    const QFontMetrics metrics(strip.font());
    const int tagRight = tickX + 5 + 2 + metrics.horizontalAdvance(QStringLiteral("now")) + 6;
    const int labelRight = tickX + 3 + metrics.horizontalAdvance(QStringLiteral("09:00:00"));
    QVERIFY(labelRight > tagRight + 4); // the label was longer than the tag: a tail would show
    const QColor text = strip.palette().color(QPalette::WindowText);
    for (int x = tagRight + 2; x < labelRight; ++x)
        for (int y = 2; y < TokenLifeStrip::kAxisHeight - 6; ++y)
            QVERIFY2(!near(image, QPoint(x, y), text, 0),
                     qPrintable(QStringLiteral("a label's pixel at %1,%2").arg(x).arg(y)));
    // The label before it is drawn as usual.
    bool first = false;
    for (int x = plot.left() + 3; x < plot.left() + 40 && !first; ++x)
        for (int y = 2; y < TokenLifeStrip::kAxisHeight - 6 && !first; ++y)
            first = near(image, QPoint(x, y), text, 0);
    QVERIFY(first);
}

QTEST_MAIN(TestPicturesWiring)
#include "tst_pictures_wiring.moc"
