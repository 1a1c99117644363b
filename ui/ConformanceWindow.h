#pragma once

#include "app/calls/ServerProfile.h"
#include "app/conformance/ConformanceJob.h"
#include "app/conformance/ConformanceReport.h"
#include "app/conformance/ConformanceRun.h"
#include "app/conformance/RunComparison.h"

#include <QPointer>
#include <QWidget>

class ConformanceResults;
class ElidedLabel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class Workspace;

// Tools → Check this server…: a conformance run against a saved profile's server (the current
// one unless another is chosen), in a window of its own (non-modal). The run is a session job
// (ConformanceJob, listed in the Jobs dock): closing the window leaves it going, and the window
// shows it again from the dock. The analyst picks the profile, the Group and the sets of checks;
// the read-only checks run by default, those that start exports or wait for them are opt-in (and a
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
    // The profiles to choose from, the current one chosen (the main window's may have changed),
    // and its server shown beside it.
    void refreshServer();
    // The profile chosen to run against (by id); false when there is none of that id.
    bool chooseProfile(const QString &profileId);
    ServerProfile chosenProfile() const;
    // Shows this job's run (its results so far, its progress while it runs).
    void showJob(ConformanceJob *job);
    ConformanceJob *job() const { return m_job; }
    // Runs the selected check again; its new result replaces the old one.
    bool runSelectedAgain();
    const QList<CheckResult> &results() const;
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
    void showServer();
    void onFinished();
    void updateButtons();
    void showSummary();
    void showComparison();
    void exportAs(const QString &kind);
    void chooseComparison();

    Workspace *m_workspace;
    QComboBox *m_profile;
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
    QPointer<ConformanceJob> m_job; // the run shown (the workspace's Jobs own it)
    QString m_comparedWith;         // the saved run's description, when compared
    QList<CheckResult> m_earlier;
};
