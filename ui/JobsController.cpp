#include "JobsController.h"

#include "app/conformance/ConformanceJob.h"
#include "app/models/JobsModel.h"
#include "app/session/ExportJob.h"
#include "app/session/Jobs.h"
#include "app/session/RunJob.h"
#include "app/session/ServerSession.h"
#include "app/session/Workspace.h"
#include "ui/Ask.h"
#include "ui/ConformanceWindow.h"
#include "ui/ExportDialog.h"
#include "ui/ExportFilesTable.h"
#include "ui/ExportTimelinePage.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

JobsController::JobsController(QMainWindow *window, Workspace *workspace, QAction *resumeAction)
    : QObject(window), m_window(window), m_workspace(workspace), m_jobs(workspace->jobs),
      m_model(new JobsModel(m_jobs, this)), m_resumeAction(resumeAction),
      m_unfinishedLabel(new QLabel(window)),
      m_outputRoot(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                   QStringLiteral("/FHIR Bulk Explorer exports"))
{
    m_unfinishedLabel->setObjectName(QStringLiteral("unfinishedExportsLabel"));
    m_unfinishedLabel->hide();
    window->statusBar()->addPermanentWidget(m_unfinishedLabel);
    buildDock();
    connect(m_jobs, &Jobs::changed, this, &JobsController::updateUnfinished);
    connect(m_jobs, &Jobs::added, this, [this] {
        if (m_dock->isVisible())
            return;
        m_dock->show();
        // A few rows high: the call log above keeps its room.
        m_window->resizeDocks({m_dock}, {m_table->verticalHeader()->defaultSectionSize() * 6},
                              Qt::Vertical);
    });
    updateUnfinished();
}

void JobsController::buildDock()
{
    m_dock = new QDockWidget(tr("Jobs"), m_window);
    m_dock->setObjectName(QStringLiteral("jobsDock"));
    m_table = new QTableView(m_dock);
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setAccessibleName(m_dock->windowTitle());
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(JobsModel::ProgressColumn,
                                      new ExportFilesTable::ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false); // one line a job; the whole message in the tooltip
    m_table->setToolTip(tr("Double-click a job to show its window."));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table, [this] {
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(JobsModel::ProgressColumn, 160);
        m_table->scrollToTop(); // the newest job
    });
    // "running" becomes "finished" or "left to resume later": the status stays readable.
    connect(m_model, &QAbstractItemModel::dataChanged, m_table,
            [this] { m_table->resizeColumnToContents(JobsModel::StatusColumn); });
    m_dock->setWidget(m_table);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide(); // shown with the first job
    // View the list from the menu that resumes exports, after that item.
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionJobs"));
    toggle->setText(tr("&Jobs"));
    for (QObject *o : m_resumeAction->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(o)) {
            const QList<QAction *> actions = menu->actions();
            const qsizetype at = actions.indexOf(m_resumeAction);
            menu->insertAction(at + 1 < actions.size() ? actions.at(at + 1) : nullptr, toggle);
        }
    }
}

void JobsController::setContext(ServerSession *server, const QString &profileId)
{
    m_server = server;
    m_profileId = profileId;
    updateUnfinished();
}

ExportDialog *JobsController::windowOf(const Job *job) const
{
    return m_windows.value(job);
}

ExportDialog *JobsController::newWindow(const QString &groupId)
{
    if (!m_server)
        return nullptr;
    ExportJob *job = m_workspace->newExport(m_outputRoot, m_profileId);
    auto *dialog = new ExportDialog(job, m_server, m_jobs->journal(), groupId, m_window);
    job->setParent(dialog); // until it starts: a window closed before Start takes it along
    dialog->setObjectName(QStringLiteral("exportDialog"));
    m_windows.insert(job, dialog);
    connect(job->session(), &ExportSession::stateChanged, this, [this, job] {
        if (job->status() != Job::Status::NotStarted && !m_jobs->all().contains(job))
            m_jobs->add(job); // now the session's: it outlives its window
    });
    connect(job, &QObject::destroyed, this, [this, job] { m_windows.remove(job); });
    // Esc and the close button only hide the window (QDialog::reject); what happens next is
    // decided here.
    connect(dialog, &QDialog::finished, this, [this, dialog] { windowClosed(dialog); });
    Q_EMIT exportWindowCreated(dialog);
    return dialog;
}

