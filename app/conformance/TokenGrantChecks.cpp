#include "TokenGrantChecks.h"

#include "app/conformance/Judge.h"
#include "app/conformance/TokenChecks.h"
#include "app/tokens/SigningKey.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

using Token = ConformanceRun::Token;
using Probe = ConformanceRun::Probe;
using Done = std::function<void()>;

namespace {

const QString kValid = QStringLiteral("auth.token.valid-assertion-accepted");
const QString kReplay = QStringLiteral("auth.token.jti-replay-refused");
const QString kClaims = QStringLiteral("auth.token.invalid-claims-refused");
const QString kLongExp = QStringLiteral("auth.token.long-exp-refused");
const QString kJwtBearer = QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
// An assertion's life when it is correct (as TokenClient signs), and one far past 5 minutes.
constexpr qint64 kExpSecs = 240;
constexpr qint64 kLongExpSecs = 3600;

// One token request of the step: what it is for and its signed assertion.
struct Attempt
{
    QString purpose;
    QByteArray assertion;
};

QJsonObject claims(const QString &iss, const QString &sub, const QString &aud, qint64 expSecs)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{QStringLiteral("iss"), iss},
            {QStringLiteral("sub"), sub},
            {QStringLiteral("aud"), aud},
            {QStringLiteral("iat"), now},
            {QStringLiteral("exp"), now + expSecs},
            {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
}

// The step's five requests, in order: a correct assertion, the same again (its jti replayed),
// a wrong aud, iss ≠ sub, an exp an hour ahead. Empty with *error when the key cannot sign.
QList<Attempt> attempts(const ConformanceOptions &o, const QUrl &tokenUrl, QString *error)
{
    const SigningKey key = SigningKey::fromPem(o.privateKeyPem, error);
    if (!key.isValid())
        return {};
    const QString aud = tokenUrl.toString();
    const QString id = o.clientId;
    const QByteArray valid = key.signJwt(claims(id, id, aud, kExpSecs));
    const QString wrongAud = QStringLiteral("https://fbx-conform.invalid/not-the-token-url");
    return {
        {TokenGrantChecks::tr("Conformance: token request with a correct client assertion"), valid},
        {TokenGrantChecks::tr("Conformance: the same client assertion again (its jti replayed)"),
         valid},
        {TokenGrantChecks::tr("Conformance: client assertion whose aud is not the token URL"),
         key.signJwt(claims(id, id, wrongAud, kExpSecs))},
        {TokenGrantChecks::tr("Conformance: client assertion whose sub is not its iss"),
         key.signJwt(claims(id, QStringLiteral("fbx-conform-another-subject"), aud, kExpSecs))},
        {TokenGrantChecks::tr("Conformance: client assertion that expires in an hour"),
         key.signJwt(claims(id, id, aud, kLongExpSecs))}};
}

QString errorCode(const CallRecord &r)
{
    QString why;
    return Judge::object(r, &why).value(QLatin1String("error")).toString();
}

// SMART asks for invalid_client when the authentication fails; another OAuth code is said.
QString codeNote(const QList<CallRecord> &refusals)
{
    QStringList others;
    for (const CallRecord &r : refusals)
        if (const QString code = errorCode(r); code != QLatin1String("invalid_client"))
            others << TokenGrantChecks::tr("call %1 answered %2").arg(r.id).arg(code);
    if (others.isEmpty())
        return {};
    return TokenGrantChecks::tr("refused, but SMART asks for invalid_client: %1")
        .arg(others.join(QStringLiteral("; ")));
}

void judgeAll(ConformanceRun &run, const QList<CallRecord> &c)
{
    run.judge(kValid, TokenGrantChecks::grantProblems(c.at(0)), {c.at(0).id});
    if (c.at(0).status != 200) {
        run.setResult(kReplay, CheckResult::Outcome::Skipped,
                      TokenGrantChecks::tr("the assertion was not accepted the first time (call "
                                           "%1), so its replay proves nothing")
                          .arg(c.at(0).id),
                      {c.at(0).id, c.at(1).id});
    } else {
        run.judge(kReplay, TokenGrantChecks::refusalProblems(c.at(1)), {c.at(0).id, c.at(1).id},
                  codeNote({c.at(1)}));
    }
    QStringList problems;
    for (const int i : {2, 3}) {
        const QString claim = i == 2 ? QStringLiteral("aud") : QStringLiteral("iss ≠ sub");
        for (const QString &p : TokenGrantChecks::refusalProblems(c.at(i)))
            problems << TokenGrantChecks::tr("%1 (call %2): %3").arg(claim).arg(c.at(i).id).arg(p);
    }
    run.judge(kClaims, problems, {c.at(2).id, c.at(3).id}, codeNote({c.at(2), c.at(3)}));
    run.judge(kLongExp, TokenGrantChecks::refusalProblems(c.at(4)), {c.at(4).id},
              codeNote({c.at(4)}));
}

// Sends the attempts one after the other to `tokenUrl`, then judges them all.
void sendAll(ConformanceRun &run, const QUrl &tokenUrl, const QList<Attempt> &list,
             const Done &done)
{
    auto calls = std::make_shared<QList<CallRecord>>();
    auto next = std::make_shared<std::function<void()>>();
    const std::weak_ptr<std::function<void()>> self = next;
    const QString scope = run.options().clientScope;
    *next = [&run, tokenUrl, list, scope, calls, self, done] {
        if (calls->size() == list.size()) {
            judgeAll(run, *calls);
            done();
            return;
        }
        const Attempt &a = list.at(calls->size());
        Probe p;
        p.purpose = a.purpose;
        p.method = "POST";
        p.path = tokenUrl.toString();
        // The record keeps this body with the assertion redacted (Redaction::formBody).
        p.body = TokenChecks::form(
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
             {QStringLiteral("scope"), scope},
             {QStringLiteral("client_assertion_type"), kJwtBearer},
             {QStringLiteral("client_assertion"), QString::fromLatin1(a.assertion)}});
        p.token = Token::None;
        p.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                     {"Accept", "application/json"}};
        run.send(p, [calls, next = self.lock()](const CallRecord &r) {
            *calls << r;
            (*next)();
        });
    };
    (*next)();
}

