#include "WindowDocks.h"

#include "app/models/WaterfallModel.h"
#include "app/session/SandboxControl.h"
#include "app/session/Workspace.h"
#include "ui/Ask.h"
#include "ui/CallFindings.h"
#include "ui/CallLogPane.h"
#include "ui/CallWaterfall.h"
#include "ui/CapabilityPane.h"
#include "ui/GroupsPane.h"
#include "ui/HistoryActions.h"
#include "ui/HistoryPane.h"
#include "ui/RequestsDock.h"
#include "ui_MainWindow.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QToolButton>

WindowDocks::WindowDocks(QMainWindow *window, Ui::MainWindow *ui, Workspace *workspace,
                         HistoryActions *historyActions, CallFindings *findings)
    : QObject(window), m_window(window), m_ui(ui), m_workspace(workspace),
      m_viewMenu(new QMenu(tr("&View"), window))
{
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_ui->menuBar->insertMenu(m_ui->settingsMenu->menuAction(), m_viewMenu);
    buildServerDocks();
    buildHistoryDock(historyActions, findings);
    buildWaterfallDock();
}

QDockWidget *WindowDocks::addDock(QWidget *content, const QString &title, const QString &name,
                                  Qt::DockWidgetArea area, const char *shortcut)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setWidget(content);
    m_window->addDockWidget(area, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setShortcut(QKeySequence(QString::fromLatin1(shortcut)));
    m_viewMenu->addAction(toggle);
    return dock;
}

void WindowDocks::buildServerDocks()
{
    // What the current server says it can do; the server row summarises it, and its button or
    // View → Server capabilities opens it.
    m_capabilityPane = new CapabilityPane(m_workspace->server, m_workspace->profiles,
                                          SandboxControl(m_workspace->sandbox), m_window);
    m_capabilityPane->setObjectName(QStringLiteral("capabilityPane"));
    QDockWidget *capabilityDock =
        addDock(m_capabilityPane, tr("Server capabilities"), QStringLiteral("capabilityDock"),
                Qt::RightDockWidgetArea, "Ctrl+Shift+S");
    // A button, not a link in the label: Tab reaches it and a screen reader can press it.
    m_capabilitiesButton = new QToolButton(m_window);
    m_capabilitiesButton->setObjectName(QStringLiteral("capabilitiesButton"));
    m_capabilitiesButton->setText(tr("Capabilities…"));
    m_capabilitiesButton->setToolTip(tr("What the server says it can do (Ctrl+Shift+S)"));
    m_capabilitiesButton->setAutoRaise(true);
    m_ui->serverRow->addWidget(m_capabilitiesButton);
    connect(m_capabilitiesButton, &QToolButton::clicked, capabilityDock, [capabilityDock] {
        capabilityDock->show();
        capabilityDock->raise();
    });
    sizeOnceWhenShown(capabilityDock);

    // The Groups pane, beside it: loaded when first shown for a server.
    m_groupsPane = new GroupsPane(m_workspace->groups, m_window);
    m_groupsPane->setObjectName(QStringLiteral("groupsPane"));
    m_groupsDock = addDock(m_groupsPane, tr("Groups"), QStringLiteral("groupsDock"),
                           Qt::RightDockWidgetArea, "Ctrl+G");
    m_window->tabifyDockWidget(capabilityDock, m_groupsDock);
    connect(m_groupsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_groupsLoadedFor != m_profileId) {
            m_groupsLoadedFor = m_profileId;
            m_groupsPane->load(m_profileId);
        }
    });
    sizeOnceWhenShown(m_groupsDock);
}

