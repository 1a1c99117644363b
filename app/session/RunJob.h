#pragma once

#include "app/session/Job.h"
#include "app/session/RunPlanner.h"
#include "app/workbench/RunResult.h"

#include <QList>

class FhirClient;
class RequestRunner;

// A run of saved requests as a session job (the Requests dock's Run, the Jobs dock): it owns the
// plan and the RequestRunner that sends it, so hiding or closing the dock that started it leaves
// it running and listed, and the dock shows its results again. It says how far it is ("2 of 5"),
// how its expectations went, and stops on cancel() after cancelling the call under way.
class RunJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunJob)
public:
    // Sends through `client` (its calls go to the log and the history as every call does).
    explicit RunJob(FhirClient *client, QObject *parent = nullptr);
    ~RunJob() override;

    // Sends the planned requests in order; `title` names what runs ("tries.http", "3 files").
    // False when the plan cannot run (errors, nothing in it) or a run is under way.
    bool start(const RunPlan &plan, const QString &title);
    // The call under way is cancelled, nothing more is sent; the job ends Cancelled.
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }

    int total() const { return m_total; }
    int done() const { return int(m_results.size()); }
    QList<RunResult> results() const { return m_results; }
    // The run so far, in numbers and one sentence.
    RunSummary summary() const { return RunSummary::of(m_results); }
    // The request under way (its name), empty when none is.
    QString current() const { return m_current; }

    QString kind() const override;
    QString title() const override { return m_title; }
    Status status() const override;
    int percent() const override;
    QString detail() const override;

Q_SIGNALS:
    void requestStarted(int position, const QString &name);
    void requestFinished(const RunResult &result);
    void finished(const RunSummary &summary);

private:
    RequestRunner *m_runner;
    QString m_title;
    QString m_current;
    QList<RunResult> m_results;
    int m_total = 0;
    bool m_started = false;
    bool m_cancelled = false;
};
