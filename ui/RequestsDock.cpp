#include "RequestsDock.h"

#include "app/models/CallLogModel.h"
#include "app/session/Jobs.h"
#include "app/session/ProfileVariables.h"
#include "app/session/RunJob.h"
#include "app/session/SandboxControl.h"
#include "app/session/SavedRequests.h"
#include "app/session/TokenSession.h"
#include "app/session/Workspace.h"
#include "app/tokens/TokenLint.h"
#include "app/workbench/HttpFileWriter.h"
#include "ui/Ask.h"
#include "ui/RequestsTree.h"
#include "ui/SeverityStyle.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString folderKey()
{
    return QStringLiteral("requests/folder");
}

QString openedKey()
{
    return QStringLiteral("requests/collections");
}

QToolButton *button(QWidget *parent, const char *name, const QString &text, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

// What the log and the tree say of a request's run.
CallColumns::RunMark markOf(const RunResult &r)
{
    CallColumns::RunMark mark;
    mark.request = r.name;
    mark.file = r.file;
    mark.expectations = int(r.checks.size());
    mark.failed = r.failedChecks();
    for (const ExpectationResult &c : r.checks)
        mark.checks << (c.held ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) +
                           c.expectation.text() + QStringLiteral(": ") + c.sentence;
    for (const QString &s : r.skippedScripts)
        mark.checks << RequestsDock::tr("Not run: %1").arg(s);
    return mark;
}

} // namespace

RequestsDock::RequestsDock(Workspace *workspace, CallLogModel *log, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_log(log), m_tree(new RequestsTree(this)),
      m_folderLabel(new QLabel(this)), m_problemLabel(new QLabel(this)),
      m_summaryLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *row = new QHBoxLayout;
    auto *folderButton = button(this, "requestsFolderButton", tr("Folder…"),
                                tr("The folder of .http files and Postman collections to list"));
    auto *openButton = button(this, "requestsOpenButton", tr("Open…"),
                              tr("A .http file or a Postman collection from elsewhere"));
    auto *reloadButton =
        button(this, "requestsReloadButton", tr("Reload"), tr("Read the files again"));
    m_runButton = button(this, "requestsRunButton", tr("Run"),
                         tr("Run the selected request, or every request of the selected file "
                            "(F5); with nothing selected, everything listed"));
    m_stopButton = button(this, "requestsStopButton", tr("Stop"), tr("Stop the run (Esc)"));
    m_stopButton->setEnabled(false);
    for (QToolButton *b : {folderButton, openButton, reloadButton, m_runButton, m_stopButton})
        row->addWidget(b);
    row->addStretch(1);
    layout->addLayout(row);
    m_folderLabel->setObjectName(QStringLiteral("requestsFolderLabel"));
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_folderLabel);

    layout->addWidget(m_tree, 1);

    m_problemLabel->setObjectName(QStringLiteral("requestsProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->setStyleSheet(SeverityStyle::cardStyleSheet(Diagnosis::Severity::Error));
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);
    m_summaryLabel->setObjectName(QStringLiteral("requestsSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setText(tr("Double-click a request to load it into the request bar; Run "
                               "sends it and checks its expectations."));
    layout->addWidget(m_summaryLabel);

    connect(folderButton, &QToolButton::clicked, this, &RequestsDock::chooseFolder);
    connect(openButton, &QToolButton::clicked, this, &RequestsDock::chooseCollection);
    connect(reloadButton, &QToolButton::clicked, this, &RequestsDock::reload);
    connect(m_runButton, &QToolButton::clicked, this, &RequestsDock::runSelected);
    connect(m_stopButton, &QToolButton::clicked, this, &RequestsDock::stop);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        int index = -1;
        if (m_tree->selectedFile(&index) && index >= 0)
            loadSelected();
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &RequestsDock::showContextMenu);

    const QSettings settings;
    m_opened = settings.value(openedKey()).toStringList();
    m_folder = settings.value(folderKey()).toString();
    reload();
}

RequestsDock::~RequestsDock() = default;

void RequestsDock::setFolder(const QString &path)
{
    m_folder = path;
    QSettings().setValue(folderKey(), path);
    reload();
}

