#include "SeverityStyle.h"

#include <QApplication>
#include <QStyle>

namespace SeverityStyle {

QIcon icon(Diagnosis::Severity severity)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_DialogApplyButton;
    switch (severity) {
    case Diagnosis::Severity::Ok:
        break;
    case Diagnosis::Severity::Info:
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    case Diagnosis::Severity::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Diagnosis::Severity::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    return QApplication::style()->standardIcon(pixmap);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor colour(Diagnosis::Severity severity, const QPalette &palette)
{
    // Light grounds: dark saturated text; dark grounds: the same hues, light.
    const bool dark = isDark(palette);
    switch (severity) {
    case Diagnosis::Severity::Ok:
        return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x11, 0x63, 0x29);
    case Diagnosis::Severity::Info:
        return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x0b, 0x52, 0x94);
    case Diagnosis::Severity::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x7d, 0x4e, 0x00);
    case Diagnosis::Severity::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xa4, 0x0e, 0x26);
    }
    return {};
}

namespace {
QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}
} // namespace

QColor tint(Diagnosis::Severity severity, const QPalette &palette)
{
    // A fifth of the hue over the ground: visible on light and dark, never loud.
    return mix(colour(severity, palette), palette.color(QPalette::Base),
               isDark(palette) ? 0.18 : 0.14);
}

QString mark(Diagnosis::Severity severity)
{
    switch (severity) {
    case Diagnosis::Severity::Ok:
        return QStringLiteral("✔");
    case Diagnosis::Severity::Info:
        return QStringLiteral("ℹ");
    case Diagnosis::Severity::Warning:
        return QStringLiteral("⚠");
    case Diagnosis::Severity::Error:
        return QStringLiteral("✘");
    }
    return {};
}

QString cardStyleSheet(Diagnosis::Severity severity)
{
    return QStringLiteral("border: 2px solid %1; border-radius: 6px; color: %1; background: %2;")
        .arg(colour(severity).name(), tint(severity).name());
}

QString bannerStyleSheet(Diagnosis::Severity severity, bool strong)
{
    if (strong) // white on the error red reads on both palettes
        return QStringLiteral("background: #cf222e; color: white; font-weight: bold;");
    return QStringLiteral("background: %1; color: %2;")
        .arg(tint(severity).name(), colour(severity).name());
}

QColor attentionGround(const QPalette &palette)
{
    return tint(Diagnosis::Severity::Warning, palette);
}

QColor muted(const QPalette &palette)
{
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor syntax(Syntax kind, bool dark)
{
    switch (kind) {
    case Syntax::Key:
    case Syntax::Tag:
        return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x0b, 0x52, 0x94);
    case Syntax::String:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x0a, 0x6e, 0x31);
    case Syntax::Number:
    case Syntax::Attribute:
        return dark ? QColor(0xff, 0xa6, 0x57) : QColor(0x9a, 0x4f, 0x00);
    case Syntax::Literal:
        return dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x8b, 0x1a, 0x8b);
    case Syntax::Comment:
        return dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6a, 0x73, 0x7d);
    }
    return {};
}

Diagnosis::Severity fromIssueSeverity(const QString &severity)
{
    if (severity == QLatin1String("fatal") || severity == QLatin1String("error"))
        return Diagnosis::Severity::Error;
    if (severity == QLatin1String("warning"))
        return Diagnosis::Severity::Warning;
    return Diagnosis::Severity::Info;
}

} // namespace SeverityStyle
