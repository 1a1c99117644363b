#include "ExportTimeline.h"

#include "app/calls/TransferStats.h"
#include "ui/PictureMarks.h"
#include "ui/SeverityStyle.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace {
using Outcome = WaterfallModel::Outcome;

// Bytes of every file at `t`, between the samples around it.
double bytesAt(const std::vector<ExportTimelineModel::Sample> &samples, double t)
{
    if (samples.empty() || t <= samples.front().atMs)
        return samples.empty() ? 0 : double(samples.front().bytes);
    const auto after = std::lower_bound(
        samples.begin(), samples.end(), t,
        [](const ExportTimelineModel::Sample &s, double ms) { return double(s.atMs) < ms; });
    if (after == samples.end())
        return double(samples.back().bytes);
    const auto before = after - 1;
    const double span = double(after->atMs - before->atMs);
    const double share = span > 0 ? (t - double(before->atMs)) / span : 1;
    return double(before->bytes) + share * double(after->bytes - before->bytes);
}

void diamond(QPainter &painter, QPointF centre, double r, const QColor &colour, bool filled)
{
    QPainterPath path;
    path.moveTo(centre.x(), centre.y() - r);
    path.lineTo(centre.x() + r, centre.y());
    path.lineTo(centre.x(), centre.y() + r);
    path.lineTo(centre.x() - r, centre.y());
    path.closeSubpath();
    painter.setPen(QPen(colour, 1.5));
    painter.setBrush(filled ? QBrush(colour) : QBrush(Qt::NoBrush));
    painter.drawPath(path);
    painter.setBrush(Qt::NoBrush);
}
} // namespace

ExportTimeline::ExportTimeline(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Export timeline"));
    setAccessibleDescription(tr("The kick-off, the polls, the manifest and one bar per file over "
                                "time, with the throughput under them. Up and Down choose a "
                                "file."));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    setMinimumSize(420, kAxisHeight + kServerHeight + 3 * kRowHeight + kThroughputHeight + 4);
    PictureMarks::addSaveAction(this, tr("Save the export's timeline"),
                                QStringLiteral("export.png"),
                                [this](const QString &path) { return savePicture(path); });
    setContextMenuPolicy(Qt::ActionsContextMenu);
    m_live.setInterval(1000);
    connect(&m_live, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
}

void ExportTimeline::setModel(ExportTimelineModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_current = -1;
    if (model)
        connect(model, &ExportTimelineModel::changed, this, [this] {
            if (m_model->running())
                m_live.start();
            else
                m_live.stop();
            updateScrollBars();
            viewport()->update();
        });
    updateScrollBars();
    viewport()->update();
}

int ExportTimeline::throughputTop() const
{
    return viewport()->height() - kThroughputHeight;
}

QRect ExportTimeline::plotRect() const
{
    const int top = kAxisHeight + kServerHeight;
    return QRect(kLabelWidth, top, qMax(1, viewport()->width() - kLabelWidth - 22),
                 qMax(1, throughputTop() - top));
}

ExportTimeline::View ExportTimeline::viewFor(const QRect &area, int firstRow) const
{
    View v;
    v.area = area;
    v.firstRow = firstRow;
    v.rows =
        qMax(0, (area.height() - kAxisHeight - kServerHeight - kThroughputHeight) / kRowHeight);
    if (m_model && m_model->fromMs() >= 0) {
        v.fromMs = m_model->fromMs();
        const double width = qMax(1, area.width() - kLabelWidth - 22);
        v.msPerPx = qMax(1.0, double(m_model->toMs() - v.fromMs)) / width;
    }
    return v;
}

ExportTimeline::View ExportTimeline::currentView() const
{
    return viewFor(viewport()->rect(), verticalScrollBar()->value());
}

double ExportTimeline::xOf(qint64 epochMs) const
{
    return currentView().x(epochMs);
}

int ExportTimeline::fileRowTop(int file) const
{
    return kAxisHeight + kServerHeight + (file - verticalScrollBar()->value()) * kRowHeight;
}

void ExportTimeline::updateScrollBars()
{
    const int files = m_model ? int(m_model->files().size()) : 0;
    const int rows = qMax(1, currentView().rows);
    verticalScrollBar()->setRange(0, qMax(0, files - rows));
    verticalScrollBar()->setPageStep(rows);
}

void ExportTimeline::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void ExportTimeline::scrollContentsBy(int, int)
{
    viewport()->update();
}

void ExportTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    paintView(painter, currentView(), palette());
}

