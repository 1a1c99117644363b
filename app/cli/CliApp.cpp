#include "CliApp.h"
#include "app/support/Format.h"

#include "app/support/Logging.h"

#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenRenewal.h"
#include "app/auth/TokenRequestSettings.h"
#include "app/auth/TokenStore.h"
#include "app/cli/CliOptions.h"
#include "app/fhir/BodyText.h"
#include "app/fhir/FhirConvert.h"
#include "app/fhir/GroupInfo.h"
#include "app/models/CallLogModel.h"
#include "app/models/HeadersModel.h"
#include "app/net/Diagnoser.h"
#include "app/net/ExportSession.h"
#include "app/net/FhirClient.h"
#include "app/net/HeaderCheck.h"
#include "app/net/Redaction.h"
#include "app/net/ServerProfile.h"
#include "app/net/TokenHealthCheck.h"
#include "app/net/TransferStats.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
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

namespace {

QJsonObject headersObject(const HeaderList &headers)
{
    QJsonObject o;
    for (const auto &h : headers) {
        const QString name = QString::fromLatin1(h.first);
        const QString value = QString::fromLatin1(h.second);
        o.insert(name, o.contains(name) ? o.value(name).toString() + QStringLiteral(", ") + value
                                        : value);
    }
    return o;
}

QJsonObject recordJson(const CallRecord &r)
{
    QJsonArray causes;
    for (const Cause &c : r.diagnosis.causes)
        causes.append(QJsonObject{{QStringLiteral("code"), c.code},
                                  {QStringLiteral("summary"), c.summary},
                                  {QStringLiteral("evidence"), c.evidence}});
    QJsonArray issues;
    if (r.outcome) {
        for (const OutcomeIssue &i : r.outcome->issues)
            issues.append(QJsonObject{
                {QStringLiteral("severity"), i.severity},
                {QStringLiteral("code"), i.code},
                {QStringLiteral("diagnostics"), i.diagnostics},
                {QStringLiteral("details"), i.details},
                {QStringLiteral("expression"), QJsonArray::fromStringList(i.expression)},
                {QStringLiteral("location"), QJsonArray::fromStringList(i.location)}});
    }
    QJsonObject o{
        {QStringLiteral("method"), QString::fromLatin1(r.method)},
        {QStringLiteral("url"), r.url.toString()},
        {QStringLiteral("status"), r.status ? QJsonValue(*r.status) : QJsonValue()},
        {QStringLiteral("diagnosis"), QJsonObject{{QStringLiteral("code"), r.diagnosis.code},
                                                  {QStringLiteral("summary"), r.diagnosis.summary},
                                                  {QStringLiteral("detail"), r.diagnosis.detail},
                                                  {QStringLiteral("causes"), causes}}},
        {QStringLiteral("authorization"), r.auth.shape()},
        {QStringLiteral("requestIdSent"), QString::fromLatin1(r.requestIdSent)},
        {QStringLiteral("requestId"), QString::fromLatin1(r.requestIdReceived)},
        {QStringLiteral("correlationId"), QString::fromLatin1(r.correlationIdReceived)},
        {QStringLiteral("requestHeaders"), headersObject(r.requestHeaders)},
        {QStringLiteral("headers"), headersObject(r.responseHeaders)},
        {QStringLiteral("outcome"), issues},
        {QStringLiteral("elapsedMs"), r.elapsedMs},
        {QStringLiteral("bodySize"), r.bodySize},
        {QStringLiteral("transportError"), r.transportError}};
    if (r.gatewayError)
        o.insert(QStringLiteral("gatewayErrorType"), r.gatewayError->errorType);
    if (!r.tokenFingerprint.isEmpty())
        o.insert(QStringLiteral("tokenFingerprint"), r.tokenFingerprint);
    if (!r.bodyFile.isEmpty())
        o.insert(QStringLiteral("bodyFile"), r.bodyFile);
    return o;
}

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err, bool errIsTerminal)
    : m_out(out), m_err(err), m_errIsTerminal(errIsTerminal)
{
}

bool CliApp::showHelp(QCommandLineParser &p, const QStringList &args, const QString &command,
                      const QString &description)
{
    // `fhir-bulk COMMAND --help`: this command's own options, not the general usage.
    p.setApplicationDescription(description);
    p.addHelpOption();
    if (!args.contains(QLatin1String("--help")) && !args.contains(QLatin1String("-h")))
        return false;
    QString text = p.helpText();
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    const QString first = text.left(eol);
    const qsizetype options = first.indexOf(QLatin1String(" [options]"));
    if (first.startsWith(QLatin1String("Usage: ")) && options > 0)
        text = QStringLiteral("Usage: fhir-bulk %1").arg(command) + text.mid(options);
    m_out << text;
    m_out.flush();
    return true;
}

int CliApp::usage()
{
    m_err << tr(
        "Usage: fhir-bulk get PATH-OR-URL [--profile NAME | --base URL] [--method M]\n"
        "                     [--accept FORMAT] [--content-type] [--format-param]\n"
        "                     [--token-stdin | --demo-token] [--request-id ID]\n"
        "                     [--timeout MS] [--json] [--as json|xml] [--out FILE]\n"
        "       fhir-bulk sandbox [--port N] [--seed N] [--scale S] [scenario flags, see --help]\n"
        "       fhir-bulk token inspect [--json]   (token on standard input)\n"
        "       fhir-bulk token check [--profile NAME | --base URL] [--token-stdin | --demo-token] "
        "[--json]\n"
        "       fhir-bulk token get [--profile NAME] [--print]\n"
        "       fhir-bulk export --group ID [--type T,...] [--since INSTANT] [--out DIR]\n"
        "                        [--parallel N] [--post] [--no-cache] [--lenient] [--json]\n"
        "                        [--timeout MS] [--max-wait DURATION] [--token-to-status-origin]\n"
        "                        [--allow-error-files]\n"
        "       fhir-bulk export --resume STATUS-URL [--out DIR] [--json]\n"
        "       fhir-bulk groups [--profile NAME | --base URL] [--count N] [--max N] [--json]\n"
        "The token is read from the FHIR_BULK_TOKEN environment variable or, with\n"
        "--token-stdin, from standard input; never from the command line.\n"
        "COMMAND --help shows a command's options; --verbose logs what happens on stderr.\n"
        "Exit codes: 0 done, 1 HTTP or server error, 2 usage or transport error (incomplete\n"
        "answers included), 3 export still running after --max-wait, 130 interrupted.\n");
    m_err.flush();
    return ExitUsage;
}

