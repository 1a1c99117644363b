#include "CallLogPane.h"

#include "app/calls/Diagnoser.h"
#include "app/models/CallLogFilterModel.h"
#include "app/models/CallLogModel.h"
#include "ui/NoteMarkDelegate.h"
#include "ui/SeverityStyle.h"
#include "ui/StretchColumn.h"
#include "ui_CallLogPane.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QStyledItemDelegate>

namespace {

// Shows the severity of a call by icon and colour on its Status and Diagnosis cells; the
// icon keeps it readable without colour.
// A call with a note has a pencil by its number (NoteMarkDelegate).
class SeverityDelegate final : public NoteMarkDelegate
{
public:
    explicit SeverityDelegate(QObject *parent)
        : NoteMarkDelegate(CallLogModel::NoteRole, CallLogModel::IdColumn, parent)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        NoteMarkDelegate::initStyleOption(option, index);
        if (index.column() == CallLogModel::RunColumn) { // a saved request's expectations
            const auto run = CallLogModel::RunState(index.data(CallLogModel::RunStateRole).toInt());
            if (run == CallLogModel::RunState::Held || run == CallLogModel::RunState::Failed) {
                option->icon = SeverityStyle::icon(run == CallLogModel::RunState::Held
                                                       ? Diagnosis::Severity::Ok
                                                       : Diagnosis::Severity::Error);
                option->features |= QStyleOptionViewItem::HasDecoration;
                option->decorationSize = QSize(14, 14);
            }
            return;
        }
        if (index.column() != CallLogModel::StatusColumn &&
            index.column() != CallLogModel::DiagnosisColumn)
            return;
        const auto severity = Diagnosis::Severity(index.data(CallLogModel::SeverityRole).toInt());
        option->palette.setColor(QPalette::Text, SeverityStyle::colour(severity));
        if (index.column() == CallLogModel::StatusColumn) {
            option->icon = SeverityStyle::icon(severity);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(14, 14);
        }
    }
};

} // namespace

CallLogPane::CallLogPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CallLogPane>()),
      m_filter(new CallLogFilterModel(this)), m_menu(new QMenu(this))
{
    m_ui->setupUi(this);
    m_filter->setSortRole(Qt::DisplayRole);
    m_ui->callTable->setModel(m_filter);
    m_ui->callTable->setItemDelegate(new SeverityDelegate(m_ui->callTable));
    m_ui->callTable->verticalHeader()->hide();
    m_ui->callTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->callTable->horizontalHeader()->setHighlightSections(false);

    m_ui->statusClassCombo->addItem(tr("Any status"), CallLogFilterModel::AnyStatus);
    m_ui->statusClassCombo->addItem(tr("2xx success"), 2);
    m_ui->statusClassCombo->addItem(tr("3xx redirect"), 3);
    m_ui->statusClassCombo->addItem(tr("4xx client error"), 4);
    m_ui->statusClassCombo->addItem(tr("5xx server error"), 5);
    m_ui->statusClassCombo->addItem(tr("No answer (transport)"), 0);
    m_ui->diagnosisCombo->addItem(tr("Any diagnosis"), QString());
    m_ui->diagnosisCombo->addItem(tr("gateway.* (API gateway)"), QStringLiteral("gateway."));
    m_ui->diagnosisCombo->addItem(tr("fhir.* (FHIR server)"), QStringLiteral("fhir."));
    m_ui->diagnosisCombo->addItem(tr("transport.* (network)"), QStringLiteral("transport."));
    const QStringList codes = Diagnoser::allCodes();
    for (const QString &code : codes)
        m_ui->diagnosisCombo->addItem(code, code);
    // Each filter shows a dozen characters of its choice and opens as wide as its longest.
    for (QComboBox *combo : {m_ui->statusClassCombo, m_ui->diagnosisCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    }

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &CallLogFilterModel::setText);
    connect(m_ui->statusClassCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusClass(m_ui->statusClassCombo->currentData().toInt()); });
    connect(m_ui->diagnosisCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setDiagnosisCode(m_ui->diagnosisCombo->currentData().toString()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CallLogPane::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CallLogPane::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CallLogPane::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CallLogPane::updateCount);
    connect(m_ui->clearLogButton, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->clear();
    });
    m_menu->setObjectName(QStringLiteral("callLogMenu"));
    m_ui->callTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->callTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_menu->isEmpty() && m_ui->callTable->currentIndex().isValid())
            m_menu->popup(m_ui->callTable->viewport()->mapToGlobal(at));
    });
    updateCount();
}

