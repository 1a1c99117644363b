#include "RunJob.h"

#include "app/session/RequestRunner.h"

RunJob::RunJob(FhirClient *client, QObject *parent)
    : Job(parent), m_runner(new RequestRunner(client, this))
{
    connect(m_runner, &RequestRunner::requestStarted, this,
            [this](int position, const QString &name) {
                m_current = name;
                Q_EMIT requestStarted(position, name);
                Q_EMIT changed();
            });
    connect(m_runner, &RequestRunner::requestFinished, this, [this](const RunResult &result) {
        m_results << result;
        m_current.clear(); // until the next one starts
        Q_EMIT requestFinished(result);
        Q_EMIT changed();
    });
    connect(m_runner, &RequestRunner::finished, this, [this](const RunSummary &summary) {
        m_current.clear();
        Q_EMIT finished(summary);
        Q_EMIT changed();
    });
}

RunJob::~RunJob() = default;

bool RunJob::start(const RunPlan &plan, const QString &title)
{
    if (isRunning() || !plan.ok() || plan.items.isEmpty())
        return false;
    m_title = title;
    m_total = int(plan.items.size());
    m_results.clear();
    m_current.clear();
    m_cancelled = false;
    m_started = true;
    m_runner->start(plan);
    Q_EMIT changed();
    return true;
}

void RunJob::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_runner->cancel();
    Q_EMIT changed();
}

bool RunJob::isRunning() const
{
    return m_runner->isRunning();
}

QString RunJob::kind() const
{
    return tr("Run of saved requests");
}

Job::Status RunJob::status() const
{
    if (!m_started)
        return Status::NotStarted;
    if (isRunning())
        return Status::Running;
    return m_cancelled ? Status::Cancelled : Status::Finished;
}

int RunJob::percent() const
{
    if (!m_started || m_total == 0)
        return -1;
    if (!isRunning())
        return 100;
    return qMin(99, done() * 100 / m_total);
}

QString RunJob::detail() const
{
    if (!m_started)
        return {};
    const RunSummary sum = summary();
    const QString counts =
        tr("%n expectation(s) held, %1 failed", nullptr, sum.held).arg(sum.failed);
    if (isRunning()) {
        const int position = qMin(done() + 1, m_total);
        return m_current.isEmpty()
                   ? tr("%1 of %2 · %3").arg(position).arg(m_total).arg(counts)
                   : tr("%1 of %2: %3 · %4").arg(position).arg(m_total).arg(m_current, counts);
    }
    if (m_cancelled)
        return tr("Stopped after %1 of %2 requests · %3").arg(done()).arg(m_total).arg(counts);
    return sum.sentence();
}
