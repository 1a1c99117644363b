// fhir-bulk token inspect | check | get.
#include "TokenCommand.h"

#include "app/cli/CliApp.h"
#include "app/cli/CliJson.h"
#include "app/support/Format.h"

#include "app/support/Logging.h"

#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenRenewal.h"
#include "app/auth/TokenStore.h"
#include "app/calls/Diagnoser.h"
#include "app/calls/HeaderCheck.h"
#include "app/calls/Redaction.h"
#include "app/calls/ServerProfile.h"
#include "app/calls/TransferStats.h"
#include "app/cli/CliOptions.h"
#include "app/fhir/BodyText.h"
#include "app/fhir/FhirConvert.h"
#include "app/fhir/GroupInfo.h"
#include "app/models/CallLogModel.h"
#include "app/models/HeadersModel.h"
#include "app/net/ExportSession.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ProfileStore.h"
#include "app/session/TokenHealthCheck.h"
#include "app/session/TokenRequestSettings.h"
#include "app/tokens/TokenLint.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

TokenCommand::TokenCommand(CliApp &app) : m_app(app), m_out(app.m_out), m_err(app.m_err) {}

int TokenCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), tr("inspect, check or get"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    const TargetOptions targetOpts;
    const QCommandLineOption printOpt(QStringLiteral("print"),
                                      tr("Print the obtained token (it is secret)."));
    targetOpts.addTo(p);
    p.addOptions({jsonOpt, printOpt});
    if (m_app.showHelp(
            p, args, QStringLiteral("token"),
            tr("Token tools: inspect (lint a token on standard input), check (the health "
               "check against a server: ok only when the server showed it checks the token), "
               "get (obtain one for a profile and keep it in the keychain; --print prints "
               "it).")))
        return CliApp::ExitOk;
    if (!p.parse(args) || p.positionalArguments().size() != 1)
        return m_app.usage();
    const QString action = p.positionalArguments().constFirst();
    if (action == QLatin1String("check"))
        return check(p, targetOpts, p.isSet(jsonOpt));
    if (action == QLatin1String("get"))
        return get(p.isSet(printOpt), p, targetOpts);
    if (action != QLatin1String("inspect"))
        return m_app.usage();
    return inspect(p.isSet(jsonOpt));
}

int TokenCommand::inspect(bool json)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        m_err << tr("Cannot read the token from standard input.") << '\n';
        return CliApp::ExitUsage;
    }
    // As --token-stdin reads it: the line break that ends the line (echo, a file) is not part of
    // the token; any other whitespace, a second line break included, is one of the findings.
    const QByteArray raw = CliApp::stdinToken(in.readAll());
    const TokenLint::Report report = TokenLint::lint(raw);
    const QString fingerprint = Redaction::fingerprint(report.cleaned);
    if (json) {
        QJsonArray findings;
        for (const auto &f : report.findings)
            findings.append(
                QJsonObject{{QStringLiteral("code"), f.code},
                            {QStringLiteral("severity"), TokenLint::severityName(f.severity)},
                            {QStringLiteral("message"), f.message},
                            {QStringLiteral("fix"), f.fix}});
        QJsonObject o{{QStringLiteral("findings"), findings},
                      {QStringLiteral("length"), int(report.cleaned.size())},
                      {QStringLiteral("fingerprint"), fingerprint},
                      {QStringLiteral("jwt"), report.jwt.has_value()}};
        if (report.jwt) {
            o.insert(QStringLiteral("header"), report.jwt->header);
            o.insert(QStringLiteral("claims"), report.jwt->claims);
        }
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("Token: %1 characters, sha256 %2").arg(report.cleaned.size()).arg(fingerprint)
              << '\n';
        if (report.findings.isEmpty())
            m_out << tr("No problems found.") << '\n';
        for (const auto &f : report.findings) {
            m_out << QStringLiteral("[%1] %2: %3")
                         .arg(TokenLint::severityName(f.severity), f.code, f.message)
                  << '\n';
            if (!f.fix.isEmpty())
                m_out << QStringLiteral("    ") << tr("Fix: %1").arg(f.fix) << '\n';
        }
        if (report.jwt) {
            m_out << '\n'
                  << tr("JWT header: %1")
                         .arg(QString::fromUtf8(
                             QJsonDocument(report.jwt->header).toJson(QJsonDocument::Compact)))
                  << '\n';
            m_out << tr("Claims:") << '\n';
            const QJsonObject claims = report.jwt->claims;
            for (auto it = claims.begin(); it != claims.end(); ++it) {
                QString value =
                    it.value().isString()
                        ? it.value().toString()
                        : QString::fromUtf8(
                              QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1);
                if ((it.key() == QLatin1String("exp") || it.key() == QLatin1String("iat") ||
                     it.key() == QLatin1String("nbf")) &&
                    JwtInfo::numericDate(it.value()).isValid()) {
                    const QDateTime t = JwtInfo::numericDate(it.value());
                    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(t);
                    value +=
                        QStringLiteral("  (%1, %2)")
                            .arg(t.toString(Qt::ISODate),
                                 delta >= 0 ? tr("in %1").arg(Diagnoser::humanDuration(delta))
                                            : tr("%1 ago").arg(Diagnoser::humanDuration(-delta)));
                }
                m_out << QStringLiteral("  %1: %2").arg(it.key(), -10).arg(value) << '\n';
            }
        }
    }
    m_out.flush();
    return report.hasErrors() ? CliApp::ExitHttpError : CliApp::ExitOk;
}

