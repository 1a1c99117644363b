#pragma once

#include <QString>

// Small formatting helpers every layer may use.
namespace Format {

// "512 B", "1.5 KiB", "3.2 MiB": a size as people read it (in the user's locale).
QString size(qint64 bytes);

} // namespace Format
