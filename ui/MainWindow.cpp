#include "MainWindow.h"

#include "app/calls/CurlCommand.h"
#include "app/models/CallLogModel.h"
#include "app/session/ExportJob.h"
#include "app/session/Jobs.h"
#include "app/session/ProfileConnector.h"
#include "app/session/Recorder.h"
#include "app/session/ServerSession.h"
#include "app/session/TokenSession.h"
#include "app/session/Workspace.h"
#include "app/support/AppSettings.h"
#include "app/tokens/TokenLint.h"
#include "ui/AppActions.h"
#include "ui/Ask.h"
#include "ui/CallDetailPane.h"
#include "ui/CallFindings.h"
#include "ui/CallLogPane.h"
#include "ui/CapabilityPane.h"
#include "ui/ContentOpener.h"
#include "ui/ExportDialog.h"
#include "ui/ExportTimelinePage.h"
#include "ui/GroupsPane.h"
#include "ui/HistoryActions.h"
#include "ui/JobsController.h"
#include "ui/KeyboardAccess.h"
#include "ui/ProfileSwitcher.h"
#include "ui/RequestBar.h"
#include "ui/RequestsActions.h"
#include "ui/RequestsDock.h"
#include "ui/SendController.h"
#include "ui/SeverityStyle.h"
#include "ui/ShortcutPriority.h"
#include "ui/TokenBar.h"
#include "ui/WindowDocks.h"
#include "ui/WindowPlacement.h"
#include "ui_MainWindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QToolButton>

