#include "TokenChecks.h"

#include "app/conformance/Judge.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

using Token = ConformanceRun::Token;
using Probe = ConformanceRun::Probe;
using Done = std::function<void()>;

namespace {

const QString kGrantType = QStringLiteral("token.error.grant-type");
const QString kAssertionType = QStringLiteral("token.error.assertion-type");
const QString kSignature = QStringLiteral("token.error.bad-signature");
const QString kDescription = QStringLiteral("token.error.description");
// The client id of the assertions: registered nowhere.
const QString kClient = QStringLiteral("fbx-conform-unregistered-client");

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

struct Request
{
    QString id;
    QString purpose;
    QByteArray body;
    QStringList codes; // the OAuth error codes that fit
};

} // namespace

QByteArray TokenChecks::form(const QList<QPair<QString, QString>> &items)
{
    QByteArrayList pairs;
    for (const auto &item : items)
        pairs << item.first.toLatin1() + '=' + QUrl::toPercentEncoding(item.second);
    return pairs.join('&');
}

QByteArray TokenChecks::unverifiableAssertion(const QString &clientId, const QString &audience)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS384")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), QStringLiteral("fbx-conform")}};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims{
        {QStringLiteral("iss"), clientId},
        {QStringLiteral("sub"), clientId},
        {QStringLiteral("aud"), audience},
        {QStringLiteral("exp"), now + 240},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    return b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
           b64url("this is not a signature");
}

QStringList TokenChecks::oauthError(const CallRecord &r, const QStringList &codes)
{
    QStringList problems = Judge::status(r, {400, 401});
    if (!problems.isEmpty())
        return problems;
    problems << Judge::contentType(r, "application/json");
    QString why;
    const QJsonObject o = Judge::object(r, &why);
    if (!why.isEmpty())
        return problems << why;
    const QString error = o.value(QLatin1String("error")).toString();
    if (error.isEmpty())
        problems << tr("no OAuth 2.0 error code (\"error\") in the body");
    else if (!codes.contains(error))
        problems << tr("error \"%1\", expected %2").arg(error, codes.join(tr(" or ")));
    return problems;
}

void TokenChecks::readTokenEndpoint(
    ConformanceRun &run, const std::function<void(const CallRecord &, const QUrl &)> &then)
{
    Probe cfg;
    cfg.purpose = tr("Conformance: read the SMART configuration for the token endpoint");
    cfg.path = QStringLiteral(".well-known/smart-configuration");
    cfg.token = Token::None;
    cfg.headers = {{"Accept", "application/json"}};
    run.send(cfg, [then](const CallRecord &c) {
        QString why;
        const QJsonObject o = c.status == 200 ? Judge::object(c, &why) : QJsonObject();
        const QUrl url(o.value(QLatin1String("token_endpoint")).toString());
        then(c, url.isRelative() || !url.isValid() ? QUrl() : url);
    });
}

// The token endpoint's four refusals, one step each, sharing the request they vary: long as a
// whole, each step a few lines.
QList<ConformanceStep> TokenChecks::steps(ConformanceRun &run)
{
    const QStringList ids = {kGrantType, kAssertionType, kSignature, kDescription};
    return {ConformanceStep{
        ids, [&run, ids](const Done &done) {
            readTokenEndpoint(run, [&run, ids, done](const CallRecord &c, const QUrl &tokenUrl) {
                if (!tokenUrl.isValid()) {
                    for (const QString &id : ids)
                        run.setResult(id, CheckResult::Outcome::NotApplicable,
                                      tr("the SMART configuration names no token endpoint"),
                                      {c.id});
                    done();
                    return;
                }
                const QString scope = QStringLiteral("system/Patient.read");
                const QString jwtBearer =
                    QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
                const QString assertion =
                    QString::fromLatin1(unverifiableAssertion(kClient, tokenUrl.toString()));
                const QList<Request> requests = {
                    {kGrantType,
                     tr("Conformance: token request with an unsupported grant_type"),
                     form({{QStringLiteral("grant_type"),
                            QStringLiteral("urn:fbx:conform:unsupported")},
                           {QStringLiteral("scope"), scope}}),
                     {QStringLiteral("unsupported_grant_type"), QStringLiteral("invalid_request"),
                      QStringLiteral("invalid_client")}},
                    {kAssertionType,
                     tr("Conformance: token request with an unknown assertion type"),
                     form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("scope"), scope},
                           {QStringLiteral("client_assertion_type"),
                            QStringLiteral("urn:fbx:conform:not-an-assertion-type")},
                           {QStringLiteral("client_assertion"), assertion}}),
                     {QStringLiteral("invalid_client"), QStringLiteral("invalid_request")}},
                    {kSignature,
                     tr("Conformance: token request with an assertion that does not verify"),
                     form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("scope"), scope},
                           {QStringLiteral("client_assertion_type"), jwtBearer},
                           {QStringLiteral("client_assertion"), assertion}}),
                     {QStringLiteral("invalid_client")}}};
                auto calls = std::make_shared<QList<CallRecord>>();
                auto next = std::make_shared<std::function<void()>>();
                const std::weak_ptr<std::function<void()>> self = next;
                *next = [&run, requests, tokenUrl, calls, self, done] {
                    if (calls->size() == requests.size()) {
                        // SHOULD: every error says why (error_description or error_uri).
                        QStringList silent;
                        QList<quint64> ids;
                        for (const CallRecord &r : std::as_const(*calls)) {
                            ids << r.id;
                            QString why;
                            const QJsonObject o = Judge::object(r, &why);
                            if (r.hasResponse() && *r.status >= 400 &&
                                o.value(QLatin1String("error_description")).toString().isEmpty() &&
                                o.value(QLatin1String("error_uri")).toString().isEmpty())
                                silent
                                    << tr("call %1: no error_description or error_uri").arg(r.id);
                        }
                        run.judge(kDescription, silent, ids);
                        done();
                        return;
                    }
                    const Request &q = requests.at(calls->size());
                    Probe p;
                    p.purpose = q.purpose;
                    p.method = "POST";
                    p.path = tokenUrl.toString();
                    p.body = q.body;
                    p.token = Token::None;
                    p.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                                 {"Accept", "application/json"}};
                    run.send(p, [&run, q, calls, next = self.lock()](const CallRecord &r) {
                        *calls << r;
                        run.judge(q.id, oauthError(r, q.codes), {r.id});
                        (*next)();
                    });
                };
                (*next)();
            });
        }}};
}
