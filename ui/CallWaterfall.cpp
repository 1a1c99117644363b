#include "CallWaterfall.h"

#include "ui/PictureMarks.h"

#include <QAction>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <cmath>

namespace {
constexpr double kMinMsPerPx = 0.01; // 100 px per millisecond at most
constexpr int kMarkSize = 10;
} // namespace

CallWaterfall::CallWaterfall(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Calls over time"));
    setAccessibleDescription(tr("One bar per call from its start to its end. Plus and minus zoom, "
                                "the arrow keys move the selection and pan, 0 fits the width."));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    setMinimumSize(360, 140);

    // The context menu's entries; their keys (+, −, 0 and Ctrl+wheel) work while the waterfall
    // has the focus (keyPressEvent), so they take no shortcut from the window.
    const auto action = [this](const QString &text, auto slot) {
        auto *a = new QAction(text, this);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    action(tr("Zoom in (+)"), [this] { zoomBy(0.5); });
    action(tr("Zoom out (−)"), [this] { zoomBy(2); });
    action(tr("Fit to width (0)"), [this] { fitToWidth(); });
    PictureMarks::addSaveAction(this, tr("Save the calls over time"), QStringLiteral("calls.png"),
                                [this](const QString &path) { return savePicture(path); });
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void CallWaterfall::setModel(WaterfallModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &WaterfallModel::changed, this, [this] {
            if (m_fitted)
                fitToWidth();
            updateScrollBars();
            viewport()->update();
        });
    fitToWidth();
}

QRect CallWaterfall::plotRect() const
{
    const QRect r = viewport()->rect();
    return QRect(kLabelWidth, kAxisHeight, qMax(1, r.width() - kLabelWidth - 8),
                 qMax(1, r.height() - kAxisHeight));
}

double CallWaterfall::xOf(qint64 ms) const
{
    const View v = currentView();
    return v.area.left() + kLabelWidth + (double(ms) - v.fromMs) / v.msPerPx;
}

int CallWaterfall::rowAt(const QPoint &pos) const
{
    if (!m_model || pos.y() < kAxisHeight)
        return -1;
    const int row = verticalScrollBar()->value() + (pos.y() - kAxisHeight) / kRowHeight;
    return row < m_model->count() ? row : -1;
}

void CallWaterfall::fitToWidth()
{
    const qint64 span = m_model ? qMax<qint64>(1, m_model->spanMs()) : 1000;
    m_msPerPx = qMax(kMinMsPerPx, double(span) / plotRect().width());
    m_fitted = true;
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void CallWaterfall::zoomBy(double factor, int anchorX)
{
    // The time under the anchor (the pointer, or the middle of the plot) stays where it is.
    const QRect plot = plotRect();
    const int x = anchorX < 0 ? plot.center().x() : anchorX;
    const double anchorMs = currentView().fromMs + (x - plot.left()) * m_msPerPx;
    const qint64 span = m_model ? qMax<qint64>(1, m_model->spanMs()) : 1000;
    const double fit = qMax(kMinMsPerPx, double(span) / plot.width());
    m_msPerPx = qBound(kMinMsPerPx, m_msPerPx * factor, fit);
    m_fitted = m_msPerPx >= fit;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(anchorMs / m_msPerPx)) - (x - plot.left()));
    viewport()->update();
}

