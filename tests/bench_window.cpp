// Benchmark: the window's event loop while it works. Opens the export dialog offscreen against
// an in-process Sandbox serving large files, runs a whole export with verification, and prints
// the throughput and the longest time the window's event loop went without running (target:
// never more than 50 ms).
//   fbx-bench-window export [MiB per file] [files] [parallel]
#include "StallMeter.h"
#include "app/fhir/ContentOutline.h"
#include "app/fhir/NdjsonIndex.h"
#include "app/net/ExportJournal.h"
#include "app/net/ExportSession.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ExportJob.h"
#include "app/session/ServerSession.h"
#include "app/support/MemoryTuning.h"
#include "ui/BinaryViewer.h"
#include "ui/ExportDialog.h"
#include "ui/GroupsPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

static qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

static qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the peak resident size (VmHWM) to the current size, so each phase reports its own.
static void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// The export window shown, asking for Patient files only, `parallel` downloads at a time.
static void showForPatients(ExportDialog &dialog, int parallel)
{
    dialog.show();
    auto *types = dialog.findChild<QListWidget *>(QStringLiteral("typesList"));
    for (int i = 0; i < types->count(); ++i)
        types->item(i)->setCheckState(
            types->item(i)->text() == QLatin1String("Patient") ? Qt::Checked : Qt::Unchecked);
    dialog.findChild<QSpinBox *>(QStringLiteral("parallelSpin"))->setValue(parallel);
}

static void printStalls(QTextStream &out, const StallMeter &meter)
{
    out << QStringLiteral("event loop: longest stall %1 ms (target <= 50), stalls over 50 ms: %2\n")
               .arg(meter.maxStallMs())
               .arg(meter.stallsOver(50));
    QStringList worst;
    for (const StallMeter::Gap &g : meter.worst(3))
        worst << QStringLiteral("%1 ms at %2 s").arg(g.ms).arg(g.at / 1000.0, 0, 'f', 2);
    if (!worst.isEmpty())
        out << QStringLiteral("longest gaps: %1\n").arg(worst.join(QStringLiteral(", ")));
}

// A Group of `members` members (the Sandbox's Group 4 at the matching scale) opened in the
// Groups pane: time from selecting it to its member table being browsable, and the longest
// stall of the event loop meanwhile.
static int benchGroup(QApplication &app, QTextStream &out, int members)
{
    SandboxHost sandbox;
    if (!sandbox.start(0, qMax(1, members / 200)))
        return 1;
    QNetworkAccessManager nam;
    FhirClient client(&nam);
    client.setBaseUrl(sandbox.baseUrl());
    client.setAuthorization(AuthMode::Bearer, sandbox.demoToken());
    GroupsBrowser browser(&client);
    GroupsPane pane(&browser);
    pane.resize(700, 900);
    pane.show();
    pane.load(QStringLiteral("bench"));
    auto *groups = pane.findChild<QTableView *>(QStringLiteral("groupsView"));
    auto *view = pane.findChild<QTableView *>(QStringLiteral("membersView"));
    QElapsedTimer clock;
    StallMeter meter;
    qint64 readyMs = -1;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (!clock.isValid() && groups->model()->rowCount() >= 4 && !pane.isLoading()) {
            meter.start();
            clock.start();
            pane.showGroup(QStringLiteral("4"));
        } else if (clock.isValid() && view->model()->rowCount() >= members && readyMs < 0) {
            readyMs = clock.elapsed();
            view->scrollToBottom(); // browsable: the last row can be reached at once
            QTimer::singleShot(200, &app, &QApplication::quit);
        }
    });
    poll.start(1);
    QTimer::singleShot(60000, &app, &QApplication::quit);
    app.exec();
    meter.stop();
    out << QStringLiteral("group of %1 members: member table ready %2 ms after selecting it "
                          "(target <= 1000)\n")
               .arg(view->model()->rowCount())
               .arg(readyMs);
    printStalls(out, meter);
    return readyMs >= 0 ? 0 : 1;
}

