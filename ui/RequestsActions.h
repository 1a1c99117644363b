#pragma once

#include "app/calls/CallRecord.h"
#include "app/session/RequestDraft.h"

#include <QObject>
#include <functional>
#include <optional>

class CallLogPane;
class HistoryPane;
class QAction;
class QWidget;
class RequestBar;
class Workspace;

// The window's actions on saved requests and on calls made: Save request… (the composer's
// request, or a call, added to a `.http` file, never with the token), Send again (a call's
// request once more, with the current token) and Edit and send (a call's request loaded into
// the request bar to change). Each acts on a CallRecord, so the log's context menu, the
// Request menu and History's context menu share them.
class RequestsActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsActions)
public:
    RequestsActions(Workspace *workspace, RequestBar *bar, QWidget *window);
    ~RequestsActions() override;

    QAction *const saveRequest; // Ctrl+S: the request bar's request
    QAction *const saveCall;    // the selected call's request
    QAction *const sendAgain;   // Ctrl+Shift+R
    QAction *const editCall;    // Ctrl+Shift+L

    // Send again, Edit and send and Save the call's request in the log's context menu (on its
    // selected call) and in History's (on the stored call selected there).
    void attachTo(CallLogPane *log, HistoryPane *history);
    // The call the log has selected (what saveCall, sendAgain and editCall act on).
    void setSelectedCall(const std::optional<CallRecord> &call);

    // The request `call` made, as a draft for the current profile (its variables none, the
    // Authorization variant it was sent with; the token is the current one when sent).
    std::optional<RequestDraft> draftOf(const CallRecord &call, QString *problem) const;
    void sendCallAgain(const CallRecord &call);
    void editAndSend(const CallRecord &call);
    // Asks for a `.http` file and adds the request to it; false when nothing was written.
    bool saveCallRequest(const CallRecord &call);
    bool saveBarRequest();

Q_SIGNALS:
    // MainWindow sends it (the detail pane shows the call, the bar is busy meanwhile).
    void sendRequested(const RequestDraft &draft);
    void statusMessage(const QString &text, int timeoutMs);

private:
    using Append =
        std::function<bool(const QString &path, const QList<QByteArray> &secrets, QString *error)>;
    // Asks for the file, then `append` adds the request named `name` to it.
    bool saveTo(const QString &name, const Append &append);

    Workspace *m_workspace;
    RequestBar *m_bar;
    QWidget *m_window;
    std::optional<CallRecord> m_selected;
};
