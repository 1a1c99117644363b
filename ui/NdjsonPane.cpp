#include "NdjsonPane.h"

#include "app/fhir/BodyText.h"
#include "app/fhir/NdjsonIndex.h"
#include "app/models/NdjsonLinesModel.h"
#include "app/support/Format.h"
#include "ui/BodyHighlighter.h"
#include "ui_NdjsonPane.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>

NdjsonPane::NdjsonPane(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::NdjsonPane>())
{
    m_ui->setupUi(this);
    m_ui->ndjsonLineView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

NdjsonPane::~NdjsonPane() = default;

void NdjsonPane::openBytes(const QByteArray &bytes)
{
    setUp();
    m_index->openBytes(bytes);
}

void NdjsonPane::openFile(const QString &path)
{
    setUp();
    m_index->openFile(path);
}

void NdjsonPane::setUp()
{
    m_index = new NdjsonIndex(this);
    m_model = new NdjsonLinesModel(m_index, this);
    m_filter = new NdjsonFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_ui->ndjsonLinesView->setModel(m_filter);
    m_ui->ndjsonLinesView->verticalHeader()->hide();
    m_ui->ndjsonLinesView->verticalHeader()->setDefaultSectionSize(
        m_ui->ndjsonLinesView->fontMetrics().height() + 6);
    m_ui->ndjsonLinesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *h = m_ui->ndjsonLinesView->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    h->resizeSection(NdjsonLinesModel::LineColumn, 80);
    h->resizeSection(NdjsonLinesModel::TypeColumn, 170);
    h->resizeSection(NdjsonLinesModel::IdColumn, 200);
    h->resizeSection(NdjsonLinesModel::SizeColumn, 80);
    m_ui->ndjsonErrorsTable->setColumnCount(2);
    m_ui->ndjsonErrorsTable->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_ui->ndjsonErrorsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->ndjsonErrorsTable->verticalHeader()->hide();
    m_ui->ndjsonErrorsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->ndjsonSplitter->setSizes({420, 200});
    m_ui->ndjsonDetailSplitter->setSizes({600, 340});
    m_highlighter = new BodyHighlighter(m_ui->ndjsonLineView->document());
    m_highlighter->setMode(BodyHighlighter::Mode::Json);
    m_ui->ndjsonTypeCombo->addItem(tr("All lines"), QString());
    m_ui->ndjsonTypeCombo->addItem(tr("Problem lines only"), NdjsonFilterModel::problemsOnly());
    connect(m_ui->ndjsonTypeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTypeFilter(m_ui->ndjsonTypeCombo->currentData().toString()); });
    connect(m_ui->ndjsonLinesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NdjsonPane::showLine);
    connect(m_ui->ndjsonErrorsTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const qint64 line = m_ui->ndjsonErrorsTable->item(row, 0)->data(Qt::UserRole).toLongLong();
        m_ui->ndjsonTypeCombo->setCurrentIndex(0);
        const QModelIndex i = m_filter->mapFromSource(m_model->index(int(line), 0));
        m_ui->ndjsonLinesView->setCurrentIndex(i);
        m_ui->ndjsonLinesView->scrollTo(i, QAbstractItemView::PositionAtCenter);
    });
    connect(m_index, &NdjsonIndex::progress, this, &NdjsonPane::updateSummary);
    connect(m_index, &NdjsonIndex::finished, this, &NdjsonPane::updateSummary);
    m_ui->ndjsonSummaryLabel->setText(tr("Reading the lines…"));
}

std::function<qint64()> NdjsonPane::findTask(const QByteArray &needle, bool backward) const
{
    const QModelIndex current = m_ui->ndjsonLinesView->currentIndex();
    const qint64 from =
        current.isValid() ? current.data(NdjsonLinesModel::LineNumberRole).toLongLong() : -1;
    return [path = m_index->source(), bytes = m_index->bytes(), starts = m_index->lineStarts(),
            end = m_index->bytesIndexed(), needle, from, backward] {
        return NdjsonIndex::find(path, bytes, starts, end, needle, from, backward);
    };
}