// A JSON body (read into memory first, as a response body is) opened in the content viewer:
// time until its pretty text and its tree are shown.
static int benchJson(QApplication &app, QTextStream &out, const QString &path)
{
    const qint64 startRss = statusKiB("VmRSS:") * 1024;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    QString error;
    const QByteArray bytes = ContentOutline::readAll(f, &error); // as the app opens a file
    if (!error.isEmpty())
        return 1;
    StallMeter meter;
    QElapsedTimer clock;
    qint64 readyMs = -1, findMs = -1;
    QElapsedTimer findClock;
    QString found;
    // The last entry's display text (the benchmark's Bundle: "Display N" in every entry).
    const qsizetype at = bytes.lastIndexOf("\"Display ");
    const QString needle =
        at < 0 ? QStringLiteral("absent")
               : QString::fromUtf8(bytes.mid(at + 1, bytes.indexOf('"', at + 1) - at - 1));
    QPointer<BinaryViewer> viewer;
    QTimer::singleShot(100, &app, [&] {
        meter.start();
        clock.start();
        viewer = new BinaryViewer(
            BinaryContent::fromBytes(bytes, QStringLiteral("application/fhir+json")), path);
        QObject::connect(viewer, &BinaryViewer::prepared, &app, [&] {
            readyMs = clock.elapsed();
            // Then a search for a value near the end, shown in the tree (opened down to it)
            // and in the text.
            QTimer::singleShot(300, &app, [&] {
                auto *edit = viewer->findChild<QLineEdit *>(QStringLiteral("findEdit"));
                auto *status = viewer->findChild<QLabel *>(QStringLiteral("findStatusLabel"));
                if (!edit || !status) {
                    QApplication::quit();
                    return;
                }
                findClock.start();
                edit->setText(needle);
                Q_EMIT edit->returnPressed();
                auto *poll = new QTimer(&app);
                QObject::connect(poll, &QTimer::timeout, &app, [&, poll, status] {
                    if (status->text().startsWith(QLatin1String("Line")) ||
                        status->text().contains(QLatin1String("not found"))) {
                        findMs = findClock.elapsed();
                        found = status->text();
                        poll->deleteLater();
                        QTimer::singleShot(300, &app, [&] {
                            const QString shots = qEnvironmentVariable("FBX_SCREENSHOT_DIR");
                            if (!shots.isEmpty() && viewer)
                                viewer->grab().save(shots + QStringLiteral("/40-viewer-large.png"));
                            QApplication::quit();
                        });
                    }
                });
                poll->start(5);
            });
        });
        viewer->show();
    });
    QTimer::singleShot(60000, &app, &QApplication::quit);
    app.exec();
    meter.stop();
    out << QStringLiteral("json %1 MB: pretty text and tree shown %2 ms after opening\n")
               .arg(bytes.size() / 1e6, 0, 'f', 1)
               .arg(readyMs);
    out << QStringLiteral("search for \"%1\" near the end: %2 ms (%3)\n")
               .arg(needle)
               .arg(findMs)
               .arg(found);
    printStalls(out, meter);
    if (viewer)
        if (auto *status = viewer->findChild<QLabel *>(QStringLiteral("statusLabel")))
            out << QStringLiteral("viewer: %1\n").arg(status->text());
    // The content itself is held once (as the viewer holds it); the rest is the outline.
    const qint64 peak = statusKiB("VmHWM:") * 1024;
    out << QStringLiteral("memory: peak %1 MiB over a start of %2 MiB: %3x the file (target < "
                          "1.5x; the file's bytes included)\n")
               .arg((peak - startRss) / 1048576.0, 0, 'f', 0)
               .arg(startRss / 1048576.0, 0, 'f', 0)
               .arg(double(peak - startRss) / qMax<qint64>(1, bytes.size()), 0, 'f', 2);
    delete viewer.data();
    return readyMs >= 0 ? 0 : 1;
}

