#pragma once

#include "app/workbench/Report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

// Writes a Report to hand on. Markdown, to paste into a ticket; or one self-contained HTML file
// (inline CSS, no script, no external resource, a Content-Security-Policy that allows none,
// every value escaped). Per call: method, URL, status, time, the diagnosis and its causes, the
// ids that trace it (X-Request-ID, X-Correlation-Id, the x-amzn ids), the note, the request and
// response headers (redacted, as the record holds them) and an excerpt of the body; for a run,
// its expectations as a table first. The per-call text comes from RecordFormatter.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    enum class Format { Markdown, Html };
    // By the file's extension: .md/.markdown or .html/.htm; nothing for any other.
    static std::optional<Format> formatFor(const QString &path);

    static QString markdown(const Report &report);
    static QString html(const Report &report);
    static QByteArray write(const Report &report, Format format);

    static constexpr int kBodyExcerptChars = 3000;

private:
    static QString markdownCall(const ReportEntry &entry, int number);
    static QString htmlCall(const ReportEntry &entry, int number);
    static QString htmlExpectations(const Report &report);
};
