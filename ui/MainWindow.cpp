#include "MainWindow.h"

#include "app/net/HeaderCheck.h"
#include "app/tokens/TokenLint.h"

#include "app/auth/TokenRenewal.h"
#include "app/auth/TokenRequestSettings.h"

#include "app/auth/TokenClient.h"
#include "app/auth/TokenStore.h"
#include "app/models/CallLogModel.h"
#include "app/net/ApiCall.h"
#include "app/net/Causes.h"
#include "app/net/CurlCommand.h"
#include "app/net/Diagnoser.h"
#include "app/net/FhirClient.h"
#include "app/net/Redaction.h"
#include "app/net/ServerSession.h"
#include "app/net/TokenHealthCheck.h"
#include "app/sandbox/SandboxHost.h"
#include "app/support/AppSettings.h"
#include "app/support/Logging.h"
#include "app/tokens/JwtInfo.h"
#include "ui/Ask.h"
#include "ui/CallDetailPane.h"
#include "ui/CallLogPane.h"
#include "ui/CapabilityPane.h"
#include "ui/ContentOpener.h"
#include "ui/ExportDialog.h"
#include "ui/GroupsPane.h"
#include "ui/PreferencesDialog.h"
#include "ui/SandboxPanel.h"
#include "ui/SeverityStyle.h"
#include "ui/TokenInspectorDialog.h"
#include "ui/TokenRequestDialog.h"
#include "ui_MainWindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(FhirClient *client, CallLogModel *log, SandboxHost *sandbox,
                       ProfileStore *profiles, TokenStore *tokens, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_client(client), m_log(log),
      m_sandbox(sandbox), m_profiles(profiles), m_tokens(tokens),
      m_server(new ServerSession(client, this)), m_saveToken(new QTimer(this)),
      m_health(new TokenHealthCheck(client, this)), m_tokenClient(new TokenClient(client, this)),
      m_renewal(new TokenRenewal(client, this)), m_progress(new QProgressBar(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/fhir-bulk-explorer.svg")));
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->callLogPane->setModel(m_log);
    // The explorer's server pane: what the current server says it can do.
    m_capabilityPane = new CapabilityPane(m_server, profiles, sandbox, this);
    m_capabilityPane->setObjectName(QStringLiteral("capabilityPane"));
    m_capabilityPane->setMinimumWidth(330);
    auto *capabilityDock = new QDockWidget(tr("Server capabilities"), this);
    capabilityDock->setObjectName(QStringLiteral("capabilityDock"));
    capabilityDock->setWidget(m_capabilityPane);
    addDockWidget(Qt::RightDockWidgetArea, capabilityDock);
    capabilityDock
        ->hide(); // the server row summarises it; View → Server capabilities or the link opens it
    connect(m_ui->serverInfoLabel, &QLabel::linkActivated, this, [capabilityDock] {
        capabilityDock->show();
        capabilityDock->raise();
    });
    auto *viewMenu = new QMenu(tr("&View"), this);
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_ui->menuBar->insertMenu(m_ui->settingsMenu->menuAction(), viewMenu);
    QAction *toggleCapabilities = capabilityDock->toggleViewAction();
    toggleCapabilities->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    viewMenu->addAction(toggleCapabilities);
    connect(m_capabilityPane, &CapabilityPane::statementChanged, this,
            &MainWindow::applyCapabilities);
    m_opener = new ContentOpener(m_server, statusBar(), this);
    // The Groups pane, beside it: loaded when first shown for a server.
    m_groupsPane = new GroupsPane(new GroupsBrowser(client, this), this);
    m_groupsPane->setObjectName(QStringLiteral("groupsPane"));
    m_groupsPane->setMinimumWidth(440);
    m_groupsDock = new QDockWidget(tr("Groups"), this);
    m_groupsDock->setObjectName(QStringLiteral("groupsDock"));
    m_groupsDock->setWidget(m_groupsPane);
    addDockWidget(Qt::RightDockWidgetArea, m_groupsDock);
    tabifyDockWidget(capabilityDock, m_groupsDock);
    m_groupsDock->hide();
    QAction *toggleGroups = m_groupsDock->toggleViewAction();
    toggleGroups->setShortcut(QKeySequence(QStringLiteral("Ctrl+G")));
    viewMenu->addAction(toggleGroups);
    connect(m_groupsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_groupsLoadedFor != m_profile.id) {
            m_groupsLoadedFor = m_profile.id;
            m_groupsPane->load(m_profile.id);
        }
    });
    connect(m_groupsPane, &GroupsPane::openRequested, this, [this](const QString &path) {
        m_ui->addressEdit->setText(path);
        send();
    });
    connect(m_groupsPane, &GroupsPane::exportRequested, this,
            [this](const QString &id) { openExportDialog(id, std::nullopt); });

    for (const char *m : {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
        m_ui->methodCombo->addItem(QString::fromLatin1(m));
    for (const QByteArray &f : FormatOptions::choices())
        m_ui->formatCombo->addItem(QString::fromLatin1(f), f);
    m_ui->authCombo->addItem(tr("Bearer token"), authModeKey(AuthMode::Bearer));
    m_ui->authCombo->addItem(tr("No header"), authModeKey(AuthMode::None));
    m_ui->authCombo->addItem(tr("Empty header"), authModeKey(AuthMode::Empty));
    m_ui->authCombo->addItem(tr("Token without \"Bearer \""), authModeKey(AuthMode::Raw));
    m_ui->authCombo->addItem(tr("Lower-case \"bearer \""), authModeKey(AuthMode::LowercaseBearer));
    m_ui->authCombo->addItem(tr("Garbled token"), authModeKey(AuthMode::Garbled));
    m_ui->authCombo->addItem(tr("Extra spaces around the token"),
                             authModeKey(AuthMode::ExtraSpaces));
    // An expired token on purpose: the Sandbox signs one that ran out ten minutes ago.
    m_ui->authCombo->addItem(tr("Expired token (Sandbox)"), QStringLiteral("expired"));
    m_ui->authCombo->addItem(tr("Token for another environment (Sandbox)"),
                             QStringLiteral("other-environment"));
    // The composer: extra headers and a body, shown when its box is ticked.
    const auto showComposer = [this](bool on) {
        for (QWidget *w : {static_cast<QWidget *>(m_ui->extraHeadersEdit),
                           static_cast<QWidget *>(m_ui->bodyEdit),
                           static_cast<QWidget *>(m_ui->extraHeadersLabel),
                           static_cast<QWidget *>(m_ui->bodyLabel)})
            w->setVisible(on);
        // Collapsed, the box is just its checkbox: no empty frame under the address bar.
        m_ui->composerBox->setFlat(!on);
        m_ui->composerBox->setMaximumHeight(on ? QWIDGETSIZE_MAX
                                               : m_ui->composerBox->fontMetrics().height() + 8);
    };
    connect(m_ui->composerBox, &QGroupBox::toggled, this, showComposer);
    showComposer(false);
    m_ui->addressEdit->setText(QStringLiteral("Group/1"));

    // Examples of every answer on the vendor's documentation page.
    auto *examplesButton = new QToolButton(this);
    examplesButton->setObjectName(QStringLiteral("examplesButton"));
    examplesButton->setText(tr("Examples"));
    examplesButton->setToolTip(tr("Reproduce each answer of the vendor's documentation"));
    examplesButton->setPopupMode(QToolButton::InstantPopup);
    auto *examplesMenu = new QMenu(examplesButton);
    examplesMenu->setObjectName(QStringLiteral("examplesMenu"));
    for (const Example &e : vendorExamples()) {
        QAction *a = examplesMenu->addAction(e.title);
        connect(a, &QAction::triggered, this, [this, e] { applyExample(e); });
    }
    examplesButton->setMenu(examplesMenu);
    m_ui->requestRow->insertWidget(0, examplesButton);

    m_progress->setObjectName(QStringLiteral("callProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::send);
    connect(m_ui->addressEdit, &QLineEdit::returnPressed, this, &MainWindow::send);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_ui->actionSend, &QAction::triggered, this, &MainWindow::send);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancel);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFocusAddress, &QAction::triggered, this, [this] {
        m_ui->addressEdit->setFocus();
        m_ui->addressEdit->selectAll();
    });
    connect(m_ui->actionCopyCurl, &QAction::triggered, m_ui->callDetailPane,
            &CallDetailPane::copyCurl);
    connect(m_ui->actionCopyRequestId, &QAction::triggered, m_ui->callDetailPane,
            &CallDetailPane::copyRequestId);
    connect(m_ui->actionMetadata, &QAction::triggered, this, [this] {
        m_lastUserCallId = 0;
        m_client->capabilities();
    });
    connect(m_ui->actionAddProfile, &QAction::triggered, this, &MainWindow::addProfile);
    connect(m_ui->actionExport, &QAction::triggered, this, [this] {
        // A Group in the address bar is the one to export.
        static const QRegularExpression groupPath(QStringLiteral("^/?Group/([A-Za-z0-9\\-\\.]+)"));
        const auto m = groupPath.match(m_ui->addressEdit->text().trimmed());
        openExportDialog(m.hasMatch() ? m.captured(1) : QString(), std::nullopt);
    });
    connect(m_ui->actionResumeExport, &QAction::triggered, this, [this] {
        auto open = m_journal.unfinished(m_profile.id);
        if (open.isEmpty())
            return;
        // The most recent one first; the others stay in the journal for the next time.
        std::sort(open.begin(), open.end(),
                  [](const auto &a, const auto &b) { return a.updated < b.updated; });
        openExportDialog(open.last().groupId, open.last());
    });
    connect(m_ui->actionSandboxPanel, &QAction::triggered, this, [this] {
        if (!m_sandbox->isRunning() && !m_sandbox->start())
            return;
        auto *panel = new SandboxPanel(m_sandbox, this);
        panel->setObjectName(QStringLiteral("sandboxPanel"));
        panel->setAttribute(Qt::WA_DeleteOnClose);
        connect(panel, &SandboxPanel::statusMessage, this,
                [this](const QString &m) { statusBar()->showMessage(m, 6000); });
        panel->show();
    });
    connect(m_ui->actionRemoveProfile, &QAction::triggered, this, &MainWindow::removeProfile);
    connect(m_ui->actionPreferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            m_client->setTimeoutMs(AppSettings::timeoutMs());
    });
    connect(m_ui->actionDiagnosisCodes, &QAction::triggered, this, &MainWindow::showDiagnosisCodes);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionOpenLogFolder, &QAction::triggered, this, [this] {
        const QString folder = Logging::logFolder();
        QDir().mkpath(folder);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            statusBar()->showMessage(tr("The log folder is %1").arg(folder), 15000);
    });
    auto *filterShortcut = new QAction(this);
    filterShortcut->setShortcut(QKeySequence::Find);
    connect(filterShortcut, &QAction::triggered, m_ui->callLogPane, &CallLogPane::focusFilter);
    addAction(filterShortcut);

    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::onProfileChanged);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::applyAuthorization);
    // Tokens go to the keychain shortly after the last keystroke. Sandbox tokens are not kept:
    // each Sandbox signs with a key of its own, so they are worthless after a restart.
    m_saveToken->setSingleShot(true);
    m_saveToken->setInterval(600);
    connect(m_saveToken, &QTimer::timeout, this, &MainWindow::saveToken);
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this] {
        applyAuthorization();
        m_saveToken->start();
        if ((m_healthResult || m_healthPending) && m_ui->healthLabel->isVisible()) {
            m_healthResult.reset(); // that verdict was for another token
            m_healthPending = true;
            m_ui->healthLabel->setText(tr("The token changed: checking it again …"));
            m_ui->healthLabel->setStyleSheet({});
            m_recheck->start();
        }
    });
    connect(m_tokens, &TokenStore::sessionOnlyChanged, this, &MainWindow::showKeychainState);
    connect(m_ui->inspectTokenButton, &QPushButton::clicked, this, &MainWindow::showTokenInspector);
    connect(m_ui->actionInspectToken, &QAction::triggered, this, &MainWindow::showTokenInspector);
    connect(m_ui->checkTokenButton, &QPushButton::clicked, this, &MainWindow::checkToken);
    m_ui->healthLabel->setTextFormat(Qt::RichText);
    m_ui->healthLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_ui->healthLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("call:")))
            m_ui->callLogPane->selectCall(link.mid(5).toULongLong());
    });
    connect(m_ui->getTokenButton, &QPushButton::clicked, this, &MainWindow::getToken);
    // Renewal: the new token goes into the token field like a typed one (saved, inspected).
    connect(m_renewal, &TokenRenewal::renewed, this, [this](const TokenClient::Response &r) {
        m_issued = {Redaction::fingerprint(r.accessToken), QDateTime::currentDateTimeUtc(),
                    r.expiresIn, r.scope};
        if (m_profile.id == m_renewProfileId)
            m_ui->tokenEdit->setText(QString::fromUtf8(r.accessToken));
        statusBar()->showMessage(
            tr("The token was renewed before it expired (call #%1).").arg(r.callId), 8000);
    });
    connect(m_renewal, &TokenRenewal::failed, this, [this](const TokenClient::Response &r) {
        statusBar()->showMessage(tr("Renewing the token failed: %1").arg(r.explanation), 15000);
    });
    connect(m_tokenClient, &TokenClient::finished, this, [this](const TokenClient::Response &r) {
        m_ui->getTokenButton->setEnabled(true);
        m_ui->callLogPane->selectCall(r.callId);
        if (r.ok) {
            m_issued = {Redaction::fingerprint(r.accessToken), QDateTime::currentDateTimeUtc(),
                        r.expiresIn, r.scope};
            if (m_profile.id == m_renewProfileId) {
                m_ui->tokenEdit->setText(QString::fromUtf8(r.accessToken));
                m_ui->authCombo->setCurrentIndex(0);
            }
            statusBar()->showMessage(r.explanation, 8000);
            // No refresh tokens in Backend Services: ask again before this one runs out.
            if (m_profile.id == m_renewProfileId) {
                m_renewal->arm(m_renewRequest, r.expiresIn);
                tellExportDialogs();
            }
        } else {
            QMessageBox::warning(this, tr("Get token"), r.explanation);
        }
    });
    connect(m_ui->actionCheckToken, &QAction::triggered, this, &MainWindow::checkToken);
    connect(m_health, &TokenHealthCheck::finished, this, [this](const TokenHealthCheck::Result &r) {
        m_ui->checkTokenButton->setEnabled(true);
        if (m_healthPending) {
            m_recheck->start(); // the token changed again while this check ran
            return;
        }
        m_healthResult = r;
        showHealth();
        if (!r.callIds.isEmpty())
            m_ui->callLogPane->selectCall(r.callIds.last());
    });
    // The countdowns beside the token and in the verdict tick; a verdict for another token is
    // made again once typing stops (a verdict belongs to one token).
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        updateTokenInfo();
        if (m_healthResult && m_ui->healthLabel->isVisible())
            showHealth();
    });
    m_tick->start();
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(800);
    connect(m_recheck, &QTimer::timeout, this, [this] {
        if (m_healthPending && !m_health->isRunning()) {
            m_healthPending = false;
            checkToken();
        }
    });
    connect(m_ui->demoTokenButton, &QPushButton::clicked, this, [this] {
        m_ui->tokenEdit->setText(QString::fromLatin1(m_sandbox->demoToken()));
        m_ui->authCombo->setCurrentIndex(0);
    });
    auto applyFormat = [this] {
        FormatOptions f;
        f.mimeType = m_ui->formatCombo->currentData().toByteArray();
        f.alsoContentType = m_ui->contentTypeCheck->isChecked();
        f.formatParameter = m_ui->formatParamCheck->isChecked();
        m_client->setFormat(f);
    };
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, applyFormat);
    connect(m_ui->contentTypeCheck, &QCheckBox::toggled, this, applyFormat);
    connect(m_ui->formatParamCheck, &QCheckBox::toggled, this, applyFormat);
    applyFormat();

    connect(m_client, &FhirClient::callFinished, this, &MainWindow::onCallFinished);
    connect(m_ui->callLogPane, &CallLogPane::callSelected, m_ui->callDetailPane,
            &CallDetailPane::showCall);
    connect(m_ui->callLogPane, &CallLogPane::callSelected, this,
            [this](const CallRecord &r) { m_selected = r; });
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
    setAcceptDrops(true);
    connect(m_ui->callLogPane, &CallLogPane::selectionCleared, m_ui->callDetailPane,
            &CallDetailPane::clear);
    connect(m_ui->callDetailPane, &CallDetailPane::copyCurlWithTokenRequested, this,
            &MainWindow::copyCurlWithToken);
    connect(m_ui->callDetailPane, &CallDetailPane::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });

    m_client->setTimeoutMs(AppSettings::timeoutMs());
    // Window size and splitter as the user left them; otherwise fit the screen.
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray())) {
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect avail = screen->availableGeometry();
            resize(qMin(1280, avail.width() * 9 / 10), qMin(820, avail.height() * 9 / 10));
        }
    }
    m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("ui/splitter")).toByteArray());
    reloadProfiles(AppSettings::lastProfileId());
    updateTokenInfo();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_saveToken->isActive())
        saveToken();
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/splitter"), m_ui->mainSplitter->saveState());
    QMainWindow::closeEvent(event);
}

