// The content viewer on an NDJSON file: the line list indexed from disk in the background, the
// summary of what the index found (resource types, invalid lines), and one line as a tree.
#include "BinaryViewer.h"
#include "app/support/Format.h"

#include "app/fhir/BodyText.h"
#include "app/fhir/FhirConvert.h"
#include "app/fhir/NdjsonIndex.h"
#include "app/models/CallLogModel.h"
#include "app/models/NdjsonLinesModel.h"
#include "app/models/OutlineModels.h"
#include "ui/BodyHighlighter.h"
#include "ui/CodeLineDelegate.h"
#include "ui/SeverityStyle.h"
#include "ui_BinaryViewer.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImage>
#include <QKeySequence>
#include <QLocale>
#include <QPixmap>
#include <QPointer>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

void BinaryViewer::setUpNdjson()
{
    m_ndjson = new NdjsonIndex(this);
    m_ndjsonModel = new NdjsonLinesModel(m_ndjson, this);
    m_ndjsonFilter = new NdjsonFilterModel(this);
    m_ndjsonFilter->setSourceModel(m_ndjsonModel);
    m_ui->ndjsonLinesView->setModel(m_ndjsonFilter);
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
    m_lineHighlighter = new BodyHighlighter(m_ui->ndjsonLineView->document());
    m_lineHighlighter->setMode(BodyHighlighter::Mode::Json);
    m_ui->ndjsonTypeCombo->addItem(tr("All lines"), QString());
    m_ui->ndjsonTypeCombo->addItem(tr("Problem lines only"), NdjsonFilterModel::problemsOnly());
    connect(m_ui->ndjsonTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ndjsonFilter->setTypeFilter(m_ui->ndjsonTypeCombo->currentData().toString());
    });
    connect(m_ui->ndjsonLinesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BinaryViewer::showNdjsonLine);
    connect(m_ui->ndjsonErrorsTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const qint64 line = m_ui->ndjsonErrorsTable->item(row, 0)->data(Qt::UserRole).toLongLong();
        m_ui->ndjsonTypeCombo->setCurrentIndex(0);
        const QModelIndex i = m_ndjsonFilter->mapFromSource(m_ndjsonModel->index(int(line), 0));
        m_ui->ndjsonLinesView->setCurrentIndex(i);
        m_ui->ndjsonLinesView->scrollTo(i, QAbstractItemView::PositionAtCenter);
    });
    connect(m_ndjson, &NdjsonIndex::progress, this, &BinaryViewer::updateNdjsonSummary);
    connect(m_ndjson, &NdjsonIndex::finished, this, &BinaryViewer::updateNdjsonSummary);
    m_ui->ndjsonSummaryLabel->setText(tr("Reading the lines…"));
    m_ui->viewTabs->setCurrentWidget(m_ui->ndjsonTab);
}

void BinaryViewer::updateNdjsonSummary()
{
    const QLocale locale;
    const auto histogram = m_ndjson->histogram();
    QStringList types;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
        types << QStringLiteral("%1 × %2").arg(it.key(), locale.toString(it.value()));
    QString text;
    if (!m_ndjson->isFinished()) {
        const int percent = m_ndjson->bytesTotal() > 0
                                ? int(100 * m_ndjson->bytesIndexed() / m_ndjson->bytesTotal())
                                : 0;
        text = tr("Reading: %1 lines so far (%2 %)…")
                   .arg(locale.toString(m_ndjson->lineCount()))
                   .arg(percent);
    } else {
        text = tr("%1 lines: %2. Lines that are not a resource: %3.")
                   .arg(locale.toString(m_ndjson->lineCount()),
                        types.isEmpty() ? tr("no resources") : types.join(QStringLiteral(", ")),
                        locale.toString(m_ndjson->problemCount()));
        if (!m_ndjson->error().isEmpty())
            showMessage(m_ndjson->error(), true);
        // Problem lines listed; the filter offers each resourceType.
        const auto &problems = m_ndjson->problems();
        m_ui->ndjsonErrorsTable->setRowCount(int(problems.size()));
        for (int i = 0; i < problems.size(); ++i) {
            auto *lineItem = new QTableWidgetItem(locale.toString(problems.at(i).line + 1));
            lineItem->setData(Qt::UserRole, problems.at(i).line);
            m_ui->ndjsonErrorsTable->setItem(i, 0, lineItem);
            auto *messageItem = new QTableWidgetItem(problems.at(i).message);
            messageItem->setToolTip(problems.at(i).message);
            m_ui->ndjsonErrorsTable->setItem(i, 1, messageItem);
        }
        if (m_ndjson->problemCount() > problems.size())
            text += QLatin1Char(' ') + tr("The first %1 problems are listed.").arg(problems.size());
        m_ui->ndjsonErrorsTable->setVisible(!problems.isEmpty());
        while (m_ui->ndjsonTypeCombo->count() > 2)
            m_ui->ndjsonTypeCombo->removeItem(2);
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
            m_ui->ndjsonTypeCombo->addItem(
                QStringLiteral("%1 (%2)").arg(it.key(), locale.toString(it.value())), it.key());
        if (!m_ui->ndjsonLinesView->currentIndex().isValid() && m_ndjsonFilter->rowCount() > 0)
            m_ui->ndjsonLinesView->setCurrentIndex(m_ndjsonFilter->index(0, 0));
    }
    m_ui->ndjsonSummaryLabel->setText(text);
}

void BinaryViewer::showNdjsonLine(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_ui->ndjsonLineView->clear();
        return;
    }
    const qint64 line = index.data(NdjsonLinesModel::LineNumberRole).toLongLong();
    constexpr qint64 shown = 4 * 1024 * 1024;
    const QByteArray bytes = m_ndjson->lineBytes(line, shown);
    if (m_ndjson->isProblem(line)) {
        m_lineHighlighter->setMode(BodyHighlighter::Mode::None);
        m_ui->ndjsonLineView->setPlainText(
            tr("Line %1: %2").arg(line + 1).arg(m_ndjsonModel->problemOf(line)) +
            QStringLiteral("\n\n") + QString::fromUtf8(bytes));
        return;
    }
    if (m_ndjson->lineLength(line) > shown) {
        m_lineHighlighter->setMode(BodyHighlighter::Mode::None);
        m_ui->ndjsonLineView->setPlainText(tr("Line %1 is %2; its first 4 MiB as written:")
                                               .arg(line + 1)
                                               .arg(Format::size(m_ndjson->lineLength(line))) +
                                           QStringLiteral("\n\n") + QString::fromUtf8(bytes));
        return;
    }
    m_lineHighlighter->setMode(BodyHighlighter::Mode::Json);
    m_ui->ndjsonLineView->setPlainText(
        BodyText::pretty(bytes, QStringLiteral("application/json")).text);
}
