#pragma once

#include <QString>

// The window's appearance: the desktop's own style and palette, or Qt's Fusion style with a
// light or a dark palette of ours (for desktops whose theme Qt cannot read, and for screenshots).
// Colours that carry meaning are never set here: SeverityStyle derives them from whatever
// palette is in force.
namespace Theme {
// "" (follow the system), "light" or "dark"; anything else is taken as "".
void apply(const QString &appearance);
} // namespace Theme