MainWindow::MainWindow(Workspace *workspace, CallLogModel *log, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace),
      m_tokenBar(new TokenBar(workspace, this)), m_requestBar(new RequestBar(this))
{
    m_ui->setupUi(this);
    m_keyboard = new KeyboardAccess(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/fhir-bulk-explorer.svg")));
    // Below the banners and the server row: the token bar, then the request bar.
    const int serverRow = m_ui->centralLayout->indexOf(m_ui->serverRow);
    m_tokenBar->setObjectName(QStringLiteral("tokenBar"));
    m_requestBar->setObjectName(QStringLiteral("requestBar"));
    m_ui->centralLayout->insertWidget(serverRow + 1, m_tokenBar);
    m_ui->centralLayout->insertWidget(serverRow + 2, m_requestBar);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    // Today's calls from the history, then every call the workspace records, in order.
    for (const CallRecord &r : workspace->restoredCalls())
        log->append(r);
    connect(workspace->recorder, &Recorder::recorded, log, &CallLogModel::append);
    m_ui->callLogPane->setModel(log);
    m_opener = new ContentOpener(m_workspace->server, statusBar(), this);
    m_historyActions = new HistoryActions(m_workspace, m_ui->callLogPane, this);
    connect(m_historyActions, &HistoryActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_workspace, &Workspace::historyProblemChanged, this, &MainWindow::showHistoryState);
    showHistoryState();
    m_findings = new CallFindings(m_workspace, m_ui->callLogPane, m_ui->callDetailPane, this);
    connect(m_findings, &CallFindings::statusMessage, this, &MainWindow::showStatus);
    const qsizetype afterCopies = m_ui->requestMenu->actions().indexOf(m_ui->actionCopyRequestId);
    m_ui->requestMenu->insertActions(m_ui->requestMenu->actions().value(afterCopies + 1),
                                     m_findings->actions());
    m_docks = new WindowDocks(this, m_ui.get(), workspace, m_historyActions, m_findings);
    m_profiles = new ProfileSwitcher(this, m_ui.get(), workspace);
    m_jobs = new JobsController(this, workspace, m_ui->actionResumeExport);
    auto *appActions = new AppActions(this, m_ui.get(), workspace, m_jobs);
    connect(appActions, &AppActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_jobs, &JobsController::exportWindowCreated, this, &MainWindow::wireExportDialog);
    buildActions();
    buildRequests(log);
    m_tokenBar->setCallLog(
        log); // the token strips (bar and inspector): the calls each token carried
    m_sender =
        new SendController(this, m_ui.get(), workspace, m_requestBar, m_tokenBar, m_profiles);
    wireBars();
    wirePanes();
    setAcceptDrops(true);
    m_workspace->setTimeoutMs(AppSettings::timeoutMs());
    m_placement = new WindowPlacement(this, m_ui->mainSplitter);
    m_placement->restore();
    m_profiles->reload(AppSettings::lastProfileId());
    ShortcutPriority::install(this); // menu shortcuts win over a text field's key bindings
    buildKeyboardAccess();
}

MainWindow::~MainWindow() = default;

void MainWindow::wireBars()
{
    connect(m_sender, &SendController::statusMessage, this, &MainWindow::showStatus);
    connect(m_sender, &SendController::ended, this,
            [this](const CallRecord &r) { m_selected = r; });
    connect(m_requestBar, &RequestBar::cancelRequested, this, &MainWindow::cancel);
    connect(m_requestBar, &RequestBar::formatChanged, m_workspace, &Workspace::setFormat);
    m_workspace->setFormat(m_requestBar->format());
    connect(m_tokenBar, &TokenBar::bearerWanted, m_requestBar,
            [this] { m_requestBar->setAuthMode(AuthMode::Bearer); });
    connect(m_tokenBar, &TokenBar::showCallRequested, m_ui->callLogPane, &CallLogPane::selectCall);
    // An earlier session's call on a token strip: brought from the history into the log.
    connect(m_tokenBar, &TokenBar::showStoredCallRequested, m_historyActions,
            &HistoryActions::showStoredCall);
    connect(m_tokenBar, &TokenBar::statusMessage, this, &MainWindow::showStatus);
    connect(m_tokenBar, &TokenBar::renewableChanged, this, &MainWindow::tellExportDialogs);
    connect(m_workspace, &Workspace::keychainChanged, this, &MainWindow::showKeychainState);
    connect(m_workspace, &Workspace::keychainWriteFailed, this, [this](const QString &problem) {
        showStatus(tr("The keychain did not store the token: %1").arg(problem), 15000);
    });
    connect(m_profiles, &ProfileSwitcher::switched, this, &MainWindow::onProfileSwitched);
    connect(m_profiles, &ProfileSwitcher::statusMessage, this, &MainWindow::showStatus);
    connect(m_profiles, &ProfileSwitcher::serverReadable, m_docks->capabilityPane(),
            &CapabilityPane::load);
    connect(m_docks->capabilityPane(), &CapabilityPane::statementChanged, this,
            &MainWindow::applyCapabilities);
    connect(m_docks->groupsPane(), &GroupsPane::openRequested, this, [this](const QString &path) {
        m_requestBar->setRequest("GET", path);
        send();
    });
    connect(m_docks->groupsPane(), &GroupsPane::exportRequested, this,
            [this](const QString &id) { m_jobs->openExport(id); });
}

void MainWindow::wirePanes()
{
    connect(m_ui->callLogPane, &CallLogPane::callSelected, m_ui->callDetailPane,
            &CallDetailPane::showCall);
    connect(m_ui->callLogPane, &CallLogPane::callSelected, this,
            [this](const CallRecord &r) { m_selected = r; });
    connect(m_ui->callLogPane, &CallLogPane::selectionCleared, m_ui->callDetailPane,
            &CallDetailPane::clear);
    connect(m_ui->callDetailPane, &CallDetailPane::copyCurlWithTokenRequested, this,
            &MainWindow::copyCurlWithToken);
    connect(m_ui->callDetailPane, &CallDetailPane::sendRequested, m_ui->actionSend,
            &QAction::trigger);
    connect(m_ui->callDetailPane, &CallDetailPane::demoTokenRequested, this,
            [this] { m_tokenBar->useDemoToken(); });
    connect(m_ui->callDetailPane, &CallDetailPane::examplesRequested, m_requestBar,
            &RequestBar::showExamples);
    connect(m_ui->callDetailPane, &CallDetailPane::openFileRequested, this, [this] {
        if (auto *open = findChild<QAction *>(QStringLiteral("actionOpenFile")))
            open->trigger();
    });
    connect(m_ui->callDetailPane, &CallDetailPane::trustCertificateRequested, m_profiles,
            &ProfileSwitcher::pinCertificate);
    connect(m_ui->callDetailPane, &CallDetailPane::statusMessage, this,
            [this](const QString &m) { showStatus(m, 5000); });
}

void MainWindow::buildKeyboardAccess()
{
    m_keyboard->prepare();
    // Tab follows the rows: the server row, the token row, the request bar's rows, the call log,
    // the call's detail, then the docks.
    QList<QWidget *> order{m_ui->profileCombo, m_docks->capabilitiesButton()};
    order << m_keyboard->stopsIn(m_tokenBar);
    QList<QWidget *> request = m_keyboard->stopsIn(m_requestBar);
    if (auto *examples = m_requestBar->findChild<QToolButton *>(QStringLiteral("examplesButton"))) {
        request.removeAll(examples); // added last, shown first in its row
        request.prepend(examples);
    }
    order << request << m_keyboard->stopsIn(m_ui->callLogPane)
          << m_keyboard->stopsIn(m_ui->callDetailPane);
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        order << m_keyboard->stopsIn(dock);
    KeyboardAccess::chain(order);
}

void MainWindow::buildActions()
{
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancel);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFocusAddress, &QAction::triggered, m_requestBar, &RequestBar::focusAddress);
    connect(m_ui->actionCopyCurl, &QAction::triggered, m_ui->callDetailPane,
            &CallDetailPane::copyCurl);
    connect(m_ui->actionCopyRequestId, &QAction::triggered, m_ui->callDetailPane,
            &CallDetailPane::copyRequestId);
    // GET metadata again: the call in the log, and the statement the panes share refreshed.
    connect(m_ui->actionMetadata, &QAction::triggered, m_workspace->server, &ServerSession::load);
    connect(m_ui->actionInspectToken, &QAction::triggered, m_tokenBar, &TokenBar::showInspector);
    connect(m_ui->actionCheckToken, &QAction::triggered, m_tokenBar, &TokenBar::checkToken);
    connect(m_ui->actionExportHar, &QAction::triggered, m_historyActions,
            &HistoryActions::exportHar);
    connect(m_ui->actionImportHar, &QAction::triggered, m_historyActions,
            &HistoryActions::importHar);
    connect(m_ui->actionClearHistory, &QAction::triggered, this,
            [this] { m_historyActions->clearHistory(currentProfile().name); });
    connect(m_ui->actionSupportBundle, &QAction::triggered, this, [this] {
        SupportBundle::Context context;
        context.appVersion = QCoreApplication::applicationVersion();
        context.profileName = currentProfile().name;
        context.baseUrl = currentProfile().baseUrl.toString();
        context.token = TokenLint::tokenAlone(m_tokenBar->token()); // as the calls name it
        context.pictures = ExportTimelinePage::bundlePictures(m_jobs->jobs()->all());
        m_historyActions->createSupportBundle(context);
    });
    connect(m_ui->actionExport, &QAction::triggered, this, [this] {
        // A Group in the address bar is the one to export.
        static const QRegularExpression groupPath(QStringLiteral("^/?Group/([A-Za-z0-9\\-\\.]+)"));
        const auto m = groupPath.match(m_requestBar->target());
        m_jobs->openExport(m.hasMatch() ? m.captured(1) : QString());
    });
    connect(m_ui->actionResumeExport, &QAction::triggered, m_jobs, &JobsController::resumeLatest);
    buildContentActions();
}

