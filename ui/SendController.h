#pragma once

#include "app/calls/CallRecord.h"
#include "app/session/RequestDraft.h"
#include "ui/RequestBar.h"

#include <QObject>
#include <QPointer>

namespace Ui {
class MainWindow;
} // namespace Ui
class ProfileSwitcher;
class QMainWindow;
class QProgressBar;
class SentCall;
class TokenBar;
class Workspace;

// Sending from the main window: the request bar's draft (or any other) goes to the workspace,
// one call at a time; meanwhile the bar is busy, Send is off, Cancel on, and the status bar
// shows the progress. The record that comes back is shown in the detail pane directly (and
// selected in the log when its filter shows it). The Examples menu runs here too.
class SendController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendController)
public:
    SendController(QMainWindow *window, Ui::MainWindow *ui, Workspace *workspace,
                   RequestBar *requestBar, TokenBar *tokenBar, ProfileSwitcher *profiles);

    // Sends what the request bar and the Authorization menu say.
    void send();
    // Sends a draft as send() does (the request bar's, or a call's request again).
    void sendDraft(const RequestDraft &draft);
    // An Examples item: on a server other than the Sandbox, only after asking.
    void runExample(const RequestBar::Example &example);
    void cancel();
    bool busy() const { return !m_current.isNull(); }

Q_SIGNALS:
    // The call sent ended: its record, now in the detail pane.
    void ended(const CallRecord &record);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void setBusy(bool busy);

    QMainWindow *m_window;
    Ui::MainWindow *m_ui;
    Workspace *m_workspace;
    RequestBar *m_requestBar;
    TokenBar *m_tokenBar;
    ProfileSwitcher *m_profiles;
    QProgressBar *m_progress;
    QPointer<SentCall> m_current;
};
