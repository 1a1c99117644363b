#pragma once

#include "app/conformance/ConformanceReport.h"
#include "app/conformance/RunComparison.h"

#include <QByteArray>
#include <QCoreApplication>

// A finished run as one self-contained HTML page (UTF-8, its style inline, nothing fetched):
// the summary, then one table per set (result as symbol and word, the check, its weight, the
// clause as a link, what was found, the calls it rests on), and, when given, the comparison
// with an earlier run, what changed first. The window's "Export as HTML…" and
// `fhir-bulk conform --html` write this.
class ConformanceHtml
{
    Q_DECLARE_TR_FUNCTIONS(ConformanceHtml)
public:
    struct Comparison
    {
        QString earlier; // what the earlier run was: its file, server and profile
        QList<RunComparison::Row> rows;
    };
    static QByteArray page(const QList<CheckResult> &results,
                           const ConformanceReport::Header &header,
                           const Comparison *comparison = nullptr);
};
