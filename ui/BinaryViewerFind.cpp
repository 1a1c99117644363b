// BinaryViewer's Find (Ctrl+F, F3, Shift+F3): over the tree's keys and values, the text's lines,
// or an NDJSON file on disk, always on a worker; the newest search wins.
#include "BinaryViewer.h"

#include "app/fhir/ContentOutline.h"
#include "app/fhir/NdjsonIndex.h"
#include "app/models/NdjsonLinesModel.h"
#include "app/models/OutlineModels.h"
#include "ui_BinaryViewer.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QtConcurrent/QtConcurrentRun>

void BinaryViewer::find(bool backward)
{
    const QByteArray needle = m_ui->findEdit->text().toUtf8();
    if (needle.isEmpty() || m_preparing)
        return;
    const quint64 generation = ++m_findGeneration;
    m_finding = true;
    m_ui->findStatusLabel->setText(tr("Searching…"));
    auto *watcher = new QFutureWatcher<qint64>(this);
    const bool ndjson = m_ndjson && m_ui->viewTabs->currentWidget() == m_ui->ndjsonTab;
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, generation, ndjson] {
        watcher->deleteLater();
        if (generation != m_findGeneration)
            return;
        m_finding = false;
        showFound(watcher->result(), ndjson);
    });
    if (ndjson) {
        const QModelIndex current = m_ui->ndjsonLinesView->currentIndex();
        const qint64 from =
            current.isValid() ? current.data(NdjsonLinesModel::LineNumberRole).toLongLong() : -1;
        watcher->setFuture(QtConcurrent::run(
            [path = m_ndjson->source(), bytes = m_ndjson->bytes(), starts = m_ndjson->lineStarts(),
             end = m_ndjson->bytesIndexed(), needle, from, backward] {
                return NdjsonIndex::find(path, bytes, starts, end, needle, from, backward);
            }));
        return;
    }
    const std::shared_ptr<const ContentOutline> outline = m_outline;
    if (!outline || !outline->isValid()) {
        m_finding = false;
        delete watcher;
        m_ui->findStatusLabel->setText(tr("Nothing to search here."));
        return;
    }
    if (outline->size() > 0) {
        const QModelIndex current = m_ui->treeView->currentIndex();
        const ContentOutline::NodeId from =
            current.isValid() ? ContentOutline::NodeId(current.internalId()) : (backward ? 0 : -1);
        watcher->setFuture(QtConcurrent::run([outline, needle, from, backward] {
            return outline->findNode(needle, from, backward);
        }));
    } else {
        const qint32 from = m_ui->textStack->currentWidget() == m_ui->linesView
                                ? m_ui->linesView->currentIndex().row()
                                : m_ui->textView->textCursor().blockNumber();
        watcher->setFuture(QtConcurrent::run([outline, needle, from, backward] {
            return qint64(outline->findLine(needle, from, backward));
        }));
    }
}

void BinaryViewer::showFound(qint64 found, bool ndjson)
{
    const QString what = m_ui->findEdit->text();
    if (found < 0) {
        m_ui->findStatusLabel->setText(tr("“%1” is not found.").arg(what));
        return;
    }
    if (ndjson) {
        QModelIndex i = m_ndjsonFilter->mapFromSource(m_ndjsonModel->index(int(found), 0));
        if (!i.isValid()) { // hidden by the type filter: show every line again
            m_ui->ndjsonTypeCombo->setCurrentIndex(0);
            i = m_ndjsonFilter->mapFromSource(m_ndjsonModel->index(int(found), 0));
        }
        m_ui->ndjsonLinesView->setCurrentIndex(i);
        m_ui->ndjsonLinesView->scrollTo(i, QAbstractItemView::PositionAtCenter);
        m_ui->findStatusLabel->setText(tr("Line %1").arg(QLocale().toString(found + 1)));
        return;
    }
    if (m_outline && m_outline->size() > 0) {
        const QModelIndex i = m_tree->indexForNode(found);
        m_ui->treeView->scrollTo(i, QAbstractItemView::PositionAtCenter); // opens its parents
        m_ui->treeView->setCurrentIndex(i);
        m_ui->findStatusLabel->setText(
            tr("Line %1").arg(QLocale().toString(i.data(OutlineTreeModel::LineRole).toInt() + 1)));
    } else {
        goToLine(int(found));
        m_ui->findStatusLabel->setText(tr("Line %1").arg(QLocale().toString(found + 1)));
    }
}
