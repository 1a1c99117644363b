#include "RequestBuilder.h"

#include "app/workbench/AuthTemplate.h"

namespace {

RequestBuilder::Result failure(const QString &error, int line, const QString &missing = {})
{
    RequestBuilder::Result r;
    r.error = error;
    r.line = line;
    r.missing = missing;
    return r;
}

} // namespace

RequestBuilder::Result RequestBuilder::build(const SavedRequest &saved, int index,
                                             const VariableResolver &variables)
{
    PreparedRequest p;
    p.name = saved.displayName(index);
    p.method = saved.method.toUpper().toLatin1();
    const VariableResolver::Text url = variables.resolve(saved.url, saved.line);
    if (!url.ok())
        return failure(url.error, url.line, url.missing);
    p.target = url.text.trimmed();
    if (p.target.isEmpty())
        return failure(tr("The request has no URL."), saved.line);

    p.tokenFrom = PreparedRequest::TokenFrom::Default;
    p.auth = AuthMode::Bearer;
    for (const RequestHeader &h : saved.headers) {
        if (AuthTemplate::isAuthorization(h.name)) {
            const AuthTemplate t = AuthTemplate::read(h.value);
            if (t.kind == AuthTemplate::Kind::Empty) {
                p.tokenFrom = PreparedRequest::TokenFrom::Empty;
                p.auth = AuthMode::Empty;
                continue;
            }
            if (t.kind != AuthTemplate::Kind::Variable)
                return failure(AuthTemplate::refusal(h.value), h.line);
            const VariableResolver::Token token = variables.token(t.variable);
            if (!token.ok())
                return failure(token.error, h.line, token.missing);
            p.auth = t.mode;
            p.token = token.value;
            p.tokenVariable = t.variable;
            p.tokenFrom = token.profile ? PreparedRequest::TokenFrom::Profile
                                        : PreparedRequest::TokenFrom::Variable;
            continue;
        }
        const VariableResolver::Text value = variables.resolve(h.value, h.line);
        if (!value.ok())
            return failure(value.error, value.line, value.missing);
        if (h.name.compare(QLatin1String("X-Request-ID"), Qt::CaseInsensitive) == 0)
            p.requestId = value.text.toUtf8();
        else
            p.headers.append({h.name.toLatin1(), value.text.toUtf8()});
    }
    if (p.tokenFrom == PreparedRequest::TokenFrom::Default) {
        const VariableResolver::Token token = variables.token(QStringLiteral("token"));
        p.token = token.profile ? token.value : QByteArray();
        if (p.token.isEmpty()) {
            p.tokenFrom = PreparedRequest::TokenFrom::None;
            p.auth = AuthMode::None;
        }
    }
    if (saved.noAuth) {
        p.tokenFrom = PreparedRequest::TokenFrom::None;
        p.auth = AuthMode::None;
        p.token.clear();
    }
    const VariableResolver::Text body = variables.resolve(saved.body, saved.bodyLine);
    if (!body.ok())
        return failure(body.error, body.line, body.missing);
    p.body = body.text.toUtf8();
    Result r;
    r.request = p;
    return r;
}
