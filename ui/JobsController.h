#pragma once

#include "app/session/Jobs.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ConformanceJob;
class ConformanceWindow;
class ExportDialog;
class ExportJob;
class Job;
class JobsModel;
class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QTableView;
class RunJob;
class ServerSession;
class Workspace;

// The window's side of the session's jobs: each export window is a view of one ExportJob (closing
// it or Esc hides it, the job goes on), the Jobs dock lists every job with its progress, Ctrl+E
// shows a running job's hidden window, the "unfinished exports" line and the Resume action come
// from one source (Jobs::resumable), and quitting with a running job asks. MainWindow only
// forwards to it. The jobs are the workspace's: they outlive this controller and its windows.
class JobsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsController)
public:
    // `resumeAction`: Request → Resume unfinished export, enabled here.
    JobsController(QMainWindow *window, Workspace *workspace, QAction *resumeAction);

    Jobs *jobs() const { return m_jobs; }
    QDockWidget *dock() const { return m_dock; }
    // The profile now connected (its server session, the Sandbox's base URL when it is one).
    void setContext(ServerSession *server, const QString &profileId);
    void setOutputRoot(const QString &root) { m_outputRoot = root; }

    // Ctrl+E: the hidden window of a running export, else a new export window.
    ExportDialog *openExport(const QString &groupId);
    // Resume: the newest resumable export of this profile (a Sandbox job from before a restart is
    // said to be gone, not retried).
    ExportDialog *resumeLatest();
    ExportDialog *resume(const ExportJournal::Entry &entry);
    // Tools → Check this server…: the conformance window (one, deleted when closed: the runs are
    // the session's jobs), showing `job`, else the run it showed, else the newest running one.
    ConformanceWindow *openConformance(ConformanceJob *job = nullptr);
    // The window is about to close. With running exports (export jobs, or the exports a
    // conformance run started) it asks: cancel them on the server (the window closes once the
    // server has answered), leave them, or don't quit; a running run of saved requests is named
    // in that question, or asked about alone (stop it and quit, or don't quit).
    bool mayClose();
    // The window of this job (null once it was closed after the job ended).
    ExportDialog *windowOf(const Job *job) const;

Q_SIGNALS:
    // A new export window, before it is shown: the main window wires the token to it.
    void exportWindowCreated(ExportDialog *dialog);
    // A new conformance window, before it is shown: the main window wires its call links.
    void conformanceWindowCreated(ConformanceWindow *window);
    // A run of saved requests was double-clicked in the Jobs dock: the Requests dock shows it.
    void runActivated(RunJob *job);

private:
    ExportDialog *newWindow(const QString &groupId);
    void windowClosed(ExportDialog *dialog);
    void showWindow(ExportDialog *dialog);
    void activate(int row);
    void updateUnfinished();
    void buildDock();
    void cancelBeforeQuit(const QList<Job *> &jobs);
    static QString runsLine(int runs);
    bool mayStopRuns(const QList<RunJob *> &runs);

    QMainWindow *m_window;
    Workspace *m_workspace;
    Jobs *m_jobs;
    JobsModel *m_model;
    QAction *m_resumeAction;
    QDockWidget *m_dock = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_unfinishedLabel;
    QPointer<ServerSession> m_server;
    QString m_profileId;
    QString m_outputRoot;
    QHash<const Job *, QPointer<ExportDialog>> m_windows;
    QPointer<ConformanceWindow> m_conformance;
    int m_cancelling = 0; // jobs cancelled on the server before quitting, not answered yet
};