void NdjsonPane::selectLine(qint64 line)
{
    QModelIndex i = m_filter->mapFromSource(m_model->index(int(line), 0));
    if (!i.isValid()) { // hidden by the type filter: show every line again
        m_ui->ndjsonTypeCombo->setCurrentIndex(0);
        i = m_filter->mapFromSource(m_model->index(int(line), 0));
    }
    m_ui->ndjsonLinesView->setCurrentIndex(i);
    m_ui->ndjsonLinesView->scrollTo(i, QAbstractItemView::PositionAtCenter);
}

void NdjsonPane::updateSummary()
{
    const QLocale locale;
    const auto histogram = m_index->histogram();
    QStringList types;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
        types << QStringLiteral("%1 × %2").arg(it.key(), locale.toString(it.value()));
    QString text;
    if (!m_index->isFinished()) {
        const int percent = m_index->bytesTotal() > 0
                                ? int(100 * m_index->bytesIndexed() / m_index->bytesTotal())
                                : 0;
        text = tr("Reading: %1 lines so far (%2 %)…")
                   .arg(locale.toString(m_index->lineCount()))
                   .arg(percent);
    } else {
        text = tr("%1 lines: %2. Lines that are not a resource: %3.")
                   .arg(locale.toString(m_index->lineCount()),
                        types.isEmpty() ? tr("no resources") : types.join(QStringLiteral(", ")),
                        locale.toString(m_index->problemCount()));
        if (!m_index->error().isEmpty())
            Q_EMIT failed(m_index->error());
        listProblems();
        if (m_index->problemCount() > m_index->problems().size())
            text += QLatin1Char(' ') +
                    tr("The first %1 problems are listed.").arg(m_index->problems().size());
        // The filter offers each resourceType.
        while (m_ui->ndjsonTypeCombo->count() > 2)
            m_ui->ndjsonTypeCombo->removeItem(2);
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
            m_ui->ndjsonTypeCombo->addItem(
                QStringLiteral("%1 (%2)").arg(it.key(), locale.toString(it.value())), it.key());
        if (!m_ui->ndjsonLinesView->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_ui->ndjsonLinesView->setCurrentIndex(m_filter->index(0, 0));
    }
    m_ui->ndjsonSummaryLabel->setText(text);
}

void NdjsonPane::listProblems()
{
    const QLocale locale;
    const auto &problems = m_index->problems();
    m_ui->ndjsonErrorsTable->setRowCount(int(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        auto *lineItem = new QTableWidgetItem(locale.toString(problems.at(i).line + 1));
        lineItem->setData(Qt::UserRole, problems.at(i).line);
        m_ui->ndjsonErrorsTable->setItem(i, 0, lineItem);
        auto *messageItem = new QTableWidgetItem(problems.at(i).message);
        messageItem->setToolTip(problems.at(i).message);
        m_ui->ndjsonErrorsTable->setItem(i, 1, messageItem);
    }
    m_ui->ndjsonErrorsTable->setVisible(!problems.isEmpty());
}

void NdjsonPane::showLine(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_ui->ndjsonLineView->clear();
        return;
    }
    const qint64 line = index.data(NdjsonLinesModel::LineNumberRole).toLongLong();
    constexpr qint64 shown = 4 * 1024 * 1024;
    const QByteArray bytes = m_index->lineBytes(line, shown);
    if (m_index->isProblem(line)) {
        m_highlighter->setMode(BodyHighlighter::Mode::None);
        m_ui->ndjsonLineView->setPlainText(
            tr("Line %1: %2").arg(line + 1).arg(m_model->problemOf(line)) + QStringLiteral("\n\n") +
            QString::fromUtf8(bytes));
        return;
    }
    if (m_index->lineLength(line) > shown) {
        m_highlighter->setMode(BodyHighlighter::Mode::None);
        m_ui->ndjsonLineView->setPlainText(tr("Line %1 is %2; its first 4 MiB as written:")
                                               .arg(line + 1)
                                               .arg(Format::size(m_index->lineLength(line))) +
                                           QStringLiteral("\n\n") + QString::fromUtf8(bytes));
        return;
    }
    m_highlighter->setMode(BodyHighlighter::Mode::Json);
    m_ui->ndjsonLineView->setPlainText(
        BodyText::pretty(bytes, QStringLiteral("application/json")).text);
}
