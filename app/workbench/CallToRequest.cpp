#include "CallToRequest.h"

#include "app/workbench/AuthTemplate.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace {

// A URL on the profile's server, as a path relative to its base URL ("Group/1?_count=2").
QString relativeTo(const QUrl &url, const QUrl &base)
{
    if (!base.isValid() || url.scheme() != base.scheme() || url.host() != base.host() ||
        url.port(-1) != base.port(-1))
        return url.toString(QUrl::FullyEncoded);
    QString root = base.path();
    if (!root.endsWith(QLatin1Char('/')))
        root += QLatin1Char('/');
    const QString path = url.path(QUrl::FullyEncoded);
    if (!path.startsWith(root))
        return url.toString(QUrl::FullyEncoded);
    const QString query = url.query(QUrl::FullyEncoded);
    return path.mid(root.size()) + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

bool addedByTheClient(const QByteArray &name, const QByteArray &value)
{
    const QByteArray n = name.toLower();
    return n == "user-agent" || n == "x-request-id" || n == "host" || n == "content-length" ||
           n == "authorization" || (n == "accept-encoding" && value == "gzip, deflate");
}

} // namespace

SavedRequest CallToRequest::fromCall(const CallRecord &call, const QUrl &base)
{
    SavedRequest r;
    r.name = call.purpose.simplified();
    r.method = QString::fromLatin1(call.method);
    r.url = relativeTo(call.url, base);
    for (const auto &h : call.requestHeaders) {
        if (!addedByTheClient(h.first, h.second))
            r.headers.append({QString::fromLatin1(h.first), QString::fromLatin1(h.second), 0});
    }
    const AuthEvidence &a = call.auth;
    const QString token = QStringLiteral("{{token}}");
    if (a.presence == AuthEvidence::Presence::Absent) {
        r.noAuth = true;
    } else if (a.presence == AuthEvidence::Presence::Empty) {
        r.headers.append({QStringLiteral("Authorization"), QString(), 0});
    } else if (a.scheme.isEmpty()) {
        r.headers.append({QStringLiteral("Authorization"), token, 0});
    } else if (a.scheme == "bearer") {
        r.headers.append({QStringLiteral("Authorization"), QStringLiteral("bearer ") + token, 0});
    } else if (a.scheme != "Bearer" || a.deliberatelyGarbled || a.hasShapeProblem()) {
        r.notices << tr("The Authorization header was sent as %1; the saved request sends the "
                        "profile's token as Bearer.")
                         .arg(a.shape());
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString body = utf8.decode(call.requestBody);
    if (utf8.hasError() || body.contains(QChar(0)))
        r.notices << tr("The request body is not text and was left out.");
    else // as a .http file keeps a body: no blank lines before it, no white space after it
        r.body = QString(body).remove(QRegularExpression(QStringLiteral("^\\s*\\n|\\s+$")));
    return r;
}
