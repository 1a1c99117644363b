#pragma once

#include "app/conformance/ConformanceReport.h"
#include "app/conformance/ConformanceRun.h"
#include "app/conformance/RunComparison.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class ConformanceResults;
class ElidedLabel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class Workspace;

// Tools → Check this server…: a conformance run against the current profile's server, in a
// window of its own (non-modal). The analyst picks the Group and the sets of checks; the
// read-only checks run by default, those that start exports or wait for them are opt-in (and a
// Production profile asks first). While it runs: progress and Stop. Then the results tree with
// each check's clause, reason and calls (a click selects the call in the log), run one check
// again, export as HTML / JUnit XML / JSON, and compare with a saved run (what changed first).
class ConformanceWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConformanceWindow)
public:
    explicit ConformanceWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~ConformanceWindow() override;

    // Starts a run with the choices made; false when nothing started (a question declined, no
    // server, a run under way).
    bool start();
    void stop();
    bool isRunning() const;
    // The current profile's name and server, shown at the top (the profile may have changed).
    void refreshServer();
    // Runs the selected check again; its new result replaces the old one.
    bool runSelectedAgain();
    const QList<CheckResult> &results() const { return m_results; }
    // The file chooser aside: what the buttons write and read (tests call these).
    bool saveReport(const QString &path, const QString &kind); // "html", "junit" or "json"
    bool compareWith(const QString &savedRunPath);
    ConformanceResults *resultsView() const { return m_view; }

Q_SIGNALS:
    void callActivated(quint64 id);
    void runFinished();

private:
    void buildForm();
    ConformanceOptions options() const;
    void startRun(const ConformanceOptions &options, bool again);
    void onFinished();
    void updateButtons();
    void showSummary();
    void showComparison();
    void exportAs(const QString &kind);
    void chooseComparison();

    Workspace *m_workspace;
    QLabel *m_server;
    QLineEdit *m_group;
    QList<QCheckBox *> m_sets; // one per Catalogue::sets(), in that order
    QCheckBox *m_exports;
    QCheckBox *m_slow;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_again;
    QPushButton *m_compare;
    QPushButton *m_saveJson;
    QPushButton *m_html;
    QPushButton *m_junit;
    QProgressBar *m_progress;
    ElidedLabel *m_activity;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    ConformanceResults *m_view;
    QTreeWidget *m_comparisonTree;
    QLabel *m_comparisonLabel;
    std::unique_ptr<ConformanceRun> m_run;
    bool m_runIsAgain = false;
    QList<CheckResult> m_results;
    ConformanceReport::Header m_header;
    ConformanceOptions m_lastOptions;
    QString m_comparedWith; // the saved run's description, when compared
    QList<CheckResult> m_earlier;
};
