// MainWindow's docks: the server's capabilities, its Groups and the call history, each opened
// from the View menu, sharing the right-hand side.
#include "MainWindow.h"

#include "app/models/WaterfallModel.h"
#include "app/session/ServerSession.h"
#include "app/session/Workspace.h"
#include "ui/CallFindings.h"
#include "ui/CallLogPane.h"
#include "ui/CallWaterfall.h"
#include "ui/CapabilityPane.h"
#include "ui/GroupsPane.h"
#include "ui/HistoryActions.h"
#include "ui/HistoryPane.h"
#include "ui/JobsController.h"
#include "ui/RequestBar.h"
#include "ui_MainWindow.h"

#include <QDockWidget>
#include <QMenu>
#include <QToolButton>

void MainWindow::buildDocks()
{
    auto *viewMenu = new QMenu(tr("&View"), this);
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_ui->menuBar->insertMenu(m_ui->settingsMenu->menuAction(), viewMenu);
    // What the current server says it can do; the server row summarises it, and its link or
    // View → Server capabilities opens it.
    m_capabilityPane = new CapabilityPane(m_workspace->server, m_workspace->profiles,
                                          SandboxControl(m_workspace->sandbox), this);
    m_capabilityPane->setObjectName(QStringLiteral("capabilityPane"));
    auto *capabilityDock = new QDockWidget(tr("Server capabilities"), this);
    capabilityDock->setObjectName(QStringLiteral("capabilityDock"));
    capabilityDock->setWidget(m_capabilityPane);
    addDockWidget(Qt::RightDockWidgetArea, capabilityDock);
    capabilityDock->hide();
    // A button, not a link in the label: Tab reaches it and a screen reader can press it.
    m_capabilitiesButton = new QToolButton(this);
    m_capabilitiesButton->setObjectName(QStringLiteral("capabilitiesButton"));
    m_capabilitiesButton->setText(tr("Capabilities…"));
    m_capabilitiesButton->setToolTip(tr("What the server says it can do (Ctrl+Shift+S)"));
    m_capabilitiesButton->setAutoRaise(true);
    m_ui->serverRow->addWidget(m_capabilitiesButton);
    connect(m_capabilitiesButton, &QToolButton::clicked, this, [capabilityDock] {
        capabilityDock->show();
        capabilityDock->raise();
    });
    QAction *toggleCapabilities = capabilityDock->toggleViewAction();
    toggleCapabilities->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    viewMenu->addAction(toggleCapabilities);
    connect(m_capabilityPane, &CapabilityPane::statementChanged, this,
            &MainWindow::applyCapabilities);

    // The Groups pane, beside it: loaded when first shown for a server.
    m_groupsPane = new GroupsPane(m_workspace->groups, this);
    m_groupsPane->setObjectName(QStringLiteral("groupsPane"));
    m_groupsDock = new QDockWidget(tr("Groups"), this);
    m_groupsDock->setObjectName(QStringLiteral("groupsDock"));
    m_groupsDock->setWidget(m_groupsPane);
    addDockWidget(Qt::RightDockWidgetArea, m_groupsDock);
    tabifyDockWidget(capabilityDock, m_groupsDock);
    m_groupsDock->hide();
    QAction *toggleGroups = m_groupsDock->toggleViewAction();
    toggleGroups->setShortcut(QKeySequence(QStringLiteral("Ctrl+G")));
    viewMenu->addAction(toggleGroups);
    connect(m_groupsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_groupsLoadedFor != m_profile.id) {
            m_groupsLoadedFor = m_profile.id;
            m_groupsPane->load(m_profile.id);
        }
    });
    connect(m_groupsPane, &GroupsPane::openRequested, this, [this](const QString &path) {
        m_requestBar->setRequest("GET", path);
        send();
    });
    connect(m_groupsPane, &GroupsPane::exportRequested, this,
            [this](const QString &id) { m_jobs->openExport(id); });

    // Earlier sessions, from the history database: read when shown.
    auto *historyPane = new HistoryPane(m_workspace->history, this);
    historyPane->setObjectName(QStringLiteral("historyPane"));
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(historyPane);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    tabifyDockWidget(m_groupsDock, historyDock);
    historyDock->hide();
    QAction *toggleHistory = historyDock->toggleViewAction();
    toggleHistory->setShortcut(QKeySequence(QStringLiteral("Ctrl+H")));
    viewMenu->addAction(toggleHistory);
    connect(historyDock, &QDockWidget::visibilityChanged, historyPane, [historyPane](bool on) {
        if (on)
            historyPane->refresh();
    });
    connect(m_workspace, &Workspace::callStored, historyPane, &HistoryPane::callWritten);
    connect(historyPane, &HistoryPane::showInLogRequested, m_historyActions,
            &HistoryActions::showStoredCall);
    connect(historyPane, &HistoryPane::exportRequested, m_historyActions,
            &HistoryActions::exportStored);
    m_findings->setHistoryPane(historyPane); // its selection and context menu
    // The calls over time, under the log: a waterfall of its calls, sharing its selection.
    auto *waterfall = new CallWaterfall(this);
    waterfall->setObjectName(QStringLiteral("callWaterfall"));
    waterfall->setModel(new WaterfallModel(waterfall));
    waterfall->model()->follow(m_ui->callLogPane->model());
    auto *waterfallDock = new QDockWidget(tr("Calls over time"), this);
    waterfallDock->setObjectName(QStringLiteral("waterfallDock"));
    waterfallDock->setWidget(waterfall);
    addDockWidget(Qt::BottomDockWidgetArea, waterfallDock);
    waterfallDock->hide();
    QAction *toggleWaterfall = waterfallDock->toggleViewAction();
    toggleWaterfall->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+W")));
    viewMenu->addAction(toggleWaterfall);
    connect(waterfall, &CallWaterfall::callActivated, m_ui->callLogPane, &CallLogPane::selectCall);
    connect(m_ui->callLogPane, &CallLogPane::callSelected, waterfall,
            [waterfall](const CallRecord &r) { waterfall->selectCall(r.id); });
    for (QDockWidget *dock : {capabilityDock, m_groupsDock, historyDock})
        connect(dock, &QDockWidget::visibilityChanged, this,
                [this, dock](bool visible) { sizeDockOnce(dock, visible); });
}

void MainWindow::sizeDockOnce(QDockWidget *dock, bool visible)
{
    // A dock opens at about a quarter of the window (never narrower than its content needs), so
    // the address bar and the call log keep their room; after that the user's width stays.
    if (!visible || m_sizedDocks.contains(dock) || dock->isFloating())
        return;
    m_sizedDocks.insert(dock);
    const int wanted = qMax(dock->minimumSizeHint().width(), width() * 28 / 100);
    resizeDocks({dock}, {wanted}, Qt::Horizontal);
}