QList<MainWindow::Example> MainWindow::vendorExamples()
{
    return {
        {tr("200 OK: read Group/1 with the demo token"), "GET", QStringLiteral("Group/1"),
         AuthMode::Bearer, true},
        {tr("200 OK: CapabilityStatement (no token needed)"), "GET", QStringLiteral("metadata"),
         AuthMode::None, false},
        {tr("401 Unauthorized: no Authorization header"), "GET", QStringLiteral("Group/1"),
         AuthMode::None, false},
        {tr("401 Unauthorized: empty Authorization header"), "GET", QStringLiteral("Group/1"),
         AuthMode::Empty, false},
        {tr("403 AccessDenied: invalid token"), "GET", QStringLiteral("Group/1"), AuthMode::Garbled,
         true},
        {tr("403 AccessDenied: token without \"Bearer \""), "GET", QStringLiteral("Group/1"),
         AuthMode::Raw, true},
        {tr("403 IncompleteSignature: invalid path"), "GET", QStringLiteral("Invalid/123456"),
         AuthMode::Bearer, true},
        {tr("403 IncompleteSignature: unsupported method PATCH"), "PATCH",
         QStringLiteral("Group/123456"), AuthMode::Bearer, true},
        {tr("403 IncompleteSignature: invalid path, token without \"Bearer \""), "GET",
         QStringLiteral("Invalid/123456"), AuthMode::Raw, true},
        {tr("403 MissingAuthenticationToken: invalid path, no header"), "GET",
         QStringLiteral("Invalid/123456"), AuthMode::None, false},
        {tr("400 Bad Request: invalid _count"), "GET", QStringLiteral("Group?_count=abc"),
         AuthMode::Bearer, true},
        {tr("404 Not Found: Patient/123456"), "GET", QStringLiteral("Patient/123456"),
         AuthMode::Bearer, true},
        {tr("500 Internal Server Error (Sandbox trigger Group/fail-500)"), "GET",
         QStringLiteral("Group/fail-500"), AuthMode::Bearer, true},
        {tr("501 Not Implemented: GetAllergy"), "GET", QStringLiteral("AllergyIntolerance/1"),
         AuthMode::Bearer, true},
        {tr("501 Not Implemented: GetBinary"), "GET", QStringLiteral("Binary"), AuthMode::Bearer,
         true},
    };
}

