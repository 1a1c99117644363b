#include "ContentCopier.h"

#include "app/fhir/ContentOutline.h"
#include "app/models/OutlineModels.h"
#include "app/support/Format.h"

#include <QClipboard>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLocale>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <vector>

ContentCopier::ContentCopier(QTreeView *tree, OutlineTreeModel *treeModel, QAbstractItemView *lines,
                             TextLinesModel *linesModel, QObject *parent)
    : QObject(parent), m_tree(tree), m_treeModel(treeModel), m_lines(lines),
      m_linesModel(linesModel)
{
}

void ContentCopier::copyValue()
{
    const QModelIndex i = m_tree->currentIndex();
    const std::shared_ptr<const ContentOutline> outline = m_treeModel->outline();
    if (!i.isValid() || !outline)
        return;
    const auto id = ContentOutline::NodeId(i.internalId());
    const ContentOutline::NodeInfo n = outline->node(id);
    copyText(n.lastLine - n.line + 1,
             [outline, id] { return QString::fromUtf8(outline->rawValue(id)); });
}

void ContentCopier::copyPath()
{
    const QModelIndex i = m_tree->currentIndex();
    if (i.isValid())
        QGuiApplication::clipboard()->setText(nodePath(i));
}

void ContentCopier::copySelectedLines()
{
    const std::shared_ptr<const ContentOutline> outline = m_linesModel->outline();
    if (!outline)
        return;
    // The selected lines in order, range by range (Ctrl+A over 14 million lines is one
    // range, not a list of 14 million indexes).
    std::vector<std::pair<qint32, qint32>> ranges;
    qint64 lines = 0;
    for (const QItemSelectionRange &r : m_lines->selectionModel()->selection()) {
        ranges.emplace_back(r.top(), r.bottom());
        lines += r.height();
    }
    std::sort(ranges.begin(), ranges.end());
    if (ranges.empty())
        return;
    const auto write = [outline, ranges] {
        QString text;
        qint32 next = -1;
        for (const auto &[top, bottom] : ranges) {
            for (qint32 l = qMax(top, next); l <= bottom; ++l) {
                if (l != ranges.front().first)
                    text += QLatin1Char('\n');
                text += outline->line(l);
            }
            next = qMax(next, bottom + 1);
        }
        return text;
    };
    copyText(lines, write);
}

void ContentCopier::copyText(qint64 lines, const std::function<QString()> &make)
{
    if (lines < 20000) {
        QGuiApplication::clipboard()->setText(make());
        return;
    }
    // A large part of a large document (the root of 200 MB): written off the UI thread.
    Q_EMIT status(tr("Copying %1 lines…").arg(QLocale().toString(lines)));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString text = watcher->result();
        QGuiApplication::clipboard()->setText(text);
        Q_EMIT status(tr("Copied %1.").arg(Format::size(text.size())));
    });
    watcher->setFuture(QtConcurrent::run(make));
}

QString ContentCopier::nodePath(const QModelIndex &index) const
{
    QStringList parts;
    for (QModelIndex i = index.siblingAtColumn(0); i.isValid() && i.parent().isValid();
         i = i.parent())
        parts.prepend(i.data().toString());
    if (m_treeModel->outline() && m_treeModel->outline()->format() == ContentOutline::Format::Xml) {
        parts.prepend(m_treeModel->index(0, 0).data().toString());
        return QLatin1Char('/') + parts.join(QLatin1Char('/'));
    }
    QString path;
    for (const QString &p : parts)
        path += p.startsWith(QLatin1Char('[')) ? p : (path.isEmpty() ? p : QLatin1Char('.') + p);
    return path;
}