void ExportTimeline::paintView(QPainter &painter, const View &view, const QPalette &pal) const
{
    const QRect area = view.area;
    painter.fillRect(area, pal.color(QPalette::Base));
    if (!m_model || m_model->fromMs() < 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(area.adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The export's kick-off, polls and files appear here over time once "
                            "it starts."));
        return;
    }
    PictureMarks::TimeAxis axis;
    axis.originEpochMs = view.fromMs;
    axis.fromMs = 0;
    axis.msPerPx = view.msPerPx;
    axis.left = area.left() + kLabelWidth;
    const QRect band(axis.left, area.top(), area.width() - kLabelWidth, kAxisHeight);
    painter.setClipRect(band.adjusted(0, 0, 0, area.height()));
    PictureMarks::drawAxis(painter, band, axis, pal, area.bottom() - kThroughputHeight);
    painter.setClipping(false);
    paintServerLane(painter, view, pal);
    const int filesTop = area.top() + kAxisHeight + kServerHeight;
    const int count = int(m_model->files().size());
    const int last = qMin(count, view.firstRow + view.rows);
    for (int i = view.firstRow; i < last; ++i)
        paintFile(painter, view, i, filesTop + (i - view.firstRow) * kRowHeight, pal);
    if (count == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(area.left() + 6, filesTop, area.width() - 12, kRowHeight * 2),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("The files appear when the manifest arrives."));
    }
    paintThroughput(painter, view, area.bottom() + 1 - kThroughputHeight, pal);
}

void ExportTimeline::paintServerLane(QPainter &painter, const View &view, const QPalette &pal) const
{
    const int top = view.area.top() + kAxisHeight;
    const int mid = top + kServerHeight / 2;
    painter.fillRect(QRect(view.area.left(), top, view.area.width(), kServerHeight),
                     pal.color(QPalette::AlternateBase));
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(view.area.left() + 6, top, kLabelWidth - 12, kServerHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Server"));
    const QColor info = SeverityStyle::colour(Diagnosis::Severity::Info, pal);
    int lastX = INT_MIN;
    for (const ExportTimelineModel::Mark &m : m_model->marks()) {
        const double x = view.x(m.atMs);
        const int px = int(std::lround(x));
        using Kind = ExportTimelineModel::MarkKind;
        // The wait this poll asked for: a line after it (dashed), as long as the wait.
        if (m.askedSecs > 0) {
            painter.setPen(QPen(info, 1, Qt::DashLine));
            painter.drawLine(QPointF(x, mid + 8),
                             QPointF(view.x(m.atMs + m.askedSecs * 1000), mid + 8));
        }
        // Marks closer than a pixel are one (a failure is never hidden behind a success).
        if (px == lastX && m.kind == Kind::Poll)
            continue;
        lastX = px;
        switch (m.kind) {
        case Kind::KickOff:
        case Kind::KickOffFailed: {
            const QColor c = m.kind == Kind::KickOff
                                 ? pal.color(QPalette::Text)
                                 : PictureMarks::outcomeColour(Outcome::Failed, pal);
            QPainterPath flag;
            flag.moveTo(x, mid - 7);
            flag.lineTo(x + 9, mid - 2);
            flag.lineTo(x, mid + 3);
            flag.closeSubpath();
            painter.fillPath(flag, c);
            painter.fillRect(QRectF(x - 1, mid - 9, 2, 18), c);
            if (m.kind == Kind::KickOffFailed)
                PictureMarks::drawOutcome(painter, QRectF(x + 10, mid - 12, 8, 8), Outcome::Failed,
                                          pal);
            break;
        }
        case Kind::Poll:
            painter.fillRect(QRectF(x - 1, mid - 6, 2, 12), info);
            break;
        case Kind::PollFailed:
            PictureMarks::drawOutcome(painter, QRectF(x - 4, mid - 4, 9, 9), Outcome::Failed, pal);
            break;
        case Kind::Manifest:
            diamond(painter, QPointF(x, mid), 6, pal.color(QPalette::Text), true);
            break;
        case Kind::Cancel:
            PictureMarks::drawOutcome(painter, QRectF(x - 5, mid - 5, 10, 10), Outcome::Cancelled,
                                      pal);
            break;
        case Kind::End:
            painter.fillRect(QRectF(x - 1, top + 2, 3, kServerHeight - 4),
                             pal.color(QPalette::Text));
            break;
        }
    }
}

void ExportTimeline::paintFile(QPainter &painter, const View &view, int index, int y,
                               const QPalette &pal) const
{
    const ExportTimelineModel::File &f = m_model->files()[size_t(index)];
    const QRect row(view.area.left(), y, view.area.width(), kRowHeight);
    if (index == m_current) {
        QColor ground = pal.color(QPalette::Highlight);
        ground.setAlpha(70);
        painter.fillRect(row, ground);
    } else if (index % 2) {
        painter.fillRect(row, pal.color(QPalette::AlternateBase));
    }
    using State = ExportTimelineModel::FileState;
    const QRectF markBox(view.area.left() + 6, y + 4, 10, 10);
    if (f.state == State::Done || f.state == State::Rejected)
        PictureMarks::drawOutcome(painter, markBox,
                                  f.state == State::Done ? Outcome::Ok : Outcome::Failed, pal);
    painter.setPen(pal.color(QPalette::Text));
    const QRect label(view.area.left() + 22, y, kLabelWidth - 28, kRowHeight);
    painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(f.name, Qt::ElideMiddle, label.width()));

    const qint64 now = m_model->toMs();
    const double mid = y + kRowHeight / 2.0;
    // Queued: a thin line until the first bytes.
    const double xq = view.x(f.queuedMs);
    const double xs = view.x(f.startMs >= 0 ? f.startMs : now);
    painter.fillRect(QRectF(xq, mid - 0.5, qMax(1.0, xs - xq), 1), pal.color(QPalette::Mid));
    const QColor active = pal.color(QPalette::Highlight);
    if (f.startMs >= 0) {
        // Downloading: solid, at least a pixel; verifying: hatched, after it.
        const double xd = view.x(f.downloadedMs >= 0 ? f.downloadedMs : now);
        painter.fillRect(QRectF(xs, y + 4, qMax(1.0, xd - xs), kRowHeight - 8), active);
        if (f.downloadedMs >= 0) {
            const double xv = view.x(f.doneMs >= 0 ? f.doneMs : now);
            if (xv - xd >= 1) {
                const QRectF verify(xd, y + 4, xv - xd, kRowHeight - 8);
                painter.fillRect(verify, QBrush(active, Qt::BDiagPattern));
                painter.setPen(active);
                painter.drawRect(verify);
            }
        }
    }
    if (f.doneMs >= 0) {
        const double xe = view.x(f.doneMs);
        PictureMarks::drawOutcome(painter, QRectF(xe + 2, y + 4, 10, 10),
                                  f.state == State::Done ? Outcome::Ok : Outcome::Failed, pal);
    }
    const QColor warning = SeverityStyle::colour(Diagnosis::Severity::Warning, pal);
    for (const ExportTimelineModel::Attempt &a : f.failedAttempts)
        diamond(painter, QPointF(view.x(a.atMs), mid), 5, warning, !a.resumed);
}

