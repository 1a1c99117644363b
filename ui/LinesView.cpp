#include "LinesView.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

LinesView::LinesView(QWidget *parent) : QAbstractItemView(parent)
{
    setSelectionBehavior(SelectRows);
    setVerticalScrollMode(ScrollPerItem);
    setHorizontalScrollMode(ScrollPerPixel);
    setAutoScroll(true);
    setRowHeight(fontMetrics().height() + 2);
}

void LinesView::setRowHeight(int height)
{
    m_rowHeight = qMax(1, height);
    updateGeometries();
    viewport()->update();
}

int LinesView::rows() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

QModelIndex LinesView::row(int r) const
{
    return model() && r >= 0 && r < rows() ? model()->index(r, 0, rootIndex()) : QModelIndex();
}

int LinesView::visibleRows() const
{
    return qMax(1, viewport()->height() / m_rowHeight);
}

int LinesView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int LinesView::contentWidth() const
{
    return qMax(viewport()->width(), m_widest);
}

QRect LinesView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model())
        return {};
    const qint64 y = qint64(index.row() - firstVisibleRow()) * m_rowHeight;
    if (y < -m_rowHeight || y > viewport()->height() + m_rowHeight)
        return {}; // far away: a rectangle in int pixels would overflow for millions of rows
    return QRect(-horizontalOffset(), int(y), contentWidth(), m_rowHeight);
}

void LinesView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    const int r = index.row();
    const int first = firstVisibleRow();
    const int shown = visibleRows();
    int top = first;
    switch (hint) {
    case PositionAtTop:
        top = r;
        break;
    case PositionAtBottom:
        top = r - shown + 1;
        break;
    case PositionAtCenter:
        top = r - shown / 2;
        break;
    case EnsureVisible:
        if (r < first)
            top = r;
        else if (r >= first + shown)
            top = r - shown + 1;
        break;
    }
    verticalScrollBar()->setValue(top); // the scroll bar keeps it in range
}

QModelIndex LinesView::indexAt(const QPoint &point) const
{
    if (point.y() < 0)
        return {};
    return row(firstVisibleRow() + point.y() / m_rowHeight);
}

QModelIndex LinesView::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    const int count = rows();
    if (count == 0)
        return {};
    const QModelIndex current = currentIndex();
    const int r = current.isValid() ? current.row() : firstVisibleRow() - 1;
    int to = r;
    switch (action) {
    case MoveUp:
    case MovePrevious:
        to = r - 1;
        break;
    case MoveDown:
    case MoveNext:
        to = r + 1;
        break;
    case MovePageUp:
        to = r - visibleRows();
        break;
    case MovePageDown:
        to = r + visibleRows();
        break;
    case MoveHome:
        to = 0;
        break;
    case MoveEnd:
        to = count - 1;
        break;
    case MoveLeft:
    case MoveRight:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                        (action == MoveLeft ? -1 : 1) *
                                            horizontalScrollBar()->singleStep());
        return current;
    }
    return row(qBound(0, to, count - 1));
}

int LinesView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int LinesView::verticalOffset() const
{
    // In pixels, as QAbstractItemView keeps the place a drag started; saturates past 2^31.
    return int(qMin<qint64>(qint64(firstVisibleRow()) * m_rowHeight, INT_MAX / 2));
}

void LinesView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    const int count = rows();
    if (count == 0)
        return;
    const QRect r = rect.normalized();
    const auto rowAtY = [&](int y) {
        return qBound(0, firstVisibleRow() + (y < 0 ? (y - m_rowHeight + 1) : y) / m_rowHeight,
                      count - 1);
    };
    const QItemSelection selection(row(rowAtY(r.top())), row(rowAtY(r.bottom())));
    selectionModel()->select(selection, command);
}

QRegion LinesView::visualRegionForSelection(const QItemSelection &selection) const
{
    const int first = firstVisibleRow();
    const int last = first + visibleRows();
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        const int top = qMax(range.top(), first);
        const int bottom = qMin(range.bottom(), last);
        if (top <= bottom)
            region += QRect(0, (top - first) * m_rowHeight, viewport()->width(),
                            (bottom - top + 1) * m_rowHeight);
    }
    return region;
}

void LinesView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const int first = firstVisibleRow();
    const int count = rows();
    const int width = contentWidth();
    const QModelIndex current = currentIndex();
    const bool focus = hasFocus() && current.isValid();
    int widest = m_widest;
    for (int i = 0; first + i < count && i * m_rowHeight < viewport()->height(); ++i) {
        const QModelIndex index = row(first + i);
        option.rect = QRect(-horizontalOffset(), i * m_rowHeight, width, m_rowHeight);
        if (!event->region().intersects(option.rect))
            continue;
        option.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
        if (selectionModel() && selectionModel()->isSelected(index))
            option.state |= QStyle::State_Selected;
        if (focus && index == current)
            option.state |= QStyle::State_HasFocus;
        itemDelegate()->paint(&painter, option, index);
        widest = qMax(widest, itemDelegate()->sizeHint(option, index).width() + 8);
    }
    if (widest > m_widest) {
        m_widest = widest;
        // Not while painting: a new range may show the scroll bar and paint again.
        QTimer::singleShot(0, this, [this] { updateGeometries(); });
    }
}

void LinesView::updateGeometries()
{
    const int count = rows();
    QScrollBar *v = verticalScrollBar();
    v->setSingleStep(1);
    v->setPageStep(visibleRows());
    v->setRange(0, qMax(0, count - visibleRows()));
    QScrollBar *h = horizontalScrollBar();
    h->setSingleStep(fontMetrics().averageCharWidth() * 4);
    h->setPageStep(viewport()->width());
    h->setRange(0, qMax(0, m_widest - viewport()->width()));
    QAbstractItemView::updateGeometries();
}

void LinesView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx);
    Q_UNUSED(dy);
    viewport()->update();
}

void LinesView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    updateGeometries();
    viewport()->update();
}

void LinesView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    QTimer::singleShot(0, this, [this] {
        updateGeometries();
        viewport()->update();
    });
}

void LinesView::reset()
{
    QAbstractItemView::reset();
    m_widest = 0;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateGeometries();
    viewport()->update();
}
