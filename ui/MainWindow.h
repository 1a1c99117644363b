#pragma once

#include "app/calls/CallRecord.h"
#include "app/calls/ServerProfile.h"
#include "ui/RequestBar.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
} // namespace Ui
class CallFindings;
class CallLogModel;
class CapabilityPane;
class ContentOpener;
class Workspace;
class GroupsPane;
class ExportDialog;
class HistoryActions;
class JobsController;
class QDockWidget;
class QProgressBar;
class QToolButton;
class RequestBar;
class RequestsActions;
class RequestsDock;
class SentCall;
class TokenBar;

// The explorer's main window: the environment banner and server row, the token bar, the request
// bar, the call log and the call's detail, with the capabilities and Groups docks. It wires the
// passive panes to each other and to the workspace it is given; it builds none of them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // The log model shows every call the workspace records (and today's from the history).
    MainWindow(Workspace *workspace, CallLogModel *log, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Sends what the request bar and the Authorization menu say; the call's record is shown in
    // the detail pane when it ends, whatever the log's filter hides.
    void send();
    // Sends a draft as send() does (the request bar's, or a call's request again).
    void sendDraft(const RequestDraft &draft);
    // Save request…, Send again, Edit and send: on any CallRecord (the log's, History's).
    RequestsActions *requestsActions() const { return m_requestsActions; }
    // An Examples item: on a server other than the Sandbox, only after asking.
    void runExample(const RequestBar::Example &example);
    void cancel();
    void selectProfile(const QString &id);
    ServerProfile currentProfile() const { return m_profile; }
    // A local file in the content viewer (Open…, drag and drop, the command line); NDJSON is
    // indexed from disk, other files are read off the UI thread.
    void openLocalFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void childEvent(QChildEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildDocks();
    // Tab order, tables Tab leaves, names for the screen reader (MainWindowKeyboard.cpp).
    void buildKeyboardAccess();
    void sizeDockOnce(QDockWidget *dock, bool visible);
    // The window's frame inside the screen's free area (a size or place saved on another
    // screen, or the first start).
    void keepOnScreen();
    void buildActions();
    void reloadProfiles(const QString &selectId);
    void onProfileChanged();
    void showEnvironment();
    void pinCertificate(const QString &sha256);
    void previewSelectedBinary();
    void applyCapabilities();
    void tellExportDialogs();
    void showKeychainState();
    void showHistoryState();
    void setBusy(bool busy);
    void showStatus(const QString &text, int timeoutMs);
    void copyCurlWithToken(const CallRecord &record);
    void addProfile();
    void editProfile(); // the current profile: its variables, a custom one's server fields
    void buildRequests(CallLogModel *log); // the Requests dock and its actions
    void removeProfile();
    void wireExportDialog(ExportDialog *dialog); // a new export window: the token's hooks
    void updateResumeAction();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    ServerProfile m_profile;
    TokenBar *m_tokenBar;
    HistoryActions *m_historyActions = nullptr;
    CallFindings *m_findings = nullptr; // notes, Compare, Report (issue 26)
    RequestBar *m_requestBar;
    CapabilityPane *m_capabilityPane = nullptr;
    QToolButton *m_capabilitiesButton = nullptr; // opens the capabilities dock, from the server row
    ContentOpener *m_opener = nullptr;
    GroupsPane *m_groupsPane = nullptr;
    QDockWidget *m_groupsDock = nullptr;
    JobsController *m_jobs = nullptr; // the export windows, the Jobs dock, quitting with jobs
    QString m_groupsLoadedFor;
    CallRecord m_selected; // the call selected in the log
    QPointer<SentCall> m_current;
    RequestsActions *m_requestsActions = nullptr;
    RequestsDock *m_requestsDock = nullptr;
    QProgressBar *m_progress;
    QSet<const QDockWidget *> m_sizedDocks;
    bool m_placed = false; // keepOnScreen() ran once the frame was known
};