void ExportTimeline::paintThroughput(QPainter &painter, const View &view, int top,
                                     const QPalette &pal) const
{
    const QRect lane(view.area.left(), top, view.area.width(), kThroughputHeight);
    painter.fillRect(lane, pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(lane.topLeft(), lane.topRight());
    const auto &samples = m_model->samples();
    const int left = lane.left() + kLabelWidth;
    const int right = lane.right() - 22;
    // One rate per pixel column: the bytes between its edges.
    std::vector<double> rates;
    rates.reserve(size_t(qMax(0, right - left + 1)));
    double highest = 0;
    // Nothing flows before the first byte of the first file: no column before it has a rate,
    // and no window reaches back before it (the bytes are not spread over the wait from the
    // manifest to the first answer either).
    const qint64 firstByte = m_model->firstByteMs();
    for (int x = left; x <= right; ++x) {
        // Over two seconds at least (or the column, when wider): progress comes in steps, and
        // a rate from one step to the next would be all spikes.
        const double window = qMax(view.msPerPx, 2000.0);
        const double centre = double(view.fromMs) + (x - left + 0.5) * view.msPerPx;
        const double t0 = qMax(centre - window / 2, double(firstByte));
        const double rate =
            samples.size() < 2 || firstByte < 0 || centre < double(firstByte) ||
                    centre > double(m_model->toMs())
                ? 0
                : (bytesAt(samples, t0 + window) - bytesAt(samples, t0)) * 1000 / window;
        rates.push_back(rate);
        highest = qMax(highest, rate);
    }
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(lane.left() + 6, top + 2, kLabelWidth - 12, kThroughputHeight - 4),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                     tr("Throughput\nup to %1").arg(TransferStats::formatRate(highest)));
    if (highest <= 0)
        return;
    QPainterPath line;
    const double base = top + kThroughputHeight - 4;
    const double scale = (kThroughputHeight - 10) / highest;
    for (size_t i = 0; i < rates.size(); ++i) {
        const QPointF p(left + double(i), base - rates[i] * scale);
        if (i == 0)
            line.moveTo(p);
        else
            line.lineTo(p);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(SeverityStyle::colour(Diagnosis::Severity::Ok, pal), 1.5));
    painter.drawPath(line);
    painter.restore();
}

