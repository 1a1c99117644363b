#include "TokenHealthCheck.h"

#include "app/calls/Diagnoser.h"
#include "app/calls/Redaction.h"
#include "app/calls/TokenAudience.h"
#include "app/net/FhirClient.h"
#include "app/tokens/TokenLint.h"

#include <QLocale>

TokenHealthCheck::TokenHealthCheck(FhirClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

QStringList TokenHealthCheck::verdicts()
{
    return {QStringLiteral("ok"),
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
    m_triedRead = false;
    ApiCall *call = m_client->capabilities();
    connect(call, &ApiCall::finished, this, [this](const CallRecord &r) {
        m_calls << r.id;
        m_metadata = r;
        probe(QStringLiteral("Group?_count=1"));
    });
}

void TokenHealthCheck::probe(const QString &path)
{
    ApiRequest request = m_client->prepare(tr("Token health check"), "GET", path);
    // The check is about the token as it should be sent, whatever variant the UI has selected.
    const QByteArray cleaned = TokenLint::lint(m_token).cleaned;
    request.auth = m_token.isEmpty() ? AuthMode::None : AuthMode::Bearer;
    request.token = m_token.trimmed().isEmpty() ? QByteArray() : cleaned;
    if (!m_token.isEmpty() && cleaned.isEmpty())
        request.auth = AuthMode::Empty;
    ApiCall *call = m_client->send(std::move(request));
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

void TokenHealthCheck::conclude(const CallRecord &p)
{
    const TokenLint::Report lint = TokenLint::lint(m_token);
    std::optional<TokenAudience> audience;
    if (lint.jwt)
        audience = TokenAudience::judge(*lint.jwt, m_active, m_known);
    const QString code = p.diagnosis.code;
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
        Diagnosis::Severity sev = Diagnosis::Severity::Ok;
        QString detail =
            p.gatewayError || p.hasResponseHeader("x-amzn-RequestId")
                ? tr("The gateway let the probe through (%1, %2).").arg(*p.status).arg(code)
                : tr("The server accepted the probe (%1, %2).").arg(*p.status).arg(code);
        if (lint.jwt && lint.jwt->expiresAt().isValid() &&
            QDateTime::currentDateTimeUtc().secsTo(lint.jwt->expiresAt()) < 120)
            sev = Diagnosis::Severity::Warning;
        if (lint.hasErrors())
            detail += QLatin1Char(' ') +
                      tr("It has pasting mistakes the server tolerated; see the token inspector.");
        finish(QStringLiteral("ok"), sev, tr("The token works for %1.").arg(m_active.name), detail);
        return;
    }
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
        if (lint.hasErrors()) {
            finish(QStringLiteral("malformed"), Diagnosis::Severity::Error,
                   tr("The token is malformed: %1").arg(lint.findings.first().message),
                   lint.findings.first().fix);
            return;
        }
        finish(QStringLiteral("rejected"), Diagnosis::Severity::Error,
               tr("The gateway rejected the token (%1).").arg(code),
               tr("It is well formed but not accepted: revoked, issued for another client, or for "
                  "another API."));
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
                              const QString &summary, const QString &detail)
{
    m_running = false;
    const TokenLint::Report lint = TokenLint::lint(m_token);
    Q_EMIT finished({verdict, severity, summary, detail, m_calls,
                     lint.jwt ? lint.jwt->expiresAt() : QDateTime(),
                     m_token.isEmpty() ? QString() : Redaction::fingerprint(m_token)});
}
