#include "AppActions.h"

#include "app/session/SandboxControl.h"
#include "app/session/Workspace.h"
#include "app/support/AppSettings.h"
#include "app/support/BuildInfo.h"
#include "app/support/Logging.h"
#include "ui/CallLogPane.h"
#include "ui/ConformanceWindow.h"
#include "ui/DiagnosisCodesDialog.h"
#include "ui/JobsController.h"
#include "ui/PreferencesDialog.h"
#include "ui/SandboxPanel.h"
#include "ui/Theme.h"
#include "ui_MainWindow.h"

#include <QDesktopServices>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

AppActions::AppActions(QMainWindow *window, Ui::MainWindow *ui, Workspace *workspace,
                       JobsController *jobs)
    : QObject(window), m_window(window), m_ui(ui), m_workspace(workspace), m_jobs(jobs)
{
    buildToolsMenu();
    connect(m_ui->actionSandboxPanel, &QAction::triggered, this, &AppActions::openSandboxPanel);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &AppActions::editPreferences);
    connect(m_ui->actionDiagnosisCodes, &QAction::triggered, this, [this] {
        auto *dialog = new DiagnosisCodesDialog(m_window);
        dialog->setObjectName(QStringLiteral("diagnosisCodesDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &AppActions::showAbout);
    connect(m_ui->actionOpenLogFolder, &QAction::triggered, this, &AppActions::openLogFolder);
}

void AppActions::buildToolsMenu()
{
    // Tools → Check this server… (issue 27): one conformance window (JobsController); its runs
    // are the session's jobs, so a run goes on (and its exports are cancelled) without it. Every
    // letter of "Tools" is another control's Alt letter already: the English menu has none
    // (Ctrl+Shift+K opens it).
    QMenu *toolsMenu = new QMenu(tr("Tools"), m_window);
    m_ui->menuBar->insertMenu(m_ui->settingsMenu->menuAction(), toolsMenu);
    QAction *checkServer = toolsMenu->addAction(tr("Check this server…"));
    checkServer->setObjectName(QStringLiteral("actionCheckServer"));
    checkServer->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    connect(checkServer, &QAction::triggered, m_jobs, [this] { m_jobs->openConformance(); });
    connect(m_jobs, &JobsController::conformanceWindowCreated, this, [this](ConformanceWindow *w) {
        connect(w, &ConformanceWindow::callActivated, m_ui->callLogPane, &CallLogPane::selectCall);
    });
}

void AppActions::openSandboxPanel()
{
    if (!SandboxControl(m_workspace->sandbox).start())
        return;
    auto *panel = new SandboxPanel(SandboxControl(m_workspace->sandbox), m_window);
    panel->setObjectName(QStringLiteral("sandboxPanel"));
    panel->setAttribute(Qt::WA_DeleteOnClose);
    connect(panel, &SandboxPanel::statusMessage, this,
            [this](const QString &m) { emit statusMessage(m, 6000); });
    panel->show();
}

void AppActions::editPreferences()
{
    PreferencesDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace->setTimeoutMs(AppSettings::timeoutMs());
    m_workspace->setHistoryBodyLimit(qint64(AppSettings::historyBodyLimitKiB()) * 1024);
    Theme::apply(AppSettings::appearance());
}

void AppActions::showAbout()
{
    QMessageBox::about(
        m_window, tr("About FHIR Bulk Explorer"),
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
}

void AppActions::openLogFolder()
{
    const QString folder = Logging::logFolder();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        emit statusMessage(tr("The log folder is %1").arg(folder), 15000);
}