CallLogPane::~CallLogPane() = default;

void CallLogPane::setModel(CallLogModel *model)
{
    m_model = model;
    m_filter->setSourceModel(model);
    auto *header = m_ui->callTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Sized for what they usually hold (a longer diagnosis code is elided); the path takes the
    // rest, and the server, the same on most rows, comes last.
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const char *sample, int extra) {
        return fm.horizontalAdvance(QLatin1String(sample)) + extra;
    };
    header->resizeSection(CallLogModel::IdColumn, width("WW 00000", 12)); // room for a note's mark
    header->resizeSection(CallLogModel::TimeColumn, width("00:00:00.000", 16));
    header->resizeSection(CallLogModel::ServerColumn, width("Sandbox (built-in)", 12));
    header->resizeSection(CallLogModel::MethodColumn, width("DELETE", 16));
    header->resizeSection(CallLogModel::StatusColumn, width("Status", 36));
    header->resizeSection(CallLogModel::DiagnosisColumn, width("gateway.incomplete-signature", 16));
    header->resizeSection(CallLogModel::ElapsedColumn, width("000000", 12));
    header->resizeSection(CallLogModel::SizeColumn, width("0,000.0 KB", 12));
    header->moveSection(header->visualIndex(CallLogModel::ServerColumn), header->count() - 1);
    // A saved request's name and expectations, shown from the first run on, before the path it
    // names: right of the diagnosis it was off-screen in a 1024-wide window with the Saved
    // requests dock open. The whole mark is in its tooltip.
    header->resizeSection(CallLogModel::RunColumn, width("x 1 of 3 failed - Read th", 24));
    header->moveSection(header->visualIndex(CallLogModel::RunColumn),
                        header->visualIndex(CallLogModel::PathColumn));
    header->setSectionHidden(CallLogModel::RunColumn, true);
    connect(model, &CallLogModel::runMarked, this, [this] {
        auto *h = m_ui->callTable->horizontalHeader();
        if (h->isSectionHidden(CallLogModel::RunColumn)) {
            h->setSectionHidden(CallLogModel::RunColumn, false);
            m_pathColumn->fit();
        }
    });
    m_pathColumn = new StretchColumn(m_ui->callTable, CallLogModel::PathColumn, 24);
    m_pathColumn->fit();
    m_ui->callTable->sortByColumn(CallLogModel::IdColumn, Qt::AscendingOrder);
    connect(m_ui->callTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CallLogPane::onCurrentChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_ui->callTable,
            &QTableView::scrollToBottom);
    updateCount();
}

void CallLogPane::selectCall(quint64 id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, 0));
    if (!proxy.isValid())
        return;
    m_ui->callTable->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    m_ui->callTable->scrollTo(proxy);
}

std::optional<CallRecord> CallLogPane::selectedCall() const
{
    const QModelIndex idx = m_ui->callTable->currentIndex();
    if (!idx.isValid())
        return std::nullopt;
    return idx.data(CallLogModel::RecordRole).value<CallRecord>();
}

QList<CallRecord> CallLogPane::shownCalls() const
{
    QList<CallRecord> out;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        out << m_filter->index(row, 0).data(CallLogModel::RecordRole).value<CallRecord>();
    return out;
}

QList<CallRecord> CallLogPane::selectedCalls() const
{
    QModelIndexList rows = m_ui->callTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<CallRecord> out;
    for (const QModelIndex &i : std::as_const(rows))
        out << i.data(CallLogModel::RecordRole).value<CallRecord>();
    return out;
}

void CallLogPane::addCallAction(QAction *action)
{
    m_menu->addAction(action);
    m_ui->callTable->addAction(action); // its shortcut works while the table has the focus
}

void CallLogPane::focusFilter()
{
    m_ui->filterEdit->setFocus();
    m_ui->filterEdit->selectAll();
}

void CallLogPane::onCurrentChanged()
{
    if (const auto record = selectedCall())
        Q_EMIT callSelected(*record);
    else
        Q_EMIT selectionCleared();
}

void CallLogPane::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model ? m_model->rowCount() : 0;
    m_ui->countLabel->setText(shown == total ? tr("%n call(s)", nullptr, total)
                                             : tr("%1 of %n call(s)", nullptr, total).arg(shown));
}