int TokenCommand::check(const QCommandLineParser &p, const TargetOptions &targetOpts, bool json)
{
    ProfileConnection target;
    if (const int rc = m_app.openTarget(p, targetOpts, &target); rc != CliApp::ExitOk)
        return rc;
    FhirClient &client = target.client;
    const QByteArray token = target.token;
    QList<CallRecord> calls;
    QObject::connect(&client, &FhirClient::callFinished, &client,
                     [&calls](const CallRecord &r) { calls << r; });
    TokenHealthCheck health(&client);
    QEventLoop loop;
    TokenHealthCheck::Result result;
    QObject::connect(&health, &TokenHealthCheck::finished, &loop,
                     [&](const TokenHealthCheck::Result &r) {
                         result = r;
                         loop.quit();
                     });
    health.start(token, target.profile, target.profiles.all());
    loop.exec();
    if (json) {
        QJsonArray callList;
        for (const CallRecord &r : std::as_const(calls))
            callList.append(CliJson::record(r));
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("verdict"), result.verdict},
                                           {QStringLiteral("summary"), result.summary},
                                           {QStringLiteral("detail"), result.detail},
                                           {QStringLiteral("expiresAt"),
                                            result.expiresAt.isValid()
                                                ? QJsonValue(result.expiresAt.toString(Qt::ISODate))
                                                : QJsonValue()},
                                           {QStringLiteral("calls"), callList}})
                     .toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("Verdict: %1").arg(result.verdict) << '\n' << "  " << result.summary << '\n';
        if (!result.detail.isEmpty())
            m_out << "  " << result.detail << '\n';
        if (result.expiresAt.isValid()) {
            const qint64 left = QDateTime::currentDateTimeUtc().secsTo(result.expiresAt);
            m_out << "  "
                  << (left >= 0
                          ? tr("The token expires in %1.").arg(Diagnoser::humanDuration(left))
                          : tr("The token expired %1 ago.").arg(Diagnoser::humanDuration(-left)))
                  << '\n';
        }
        for (const CallRecord &r : std::as_const(calls))
            m_out << QStringLiteral("  %1 %2 -> %3 (%4)")
                         .arg(QString::fromLatin1(r.method), r.url.toString(),
                              r.status ? QString::number(*r.status) : r.transportErrorCode,
                              r.diagnosis.code)
                  << '\n';
    }
    m_out.flush();
    return result.verdict == QLatin1String("ok") ? CliApp::ExitOk : CliApp::ExitHttpError;
}

int TokenCommand::get(bool print, const QCommandLineParser &p, const TargetOptions &targetOpts)
{
    // The profile (--profile, else the Sandbox), its token endpoint reached the way its calls
    // are: connected as every command is, --base aside (a token is got for a profile).
    ProfileConnection target;
    if (const int rc = m_app.connectTarget(p, targetOpts, &target, false); rc != CliApp::ExitOk)
        return rc;
    const ServerProfile *profile = &target.profile;
    const bool isSandbox = profile->environment == ServerProfile::Environment::Sandbox;
    TokenClient::Request request;
    if (isSandbox) {
        request = {target.sandbox.tokenUrl(), QLatin1String(SandboxServer::kDemoClientId),
                   SandboxServer::kDemoClientSecret, QStringLiteral("system/*.read"), true};
    } else {
        const TokenRequestSettings saved = TokenRequestSettings::load(profile->id);
        if (!saved.usable()) {
            m_err << tr("Profile %1 has no token request yet: use Get token… in the app once.")
                         .arg(profile->name)
                  << '\n';
            return CliApp::ExitUsage;
        }
        request = saved.request(m_app.readKeychain(saved.secretKey(profile->id)));
        if (request.privateKeyPem.isEmpty() && request.clientSecret.isEmpty()) {
            m_err << tr("The keychain holds no client secret or private key for %1.")
                         .arg(profile->name)
                  << '\n';
            return CliApp::ExitUsage;
        }
    }
    FhirClient &client = target.client;
    TokenClient tokens(&client);
    QEventLoop loop;
    TokenClient::Response response;
    QObject::connect(&tokens, &TokenClient::finished, &loop, [&](const TokenClient::Response &r) {
        response = r;
        loop.quit();
    });
    tokens.request(request);
    loop.exec();
    // The token goes to stdout only with --print; everything else goes to stderr then.
    QTextStream &info = print ? m_err : m_out;
    info << response.explanation << '\n';
    if (!response.ok) {
        info.flush();
        return CliApp::ExitHttpError;
    }
    if (!isSandbox) {
        KeychainSecretBackend keychain(QStringLiteral("FhirBulkExplorer"));
        TokenStore store(&keychain);
        QEventLoop wait;
        store.save(TokenStore::tokenKey(profile->id), response.accessToken,
                   [&](const SecretBackend::Result &r) {
                       info << (r.status == SecretBackend::Status::Ok
                                    ? tr("Stored in the keychain for %1 (%2 chars, sha256 %3).")
                                          .arg(profile->name)
                                          .arg(response.accessToken.size())
                                          .arg(Redaction::fingerprint(response.accessToken))
                                    : tr("Not stored: %1").arg(r.message))
                            << '\n';
                       wait.quit();
                   });
        wait.exec();
    }
    info.flush();
    if (print) {
        m_out << response.accessToken << '\n';
        m_out.flush();
    }
    return CliApp::ExitOk;
}
