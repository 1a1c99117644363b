#pragma once

#include "app/session/RunPlanner.h"
#include "app/workbench/RunResult.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class FhirClient;

// Sends the requests of a plan one after another, in order, through a FhirClient (which
// announces every exchange, so the call log and the history see them), and checks each
// answer's expectations. Values in (a RunPlan), values out (RunResults): a RunJob owns one,
// in the window's session and in `fhir-bulk run`.
class RequestRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestRunner)
public:
    explicit RequestRunner(FhirClient *client, QObject *parent = nullptr);
    ~RequestRunner() override;

    void start(const RunPlan &plan);
    // The running call is cancelled (its record says transport.cancelled); nothing more is sent.
    void cancel();
    bool isRunning() const { return m_running; }
    QList<RunResult> results() const { return m_results; }

Q_SIGNALS:
    void requestStarted(int position, const QString &name);
    void requestFinished(const RunResult &result);
    void finished(const RunSummary &summary);

private:
    void sendNext();
    void onFinished(const CallRecord &record);

    FhirClient *m_client;
    RunPlan m_plan;
    qsizetype m_next = 0;
    QList<RunResult> m_results;
    RunResult m_current;
    QPointer<ApiCall> m_call;
    bool m_running = false;
    bool m_cancelled = false;
};