int CliApp::run(const QStringList &args)
{
    // --verbose, anywhere: every fbx.* log category down to debug, on stderr.
    QStringList arguments = args;
    if (arguments.removeAll(QStringLiteral("--verbose")) > 0)
        Logging::setVerbose();
    if (arguments.size() < 2)
        return usage();
    qCDebug(lcCli) << "command" << arguments.at(1);
    const QString command = arguments.at(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (command == QLatin1String("get"))
        return runGet(rest);
    if (command == QLatin1String("sandbox"))
        return runSandbox(rest);
    if (command == QLatin1String("token"))
        return runToken(rest);
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("groups"))
        return runGroups(rest);
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        m_out << "fhir-bulk " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    return usage();
}

TargetOptions::TargetOptions()
    : base(QStringLiteral("base"), CliApp::tr("Base URL of the FHIR API."), QStringLiteral("url")),
      profile(QStringLiteral("profile"), CliApp::tr("Saved profile to use."),
              QStringLiteral("name")),
      tokenStdin(QStringLiteral("token-stdin"), CliApp::tr("Read the token from standard input.")),
      demoToken(QStringLiteral("demo-token"), CliApp::tr("Use the Sandbox demo token."))
{
}

void TargetOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({base, profile, tokenStdin, demoToken});
}

int CliApp::resolveTarget(const QCommandLineParser &p, const TargetOptions &t, SandboxHost &sandbox,
                          ServerProfile *target, QByteArray *tokenOut)
{
    // Where to: --base, else --profile, else the Sandbox (started in this process).
    if (p.isSet(t.base)) {
        const QUrl base(p.value(t.base), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty()) {
            m_err << tr("Not a usable base URL: %1").arg(p.value(t.base)) << '\n';
            return ExitUsage;
        }
        target->id = QStringLiteral("command-line");
        target->name = base.host();
        target->baseUrl = base;
    } else {
        QSettings settings;
        ProfileStore store(&settings);
        const QString name = p.isSet(t.profile) ? p.value(t.profile) : QStringLiteral("sandbox");
        const auto profile = store.find(name);
        if (!profile) {
            m_err << tr("No profile named %1.").arg(name) << '\n';
            return ExitUsage;
        }
        *target = *profile;
        if (profile->environment == ServerProfile::Environment::Sandbox) {
            if (!sandbox.start()) {
                m_err << tr("The Sandbox could not start.") << '\n';
                return ExitUsage;
            }
            target->baseUrl = sandbox.baseUrl();
        }
    }
    // Which token: the environment, standard input, the profile's keychain entry, or the demo.
    QByteArray token = qgetenv("FHIR_BULK_TOKEN");
    if (p.isSet(t.tokenStdin)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            m_err << tr("Cannot read the token from standard input.") << '\n';
            return ExitUsage;
        }
        token = in.readAll();
        while (token.endsWith('\n') || token.endsWith('\r'))
            token.chop(1);
    }
    if (token.isEmpty() && !p.isSet(t.tokenStdin) && p.isSet(t.profile) && !sandbox.isRunning())
        token = keychainToken(target->id);
    if (p.isSet(t.demoToken)) {
        if (!sandbox.isRunning()) {
            m_err << tr("--demo-token works with the built-in Sandbox only.") << '\n';
            return ExitUsage;
        }
        token = sandbox.demoToken();
    }
    if (!token.isEmpty() && !checkToken(token))
        return ExitUsage;
    *tokenOut = token;
    return ExitOk;
}

bool CliApp::checkToken(const QByteArray &token)
{
    // A control character would be sent as it stands (a CR LF starts a header of its own):
    // refused before anything is sent. Pasting mistakes a server may tolerate are only said.
    const TokenLint::Report lint = TokenLint::lint(token);
    const bool refuse = !HeaderCheck::validValue(token);
    if (refuse)
        m_err << tr("The token contains a control character (a line break?), so it is not sent: it "
                    "would end the "
                    "Authorization header and could start another one (header.invalid-chars).")
              << '\n';
    static const QStringList warned = {QStringLiteral("quotes"),
                                       QStringLiteral("bearer.prefix"),
                                       QStringLiteral("bearer.doubled"),
                                       QStringLiteral("bearer.lowercase"),
                                       QStringLiteral("whitespace.edges"),
                                       QStringLiteral("whitespace.newline"),
                                       QStringLiteral("header.invalid-chars")};
    for (const TokenLint::Finding &f : lint.findings) {
        if (!warned.contains(f.code))
            continue;
        m_err << (refuse ? tr("  [%1] %2").arg(f.code, f.message)
                         : tr("Warning: [%1] %2 (sent as it is)").arg(f.code, f.message))
              << '\n';
        if (!f.fix.isEmpty())
            m_err << QStringLiteral("    ") << tr("Fix: %1").arg(f.fix) << '\n';
    }
    m_err.flush();
    return !refuse;
}

int CliApp::openTarget(const QCommandLineParser &p, const TargetOptions &t, CliTarget *target)
{
    if (const int rc = resolveTarget(p, t, target->sandbox, &target->profile, &target->token);
        rc != ExitOk)
        return rc;
    target->client.setBaseUrl(target->profile.baseUrl);
    target->client.setAuthorization(target->token.isEmpty() ? AuthMode::None : AuthMode::Bearer,
                                    target->token);
    QSettings settings;
    KnownServers known;
    for (const ServerProfile &p : ProfileStore(&settings).all()) {
        const bool sandbox = p.environment == ServerProfile::Environment::Sandbox;
        if (!sandbox || target->sandbox.isRunning())
            known.append({p.name, sandbox ? target->sandbox.baseUrl() : p.baseUrl});
    }
    target->client.setKnownServers(known);
    return ExitOk;
}

