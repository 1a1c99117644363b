#include "ProfileSwitcher.h"

#include "app/session/ProfileConnector.h"
#include "app/session/ProfileStore.h"
#include "app/session/ProfileVariables.h"
#include "app/session/Workspace.h"
#include "app/support/AppSettings.h"
#include "ui/Ask.h"
#include "ui/ProfileDialog.h"
#include "ui/SeverityStyle.h"
#include "ui_MainWindow.h"

ProfileSwitcher::ProfileSwitcher(QWidget *window, Ui::MainWindow *ui, Workspace *workspace)
    : QObject(window), m_window(window), m_ui(ui), m_workspace(workspace)
{
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &ProfileSwitcher::onComboChanged);
    connect(m_ui->actionAddProfile, &QAction::triggered, this, &ProfileSwitcher::add);
    connect(m_ui->actionRemoveProfile, &QAction::triggered, this, &ProfileSwitcher::remove);
    auto *editAction = new QAction(tr("Server &profile and variables…"), window);
    editAction->setObjectName(QStringLiteral("actionEditProfile"));
    m_ui->settingsMenu->insertAction(m_ui->actionRemoveProfile, editAction);
    connect(editAction, &QAction::triggered, this, &ProfileSwitcher::edit);
    // The profile's proxy password came from the keychain: the server can be read now.
    connect(m_workspace->connector, &ProfileConnector::ready, this,
            [this](const ConnectResult &connection) {
                if (connection.profile.id != m_profile.id)
                    return; // the user has moved on
                if (!connection.proxyProblem.isEmpty())
                    emit statusMessage(connection.proxyProblem, 15000);
                emit serverReadable();
            });
}

void ProfileSwitcher::reload(const QString &selectId)
{
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    for (const ServerProfile &p : m_workspace->profiles->all()) {
        QString label = p.name;
        if (!p.builtIn)
            label += QStringLiteral(" (%1)").arg(ServerProfile::environmentName(p.environment));
        m_ui->profileCombo->addItem(label, p.id);
    }
    const int idx = m_ui->profileCombo->findData(selectId);
    m_ui->profileCombo->setCurrentIndex(qMax(0, idx));
    onComboChanged();
}

void ProfileSwitcher::select(const QString &id)
{
    const int idx = m_ui->profileCombo->findData(id);
    if (idx >= 0)
        m_ui->profileCombo->setCurrentIndex(idx);
}

void ProfileSwitcher::onComboChanged()
{
    const auto profile = m_workspace->profiles->find(m_ui->profileCombo->currentData().toString());
    if (!profile)
        return;
    // The client set up for the profile's server (the Sandbox started, trust, proxy, known
    // servers): ProfileConnector, as every fhir-bulk command does.
    const ConnectResult connection = m_workspace->connectTo(*profile);
    m_profile = connection.profile;
    if (!connection.sandboxProblem.isEmpty())
        Ask::tell(m_window, tr("Sandbox"), connection.sandboxProblem, true);
    if (!connection.trustProblem.isEmpty())
        emit statusMessage(connection.trustProblem, 15000); // the system's trust alone applies
    m_ui->baseUrlLabel->setText(m_profile.baseUrl.toString());
    // Read when a profile connects (no token needed); with a proxy password from the keychain,
    // once it is there (ProfileConnector::ready).
    if (!connection.waitsForProxyPassword)
        emit serverReadable();
    AppSettings::setLastProfileId(m_profile.id);
    showEnvironment();
    m_ui->actionRemoveProfile->setEnabled(!m_profile.builtIn);
    emit switched(connection);
    emit statusMessage(tr("Server: %1").arg(m_profile.baseUrl.toString()), 0);
}