void RequestsDock::openCollection(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_opened.contains(absolute)) {
        m_opened << absolute;
        QSettings().setValue(openedKey(), m_opened);
    }
    reload();
}

void RequestsDock::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(
        this, tr("Folder of saved requests"), m_folder.isEmpty() ? QDir::homePath() : m_folder);
    if (!path.isEmpty())
        setFolder(path);
}

void RequestsDock::chooseCollection()
{
    const QString path = Ask::openFileName(
        this, tr("Open a collection"), tr("Saved requests (*.http *.rest *.json);;All files (*)"));
    if (!path.isEmpty())
        openCollection(path);
}

void RequestsDock::reload()
{
    QStringList paths;
    if (!m_folder.isEmpty()) {
        const QDir dir(m_folder);
        const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &f : entries) {
            if (SavedRequests::isRequestFile(f.fileName()))
                paths << f.absoluteFilePath();
        }
        m_folderLabel->setText(
            dir.exists() ? tr("Folder: %1").arg(QDir::toNativeSeparators(dir.absolutePath()))
                         : tr("The folder %1 is not there (any more).")
                               .arg(QDir::toNativeSeparators(m_folder)));
    } else {
        m_folderLabel->setText(tr("No folder chosen: Folder… lists its .http files and Postman "
                                  "collections."));
    }
    for (const QString &p : std::as_const(m_opened)) {
        if (!paths.contains(p))
            paths << p;
    }
    QList<Listed> files;
    for (const QString &p : std::as_const(paths))
        files.append(SavedRequests::read(p));
    m_tree->setFiles(files);
    showMarks(); // the run shown keeps its marks where its requests are still listed
}

bool RequestsDock::selectRequest(const QString &fileName, int index)
{
    return m_tree->selectRequest(fileName, index);
}

bool RequestsDock::isRunning() const
{
    return (m_running && m_running->isRunning()) || m_loadingVariables;
}

QString RequestsDock::problem() const
{
    return m_problemLabel->isHidden() ? QString() : m_problemLabel->text();
}

void RequestsDock::showProblem(const QString &text)
{
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT statusMessage(text.section(QLatin1Char('\n'), 0, 0), 10000);
}

bool RequestsDock::runSelected()
{
    int index = -1;
    const Listed *file = m_tree->selectedFile(&index);
    if (!file)
        return runAll();
    return start({file->path}, index >= 0 ? std::optional<int>(index) : std::nullopt);
}

bool RequestsDock::runFile()
{
    int index = -1;
    const Listed *file = m_tree->selectedFile(&index);
    if (!file) {
        showProblem(tr("Select a file (or one of its requests) to run it."));
        return false;
    }
    return start({file->path}, std::nullopt);
}

bool RequestsDock::runAll()
{
    QStringList paths;
    for (const Listed &f : m_tree->files())
        paths << f.path;
    return start(paths, std::nullopt);
}

void RequestsDock::stop()
{
    if (m_running)
        m_running->cancel();
}

