#include "TokenHealthCheck.h"

#include "app/calls/Diagnoser.h"
#include "app/calls/Redaction.h"
#include "app/calls/TokenAudience.h"
#include "app/net/FhirClient.h"
#include "app/tokens/TokenLint.h"

#include "app/fhir/CapabilityStatement.h"
#include "app/fhir/GroupInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

TokenHealthCheck::TokenHealthCheck(FhirClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

QStringList TokenHealthCheck::verdicts()
{
    return {QStringLiteral("ok"),
            QStringLiteral("unchecked"),
            QStringLiteral("missing"),
            QStringLiteral("empty"),
            QStringLiteral("malformed"),
            QStringLiteral("expired"),
            QStringLiteral("not-yet-valid"),
            QStringLiteral("rejected"),
            QStringLiteral("insufficient-scope"),
            QStringLiteral("wrong-environment"),
            QStringLiteral("unreachable")};
}

void TokenHealthCheck::start(const QByteArray &token, const ServerProfile &active,
                             const QList<ServerProfile> &known)
{
    if (m_running)
        return;
    m_running = true;
    m_token = token;
    m_active = active;
    m_known = known;
    m_calls.clear();
    m_metadata.reset();
    m_probe.reset();
    m_kickOffPath.clear();
    m_kickOffOpen.clear();
    m_byKickOff = false;
    m_triedRead = false;
    ApiCall *call = m_client->capabilities();
    connect(call, &ApiCall::finished, this, [this](const CallRecord &r) {
        m_calls << r.id;
        m_metadata = r;
        probe(QStringLiteral("Group?_count=1"));
    });
}

ApiCall *TokenHealthCheck::send(const QString &purpose, const QByteArray &method,
                                const QString &path, bool withToken, const HeaderList &headers)
{
    ApiRequest request = m_client->prepare(purpose, method, path, {}, headers);
    // The check is about the token as it should be sent, whatever variant the UI has selected.
    const QByteArray cleaned = TokenLint::lint(m_token).cleaned;
    request.auth = !withToken || m_token.isEmpty() ? AuthMode::None : AuthMode::Bearer;
    request.token = !withToken || m_token.trimmed().isEmpty() ? QByteArray() : cleaned;
    if (withToken && !m_token.isEmpty() && cleaned.isEmpty())
        request.auth = AuthMode::Empty;
    return m_client->send(std::move(request));
}

void TokenHealthCheck::probe(const QString &path)
{
    ApiCall *call = send(tr("Token health check"), "GET", path, true);
    connect(call, &ApiCall::finished, this, [this](const CallRecord &r) {
        m_calls << r.id;
        // Some gateways route reads only: a search then looks like a wrong path.
        if (!m_triedRead && r.diagnosis.code == QLatin1String("gateway.incomplete-signature")) {
            m_triedRead = true;
            probe(QStringLiteral("Group/1"));
            return;
        }
        conclude(r);
    });
}

namespace {

// The server refused the request for want of authorization: no token, or not this one.
bool authRefusal(const CallRecord &r)
{
    return r.status && (*r.status == 401 || *r.status == 403 || r.gatewayError);
}

} // namespace

void TokenHealthCheck::control(const CallRecord &accepted)
{
    // An accepted probe shows nothing on a server that answers it to anyone: the same request
    // without the token must be refused before "ok" means the server checked the token.
    m_probe = accepted;
    ApiCall *call = send(tr("Token health check: the same request without the token"), "GET",
                         accepted.url.toString(), false);
    connect(call, &ApiCall::finished, this, [this](const CallRecord &r) {
        m_calls << r.id;
        if (authRefusal(r)) {
            finishOk(*m_probe, tr("Without the token the same request is refused (%1, %2).")
                                   .arg(*r.status)
                                   .arg(r.diagnosis.code));
            return;
        }
        kickOff(false);
    });
}

QString TokenHealthCheck::kickOffPath() const
{
    // A Group kick-off for the Group the probe found; else a Patient kick-off where the
    // CapabilityStatement offers one.
    QString group;
    if (m_probe && m_probe->status == 200) {
        const QJsonObject body = QJsonDocument::fromJson(m_probe->body).object();
        if (body.value(QLatin1String("resourceType")).toString() == QLatin1String("Group"))
            group = body.value(QLatin1String("id")).toString();
        QString error;
        if (const auto page = SearchPage::parse(m_probe->body, &error)) {
            for (const QJsonObject &g : page->resources) {
                if (group.isEmpty() &&
                    g.value(QLatin1String("resourceType")).toString() == QLatin1String("Group"))
                    group = g.value(QLatin1String("id")).toString();
            }
        }
    }
    if (!group.isEmpty())
        return QStringLiteral("Group/%1/$export")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(group)));
    QString error;
    const auto statement = m_metadata && m_metadata->status == 200
                               ? CapabilityStatement::parse(m_metadata->body, &error)
                               : std::nullopt;
    const CapabilityStatement::Resource *patient =
        statement ? statement->resource(QStringLiteral("Patient")) : nullptr;
    if (patient && patient->operations.contains(QLatin1String("export")))
        return QStringLiteral("Patient/$export");
    return {};
}