void CallWaterfall::updateScrollBars()
{
    const QRect plot = plotRect();
    const qint64 span = m_model ? m_model->spanMs() : 0;
    const double contentPx = double(span) / m_msPerPx;
    horizontalScrollBar()->setRange(0, int(qMax(0.0, std::ceil(contentPx - plot.width()))));
    horizontalScrollBar()->setPageStep(plot.width());
    horizontalScrollBar()->setSingleStep(qMax(1, plot.width() / 10));
    const int rows = m_model ? m_model->count() : 0;
    const int visible = qMax(1, plot.height() / kRowHeight);
    verticalScrollBar()->setRange(0, qMax(0, rows - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
}

CallWaterfall::View CallWaterfall::currentView() const
{
    View v;
    v.area = viewport()->rect();
    v.msPerPx = m_msPerPx;
    v.fromMs = horizontalScrollBar()->value() * m_msPerPx;
    v.firstRow = verticalScrollBar()->value();
    return v;
}

void CallWaterfall::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    paintView(painter, currentView(), palette());
}

void CallWaterfall::paintView(QPainter &painter, const View &view, const QPalette &palette) const
{
    const QRect area = view.area;
    painter.fillRect(area, palette.color(QPalette::Base));
    PictureMarks::TimeAxis axis;
    axis.originEpochMs = m_model ? m_model->originMs() : 0;
    axis.fromMs = view.fromMs;
    axis.msPerPx = view.msPerPx;
    axis.left = area.left() + kLabelWidth;
    const QRect band(axis.left, area.top(), area.width() - kLabelWidth, kAxisHeight);
    painter.setClipRect(band.adjusted(0, 0, 0, area.height()));
    PictureMarks::drawAxis(painter, band, axis, palette, area.bottom());
    painter.setClipping(false);
    if (!m_model || m_model->count() == 0) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(area.adjusted(8, kAxisHeight, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No calls yet: each call of the log appears here as a bar on a time "
                            "axis."));
        return;
    }
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(QRect(area.left() + 6, area.top(), kLabelWidth - 12, kAxisHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("%n call(s)", nullptr, m_model->count()));
    // Only the rows in view are drawn: cost follows the window, not the log.
    const int rows = (area.height() - kAxisHeight) / kRowHeight + 1;
    const int last = qMin(m_model->count(), view.firstRow + rows);
    for (int row = view.firstRow; row < last; ++row)
        paintRow(painter, view, row, area.top() + kAxisHeight + (row - view.firstRow) * kRowHeight,
                 palette);
}

void CallWaterfall::paintRow(QPainter &painter, const View &view, int row, int y,
                             const QPalette &palette) const
{
    const WaterfallModel::Bar &bar = m_model->bar(row);
    const QRect area = view.area;
    const QRect line(area.left(), y, area.width(), kRowHeight);
    if (bar.id == m_selected) {
        QColor ground = palette.color(QPalette::Highlight);
        ground.setAlpha(70);
        painter.fillRect(line, ground);
    } else if (row % 2) {
        painter.fillRect(line, palette.color(QPalette::AlternateBase));
    }
    const QRectF mark(area.left() + 6, y + (kRowHeight - kMarkSize) / 2.0, kMarkSize, kMarkSize);
    PictureMarks::drawOutcome(painter, mark, bar.outcome, palette);
    painter.setPen(palette.color(QPalette::Text));
    const QRect labelRect(area.left() + 22, y, kLabelWidth - 28, kRowHeight);
    painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(
                         QStringLiteral("#%1 %2").arg(bar.id).arg(m_model->label(row)),
                         Qt::ElideMiddle, labelRect.width()));

    const double left = area.left() + kLabelWidth;
    const auto xAt = [&](qint64 ms) { return left + (double(ms) - view.fromMs) / view.msPerPx; };
    const double right = area.right() - 4;
    double x0 = xAt(bar.startMs);
    double x1 = qMax(x0 + 1, xAt(bar.endMs)); // a bar under a pixel is drawn one pixel wide
    painter.save();
    painter.setClipRect(QRectF(left, y, right - left + 1, kRowHeight));
    if (x1 >= left && x0 <= right) {
        const QColor colour = PictureMarks::outcomeColour(bar.outcome, palette);
        const QRectF whole(x0, y + 5, x1 - x0, kRowHeight - 10);
        if (bar.firstByteMs >= 0) {
            // Waiting for the first byte: a pale part; receiving: the full colour.
            const double xf = qBound(x0, xAt(bar.firstByteMs), x1);
            QColor pale = colour;
            pale.setAlpha(90);
            painter.fillRect(QRectF(x0, whole.top(), xf - x0, whole.height()), pale);
            painter.fillRect(QRectF(xf, whole.top(), qMax(1.0, x1 - xf), whole.height()), colour);
        } else {
            painter.fillRect(whole, colour);
        }
    }
    // The status after the bar, where it fits: the number an analyst looks for.
    const QString result = m_model->result(row);
    const int textWidth = painter.fontMetrics().horizontalAdvance(result);
    if (x1 + 4 >= left && x1 + 4 + textWidth <= right) {
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRectF(x1 + 4, y, textWidth + 2, kRowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, result);
    }
    painter.restore();
    if (bar.previousHop >= 0) {
        // The hop that redirected here: a line from its end, up to this bar's start.
        const WaterfallModel::Bar &from = m_model->bar(bar.previousHop);
        const int fromY = y - (row - bar.previousHop) * kRowHeight + kRowHeight / 2;
        painter.save();
        painter.setClipRect(
            QRectF(left, area.top() + kAxisHeight, right - left + 1, area.height() - kAxisHeight));
        QPen pen(palette.color(QPalette::Text), 1, Qt::DotLine);
        painter.setPen(pen);
        const double fx = qMax(xAt(from.startMs) + 1, xAt(from.endMs));
        const double tx = x0;
        painter.drawLine(QPointF(fx, fromY), QPointF(fx, y + kRowHeight / 2.0));
        painter.drawLine(QPointF(fx, y + kRowHeight / 2.0), QPointF(tx, y + kRowHeight / 2.0));
        painter.restore();
    }
}