void ProfileSwitcher::showEnvironment()
{
    QString banner, style;
    switch (m_profile.environment) {
    case ServerProfile::Environment::Sandbox:
        banner = tr("Sandbox: the built-in test server on this computer. Demo data only, no real "
                    "patients. Try the Examples menu.");
        style = SeverityStyle::bannerStyleSheet(Diagnosis::Severity::Ok);
        break;
    case ServerProfile::Environment::Production:
        banner = tr("PRODUCTION: real patient data. Every call is logged by the vendor.");
        style = SeverityStyle::bannerStyleSheet(Diagnosis::Severity::Error, true);
        break;
    case ServerProfile::Environment::Preview:
        banner = tr("Preview environment (test data).");
        style = SeverityStyle::bannerStyleSheet(Diagnosis::Severity::Warning);
        break;
    case ServerProfile::Environment::Custom:
        banner = tr("Custom server: %1").arg(m_profile.baseUrl.toString());
        style = SeverityStyle::bannerStyleSheet(Diagnosis::Severity::Info);
        break;
    }
    m_ui->environmentBanner->setText(banner);
    m_ui->environmentBanner->setStyleSheet(style);
}

void ProfileSwitcher::add()
{
    // Window-modal and not blocking: the dialog answers through its signals.
    auto *dialog = new ProfileDialog(m_window);
    dialog->setObjectName(QStringLiteral("profileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = m_workspace->profiles->saveCustom(dialog->profile());
        ProfileVariables::save(m_workspace->profiles, m_workspace->tokens, id, dialog->variables());
        const QString password = dialog->proxyPassword();
        if (!password.isEmpty())
            m_workspace->saveProxyPassword(id, password);
        reload(id);
        emit statusMessage(tr("Added the server profile \"%1\".").arg(m_profile.name), 8000);
    });
    dialog->open();
}

void ProfileSwitcher::edit()
{
    auto *dialog = new ProfileDialog(m_window);
    dialog->setObjectName(QStringLiteral("profileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(m_profile);
    dialog->setVariables(m_workspace->profiles->variables(m_profile.id));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ServerProfile edited = dialog->profile();
        ProfileVariables::save(m_workspace->profiles, m_workspace->tokens, edited.id,
                               dialog->variables());
        if (!edited.builtIn) {
            m_workspace->profiles->saveCustom(edited);
            const QString password = dialog->proxyPassword();
            if (!password.isEmpty())
                m_workspace->saveProxyPassword(edited.id, password);
            reload(edited.id);
        }
        emit statusMessage(tr("Saved the profile \"%1\".").arg(edited.name), 8000);
    });
    dialog->open();
}

void ProfileSwitcher::pinCertificate(const QString &sha256)
{
    if (m_profile.builtIn) {
        emit statusMessage(
            tr("A built-in profile cannot pin a certificate: add a profile for this server "
               "(Settings → Add server profile…) and pin it there."),
            12000);
        return;
    }
    if (!Ask::confirm(m_window, tr("Trust this certificate?"),
                      tr("Calls of the profile \"%1\" will accept exactly this server certificate "
                         "although its checks fail:\n\nSHA-256 %2\n\nDo this only after comparing "
                         "the fingerprint with the server's owner (by phone, not by e-mail). A "
                         "trusted CA (the profile's CA bundle) is the better fix; nothing else is "
                         "accepted, and a renewed certificate must be trusted again.")
                          .arg(m_profile.name, sha256)))
        return;
    ServerProfile p = m_profile;
    p.pinnedSha256 = sha256;
    m_workspace->profiles->saveCustom(p);
    m_profile.pinnedSha256 = sha256;
    m_workspace->trustAsProfile(m_profile);
    emit statusMessage(tr("The profile \"%1\" now trusts the certificate %2. Send again.")
                           .arg(m_profile.name, sha256.left(23)),
                       12000);
}

void ProfileSwitcher::remove()
{
    if (m_profile.builtIn)
        return;
    if (!Ask::confirm(
            m_window, tr("Remove server profile"),
            tr("Remove the profile \"%1\" and its token in the keychain?").arg(m_profile.name)))
        return;
    const QString name = m_profile.name;
    m_workspace->forgetSecrets(m_profile.id);
    ProfileVariables::forget(m_workspace->profiles, m_workspace->tokens, m_profile.id);
    m_workspace->profiles->removeCustom(m_profile.id);
    reload(QStringLiteral("sandbox"));
    emit statusMessage(tr("Removed the server profile \"%1\".").arg(name), 8000);
}
