#include "HistoryPane.h"

#include "app/calls/Causes.h"
#include "app/models/HistoryModel.h"
#include "ui/NoteMarkDelegate.h"
#include "ui/StretchColumn.h"
#include "ui_HistoryPane.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QTimer>

HistoryPane::HistoryPane(HistoryStore *store, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HistoryPane>()), m_store(store),
      m_model(new HistoryModel(store, this)), m_debounce(new QTimer(this)),
      m_choicesDue(new QTimer(this)), m_menu(new QMenu(this))
{
    m_ui->setupUi(this);
    m_ui->historyTable->setModel(m_model);
    m_ui->historyTable->setItemDelegate(
        new NoteMarkDelegate(HistoryModel::NoteRole, HistoryModel::IdColumn, m_ui->historyTable));
    m_menu->setObjectName(QStringLiteral("historyMenu"));
    m_ui->historyTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->historyTable, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) {
                if (!m_menu->isEmpty() && m_ui->historyTable->currentIndex().isValid())
                    m_menu->popup(m_ui->historyTable->viewport()->mapToGlobal(at));
            });
    m_ui->historyTable->verticalHeader()->hide();
    m_ui->historyTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // A narrow dock shows when, how it went and what first (time, status, method, the end of
    // the URL), the URL taking the room the others leave; the server and the id come last.
    QHeaderView *header = m_ui->historyTable->horizontalHeader();
    for (int column : {int(HistoryModel::ServerColumn), int(HistoryModel::IdColumn)})
        header->moveSection(header->visualIndex(column), header->count() - 1);
    header->moveSection(header->visualIndex(HistoryModel::StatusColumn),
                        header->visualIndex(HistoryModel::TimeColumn) + 1);
    for (int column : {int(HistoryModel::MethodColumn), int(HistoryModel::StatusColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_urlColumn = new StretchColumn(m_ui->historyTable, HistoryModel::PathColumn, 12);
    m_ui->historyStatusCombo->addItem(tr("Any status"), 0);
    m_ui->historyStatusCombo->addItem(tr("2xx success"), 2);
    m_ui->historyStatusCombo->addItem(tr("3xx redirect"), 3);
    m_ui->historyStatusCombo->addItem(tr("4xx client error"), 4);
    m_ui->historyStatusCombo->addItem(tr("5xx server error"), 5);
    m_ui->historyStatusCombo->addItem(tr("No answer"), -1);
    fill(m_ui->historyCauseCombo, tr("Any cause"), Causes::allCodes());
    // The filters share a narrow dock: each shows a dozen characters and opens wide.
    for (QComboBox *combo :
         {m_ui->historySessionCombo, m_ui->historyStatusCombo, m_ui->historyDiagnosisCombo,
          m_ui->historyCauseCombo, m_ui->historyProfileCombo, m_ui->historyHostCombo,
          m_ui->historyMethodCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &HistoryPane::apply);
    connect(m_ui->historyFilterEdit, &QLineEdit::textChanged, m_debounce,
            qOverload<>(&QTimer::start));
    for (QComboBox *combo :
         {m_ui->historySessionCombo, m_ui->historyStatusCombo, m_ui->historyDiagnosisCombo,
          m_ui->historyCauseCombo, m_ui->historyProfileCombo, m_ui->historyHostCombo,
          m_ui->historyMethodCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryPane::apply);
    const auto show = [this] {
        const QModelIndex i = m_ui->historyTable->currentIndex();
        if (i.isValid())
            Q_EMIT showInLogRequested(m_model->storedRow(i.row()));
    };
    connect(m_ui->historyShowButton, &QPushButton::clicked, this, show);
    connect(m_ui->historyTable, &QTableView::doubleClicked, this, show);
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_ui->historyTable, nullptr, nullptr,
                                Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, show);
    connect(m_ui->historyExportButton, &QPushButton::clicked, this,
            [this] { Q_EMIT exportRequested(filter()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPane::showCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPane::showCount);
    m_choicesDue->setSingleShot(true);
    m_choicesDue->setInterval(1000);
    connect(m_choicesDue, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshChoices();
    });
    refresh();
}

HistoryPane::~HistoryPane() = default;

QList<qint64> HistoryPane::selectedRows() const
{
    QModelIndexList rows = m_ui->historyTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> out;
    for (const QModelIndex &i : std::as_const(rows))
        out << m_model->storedRow(i.row());
    return out;
}

QList<CallRecord> HistoryPane::selectedCalls() const
{
    QList<CallRecord> out;
    for (qint64 row : selectedRows()) {
        if (auto record = m_store->loadRow(row))
            out << *record;
    }
    return out;
}

void HistoryPane::showCount()
{
    const bool any = m_model->total() > 0;
    m_ui->historyShowButton->setEnabled(any);
    m_ui->historyExportButton->setEnabled(any);
    m_ui->historyCountLabel->setText(
        m_store->isOpen()
            ? tr("%n stored call(s)", nullptr, m_model->total())
            : tr("No call history: %1")
                  .arg(m_store->problem().isEmpty() ? tr("it is not open") : m_store->problem()));
}

void HistoryPane::callWritten()
{
    if (!isVisible())
        return; // read when shown
    m_model->fetchNewer();
    if (!m_choicesDue->isActive())
        m_choicesDue->start();
}

void HistoryPane::fill(QComboBox *combo, const QString &any, const QStringList &values)
{
    QStringList shown;
    for (int i = 1; i < combo->count(); ++i)
        shown << combo->itemData(i).toString();
    if (combo->count() > 0 && combo->itemText(0) == any && shown == values)
        return; // unchanged: an open list is left alone
    const QSignalBlocker block(combo);
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(any, QString());
    for (const QString &v : values)
        combo->addItem(v, v);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void HistoryPane::refresh()
{
    m_choicesDue->stop();
    refreshChoices();
    apply();
}

void HistoryPane::refreshChoices()
{
    QComboBox *sessions = m_ui->historySessionCombo;
    QList<qint64> ids;
    QStringList labels;
    for (const HistoryStore::Session &s : m_store->sessions()) {
        const QString when = QLocale().toString(s.started.toLocalTime(), QLocale::ShortFormat);
        ids << s.id;
        labels << (s.id == m_store->sessionId()
                       ? tr("This session (%n call(s))", nullptr, s.calls)
                       : tr("%1 (%n call(s))", nullptr, s.calls).arg(when));
    }
    QList<qint64> shown;
    for (int i = 1; i < sessions->count(); ++i)
        shown << sessions->itemData(i).toLongLong();
    if (sessions->count() > 0 && shown == ids) {
        sessions->setItemText(0, tr("All sessions")); // the same sessions: texts in place
        for (int i = 0; i < ids.size(); ++i)
            sessions->setItemText(i + 1, labels.at(i));
    } else {
        const QSignalBlocker block(sessions);
        const qint64 current = sessions->currentData().toLongLong();
        sessions->clear();
        sessions->addItem(tr("All sessions"), qint64(0));
        for (int i = 0; i < ids.size(); ++i)
            sessions->addItem(labels.at(i), ids.at(i));
        sessions->setCurrentIndex(qMax(0, sessions->findData(current)));
    }
    fill(m_ui->historyDiagnosisCombo, tr("Any diagnosis"),
         m_store->distinct(QStringLiteral("diagnosis")));
    fill(m_ui->historyProfileCombo, tr("Any server"), m_store->distinct(QStringLiteral("profile")));
    fill(m_ui->historyHostCombo, tr("Any host"), m_store->distinct(QStringLiteral("host")));
    fill(m_ui->historyMethodCombo, tr("Any method"), m_store->distinct(QStringLiteral("method")));
}

HistoryStore::Filter HistoryPane::filter() const
{
    HistoryStore::Filter f;
    f.sessionId = m_ui->historySessionCombo->currentData().toLongLong();
    f.text = m_ui->historyFilterEdit->text().trimmed();
    f.statusClass = m_ui->historyStatusCombo->currentData().toInt();
    f.diagnosis = m_ui->historyDiagnosisCombo->currentData().toString();
    f.cause = m_ui->historyCauseCombo->currentData().toString();
    f.profile = m_ui->historyProfileCombo->currentData().toString();
    f.host = m_ui->historyHostCombo->currentData().toString();
    f.method = m_ui->historyMethodCombo->currentData().toString();
    return f;
}

void HistoryPane::apply()
{
    m_debounce->stop();
    m_model->setFilter(filter());
    m_ui->historyTable->resizeColumnToContents(HistoryModel::TimeColumn);
    m_urlColumn->fit();
}
