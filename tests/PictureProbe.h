#pragma once

// Reading the pictures back: a widget painted offscreen, then probed pixel by pixel for a colour
// where a mark should be drawn (lines are rasterised a pixel either way, hence the radius); and
// calls at known times to draw.
#include "app/calls/CallRecord.h"

#include <QColor>
#include <QDateTime>
#include <QImage>
#include <QPoint>
#include <QUrl>
#include <QWidget>
#include <optional>

namespace PictureProbe {

// The time the pictures' test calls are made from.
inline const QDateTime kT0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

// A GET of `path` started `startMs` after kT0, answered `status` (none: refused connection).
inline CallRecord call(quint64 id, qint64 startMs, qint64 elapsedMs, std::optional<int> status,
                       const QString &path = QStringLiteral("/Patient"))
{
    CallRecord r;
    r.id = id;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://fhir.example") + path);
    r.started = kT0.addMSecs(startMs);
    r.elapsedMs = elapsedMs;
    r.status = status;
    if (!status)
        r.transportError = QStringLiteral("Connection refused");
    return r;
}

// A call at `at` that carried the token with this fingerprint.
inline CallRecord tokenCall(quint64 id, const QDateTime &at, std::optional<int> status,
                            const QString &fingerprint)
{
    CallRecord r = call(id, kT0.msecsTo(at), 120, status);
    r.tokenFingerprint = fingerprint;
    return r;
}

// Whether a pixel within `radius` of `at` is close to `colour`.
inline bool near(const QImage &image, QPoint at, const QColor &colour, int radius = 1)
{
    for (int dx = -radius; dx <= radius; ++dx)
        for (int dy = -radius; dy <= radius; ++dy) {
            const QPoint p = at + QPoint(dx, dy);
            if (!image.rect().contains(p))
                continue;
            const QColor c = image.pixelColor(p);
            if (qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) +
                    qAbs(c.blue() - colour.blue()) <
                60)
                return true;
        }
    return false;
}

// Whether any pixel in the column `x` between `top` and `bottom` (inclusive) is close to
// `colour`.
inline bool inColumn(const QImage &image, int x, int top, int bottom, const QColor &colour)
{
    for (int y = top; y <= bottom; ++y)
        if (near(image, QPoint(x, y), colour, 0))
            return true;
    return false;
}

// The widget as it paints itself now.
inline QImage paint(QWidget &widget)
{
    return widget.grab().toImage();
}

} // namespace PictureProbe
