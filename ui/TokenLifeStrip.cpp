#include "TokenLifeStrip.h"

#include "ui/PictureMarks.h"
#include "ui/SeverityStyle.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QSet>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <algorithm>
#include <cmath>

TokenLifeStrip::TokenLifeStrip(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Token lifetimes"));
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_clock.start();
}

void TokenLifeStrip::setModel(TokenLifeModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &TokenLifeModel::changed, this, &TokenLifeStrip::modelChanged);
    modelChanged();
}

void TokenLifeStrip::setCompact(bool compact)
{
    m_compact = compact;
    setToolTip(compact ? tr("The token's life: hover a tick for the call, click it (or choose it "
                            "with Left/Right and press Enter) to show it in the log")
                       : QString());
    modelChanged();
}

void TokenLifeStrip::modelChanged()
{
    m_current = {};
    // The text alternative: what the picture shows, token by token.
    QStringList text;
    if (m_model)
        for (int i = 0; i < m_model->count(); ++i)
            text << TokenLifeModel::describe(m_model->token(i))
                        .replace(QLatin1Char('\n'), QStringLiteral("; "));
    setAccessibleDescription(
        (text.isEmpty() ? tr("No token yet.") : text.join(QStringLiteral(". "))) +
        QLatin1Char(' ') + tr("Left and Right choose a call, Enter shows it in the log."));
    updateGeometry();
    update();
}

void TokenLifeStrip::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    if (now.isValid())
        m_clock.stop();
    else
        m_clock.start();
    update();
}

qint64 TokenLifeStrip::nowMs() const
{
    return (m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc())
        .toMSecsSinceEpoch();
}

QSize TokenLifeStrip::sizeHint() const
{
    if (m_compact)
        return {400, kCompactHeight};
    const int rows = m_model ? qMax(1, m_model->count()) : 1;
    return {560, kAxisHeight + rows * kRowHeight + 4};
}

QSize TokenLifeStrip::minimumSizeHint() const
{
    if (m_compact)
        return {120, kCompactHeight};
    return {kLabelWidth + 160, kAxisHeight + kRowHeight + 4};
}

QRect TokenLifeStrip::plotRect() const
{
    if (m_compact)
        return QRect(6, 0, qMax(1, width() - 12), qMax(1, height()));
    return QRect(kLabelWidth, kAxisHeight, qMax(1, width() - kLabelWidth - 12),
                 qMax(1, height() - kAxisHeight));
}

double TokenLifeStrip::xOf(qint64 epochMs) const
{
    if (!m_model)
        return plotRect().left();
    const qint64 from = m_model->fromMs();
    const double span = double(qMax<qint64>(1, m_model->toMs() - from));
    const QRect plot = plotRect();
    return plot.left() + double(epochMs - from) * (plot.width() - 1) / span;
}

TokenLifeStrip::Axis TokenLifeStrip::axis() const
{
    Axis a;
    a.from = m_model->fromMs();
    a.origin = xOf(a.from);
    a.pxPerMs =
        (xOf(m_model->toMs()) - a.origin) / double(qMax<qint64>(1, m_model->toMs() - a.from));
    return a;
}

void TokenLifeStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (!m_model || m_model->count() == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 0, -8, 0),
                         (m_compact ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter) |
                             Qt::TextWordWrap,
                         m_compact ? tr("no token")
                                   : tr("No token yet: its lifetime and the calls that carried "
                                        "it appear here."));
        return;
    }
    const QRect plot = plotRect();
    const qint64 from = m_model->fromMs();
    PictureMarks::TimeAxis axis;
    axis.originEpochMs = from;
    axis.fromMs = 0;
    axis.msPerPx = double(qMax<qint64>(1, m_model->toMs() - from)) / qMax(1, plot.width() - 1);
    axis.left = plot.left();
    // Now: a line across every token, in the highlight colour, tagged in the axis band where no
    // time label is drawn (the labels it would overlap are left out).
    const qint64 now = nowMs();
    const bool nowShown = now >= from && now <= m_model->toMs();
    const QString nowLabel = tr("now");
    const int nowX = nowShown ? int(std::lround(xOf(now))) : 0;
    const int tagWidth = painter.fontMetrics().horizontalAdvance(nowLabel) + 6;
    const QRect tag = nowShown && !m_compact ? QRect(qMin(nowX + 2, width() - tagWidth - 2), 1,
                                                     tagWidth, kAxisHeight - 6)
                                             : QRect();
    if (!m_compact) {
        painter.setClipRect(plot.adjusted(0, -kAxisHeight, 0, 0));
        PictureMarks::drawAxis(painter, QRect(plot.left(), 0, plot.width(), kAxisHeight), axis, pal,
                               height(), tag);
        painter.setClipping(false);
    }
    // On the compact line "now" goes under the ticks: the calls just made sit on it.
    if (nowShown && m_compact) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.drawLine(nowX, 0, nowX, height());
    }
    for (int i = 0; i < m_model->count(); ++i)
        paintToken(painter, i, plot);
    if (m_compact)
        paintFailuresOnTop(painter, plot);
    if (nowShown && !m_compact) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.drawLine(nowX, kAxisHeight, nowX, height());
        painter.fillRect(tag, pal.color(QPalette::Base));
        painter.setPen(pal.color(QPalette::Highlight));
        painter.drawText(tag, Qt::AlignCenter, nowLabel);
    }
}

