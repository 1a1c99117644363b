#pragma once

#include "app/calls/CallRecord.h"
#include "app/calls/ServerProfile.h"
#include "ui/RequestBar.h"

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
} // namespace Ui
struct ConnectResult;
class CallFindings;
class CallLogModel;
class ContentOpener;
class Workspace;
class ExportDialog;
class HistoryActions;
class JobsController;
class KeyboardAccess;
class ProfileSwitcher;
class RequestBar;
class RequestsActions;
class SendController;
class TokenBar;
class WindowDocks;
class WindowPlacement;

// The explorer's main window: the environment banner and server row, the token bar, the request
// bar, the call log and the call's detail, with the docks around them. It composes the parts
// that do the work (WindowDocks, ProfileSwitcher, SendController, JobsController, AppActions,
// KeyboardAccess, WindowPlacement, the panes) and wires them to each other and to the workspace it
// is given.
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
    ServerProfile currentProfile() const;
    // A local file in the content viewer (Open…, drag and drop, the command line); NDJSON is
    // indexed from disk, other files are read off the UI thread.
    void openLocalFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void wireBars();
    void wirePanes();
    // Tab order along the rows, names for the screen reader (KeyboardAccess).
    void buildKeyboardAccess();
    void buildActions();
    void buildContentActions();
    void onProfileSwitched(const ConnectResult &connection);
    void previewSelectedBinary();
    void applyCapabilities();
    void tellExportDialogs();
    void showKeychainState();
    void showHistoryState();
    void showStatus(const QString &text, int timeoutMs);
    void copyCurlWithToken(const CallRecord &record);
    void buildRequests(CallLogModel *log);       // the Requests dock and its actions
    void wireExportDialog(ExportDialog *dialog); // a new export window: the token's hooks

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    TokenBar *m_tokenBar;
    RequestBar *m_requestBar;
    KeyboardAccess *m_keyboard = nullptr;
    HistoryActions *m_historyActions = nullptr;
    CallFindings *m_findings = nullptr; // notes, Compare, Report (issue 26)
    WindowDocks *m_docks = nullptr;     // capabilities, Groups, History, calls over time, requests
    ProfileSwitcher *m_profiles = nullptr;
    SendController *m_sender = nullptr;
    ContentOpener *m_opener = nullptr;
    JobsController *m_jobs = nullptr; // the export windows, the Jobs dock, quitting with jobs
    CallRecord m_selected;            // the call selected in the log
    RequestsActions *m_requestsActions = nullptr;
    WindowPlacement *m_placement = nullptr; // size, place and splitter, saved and restored
};
