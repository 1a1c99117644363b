#include "RequestsDock.h"

#include "app/models/CallLogModel.h"
#include "app/session/ProfileVariables.h"
#include "app/session/RequestRunner.h"
#include "app/session/SandboxControl.h"
#include "app/session/SavedRequests.h"
#include "app/session/TokenSession.h"
#include "app/session/Workspace.h"
#include "app/tokens/TokenLint.h"
#include "app/workbench/HttpFileWriter.h"
#include "ui/Ask.h"
#include "ui/SeverityStyle.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

bool isPostman(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

constexpr int FileRole = Qt::UserRole;        // the file's position in m_files
constexpr int RequestRole = Qt::UserRole + 1; // the request's position in its file; -1: the file

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

} // namespace

RequestsDock::RequestsDock(Workspace *workspace, CallLogModel *log, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_log(log),
      m_runner(new RequestRunner(workspace->client, this)), m_tree(new QTreeWidget(this)),
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

    m_tree->setObjectName(QStringLiteral("requestsTree"));
    m_tree->setAccessibleName(tr("Saved requests"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Request"), tr("Last run")});
    // The result keeps its room; a long name is elided first.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
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
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, RequestRole).toInt() >= 0)
            loadSelected();
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &RequestsDock::showContextMenu);
    connect(m_runner, &RequestRunner::requestStarted, this,
            [this](int position, const QString &name) {
                m_summaryLabel->setText(tr("Running %1 (%2) …").arg(name).arg(position + 1));
            });
    connect(m_runner, &RequestRunner::requestFinished, this, &RequestsDock::onRequestFinished);
    connect(m_runner, &RequestRunner::finished, this, &RequestsDock::onRunFinished);

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
    m_files.clear();
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
    for (const QString &p : std::as_const(paths))
        m_files.append(SavedRequests::read(p));
    fill();
}

void RequestsDock::fill()
{
    m_tree->clear();
    for (int f = 0; f < m_files.size(); ++f) {
        QTreeWidgetItem *item = fileItem(m_files.at(f));
        item->setData(0, FileRole, f);
        item->setData(0, RequestRole, -1);
        for (int i = 0; i < item->childCount(); ++i)
            item->child(i)->setData(0, FileRole, f);
        m_tree->addTopLevelItem(item);
        item->setExpanded(true);
    }
}

QTreeWidgetItem *RequestsDock::fileItem(const Listed &file) const
{
    auto *item = new QTreeWidgetItem;
    const QFileInfo info(file.path);
    item->setText(0, info.fileName());
    item->setToolTip(0, QDir::toNativeSeparators(file.path));
    if (!file.collection) {
        item->setIcon(0, SeverityStyle::icon(Diagnosis::Severity::Error));
        item->setText(1, tr("✘ cannot be read"));
        item->setToolTip(1, file.errors.join(QLatin1Char('\n')));
        return item;
    }
    const RequestCollection &c = *file.collection;
    if (!file.errors.isEmpty()) {
        item->setText(1, tr("⚠ %n problem(s)", nullptr, int(file.errors.size())));
        item->setToolTip(1, file.errors.join(QLatin1Char('\n')));
    }
    for (int i = 0; i < c.requests.size(); ++i) {
        const SavedRequest &r = c.requests.at(i);
        auto *child = new QTreeWidgetItem(item);
        QString name = r.displayName(i);
        if (!r.folder.isEmpty())
            name = r.folder.join(QStringLiteral(" / ")) + QStringLiteral(" / ") + name;
        child->setText(0, name);
        child->setData(0, RequestRole, i);
        QStringList tip{name, QStringLiteral("%1 %2").arg(r.method, r.url)};
        for (const Expectation &e : r.expectations)
            tip << QStringLiteral("# @expect ") + e.text();
        child->setToolTip(0, tip.join(QLatin1Char('\n')));
        // Scripts a Postman collection holds are never run: each is listed, under its request.
        for (const QString &s : r.skippedScripts) {
            auto *script = new QTreeWidgetItem(child);
            script->setText(0, tr("Not run: %1").arg(s));
            script->setData(0, RequestRole, -2);
            script->setForeground(0, SeverityStyle::muted(palette()));
            script->setFlags(Qt::ItemIsEnabled);
        }
    }
    return item;
}

const RequestsDock::Listed *RequestsDock::selectedFile(int *requestIndex) const
{
    *requestIndex = -1;
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return nullptr;
    if (item->data(0, RequestRole).toInt() == -2) // a script line: its request
        item = item->parent();
    const int f = item->data(0, FileRole).toInt();
    if (f < 0 || f >= m_files.size())
        return nullptr;
    *requestIndex = item->data(0, RequestRole).toInt();
    return &m_files.at(f);
}

bool RequestsDock::selectRequest(const QString &fileName, int index)
{
    for (int f = 0; f < m_tree->topLevelItemCount(); ++f) {
        QTreeWidgetItem *file = m_tree->topLevelItem(f);
        if (file->text(0) != fileName)
            continue;
        QTreeWidgetItem *item = index < 0 ? file : file->child(index);
        if (!item)
            return false;
        m_tree->setCurrentItem(item);
        return true;
    }
    return false;
}

