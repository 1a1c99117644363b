#pragma once

#include <QObject>

namespace Ui {
class MainWindow;
} // namespace Ui
class JobsController;
class QMainWindow;
class Workspace;

// The main window's actions that open another window or dialog and need nothing else of it:
// Tools → Check this server… (the conformance window of JobsController), Settings → Sandbox…,
// Preferences…, Help → Diagnosis codes, About, Open log folder.
class AppActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppActions)
public:
    AppActions(QMainWindow *window, Ui::MainWindow *ui, Workspace *workspace, JobsController *jobs);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void buildToolsMenu();
    void openSandboxPanel();
    void editPreferences();
    void showAbout();
    void openLogFolder();

    QMainWindow *m_window;
    Ui::MainWindow *m_ui;
    Workspace *m_workspace;
    JobsController *m_jobs;
};