void TokenHealthCheck::kickOff(bool withToken)
{
    if (m_kickOffPath.isEmpty())
        m_kickOffPath = kickOffPath();
    if (m_kickOffPath.isEmpty()) {
        finish(QStringLiteral("unchecked"), Diagnosis::Severity::Warning,
               tr("This server did not check the token: it answers the probe without one."),
               tr("%1 answered %2 with the token and without it, and the server offers no "
                  "kick-off to try instead. Whether the token is good shows only when a "
                  "protected call is made (an export).")
                   .arg(m_probe->url.path())
                   .arg(m_probe->status.value_or(0)));
        return;
    }
    // The smallest job there is (one type, nothing changed since now), never a reused one (HAPI
    // hands back an identical recent job: cancelling it would cancel someone's export).
    const QString since = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString path = m_kickOffPath + QStringLiteral("?_type=Patient&_since=") +
                         QString::fromLatin1(QUrl::toPercentEncoding(since));
    ApiCall *call = send(withToken ? tr("Token health check: a kick-off with the token (cancelled "
                                        "at once)")
                                   : tr("Token health check: a kick-off without the token"),
                         "GET", path, withToken,
                         {{"Accept", "application/fhir+json"},
                          {"Prefer", "respond-async"},
                          {"Cache-Control", "no-cache"}});
    connect(call, &ApiCall::finished, this,
            [this, withToken](const CallRecord &r) { kickOffDone(r, withToken); });
}

void TokenHealthCheck::cancelJob(const CallRecord &kick, const std::function<void()> &next)
{
    const QByteArray location = kick.responseHeader("Content-Location").trimmed();
    if (kick.status != 202 || location.isEmpty()) {
        next();
        return;
    }
    const QUrl status = kick.url.resolved(QUrl::fromEncoded(location));
    // The token goes to a status URL on the server's own origin only, as an export's polls do.
    const bool withToken =
        !kick.tokenFingerprint.isEmpty() && ApiCall::sameOrigin(status, m_client->baseUrl());
    ApiCall *call = send(tr("Token health check: cancel the job the kick-off started"), "DELETE",
                         status.toString(), withToken);
    connect(call, &ApiCall::finished, this, [this, next](const CallRecord &r) {
        m_calls << r.id;
        next();
    });
}

