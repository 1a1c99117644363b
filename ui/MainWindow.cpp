#include "MainWindow.h"

#include "app/calls/CurlCommand.h"
#include "app/models/CallLogModel.h"
#include "app/session/ExportJob.h"
#include "app/session/Jobs.h"
#include "app/session/ProfileConnector.h"
#include "app/session/Recorder.h"
#include "app/session/SandboxControl.h"
#include "app/session/SentCall.h"
#include "app/session/ServerSession.h"
#include "app/session/TokenSession.h"
#include "app/session/Workspace.h"
#include "app/support/AppSettings.h"
#include "app/support/BuildInfo.h"
#include "app/support/Logging.h"
#include "app/tokens/TokenLint.h"
#include "ui/Ask.h"
#include "ui/CallDetailPane.h"
#include "ui/CallFindings.h"
#include "ui/CallLogPane.h"
#include "ui/CapabilityPane.h"
#include "ui/ConformanceWindow.h"
#include "ui/ContentOpener.h"
#include "ui/DiagnosisCodesDialog.h"
#include "ui/ExportDialog.h"
#include "ui/ExportTimelinePage.h"
#include "ui/GroupsPane.h"
#include "ui/HistoryActions.h"
#include "ui/JobsController.h"
#include "ui/PreferencesDialog.h"
#include "ui/ProfileDialog.h"
#include "ui/RequestBar.h"
#include "ui/RequestsDock.h"
#include "ui/SandboxPanel.h"
#include "ui/SeverityStyle.h"
#include "ui/ShortcutPriority.h"
#include "ui/Theme.h"
#include "ui/TokenBar.h"
#include "ui_MainWindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QStandardPaths>

