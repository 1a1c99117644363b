#pragma once

#include "app/calls/Diagnosis.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QString>

// One place that turns a meaning (a severity, an environment, a highlighted row, a kind of
// token in a body) into a colour, so the call log, the diagnosis pane and the issue table agree.
// Every colour is derived from the palette in force: on a dark palette the same meanings get
// light text on dark tints, so a dark desktop theme stays readable. The icon and the mark keep
// the meaning readable without colour.
namespace SeverityStyle {
QIcon icon(Diagnosis::Severity severity);
// Text in this colour reads well on the palette's Base and Window.
QColor colour(Diagnosis::Severity severity, const QPalette &palette = QGuiApplication::palette());
// A ground tinted towards the severity, for banners, cards and highlighted rows.
QColor tint(Diagnosis::Severity severity, const QPalette &palette = QGuiApplication::palette());
// ✔ ⚠ ✘ ℹ: the severity in the text itself, for readers who do not see the colour.
QString mark(Diagnosis::Severity severity);
// A bordered, tinted card for verdict labels.
QString cardStyleSheet(Diagnosis::Severity severity);
// A full-width banner; `strong` is the loud one (production): white on the error colour.
QString bannerStyleSheet(Diagnosis::Severity severity, bool strong = false);
// Rows that call for attention (a correlation header, a difference between servers).
QColor attentionGround(const QPalette &palette = QGuiApplication::palette());
// Text that is there but not offered (a format a server does not list).
QColor muted(const QPalette &palette = QGuiApplication::palette());
bool isDark(const QPalette &palette = QGuiApplication::palette());
// FHIR issue severities: "fatal", "error", "warning", "information".
Diagnosis::Severity fromIssueSeverity(const QString &severity);

// Body highlighting: JSON keys, strings, numbers, literals; XML tags, attributes, comments.
enum class Syntax { Key, String, Number, Literal, Tag, Attribute, Comment };
QColor syntax(Syntax kind, bool dark = isDark());
} // namespace SeverityStyle