void MainWindow::applyExample(const Example &e)
{
    m_ui->methodCombo->setCurrentText(QString::fromLatin1(e.method));
    m_ui->addressEdit->setText(e.path);
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(authModeKey(e.auth)));
    if (e.needsValidToken && m_ui->tokenEdit->text().isEmpty() &&
        m_profile.environment == ServerProfile::Environment::Sandbox)
        m_ui->tokenEdit->setText(QString::fromLatin1(m_sandbox->demoToken()));
    send();
}

void MainWindow::reloadProfiles(const QString &selectId)
{
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    for (const ServerProfile &p : m_profiles->all()) {
        QString label = p.name;
        if (!p.builtIn)
            label += QStringLiteral(" (%1)").arg(ServerProfile::environmentName(p.environment));
        m_ui->profileCombo->addItem(label, p.id);
    }
    const int idx = m_ui->profileCombo->findData(selectId);
    m_ui->profileCombo->setCurrentIndex(qMax(0, idx));
    onProfileChanged();
}

void MainWindow::selectProfile(const QString &id)
{
    const int idx = m_ui->profileCombo->findData(id);
    if (idx >= 0)
        m_ui->profileCombo->setCurrentIndex(idx);
}

void MainWindow::onProfileChanged()
{
    const auto profile = m_profiles->find(m_ui->profileCombo->currentData().toString());
    if (!profile)
        return;
    if (m_saveToken->isActive())
        saveToken(); // the previous profile's pending save happens now, under its own name
    m_profile = *profile;
    const bool sandbox = m_profile.environment == ServerProfile::Environment::Sandbox;
    if (sandbox) {
        if (!m_sandbox->isRunning() && !m_sandbox->start()) {
            QMessageBox::critical(this, tr("Sandbox"),
                                  tr("The built-in Sandbox could not start on 127.0.0.1."));
        }
        m_profile.baseUrl = m_sandbox->baseUrl();
    }
    m_client->setBaseUrl(m_profile.baseUrl);
    // Every server the user has, so a refused token can be traced to the one it was issued for.
    KnownServers known;
    for (const ServerProfile &p : m_profiles->all())
        known.append({p.name, p.environment == ServerProfile::Environment::Sandbox
                                  ? m_sandbox->baseUrl()
                                  : p.baseUrl});
    m_client->setKnownServers(known);
    m_ui->baseUrlLabel->setText(m_profile.baseUrl.toString());
    m_capabilityPane->load(); // read when a profile connects: no token needed
    if (m_groupsDock->isVisible()) {
        m_groupsLoadedFor = m_profile.id;
        m_groupsPane->load(m_profile.id);
    }
    AppSettings::setLastProfileId(m_profile.id);

    QString banner, style;
    switch (m_profile.environment) {
    case ServerProfile::Environment::Sandbox:
        banner = tr("Sandbox: the built-in test server on this computer. Demo data only, no real "
                    "patients. Try the Examples menu.");
        style = QStringLiteral("background:#dafbe1; color:#116329;");
        break;
    case ServerProfile::Environment::Production:
        banner = tr("PRODUCTION: real patient data. Every call is logged by the vendor.");
        style = QStringLiteral("background:#cf222e; color:white; font-weight:bold;");
        break;
    case ServerProfile::Environment::Preview:
        banner = tr("Preview environment (test data).");
        style = QStringLiteral("background:#fff8c5; color:#7d4e00;");
        break;
    case ServerProfile::Environment::Custom:
        banner = tr("Custom server: %1").arg(m_profile.baseUrl.toString());
        style = QStringLiteral("background:#ddf4ff; color:#0a3069;");
        break;
    }
    m_ui->environmentBanner->setText(banner);
    m_ui->environmentBanner->setStyleSheet(style);
    m_ui->demoTokenButton->setVisible(sandbox);
    m_ui->actionRemoveProfile->setEnabled(!m_profile.builtIn);
    setWindowTitle(tr("FHIR Bulk Explorer — %1").arg(m_profile.name));
    {
        const QSignalBlocker b(m_ui->tokenEdit);
        m_ui->tokenEdit->clear();
    }
    const QString profileId = m_profile.id;
    m_tokens->load(TokenStore::tokenKey(profileId), [guard = QPointer<MainWindow>(this), this,
                                                     profileId](const SecretBackend::Result &r) {
        if (!guard || m_profile.id != profileId || !m_ui->tokenEdit->text().isEmpty())
            return; // the user moved on, or typed already
        if (r.status == SecretBackend::Status::Ok) {
            const QSignalBlocker b(m_ui->tokenEdit);
            m_ui->tokenEdit->setText(QString::fromUtf8(r.value));
            applyAuthorization();
        } else if (r.status == SecretBackend::Status::Failed) {
            statusBar()->showMessage(
                tr("The keychain refused to read the token: %1").arg(r.message), 8000);
        }
    });
    applyAuthorization();
    showKeychainState();
    m_ui->healthLabel->hide(); // a verdict belongs to the profile it was made for
    m_healthResult.reset();
    m_healthPending = false;
    updateResumeAction();
    if (m_profile.id != m_renewProfileId) {
        m_renewal->stop(); // renewal is for the profile the token was obtained for
        m_renewProfileId.clear();
        armStoredRenewal();
    }
    statusBar()->showMessage(tr("Server: %1").arg(m_profile.baseUrl.toString()));
}