// One token's row top to bottom (label, span, end, renewal, ticks, focus), each part drawn over
// the one before: long, read in the order it paints.
void TokenLifeStrip::paintToken(QPainter &painter, int index, const QRect &plot) const
{
    const QPalette &pal = palette();
    const TokenLifeModel::Token &token = m_model->token(index);
    const int top = rowTop(index);
    const int rowH = rowHeight();
    if (!m_compact) {
        const QRect row(0, top, width(), kRowHeight);
        if (index % 2)
            painter.fillRect(row, pal.color(QPalette::AlternateBase));
        painter.setPen(pal.color(QPalette::Text));
        const QString expiry =
            token.expires.isValid()
                ? tr("exp %1").arg(token.expires.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                : tr("lifetime unknown");
        painter.drawText(QRect(6, top + 2, kLabelWidth - 12, kRowHeight - 4),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1\n%2").arg(token.fingerprint, expiry));
    }

    if (!token.hasTime())
        return;
    // The span: a band (dashed outline where the lifetime is not known).
    const double x0 = xOf(token.fromMs());
    const double x1 = qMax(x0 + 1, xOf(token.toMs()));
    // On the one line of the compact strip the spans lie side by side: every other one deeper.
    const QRectF band =
        m_compact ? QRectF(x0, top + 1, x1 - x0, 5) : QRectF(x0, top + 4, x1 - x0, 8);
    QColor ground = pal.color(QPalette::Highlight);
    ground.setAlpha(token.expires.isValid() ? (m_compact && index % 2 ? 120 : 60) : 25);
    painter.fillRect(band, ground);
    if (token.expires.isValid()) {
        // The end: a solid bar the height of the row, where the token stops being accepted.
        const double xe = xOf(token.expires.toMSecsSinceEpoch());
        painter.fillRect(QRectF(xe - 1, top + 1, 3, rowH - 2), pal.color(QPalette::Text));
    } else {
        painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
        painter.drawRect(band);
    }
    if (token.renewAt.isValid()) {
        const double xr = xOf(token.renewAt.toMSecsSinceEpoch());
        painter.setPen(
            QPen(SeverityStyle::colour(Diagnosis::Severity::Info, pal), 2, Qt::DashLine));
        painter.drawLine(QPointF(xr, top + 1), QPointF(xr, top + rowH - 1));
    }
    // The calls, one tick per pixel column at most: the worst outcome there is drawn; calls of
    // earlier sessions (from the history) faint and underlined, unless the log has one there.
    const int tickTop = this->tickTop(index);
    int column = INT_MIN;
    WaterfallModel::Outcome worst = WaterfallModel::Outcome::Ok;
    bool onlyStored = false;
    const auto flush = [&] {
        if (column == INT_MIN)
            return;
        const QRectF box(column - kTickSize / 2.0, tickTop, kTickSize, kTickSize);
        if (onlyStored)
            drawStoredTick(painter, box, worst);
        else
            PictureMarks::drawOutcome(painter, box, worst, pal);
    };
    const auto rank = [](WaterfallModel::Outcome o) {
        return o == WaterfallModel::Outcome::Failed ? 2 : o == WaterfallModel::Outcome::Cancelled;
    };
    const Axis axis = this->axis();
    for (const TokenLifeModel::Tick &tick : token.calls) {
        const int x = axis.xOf(tick.atMs);
        if (x < plot.left() - kTickSize || x > plot.right() + kTickSize)
            continue;
        if (x != column) {
            flush();
            column = x;
            worst = tick.outcome;
            onlyStored = tick.fromHistory();
        } else {
            if (rank(tick.outcome) > rank(worst))
                worst = tick.outcome;
            onlyStored = onlyStored && tick.fromHistory();
        }
    }
    flush();
    if (hasFocus() && m_current.token == index && m_current.tick >= 0) {
        const int x = int(std::lround(xOf(token.calls[size_t(m_current.tick)].atMs)));
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = QRect(x - kTickSize / 2 - 2, tickTop - 2, kTickSize + 4, kTickSize + 4);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

void TokenLifeStrip::drawStoredTick(QPainter &painter, const QRectF &box,
                                    WaterfallModel::Outcome outcome) const
{
    painter.save();
    painter.setOpacity(0.5);
    PictureMarks::drawOutcome(painter, box, outcome, palette());
    painter.setOpacity(1);
    painter.setPen(QPen(palette().color(QPalette::Text), 1));
    painter.drawLine(QPointF(box.left(), box.bottom() + 1.5),
                     QPointF(box.right(), box.bottom() + 1.5));
    painter.restore();
}

void TokenLifeStrip::paintFailuresOnTop(QPainter &painter, const QRect &plot) const
{
    // On the compact strip's one line a later token's calls could cover an earlier one's
    // failure: the failures are drawn again, last, one per pixel column.
    QSet<int> drawn;
    const Axis axis = this->axis();
    for (int i = 0; i < m_model->count(); ++i)
        for (const TokenLifeModel::Tick &tick : m_model->token(i).calls) {
            if (tick.outcome != WaterfallModel::Outcome::Failed || tick.fromHistory())
                continue;
            const int x = axis.xOf(tick.atMs);
            if (x < plot.left() - kTickSize || x > plot.right() + kTickSize || drawn.contains(x))
                continue;
            drawn.insert(x);
            PictureMarks::drawOutcome(painter,
                                      QRectF(x - kTickSize / 2.0, tickTop(i), kTickSize, kTickSize),
                                      WaterfallModel::Outcome::Failed, palette());
        }
}

TokenLifeStrip::Hit TokenLifeStrip::hitAt(const QPoint &pos) const
{
    if (!m_model || (!m_compact && pos.y() < kAxisHeight))
        return {};
    if (m_compact) {
        // One line for every token: the nearest tick of any (a failure where ticks of two
        // tokens meet within a pixel: it is the one drawn on top), else the span under it.
        Hit best;
        double bestDistance = kTickSize / 2.0 + 1;
        bool bestFailed = false;
        for (int t = 0; t < m_model->count(); ++t) {
            const Hit hit = nearestTick(t, pos.x());
            if (hit.tick < 0)
                continue;
            const TokenLifeModel::Tick &tick = m_model->token(t).calls[size_t(hit.tick)];
            const double d = std::abs(xOf(tick.atMs) - pos.x());
            const bool failed = tick.outcome == WaterfallModel::Outcome::Failed;
            // Within a pixel of each other, a failure wins whichever token comes first.
            const bool better = failed == bestFailed ? d < bestDistance
                                : failed             ? d <= bestDistance + 1
                                                     : d < bestDistance - 1;
            if (better) {
                bestDistance = d;
                best = hit;
                bestFailed = failed;
            }
        }
        if (best.tick >= 0)
            return best;
        for (int t = m_model->count() - 1; t >= 0; --t) {
            const TokenLifeModel::Token &token = m_model->token(t);
            if (token.hasTime() && pos.x() >= xOf(token.fromMs()) - 2 &&
                pos.x() <= xOf(token.toMs()) + 2)
                return {t, -1};
        }
        return {};
    }
    const int index = (pos.y() - kAxisHeight) / kRowHeight;
    if (index >= m_model->count())
        return {};
    return nearestTick(index, pos.x());
}

TokenLifeStrip::Hit TokenLifeStrip::nearestTick(int index, int x) const
{
    const TokenLifeModel::Token &token = m_model->token(index);
    // The nearest call within half a tick; failures first where several share the place.
    Hit best{index, -1};
    double bestDistance = kTickSize / 2.0 + 1;
    // Only the calls within reach of x (they are in time order): a click on a strip of 100,000
    // calls looks at a handful.
    const Axis axis = this->axis();
    const double reachMs = (bestDistance + 1) / qMax(axis.pxPerMs, 1e-12);
    const qint64 atX = axis.from + qint64((x - axis.origin) / qMax(axis.pxPerMs, 1e-12));
    const auto lo =
        std::lower_bound(token.calls.begin(), token.calls.end(), atX - qint64(reachMs) - 1,
                         [](const TokenLifeModel::Tick &t, qint64 ms) { return t.atMs < ms; });
    const auto hi =
        std::upper_bound(lo, token.calls.end(), atX + qint64(reachMs) + 1,
                         [](qint64 ms, const TokenLifeModel::Tick &t) { return ms < t.atMs; });
    for (int i = int(lo - token.calls.begin()); i < int(hi - token.calls.begin()); ++i) {
        const double d = std::abs(xOf(token.calls[size_t(i)].atMs) - x);
        if (d < bestDistance ||
            (d <= bestDistance && best.tick >= 0 &&
             token.calls[size_t(i)].outcome == WaterfallModel::Outcome::Failed)) {
            bestDistance = d;
            best.tick = i;
        }
    }
    return best;
}

quint64 TokenLifeStrip::callAt(const QPoint &pos) const
{
    const Hit hit = hitAt(pos);
    return hit.tick >= 0 ? m_model->token(hit.token).calls[size_t(hit.tick)].id : 0;
}

void TokenLifeStrip::mousePressEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->pos());
    if (hit.tick < 0 || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_current = hit;
    update();
    activate(m_model->token(hit.token).calls[size_t(hit.tick)]);
}

void TokenLifeStrip::activate(const TokenLifeModel::Tick &tick)
{
    if (tick.fromHistory())
        Q_EMIT storedCallActivated(tick.storedRow);
    else
        Q_EMIT callActivated(tick.id);
}

void TokenLifeStrip::moveCurrent(int delta)
{
    if (!m_model || m_model->count() == 0)
        return;
    // Through the calls of the token in focus, then on to the next token's.
    Hit h = m_current.token < 0 ? Hit{0, -1} : m_current;
    for (int guard = 0; guard < 2 * m_model->count() + 2; ++guard) {
        const int calls = int(m_model->token(h.token).calls.size());
        const int next = h.tick + delta;
        if (h.tick >= -1 && next >= 0 && next < calls) {
            m_current = {h.token, next};
            update();
            return;
        }
        h.token += delta > 0 ? 1 : -1;
        if (h.token < 0 || h.token >= m_model->count())
            return;
        h.tick = delta > 0 ? -1 : int(m_model->token(h.token).calls.size());
    }
}

void TokenLifeStrip::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
        moveCurrent(1);
        return;
    case Qt::Key_Left:
        moveCurrent(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_model && m_current.tick >= 0)
            activate(m_model->token(m_current.token).calls[size_t(m_current.tick)]);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool TokenLifeStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitAt(help->pos());
        if (hit.tick >= 0) {
            const TokenLifeModel::Tick &tick = m_model->token(hit.token).calls[size_t(hit.tick)];
            QToolTip::showText(help->globalPos(),
                               WaterfallModel::outcomeName(tick.outcome) + QLatin1Char('\n') +
                                   TokenLifeModel::label(tick),
                               this);
        } else if (hit.token >= 0) {
            QToolTip::showText(help->globalPos(),
                               TokenLifeModel::describe(m_model->token(hit.token)), this);
        } else if (!toolTip().isEmpty()) {
            QToolTip::showText(help->globalPos(), toolTip(), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}
