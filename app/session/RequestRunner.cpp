#include "RequestRunner.h"

#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"

#include <QTimer>

RequestRunner::RequestRunner(FhirClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    qRegisterMetaType<RunResult>();
    qRegisterMetaType<RunSummary>();
}

RequestRunner::~RequestRunner()
{
    // The running call stops, and its last signal no longer reaches a runner being destroyed.
    m_cancelled = true;
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void RequestRunner::start(const RunPlan &plan)
{
    m_plan = plan;
    m_next = 0;
    m_results.clear();
    m_cancelled = false;
    m_running = true;
    // Started from the event loop, so a caller connects before the first signal.
    QTimer::singleShot(0, this, &RequestRunner::sendNext);
}

void RequestRunner::cancel()
{
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void RequestRunner::sendNext()
{
    if (m_cancelled || m_next >= m_plan.items.size()) {
        m_running = false;
        m_plan = {}; // the tokens go with it
        Q_EMIT finished(RunSummary::of(m_results));
        return;
    }
    PlannedRequest &item = m_plan.items[m_next];
    const PreparedRequest &p = item.prepared;
    m_current = RunResult();
    m_current.file = item.file;
    m_current.index = item.index;
    m_current.name = p.name;
    m_current.folder = item.saved.folder;
    m_current.skippedScripts = item.saved.skippedScripts;
    m_current.notices = item.notices;
    Q_EMIT requestStarted(int(m_next), p.name);

    ApiRequest request = m_client->prepare(p.name, p.method, p.target, p.body, p.headers);
    request.auth = p.auth;
    request.token = p.token;
    request.requestId = p.requestId;
    item.prepared.token.clear();
    m_call = m_client->send(request);
    connect(m_call, &ApiCall::hopFinished, this,
            [this](const CallRecord &hop) { m_current.hops.append(hop); });
    connect(m_call, &ApiCall::finished, this, &RequestRunner::onFinished);
}

void RequestRunner::onFinished(const CallRecord &record)
{
    if (m_current.hops.isEmpty() || m_current.hops.constLast().id != record.id)
        m_current.hops.append(record);
    m_current.checks = ExpectationCheck::checkAll(m_plan.items.at(m_next).saved.expectations,
                                                  m_current.hops.constLast());
    m_results.append(m_current);
    ++m_next;
    Q_EMIT requestFinished(m_current);
    // The next request from the event loop: the finished call deletes itself first.
    QTimer::singleShot(0, this, &RequestRunner::sendNext);
}
