#pragma once

#include "app/calls/CallRecord.h"
#include "app/workbench/ExpectationCheck.h"
#include "app/workbench/RunResult.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One call in a report: the record (already redacted), and what is known around it.
struct ReportEntry
{
    CallRecord record;
    QString name; // the saved request's name, for a run; empty for calls picked by hand
    QString file;
    QString note; // the analyst's note on the call
    QList<ExpectationResult> checks;
    QStringList skippedScripts;
    QStringList notices;
};

// What a report says: selected calls, or a run's results with its expectations. ReportWriter
// writes it as Markdown (to paste into a ticket) or as one self-contained HTML file.
struct Report
{
    QString title;
    QString source; // where the calls come from: "groups.http on Sandbox (built-in)", a HAR
    QDateTime created = QDateTime::currentDateTimeUtc();
    bool isRun = false;
    QList<ReportEntry> entries;

    static Report fromRun(const QList<RunResult> &results);
    static Report fromCalls(const QList<CallRecord> &calls);
    RunSummary summary() const;
};
