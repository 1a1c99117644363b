#include "PictureMarks.h"

#include "app/support/PrivateFile.h"
#include "ui/SeverityStyle.h"

#include <QAction>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWidget>
#include <cmath>

namespace PictureMarks {

QColor outcomeColour(WaterfallModel::Outcome outcome, const QPalette &palette)
{
    switch (outcome) {
    case WaterfallModel::Outcome::Ok:
        return SeverityStyle::colour(Diagnosis::Severity::Ok, palette);
    case WaterfallModel::Outcome::Failed:
        return SeverityStyle::colour(Diagnosis::Severity::Error, palette);
    case WaterfallModel::Outcome::Cancelled:
        return SeverityStyle::muted(palette);
    }
    return palette.color(QPalette::Text);
}

void drawOutcome(QPainter &painter, const QRectF &box, WaterfallModel::Outcome outcome,
                 const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    QPen pen(outcomeColour(outcome, palette), qMax(1.5, box.width() / 5));
    pen.setCapStyle(Qt::SquareCap);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const auto at = [&box](double fx, double fy) {
        return QPointF(box.left() + fx * box.width(), box.top() + fy * box.height());
    };
    switch (outcome) {
    case WaterfallModel::Outcome::Ok: {
        // A tick: its corners and its middle stay empty (tests tell it from a cross by that).
        const QPointF tick[] = {at(0.1, 0.55), at(0.4, 0.85), at(0.9, 0.15)};
        painter.drawPolyline(tick, 3);
        break;
    }
    case WaterfallModel::Outcome::Failed:
        painter.drawLine(at(0.15, 0.15), at(0.85, 0.85));
        painter.drawLine(at(0.15, 0.85), at(0.85, 0.15));
        break;
    case WaterfallModel::Outcome::Cancelled:
        painter.drawEllipse(box.adjusted(1, 1, -1, -1));
        painter.drawLine(at(0.25, 0.75), at(0.75, 0.25));
        break;
    }
    painter.restore();
}

qint64 tickStep(double msPerPx, int minPx)
{
    // Under a second: 1, 2, 5 × 10^n ms; above: the steps a clock has (15 s, 5 min, 6 h, …).
    const double wanted = qMax(1.0, msPerPx * minPx);
    if (wanted < 1000) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
        for (const double f : {1.0, 2.0, 5.0, 10.0})
            if (f * magnitude >= wanted)
                return qint64(f * magnitude);
    }
    static constexpr qint64 kClockSteps[] = {1000,     2000,     5000,     10000,     15000,
                                             30000,    60000,    120000,   300000,    600000,
                                             900000,   1800000,  3600000,  7200000,   10800000,
                                             21600000, 43200000, 86400000, 172800000, 604800000};
    for (const qint64 step : kClockSteps)
        if (double(step) >= wanted)
            return step;
    return qint64(std::ceil(wanted / 604800000.0)) * 604800000;
}

QString axisLabel(qint64 epochMs, qint64 step)
{
    // A span over days (a token's life with calls from the history) read the same time of day
    // at every tick when the labels held only the time.
    const QString format = step < 1000       ? QStringLiteral("HH:mm:ss.zzz")
                           : step < 3600000  ? QStringLiteral("HH:mm:ss")
                           : step < 86400000 ? QStringLiteral("MM-dd HH:mm")
                                             : QStringLiteral("yyyy-MM-dd");
    return QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime().toString(format);
}

void drawAxis(QPainter &painter, const QRect &band, const TimeAxis &axis, const QPalette &palette,
              int gridBottom, const QRect &keepClear)
{
    painter.save();
    const qint64 step = tickStep(axis.msPerPx);
    const double firstMs = axis.ms(band.left());
    const double lastMs = axis.ms(band.right());
    const qint64 first = qint64(std::floor(firstMs / double(step))) * step;
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(90);
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawLine(band.bottomLeft(), band.bottomRight());
    for (qint64 t = first; t <= lastMs; t += step) {
        const int x = int(std::lround(axis.x(double(t))));
        if (x < band.left())
            continue;
        painter.setPen(palette.color(QPalette::Mid));
        painter.drawLine(x, band.bottom() - 4, x, band.bottom());
        if (gridBottom > band.bottom()) {
            painter.setPen(grid);
            painter.drawLine(x, band.bottom() + 1, x, gridBottom);
        }
        painter.setPen(palette.color(QPalette::WindowText));
        const QString label = axisLabel(axis.originEpochMs + t, step);
        const int labelWidth = painter.fontMetrics().horizontalAdvance(label);
        if (x + 3 + labelWidth > band.right())
            continue; // a label cut at the edge reads as another time
        const QRect labelRect(x + 3, band.top(), labelWidth, band.height() - 4);
        if (keepClear.isValid() && labelRect.adjusted(-2, 0, 2, 0).intersects(keepClear))
            continue;
        painter.drawText(QRect(x + 3, band.top(), 200, band.height() - 4),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    painter.restore();
}

QString drawPicture(bool asSvg, const QSize &size, const QString &title, const QPalette &palette,
                    const QFont &font, const std::function<void(QPainter &)> &paint,
                    QByteArray *out)
{
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    QPainter painter;
    QSvgGenerator svg;
    QImage image;
    if (asSvg) {
        svg.setOutputDevice(&bytes);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        if (!painter.begin(&svg))
            return QCoreApplication::translate("PictureMarks", "Could not draw the picture.");
    } else {
        image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(palette.color(QPalette::Base));
        if (!painter.begin(&image))
            return QCoreApplication::translate("PictureMarks", "Could not draw the picture.");
    }
    painter.setFont(font);
    paint(painter);
    if (!painter.end() || (!asSvg && !image.save(&bytes, "PNG")))
        return QCoreApplication::translate("PictureMarks", "Could not draw the picture.");
    *out = bytes.data();
    return {};
}

QString savePicture(const QString &path, const QSize &size, const QString &title,
                    const QPalette &palette, const QFont &font,
                    const std::function<void(QPainter &)> &paint)
{
    const bool asSvg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    QByteArray bytes;
    const QString problem = drawPicture(asSvg, size, title, palette, font, paint, &bytes);
    if (!problem.isEmpty())
        return problem;
    QString error;
    if (!PrivateFile::writeWhole(path, bytes, &error))
        return QCoreApplication::translate("PictureMarks", "Could not write %1: %2")
            .arg(path, error);
    return {};
}

void addSaveAction(QWidget *widget, const QString &dialogTitle, const QString &suggestedName,
                   const std::function<QString(const QString &)> &save)
{
    auto *action =
        new QAction(QCoreApplication::translate("PictureMarks", "Save picture…"), widget);
    QObject::connect(action, &QAction::triggered, widget, [=] {
        const QString path = QFileDialog::getSaveFileName(
            widget, dialogTitle, suggestedName,
            QCoreApplication::translate("PictureMarks",
                                        "PNG picture (*.png);;SVG drawing (*.svg)"));
        if (path.isEmpty())
            return;
        const QString error = save(path);
        if (!error.isEmpty())
            QToolTip::showText(widget->mapToGlobal(widget->rect().center()), error, widget);
    });
    widget->addAction(action);
}

} // namespace PictureMarks
