#pragma once

#include "app/calls/ServerProfile.h"

#include <QObject>

namespace Ui {
class MainWindow;
} // namespace Ui
struct ConnectResult;
class QWidget;
class Workspace;

// The main window's server profiles: the profile combo of the server row, switching servers
// (the workspace connects, the base URL and the environment banner follow), adding, editing
// and removing a profile, pinning a certificate for it. What else a switch changes in the
// window is the window's, through switched().
class ProfileSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSwitcher)
public:
    ProfileSwitcher(QWidget *window, Ui::MainWindow *ui, Workspace *workspace);

    // The profile connected to (its base URL the one in use: the Sandbox's port).
    const ServerProfile &current() const { return m_profile; }
    // Fills the combo from the store and connects to `selectId` (the first profile if it is
    // gone).
    void reload(const QString &selectId);
    void select(const QString &id);
    // The environment banner in the palette's colours (again after a palette change).
    void showEnvironment();

    void add();
    void edit(); // the current profile: its variables, a custom one's server fields
    void remove();
    void pinCertificate(const QString &sha256);

Q_SIGNALS:
    // Connected to another profile (or the same again): the window follows.
    void switched(const ConnectResult &connection);
    // The server can be read: the profile's proxy password came from the keychain.
    void serverReadable();
    void statusMessage(const QString &text, int timeoutMs);

private:
    void onComboChanged();

    QWidget *m_window;
    Ui::MainWindow *m_ui;
    Workspace *m_workspace;
    ServerProfile m_profile;
};
