#include "GroupsBrowser.h"

#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/support/Logging.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace {
QString problemOf(const CallRecord &r)
{
    // A summary that starts with the status ("403 AccessDeniedException: …") is not told twice.
    const QString status = r.status ? QString::number(*r.status) : QString();
    return status.isEmpty() || r.diagnosis.summary.startsWith(status)
               ? r.diagnosis.summary
               : GroupsBrowser::tr("HTTP %1: %2").arg(status, r.diagnosis.summary);
}
} // namespace

GroupsBrowser::GroupsBrowser(FhirClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

GroupsBrowser::~GroupsBrowser() = default;

QString GroupsBrowser::firstPage(int pageSize)
{
    return QStringLiteral("Group?_count=%1").arg(pageSize);
}

void GroupsBrowser::reset()
{
    ++m_generation;
    ++m_groupGeneration;
    m_pending = 0;
}

void GroupsBrowser::searchPage(const QString &pathOrUrl)
{
    ++m_pending;
    ApiCall *call = m_client->send(m_client->prepare(tr("Search Groups"), "GET", pathOrUrl));
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, generation](const CallRecord &r) {
        if (generation != m_generation)
            return;
        --m_pending;
        QString error;
        const auto page =
            r.status == 200
                ? SearchPage::parse(r.bodyFile.isEmpty() ? r.body : QByteArray(), &error)
                : std::nullopt;
        if (!page) {
            qCDebug(lcNet) << "Group search failed, call" << r.id;
            Q_EMIT searchFailed(error.isEmpty() ? problemOf(r) : error, r.status.value_or(0), r.id);
            return;
        }
        Page result;
        for (const QJsonObject &g : page->resources) {
            if (g.value(QLatin1String("resourceType")).toString() == QLatin1String("Group"))
                result.groups << GroupInfo::fromJson(g);
        }
        result.next = page->next;
        result.total = page->total;
        Q_EMIT pageRead(result, r.id);
    });
}

void GroupsBrowser::readSummary(const QString &id)
{
    ++m_pending;
    ApiCall *call =
        m_client->send(m_client->prepare(tr("Read Group"), "GET", QStringLiteral("Group/") + id));
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, generation, id](const CallRecord &r) {
        if (generation != m_generation)
            return;
        --m_pending;
        // A summary is small to parse; the members are counted, not kept.
        const GroupMembers g = r.status == 200 ? GroupMembers::parse(r.body) : GroupMembers{};
        const QString problem = r.status != 200 ? r.diagnosis.summary : g.error;
        if (problem.isEmpty())
            Q_EMIT summaryRead(id, g.info, r.id);
        else
            Q_EMIT summaryFailed(id, problem, r.id);
    });
}

void GroupsBrowser::readGroup(const QString &id)
{
    ++m_pending;
    const quint64 generation = ++m_groupGeneration;
    ApiRequest req = m_client->prepare(tr("Read Group"), "GET", QStringLiteral("Group/") + id);
    req.bodyMemoryCap = 512 * 1024 * 1024; // a Group is read whole; 100,000 members are ~12 MB
    ApiCall *call = m_client->send(req);
    connect(call, &ApiCall::finished, this, [this, id, generation](const CallRecord &r) {
        if (generation != m_groupGeneration) {
            --m_pending;
            return;
        }
        if (r.status != 200) {
            --m_pending;
            Q_EMIT groupFailed(id, r.diagnosis.summary, r.id);
            return;
        }
        // Parsing a large Group takes a while: on a pool thread, so no event loop stalls. The
        // watcher belongs to this object and goes with it; the work touches nothing of it.
        auto *watcher = new QFutureWatcher<GroupMembers>(this);
        const quint64 callId = r.id;
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, generation, id, callId] {
                    watcher->deleteLater();
                    --m_pending;
                    if (generation != m_groupGeneration)
                        return;
                    const GroupMembers parsed = watcher->result();
                    if (!parsed.error.isEmpty())
                        Q_EMIT groupFailed(id, parsed.error, callId);
                    else
                        Q_EMIT groupRead(id, parsed, callId);
                });
        const QByteArray body = r.body;
        watcher->setFuture(QtConcurrent::run([body] { return GroupMembers::parse(body); }));
    });
}