void MainWindow::saveToken()
{
    m_saveToken->stop();
    if (!m_profile.id.isEmpty() && m_profile.environment != ServerProfile::Environment::Sandbox)
        m_tokens->save(TokenStore::tokenKey(m_profile.id), m_ui->tokenEdit->text().toUtf8());
}

void MainWindow::openExportDialog(const QString &groupId,
                                  const std::optional<ExportJournal::Entry> &resume)
{
    const QString root = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                         QStringLiteral("/FHIR Bulk Explorer exports");
    auto *dialog = new ExportDialog(m_server, root, groupId, &m_journal, m_profile.id, this);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setTokenRenewable(tokenRenewable());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::showCallRequested, m_ui->callLogPane, &CallLogPane::selectCall);
    connect(dialog->session(), &ExportSession::stateChanged, this, &MainWindow::updateResumeAction);
    dialog->show();
    if (resume)
        dialog->resume(*resume);
}

void MainWindow::updateResumeAction()
{
    const int open = int(m_journal.unfinished(m_profile.id).size());
    m_ui->actionResumeExport->setEnabled(open > 0);
    if (open > 0)
        statusBar()->showMessage(
            tr("%n unfinished export(s) on this server: Request → Resume unfinished export.",
               nullptr, open),
            10000);
}

