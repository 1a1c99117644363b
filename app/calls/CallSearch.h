#pragma once

#include "app/calls/CallRecord.h"

#include <QString>

// What a text filter looks in, the one rule for the call log and the history: the purpose, the
// profile, the method, the URL, the status, the diagnosis (code and sentence) and its cause
// codes, and every id that traces the call (X-Request-ID sent and received, X-Correlation-Id,
// x-amzn-RequestId), and the analyst's note. A call matches when the text (trimmed) is part of it,
// ignoring case; the log matches in memory, the history stores the same text in a column and asks
// SQLite.
class CallSearch
{
public:
    // The fields, one a line, case-folded (as the history stores them).
    static QString text(const CallRecord &record);
    // The filter text as it is compared: trimmed and case-folded.
    static QString needle(const QString &filterText);
    // `haystack` is text(); `filterText` as typed. An empty filter matches every call.
    static bool matches(const QString &haystack, const QString &filterText);
    // needle() as an SQL LIKE pattern ("%…%", with %, _ and \ escaped by a backslash).
    static QString likePattern(const QString &filterText);
};