void MainWindow::buildContentActions()
{
    auto *filterShortcut = new QAction(this);
    filterShortcut->setShortcut(QKeySequence::Find);
    connect(filterShortcut, &QAction::triggered, m_ui->callLogPane, &CallLogPane::focusFilter);
    addAction(filterShortcut);
    // Binary content of the selected call, or of a local file (open dialog or drag and drop).
    auto *previewBinary = new QAction(tr("Preview &content"), this);
    previewBinary->setObjectName(QStringLiteral("actionPreviewBinary"));
    previewBinary->setShortcut(QKeySequence(QStringLiteral("Ctrl+B")));
    previewBinary->setToolTip(tr("The selected call's answer in the content viewer: a Binary "
                                 "decoded, any resource as a tree, NDJSON line by line"));
    m_ui->requestMenu->addAction(previewBinary);
    connect(previewBinary, &QAction::triggered, this, &MainWindow::previewSelectedBinary);
    auto *openFile = new QAction(tr("&Open file…"), this);
    openFile->setObjectName(QStringLiteral("actionOpenFile"));
    openFile->setShortcut(QKeySequence::Open);
    m_ui->fileMenu->insertAction(m_ui->fileMenu->actions().value(0), openFile);
    connect(openFile, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open a FHIR resource, NDJSON or other content"));
        if (!path.isEmpty())
            openLocalFile(path);
    });
}