bool RequestsDock::start(const QStringList &paths, std::optional<int> onlyIndex)
{
    if (isRunning())
        return false;
    showProblem({});
    if (paths.isEmpty()) {
        showProblem(tr("There is nothing to run: choose a folder of .http files, or open a "
                       "collection."));
        return false;
    }
    const ServerProfile profile = m_workspace->profile();
    if (profile.environment == ServerProfile::Environment::Sandbox &&
        !SandboxControl(m_workspace->sandbox).isRunning()) {
        showProblem(tr("The Sandbox is not running."));
        return false;
    }
    // Read again: the files may have been edited since they were listed.
    QStringList errors;
    const QList<RequestCollection> files = SavedRequests::readAll(paths, &errors);
    if (files.size() != paths.size()) {
        showProblem(errors.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Nothing was sent."));
        return false;
    }
    m_loadingVariables = true;
    Q_EMIT runningChanged(true);
    ProfileVariables::load(*m_workspace->profiles, m_workspace->tokens, profile, this,
                           [this, files, onlyIndex](std::shared_ptr<const VariableSet> variables,
                                                    const QStringList &problems) {
                               m_loadingVariables = false;
                               if (!problems.isEmpty())
                                   Q_EMIT statusMessage(problems.constFirst(), 10000);
                               startPlanned(files, onlyIndex, {variables});
                           });
    return problem().isEmpty(); // without secret variables, planned (or refused) by now
}

void RequestsDock::startPlanned(const QList<RequestCollection> &files, std::optional<int> onlyIndex,
                                const QList<std::shared_ptr<const VariableSource>> &sources)
{
    const QByteArray token = TokenLint::tokenAlone(m_workspace->token->token());
    const RunPlan plan = onlyIndex ? RunPlanner::planOne(files.constFirst(), *onlyIndex, sources,
                                                         token, *m_workspace->client)
                                   : RunPlanner::plan(files, sources, token, *m_workspace->client);
    if (!plan.ok() || plan.items.isEmpty()) {
        showProblem(RunPlanner::refusal(plan));
        Q_EMIT runningChanged(false);
        return;
    }
    QString title = plan.items.constFirst().file;
    if (onlyIndex)
        title = tr("%1: %2").arg(title, plan.items.constFirst().prepared.name);
    else if (files.size() > 1)
        title = tr("%n file(s)", nullptr, int(files.size()));
    startJob(plan, title);
}

void RequestsDock::startJob(const RunPlan &plan, const QString &title)
{
    auto *job = new RunJob(m_workspace->client);
    // The log's marks for every run started here, whichever run the dock shows.
    connect(job, &RunJob::requestFinished, this, &RequestsDock::markLog);
    m_running = job;
    job->start(plan, title);
    m_workspace->jobs->add(job); // the session's now: it runs on without the dock
    showJob(job);
    connect(job, &RunJob::finished, this, [this, job](const RunSummary &summary) {
        updateButtons();
        if (job != m_running)
            return;
        Q_EMIT statusMessage(summary.sentence(), 0);
        Q_EMIT runningChanged(false);
        Q_EMIT runFinished(summary);
    });
    updateButtons();
}

void RequestsDock::updateButtons()
{
    const bool running = m_running && m_running->isRunning();
    m_runButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
}

void RequestsDock::showJob(RunJob *job)
{
    m_shown = job;
    if (!job) {
        m_tree->clearResults();
        return;
    }
    connect(job, &RunJob::requestStarted, this, &RequestsDock::showProgress, Qt::UniqueConnection);
    connect(job, &RunJob::requestFinished, this, &RequestsDock::onRequestFinished,
            Qt::UniqueConnection);
    connect(job, &RunJob::finished, this, &RequestsDock::showProgress, Qt::UniqueConnection);
    showMarks();
    showProgress();
}

void RequestsDock::showMarks()
{
    m_tree->clearResults();
    if (m_shown) {
        for (const RunResult &r : m_shown->results())
            m_tree->showResult(r, markOf(r));
    }
}

void RequestsDock::showProgress()
{
    if (!m_shown)
        return;
    if (m_shown->isRunning()) {
        m_summaryLabel->setText(m_shown->current().isEmpty()
                                    ? tr("Running %n request(s) …", nullptr, m_shown->total())
                                    : tr("Running %1 (%2 of %3) …")
                                          .arg(m_shown->current())
                                          .arg(qMin(m_shown->done() + 1, m_shown->total()))
                                          .arg(m_shown->total()));
        return;
    }
    const RunSummary summary = m_shown->summary();
    m_summary = m_shown->wasCancelled() ? m_shown->detail() : summary.sentence();
    const QString mark = SeverityStyle::mark(summary.passed() && !m_shown->wasCancelled()
                                                 ? Diagnosis::Severity::Ok
                                                 : Diagnosis::Severity::Error);
    m_summaryLabel->setText(QStringLiteral("%1 %2").arg(mark, m_summary));
}

void RequestsDock::markLog(const RunResult &r)
{
    if (r.hasAnswer())
        m_log->markRun(r.answer().id, markOf(r));
}

void RequestsDock::onRequestFinished(const RunResult &r)
{
    if (sender() == m_shown) // the tree shows the run the dock shows
        m_tree->showResult(r, markOf(r));
}

bool RequestsDock::loadSelected()
{
    int index = -1;
    const Listed *file = m_tree->selectedFile(&index);
    if (!file || index < 0 || !file->collection) {
        showProblem(tr("Select a request to load it into the request bar."));
        return false;
    }
    showProblem({});
    m_loadingVariables = true;
    ProfileVariables::load(
        *m_workspace->profiles, m_workspace->tokens, m_workspace->profile(), this,
        [this, collection = *file->collection, index](std::shared_ptr<const VariableSet> variables,
                                                      const QStringList &) {
            m_loadingVariables = false;
            // A stand-in resolves {{token}}: the bar never holds the token, the workspace adds
            // the current one when it sends.
            const RunPlan plan =
                RunPlanner::planOne(collection, index, {variables}, QByteArrayLiteral("stand-in"),
                                    *m_workspace->client);
            if (!plan.ok() || plan.items.isEmpty()) {
                showProblem(plan.errors.join(QLatin1Char('\n')));
                return;
            }
            Q_EMIT loadRequested(RunPlanner::draftOf(plan.items.constFirst().prepared));
        });
    return problem().isEmpty();
}

void RequestsDock::showContextMenu(const QPoint &at)
{
    QMenu menu(this);
    int index = -1;
    const Listed *file = m_tree->selectedFile(&index);
    if (file && index >= 0) {
        menu.addAction(tr("Load into the request bar"), this, &RequestsDock::loadSelected);
        menu.addAction(tr("Run this request"), this, &RequestsDock::runSelected);
    }
    if (file)
        menu.addAction(tr("Run the file"), this, &RequestsDock::runFile);
    if (file && SavedRequests::isPostman(file->path))
        menu.addAction(tr("Save as .http files…"), this, [this] { saveSelectedAsHttp(); });
    menu.addAction(tr("Run everything listed"), this, &RequestsDock::runAll);
    menu.addSeparator();
    menu.addAction(tr("Reload"), this, &RequestsDock::reload);
    menu.exec(m_tree->viewport()->mapToGlobal(at));
}

bool RequestsDock::saveSelectedAsHttp(const QString &folder)
{
    int index = -1;
    const Listed *file = m_tree->selectedFile(&index);
    if (!file || !SavedRequests::isPostman(file->path) || !file->collection) {
        showProblem(tr("Select a Postman collection to save it as .http files."));
        return false;
    }
    QString target = folder;
    if (target.isEmpty()) {
        target = QFileDialog::getExistingDirectory(
            this, tr("Save as .http files into"),
            m_folder.isEmpty() ? QFileInfo(file->path).absolutePath() : m_folder);
        if (target.isEmpty())
            return false;
    }
    const RequestCollection collection = *file->collection;
    QList<HttpFileWriter::Saved> saved;
    QString existing;
    QString error;
    bool ok = HttpFileWriter::saveAsFiles(collection, target, false, &saved, &existing, &error);
    if (!ok && !existing.isEmpty()) {
        if (!Ask::confirm(this, tr("Replace files?"),
                          tr("%1 exists already. Replace it, and any other file of this "
                             "collection with the same name?")
                              .arg(QDir::toNativeSeparators(existing))))
            return false;
        saved.clear();
        ok = HttpFileWriter::saveAsFiles(collection, target, true, &saved, &existing, &error);
    }
    if (!ok) {
        showProblem(error);
        return false;
    }
    showProblem({});
    int requests = 0;
    for (const HttpFileWriter::Saved &f : std::as_const(saved))
        requests += f.requests;
    const QString text = tr("Saved %n .http file(s) with %1 request(s) in %2; scripts are not "
                            "kept (the files say which).",
                            nullptr, int(saved.size()))
                             .arg(requests)
                             .arg(QDir::toNativeSeparators(target));
    m_summaryLabel->setText(text);
    Q_EMIT statusMessage(text, 8000);
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(m_folder).canonicalFilePath())
        reload();
    return true;
}
