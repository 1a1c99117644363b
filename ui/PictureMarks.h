#pragma once

#include "app/models/WaterfallModel.h"

#include <QColor>
#include <QPalette>
#include <QRectF>
#include <QString>

#include <functional>

class QFont;
class QPainter;
class QWidget;

// What the pictures (the waterfall, a token's life, an export's timeline) draw alike: an
// outcome as a shape and a colour from the palette in force (✔ a tick, ✘ a cross, ⊘ a slashed
// circle: readable without colour), and a time axis with ticks at round steps.
namespace PictureMarks {
QColor outcomeColour(WaterfallModel::Outcome outcome, const QPalette &palette);
// The shape of the outcome inside `box` (a square of a few pixels, or more).
void drawOutcome(QPainter &painter, const QRectF &box, WaterfallModel::Outcome outcome,
                 const QPalette &palette);

// Milliseconds from an origin onto pixels: x = left + (ms - fromMs) / msPerPx.
struct TimeAxis
{
    qint64 originEpochMs = 0; // wall clock of ms 0, for the labels
    double fromMs = 0;        // the time at x = left
    double msPerPx = 1;
    int left = 0;
    double x(double ms) const { return left + (ms - fromMs) / msPerPx; }
    double ms(double x) const { return fromMs + (x - left) * msPerPx; }
};
// A round step (1, 2, 5 × 10^n ms) that leaves at least `minPx` between ticks.
qint64 tickStep(double msPerPx, int minPx = 90);
// The label of the axis tick at `epochMs` (local time), as precise as `step` needs: milliseconds
// under a second, the time of day under an hour, the date with the hour under a day, else the date.
QString axisLabel(qint64 epochMs, qint64 step);
// Ticks and wall-clock labels along `band` (the labels inside it), and faint grid lines down
// to `gridBottom` (none when it is not below the band).
// A label that would overlap `keepClear` (another tag in the band, such as "now") is left out.
void drawAxis(QPainter &painter, const QRect &band, const TimeAxis &axis, const QPalette &palette,
              int gridBottom = 0, const QRect &keepClear = {});

// Paints `size` with `paint` into a PNG or, for a name ending in .svg, an SVG drawing titled
// `title`, and writes it through PrivateFile: the file gets its name only when it is whole.
// Returns the problem in words, or an empty string.
QString savePicture(const QString &path, const QSize &size, const QString &title,
                    const QPalette &palette, const QFont &font,
                    const std::function<void(QPainter &)> &paint);
// The same drawing into memory (`*out`): PNG, or SVG when `asSvg`. Returns the problem in
// words, or an empty string.
QString drawPicture(bool asSvg, const QSize &size, const QString &title, const QPalette &palette,
                    const QFont &font, const std::function<void(QPainter &)> &paint,
                    QByteArray *out);
// A "Save picture…" entry in `widget`'s context menu: asks for a file (suggesting
// `suggestedName`) and hands it to `save`; a problem is shown as a tooltip over the widget.
void addSaveAction(QWidget *widget, const QString &dialogTitle, const QString &suggestedName,
                   const std::function<QString(const QString &)> &save);
} // namespace PictureMarks