bool RequestsDock::isRunning() const
{
    return m_runner->isRunning() || m_loadingVariables;
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
    const Listed *file = selectedFile(&index);
    if (!file)
        return runAll();
    return start({file->path}, index >= 0 ? std::optional<int>(index) : std::nullopt);
}

bool RequestsDock::runFile()
{
    int index = -1;
    const Listed *file = selectedFile(&index);
    if (!file) {
        showProblem(tr("Select a file (or one of its requests) to run it."));
        return false;
    }
    return start({file->path}, std::nullopt);
}

bool RequestsDock::runAll()
{
    QStringList paths;
    for (const Listed &f : std::as_const(m_files))
        paths << f.path;
    return start(paths, std::nullopt);
}

void RequestsDock::stop()
{
    if (m_runner->isRunning())
        m_runner->cancel();
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
    QList<RequestCollection> files;
    QStringList errors;
    for (const QString &p : paths) {
        const SavedRequests::File r = SavedRequests::read(p);
        errors << r.errors;
        if (r.collection)
            files << *r.collection;
    }
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
        QStringList lines = plan.errors;
        if (plan.missing.contains(QLatin1String("token")))
            lines << tr("{{token}} needs a token: paste one in the token row (or Get token…).");
        else if (!plan.missing.isEmpty())
            lines << tr("Define %1 in the file (@name = value) or in the profile's variables "
                        "(Settings → Server profile and variables…).")
                         .arg(plan.missing.join(QStringLiteral(", ")));
        if (plan.items.isEmpty() && plan.ok())
            lines << tr("The file has no requests.");
        lines << tr("Nothing was sent.");
        showProblem(lines.join(QLatin1Char('\n')));
        Q_EMIT runningChanged(false);
        return;
    }
    m_runButton->setEnabled(false);
    m_stopButton->setEnabled(true);
    m_summaryLabel->setText(tr("Running %n request(s) …", nullptr, int(plan.items.size())));
    m_runner->start(plan);
}

void RequestsDock::onRequestFinished(const RunResult &r)
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
        mark.checks << tr("Not run: %1").arg(s);
    if (r.hasAnswer())
        m_log->markRun(r.answer().id, mark);
    // The request's row in the tree says how it went, in words and with an icon.
    for (int f = 0; f < m_tree->topLevelItemCount(); ++f) {
        QTreeWidgetItem *file = m_tree->topLevelItem(f);
        if (file->text(0) != r.file)
            continue;
        if (QTreeWidgetItem *item = file->child(r.index)) {
            const QString status = r.hasAnswer() && r.answer().status
                                       ? QString::number(*r.answer().status)
                                       : tr("no answer");
            const QString text = CallColumns::runText(mark);
            item->setText(1, QStringLiteral("%1 · %2").arg(
                                 status, text.section(QStringLiteral(" · "), 0, 0)));
            item->setToolTip(1, CallColumns::runToolTip(mark));
            item->setIcon(1, SeverityStyle::icon(mark.passed() ? Diagnosis::Severity::Ok
                                                               : Diagnosis::Severity::Error));
        }
    }
}

void RequestsDock::onRunFinished(const RunSummary &summary)
{
    m_summary = summary.sentence();
    m_runButton->setEnabled(true);
    m_stopButton->setEnabled(false);
    const QString mark = SeverityStyle::mark(summary.passed() ? Diagnosis::Severity::Ok
                                                              : Diagnosis::Severity::Error);
    m_summaryLabel->setText(QStringLiteral("%1 %2").arg(mark, m_summary));
    Q_EMIT statusMessage(m_summary, 0);
    Q_EMIT runningChanged(false);
    Q_EMIT runFinished(summary);
}

bool RequestsDock::loadSelected()
{
    int index = -1;
    const Listed *file = selectedFile(&index);
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
    const Listed *file = selectedFile(&index);
    if (file && index >= 0) {
        menu.addAction(tr("Load into the request bar"), this, &RequestsDock::loadSelected);
        menu.addAction(tr("Run this request"), this, &RequestsDock::runSelected);
    }
    if (file)
        menu.addAction(tr("Run the file"), this, &RequestsDock::runFile);
    if (file && isPostman(file->path))
        menu.addAction(tr("Save as .http files…"), this, [this] { saveSelectedAsHttp(); });
    menu.addAction(tr("Run everything listed"), this, &RequestsDock::runAll);
    menu.addSeparator();
    menu.addAction(tr("Reload"), this, &RequestsDock::reload);
    menu.exec(m_tree->viewport()->mapToGlobal(at));
}

bool RequestsDock::saveSelectedAsHttp(const QString &folder)
{
    int index = -1;
    const Listed *file = selectedFile(&index);
    if (!file || !isPostman(file->path) || !file->collection) {
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
