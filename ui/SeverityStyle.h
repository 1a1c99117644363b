#pragma once

#include "app/net/Diagnosis.h"

#include <QColor>
#include <QIcon>
#include <QString>

// One place that turns a severity into an icon and a colour, so the call log, the diagnosis
// pane and the issue table agree. The icon keeps the meaning readable without colour.
namespace SeverityStyle {
QIcon icon(Diagnosis::Severity severity);
QColor colour(Diagnosis::Severity severity);
// ✔ ⚠ ✘ ℹ: the severity in the text itself, for readers who do not see the colour.
QString mark(Diagnosis::Severity severity);
// A bordered, tinted card for verdict labels.
QString cardStyleSheet(Diagnosis::Severity severity);
// FHIR issue severities: "fatal", "error", "warning", "information".
Diagnosis::Severity fromIssueSeverity(const QString &severity);
} // namespace SeverityStyle
