#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Two calls side by side, as values: what differs (listed first), then what is the same.
// Made by CallDiff; shown by the window's compare view and written by reports.
struct CallComparison
{
    struct Row
    {
        enum class Kind { Same, Changed, Added, Removed }; // Added: only the right call has it
        QString section; // "Status", "Response header", "Body", …
        QString key;     // a header name, a JSON path, "code"
        QString left;
        QString right;
        Kind kind = Kind::Same;
        // Differs between any two calls (Date, the request ids, the time taken): listed after
        // the differences that tell something.
        bool expected = false;
        bool differs() const { return kind != Kind::Same; }
    };
    QList<Row> rows;
    QStringList notCompared; // what the comparison left out, and why
    QString leftLabel;       // "#12 GET …/Group/1 (Preview)"
    QString rightLabel;

    int differences() const; // rows that differ and are not expected to
};
