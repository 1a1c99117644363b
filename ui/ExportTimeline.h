#pragma once

#include "app/session/ExportTimelineModel.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <QTimer>

// An export as a picture, live: a time axis fitted to the whole job; on top the server's lane
// (the kick-off ▶, every poll as a tick with the wait it asked for drawn after it, failed polls
// as ✘, the manifest ◆, the end); then one bar per file: queued (a thin line), downloading
// (solid), verifying (hatched), ✔ done or ✘ rejected at its end, each failed attempt marked
// (◇ resumed with Range, ◆ retried from the start); under them the total throughput as a line.
// Only the files in view are drawn, and the throughput is one point per pixel column. Hovering
// names what is there; Up/Down choose a file (fileActivated), as a click does.
class ExportTimeline final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportTimeline)
public:
    explicit ExportTimeline(QWidget *parent = nullptr);

    void setModel(ExportTimelineModel *model);
    ExportTimelineModel *model() const { return m_model; }

    static constexpr int kLabelWidth = 170;
    static constexpr int kAxisHeight = 22;
    static constexpr int kServerHeight = 30;
    static constexpr int kRowHeight = 18;
    static constexpr int kThroughputHeight = 56;
    QRect plotRect() const; // the time axis's extent in viewport coordinates (x), files (y)
    double xOf(qint64 epochMs) const;
    int fileRowTop(int file) const; // viewport y of a file's row (may be outside the view)
    int serverLaneTop() const { return kAxisHeight; }
    int throughputTop() const;
    int currentFile() const { return m_current; }

    // The whole picture (every file) as PNG or, for a name ending in .svg, SVG. Returns an
    // error in the user's words, or an empty string.
    QString savePicture(const QString &path, int width = 1400) const;
    // The whole picture as PNG bytes (empty when it could not be drawn).
    QByteArray png(int width = 1400) const;

Q_SIGNALS:
    void fileActivated(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct View
    {
        QRect area;
        int firstRow = 0;
        int rows = 0; // file rows that fit
        qint64 fromMs = 0;
        double msPerPx = 1;
        double x(qint64 ms) const { return area.left() + kLabelWidth + (ms - fromMs) / msPerPx; }
    };
    View currentView() const;
    View viewFor(const QRect &area, int firstRow) const;
    QRect pictureArea(int width) const; // every file, for saving
    void paintView(QPainter &painter, const View &view, const QPalette &palette) const;
    void paintServerLane(QPainter &painter, const View &view, const QPalette &palette) const;
    void paintFile(QPainter &painter, const View &view, int index, int y,
                   const QPalette &palette) const;
    void paintThroughput(QPainter &painter, const View &view, int top,
                         const QPalette &palette) const;
    QString textAt(const QPoint &pos) const;
    int fileAt(const QPoint &pos) const;
    void updateScrollBars();
    void setCurrent(int index);

    QPointer<ExportTimelineModel> m_model;
    QTimer m_live; // redraws the growing "now" while the job runs
    int m_current = -1;
};