int CliApp::runGet(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("target"), tr("Path (Group/1) or full URL"));
    const TargetOptions targetOpts;
    const QCommandLineOption methodOpt(QStringLiteral("method"), tr("HTTP method."),
                                       QStringLiteral("method"), QStringLiteral("GET"));
    const QCommandLineOption acceptOpt(QStringLiteral("accept"), tr("Format to ask for."),
                                       QStringLiteral("format"),
                                       QStringLiteral("application/fhir+json"));
    const QCommandLineOption ctOpt(
        QStringLiteral("content-type"),
        tr("Send the format as Content-Type too, as the vendor examples do."));
    const QCommandLineOption fmtOpt(QStringLiteral("format-param"), tr("Add _format to the URL."));
    const QCommandLineOption ridOpt(QStringLiteral("request-id"), tr("X-Request-ID to send."),
                                    QStringLiteral("id"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        tr("Timeout without data, in ms."), QStringLiteral("ms"),
                                        QStringLiteral("30000"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption asOpt(QStringLiteral("as"),
                                   tr("Convert the FHIR body locally to json or xml."),
                                   QStringLiteral("json|xml"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    tr("Write the body (converted with --as) to this file."),
                                    QStringLiteral("file"));
    targetOpts.addTo(p);
    p.addOptions({methodOpt, acceptOpt, ctOpt, fmtOpt, ridOpt, timeoutOpt, jsonOpt, asOpt, outOpt});
    if (showHelp(p, args, QStringLiteral("get"),
                 tr("One request to the FHIR API, explained: the request and response headers "
                    "(redacted), the diagnosis with its likely causes, the body.")))
        return ExitOk;
    if (!p.parse(args) || p.positionalArguments().size() != 1) {
        if (!p.errorText().isEmpty())
            m_err << p.errorText() << '\n';
        return usage();
    }

    const QString as = p.value(asOpt).toLower();
    if (p.isSet(asOpt) && as != QLatin1String("json") && as != QLatin1String("xml")) {
        m_err << tr("--as takes json or xml, not %1").arg(p.value(asOpt)) << '\n';
        return ExitUsage;
    }

    const auto timeoutMs = CliOptions::number(p, timeoutOpt, 1, 24LL * 3600 * 1000, m_err);
    if (!timeoutMs)
        return ExitUsage;
    CliTarget target;
    if (const int rc = openTarget(p, targetOpts, &target); rc != ExitOk)
        return rc;
    CliOptions::quitOnSignals();
    FhirClient &client = target.client;
    FormatOptions format;
    format.mimeType = p.value(acceptOpt).toLatin1();
    format.alsoContentType = p.isSet(ctOpt);
    format.formatParameter = p.isSet(fmtOpt);
    client.setFormat(format);
    client.setTimeoutMs(int(*timeoutMs));

    ApiRequest request = client.prepare(tr("Send request"), p.value(methodOpt).toLatin1(),
                                        p.positionalArguments().constFirst());
    request.requestId = p.value(ridOpt).toLatin1();

    QList<CallRecord> hops;
    QEventLoop loop;
    ApiCall *call = client.send(request);
    QObject::connect(&client, &FhirClient::callFinished, &loop,
                     [&hops](const CallRecord &r) { hops << r; });
    QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (CliOptions::interrupted()) {
        m_err << tr("Interrupted.") << '\n';
        return ExitInterrupted;
    }
    if (hops.isEmpty())
        return ExitUsage;
    const CallRecord &last = hops.constLast();
    // An answer that did not arrive whole (cut, stalled, not written) is never passed off as
    // the body: no --out file but FILE.part, and exit 2.
    const bool complete = last.status && last.transportErrorCode.isEmpty();

    // --as: the body in the other FHIR format, converted here (JSON<->XML by the R4 rules).
    const QByteArray body = last.wholeBody();
    std::optional<QByteArray> converted;
    bool conversionFailed = false;
    if (p.isSet(asOpt) && complete && !body.isEmpty()) {
        const BodyText::Kind kind = BodyText::detect(body, last.contentType());
        FhirConvert::Result r;
        if (kind == BodyText::Kind::Json)
            r = as == QLatin1String("xml")
                    ? FhirConvert::jsonToXml(body)
                    : FhirConvert::Result{BodyText::pretty(body, last.contentType()).text.toUtf8(),
                                          {}};
        else if (kind == BodyText::Kind::Xml)
            r = as == QLatin1String("json")
                    ? FhirConvert::xmlToJson(body)
                    : FhirConvert::Result{BodyText::pretty(body, last.contentType()).text.toUtf8(),
                                          {}};
        else
            r.error = tr("the body is %1, not FHIR JSON or XML").arg(BodyText::kindName(kind));
        if (r.ok()) {
            converted = r.text;
        } else {
            conversionFailed = true;
            m_err << tr("Not converted: %1").arg(r.error) << '\n';
        }
    }
    if (p.isSet(outOpt) && last.status) {
        // What arrived is never lost: when the conversion fails, the file gets the body as sent;
        // an incomplete body goes to FILE.part. The final name comes last, by a rename.
        const QString target = p.value(outOpt);
        const QString part = target + QStringLiteral(".part");
        QFile out(part);
        const QByteArray bytes = converted.value_or(body);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(bytes) != bytes.size() || !out.flush()) {
            m_err << tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()) << '\n';
            out.close();
            QFile::remove(part);
            return ExitUsage;
        }
        out.close();
        if (!complete) {
            m_err << tr("The answer is incomplete (%1): the %2 that arrived are in %3, not in %4.")
                         .arg(last.transportErrorCode, Format::size(bytes.size()), part, target)
                  << '\n';
        } else if ((QFile::exists(target) && !QFile::remove(target)) ||
                   !QFile::rename(part, target)) {
            m_err << tr("Cannot write %1: the body is in %2.").arg(target, part) << '\n';
            return ExitUsage;
        } else {
            m_err << tr("Wrote %1 to %2%3")
                         .arg(Format::size(bytes.size()), target,
                              conversionFailed ? tr(" (as received)") : QString())
                  << '\n';
        }
    }

    if (p.isSet(jsonOpt)) {
        QJsonObject o = recordJson(last);
        if (hops.size() > 1) {
            QJsonArray redirects;
            for (int i = 0; i + 1 < hops.size(); ++i)
                redirects.append(recordJson(hops.at(i)));
            o.insert(QStringLiteral("redirects"), redirects);
        }
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (const CallRecord &r : std::as_const(hops)) {
            m_out << "> " << r.method << ' ' << r.url.toString() << '\n';
            for (const auto &h : r.requestHeaders)
                m_out << "> " << h.first << ": " << HeadersModel::visibleValue(h.second) << '\n';
            if (r.status) {
                m_out << "< HTTP " << *r.status << ' ' << r.reasonPhrase << "  ("
                      << tr("%1 ms, %2").arg(r.elapsedMs).arg(Format::size(r.bodySize)) << ")\n";
                for (const auto &h : r.responseHeaders)
                    m_out << "< " << h.first << ": " << h.second << '\n';
            }
            m_out << '\n'
                  << tr("Diagnosis: %1").arg(r.diagnosis.code) << '\n'
                  << "  " << r.diagnosis.summary << '\n';
            if (!r.diagnosis.detail.isEmpty())
                m_out << "  "
                      << QString(r.diagnosis.detail)
                             .replace(QLatin1Char('\n'), QStringLiteral("\n  "))
                      << '\n';
            if (!r.diagnosis.causes.isEmpty())
                m_out << tr("Likely causes, most likely first:") << '\n';
            for (int i = 0; i < r.diagnosis.causes.size(); ++i) {
                const Cause &c = r.diagnosis.causes.at(i);
                m_out << QStringLiteral("  %1. [%2] %3").arg(i + 1).arg(c.code, c.summary) << '\n'
                      << "     " << tr("Evidence: %1").arg(c.evidence) << '\n';
            }
            if (&r == &last && converted && !p.isSet(outOpt)) {
                m_out << '\n' << QString::fromUtf8(*converted) << '\n';
            } else if (r.status && r.bodySize > 0) {
                const BodyText::Pretty pretty = BodyText::pretty(r.body, r.contentType());
                m_out << '\n' << pretty.text << '\n';
                if (!pretty.error.isEmpty())
                    m_out << tr("Note: %1").arg(pretty.error) << '\n';
                if (!r.bodyFile.isEmpty())
                    m_out << tr("The whole body (%1) is in %2")
                                 .arg(Format::size(r.bodySize), r.bodyFile)
                          << '\n';
            }
            m_out << '\n';
        }
    }
    m_out.flush();
    if (!complete)
        return ExitUsage;
    if (conversionFailed)
        return ExitHttpError;
    return (*last.status >= 200 && *last.status < 300) ? ExitOk : ExitHttpError;
}

QByteArray CliApp::keychainToken(const QString &profileId)
{
    return readKeychain(TokenStore::tokenKey(profileId));
}

QByteArray CliApp::readKeychain(const QString &key)
{
    KeychainSecretBackend keychain(QStringLiteral("FhirBulkExplorer"));
    TokenStore store(&keychain);
    QEventLoop loop;
    QByteArray token;
    store.load(key, [&](const SecretBackend::Result &r) {
        if (r.status == SecretBackend::Status::Ok)
            token = r.value;
        else if (r.status == SecretBackend::Status::Failed)
            m_err << tr("The keychain refused to read the token: %1").arg(r.message) << '\n';
        loop.quit();
    });
    loop.exec();
    return token;
}

int CliApp::runToken(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), tr("inspect or check"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    const TargetOptions targetOpts;
    const QCommandLineOption printOpt(QStringLiteral("print"),
                                      tr("Print the obtained token (it is secret)."));
    targetOpts.addTo(p);
    p.addOptions({jsonOpt, printOpt});
    if (showHelp(p, args, QStringLiteral("token"),
                 tr("Token tools: inspect (lint a token on standard input), check (the health "
                    "check against a server), get (obtain one for a profile).")))
        return ExitOk;
    if (!p.parse(args) || p.positionalArguments().size() != 1)
        return usage();
    const QString action = p.positionalArguments().constFirst();
    if (action == QLatin1String("check"))
        return runTokenCheck(p, targetOpts, p.isSet(jsonOpt));
    if (action == QLatin1String("get"))
        return runTokenGet(p.isSet(targetOpts.profile) ? p.value(targetOpts.profile)
                                                       : QStringLiteral("sandbox"),
                           p.isSet(printOpt));
    if (action != QLatin1String("inspect"))
        return usage();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        m_err << tr("Cannot read the token from standard input.") << '\n';
        return ExitUsage;
    }
    // Keep the raw bytes: a trailing newline from the clipboard is one of the findings.
    const QByteArray raw = in.readAll();
    const TokenLint::Report report = TokenLint::lint(raw);
    const QString fingerprint = Redaction::fingerprint(report.cleaned);
    if (p.isSet(jsonOpt)) {
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
                    it.value().isDouble()) {
                    const QDateTime t =
                        QDateTime::fromSecsSinceEpoch(qint64(it.value().toDouble()), Qt::UTC);
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
    return report.hasErrors() ? ExitHttpError : ExitOk;
}

int CliApp::runTokenCheck(const QCommandLineParser &p, const TargetOptions &targetOpts, bool json)
{
    CliTarget target;
    if (const int rc = openTarget(p, targetOpts, &target); rc != ExitOk)
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
    QSettings settings;
    health.start(token, target.profile, ProfileStore(&settings).all());
    loop.exec();
    if (json) {
        QJsonArray callList;
        for (const CallRecord &r : std::as_const(calls))
            callList.append(recordJson(r));
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
    return result.verdict == QLatin1String("ok") ? ExitOk : ExitHttpError;
}

int CliApp::runGroups(const QStringList &args)
{
    QCommandLineParser p;
    const TargetOptions targetOpts;
    const QCommandLineOption countOpt(QStringLiteral("count"), tr("Groups per page (_count)."),
                                      QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption maxOpt(QStringLiteral("max"), tr("Stop after this many groups."),
                                    QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    targetOpts.addTo(p);
    p.addOptions({countOpt, maxOpt, jsonOpt});
    if (showHelp(p, args, QStringLiteral("groups"),
                 tr("Group search, page by page along the Bundle's next links.")))
        return ExitOk;
    if (!p.parse(args)) {
        m_err << p.errorText() << '\n';
        return usage();
    }
    const auto count = CliOptions::number(p, countOpt, 1, 1000, m_err);
    const auto maxGroups =
        count ? CliOptions::number(p, maxOpt, 1, 10'000'000, m_err) : std::nullopt;
    if (!maxGroups)
        return ExitUsage;
    CliTarget connection;
    if (const int rc = openTarget(p, targetOpts, &connection); rc != ExitOk)
        return rc;
    FhirClient &client = connection.client;
    // Group search, page by page along the Bundle's next links.
    QList<GroupInfo> groups;
    QString next = QStringLiteral("Group?_count=%1").arg(*count);
    const qint64 max = *maxGroups;
    int pages = 0;
    QString problem;
    int status = 0;
    while (!next.isEmpty() && groups.size() < max) {
        QEventLoop loop;
        CallRecord record;
        ApiCall *call = client.send(client.prepare(tr("Search Groups"), "GET", next));
        QObject::connect(call, &ApiCall::finished, &loop, [&](const CallRecord &r) {
            record = r;
            loop.quit();
        });
        loop.exec();
        status = record.status.value_or(0);
        if (status != 200) {
            problem = status == 0 ? record.diagnosis.summary
                                  : tr("HTTP %1: %2").arg(status).arg(record.diagnosis.summary);
            break;
        }
        QString error;
        const auto page = SearchPage::parse(record.body, &error);
        if (!page) {
            problem = error;
            break;
        }
        ++pages;
        for (const QJsonObject &g : page->resources) {
            if (g.value(QLatin1String("resourceType")).toString() == QLatin1String("Group"))
                groups << GroupInfo::fromJson(g);
        }
        next = page->next.toString();
    }
    if (!problem.isEmpty() && groups.isEmpty() &&
        (status == 400 || status == 403 || status == 404 || status == 405 || status == 501))
        problem +=
            QLatin1Char('\n') +
            tr("This server may not allow Group search (the vendor documents only Group read): "
               "read a Group by id with `fhir-bulk get Group/ID`.");
    if (p.isSet(jsonOpt)) {
        QJsonArray list;
        for (const GroupInfo &g : std::as_const(groups))
            list.append(g.toJson());
        QJsonObject o{{QStringLiteral("groups"), list}, {QStringLiteral("pages"), pages}};
        if (!problem.isEmpty())
            o.insert(QStringLiteral("problem"), problem);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (const GroupInfo &g : std::as_const(groups)) {
            m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(g.id, g.name.isEmpty() ? tr("(no name)") : g.name, g.type,
                              g.actual ? (*g.actual ? tr("actual") : tr("descriptive")) : QString(),
                              tr("%n member(s)", nullptr, int(g.members)))
                  << '\n';
        }
        m_out << tr("%n group(s) in %1 page(s)", nullptr, int(groups.size())).arg(pages) << '\n';
        if (!problem.isEmpty())
            m_err << problem << '\n';
    }
    m_out.flush();
    return problem.isEmpty() ? ExitOk : ExitHttpError;
}

int CliApp::runExport(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption groupOpt(QStringLiteral("group"), tr("Group id to export."),
                                      QStringLiteral("id"));
    const QCommandLineOption typeOpt(QStringLiteral("type"),
                                     tr("Resource types, comma separated (_type)."),
                                     QStringLiteral("types"));
    const QCommandLineOption sinceOpt(QStringLiteral("since"),
                                      tr("Only resources changed since this instant (_since)."),
                                      QStringLiteral("instant"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    tr("Folder for the files (a sub-folder per job)."),
                                    QStringLiteral("dir"), QStringLiteral("fhir-bulk-exports"));
    const QCommandLineOption parallelOpt(QStringLiteral("parallel"), tr("Downloads at once."),
                                         QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption postOpt(QStringLiteral("post"),
                                     tr("Kick off with POST and a Parameters body."));
    const QCommandLineOption noCacheOpt(
        QStringLiteral("no-cache"),
        tr("Send Cache-Control: no-cache (a new job, not a reused one)."));
    const QCommandLineOption lenientOpt(QStringLiteral("lenient"),
                                        tr("Send Prefer: handling=lenient."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     tr("Print one JSON object at the end."));
    const TargetOptions targetOpts;
    const QCommandLineOption resumeOpt(
        QStringLiteral("resume"), tr("Continue the export at this status URL (after a restart)."),
        QStringLiteral("status-url"));
    const QCommandLineOption timeoutOpt(
        QStringLiteral("timeout"),
        tr("Timeout without data for each call, in ms; a stalled download is retried."),
        QStringLiteral("ms"), QStringLiteral("30000"));
    const QCommandLineOption maxWaitOpt(
        QStringLiteral("max-wait"),
        tr("Give up waiting for the server after this long (90s, 30m, 12h; 0: never)."),
        QStringLiteral("duration"), QStringLiteral("12h"));
    const QCommandLineOption originOpt(
        QStringLiteral("token-to-status-origin"),
        tr("Send the token to a status URL on another host than the server."));
    const QCommandLineOption allowErrorsOpt(
        QStringLiteral("allow-error-files"),
        tr("Exit 0 even when the server's error files report problems."));
    p.addOptions({groupOpt, typeOpt, sinceOpt, outOpt, parallelOpt, postOpt, noCacheOpt, lenientOpt,
                  jsonOpt, resumeOpt, timeoutOpt, maxWaitOpt, originOpt, allowErrorsOpt});
    targetOpts.addTo(p);
    if (showHelp(p, args, QStringLiteral("export"),
                 tr("A Group $export end to end: kick-off, polling, manifest, downloads verified "
                    "line by line.")))
        return ExitOk;
    if (!p.parse(args) || (!p.isSet(groupOpt) && !p.isSet(resumeOpt))) {
        if (!p.errorText().isEmpty())
            m_err << p.errorText() << '\n';
        return usage();
    }
    ExportSession::Request request;
    request.groupId = p.value(groupOpt);
    request.types = p.value(typeOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.isSet(sinceOpt)) {
        request.since = QDateTime::fromString(p.value(sinceOpt), Qt::ISODateWithMs);
        if (!request.since.isValid()) {
            m_err << tr("--since needs an instant such as 2024-01-31T00:00:00Z, not %1")
                         .arg(p.value(sinceOpt))
                  << '\n';
            return ExitUsage;
        }
    }
    request.usePost = p.isSet(postOpt);
    request.noCache = p.isSet(noCacheOpt);
    request.lenient = p.isSet(lenientOpt);
    const auto parallel = CliOptions::number(p, parallelOpt, 1, 32, m_err);
    const auto timeoutMs =
        parallel ? CliOptions::number(p, timeoutOpt, 1, 24LL * 3600 * 1000, m_err) : std::nullopt;
    const auto maxWait =
        timeoutMs ? CliOptions::duration(p, maxWaitOpt, 30LL * 86400, m_err) : std::nullopt;
    if (!maxWait)
        return ExitUsage;

    CliTarget connection;
    if (const int rc = openTarget(p, targetOpts, &connection); rc != ExitOk)
        return rc;
    FhirClient &client = connection.client;
    const ServerProfile &target = connection.profile;
    client.setTimeoutMs(int(*timeoutMs));
    ExportSession session(&client, p.value(outOpt));
    session.setParallel(int(*parallel));
    session.setMaxWaitSecs(*maxWait);
    session.setTokenToOtherOrigins(p.isSet(originOpt));
    CliOptions::quitOnSignals();
    // A profile whose token request was saved (Get token… in the app) can obtain tokens: the
    // token is renewed before it runs out, however long the job takes.
    TokenRenewal renewal(&client);
    if (p.isSet(targetOpts.profile) && target.environment != ServerProfile::Environment::Sandbox) {
        const TokenRequestSettings saved = TokenRequestSettings::load(target.id);
        if (saved.usable()) {
            const QByteArray secret = readKeychain(saved.secretKey(target.id));
            if (!secret.isEmpty())
                renewal.arm(saved.request(secret));
        }
    }
    ExportJournal journal;
    session.setJournal(&journal, target.id);
    // Progress goes to stderr when stdout carries JSON.
    QTextStream &log = p.isSet(jsonOpt) ? m_err : m_out;
    // The terminal progress display: one line on stderr, redrawn in place on a terminal
    // (cleared before any other line), or printed every ten seconds otherwise.
    TransferStats stats;
    QElapsedTimer clock;
    clock.start();
    bool progressShown = false;
    auto clearProgress = [&] {
        if (progressShown) {
            m_err << "\r\x1b[K";
            m_err.flush();
            progressShown = false;
        }
    };
    QTimer progressTimer;
    progressTimer.setInterval(m_errIsTerminal ? 250 : 10000);
    QObject::connect(&progressTimer, &QTimer::timeout, &session, [&] {
        const auto all = stats.overall(clock.elapsed());
        const QString line = tr("Downloading: %1 of %2 files done · %3")
                                 .arg(stats.finishedCount())
                                 .arg(stats.count())
                                 .arg(TransferStats::describe(all));
        if (m_errIsTerminal) {
            m_err << "\r\x1b[K" << line;
            progressShown = true;
        } else {
            m_err << line << '\n';
        }
        m_err.flush();
    });
    QObject::connect(&session, &ExportSession::downloadsStarted, &session,
                     [&](const ExportSession::Outcome &o) {
                         stats.reset(int(o.files.size()));
                         progressTimer.start();
                     });
    QObject::connect(&session, &ExportSession::fileProgress, &session,
                     [&](int index, qint64 got, qint64 total) {
                         stats.update(index, got, total, clock.elapsed());
                     });
    QObject::connect(&session, &ExportSession::fileFinished, &session,
                     [&](int index, const ExportSession::FileResult &f) {
                         stats.finish(index, f.bytes, clock.elapsed());
                     });
    QObject::connect(&session, &ExportSession::finished, &session, [&] {
        progressTimer.stop();
        clearProgress();
    });
    QObject::connect(&renewal, &TokenRenewal::renewed, &session,
                     [&](const TokenClient::Response &r) {
                         clearProgress();
                         log << tr("The token was renewed (call #%1); the new one lasts %2.")
                                    .arg(r.callId)
                                    .arg(Diagnoser::humanDuration(r.expiresIn))
                             << '\n';
                         log.flush();
                     });
    QObject::connect(&renewal, &TokenRenewal::failed, &session,
                     [&](const TokenClient::Response &r) {
                         clearProgress();
                         log << tr("Renewing the token failed: %1").arg(r.explanation) << '\n';
                         log.flush();
                     });
    QObject::connect(&session, &ExportSession::message, &session,
                     [&log, &clearProgress, &session](const QString &text) {
                         // The final word comes last, after the server's messages (printed at the
                         // end).
                         const auto state = session.state();
                         if (state == ExportSession::State::Done ||
                             state == ExportSession::State::Failed ||
                             state == ExportSession::State::Cancelled)
                             return;
                         clearProgress();
                         log << text << '\n';
                         log.flush();
                     });
    QObject::connect(&session, &ExportSession::polled, &session,
                     [&log, &clearProgress](const ExportSession::PollEvent &e) {
                         clearProgress();
                         log << tr("poll #%1: %2 %3")
                                    .arg(e.callId)
                                    .arg(e.status ? QString::number(e.status) : tr("no answer"),
                                         e.kind);
                         if (!e.progress.isEmpty())
                             log << QStringLiteral(" (%1)").arg(e.progress);
                         if (e.waitSecs >= 0)
                             log << QStringLiteral("; ")
                                 << tr("next in %1 (%2)")
                                        .arg(Diagnoser::humanDuration(e.waitSecs), e.waitReason);
                         log << '\n';
                         log.flush();
                     });
    QObject::connect(&session, &ExportSession::fileFinished, &session,
                     [&log, &clearProgress](int index, const ExportSession::FileResult &f) {
                         clearProgress();
                         log << tr("file %1 %2: %3 lines, %4 — %5")
                                    .arg(index + 1)
                                    .arg(f.type)
                                    .arg(f.lines)
                                    .arg(Format::size(f.bytes),
                                         f.verified
                                             ? (f.note.isEmpty() ? tr("verified")
                                                                 : tr("verified (%1)").arg(f.note))
                                             : f.problem)
                             << '\n';
                         if (!f.rejectedPath.isEmpty())
                             log << "  "
                                 << tr("kept as %1 (not under its final name)").arg(f.rejectedPath)
                                 << '\n';
                         log.flush();
                     });
    QEventLoop loop;
    ExportSession::Outcome outcome;
    QObject::connect(&session, &ExportSession::finished, &loop,
                     [&](const ExportSession::Outcome &o) {
                         outcome = o;
                         loop.quit();
                     });
    if (p.isSet(resumeOpt))
        session.resume(p.value(resumeOpt), request.groupId);
    else
        session.start(request);
    loop.exec();
    if (CliOptions::interrupted()) {
        progressTimer.stop();
        clearProgress();
        m_err << tr("Interrupted. What was downloaded is kept; continue with:") << '\n';
        if (!session.statusUrlForResume().isEmpty())
            m_err << "  fhir-bulk export --resume '" << session.statusUrlForResume() << "' --out '"
                  << p.value(outOpt) << "'\n";
        m_err.flush();
        return ExitInterrupted;
    }
    if (p.isSet(jsonOpt)) {
        QJsonArray serverMessages;
        for (const auto &m : std::as_const(outcome.serverMessages))
            serverMessages.append(QJsonObject{{QStringLiteral("severity"), m.severity},
                                              {QStringLiteral("code"), m.code},
                                              {QStringLiteral("text"), m.text},
                                              {QStringLiteral("count"), m.count}});
        QJsonArray files;
        for (const auto &f : std::as_const(outcome.files))
            files.append(QJsonObject{
                {QStringLiteral("type"), f.type},
                {QStringLiteral("path"), f.path},
                {QStringLiteral("rejectedPath"), f.rejectedPath},
                {QStringLiteral("note"), f.note},
                {QStringLiteral("isError"), f.isError},
                {QStringLiteral("lines"), f.lines},
                {QStringLiteral("bytes"), f.bytes},
                {QStringLiteral("expected"), f.expected ? QJsonValue(*f.expected) : QJsonValue()},
                {QStringLiteral("verified"), f.verified},
                {QStringLiteral("problem"), f.problem}});
        m_out << QJsonDocument(
                     QJsonObject{
                         {QStringLiteral("state"), ExportSession::stateName(outcome.state)},
                         {QStringLiteral("ok"), outcome.state == ExportSession::State::Done},
                         {QStringLiteral("message"), outcome.message},
                         {QStringLiteral("statusUrl"), outcome.statusUrl},
                         {QStringLiteral("folder"), outcome.folder},
                         {QStringLiteral("files"), files},
                         {QStringLiteral("downloadSeconds"),
                          outcome.downloadMs < 0 ? QJsonValue()
                                                 : QJsonValue(outcome.downloadMs / 1000.0)},
                         {QStringLiteral("downloadedBytes"), outcome.downloadedBytes},
                         {QStringLiteral("gaveUpWaiting"), outcome.gaveUpWaiting},
                         {QStringLiteral("outcomeMessages"),
                          QJsonArray::fromStringList(outcome.outcomeMessages)},
                         {QStringLiteral("serverMessages"), serverMessages},
                         {QStringLiteral("errorFiles"), outcome.errorFiles}})
                     .toJson(QJsonDocument::Indented);
    } else {
        // The server's own words from its error files, grouped: what the export could not do.
        // (With --json, progress and messages went to stderr and the JSON carries the rest.)
        if (!outcome.serverMessages.isEmpty()) {
            m_out << tr("The server reported %n problem(s) in its error files:", nullptr,
                        outcome.serverMessageCount())
                  << '\n';
            for (const auto &m : std::as_const(outcome.serverMessages))
                m_out << QStringLiteral("  %1× [%2/%3] %4")
                             .arg(m.count)
                             .arg(m.severity, m.code, m.text)
                      << '\n';
        }
        if (!outcome.folder.isEmpty())
            m_out << tr("Files and manifest: %1").arg(outcome.folder) << '\n';
        m_out << outcome.message << '\n';
    }
    m_out.flush();
    if (outcome.gaveUpWaiting)
        return ExitWaitLimit;
    if (outcome.state != ExportSession::State::Done)
        return ExitHttpError;
    // Problems the server reported are a failure unless the user said they may be.
    if (outcome.serverMessageCount() > 0 && !p.isSet(allowErrorsOpt)) {
        m_err << tr("Exit 1: the server reported problems (--allow-error-files to exit 0 anyway).")
              << '\n';
        return ExitHttpError;
    }
    return ExitOk;
}

int CliApp::runTokenGet(const QString &profileName, bool print)
{
    QSettings settings;
    const auto profile = ProfileStore(&settings).find(profileName);
    if (!profile) {
        m_err << tr("No profile named %1.").arg(profileName) << '\n';
        return ExitUsage;
    }
    SandboxHost sandbox;
    const bool isSandbox = profile->environment == ServerProfile::Environment::Sandbox;
    TokenClient::Request request;
    if (isSandbox) {
        if (!sandbox.start()) {
            m_err << tr("The Sandbox could not start.") << '\n';
            return ExitUsage;
        }
        request = {sandbox.tokenUrl(), QLatin1String(SandboxServer::kDemoClientId),
                   SandboxServer::kDemoClientSecret, QStringLiteral("system/*.read"), true};
    } else {
        const TokenRequestSettings saved = TokenRequestSettings::load(profile->id);
        if (!saved.usable()) {
            m_err << tr("Profile %1 has no token request yet: use Get token… in the app once.")
                         .arg(profile->name)
                  << '\n';
            return ExitUsage;
        }
        request = saved.request(readKeychain(saved.secretKey(profile->id)));
        if (request.privateKeyPem.isEmpty() && request.clientSecret.isEmpty()) {
            m_err << tr("The keychain holds no client secret or private key for %1.")
                         .arg(profile->name)
                  << '\n';
            return ExitUsage;
        }
    }
    QNetworkAccessManager nam;
    FhirClient client(&nam);
    client.setBaseUrl(isSandbox ? sandbox.baseUrl() : profile->baseUrl);
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
        return ExitHttpError;
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
    return ExitOk;
}

int CliApp::runSandbox(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     tr("Port on 127.0.0.1 (0: any free port)."),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), tr("Seed of the synthetic data."),
                                     QStringLiteral("n"), QStringLiteral("42"));
    const QCommandLineOption scaleOpt(QStringLiteral("scale"),
                                      tr("Size of the large Group: 200 members per unit."),
                                      QStringLiteral("s"), QStringLiteral("1"));
    // Scenario switches: one flag each, named like the fields of POST /_sandbox/scenario.
    const QList<QPair<QString, QString>> valued = {
        {QStringLiteral("export-duration-ms"), QStringLiteral("exportDurationMs")},
        {QStringLiteral("retry-after"), QStringLiteral("retryAfter")},
        {QStringLiteral("retry-after-secs"), QStringLiteral("retryAfterSecs")},
        {QStringLiteral("transient-errors"), QStringLiteral("transientErrors")},
        {QStringLiteral("file-expiry-secs"), QStringLiteral("fileExpirySecs")},
        {QStringLiteral("latency-ms"), QStringLiteral("latencyMs")},
        {QStringLiteral("token-lifetime-secs"), QStringLiteral("tokenLifetimeSecs")},
        {QStringLiteral("large-file-mib"), QStringLiteral("largeFileMiB")},
        {QStringLiteral("large-files"), QStringLiteral("largeFiles")},
        {QStringLiteral("trickle-kibps"), QStringLiteral("trickleKiBps")}};
    const QList<QPair<QString, QString>> switches = {
        {QStringLiteral("too-fast-429"), QStringLiteral("tooFast429")},
        {QStringLiteral("fail-job"), QStringLiteral("failJob")},
        {QStringLiteral("error-files"), QStringLiteral("errorFiles")},
        {QStringLiteral("omit-count"), QStringLiteral("omitCount")},
        {QStringLiteral("drop-mid-file"), QStringLiteral("dropMidFile")},
        {QStringLiteral("files-on-other-origin"), QStringLiteral("filesOnOtherOrigin")}};
    p.addOptions({portOpt, seedOpt, scaleOpt});
    for (const auto &v : valued)
        p.addOption(QCommandLineOption(v.first, tr("Scenario: %1.").arg(v.second),
                                       QStringLiteral("value")));
    for (const auto &sw : switches)
        p.addOption(QCommandLineOption(sw.first, tr("Scenario: %1.").arg(sw.second)));
    if (showHelp(p, args, QStringLiteral("sandbox"),
                 tr("Serve the built-in Sandbox on 127.0.0.1 until interrupted.")))
        return ExitOk;
    if (!p.parse(args)) {
        m_err << p.errorText() << '\n';
        return usage();
    }
    QJsonObject scenarioJson;
    for (const auto &v : valued) {
        if (!p.isSet(v.first))
            continue;
        bool isNumber = false;
        const int n = p.value(v.first).toInt(&isNumber);
        scenarioJson.insert(v.second, isNumber ? QJsonValue(n) : QJsonValue(p.value(v.first)));
    }
    for (const auto &sw : switches) {
        if (p.isSet(sw.first))
            scenarioJson.insert(sw.second, true);
    }
    SandboxScenario scenario;
    QString error;
    if (!scenario.apply(scenarioJson, &error)) {
        m_err << error << '\n';
        return ExitUsage;
    }
    const auto port = CliOptions::number(p, portOpt, 0, 65535, m_err);
    const auto seed = port ? CliOptions::number(p, seedOpt, 0, 0xffffffffLL, m_err) : std::nullopt;
    const auto scale = seed ? CliOptions::number(p, scaleOpt, 1, 10000, m_err) : std::nullopt;
    if (!scale)
        return ExitUsage;
    SandboxServer server(nullptr, uint(*seed), int(*scale));
    server.setScenario(scenario);
    if (server.start(quint16(*port)) == 0) {
        m_err << tr("Cannot listen on 127.0.0.1:%1 (port taken?)").arg(p.value(portOpt)) << '\n';
        return ExitUsage;
    }
    // The demo JWT client's private key goes to a file only this user can read, in the runtime
    // directory; it is made for this run and works on this Sandbox only.
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation));
    const QString keyPath =
        QDir(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation))
            .filePath(
                QStringLiteral("fhir-bulk-sandbox-%1-demo-key.pem").arg(server.baseUrl().port()));
    QFile keyFile(keyPath);
    if (keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        keyFile.write(server.demoJwtPrivateKeyPem());
        keyFile.close();
    }
    m_out << tr("FHIR Bulk Explorer Sandbox") << '\n'
          << tr("Base URL:      %1").arg(server.baseUrl().toString()) << '\n'
          << tr("Token URL:     %1").arg(server.tokenUrl().toString()) << '\n'
          << tr("Demo client:   %1 / secret %2 (Sandbox only)")
                 .arg(QLatin1String(SandboxServer::kDemoClientId),
                      QLatin1String(SandboxServer::kDemoClientSecret))
          << '\n'
          << tr("Demo JWT client: %1 (private_key_jwt, ES384); its key for this run: %2")
                 .arg(QLatin1String(SandboxServer::kDemoJwtClientId), keyPath)
          << '\n'
          << tr("Demo token (valid 24 h, Sandbox only):") << '\n'
          << server.demoToken() << '\n'
          << tr("Scenario: %1")
                 .arg(QString::fromUtf8(
                     QJsonDocument(scenario.toJson()).toJson(QJsonDocument::Compact)))
          << '\n'
          << tr("Serving until interrupted (Ctrl+C).") << '\n';
    m_out.flush();
    // Ctrl+C and SIGTERM end the loop, so the demo key file is removed.
    CliOptions::quitOnSignals();
    QCoreApplication::exec();
    QFile::remove(keyPath);
    return ExitOk;
}