MainWindow::MainWindow(Workspace *workspace, CallLogModel *log, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace),
      m_tokenBar(new TokenBar(workspace, this)), m_requestBar(new RequestBar(this)),
      m_progress(new QProgressBar(this))
{
    m_ui->setupUi(this);
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
    buildDocks();
    m_jobs = new JobsController(this, workspace, m_ui->actionResumeExport);
    connect(m_jobs, &JobsController::exportWindowCreated, this, &MainWindow::wireExportDialog);
    buildActions();
    buildRequests(log);

    m_progress->setObjectName(QStringLiteral("callProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    connect(m_requestBar, &RequestBar::sendRequested, this, &MainWindow::send);
    connect(m_requestBar, &RequestBar::cancelRequested, this, &MainWindow::cancel);
    connect(m_requestBar, &RequestBar::formatChanged, m_workspace, &Workspace::setFormat);
    m_workspace->setFormat(m_requestBar->format());
    connect(m_requestBar, &RequestBar::exampleChosen, this, &MainWindow::runExample);
    connect(m_tokenBar, &TokenBar::bearerWanted, m_requestBar,
            [this] { m_requestBar->setAuthMode(AuthMode::Bearer); });
    connect(m_tokenBar, &TokenBar::showCallRequested, m_ui->callLogPane, &CallLogPane::selectCall);
    m_tokenBar->setCallLog(log); // the token strips: the calls each token carried
    // An earlier session's call on a token strip: brought from the history into the log.
    connect(m_tokenBar, &TokenBar::showStoredCallRequested, m_historyActions,
            &HistoryActions::showStoredCall);
    connect(m_tokenBar, &TokenBar::statusMessage, this, &MainWindow::showStatus);
    connect(m_tokenBar, &TokenBar::renewableChanged, this, &MainWindow::tellExportDialogs);
    connect(m_workspace, &Workspace::keychainChanged, this, &MainWindow::showKeychainState);
    connect(m_workspace, &Workspace::keychainWriteFailed, this, [this](const QString &problem) {
        showStatus(tr("The keychain did not store the token: %1").arg(problem), 15000);
    });
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::onProfileChanged);
    // The profile's proxy password came from the keychain: the server can be read now.
    connect(m_workspace->connector, &ProfileConnector::ready, this,
            [this](const ConnectResult &connection) {
                if (connection.profile.id != m_profile.id)
                    return; // the user has moved on
                if (!connection.proxyProblem.isEmpty())
                    showStatus(connection.proxyProblem, 15000);
                m_capabilityPane->load();
            });

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
    connect(m_ui->callDetailPane, &CallDetailPane::trustCertificateRequested, this,
            &MainWindow::pinCertificate);
    connect(m_ui->callDetailPane, &CallDetailPane::statusMessage, this,
            [this](const QString &m) { showStatus(m, 5000); });
    setAcceptDrops(true);

    m_workspace->setTimeoutMs(AppSettings::timeoutMs());
    // Window size and splitter as the user left them; otherwise 90% of the screen. Either way
    // the frame is kept inside the screen once it is known (keepOnScreen, when first shown).
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray())) {
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect avail = screen->availableGeometry();
            resize(qMin(1280, avail.width() * 9 / 10), qMin(820, avail.height() * 9 / 10));
            move(avail.center() - rect().center());
        }
    }
    // The log gets two fifths at first: a handful of calls above the one shown.
    if (!m_ui->mainSplitter->restoreState(
            settings.value(QStringLiteral("ui/splitter")).toByteArray()))
        m_ui->mainSplitter->setSizes({2 * height() / 5, 3 * height() / 5});
    reloadProfiles(AppSettings::lastProfileId());
    ShortcutPriority::install(this); // menu shortcuts win over a text field's key bindings
    buildKeyboardAccess();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    connect(m_ui->actionSend, &QAction::triggered, this, &MainWindow::send);
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
    connect(m_ui->actionAddProfile, &QAction::triggered, this, &MainWindow::addProfile);
    connect(m_ui->actionExportHar, &QAction::triggered, m_historyActions,
            &HistoryActions::exportHar);
    connect(m_ui->actionImportHar, &QAction::triggered, m_historyActions,
            &HistoryActions::importHar);
    connect(m_ui->actionClearHistory, &QAction::triggered, this,
            [this] { m_historyActions->clearHistory(m_profile.name); });
    connect(m_ui->actionSupportBundle, &QAction::triggered, this, [this] {
        SupportBundle::Context context;
        context.appVersion = QCoreApplication::applicationVersion();
        context.profileName = m_profile.name;
        context.baseUrl = m_profile.baseUrl.toString();
        context.token = TokenLint::tokenAlone(m_tokenBar->token()); // as the calls name it
        context.pictures = ExportTimelinePage::bundlePictures(m_jobs->jobs()->all());
        m_historyActions->createSupportBundle(context);
    });
    connect(m_ui->actionRemoveProfile, &QAction::triggered, this, &MainWindow::removeProfile);
    connect(m_ui->actionExport, &QAction::triggered, this, [this] {
        // A Group in the address bar is the one to export.
        static const QRegularExpression groupPath(QStringLiteral("^/?Group/([A-Za-z0-9\\-\\.]+)"));
        const auto m = groupPath.match(m_requestBar->target());
        m_jobs->openExport(m.hasMatch() ? m.captured(1) : QString());
    });
    connect(m_ui->actionResumeExport, &QAction::triggered, m_jobs, &JobsController::resumeLatest);
    connect(m_ui->actionSandboxPanel, &QAction::triggered, this, [this] {
        if (!SandboxControl(m_workspace->sandbox).start())
            return;
        auto *panel = new SandboxPanel(SandboxControl(m_workspace->sandbox), this);
        panel->setObjectName(QStringLiteral("sandboxPanel"));
        panel->setAttribute(Qt::WA_DeleteOnClose);
        connect(panel, &SandboxPanel::statusMessage, this,
                [this](const QString &m) { showStatus(m, 6000); });
        panel->show();
    });
    // Tools → Check this server… (issue 27): one conformance window, hidden on close, so a run
    // goes on (and its exports are cancelled) while it is out of sight. Every letter of "Tools"
    // is another control's Alt letter already: the English menu has none (Ctrl+Shift+K opens it).
    QMenu *toolsMenu = new QMenu(tr("Tools"), this);
    m_ui->menuBar->insertMenu(m_ui->settingsMenu->menuAction(), toolsMenu);
    QAction *checkServer = toolsMenu->addAction(tr("Check this server…"));
    checkServer->setObjectName(QStringLiteral("actionCheckServer"));
    checkServer->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    connect(checkServer, &QAction::triggered, this, [this] {
        auto *w = findChild<ConformanceWindow *>(QStringLiteral("conformanceWindow"));
        if (!w) {
            w = new ConformanceWindow(m_workspace, this);
            connect(w, &ConformanceWindow::callActivated, m_ui->callLogPane,
                    &CallLogPane::selectCall);
        }
        w->refreshServer();
        w->show();
        w->raise();
        w->activateWindow();
    });
    connect(m_ui->actionPreferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_workspace->setTimeoutMs(AppSettings::timeoutMs());
        m_workspace->setHistoryBodyLimit(qint64(AppSettings::historyBodyLimitKiB()) * 1024);
        Theme::apply(AppSettings::appearance());
    });
    connect(m_ui->actionDiagnosisCodes, &QAction::triggered, this, [this] {
        auto *dialog = new DiagnosisCodesDialog(this);
        dialog->setObjectName(QStringLiteral("diagnosisCodesDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About FHIR Bulk Explorer"),
            tr("<h3>FHIR Bulk Explorer %1</h3><p>Explore and troubleshoot FHIR Bulk Data "
               "Export APIs: every call recorded, every answer explained.</p><p>Tokens "
               "live in the OS keychain, never in a file; logs and copies show only "
               "their length and SHA-256 fingerprint.</p>"
               "<p>Commit %2 · Qt %3 · QtKeychain %4<br>Keychain: %5%6</p>")
                .arg(BuildInfo::version(), BuildInfo::commit(), BuildInfo::qtVersions(),
                     BuildInfo::qtKeychainVersion(), Workspace::keychainName(),
                     m_workspace->keychainSessionOnly()
                         ? tr(" (not available: tokens are kept for this session only)")
                         : QString()));
    });
    connect(m_ui->actionOpenLogFolder, &QAction::triggered, this, [this] {
        const QString folder = Logging::logFolder();
        QDir().mkpath(folder);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            showStatus(tr("The log folder is %1").arg(folder), 15000);
    });
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