// An NDJSON file opened from disk: time to the first screen of rows, time to the whole line
// index, and the memory it took beyond the index.
static int benchNdjson(QApplication &app, QTextStream &out, const QString &path)
{
    const qint64 size = QFileInfo(path).size();
    StallMeter meter;
    QElapsedTimer clock;
    qint64 firstMs = -1, doneMs = -1, rssBefore = 0, rssAfter = 0, lines = 0;
    QPointer<BinaryViewer> viewer;
    QTimer::singleShot(100, &app, [&] {
        rssBefore = rssKiB();
        meter.start();
        clock.start();
        viewer = new BinaryViewer(path);
        viewer->show();
        auto *view = viewer->findChild<QTableView *>(QStringLiteral("ndjsonLinesView"));
        auto *index = viewer->findChild<NdjsonIndex *>();
        QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, &app, [&, view] {
            if (firstMs < 0 && view->model()->rowCount() >= 30) {
                view->viewport()->repaint(); // the first screen drawn
                firstMs = clock.elapsed();
            }
        });
        QObject::connect(index, &NdjsonIndex::finished, &app, [&, index] {
            doneMs = clock.elapsed();
            lines = index->lineCount();
            rssAfter = rssKiB();
            QTimer::singleShot(300, &app, &QApplication::quit);
        });
    });
    QTimer::singleShot(120000, &app, &QApplication::quit);
    app.exec();
    meter.stop();
    const double mb = size / 1e6;
    const qint64 indexBytes = lines * qint64(sizeof(qint64) + sizeof(quint16));
    const qint64 beyond = (rssAfter - rssBefore) * 1024 - indexBytes;
    out << QStringLiteral("ndjson %1 MB, %2 lines: first screen %3 ms (target < 500), whole index "
                          "%4 ms = %5 MB/s\n")
               .arg(mb, 0, 'f', 1)
               .arg(lines)
               .arg(firstMs)
               .arg(doneMs)
               .arg(mb * 1000.0 / qMax<qint64>(1, doneMs), 0, 'f', 0);
    out << QStringLiteral("memory: resident grew %1 MiB; the index is %2 MiB; beyond it %3 MiB = "
                          "%4 of the file (target < 0.25)\n")
               .arg((rssAfter - rssBefore) / 1024.0, 0, 'f', 1)
               .arg(indexBytes / 1048576.0, 0, 'f', 1)
               .arg(beyond / 1048576.0, 0, 'f', 1)
               .arg(double(beyond) / size, 0, 'f', 3);
    printStalls(out, meter);
    delete viewer.data();
    return doneMs >= 0 ? 0 : 1;
}

