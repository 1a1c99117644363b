#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace Ui {
class MainWindow;
} // namespace Ui
class CallFindings;
class CallLogModel;
class CapabilityPane;
class GroupsPane;
class HistoryActions;
class HistoryPane;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolButton;
class RequestsDock;
class Workspace;

// The main window's docks and the View menu that opens them: the server's capabilities (and the
// server row's button for them), its Groups and the call history on the right, the calls over
// time under the log, the saved requests on the left (with File → Open collection… and Request →
// Run saved requests). Each dock opens at about a quarter of the window the first time.
class WindowDocks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowDocks)
public:
    WindowDocks(QMainWindow *window, Ui::MainWindow *ui, Workspace *workspace,
                HistoryActions *historyActions, CallFindings *findings);

    // The saved requests dock, its actions in the File and Request menus before `beforeAction`.
    void addRequestsDock(CallLogModel *log, QAction *beforeAction);
    // The profile now connected: the Groups dock, when shown, loads its Groups.
    void setProfileId(const QString &id);

    QMenu *viewMenu() const { return m_viewMenu; }
    CapabilityPane *capabilityPane() const { return m_capabilityPane; }
    QToolButton *capabilitiesButton() const { return m_capabilitiesButton; }
    GroupsPane *groupsPane() const { return m_groupsPane; }
    HistoryPane *historyPane() const { return m_historyPane; }
    RequestsDock *requestsDock() const { return m_requestsDock; }

private:
    QDockWidget *addDock(QWidget *content, const QString &title, const QString &name,
                         Qt::DockWidgetArea area, const char *shortcut);
    void buildServerDocks();
    void buildHistoryDock(HistoryActions *historyActions, CallFindings *findings);
    void buildWaterfallDock();
    void sizeOnceWhenShown(QDockWidget *dock);

    QMainWindow *m_window;
    Ui::MainWindow *m_ui;
    Workspace *m_workspace;
    QMenu *m_viewMenu;
    CapabilityPane *m_capabilityPane = nullptr;
    QToolButton *m_capabilitiesButton = nullptr; // opens the capabilities dock, from the server row
    GroupsPane *m_groupsPane = nullptr;
    QDockWidget *m_groupsDock = nullptr;
    HistoryPane *m_historyPane = nullptr;
    QDockWidget *m_historyDock = nullptr;
    RequestsDock *m_requestsDock = nullptr;
    QString m_profileId;
    QString m_groupsLoadedFor;
    QSet<const QDockWidget *> m_sizedDocks;
};
