#pragma once

#include "app/conformance/CheckSet.h"

#include <QCoreApplication>
#include <QSet>

// The kick-off, status and cancel checks that start an export and cancel it at once (opt-in),
// and the read-only kick-off errors: what a server answers before any file exists.
class ExportChecks final : public CheckSet
{
    Q_DECLARE_TR_FUNCTIONS(ExportChecks)
public:
    QList<ConformanceStep> steps(ConformanceRun &run) override;
    // The status URL with its job id changed (the last four hex digits), to ask for a job that
    // does not exist without inventing a URL shape.
    static QUrl alteredJob(const QUrl &statusUrl);

private:
    QList<ConformanceStep> probeSteps(ConformanceRun &run);
    static QList<ConformanceStep> kickoffSteps(ConformanceRun &run);
    // DELETE without a token is refused like the kick-off.
    static ConformanceStep cancelTokenStep(ConformanceRun &run);
    static void cancelAndRepoll(ConformanceRun &run, const ConformanceRun::Probe &poll,
                                const QUrl &location, const std::function<void()> &done);
    QSet<QString> m_locations; // every Content-Location seen: a repeat is a reused job
};