void CallWaterfall::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitted)
        fitToWidth();
    else
        updateScrollBars();
}

void CallWaterfall::scrollContentsBy(int, int)
{
    viewport()->update();
}

void CallWaterfall::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(std::pow(0.8, steps), int(event->position().x()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void CallWaterfall::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->pos());
    if (row < 0 || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_selected = m_model->bar(row).id;
    viewport()->update();
    Q_EMIT callActivated(m_selected);
}

void CallWaterfall::moveSelection(int delta)
{
    if (!m_model || m_model->count() == 0)
        return;
    const int current = m_model->indexOfId(m_selected);
    const int row = current < 0 ? (delta > 0 ? 0 : m_model->count() - 1)
                                : qBound(0, current + delta, m_model->count() - 1);
    selectCall(m_model->bar(row).id);
    Q_EMIT callActivated(m_selected);
}

void CallWaterfall::keyPressEvent(QKeyEvent *event)
{
    const int page = verticalScrollBar()->pageStep();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5);
        return;
    case Qt::Key_Minus:
        zoomBy(2);
        return;
    case Qt::Key_0:
        fitToWidth();
        return;
    case Qt::Key_Up:
        moveSelection(-1);
        return;
    case Qt::Key_Down:
        moveSelection(1);
        return;
    case Qt::Key_PageUp:
        moveSelection(-page);
        return;
    case Qt::Key_PageDown:
        moveSelection(page);
        return;
    case Qt::Key_Home:
        moveSelection(-(m_model ? m_model->count() : 0));
        return;
    case Qt::Key_End:
        moveSelection(m_model ? m_model->count() : 0);
        return;
    case Qt::Key_Left:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool CallWaterfall::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(),
                               WaterfallModel::outcomeName(m_model->bar(row).outcome) +
                                   QLatin1Char('\n') + m_model->tooltip(row),
                               viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void CallWaterfall::selectCall(quint64 id)
{
    if (!m_model)
        return;
    m_selected = id;
    const int row = m_model->indexOfId(id);
    if (row >= 0) {
        QScrollBar *bar = verticalScrollBar();
        if (row < bar->value())
            bar->setValue(row);
        else if (row >= bar->value() + bar->pageStep())
            bar->setValue(row - bar->pageStep() + 1);
        // The bar's start in view too.
        const WaterfallModel::Bar &b = m_model->bar(row);
        const double x = b.startMs / m_msPerPx;
        QScrollBar *h = horizontalScrollBar();
        if (x < h->value() || x > h->value() + plotRect().width())
            h->setValue(int(x) - plotRect().width() / 4);
    }
    viewport()->update();
}

QString CallWaterfall::savePicture(const QString &path, int width) const
{
    View view;
    const int rows = m_model ? m_model->count() : 0;
    const int height = kAxisHeight + qMin(rows, 5000) * kRowHeight + 4;
    view.area = QRect(0, 0, width, height);
    view.fromMs = 0;
    const qint64 span = m_model ? qMax<qint64>(1, m_model->spanMs()) : 1000;
    view.msPerPx = qMax(kMinMsPerPx, double(span) / (width - kLabelWidth - 8));
    return PictureMarks::savePicture(
        path, view.area.size(), tr("Calls over time"), palette(), font(),
        [&](QPainter &painter) { paintView(painter, view, palette()); });
}
