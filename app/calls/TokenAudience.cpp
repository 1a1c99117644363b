#include "TokenAudience.h"

#include <QJsonArray>

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

bool mentions(const QStringList &mentioned, const ServerProfile &p)
{
    const QString host = p.baseUrl.host();
    if (host.isEmpty())
        return false;
    for (const QString &m : mentioned) {
        const QUrl u(m);
        if (u.host().compare(host, Qt::CaseInsensitive) == 0 &&
            (u.port() == p.baseUrl.port() || u.port() == -1 || p.baseUrl.port() == -1))
            return true;
    }
    return false;
}
} // namespace

TokenAudience TokenAudience::judge(const JwtInfo &jwt, const ServerProfile &active,
                                   const QList<ServerProfile> &known)
{
    TokenAudience a;
    a.mentioned = strings(jwt.claims.value(QLatin1String("aud"))) +
                  strings(jwt.claims.value(QLatin1String("iss")));
    a.matchesActive = mentions(a.mentioned, active);
    if (!a.matchesActive) {
        for (const ServerProfile &p : known) {
            if (p.id != active.id && mentions(a.mentioned, p)) {
                a.issuedFor = p;
                break;
            }
        }
    }
    return a;
}
