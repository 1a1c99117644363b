#include "RunResult.h"

bool RunResult::passed() const
{
    return failedChecks() == 0;
}

int RunResult::failedChecks() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(),
                             [](const ExpectationResult &c) { return !c.held; }));
}

RunSummary RunSummary::of(const QList<RunResult> &results)
{
    RunSummary s;
    for (const RunResult &r : results) {
        ++s.requests;
        s.expectations += int(r.checks.size());
        const int failed = r.failedChecks();
        s.failed += failed;
        s.held += int(r.checks.size()) - failed;
        s.failedRequests += failed > 0 ? 1 : 0;
        s.skippedScripts += int(r.skippedScripts.size());
    }
    return s;
}

QString RunSummary::sentence() const
{
    const QString requestsText = tr("%n request(s)", nullptr, requests);
    if (expectations == 0)
        return tr("%1, no expectations.").arg(requestsText);
    return tr("%1, %2: %3 held, %4 failed.")
        .arg(requestsText, tr("%n expectation(s)", nullptr, expectations))
        .arg(held)
        .arg(failed);
}