int ExportTimeline::fileAt(const QPoint &pos) const
{
    if (!m_model)
        return -1;
    const int top = kAxisHeight + kServerHeight;
    if (pos.y() < top || pos.y() >= throughputTop())
        return -1;
    const int index = verticalScrollBar()->value() + (pos.y() - top) / kRowHeight;
    return index < int(m_model->files().size()) ? index : -1;
}

QString ExportTimeline::textAt(const QPoint &pos) const
{
    if (!m_model || m_model->fromMs() < 0)
        return {};
    const View view = currentView();
    if (pos.y() >= kAxisHeight && pos.y() < kAxisHeight + kServerHeight) {
        // The mark nearest the pointer, within a few pixels.
        const ExportTimelineModel::Mark *best = nullptr;
        double distance = 6;
        for (const auto &m : m_model->marks()) {
            const double d = std::abs(view.x(m.atMs) - pos.x());
            if (d <= distance) {
                distance = d;
                best = &m;
            }
        }
        if (!best)
            return {};
        QString text = best->text;
        if (best->askedSecs >= 0 && best->takenMs >= 0)
            text += QLatin1Char('\n') + tr("Asked to wait %1 s, the next request came after %2 s")
                                            .arg(best->askedSecs)
                                            .arg(double(best->takenMs) / 1000, 0, 'f', 1);
        return text;
    }
    if (pos.y() >= throughputTop()) {
        const double t = view.fromMs + (pos.x() - kLabelWidth) * view.msPerPx;
        const auto &s = m_model->samples();
        const double rate = (bytesAt(s, t + view.msPerPx * 3) - bytesAt(s, t - view.msPerPx * 3)) *
                            1000 / (view.msPerPx * 6);
        return tr("Throughput around %1: %2")
            .arg(QDateTime::fromMSecsSinceEpoch(qint64(t)).toLocalTime().toString(
                     QStringLiteral("HH:mm:ss")),
                 TransferStats::formatRate(rate));
    }
    const int file = fileAt(pos);
    return file >= 0 ? ExportTimelineModel::describe(m_model->files()[size_t(file)]) : QString();
}

bool ExportTimeline::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = textAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ExportTimeline::setCurrent(int index)
{
    if (!m_model || m_model->files().empty())
        return;
    m_current = qBound(0, index, int(m_model->files().size()) - 1);
    QScrollBar *bar = verticalScrollBar();
    if (m_current < bar->value())
        bar->setValue(m_current);
    else if (m_current >= bar->value() + bar->pageStep())
        bar->setValue(m_current - bar->pageStep() + 1);
    viewport()->update();
    Q_EMIT fileActivated(m_current);
}

void ExportTimeline::mousePressEvent(QMouseEvent *event)
{
    const int file = fileAt(event->pos());
    if (file >= 0 && event->button() == Qt::LeftButton)
        setCurrent(file);
    else
        QAbstractScrollArea::mousePressEvent(event);
}

void ExportTimeline::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrent(m_current - 1);
        return;
    case Qt::Key_Down:
        setCurrent(m_current + 1);
        return;
    case Qt::Key_PageUp:
        setCurrent(m_current - verticalScrollBar()->pageStep());
        return;
    case Qt::Key_PageDown:
        setCurrent(m_current + verticalScrollBar()->pageStep());
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

QRect ExportTimeline::pictureArea(int width) const
{
    const int files = m_model ? int(qMin<size_t>(m_model->files().size(), 5000)) : 0;
    return QRect(0, 0, width,
                 kAxisHeight + kServerHeight + qMax(1, files) * kRowHeight + kThroughputHeight);
}

QString ExportTimeline::savePicture(const QString &path, int width) const
{
    const QRect area = pictureArea(width);
    const View view = viewFor(area, 0);
    return PictureMarks::savePicture(
        path, area.size(), tr("Export timeline"), palette(), font(),
        [&](QPainter &painter) { paintView(painter, view, palette()); });
}

QByteArray ExportTimeline::png(int width) const
{
    const QRect area = pictureArea(width);
    const View view = viewFor(area, 0);
    QByteArray bytes;
    const QString problem = PictureMarks::drawPicture(
        false, area.size(), tr("Export timeline"), palette(), font(),
        [&](QPainter &painter) { paintView(painter, view, palette()); }, &bytes);
    return problem.isEmpty() ? bytes : QByteArray();
}
