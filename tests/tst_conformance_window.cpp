// Tools → Check this server… (issue 27): a conformance run in a window of its own, on the real
// main window and its services. The results tree, the calls as links into the log, one check
// run again, Stop (the exports started are still cancelled), the reports written through
// PrivateFile, the comparison with a saved run, Production asking first, and the window's size
// in English and German.
#include "WindowFixture.h"
#include "app/conformance/Catalogue.h"
#include "app/conformance/ConformanceReport.h"
#include "app/sandbox/SandboxDeviations.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/Workspace.h"
#include "ui/Ask.h"
#include "ui/CallLogPane.h"
#include "ui/ConformanceResults.h"
#include "ui/ConformanceWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QXmlStreamReader>

class TestConformanceWindow : public QObject, public WindowFixture
{
    Q_OBJECT
private:
    ConformanceWindow *open()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionCheckServer"))->trigger();
        auto *w = m_window->findChild<ConformanceWindow *>(QStringLiteral("conformanceWindow"));
        if (w)
            [w] { QVERIFY(QTest::qWaitForWindowExposed(w)); }();
        return w;
    }
    void waitFor(ConformanceWindow *w)
    {
        QSignalSpy done(w, &ConformanceWindow::runFinished);
        QVERIFY(done.wait(120000));
    }
    static std::optional<CheckResult> resultOf(ConformanceWindow *w, const QString &id)
    {
        for (const CheckResult &r : w->results())
            if (r.id == id)
                return r;
        return std::nullopt;
    }
    static int count(ConformanceWindow *w, CheckResult::Outcome o)
    {
        return int(std::count_if(w->results().cbegin(), w->results().cend(),
                                 [o](const CheckResult &r) { return r.outcome == o; }));
    }
    // The rows of the call log from `from` on.
    QList<CallRecord> callsSince(int from) const
    {
        QList<CallRecord> out;
        for (int row = from; row < m_log->rowCount(); ++row)
            out << m_log->record(row);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startSuite("Conformance");
        m_sandbox->configure([](SandboxServer *s) { s->setExportDurationMs(400); });
        selectAndWait(QStringLiteral("sandbox"));
    }
    void cleanupTestCase() { endSuite(); }

    void runShowsEveryCheckAndSelectsItsCalls()
    {
        ConformanceWindow *w = open();
        QVERIFY(w);
        QVERIFY(w->isWindow() && !w->isModal());
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("conformanceServer"))
                    ->text()
                    .contains(m_sandbox->baseUrl().toString()));
        // On the Sandbox every set and both opt-ins are on.
        QVERIFY(w->findChild<QCheckBox *>(QStringLiteral("conformanceExports"))->isChecked());
        QVERIFY(w->findChild<QCheckBox *>(QStringLiteral("conformanceSlow"))->isChecked());
        const int before = m_log->rowCount();
        QVERIFY(w->start());
        QVERIFY(w->isRunning());
        QVERIFY(!w->findChild<QPushButton *>(QStringLiteral("conformanceStart"))->isEnabled());
        waitFor(w);
        QCOMPARE(w->results().size(), Catalogue::checks().size());
        QCOMPARE(count(w, CheckResult::Outcome::Fail), 0);
        QCOMPARE(count(w, CheckResult::Outcome::Warning), 0);
        QCOMPARE(count(w, CheckResult::Outcome::Skipped), 0);
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("conformanceSummary"))
                    ->text()
                    .contains(QLatin1String("0 failed")));
        // The tree: set → check, each outcome as symbol and word.
        QTreeWidget *tree = w->resultsView()->tree();
        QCOMPARE(tree->topLevelItemCount(), int(Catalogue::sets().size()));
        int checks = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *set = tree->topLevelItem(i);
            checks += set->childCount();
            for (int c = 0; c < set->childCount(); ++c) {
                const QString result = set->child(c)->text(0);
                QVERIFY2(result == QStringLiteral("✔ pass") ||
                             result == QStringLiteral("– not applicable"),
                         qPrintable(result));
            }
        }
        QCOMPARE(checks, int(Catalogue::checks().size()));
        // Its calls are in the log (recorded like any other call), and a click on one in the
        // details selects it there.
        const auto kickoff = resultOf(w, QStringLiteral("ig.kickoff.group-get-202"));
        QVERIFY(kickoff && !kickoff->calls.isEmpty());
        // The job took the Sandbox's client key: the checks that sign assertions ran and passed.
        const auto grant = resultOf(w, QStringLiteral("auth.token.valid-assertion-accepted"));
        QVERIFY(grant && grant->outcome == CheckResult::Outcome::Pass);
        QSet<quint64> logged;
        for (const CallRecord &r : callsSince(before))
            logged.insert(r.id);
        for (const CheckResult &r : w->results())
            for (quint64 id : r.calls)
                QVERIFY2(logged.contains(id), qPrintable(r.id));
        w->resultsView()->selectCheck(QStringLiteral("ig.kickoff.group-get-202"));
        QTextBrowser *details = w->resultsView()->details();
        const quint64 call = kickoff->calls.first();
        QVERIFY(details->toHtml().contains(QStringLiteral("call:%1").arg(call)));
        QVERIFY(details->toHtml().contains(QLatin1String("https://hl7.org/fhir/uv/bulkdata")));
        Q_EMIT details->anchorClicked(QUrl(QStringLiteral("call:%1").arg(call)));
        const auto selected = child<CallLogPane>("callLogPane")->selectedCall();
        QVERIFY(selected.has_value());
        QCOMPARE(selected->id, call);
        shot(QStringLiteral("conformance-window"), w);
    }

    void runOneCheckAgain()
    {
        ConformanceWindow *w = open();
        const QString id = QStringLiteral("vendor.401.no-authorization-header");
        const auto old = resultOf(w, id);
        QVERIFY(old && !old->calls.isEmpty());
        w->resultsView()->selectCheck(id);
        QVERIFY(w->findChild<QPushButton *>(QStringLiteral("conformanceAgain"))->isEnabled());
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("conformanceAgain")),
                          Qt::LeftButton);
        QVERIFY(w->isRunning());
        waitFor(w);
        // The one check has a new result on new calls; the others are as they were.
        const auto again = resultOf(w, id);
        QVERIFY(again);
        QCOMPARE(again->outcome, CheckResult::Outcome::Pass);
        QVERIFY(again->calls.first() > old->calls.last());
        QCOMPARE(w->results().size(), Catalogue::checks().size());
        QCOMPARE(count(w, CheckResult::Outcome::Fail), 0);
    }

    void reportsAndComparisonWithASavedRun()
    {
        ConformanceWindow *w = open();
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("run.json"));
        const QString html = dir.filePath(QStringLiteral("run.html"));
        const QString junit = dir.filePath(QStringLiteral("run.xml"));
        for (const auto &[name, path] :
             {std::pair{"conformanceSaveJson", json}, std::pair{"conformanceHtml", html},
              std::pair{"conformanceJunit", junit}}) {
            Ask::setNextFileName(path);
            QTest::mouseClick(w->findChild<QPushButton *>(QLatin1String(name)), Qt::LeftButton);
            QVERIFY2(QFile::exists(path), name);
            QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray htmlBytes = page.readAll();
        QVERIFY(htmlBytes.startsWith("<!DOCTYPE html>"));
        QVERIFY(htmlBytes.contains("<code>ig.manifest.transaction-time</code>"));
        QFile xml(junit);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xml);
        int testcases = 0;
        while (!reader.atEnd())
            testcases += reader.readNext() == QXmlStreamReader::StartElement &&
                                 reader.name() == QLatin1String("testcase")
                             ? 1
                             : 0;
        QVERIFY(!reader.hasError());
        QCOMPARE(testcases, int(Catalogue::checks().size()));
        // The saved run as last week's, where one check had failed: the comparison lists it
        // first, as the one change.
        QFile saved(json);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(saved.readAll()).object();
        saved.close();
        QJsonArray checks = o.value(QLatin1String("checks")).toArray();
        for (qsizetype i = 0; i < checks.size(); ++i) {
            QJsonObject c = checks.at(i).toObject();
            if (c.value(QLatin1String("id")).toString() == QLatin1String("ig.files.content-type")) {
                c.insert(QStringLiteral("result"), QStringLiteral("fail"));
                checks.replace(i, c);
            }
        }
        o.insert(QStringLiteral("checks"), checks);
        o.insert(QStringLiteral("profile"), QStringLiteral("Last week"));
        const QString lastWeek = dir.filePath(QStringLiteral("last-week.json"));
        QFile out(lastWeek);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
        out.close();
        Ask::setNextFileName(lastWeek);
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("conformanceCompare")),
                          Qt::LeftButton);
        auto *comparison = w->findChild<QTreeWidget *>(QStringLiteral("conformanceComparison"));
        QVERIFY(comparison->isVisible());
        QTreeWidgetItem *changed = comparison->topLevelItem(0);
        QCOMPARE(changed->childCount(), 1);
        QCOMPARE(changed->child(0)->text(0), QStringLiteral("ig.files.content-type"));
        QCOMPARE(changed->child(0)->text(1), QStringLiteral("✘ fail"));
        QCOMPARE(changed->child(0)->text(2), QStringLiteral("✔ pass"));
        QCOMPARE(comparison->topLevelItem(1)->childCount(), int(Catalogue::checks().size()) - 1);
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("conformanceComparisonLabel"))
                    ->text()
                    .contains(QLatin1String("Last week")));
        shot(QStringLiteral("conformance-comparison"), w);
        // The HTML written now carries the comparison too.
        QVERIFY(w->saveReport(html, QStringLiteral("html")));
        QFile again(html);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll().contains("class=\"changed\""));
        // Not a saved run: said, nothing changes.
        Ask::recordMessages(true);
        QVERIFY(!w->compareWith(html));
        const QStringList told = Ask::told();
        Ask::recordMessages(false);
        QCOMPARE(told.size(), 1);
        QVERIFY2(told.first().contains(QLatin1String("cannot be compared")),
                 qPrintable(told.first()));
        QCOMPARE(comparison->topLevelItem(0)->childCount(), 1);
    }

    void sandboxPanelSwitchesDeviations()
    {
        // Settings → Sandbox…: "Deviate from the documentation", one box per switch; a tick
        // changes the running Sandbox at once, and the check this switch breaks then fails.
        m_window->findChild<QAction *>(QStringLiteral("actionSandboxPanel"))->trigger();
        auto *panel = m_window->findChild<QDialog *>(QStringLiteral("sandboxPanel"));
        QVERIFY(panel);
        QVERIFY(QTest::qWaitForWindowExposed(panel));
        auto *group = panel->findChild<QGroupBox *>(QStringLiteral("deviationGroup"));
        QVERIFY(group);
        auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("switchTabs"));
        tabs->setCurrentWidget(group);
        QVERIFY(group->isVisible());
        QVERIFY2(panel->height() <= 700, qPrintable(QString::number(panel->height())));
        // One box per switch the Sandbox has (16), and the panel still fits 700 px (above).
        QCOMPARE(group->findChildren<QCheckBox *>().size(), SandboxDeviations::names().size());
        QVERIFY(SandboxDeviations::names().size() >= 16);
        auto *box = panel->findChild<QCheckBox *>(QStringLiteral("deviate_files-as-text-plain"));
        QVERIFY(box && !box->isChecked());
        box->setChecked(true);
        QStringList deviations;
        m_sandbox->configure(
            [&deviations](SandboxServer *s) { deviations = s->scenario().deviations; });
        QCOMPARE(deviations, QStringList{QStringLiteral("files-as-text-plain")});
        shot(QStringLiteral("sandbox-panel-deviations"), panel);
        ConformanceWindow *w = open();
        w->resultsView()->selectCheck(QStringLiteral("ig.files.content-type"));
        QVERIFY(w->runSelectedAgain());
        waitFor(w);
        QCOMPARE(count(w, CheckResult::Outcome::Fail), 1);
        QCOMPARE(resultOf(w, QStringLiteral("ig.files.content-type"))->outcome,
                 CheckResult::Outcome::Fail);
        QVERIFY(w->resultsView()
                    ->tree()
                    ->findItems(QStringLiteral("✘ fail"),
                                Qt::MatchExactly | Qt::MatchRecursive)
                    .size() == 2); // the check and its set
        w->findChild<QTabWidget *>(QStringLiteral("conformanceTabs"))->setCurrentIndex(0);
        w->resultsView()->selectCheck(QStringLiteral("ig.files.content-type"));
        QVERIFY(w->resultsView()->details()->toPlainText().contains(QLatin1String("text/plain")));
        shot(QStringLiteral("conformance-window-failure"), w);
        box->setChecked(false);
        panel->close();
        m_sandbox->configure(
            [&deviations](SandboxServer *s) { deviations = s->scenario().deviations; });
        QVERIFY(deviations.isEmpty());
    }

    void stopStillCancelsTheExportsStarted()
    {
        ConformanceWindow *w = open();
        const int before = m_log->rowCount();
        QVERIFY(w->start());
        // Stop once the first export is under way.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const CallRecord &r : callsSince(before))
                    if (r.status == 202 && r.hasResponseHeader("Content-Location"))
                        return true;
                return false;
            }(),
            60000);
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("conformanceStop")),
                          Qt::LeftButton);
        waitFor(w);
        QVERIFY(!w->isRunning());
        QVERIFY(count(w, CheckResult::Outcome::Skipped) > 0);
        // Stopping fails nothing: what was not judged is skipped, and says why.
        QCOMPARE(count(w, CheckResult::Outcome::Fail), 0);
        QSet<QString> started, deleted;
        for (const CallRecord &r : callsSince(before)) {
            if (r.status == 202 && r.hasResponseHeader("Content-Location"))
                started.insert(QString::fromUtf8(r.responseHeader("Content-Location")));
            if (r.method == "DELETE")
                deleted.insert(r.url.toString());
        }
        QVERIFY(!started.isEmpty());
        for (const QString &url : std::as_const(started))
            QVERIFY2(deleted.contains(url), qPrintable(url));
    }

    void productionAsksBeforeExports()
    {
        ConformanceWindow *w = open();
        ServerProfile production;
        production.name = QStringLiteral("Sandbox as Production");
        production.environment = ServerProfile::Environment::Production;
        production.baseUrl = m_sandbox->baseUrl();
        production.id = m_profiles->saveCustom(production);
        m_services->connectTo(production);
        w->refreshServer();
        auto *exports = w->findChild<QCheckBox *>(QStringLiteral("conformanceExports"));
        exports->setChecked(true);
        Ask::recordMessages(true);
        Ask::setNextAnswer(false);
        const int before = m_log->rowCount();
        QVERIFY(!w->start()); // declined: nothing sent
        QCOMPARE(m_log->rowCount(), before);
        QStringList asked = Ask::asked();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(production.name), qPrintable(asked.first()));
        // Read-only: no question.
        exports->setChecked(false);
        QVERIFY(w->start());
        QVERIFY(Ask::asked().isEmpty());
        Ask::recordMessages(false);
        w->stop();
        waitFor(w);
        // Back on the Sandbox (the main window never left it: the workspace did).
        m_services->connectTo(*m_profiles->find(QStringLiteral("sandbox")));
        w->refreshServer();
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("conformanceServer"))
                    ->text()
                    .contains(m_sandbox->baseUrl().toString()));
    }

    void fitsASmallScreenInEnglishAndGerman()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            Translations::install(qApp, language);
            ConformanceWindow w(m_services.get());
            w.resize(1024, 700);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY2(w.minimumSizeHint().width() <= 1024 && w.minimumSizeHint().height() <= 700,
                     qPrintable(QStringLiteral("%1: %2x%3")
                                    .arg(language)
                                    .arg(w.minimumSizeHint().width())
                                    .arg(w.minimumSizeHint().height())));
            for (QPushButton *b : w.findChildren<QPushButton *>())
                QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
            shot(QStringLiteral("conformance-window-empty-") + language, &w);
        }
        Translations::install(qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestConformanceWindow)
#include "tst_conformance_window.moc"
