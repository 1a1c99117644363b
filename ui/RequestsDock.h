#pragma once

#include "app/session/RequestDraft.h"
#include "app/session/RunJob.h"
#include "app/session/RunPlanner.h"
#include "app/session/SavedRequests.h"
#include "app/workbench/RunResult.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <optional>

class CallLogModel;
class QLabel;
class QToolButton;
class RequestsTree;
class Workspace;

// The Requests dock: a folder of saved requests (a collection of `.http` files and Postman
// collections, the folder remembered in the settings) and the collections opened from
// elsewhere, as a tree of files and their requests. A double-click loads a request into the
// request bar (its variables resolved, never the token); Run sends the selected request, its
// file or everything as a session job (RunJob, listed in the Jobs dock, running on when the dock
// is hidden or closed): the calls appear in the log tagged with the request's name and its
// expectations held or not, and a summary line ends the run. The profile's variables
// (ProfileVariables) come before the file's own; an undefined variable stops the run before
// anything is sent, naming it.
class RequestsDock final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsDock)
public:
    RequestsDock(Workspace *workspace, CallLogModel *log, QWidget *parent = nullptr);
    ~RequestsDock() override;

    // The collection's folder (remembered); its files are read at once.
    void setFolder(const QString &path);
    QString folder() const { return m_folder; }
    // A `.http` file or a Postman collection from outside the folder, listed too (remembered).
    void openCollection(const QString &path);
    // Reads the folder's files and the opened collections again.
    void reload();

    // The selected request alone, the selected file (or the file of the selected request), or
    // everything listed. False when nothing was sent (the problem line says why).
    bool runSelected();
    bool runFile();
    bool runAll();
    // Stops a run: the running call is cancelled, nothing more is sent.
    void stop();
    bool isRunning() const;
    // The run the dock shows (the last one started, or one chosen in the Jobs dock): its
    // progress, its results in the tree and its summary.
    void showJob(RunJob *job);
    RunJob *shownJob() const { return m_shown; }
    // The last run's summary ("3 requests, 5 expectations: 4 held, 1 failed."), empty before.
    QString summary() const { return m_summary; }
    // What stopped the last run or load before anything was sent; empty when nothing did.
    QString problem() const;
    // Selects a listed request (its file name, its position in the file): tests and the keys.
    bool selectRequest(const QString &fileName, int index);
    // Resolves the selected request and emits loadRequested; false (and the problem said)
    // when it cannot.
    bool loadSelected();
    // The selected Postman collection saved as `.http` files, one per folder, into `folder`
    // (empty: asks, starting at the dock's folder); an existing file is replaced only when the
    // user says so. Lists them when they land in the dock's folder. False when nothing was saved.
    bool saveSelectedAsHttp(const QString &folder = {});

Q_SIGNALS:
    void loadRequested(const RequestDraft &draft);
    void statusMessage(const QString &text, int timeoutMs);
    void runningChanged(bool running);
    void runFinished(const RunSummary &summary);

private:
    using Listed = SavedRequests::File;
    void chooseFolder();
    void chooseCollection();
    // Reads the files again (they may have been edited), then the profile's variables, then
    // plans and starts; `onlyIndex`: one request of the single file.
    bool start(const QStringList &paths, std::optional<int> onlyIndex);
    void startPlanned(const QList<RequestCollection> &files, std::optional<int> onlyIndex,
                      const QList<std::shared_ptr<const VariableSource>> &sources);
    // The plan as a job of the session, shown here.
    void startJob(const RunPlan &plan, const QString &title);
    void markLog(const RunResult &result);
    void onRequestFinished(const RunResult &result);
    // The summary line: the shown run's progress, or how it ended.
    void showProgress();
    // The tree's "Last run" cells: the shown run's results.
    void showMarks();
    void updateButtons();
    void showProblem(const QString &text);
    void showContextMenu(const QPoint &at);

    Workspace *m_workspace;
    CallLogModel *m_log;
    QPointer<RunJob> m_running; // the run started here last
    QPointer<RunJob> m_shown;
    RequestsTree *m_tree;
    QLabel *m_folderLabel;
    QLabel *m_problemLabel;
    QLabel *m_summaryLabel;
    QToolButton *m_runButton;
    QToolButton *m_stopButton;
    QString m_folder;
    QStringList m_opened; // collections opened from outside the folder
    QString m_summary;
    bool m_loadingVariables = false;
};