void JobsController::showWindow(ExportDialog *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

ExportDialog *JobsController::openExport(const QString &groupId)
{
    // A running export whose window was closed comes back, the newest first.
    const QList<Job *> active = m_jobs->active();
    for (auto it = active.crbegin(); it != active.crend(); ++it) {
        ExportDialog *dialog = windowOf(*it);
        if (dialog && !dialog->isVisible()) {
            showWindow(dialog);
            return dialog;
        }
    }
    ExportDialog *dialog = newWindow(groupId);
    if (dialog)
        showWindow(dialog);
    return dialog;
}

ExportDialog *JobsController::resumeLatest()
{
    const QList<ExportJournal::Entry> open = m_jobs->resumable(m_profileId);
    if (open.isEmpty())
        return nullptr;
    // The most recent one; the others stay in the journal for the next time.
    return resume(open.last());
}

ExportDialog *JobsController::resume(const ExportJournal::Entry &entry)
{
    ExportDialog *dialog = newWindow(entry.groupId);
    if (!dialog)
        return nullptr;
    const QString gone = m_workspace->goneReason(entry, m_profileId);
    showWindow(dialog);
    dialog->resume(entry, gone);
    return dialog;
}

void JobsController::windowClosed(ExportDialog *dialog)
{
    ExportJob *job = dialog->job();
    if (job->isActive())
        return; // hidden; listed in the Jobs dock, Ctrl+E or a double-click shows it again
    m_windows.remove(job);
    if (job->status() == Job::Status::NotStarted) {
        dialog->deleteLater(); // takes the job along
        return;
    }
    // Ended: the job stays listed with its outcome (added when it started); the window goes.
    m_jobs->add(job);
    dialog->deleteLater();
}

void JobsController::activate(int row)
{
    Job *job = m_model->job(row);
    if (!job)
        return;
    if (ExportDialog *dialog = windowOf(job)) {
        showWindow(dialog);
        return;
    }
    if (auto *run = qobject_cast<ConformanceJob *>(job)) {
        openConformance(run);
        return;
    }
    if (auto *run = qobject_cast<RunJob *>(job)) {
        Q_EMIT runActivated(run); // the Requests dock shows it
        return;
    }
    // An ended export whose window was closed: its picture, outcome and folder.
    if (auto *e = qobject_cast<ExportJob *>(job))
        ExportTimelinePage::openWindow(e, m_window);
}

void JobsController::updateUnfinished()
{
    // One source for both: what the Resume action would pick from.
    const int open = m_profileId.isEmpty() ? 0 : int(m_jobs->resumable(m_profileId).size());
    m_resumeAction->setEnabled(open > 0);
    m_unfinishedLabel->setVisible(open > 0);
    m_unfinishedLabel->setText(
        tr("%n unfinished export(s) on this server: Request → Resume unfinished export.", nullptr,
           open));
}

ConformanceWindow *JobsController::openConformance(ConformanceJob *job)
{
    if (!m_conformance) {
        m_conformance = new ConformanceWindow(m_workspace, m_window);
        // Closing it deletes it; a run it started goes on as a job (the Jobs dock shows it).
        m_conformance->setAttribute(Qt::WA_DeleteOnClose);
        Q_EMIT conformanceWindowCreated(m_conformance);
        if (!job) {
            // The newest run still going, if any: its window was closed, not the run.
            const QList<Job *> active = m_jobs->active();
            for (auto it = active.crbegin(); it != active.crend() && !job; ++it)
                job = qobject_cast<ConformanceJob *>(*it);
        }
    }
    m_conformance->refreshServer();
    if (job)
        m_conformance->showJob(job);
    m_conformance->show();
    m_conformance->raise();
    m_conformance->activateWindow();
    return m_conformance;
}

bool JobsController::mayClose()
{
    if (m_cancelling > 0)
        return false; // still waiting for the server's answers; the window closes then
    // What quitting would leave on the server: running exports, and conformance runs with
    // exports out. A conformance run without one just ends with the window; a run of saved
    // requests stops with it, and is said.
    QList<Job *> leaving;
    QList<RunJob *> runs;
    int checks = 0;
    for (Job *job : m_jobs->active()) {
        if (auto *run = qobject_cast<RunJob *>(job)) {
            runs << run;
            continue;
        }
        auto *check = qobject_cast<ConformanceJob *>(job);
        if (check && check->exportsOut() == 0)
            continue;
        checks += check ? 1 : 0;
        leaving << job;
    }
    if (leaving.isEmpty())
        return mayStopRuns(runs);
    QString question =
        checks == 0
            ? tr("%n export(s) still running. Cancel them on the server (a DELETE each), leave "
                 "them running there to resume later (Request → Resume unfinished export), or "
                 "don't quit?",
                 nullptr, int(leaving.size()))
            : tr("%n job(s) still have exports running on the server (a conformance run cancels "
                 "the exports it started when it ends). Cancel them on the server (a DELETE "
                 "each), leave them running there (export jobs can be resumed later), or don't "
                 "quit?",
                 nullptr, int(leaving.size()));
    if (!runs.isEmpty())
        question += QStringLiteral("\n\n") + runsLine(int(runs.size()));
    const int choice = Ask::choose(
        m_window, tr("Quit"), question,
        {tr("Cancel on the server"), tr("Leave them to resume later"), tr("Don't quit")});
    if (choice < 0 || choice == 2)
        return false;
    for (RunJob *run : std::as_const(runs))
        run->cancel();
    if (choice == 1) {
        for (Job *job : leaving)
            if (auto *e = qobject_cast<ExportJob *>(job))
                e->stopWatching();
        return true;
    }
    cancelBeforeQuit(leaving);
    if (m_cancelling > 0)
        m_window->statusBar()->showMessage(
            tr("Cancelling %n export(s) on the server; quitting when the server has answered.",
               nullptr, m_cancelling));
    return m_cancelling == 0;
}

QString JobsController::runsLine(int runs)
{
    return tr("%n run(s) of saved requests still running: quitting cancels the request under "
              "way and sends nothing more.",
              nullptr, runs);
}

bool JobsController::mayStopRuns(const QList<RunJob *> &runs)
{
    if (runs.isEmpty())
        return true;
    // Nothing of a run is left on the server: stop it and quit, or don't quit.
    const int choice = Ask::choose(m_window, tr("Quit"), runsLine(int(runs.size())),
                                   {tr("Stop and quit"), tr("Don't quit")});
    if (choice != 0)
        return false;
    for (RunJob *run : runs)
        run->cancel();
    return true;
}

// Cancel on the server, then quit: the window closes once every DELETE was answered (one not
// sent yet would never reach the server). Downloads stop at once.
void JobsController::cancelBeforeQuit(const QList<Job *> &jobs)
{
    const auto answered = [this] {
        if (--m_cancelling == 0)
            QMetaObject::invokeMethod(m_window, &QWidget::close, Qt::QueuedConnection);
    };
    for (Job *job : jobs) {
        if (auto *run = qobject_cast<ConformanceJob *>(job)) {
            // The run stops after the call under way and DELETEs the exports it started.
            ++m_cancelling;
            connect(run, &ConformanceJob::runFinished, this, answered, Qt::SingleShotConnection);
            run->cancel();
            continue;
        }
        auto *e = qobject_cast<ExportJob *>(job);
        if (!e)
            continue;
        if (e->session()->state() == ExportSession::State::Polling) {
            ++m_cancelling;
            connect(e->session(), &ExportSession::finished, this, answered,
                    Qt::SingleShotConnection);
        }
        e->cancelOnServer();
    }
}