void MainWindow::buildRequests(CallLogModel *log)
{
    // Save request…, Send again, Edit and send in the Request menu, the log's and History's
    // context menus; the saved requests dock on the left.
    m_requestsActions = new RequestsActions(m_workspace, m_requestBar, this);
    RequestsActions *actions = m_requestsActions;
    QAction *beforeFocus = m_ui->actionFocusAddress;
    m_ui->requestMenu->insertActions(beforeFocus, {actions->sendAgain, actions->editCall,
                                                   actions->saveRequest, actions->saveCall});
    m_ui->requestMenu->insertSeparator(beforeFocus);
    actions->attachTo(m_ui->callLogPane, m_docks->historyPane());
    connect(actions, &RequestsActions::sendRequested, this, &MainWindow::sendDraft);
    connect(actions, &RequestsActions::statusMessage, this, &MainWindow::showStatus);

    m_docks->addRequestsDock(log, beforeFocus);
    RequestsDock *dock = m_docks->requestsDock();
    connect(dock, &RequestsDock::loadRequested, this, [this](const RequestDraft &d) {
        m_requestBar->load(d);
        showStatus(tr("Loaded \"%1\" into the request bar.").arg(d.purpose), 6000);
    });
    connect(dock, &RequestsDock::statusMessage, this, &MainWindow::showStatus);
    connect(dock, &RequestsDock::runningChanged, this, [this](bool running) {
        m_ui->actionCancel->setEnabled(running || (m_sender && m_sender->busy()));
    });
    // A run double-clicked in the Jobs dock: the Requests dock shows it (again).
    connect(m_jobs, &JobsController::runActivated, dock, [dock](RunJob *job) {
        dock->showJob(job);
        dock->parentWidget()->show(); // its QDockWidget, hidden or closed since
        dock->parentWidget()->raise();
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    // A new palette (Preferences → Appearance, or the desktop's theme): the banners' colours
    // are derived from it, so derive them again.
    if (event->type() == QEvent::PaletteChange && m_profiles) {
        m_profiles->showEnvironment();
        showKeychainState();
        showHistoryState();
        // A label's rich text takes its link colour when it is laid out: lay links out again.
        for (QLabel *label : findChildren<QLabel *>()) {
            const QString text = label->text();
            if (text.contains(QLatin1String("<a "))) {
                label->clear();
                label->setText(text);
            }
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_jobs->mayClose()) { // running exports: asked what becomes of them
        event->ignore();
        return;
    }
    m_tokenBar->saveNow();
    m_placement->save();
    QMainWindow::closeEvent(event);
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::onProfileSwitched(const ConnectResult &connection)
{
    const ServerProfile &profile = connection.profile;
    m_docks->setProfileId(profile.id);
    // The profile alone: the desktop adds the application's name (its display name, set in
    // main()) after it.
    setWindowTitle(profile.name);
    m_ui->callDetailPane->setDemoTokenOffered(profile.environment ==
                                              ServerProfile::Environment::Sandbox);
    m_tokenBar->setProfile(profile);
    showKeychainState();
    m_jobs->setContext(m_workspace->server, profile.id); // the Resume action and the status line
}

void MainWindow::wireExportDialog(ExportDialog *dialog)
{
    dialog->setTokenRenewable(m_tokenBar->renewable());
    // A token the server stops accepting mid-export: the export waits for a new one, renewed at
    // once where the profile can obtain tokens, else got or pasted by the user (the dialog says
    // so); it goes on as soon as the token bar has another token.
    ExportSession *session = dialog->session();
    session->setTokenRenewable(true);
    connect(session, &ExportSession::tokenRenewalNeeded, this,
            [this] { m_workspace->token->renewNow(); });
    connect(m_tokenBar, &TokenBar::renewableChanged, session, &ExportSession::tokenRenewed);
    connect(dialog, &ExportDialog::showCallRequested, m_ui->callLogPane, &CallLogPane::selectCall);
}

void MainWindow::showKeychainState()
{
    QString text;
    if (m_workspace->keychainSessionOnly())
        text = tr("No OS keychain is available (%1). Tokens are kept for this session only and "
                  "are forgotten when you quit; nothing is written to disk.")
                   .arg(m_workspace->keychainSessionOnlyReason());
    else if (!m_workspace->keychainWriteProblem().isEmpty())
        text = tr("The keychain did not store the token (%1). It stays usable in this session "
                  "but will be gone after a restart: unlock the keyring (on GNOME: Passwords and "
                  "Keys, the Login keyring), then edit the token to save it again.")
                   .arg(m_workspace->keychainWriteProblem());
    m_ui->keychainBanner->setVisible(!text.isEmpty());
    m_ui->keychainBanner->setText(text);
    m_ui->keychainBanner->setStyleSheet(
        SeverityStyle::bannerStyleSheet(Diagnosis::Severity::Warning));
}

void MainWindow::showHistoryState()
{
    // The history could not be opened, or stopped writing: say so, and that the log still works.
    const QString problem = m_historyActions->historyProblem();
    m_ui->historyBanner->setVisible(!problem.isEmpty());
    m_ui->historyBanner->setText(problem);
    m_ui->historyBanner->setStyleSheet(
        SeverityStyle::bannerStyleSheet(Diagnosis::Severity::Warning));
}

void MainWindow::tellExportDialogs()
{
    for (ExportDialog *dialog : findChildren<ExportDialog *>())
        dialog->setTokenRenewable(m_tokenBar->renewable());
}

void MainWindow::applyCapabilities()
{
    // The server row summarises what the server says; formats it does not list are greyed.
    const auto &cs = m_docks->capabilityPane()->statement();
    if (cs) {
        QStringList formats{QStringLiteral("JSON")};
        if (cs->supportsXml())
            formats << QStringLiteral("XML");
        m_ui->serverInfoLabel->setText(
            tr("— %1 %2 · FHIR %3 · %4")
                .arg(cs->softwareName.toHtmlEscaped(), cs->softwareVersion.toHtmlEscaped(),
                     cs->fhirVersion.toHtmlEscaped(), formats.join(QStringLiteral(" + "))));
    } else {
        m_ui->serverInfoLabel->setText(tr("— no CapabilityStatement"));
    }
    m_requestBar->applyCapabilities(cs);
}

void MainWindow::previewSelectedBinary()
{
    if (!m_selected.status) {
        showStatus(tr("Select a call with an answer first (e.g. GET Binary/1)."), 8000);
        return;
    }
    m_opener->openCall(m_selected);
}

void MainWindow::openLocalFile(const QString &path)
{
    m_opener->openFile(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openLocalFile(url.toLocalFile());
    }
}

void MainWindow::send()
{
    m_sender->send();
}

void MainWindow::sendDraft(const RequestDraft &draft)
{
    m_sender->sendDraft(draft);
}

void MainWindow::runExample(const RequestBar::Example &example)
{
    m_sender->runExample(example);
}

void MainWindow::cancel()
{
    m_sender->cancel();
    m_docks->requestsDock()->stop(); // Esc stops a run of saved requests too
}

void MainWindow::selectProfile(const QString &id)
{
    m_profiles->select(id);
}

ServerProfile MainWindow::currentProfile() const
{
    return m_profiles->current();
}

void MainWindow::copyCurlWithToken(const CallRecord &record)
{
    const QByteArray auth = m_workspace->authorizationFor(record);
    if (auth.isEmpty()) {
        Ask::tell(this, tr("Copy as curl with token"),
                  tr("The token of this call is no longer the current token, so it "
                     "cannot be filled in. The redacted command was not changed."));
        return;
    }
    if (!Ask::confirm(this, tr("Copy as curl with token"),
                      tr("The command will contain the access token in clear. Anyone who sees it "
                         "can call the API as you until the token expires. Copy it anyway?")))
        return;
    QGuiApplication::clipboard()->setText(curlCommand(record, auth));
    showStatus(tr("Copied the curl command WITH the token. Clear your clipboard after use."), 8000);
}
