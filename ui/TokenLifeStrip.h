#pragma once

#include "app/models/TokenLifeModel.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <cmath>

// A token's life: one row per token (by fingerprint), a band from when it was issued to when it
// expires with a marker at the end, the planned renewal (dashed), "now", and every call that
// carried the token as a tick by outcome (✔/✘ shapes, coloured). Calls closer than a pixel are
// drawn as one tick, the worst outcome winning. Hovering names the call; a click, or Enter on
// the tick chosen with the arrow keys, selects it (callActivated; a call of an earlier session,
// drawn faint and underlined, storedCallActivated).
// Compact (the token bar's strip): one line, every token's span on it side by side, no axis
// and no label column; the tooltip and the accessible description say what the labels would.
class TokenLifeStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenLifeStrip)
public:
    explicit TokenLifeStrip(QWidget *parent = nullptr);

    void setModel(TokenLifeModel *model);
    // A fixed "now" (tests, a history view); an invalid one follows the clock again.
    void setNow(const QDateTime &now);
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    static constexpr int kLabelWidth = 150;
    static constexpr int kAxisHeight = 22;
    static constexpr int kRowHeight = 40;
    static constexpr int kTickSize = 9;
    static constexpr int kCompactHeight = 20;
    QRect plotRect() const;
    double xOf(qint64 epochMs) const;
    int rowTop(int token) const { return m_compact ? 0 : kAxisHeight + token * kRowHeight; }
    int rowHeight() const { return m_compact ? height() : kRowHeight; }
    // Where a token's call ticks are drawn (their top), in its row.
    int tickTop(int token) const
    {
        return rowTop(token) + rowHeight() - kTickSize - (m_compact ? 2 : 4);
    }
    // The call whose tick is under the point (within a few pixels), or 0.
    quint64 callAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void callActivated(quint64 id);
    // A call of an earlier session (from the history), by its stored row.
    void storedCallActivated(qint64 storedRow);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The time axis taken once for many ticks (xOf() asks the model for its span every time).
    struct Axis
    {
        qint64 from = 0;   // ms since the epoch at the plot's left
        double origin = 0; // its x
        double pxPerMs = 0;
        int xOf(qint64 epochMs) const
        {
            return int(std::lround(origin + double(epochMs - from) * pxPerMs));
        }
    };
    Axis axis() const;
    struct Hit
    {
        int token = -1;
        int tick = -1;
    };
    void paintToken(QPainter &painter, int index, const QRect &plot) const;
    void paintFailuresOnTop(QPainter &painter, const QRect &plot) const;
    void drawStoredTick(QPainter &painter, const QRectF &box,
                        WaterfallModel::Outcome outcome) const;
    void activate(const TokenLifeModel::Tick &tick);
    Hit hitAt(const QPoint &pos) const;
    Hit nearestTick(int token, int x) const;
    qint64 nowMs() const;
    void moveCurrent(int delta);
    void modelChanged();

    QPointer<TokenLifeModel> m_model;
    QDateTime m_fixedNow;
    QTimer m_clock;
    Hit m_current; // the tick the keyboard is on
    bool m_compact = false;
};