void WindowDocks::buildHistoryDock(HistoryActions *historyActions, CallFindings *findings)
{
    // Earlier sessions, from the history database: read when shown.
    m_historyPane = new HistoryPane(m_workspace->history, m_window);
    m_historyPane->setObjectName(QStringLiteral("historyPane"));
    m_historyDock = addDock(m_historyPane, tr("History"), QStringLiteral("historyDock"),
                            Qt::RightDockWidgetArea, "Ctrl+H");
    m_window->tabifyDockWidget(m_groupsDock, m_historyDock);
    HistoryPane *historyPane = m_historyPane;
    connect(m_historyDock, &QDockWidget::visibilityChanged, historyPane, [historyPane](bool on) {
        if (on)
            historyPane->refresh();
    });
    connect(m_workspace, &Workspace::callStored, historyPane, &HistoryPane::callWritten);
    connect(historyPane, &HistoryPane::showInLogRequested, historyActions,
            &HistoryActions::showStoredCall);
    connect(historyPane, &HistoryPane::exportRequested, historyActions,
            &HistoryActions::exportStored);
    findings->setHistoryPane(historyPane); // its selection and context menu
    sizeOnceWhenShown(m_historyDock);
}

void WindowDocks::buildWaterfallDock()
{
    // The calls over time, under the log: a waterfall of its calls, sharing its selection.
    auto *waterfall = new CallWaterfall(m_window);
    waterfall->setObjectName(QStringLiteral("callWaterfall"));
    waterfall->setModel(new WaterfallModel(waterfall));
    waterfall->model()->follow(m_ui->callLogPane->model());
    addDock(waterfall, tr("Calls over time"), QStringLiteral("waterfallDock"),
            Qt::BottomDockWidgetArea, "Ctrl+Shift+W");
    connect(waterfall, &CallWaterfall::callActivated, m_ui->callLogPane, &CallLogPane::selectCall);
    connect(m_ui->callLogPane, &CallLogPane::callSelected, waterfall,
            [waterfall](const CallRecord &r) { waterfall->selectCall(r.id); });
}

void WindowDocks::addRequestsDock(CallLogModel *log, QAction *beforeAction)
{
    // A folder of .http files and Postman collections, on the left.
    m_requestsDock = new RequestsDock(m_workspace, log, m_window);
    m_requestsDock->setObjectName(QStringLiteral("requestsPane"));
    QDockWidget *dock =
        addDock(m_requestsDock, tr("Saved requests"), QStringLiteral("requestsDock"),
                Qt::LeftDockWidgetArea, "Ctrl+Shift+A");
    sizeOnceWhenShown(dock);

    auto *openCollection = new QAction(tr("Open co&llection…"), m_window);
    openCollection->setObjectName(QStringLiteral("actionOpenCollection"));
    openCollection->setToolTip(tr("A .http file or a Postman collection, listed in the Saved "
                                  "requests dock"));
    m_ui->fileMenu->insertAction(m_ui->actionImportHar, openCollection);
    connect(openCollection, &QAction::triggered, this, [this, dock] {
        const QString path =
            Ask::openFileName(m_window, tr("Open a collection"),
                              tr("Saved requests (*.http *.rest *.json);;All files (*)"));
        if (path.isEmpty())
            return;
        dock->show();
        dock->raise();
        m_requestsDock->openCollection(path);
    });
    auto *run = new QAction(tr("&Run saved requests"), m_window);
    run->setObjectName(QStringLiteral("actionRunRequests"));
    run->setShortcut(QKeySequence(QStringLiteral("F5")));
    run->setToolTip(tr("Run the request or file selected in the Saved requests dock (all listed "
                       "when none is selected)"));
    m_ui->requestMenu->insertAction(beforeAction, run);
    connect(run, &QAction::triggered, this, [this, dock] {
        dock->show();
        dock->raise();
        m_requestsDock->runSelected();
    });
}

void WindowDocks::setProfileId(const QString &id)
{
    m_profileId = id;
    if (m_groupsDock->isVisible()) {
        m_groupsLoadedFor = id;
        m_groupsPane->load(id);
    }
}

void WindowDocks::sizeOnceWhenShown(QDockWidget *dock)
{
    // A dock opens at about a quarter of the window (never narrower than its content needs), so
    // the address bar and the call log keep their room; after that the user's width stays.
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        if (!visible || m_sizedDocks.contains(dock) || dock->isFloating())
            return;
        m_sizedDocks.insert(dock);
        const int wanted = qMax(dock->minimumSizeHint().width(), m_window->width() * 28 / 100);
        m_window->resizeDocks({dock}, {wanted}, Qt::Horizontal);
    });
}
