#include "RunPlanner.h"

#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/workbench/VariableSet.h"

#include <QFileInfo>

namespace {

QString where(const QString &file, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
}

QString origin(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString();
}

} // namespace

RunPlan RunPlanner::plan(const QList<RequestCollection> &files,
                         const QList<std::shared_ptr<const VariableSource>> &outer,
                         const QByteArray &profileToken, const FhirClient &client)
{
    RunPlan plan;
    for (const RequestCollection &c : files) {
        const QString file = c.source.isEmpty() ? c.name : QFileInfo(c.source).fileName();
        VariableResolver variables;
        for (const auto &s : outer)
            variables.addSource(s);
        auto own = std::make_shared<VariableSet>(VariableSource::Origin::File, file);
        for (const FileVariable &v : c.variables)
            own->set(v.name, v.value);
        variables.addSource(own);
        variables.setToken(profileToken);
        variables.setSecretNames(c.secretVariables);
        for (int i = 0; i < c.requests.size(); ++i) {
            const SavedRequest &saved = c.requests.at(i);
            const RequestBuilder::Result built = RequestBuilder::build(saved, i, variables);
            if (!built.request) {
                plan.errors << tr("%1: %2 (request %3)")
                                   .arg(where(file, built.line), built.error, saved.displayName(i));
                if (!built.missing.isEmpty() && !plan.missing.contains(built.missing))
                    plan.missing << built.missing;
                continue;
            }
            PlannedRequest item{file, i, saved, *built.request, saved.notices};
            const QUrl url = client.resolve(item.prepared.target);
            const QString scheme = url.scheme();
            if (!url.isValid() || url.host().isEmpty() ||
                (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
                plan.errors << tr("%1: \"%2\" is not a usable URL (request %3)")
                                   .arg(where(file, saved.line), item.prepared.target,
                                        saved.displayName(i));
                continue;
            }
            // The profile's token goes to the profile's server only, whatever URL a file names.
            const bool profileToken =
                item.prepared.tokenFrom == PreparedRequest::TokenFrom::Default ||
                item.prepared.tokenFrom == PreparedRequest::TokenFrom::Profile;
            if (profileToken && !ApiCall::sameOrigin(url, client.baseUrl())) {
                const QString server = origin(client.baseUrl());
                if (item.prepared.tokenFrom == PreparedRequest::TokenFrom::Profile) {
                    plan.errors << tr("%1: {{token}} is the profile's token, and this request goes "
                                      "to %2, not to the profile's server %3: it is not sent "
                                      "there (request %4)")
                                       .arg(where(file, saved.line), origin(url), server,
                                            saved.displayName(i));
                    continue;
                }
                item.prepared.tokenFrom = PreparedRequest::TokenFrom::None;
                item.prepared.auth = AuthMode::None;
                item.prepared.token.clear();
                item.notices << tr("Sent without the profile's token: %1 is not the profile's "
                                   "server (%2).")
                                    .arg(origin(url), server);
            }
            plan.items.append(item);
        }
    }
    return plan;
}

RunPlan RunPlanner::planOne(const RequestCollection &file, int index,
                            const QList<std::shared_ptr<const VariableSource>> &outer,
                            const QByteArray &profileToken, const FhirClient &client)
{
    RequestCollection one = file;
    one.requests = {file.requests.value(index)};
    RunPlan plan = RunPlanner::plan({one}, outer, profileToken, client);
    for (PlannedRequest &item : plan.items) {
        item.index = index;
        if (item.prepared.name.isEmpty() || item.prepared.name == QLatin1String("#1"))
            item.prepared.name = file.requests.value(index).displayName(index);
    }
    return plan;
}

RequestDraft RunPlanner::draftOf(const PreparedRequest &p)
{
    RequestDraft d;
    d.method = p.method;
    d.target = p.target;
    d.headers = p.headers;
    d.body = p.body;
    d.requestId = p.requestId;
    d.purpose = p.name;
    switch (p.tokenFrom) {
    case PreparedRequest::TokenFrom::None:
        d.authVariant = authModeKey(AuthMode::None);
        break;
    case PreparedRequest::TokenFrom::Empty:
        d.authVariant = authModeKey(AuthMode::Empty);
        break;
    case PreparedRequest::TokenFrom::Default:
        d.authVariant = authModeKey(AuthMode::Bearer);
        break;
    case PreparedRequest::TokenFrom::Profile:
    case PreparedRequest::TokenFrom::Variable:
        d.authVariant = authModeKey(p.auth);
        break;
    }
    return d;
}

SavedRequest RunPlanner::savedFrom(const RequestDraft &draft, const QString &name)
{
    SavedRequest r;
    r.name = name.simplified();
    r.method = QString::fromLatin1(draft.method).toUpper();
    r.url = draft.target;
    for (const auto &h : draft.headers)
        r.headers.append({QString::fromLatin1(h.first), QString::fromLatin1(h.second), 0});
    if (!draft.requestId.isEmpty())
        r.headers.append({QStringLiteral("X-Request-ID"), QString::fromLatin1(draft.requestId), 0});
    const QString token = QStringLiteral("{{token}}");
    const QString variant = draft.authVariant;
    if (variant == authModeKey(AuthMode::None))
        r.noAuth = true;
    else if (variant == authModeKey(AuthMode::Empty))
        r.headers.append({QStringLiteral("Authorization"), QString(), 0});
    else if (variant == authModeKey(AuthMode::Raw))
        r.headers.append({QStringLiteral("Authorization"), token, 0});
    else if (variant == authModeKey(AuthMode::LowercaseBearer))
        r.headers.append({QStringLiteral("Authorization"), QStringLiteral("bearer ") + token, 0});
    else if (variant != authModeKey(AuthMode::Bearer))
        r.notices << tr("Sent with the Authorization variant \"%1\"; the saved request sends the "
                        "profile's token as Bearer.")
                         .arg(variant);
    r.body = QString::fromUtf8(draft.body).trimmed();
    return r;
}

QString RunPlanner::refusal(const RunPlan &plan)
{
    QStringList lines = plan.errors;
    if (plan.missing.contains(QLatin1String("token")))
        lines << tr("{{token}} needs a token: paste one in the token row (or Get token…).");
    else if (!plan.missing.isEmpty())
        lines << tr("Define %1 in the file (@name = value) or in the profile's variables "
                    "(Settings → Server profile and variables…).")
                     .arg(plan.missing.join(QStringLiteral(", ")));
    if (plan.items.isEmpty() && plan.ok())
        lines << tr("The file has no requests.");
    lines << tr("Nothing was sent.");
    return lines.join(QLatin1Char('\n'));
}
