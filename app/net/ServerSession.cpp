#include "ServerSession.h"

#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/support/Logging.h"

ServerSession::ServerSession(FhirClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void ServerSession::ensureLoaded()
{
    if (m_loading || (m_loadedFor == m_client->baseUrl() && (m_statement || !m_problem.isEmpty())))
        return;
    load();
}

void ServerSession::load()
{
    m_loading = true;
    const quint64 generation = ++m_generation;
    const QUrl base = m_client->baseUrl();
    Q_EMIT loadingStarted();
    ApiCall *call = m_client->capabilities();
    connect(call, &ApiCall::finished, this, [this, generation, base](const CallRecord &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_loadedFor = base;
        m_callId = r.id;
        QString error;
        m_statement = r.status && *r.status == 200 ? CapabilityStatement::parse(r.body, &error)
                                                   : std::nullopt;
        m_problem = m_statement ? QString() : (error.isEmpty() ? r.diagnosis.summary : error);
        qCDebug(lcNet) << "CapabilityStatement of" << base.toString()
                       << (m_statement ? "read" : "missing") << "by call" << r.id;
        Q_EMIT statementChanged();
    });
}
