#pragma once

#include <QByteArray>
#include <QString>

// The analyst's note on a call, as it is kept (CallRecord::note, the history, a HAR's entry
// comment, a report): trimmed, at most kMaxChars, and never a secret. A note is typed or pasted
// by hand, so a token pasted into it by mistake is redacted here, at the source, before the
// note reaches the record: the token the window holds, its signature part on its own, and any
// text shaped like a JWT (three base64url parts, the first starting "eyJ").
namespace CallNote {

constexpr int kMaxChars = 4000;

// `token` is the token in use (may be empty): its occurrences and its signature's are redacted
// as "<redacted: N chars, sha256 XXXXXXXX>".
QString clean(const QString &text, const QByteArray &token = {});

} // namespace CallNote
