#include "ServerSession.h"

#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/support/Logging.h"

#include <QUrlQuery>

namespace {
ServerSession::StatementRead parse(const CallRecord &r)
{
    ServerSession::StatementRead read;
    QString error;
    read.statement =
        r.status && *r.status == 200 ? CapabilityStatement::parse(r.body, &error) : std::nullopt;
    read.problem = read.statement ? QString() : (error.isEmpty() ? r.diagnosis.summary : error);
    read.callId = r.id;
    return read;
}
} // namespace

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
        StatementRead read = parse(r);
        m_statement = std::move(read.statement);
        m_problem = read.problem;
        qCDebug(lcNet) << "CapabilityStatement of" << base.toString()
                       << (m_statement ? "read" : "missing") << "by call" << r.id;
        Q_EMIT statementChanged();
    });
}

void ServerSession::readStatementAt(const QUrl &base, QObject *context,
                                    std::function<void(const StatementRead &)> done)
{
    ApiRequest req = m_client->prepare(tr("Read CapabilityStatement"), "GET",
                                       base.toString() + QStringLiteral("/metadata"));
    req.auth = AuthMode::None;
    ApiCall *call = m_client->send(req);
    connect(call, &ApiCall::finished, context,
            [done = std::move(done)](const CallRecord &r) { done(parse(r)); });
}

void ServerSession::readInFormat(
    const QUrl &url, bool xml, QObject *context,
    std::function<void(const QByteArray &body, const QString &problem)> done)
{
    const QByteArray mime = xml ? "application/fhir+xml" : "application/fhir+json";
    ApiRequest request = m_client->prepare(xml ? tr("Same resource as XML, for the viewer")
                                               : tr("Same resource as JSON, for the viewer"),
                                           "GET", url.toString(), {}, {{"Accept", mime}});
    QUrlQuery query(request.url);
    if (query.hasQueryItem(QStringLiteral("_format"))) {
        query.removeAllQueryItems(QStringLiteral("_format"));
        request.url.setQuery(query);
    }
    ApiCall *call = m_client->send(std::move(request));
    connect(call, &ApiCall::finished, context, [done = std::move(done)](const CallRecord &r) {
        if (r.status && *r.status >= 200 && *r.status < 300)
            done(r.wholeBody(), {});
        else
            done({}, r.status ? tr("HTTP %1").arg(*r.status) : r.diagnosis.summary);
    });
}
