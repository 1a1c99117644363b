#pragma once

#include "app/models/WaterfallModel.h"

#include <QAbstractScrollArea>
#include <QPointer>

class QAction;

// The calls over time, as browsers' Network panel shows them: one row per call, a bar from its
// start to its end on a shared time axis (lighter while waiting for the first byte, where that
// is known), the outcome as a shape and a colour, redirect hops joined by a line. Ctrl+wheel and
// +/- zoom, the wheel and the arrow keys pan; a click selects the call (callActivated), and
// selectCall() follows the log. Only the rows and times in view are drawn; a bar narrower than
// a pixel is drawn one pixel wide. Save picture… writes PNG or SVG.
class CallWaterfall final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallWaterfall)
public:
    explicit CallWaterfall(QWidget *parent = nullptr);

    void setModel(WaterfallModel *model);
    WaterfallModel *model() const { return m_model; }
    // Selects and shows the call without announcing it (the log selected it).
    void selectCall(quint64 id);
    quint64 selectedCall() const { return m_selected; }

    // Geometry, for the tests and the tooltip: the label column, the axis band, a row's height.
    static constexpr int kLabelWidth = 230;
    static constexpr int kAxisHeight = 24;
    static constexpr int kRowHeight = 20;
    QRect plotRect() const; // in viewport coordinates
    double msPerPixel() const { return m_msPerPx; }
    double xOf(qint64 ms) const; // viewport x of a time of the model
    int rowAt(const QPoint &viewportPos) const;

    void zoomBy(double factor, int anchorX = -1);
    void fitToWidth();
    // The whole waterfall (every row, all times at this width) as a picture: PNG or, for a
    // name ending in .svg, SVG. Returns an error in the user's words, or an empty string.
    QString savePicture(const QString &path, int width = 1400) const;

Q_SIGNALS:
    void callActivated(quint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct View
    {
        QRect area; // where to draw
        double fromMs = 0;
        double msPerPx = 1;
        int firstRow = 0;
    };
    void paintView(QPainter &painter, const View &view, const QPalette &palette) const;
    void paintRow(QPainter &painter, const View &view, int row, int y,
                  const QPalette &palette) const;
    void updateScrollBars();
    void moveSelection(int delta);
    View currentView() const;

    QPointer<WaterfallModel> m_model;
    double m_msPerPx = 1;
    bool m_fitted = true; // follows the width until the user zooms
    quint64 m_selected = 0;
};
