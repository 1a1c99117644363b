#pragma once

#include <QByteArray>
#include <QString>

// Whether a body that arrived with chunked transfer coding looks cut off: JSON that ends inside
// an object, array or string; NDJSON whose last line has no line break and is not JSON; XML that
// ends before its root closes. Qt 6.4 can report a chunked body whose connection closed early as
// complete (README, "Limit"); these checks catch the cut where the content shows it. Only a body
// that fails its format's parser is classified, so a valid one costs one fast simdjson pass.
namespace CutOffCheck {

// True when `body` (of `contentType`) ends early; `why` says where.
bool looksCutOff(const QByteArray &body, const QString &contentType, QString *why);

} // namespace CutOffCheck