// Scale: a manifest of `files` small files (`kib` KiB each) from the in-process Sandbox, first
// through the export engine alone (what fhir-bulk runs; with a tenth of the files too, so the
// memory each file costs shows), then in the export window. Prints, for each: time, the longest
// stall of the event loop, peak memory over the start, and the journal's size and write time.
static int benchScale(QApplication &app, QTextStream &out, int files, int kib, int parallel)
{
    SandboxHost sandbox;
    if (!sandbox.start())
        return 1;
    const auto configure = [&sandbox, kib](int n) {
        sandbox.configure([n, kib](SandboxServer *s) {
            SandboxScenario sc;
            sc.exportDurationMs = 0;
            sc.retryAfterSecs = 0;
            sc.smallFiles = n;
            sc.smallFileKiB = kib;
            s->setScenario(sc);
        });
    };
    QNetworkAccessManager nam;
    FhirClient client(&nam);
    client.setBaseUrl(sandbox.baseUrl());
    client.setAuthorization(AuthMode::Bearer, sandbox.demoToken());
    ExportSession::Request request;
    request.groupId = QStringLiteral("1");
    request.types = {QStringLiteral("Patient")};
    bool ok = true;
    const auto headless = [&](int n) {
        configure(n);
        QTemporaryDir dir;
        ExportJournal journal(dir.filePath(QStringLiteral("journal.json")));
        ExportSession session(&client, dir.path());
        session.setJournal(&journal, QStringLiteral("sandbox"));
        session.setParallel(parallel);
        StallMeter meter;
        QElapsedTimer clock;
        resetPeak();
        const qint64 before = statusKiB("VmRSS:");
        ExportSession::Outcome outcome;
        QObject::connect(&session, &ExportSession::finished, &app,
                         [&](const ExportSession::Outcome &o) {
                             outcome = o;
                             app.quit();
                         });
        meter.start();
        clock.start();
        session.start(request);
        app.exec();
        meter.stop();
        const qint64 ms = clock.elapsed();
        const qint64 peak = statusKiB("VmHWM:");
        QElapsedTimer write;
        write.start();
        ExportJournal::Entry e = journal.entries().value(0);
        journal.upsert(e);
        const qint64 writeUs = write.nsecsElapsed() / 1000;
        const bool done = outcome.state == ExportSession::State::Done && outcome.files.size() >= n;
        ok = ok && done;
        out << QStringLiteral("engine (fhir-bulk's), %1 files of %2 KiB, parallel %3: %4 in %5 s "
                              "(%6 files/s)\n")
                   .arg(n)
                   .arg(kib)
                   .arg(parallel)
                   .arg(done ? QStringLiteral("all verified")
                             : QStringLiteral("FAILED: ") + outcome.message)
                   .arg(ms / 1000.0, 0, 'f', 2)
                   .arg(n * 1000.0 / qMax<qint64>(1, ms), 0, 'f', 0);
        printStalls(out, meter);
        out << QStringLiteral("memory: %1 MiB at the start, peak %2 MiB (+%3 MiB)\n")
                   .arg(before / 1024.0, 0, 'f', 1)
                   .arg(peak / 1024.0, 0, 'f', 1)
                   .arg((peak - before) / 1024.0, 0, 'f', 1);
        out << QStringLiteral(
                   "journal: %1 bytes, one write %2 ms (it keeps the job, not the files)\n")
                   .arg(QFileInfo(dir.filePath(QStringLiteral("journal.json"))).size())
                   .arg(writeUs / 1000.0, 0, 'f', 2);
        return peak - before;
    };
    const qint64 small = headless(qMax(1, files / 10));
    const qint64 large = headless(files);
    out << QStringLiteral("memory per file: %1 bytes (peak growth from %2 to %3 files)\n")
               .arg((large - small) * 1024.0 / qMax(1, files - files / 10), 0, 'f', 0)
               .arg(qMax(1, files / 10))
               .arg(files);

    // The window: the same manifest, the files table filled and progress drawn.
    configure(files);
    QTemporaryDir dir;
    ExportJournal journal(dir.filePath(QStringLiteral("journal.json")));
    ServerSession server(&client);
    ExportJob job(&client, dir.path(), &journal, QStringLiteral("sandbox"));
    ExportDialog dialog(&job, &server, &journal, QStringLiteral("1"));
    showForPatients(dialog, parallel);
    StallMeter meter;
    QElapsedTimer clock;
    qint64 before = 0;
    bool windowOk = false;
    QObject::connect(dialog.session(), &ExportSession::finished, &app,
                     [&](const ExportSession::Outcome &o) {
                         meter.stop();
                         windowOk = o.state == ExportSession::State::Done;
                         app.quit();
                     });
    QTimer::singleShot(200, &app, [&] {
        resetPeak();
        before = statusKiB("VmRSS:");
        meter.start();
        clock.start();
        dialog.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
    });
    app.exec();
    const qint64 peak = statusKiB("VmHWM:");
    out << QStringLiteral("window, %1 files: %2 in %3 s\n")
               .arg(files)
               .arg(windowOk ? QStringLiteral("all verified") : QStringLiteral("FAILED"))
               .arg(clock.elapsed() / 1000.0, 0, 'f', 2);
    printStalls(out, meter);
    out << QStringLiteral("memory: peak +%1 MiB over the start\n")
               .arg((peak - before) / 1024.0, 0, 'f', 1);
    return ok && windowOk ? 0 : 1;
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    MemoryTuning::forStreaming(); // as the window's main() does
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the dialog's settings go to a throw-away place
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("group"))
        return benchGroup(app, out, args.value(2, QStringLiteral("100000")).toInt());
    if (args.value(1) == QLatin1String("json"))
        return benchJson(app, out, args.value(2));
    if (args.value(1) == QLatin1String("ndjson"))
        return benchNdjson(app, out, args.value(2));
    if (args.value(1) == QLatin1String("scale"))
        return benchScale(app, out, args.value(2, QStringLiteral("10000")).toInt(),
                          args.value(3, QStringLiteral("8")).toInt(),
                          args.value(4, QStringLiteral("4")).toInt());
    if (args.value(1) != QLatin1String("export")) {
        out << "usage: fbx-bench-window export [MiB per file] [files] [parallel]\n"
               "       fbx-bench-window scale [files] [KiB per file] [parallel]\n"
               "       fbx-bench-window group [members]\n"
               "       fbx-bench-window json FILE | ndjson FILE\n";
        return 2;
    }
    const int mib = args.value(2, QStringLiteral("256")).toInt();
    const int files = args.value(3, QStringLiteral("2")).toInt();
    const int parallel = args.value(4, QStringLiteral("2")).toInt();

    SandboxHost sandbox;
    if (!sandbox.start())
        return 1;
    sandbox.configure([mib, files](SandboxServer *s) {
        SandboxScenario sc;
        sc.exportDurationMs = 0;
        sc.retryAfterSecs = 0;
        sc.largeFileMiB = mib;
        sc.largeFiles = files;
        sc.filesOnOtherOrigin = true;
        s->setScenario(sc);
    });
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    FhirClient client(&nam);
    client.setBaseUrl(sandbox.baseUrl());
    client.setAuthorization(AuthMode::Bearer, sandbox.demoToken());
    ExportJournal journal(dir.filePath(QStringLiteral("journal.json")));
    ServerSession server(&client);
    ExportJob job(&client, dir.path(), &journal, QStringLiteral("sandbox"));
    ExportDialog dialog(&job, &server, &journal, QStringLiteral("1"));
    showForPatients(dialog, parallel);

    StallMeter meter;
    QElapsedTimer clock;
    qint64 downloadMs = -1;
    qint64 bytes = 0;
    bool ok = false;
    QObject::connect(dialog.session(), &ExportSession::finished, &app,
                     [&](const ExportSession::Outcome &o) {
                         meter.stop();
                         downloadMs = o.downloadMs;
                         bytes = o.downloadedBytes;
                         ok = o.state == ExportSession::State::Done;
                         if (!ok)
                             out << "export failed: " << o.message << '\n';
                         app.quit();
                     });
    QTimer::singleShot(200, &app, [&] {
        meter.start();
        clock.start();
        dialog.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
    });
    app.exec();
    out << QStringLiteral(
               "window export: %1 MiB in %2 large files, parallel %3, verified, progress drawn\n")
               .arg(bytes / (1024 * 1024))
               .arg(files)
               .arg(parallel);
    out << QStringLiteral("download phase: %1 MB/s (%2 s)\n")
               .arg(bytes / qMax<qint64>(1, downloadMs) / 1000.0, 0, 'f', 0)
               .arg(downloadMs / 1000.0, 0, 'f', 2);
    out << QStringLiteral(
               "event loop: longest stall %1 ms (target <= 50), stalls over 50 ms: %2, ticks: %3\n")
               .arg(meter.maxStallMs())
               .arg(meter.stallsOver(50))
               .arg(meter.samples());
    QStringList worst;
    for (const StallMeter::Gap &g : meter.worst(3))
        worst << QStringLiteral("%1 ms at %2 s").arg(g.ms).arg(g.at / 1000.0, 0, 'f', 2);
    if (!worst.isEmpty())
        out << QStringLiteral("longest gaps: %1\n").arg(worst.join(QStringLiteral(", ")));
    return ok ? 0 : 1;
}
