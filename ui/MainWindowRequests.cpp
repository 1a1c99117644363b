// MainWindow's saved requests: the Requests dock, Save request…, Send again and Edit and send,
// wired to the request bar, the call log and the menus.
#include "MainWindow.h"

#include "app/session/SentCall.h"
#include "app/session/Workspace.h"
#include "ui/Ask.h"
#include "ui/CallLogPane.h"
#include "ui/HistoryPane.h"
#include "ui/RequestBar.h"
#include "ui/RequestsActions.h"
#include "ui/RequestsDock.h"
#include "ui_MainWindow.h"

#include <QDockWidget>
#include <QMenu>

void MainWindow::buildRequests(CallLogModel *log)
{
    m_requestsActions = new RequestsActions(m_workspace, m_requestBar, this);
    RequestsActions *actions = m_requestsActions;
    QAction *beforeFocus = m_ui->actionFocusAddress;
    m_ui->requestMenu->insertActions(beforeFocus, {actions->sendAgain, actions->editCall,
                                                   actions->saveRequest, actions->saveCall});
    m_ui->requestMenu->insertSeparator(beforeFocus);
    for (QAction *a : {actions->sendAgain, actions->editCall, actions->saveCall})
        m_ui->callLogPane->addCallAction(a);
    connect(m_ui->callLogPane, &CallLogPane::callSelected, actions,
            [actions](const CallRecord &r) { actions->setSelectedCall(r); });
    connect(m_ui->callLogPane, &CallLogPane::selectionCleared, actions,
            [actions] { actions->setSelectedCall(std::nullopt); });
    connect(actions, &RequestsActions::sendRequested, this, &MainWindow::sendDraft);
    // A call of an earlier session, from History's context menu: the same actions on it.
    if (auto *history = findChild<HistoryPane *>(QStringLiteral("historyPane"))) {
        QMenu *menu = history->contextMenu();
        menu->addSeparator();
        const auto onSelected = [history](const auto &act) {
            return [history, act] {
                if (const QList<CallRecord> calls = history->selectedCalls(); !calls.isEmpty())
                    act(calls.first());
            };
        };
        QAction *again = menu->addAction(actions->sendAgain->text());
        again->setObjectName(QStringLiteral("historySendAgain"));
        connect(again, &QAction::triggered, actions,
                onSelected([actions](const CallRecord &r) { actions->sendCallAgain(r); }));
        QAction *edit = menu->addAction(actions->editCall->text());
        edit->setObjectName(QStringLiteral("historyEditAndSend"));
        connect(edit, &QAction::triggered, actions,
                onSelected([actions](const CallRecord &r) { actions->editAndSend(r); }));
    }
    connect(actions, &RequestsActions::statusMessage, this, &MainWindow::showStatus);

    // The Requests dock: a folder of .http files and Postman collections, on the left.
    m_requestsDock = new RequestsDock(m_workspace, log, this);
    m_requestsDock->setObjectName(QStringLiteral("requestsPane"));
    auto *dock = new QDockWidget(tr("Saved requests"), this);
    dock->setObjectName(QStringLiteral("requestsDock"));
    dock->setWidget(m_requestsDock);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    if (auto *viewMenu = findChild<QMenu *>(QStringLiteral("viewMenu")))
        viewMenu->addAction(toggle);
    connect(dock, &QDockWidget::visibilityChanged, this,
            [this, dock](bool visible) { sizeDockOnce(dock, visible); });

    auto *openCollection = new QAction(tr("Open co&llection…"), this);
    openCollection->setObjectName(QStringLiteral("actionOpenCollection"));
    openCollection->setToolTip(tr("A .http file or a Postman collection, listed in the Saved "
                                  "requests dock"));
    m_ui->fileMenu->insertAction(m_ui->actionImportHar, openCollection);
    connect(openCollection, &QAction::triggered, this, [this, dock] {
        const QString path =
            Ask::openFileName(this, tr("Open a collection"),
                              tr("Saved requests (*.http *.rest *.json);;All files (*)"));
        if (path.isEmpty())
            return;
        dock->show();
        dock->raise();
        m_requestsDock->openCollection(path);
    });
    auto *run = new QAction(tr("&Run saved requests"), this);
    run->setObjectName(QStringLiteral("actionRunRequests"));
    run->setShortcut(QKeySequence(QStringLiteral("F5")));
    run->setToolTip(tr("Run the request or file selected in the Saved requests dock (all listed "
                       "when none is selected)"));
    m_ui->requestMenu->insertAction(beforeFocus, run);
    connect(run, &QAction::triggered, this, [this, dock] {
        dock->show();
        dock->raise();
        m_requestsDock->runSelected();
    });
    auto *profileAction = new QAction(tr("Server &profile and variables…"), this);
    profileAction->setObjectName(QStringLiteral("actionEditProfile"));
    m_ui->settingsMenu->insertAction(m_ui->actionRemoveProfile, profileAction);
    connect(profileAction, &QAction::triggered, this, &MainWindow::editProfile);

    connect(m_requestsDock, &RequestsDock::loadRequested, this, [this](const RequestDraft &d) {
        m_requestBar->load(d);
        showStatus(tr("Loaded \"%1\" into the request bar.").arg(d.purpose), 6000);
    });
    connect(m_requestsDock, &RequestsDock::statusMessage, this, &MainWindow::showStatus);
    connect(m_requestsDock, &RequestsDock::runningChanged, this,
            [this](bool running) { m_ui->actionCancel->setEnabled(running || m_current); });
}