void TokenHealthCheck::kickOffDone(const CallRecord &r, bool withToken)
{
    m_calls << r.id;
    const QString answer =
        r.status ? QStringLiteral("%1, %2").arg(*r.status).arg(r.diagnosis.code) : r.diagnosis.code;
    if (!withToken) {
        if (authRefusal(r)) {
            kickOff(true); // protected: now the token decides
            return;
        }
        const bool started = r.status == 202;
        cancelJob(r, [this, started, answer] {
            if (started) {
                m_kickOffOpen = answer; // it takes exports from anyone: does it check a token?
                kickOff(true);
                return;
            }
            finish(QStringLiteral("unchecked"), Diagnosis::Severity::Warning,
                   tr("This server did not check the token: it answers the probe without one."),
                   tr("%1 answered %2 with the token and without it; a kick-off without the token "
                      "was not refused for want of one either (%3), so no call showed that the "
                      "token is checked.")
                       .arg(m_probe->url.path())
                       .arg(m_probe->status.value_or(0))
                       .arg(answer));
        });
        return;
    }
    if (authRefusal(r)) {
        m_byKickOff = true;
        refused(r); // the protected call refused this token: why
        return;
    }
    if (!r.status) {
        finish(QStringLiteral("unreachable"), Diagnosis::Severity::Error,
               tr("The authenticated probe failed: %1").arg(r.diagnosis.summary), r.transportError);
        return;
    }
    cancelJob(r, [this, r, answer] {
        if (!m_kickOffOpen.isEmpty()) {
            finish(QStringLiteral("unchecked"), Diagnosis::Severity::Warning,
                   tr("This server did not check the token: it starts exports without one."),
                   tr("A kick-off was accepted without the token (%1) and with it (%2); both jobs "
                      "were cancelled at once.")
                       .arg(m_kickOffOpen, answer));
            return;
        }
        finishOk(r, r.status == 202
                        ? tr("A kick-off is refused without the token and accepted with it (%1); "
                             "the job was cancelled at once.")
                              .arg(answer)
                        : tr("A kick-off is refused without the token; with it, the server got "
                             "past its authorization and answered %1.")
                              .arg(answer));
    });
}

void TokenHealthCheck::conclude(const CallRecord &p)
{
    const TokenLint::Report lint = TokenLint::lint(m_token);
    const bool reachedFhir = p.status && !p.gatewayError && *p.status != 401 && *p.status != 403;

    if (!p.status && !m_metadata->status) {
        finish(QStringLiteral("unreachable"), Diagnosis::Severity::Error,
               tr("The server could not be reached: %1").arg(p.diagnosis.summary),
               p.transportError);
        return;
    }
    if (m_token.isEmpty()) {
        finish(QStringLiteral("missing"), Diagnosis::Severity::Error,
               p.gatewayError ? tr("There is no token: the gateway answers 401 Unauthorized.")
                              : tr("There is no token: the server answers %1.")
                                    .arg(p.status ? QString::number(*p.status) : p.diagnosis.code),
               tr("Paste an access token, or obtain one from the token endpoint."));
        return;
    }
    if (lint.cleaned.isEmpty()) {
        finish(QStringLiteral("empty"), Diagnosis::Severity::Error,
               tr("The token is blank: only whitespace was pasted."),
               tr("Paste the access_token value from the token response."));
        return;
    }
    // A token that is expired (or not yet valid) by its own claims is never "ok", even where
    // the probe passed: such a server did not check it.
    const QString open =
        reachedFhir ? tr(" The server did not check it: its probe (%1) answered %2 anyway.")
                          .arg(p.url.path())
                          .arg(p.status.value_or(0))
                    : QString();
    if (lint.has(QStringLiteral("jwt.expired"))) {
        const QDateTime exp = lint.jwt->expiresAt();
        finish(QStringLiteral("expired"), Diagnosis::Severity::Error,
               tr("The token expired %1 ago (%2).")
                   .arg(Diagnoser::humanDuration(exp.secsTo(QDateTime::currentDateTimeUtc())),
                        QLocale().toString(exp.toLocalTime(), QLocale::ShortFormat)),
               tr("Get a new token; no refresh exists for backend services.") + open);
        return;
    }
    if (lint.has(QStringLiteral("jwt.not-yet-valid"))) {
        finish(QStringLiteral("not-yet-valid"), Diagnosis::Severity::Error,
               tr("The token is not valid yet (its nbf is in the future)."),
               tr("Check this computer's clock, or wait.") + open);
        return;
    }
    if (reachedFhir) {
        control(p);
        return;
    }
    refused(p);
}

