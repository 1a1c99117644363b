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

// True when an empty body is no answer for this status and type: a 200, 203 or 206 declared as
// JSON (not NDJSON) or XML. Qt 6.4 ends a chunked body at an unreadable chunk size ("zz") as if
// it were the last chunk: what arrives is nothing, reported as complete.
bool emptyIsBroken(int status, const QString &contentType);

} // namespace CutOffCheck
