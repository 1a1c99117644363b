#include "RequestsActions.h"

#include "app/session/SavedRequests.h"
#include "app/session/TokenSession.h"
#include "app/session/Workspace.h"
#include "app/tokens/TokenLint.h"
#include "ui/Ask.h"
#include "ui/CallLogPane.h"
#include "ui/HistoryPane.h"
#include "ui/RequestBar.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QSettings>
#include <QWidget>

namespace {

QString lastFileKey()
{
    return QStringLiteral("requests/lastSaveFile");
}

} // namespace

RequestsActions::RequestsActions(Workspace *workspace, RequestBar *bar, QWidget *window)
    : QObject(window), saveRequest(new QAction(tr("&Save request…"), window)),
      saveCall(new QAction(tr("Save the call's request…"), window)),
      sendAgain(new QAction(tr("Send &again"), window)),
      editCall(new QAction(tr("&Edit and send…"), window)), m_workspace(workspace), m_bar(bar),
      m_window(window)
{
    saveRequest->setObjectName(QStringLiteral("actionSaveRequest"));
    saveRequest->setShortcut(QKeySequence::Save);
    saveRequest->setToolTip(tr("Add the request bar's request to a .http file (never the token)"));
    saveCall->setObjectName(QStringLiteral("actionSaveCallRequest"));
    saveCall->setToolTip(tr("Add the selected call's request to a .http file (never the token)"));
    sendAgain->setObjectName(QStringLiteral("actionSendAgain"));
    sendAgain->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    sendAgain->setToolTip(tr("Send the selected call's request again, with the current token"));
    editCall->setObjectName(QStringLiteral("actionEditCall"));
    editCall->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    editCall->setToolTip(
        tr("Load the selected call's request into the request bar, to change and send"));
    connect(saveRequest, &QAction::triggered, this, &RequestsActions::saveBarRequest);
    connect(saveCall, &QAction::triggered, this, [this] {
        if (m_selected)
            saveCallRequest(*m_selected);
    });
    connect(sendAgain, &QAction::triggered, this, [this] {
        if (m_selected)
            sendCallAgain(*m_selected);
        else
            Q_EMIT statusMessage(tr("Select a call in the log first."), 6000);
    });
    connect(editCall, &QAction::triggered, this, [this] {
        if (m_selected)
            editAndSend(*m_selected);
        else
            Q_EMIT statusMessage(tr("Select a call in the log first."), 6000);
    });
    setSelectedCall(std::nullopt);
}

RequestsActions::~RequestsActions() = default;

void RequestsActions::attachTo(CallLogPane *log, HistoryPane *history)
{
    for (QAction *a : {sendAgain, editCall, saveCall})
        log->addCallAction(a);
    connect(log, &CallLogPane::callSelected, this,
            [this](const CallRecord &r) { setSelectedCall(r); });
    connect(log, &CallLogPane::selectionCleared, this, [this] { setSelectedCall(std::nullopt); });
    // A call of an earlier session, from History's context menu: the same actions on it.
    QMenu *menu = history->contextMenu();
    menu->addSeparator();
    const auto onSelected = [history](const auto &act) {
        return [history, act] {
            if (const QList<CallRecord> calls = history->selectedCalls(); !calls.isEmpty())
                act(calls.first());
        };
    };
    QAction *again = menu->addAction(sendAgain->text());
    again->setObjectName(QStringLiteral("historySendAgain"));
    connect(again, &QAction::triggered, this,
            onSelected([this](const CallRecord &r) { sendCallAgain(r); }));
    QAction *edit = menu->addAction(editCall->text());
    edit->setObjectName(QStringLiteral("historyEditAndSend"));
    connect(edit, &QAction::triggered, this,
            onSelected([this](const CallRecord &r) { editAndSend(r); }));
}

void RequestsActions::setSelectedCall(const std::optional<CallRecord> &call)
{
    m_selected = call;
    for (QAction *a : {saveCall, sendAgain, editCall})
        a->setEnabled(call.has_value());
}

std::optional<RequestDraft> RequestsActions::draftOf(const CallRecord &call, QString *problem) const
{
    return SavedRequests::draftOfCall(call, *m_workspace->client, problem);
}

void RequestsActions::sendCallAgain(const CallRecord &call)
{
    QString problem;
    const auto d = draftOf(call, &problem);
    if (!d) {
        Q_EMIT statusMessage(problem, 10000);
        return;
    }
    Q_EMIT sendRequested(*d);
}

void RequestsActions::editAndSend(const CallRecord &call)
{
    QString problem;
    const auto d = draftOf(call, &problem);
    if (!d) {
        Q_EMIT statusMessage(problem, 10000);
        return;
    }
    m_bar->load(*d);
    Q_EMIT statusMessage(tr("The call's request is in the request bar: change it and send."), 8000);
}

bool RequestsActions::saveCallRequest(const CallRecord &call)
{
    const QString name = call.purpose.simplified();
    return saveTo(
        name, [this, call](const QString &path, const QList<QByteArray> &secrets, QString *error) {
            return SavedRequests::appendCall(path, call, m_workspace->baseUrl(), secrets, error);
        });
}

bool RequestsActions::saveBarRequest()
{
    QString problem;
    const auto d = m_bar->draft(&problem);
    if (!d) {
        Q_EMIT statusMessage(problem, 8000);
        return false;
    }
    const QString name = QStringLiteral("%1 %2").arg(QString::fromLatin1(d->method), d->target);
    return saveTo(name, [draft = *d, name](const QString &path, const QList<QByteArray> &secrets,
                                           QString *error) {
        return SavedRequests::appendDraft(path, draft, name, secrets, error);
    });
}

bool RequestsActions::saveTo(const QString &name, const Append &append)
{
    QSettings settings;
    const QString suggested =
        settings.value(lastFileKey(), QDir::home().filePath(QStringLiteral("requests.http")))
            .toString();
    const QString path =
        Ask::saveFileName(m_window, tr("Add the request to a .http file"), suggested,
                          tr("Saved requests (*.http *.rest);;All files (*)"), false);
    if (path.isEmpty())
        return false;
    QString error;
    const QByteArray token = TokenLint::tokenAlone(m_workspace->token->token());
    if (!append(path, {token}, &error)) {
        Ask::tell(m_window, tr("Save request"), error, true);
        return false;
    }
    settings.setValue(lastFileKey(), path);
    Q_EMIT statusMessage(
        tr("Added \"%1\" to %2 (without the token).").arg(name, QFileInfo(path).fileName()), 8000);
    return true;
}