void TokenHealthCheck::finishOk(const CallRecord &p, const QString &evidence)
{
    const TokenLint::Report lint = TokenLint::lint(m_token);
    Diagnosis::Severity sev = Diagnosis::Severity::Ok;
    QString detail = (p.gatewayError || p.hasResponseHeader("x-amzn-RequestId")
                          ? tr("The gateway let the probe through (%1, %2).")
                          : tr("The server accepted the probe (%1, %2)."))
                         .arg(p.status.value_or(0))
                         .arg(p.diagnosis.code) +
                     QLatin1Char(' ') + evidence;
    if (lint.jwt && lint.jwt->expiresAt().isValid() &&
        QDateTime::currentDateTimeUtc().secsTo(lint.jwt->expiresAt()) < 120)
        sev = Diagnosis::Severity::Warning;
    if (lint.hasErrors())
        detail += QLatin1Char(' ') +
                  tr("It has pasting mistakes the server tolerated; see the token inspector.");
    finish(QStringLiteral("ok"), sev, tr("The token works for %1.").arg(m_active.name), detail);
}

void TokenHealthCheck::refused(const CallRecord &p)
{
    const TokenLint::Report lint = TokenLint::lint(m_token);
    std::optional<TokenAudience> audience;
    if (lint.jwt)
        audience = TokenAudience::judge(*lint.jwt, m_active, m_known);
    const QString code = p.diagnosis.code;
    if (code == QLatin1String("gateway.access-denied") ||
        code == QLatin1String("gateway.unauthorized")) {
        if (audience && audience->wrongEnvironment()) {
            finish(QStringLiteral("wrong-environment"), Diagnosis::Severity::Error,
                   tr("The token was issued for %1, not for %2.")
                       .arg(audience->issuedFor->name, m_active.name),
                   tr("Use a token from %1's token endpoint, or switch the profile.")
                       .arg(m_active.name));
            return;
        }
        // "Malformed" is said of the token the probe carried (cleaned of pasting mistakes such
        // as a trailing newline), so that the verdict and the probe's diagnosis agree; a mistake
        // the cleaning removed is named beside the verdict.
        const TokenLint::Report sent = TokenLint::lint(lint.cleaned);
        if (sent.hasErrors()) {
            finish(QStringLiteral("malformed"), Diagnosis::Severity::Error,
                   tr("The token is malformed: %1").arg(sent.findings.first().message),
                   sent.findings.first().fix);
            return;
        }
        QString detail = tr("It is well formed but not accepted: revoked, issued for another "
                            "client, or for another API.");
        for (const TokenLint::Finding &f : lint.findings) {
            if (f.severity == TokenLint::Severity::Error) {
                detail += QLatin1Char(' ') + tr("The pasted text also has a pasting mistake (%1); "
                                                "the check sent the token without it.")
                                                 .arg(f.message);
                break;
            }
        }
        finish(QStringLiteral("rejected"), Diagnosis::Severity::Error,
               tr("The gateway rejected the token (%1).").arg(code), detail);
        return;
    }
    const QByteArray wwwAuth = p.responseHeader("WWW-Authenticate");
    if ((p.status && *p.status == 403 && p.outcome) || wwwAuth.contains("insufficient_scope")) {
        finish(QStringLiteral("insufficient-scope"), Diagnosis::Severity::Error,
               tr("The token is valid but lacks the scope for this request."),
               lint.jwt ? tr("Its scope: %1").arg(lint.jwt->scope()) : p.diagnosis.summary);
        return;
    }
    if (!p.status) {
        finish(QStringLiteral("unreachable"), Diagnosis::Severity::Error,
               tr("The authenticated probe failed: %1").arg(p.diagnosis.summary), p.transportError);
        return;
    }
    finish(QStringLiteral("rejected"), Diagnosis::Severity::Error,
           tr("The probe was refused: %1").arg(p.diagnosis.summary), p.diagnosis.detail);
}

void TokenHealthCheck::finish(const QString &verdict, Diagnosis::Severity severity,
                              const QString &summary, const QString &given)
{
    m_running = false;
    // A refusal that came from the kick-off: say why the probe alone did not decide.
    const QString detail =
        m_byKickOff ? tr("Group reads answer here without a token; the kick-off, which checks it, "
                         "refused it. %1")
                          .arg(given)
                    : given;
    const TokenLint::Report lint = TokenLint::lint(m_token);
    Q_EMIT finished({verdict, severity, summary, detail, m_calls,
                     lint.jwt ? lint.jwt->expiresAt() : QDateTime(),
                     m_token.isEmpty() ? QString() : Redaction::fingerprint(m_token)});
}
