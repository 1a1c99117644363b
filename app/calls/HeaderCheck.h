#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

// What a request header may carry (RFC 9110 5.1 and 5.5): a name of token characters, and a
// value without control characters (a horizontal tab is allowed). A CR LF in a token would start
// a header of its own on the wire, so every header is checked before anything is sent.
namespace HeaderCheck {

bool validName(const QByteArray &name);
bool validValue(const QByteArray &value);
// A translated sentence naming the header and the first bad character by position and code
// (never the value itself, which may be a token); empty when the header is fine.
QString problem(const QByteArray &name, const QByteArray &value);

// Extra headers as typed, one "Name: value" a line (empty lines skipped). Nothing, and
// `problem` set, for a line that is not a header, or for Authorization (which has a menu of its
// own, so that its value is redacted and its variants are deliberate).
std::optional<QList<QPair<QByteArray, QByteArray>>> parseLines(const QString &text,
                                                               QString *problem);

} // namespace HeaderCheck