void MainWindow::changeEvent(QEvent *event)
{
    // A new palette (Preferences → Appearance, or the desktop's theme): the banners' colours
    // are derived from it, so derive them again.
    if (event->type() == QEvent::PaletteChange && m_tokenBar) {
        showEnvironment();
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

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_placed) {
        m_placed = true;
        keepOnScreen();
    }
}

void MainWindow::keepOnScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    const QScreen *screen = QGuiApplication::screenAt(geometry().center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // A size saved on a larger screen (or by a version that grew too tall) is cut to the
    // screen, and the frame moved inside it: the status bar and Send are never off-screen.
    const QRect avail = screen->availableGeometry();
    const QMargins frame(geometry().left() - frameGeometry().left(),
                         geometry().top() - frameGeometry().top(),
                         frameGeometry().right() - geometry().right(),
                         frameGeometry().bottom() - geometry().bottom());
    const QRect room = avail.marginsRemoved(frame);
    QRect wanted(geometry().topLeft(), size().boundedTo(room.size()));
    wanted.moveLeft(qBound(room.left(), wanted.left(), room.right() - wanted.width() + 1));
    wanted.moveTop(qBound(room.top(), wanted.top(), room.bottom() - wanted.height() + 1));
    if (wanted != geometry())
        setGeometry(wanted);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_jobs->mayClose()) { // running exports: asked what becomes of them
        event->ignore();
        return;
    }
    m_tokenBar->saveNow();
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/splitter"), m_ui->mainSplitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
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

void MainWindow::updateResumeAction()
{
    m_jobs->setContext(m_workspace->server, m_profile.id); // the action and the status line
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
    const auto &cs = m_capabilityPane->statement();
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

void MainWindow::runExample(const RequestBar::Example &e)
{
    // The Examples reproduce the vendor's documentation page on the Sandbox. On another server
    // each is a real call (some without a token or with a broken one on purpose), and a
    // production gateway logs every call: ask first, and offer the Sandbox.
    if (m_profile.environment != ServerProfile::Environment::Sandbox) {
        QString text = tr("The Examples reproduce the vendor's documentation page on the built-in "
                          "Sandbox. On \"%1\" this one is a real call: %2 %3 (Authorization: "
                          "%4).")
                           .arg(m_profile.name, QString::fromLatin1(e.method), e.path,
                                m_requestBar->authVariantName(e.auth));
        if (m_profile.environment == ServerProfile::Environment::Production)
            text += QStringLiteral("\n\n") +
                    tr("This is PRODUCTION: real patient data, and every call is logged by the "
                       "vendor.");
        const int choice =
            Ask::choose(this, tr("Run the example on %1?").arg(m_profile.name), text,
                        {tr("Switch to the Sandbox"), tr("Send to %1").arg(m_profile.name)});
        if (choice < 0)
            return;
        if (choice == 0)
            selectProfile(ServerProfile::sandbox().id);
    }
    m_requestBar->setRequest(e.method, e.path);
    m_requestBar->setAuthMode(e.auth);
    if (e.needsValidToken && m_tokenBar->token().isEmpty() &&
        m_profile.environment == ServerProfile::Environment::Sandbox)
        m_tokenBar->useDemoToken();
    send();
    // A broken Authorization variant is the example's, for that request alone: the menu goes
    // back to the working form, so the next request (and every pane's) is not broken too.
    m_requestBar->setAuthMode(AuthMode::Bearer);
}

void MainWindow::send()
{
    if (m_current)
        return;
    QString problem;
    const auto draft = m_requestBar->draft(&problem);
    if (!draft) {
        showStatus(problem, 8000);
        return;
    }
    sendDraft(*draft);
}

void MainWindow::sendDraft(const RequestDraft &draft)
{
    if (m_current)
        return;
    QString problem;
    m_current = m_workspace->send(draft, &problem);
    if (!m_current) {
        showStatus(problem, 8000);
        return;
    }
    connect(m_current, &SentCall::finished, this, [this](const CallRecord &r) {
        // The record as it came back, in the detail pane directly; selected in the log too
        // when its filter shows it.
        m_ui->callLogPane->selectCall(r.id);
        m_ui->callDetailPane->showCall(r);
        m_selected = r;
        setBusy(false);
        showStatus(tr("%1 → %2").arg(r.url.toString(), r.diagnosis.code), 8000);
    });
    connect(m_current, &SentCall::progress, this, [this](qint64 got, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000 * got / total));
        }
    });
    setBusy(true);
}

void MainWindow::cancel()
{
    if (m_current)
        m_current->cancel();
    if (m_requestsDock)
        m_requestsDock->stop(); // Esc stops a run of saved requests too
}

void MainWindow::setBusy(bool busy)
{
    m_requestBar->setBusy(busy);
    m_ui->actionSend->setEnabled(!busy);
    m_ui->actionCancel->setEnabled(busy);
    m_progress->setRange(0, 0);
    m_progress->setVisible(busy);
    if (busy)
        showStatus(tr("Waiting for %1 …").arg(m_profile.baseUrl.host()), 0);
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