void notApplicable(ConformanceRun &run, const QStringList &ids, const QString &why,
                   const QList<quint64> &calls = {})
{
    for (const QString &id : ids)
        run.setResult(id, CheckResult::Outcome::NotApplicable, why, calls);
}

void withTokenUrl(ConformanceRun &run, const QStringList &ids, const Done &done)
{
    const ConformanceOptions &o = run.options();
    const auto go = [&run, ids, done](const QUrl &tokenUrl) {
        QString error;
        const QList<Attempt> list = attempts(run.options(), tokenUrl, &error);
        if (list.isEmpty()) {
            notApplicable(run, ids,
                          TokenGrantChecks::tr("the private key cannot sign a client assertion: %1")
                              .arg(error));
            done();
            return;
        }
        sendAll(run, tokenUrl, list, done);
    };
    if (o.tokenUrl.isValid() && !o.tokenUrl.isRelative()) {
        go(o.tokenUrl);
        return;
    }
    TokenChecks::readTokenEndpoint(
        run, [&run, ids, done, go](const CallRecord &c, const QUrl &tokenUrl) {
            if (!tokenUrl.isValid()) {
                notApplicable(run, ids,
                              TokenGrantChecks::tr("no token URL: the profile's token request and "
                                                   "the SMART configuration name none"),
                              {c.id});
                done();
                return;
            }
            go(tokenUrl);
        });
}

QString noKeyReason()
{
    return TokenGrantChecks::tr("no private key for a client assertion: choose a profile whose "
                                "token request signs with a key (private_key_jwt), or the Sandbox");
}

} // namespace

QStringList TokenGrantChecks::grantProblems(const CallRecord &r)
{
    QStringList problems = Judge::status(r, {200});
    if (!problems.isEmpty())
        return problems;
    problems << Judge::contentType(r, "application/json");
    QString why;
    const QJsonObject o = Judge::object(r, &why);
    if (!why.isEmpty())
        return problems << why;
    // The record holds the token redacted (a placeholder): present is all that is judged.
    if (o.value(QLatin1String("access_token")).toString().isEmpty())
        problems << tr("no access_token");
    const QString type = o.value(QLatin1String("token_type")).toString();
    if (type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        problems << (type.isEmpty() ? tr("no token_type")
                                    : tr("token_type \"%1\", expected \"bearer\"").arg(type));
    if (!o.value(QLatin1String("expires_in")).isDouble())
        problems << (o.contains(QLatin1String("expires_in"))
                         ? tr("expires_in is not a number")
                         : tr("no expires_in (the token's lifetime in seconds)"));
    if (o.value(QLatin1String("scope")).toString().isEmpty())
        problems << tr("no scope (the scopes granted)");
    return problems;
}

QStringList TokenGrantChecks::refusalProblems(const CallRecord &r)
{
    if (r.status == 200)
        return {tr("accepted: 200 with a token")};
    return TokenChecks::oauthError(
        r, {QStringLiteral("invalid_client"), QStringLiteral("invalid_grant"),
            QStringLiteral("invalid_request"), QStringLiteral("unauthorized_client")});
}

QList<ConformanceStep> TokenGrantChecks::steps(ConformanceRun &run)
{
    const QStringList ids = {kValid, kReplay, kClaims, kLongExp};
    return {ConformanceStep{ids, [&run, ids](const Done &done) {
                                const ConformanceOptions &o = run.options();
                                if (!o.privateKeyPem.isEmpty() && !o.clientId.isEmpty()) {
                                    withTokenUrl(run, ids, done);
                                    return;
                                }
                                notApplicable(run, ids, noKeyReason());
                                done();
                            }}};
}
