#include "Report.h"

Report Report::fromRun(const QList<RunResult> &results)
{
    Report report;
    report.isRun = true;
    for (const RunResult &r : results) {
        if (!r.hasAnswer())
            continue;
        ReportEntry e;
        e.record = r.answer();
        e.note = e.record.note;
        e.name = r.name;
        e.file = r.file;
        e.checks = r.checks;
        e.skippedScripts = r.skippedScripts;
        e.notices = r.notices;
        report.entries.append(e);
    }
    return report;
}

Report Report::fromCalls(const QList<CallRecord> &calls)
{
    Report report;
    for (const CallRecord &c : calls) {
        ReportEntry e;
        e.record = c;
        e.note = c.note;
        report.entries.append(e);
    }
    return report;
}

RunSummary Report::summary() const
{
    QList<RunResult> results;
    for (const ReportEntry &e : entries) {
        RunResult r;
        r.checks = e.checks;
        r.skippedScripts = e.skippedScripts;
        results.append(r);
    }
    return RunSummary::of(results);
}
