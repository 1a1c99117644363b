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

QColor colour(Diagnosis::Severity severity)
{
    switch (severity) {
    case Diagnosis::Severity::Ok:
        return {0x1a, 0x7f, 0x37};
    case Diagnosis::Severity::Info:
        return {0x0b, 0x52, 0x94};
    case Diagnosis::Severity::Warning:
        return {0x9a, 0x67, 0x00};
    case Diagnosis::Severity::Error:
        return {0xcf, 0x22, 0x2e};
    }
    return {};
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
    const QColor c = colour(severity);
    return QStringLiteral("border: 2px solid %1; border-radius: 6px; color: %1; background: %2;")
        .arg(c.name(), c.lighter(190).name());
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