void MainWindow::getToken()
{
    TokenRequestDialog dialog(m_profile, m_tokens, m_client, m_sandbox, this);
    dialog.setObjectName(QStringLiteral("getTokenDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_renewRequest = dialog.request();
    m_renewProfileId = m_profile.id;
    m_renewal->stop(); // armed again with this request once it succeeds
    m_ui->getTokenButton->setEnabled(false);
    m_tokenClient->request(m_renewRequest);
}

void MainWindow::checkToken()
{
    if (m_health->isRunning())
        return;
    m_ui->checkTokenButton->setEnabled(false);
    m_ui->healthLabel->setText(tr("Checking the token against %1 …").arg(m_profile.name));
    m_ui->healthLabel->setStyleSheet({});
    m_ui->healthLabel->show();
    m_health->start(m_ui->tokenEdit->text().toUtf8(), m_profile, m_profiles->all());
}

void MainWindow::showTokenInspector()
{
    if (!m_inspector) {
        m_inspector = new TokenInspectorDialog(this);
        m_inspector->setObjectName(QStringLiteral("tokenInspector"));
        connect(m_inspector, &TokenInspectorDialog::cleanedTokenChosen, this,
                [this](const QByteArray &t) { m_ui->tokenEdit->setText(QString::fromUtf8(t)); });
    }
    updateInspector();
    m_inspector->show();
    m_inspector->raise();
    m_inspector->activateWindow();
}

void MainWindow::updateInspector()
{
    if (m_inspector) {
        m_inspector->setContext(m_ui->tokenEdit->text().toUtf8(), m_profile, m_profiles->all());
        m_inspector->setIssued(m_issued);
    }
}

void MainWindow::showKeychainState()
{
    const bool sessionOnly = m_tokens->isSessionOnly();
    m_ui->keychainBanner->setVisible(sessionOnly);
    if (sessionOnly) {
        m_ui->keychainBanner->setText(
            tr("No OS keychain is available (%1). Tokens are kept for this session only and "
               "are forgotten when you quit; nothing is written to disk.")
                .arg(m_tokens->sessionOnlyReason()));
        m_ui->keychainBanner->setStyleSheet(QStringLiteral("background:#fff8c5; color:#7d4e00;"));
    }
}

void MainWindow::applyAuthorization()
{
    const AuthMode mode = authModeFromKey(m_ui->authCombo->currentData().toString());
    m_client->setAuthorization(mode, m_ui->tokenEdit->text().toUtf8());
    updateTokenInfo();
    updateInspector();
    if (m_renewProfileId == m_profile.id)
        m_renewal->reschedule(); // the token changed: time its renewal by its own expiry
    tellExportDialogs();
}

void MainWindow::tellExportDialogs()
{
    for (ExportDialog *dialog : findChildren<ExportDialog *>())
        dialog->setTokenRenewable(tokenRenewable());
}

void MainWindow::applyCapabilities()
{
    // What the server does not list is greyed: the XML formats when `format` has no XML.
    const auto &cs = m_capabilityPane->statement();
    if (cs) {
        QStringList formats{QStringLiteral("JSON")};
        if (cs->supportsXml())
            formats << QStringLiteral("XML");
        m_ui->serverInfoLabel->setText(
            tr("— %1 %2 · FHIR %3 · %4 · <a href=\"capabilities\">capabilities</a>")
                .arg(cs->softwareName.toHtmlEscaped(), cs->softwareVersion.toHtmlEscaped(),
                     cs->fhirVersion.toHtmlEscaped(), formats.join(QStringLiteral(" + "))));
    } else {
        m_ui->serverInfoLabel->setText(tr("— <a href=\"capabilities\">no CapabilityStatement</a>"));
    }
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->formatCombo->model());
    if (!model)
        return;
    for (int i = 0; i < m_ui->formatCombo->count(); ++i) {
        QStandardItem *item = model->item(i);
        const bool xml = item->text().contains(QLatin1String("xml"));
        const bool offered = !cs || !xml || cs->supportsXml();
        item->setEnabled(offered);
        item->setToolTip(offered ? QString()
                                 : tr("The server's CapabilityStatement does not list XML."));
    }
}

void MainWindow::previewSelectedBinary()
{
    if (!m_selected.status) {
        statusBar()->showMessage(tr("Select a call with an answer first (e.g. GET Binary/1)."),
                                 8000);
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

bool MainWindow::tokenRenewable() const
{
    return m_renewal->isArmed() && m_renewProfileId == m_profile.id;
}

void MainWindow::armStoredRenewal()
{
    // A profile whose token request was saved (Get token… once, secret or key in the keychain)
    // can obtain tokens: a token restored at start is renewed like one obtained in this session.
    const TokenRequestSettings saved = TokenRequestSettings::load(m_profile.id);
    if (!saved.usable() || m_profile.environment == ServerProfile::Environment::Sandbox)
        return;
    const QString profileId = m_profile.id;
    m_tokens->load(saved.secretKey(profileId), [guard = QPointer<MainWindow>(this), this, profileId,
                                                saved](const SecretBackend::Result &r) {
        if (!guard || m_profile.id != profileId || r.status != SecretBackend::Status::Ok ||
            r.value.isEmpty())
            return;
        m_renewRequest = saved.request(r.value);
        m_renewProfileId = profileId;
        m_renewal->arm(m_renewRequest);
        tellExportDialogs();
    });
}

void MainWindow::showHealth()
{
    const TokenHealthCheck::Result &r = *m_healthResult;
    QStringList calls;
    for (quint64 id : r.callIds)
        calls << QStringLiteral("<a href=\"call:%1\">#%1</a>").arg(id);
    QString expiry;
    Diagnosis::Severity severity = r.severity;
    if (r.expiresAt.isValid()) {
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(r.expiresAt);
        expiry = left >= 0 ? tr("The token expires in %1.").arg(Diagnoser::humanDuration(left))
                           : tr("The token expired %1 ago: check again or get a new one.")
                                 .arg(Diagnoser::humanDuration(-left));
        if (left < 0)
            severity = Diagnosis::Severity::Error;
        else if (left < 120 && severity == Diagnosis::Severity::Ok)
            severity = Diagnosis::Severity::Warning;
    }
    m_ui->healthLabel->setText(tr("<b>%1 Token check: %2</b> — %3<br>%4 %5<br>Calls in the log: %6")
                                   .arg(SeverityStyle::mark(severity), r.verdict,
                                        r.summary.toHtmlEscaped(), r.detail.toHtmlEscaped(),
                                        expiry.toHtmlEscaped(), calls.join(QStringLiteral(", "))));
    m_ui->healthLabel->setStyleSheet(SeverityStyle::cardStyleSheet(severity));
    m_ui->healthLabel->show();
}

void MainWindow::updateTokenInfo()
{
    const QByteArray token = m_ui->tokenEdit->text().toUtf8();
    if (token.isEmpty()) {
        m_ui->tokenInfoLabel->setText(tr("no token"));
        m_ui->tokenInfoLabel->setToolTip({});
        return;
    }
    QString info = tr("%1 chars, sha256 %2").arg(token.size()).arg(Redaction::fingerprint(token));
    if (const auto jwt = JwtInfo::decode(token)) {
        const QDateTime exp = jwt->expiresAt();
        if (exp.isValid()) {
            const qint64 left = QDateTime::currentDateTimeUtc().secsTo(exp);
            info += QStringLiteral(", ") +
                    (left >= 0 ? tr("expires in %1").arg(Diagnoser::humanDuration(left))
                               : tr("EXPIRED %1 ago").arg(Diagnoser::humanDuration(-left)));
        }
    }
    // Pasting mistakes are sent as they stand (the Authorization menu provokes them on purpose),
    // so they are said here; a control character is never sent at all.
    const TokenLint::Report lint = TokenLint::lint(token);
    QStringList tips;
    QString first;
    for (const TokenLint::Finding &f : lint.findings) {
        if (f.severity == TokenLint::Severity::Info || f.code.startsWith(QLatin1String("jwt.")))
            continue;
        tips << QStringLiteral("%1 %2 %3")
                    .arg(SeverityStyle::mark(Diagnosis::Severity::Warning), f.message, f.fix);
        if (first.isEmpty())
            first = f.message;
    }
    if (!HeaderCheck::validValue(token)) {
        first = tr("contains a control character: it will not be sent");
        tips.prepend(QStringLiteral("%1 %2").arg(
            SeverityStyle::mark(Diagnosis::Severity::Error),
            tr("A line break or other control character would end the Authorization header; "
               "requests with this token are refused before anything is sent.")));
    }
    if (!first.isEmpty())
        info +=
            QStringLiteral(", %1 %2").arg(SeverityStyle::mark(Diagnosis::Severity::Warning), first);
    m_ui->tokenInfoLabel->setText(info);
    m_ui->tokenInfoLabel->setToolTip(tips.join(QLatin1Char('\n')));
}

void MainWindow::send()
{
    if (m_current)
        return;
    const QString target = m_ui->addressEdit->text().trimmed();
    if (target.isEmpty()) {
        statusBar()->showMessage(tr("Type a path such as Group/1, or a full URL."), 5000);
        m_ui->addressEdit->setFocus();
        return;
    }
    if (m_profile.environment == ServerProfile::Environment::Sandbox && !m_sandbox->isRunning()) {
        statusBar()->showMessage(tr("The Sandbox is not running."), 5000);
        return;
    }
    // Extra headers, one "Name: value" a line, and a body, from the composer when it is open.
    HeaderList extra;
    QByteArray body;
    if (m_ui->composerBox->isChecked()) {
        const QStringList lines =
            m_ui->extraHeadersEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            const QString name = line.left(colon).trimmed();
            static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
            if (colon <= 0 || !token.match(name).hasMatch()) {
                statusBar()->showMessage(
                    tr("Not a header line: \"%1\" (expected Name: value)").arg(line.trimmed()),
                    8000);
                m_ui->extraHeadersEdit->setFocus();
                return;
            }
            if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
                statusBar()->showMessage(tr("Choose the Authorization variant in the Authorization "
                                            "menu, not as an extra header."),
                                         8000);
                return;
            }
            extra.append(qMakePair(name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()));
        }
        body = m_ui->bodyEdit->toPlainText().toUtf8();
    }
    ApiRequest request = m_client->prepare(
        tr("Send request"), m_ui->methodCombo->currentText().toLatin1(), target, body, extra);
    request.requestId = m_ui->requestIdEdit->text().trimmed().toLatin1();
    const QString variant = m_ui->authCombo->currentData().toString();
    if (variant == QLatin1String("expired") || variant == QLatin1String("other-environment")) {
        if (m_profile.environment != ServerProfile::Environment::Sandbox) {
            statusBar()->showMessage(tr("This token variant can be made on the Sandbox only (other "
                                        "servers sign their own)."),
                                     8000);
            return;
        }
        request.auth = AuthMode::Bearer;
        // A token signed by the Sandbox but issued for the preview environment, as a token copied
        // from the wrong profile is.
        QString preview;
        for (const ServerProfile &p : ServerProfile::builtIns()) {
            if (p.environment == ServerProfile::Environment::Preview)
                preview = p.baseUrl.toString();
        }
        request.token = variant == QLatin1String("expired")
                            ? m_sandbox->mintToken(-600)
                            : m_sandbox->mintTokenForAudience(preview);
    }
    m_lastUserCallId = 0;
    m_current = m_client->send(std::move(request));
    connect(m_current, &ApiCall::finished, this, [this](const CallRecord &r) {
        m_lastUserCallId = r.id;
        m_ui->callLogPane->selectCall(r.id);
        setBusy(false);
        statusBar()->showMessage(tr("%1 → %2").arg(r.url.toString(), r.diagnosis.code), 8000);
    });
    connect(m_current, &ApiCall::progress, this, [this](qint64 got, qint64 total) {
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
}

void MainWindow::setBusy(bool busy)
{
    m_ui->sendButton->setEnabled(!busy);
    m_ui->actionSend->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->actionCancel->setEnabled(busy);
    m_progress->setRange(0, 0);
    m_progress->setVisible(busy);
    if (busy)
        statusBar()->showMessage(tr("Waiting for %1 …").arg(m_profile.baseUrl.host()));
}

void MainWindow::onCallFinished(const CallRecord &record)
{
    m_log->append(record);
}

void MainWindow::copyCurlWithToken(const CallRecord &record)
{
    const QByteArray auth = m_client->authorizationFor(record);
    if (auth.isEmpty()) {
        QMessageBox::information(this, tr("Copy as curl with token"),
                                 tr("The token of this call is no longer the current token, so it "
                                    "cannot be filled in. The redacted command was not changed."));
        return;
    }
    if (!Ask::confirm(this, tr("Copy as curl with token"),
                      tr("The command will contain the access token in clear. Anyone who sees it "
                         "can call the API as you until the token expires. Copy it anyway?")))
        return;
    QGuiApplication::clipboard()->setText(curlCommand(record, auth));
    statusBar()->showMessage(tr("Copied the curl command WITH the token. Clear your clipboard "
                                "after use."),
                             8000);
}

void MainWindow::addProfile()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add server profile"));
    auto *form = new QFormLayout;
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("profileNameEdit"));
    auto *url = new QLineEdit(&dialog);
    url->setObjectName(QStringLiteral("profileUrlEdit"));
    url->setPlaceholderText(QStringLiteral("https://example.org/fhir"));
    auto *env = new QComboBox(&dialog);
    for (auto e : {ServerProfile::Environment::Custom, ServerProfile::Environment::Preview,
                   ServerProfile::Environment::Production})
        env->addItem(ServerProfile::environmentName(e), ServerProfile::environmentKey(e));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Base URL:"), url);
    form->addRow(tr("&Environment:"), env);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QUrl base(url->text().trimmed(), QUrl::StrictMode);
    if (name->text().trimmed().isEmpty() || !base.isValid() || base.host().isEmpty() ||
        (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
        QMessageBox::warning(this, tr("Add server profile"),
                             tr("A profile needs a name and an http(s) base URL with a host."));
        return;
    }
    ServerProfile p;
    p.name = name->text().trimmed();
    p.baseUrl = base;
    p.environment = ServerProfile::environmentFromKey(env->currentData().toString());
    reloadProfiles(m_profiles->saveCustom(p));
}

void MainWindow::removeProfile()
{
    if (m_profile.builtIn)
        return;
    if (QMessageBox::question(this, tr("Remove server profile"),
                              tr("Remove the profile \"%1\"?").arg(m_profile.name)) !=
        QMessageBox::Yes)
        return;
    m_tokens->remove(TokenStore::tokenKey(m_profile.id));
    m_profiles->removeCustom(m_profile.id);
    reloadProfiles(QStringLiteral("sandbox"));
}

void MainWindow::showDiagnosisCodes()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Diagnosis codes"));
    auto *text = new QTextBrowser(&dialog);
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding='4'>")
                       .arg(tr("Diagnosis codes: what kind of answer").toHtmlEscaped());
    for (const QString &code : Diagnoser::allCodes())
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(code, Diagnoser::describe(code).toHtmlEscaped());
    html += QStringLiteral("</table><h3>%1</h3><p>%2</p><table cellpadding='4'>")
                .arg(tr("Cause codes: why, most likely first").toHtmlEscaped(),
                     tr("Each refused or misrouted call lists its likely causes, ranked, each with "
                        "the evidence it rests on "
                        "(the Authorization header as it was sent, the token's claims, the method "
                        "and path).")
                         .toHtmlEscaped());
    for (const QString &code : Causes::allCodes())
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(code, Causes::describe(code).toHtmlEscaped());
    html += QStringLiteral("</table>");
    text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(760, 560);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About FHIR Bulk Explorer"),
        tr("<h3>FHIR Bulk Explorer %1</h3><p>Explore and troubleshoot FHIR Bulk Data "
           "Export APIs: every call recorded, every answer explained.</p><p>Tokens "
           "live in the OS keychain, never in a file; logs and copies show only "
           "their length and SHA-256 fingerprint.</p>")
            .arg(QCoreApplication::applicationVersion()));
}
