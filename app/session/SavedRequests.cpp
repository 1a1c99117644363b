#include "SavedRequests.h"

#include "app/net/FhirClient.h"
#include "app/session/RunPlanner.h"
#include "app/workbench/CallToRequest.h"
#include "app/workbench/HttpFileAppend.h"
#include "app/workbench/RequestFileReader.h"

SavedRequests::File SavedRequests::read(const QString &path)
{
    const RequestFileReader::Result r = RequestFileReader::read(path);
    return {path, r.collection, r.errors};
}

bool SavedRequests::isRequestFile(const QString &fileName)
{
    const QString name = fileName.toLower();
    return name.endsWith(QLatin1String(".http")) || name.endsWith(QLatin1String(".rest")) ||
           name.endsWith(QLatin1String(".postman_collection.json"));
}

bool SavedRequests::appendCall(const QString &path, const CallRecord &call, const QUrl &base,
                               const QList<QByteArray> &secrets, QString *error)
{
    return HttpFileAppend::append(path, CallToRequest::fromCall(call, base), error, secrets);
}

bool SavedRequests::appendDraft(const QString &path, const RequestDraft &draft, const QString &name,
                                const QList<QByteArray> &secrets, QString *error)
{
    return HttpFileAppend::append(path, RunPlanner::savedFrom(draft, name), error, secrets);
}

std::optional<RequestDraft> SavedRequests::draftOfCall(const CallRecord &call,
                                                       const FhirClient &client, QString *problem)
{
    RequestCollection one;
    one.name = call.purpose;
    one.requests = {CallToRequest::fromCall(call, client.baseUrl())};
    // A stand-in resolves {{token}}: the draft never carries a token, the workspace adds the
    // current one when it sends.
    const RunPlan plan = RunPlanner::planOne(one, 0, {}, QByteArrayLiteral("stand-in"), client);
    if (!plan.ok() || plan.items.isEmpty()) {
        *problem = plan.errors.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    RequestDraft d = RunPlanner::draftOf(plan.items.constFirst().prepared);
    d.requestId.clear(); // a fresh X-Request-ID: this is another call
    d.purpose =
        call.purpose.isEmpty() ? tr("Send again") : tr("%1 (again)").arg(call.purpose.simplified());
    return d;
}

QList<RequestCollection> SavedRequests::readAll(const QStringList &paths, QStringList *errors)
{
    QList<RequestCollection> files;
    for (const QString &p : paths) {
        const File r = read(p);
        *errors << r.errors;
        if (r.collection)
            files << *r.collection;
    }
    return files;
}

bool SavedRequests::isPostman(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}
