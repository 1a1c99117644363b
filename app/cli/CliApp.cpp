// fhir-bulk: the dispatcher, usage and help, where a command goes and with which token.
#include "CliApp.h"
#include "app/cli/CliJson.h"
#include "app/support/Format.h"

#include "app/support/BuildInfo.h"
#include "app/support/Logging.h"
#include "app/support/PrivateFile.h"

#include "app/auth/KeychainSecretBackend.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenRenewal.h"
#include "app/auth/TokenStore.h"
#include "app/calls/Diagnoser.h"
#include "app/calls/HeaderCheck.h"
#include "app/calls/Redaction.h"
#include "app/calls/ServerProfile.h"
#include "app/calls/TlsEvidence.h"
#include "app/calls/TransferStats.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CompareCommand.h"
#include "app/cli/ConformanceCommand.h"
#include "app/cli/ConvertCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/GetCommand.h"
#include "app/cli/GroupsCommand.h"
#include "app/cli/ReportCommand.h"
#include "app/cli/RunCommand.h"
#include "app/cli/SandboxCommand.h"
#include "app/cli/TokenCommand.h"
#include "app/fhir/BodyText.h"
#include "app/fhir/FhirConvert.h"
#include "app/fhir/GroupInfo.h"
#include "app/history/Har.h"
#include "app/models/CallLogModel.h"
#include "app/models/HeadersModel.h"
#include "app/models/SupportBundle.h"
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
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

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

QString CliApp::usageText()
{
    QString text = tr(
        "Usage: fhir-bulk get PATH-OR-URL [--profile NAME | --base URL] [--method M]\n"
        "                     [--accept FORMAT] [--content-type] [--format-param]\n"
        "                     [--token-stdin | --demo-token] [--request-id ID]\n"
        "                     [--timeout MS] [--json] [--as json|xml] [--out FILE]\n"
        "       fhir-bulk metadata [--profile NAME | --base URL] [--json]   (= get metadata)\n"
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
        "--token-stdin, from standard input (one trailing line break is not part of it);\n"
        "never from the command line.\n"
        "COMMAND --help shows a command's options; --verbose logs what happens on stderr.\n"
        "Exit codes: 0 done, 1 HTTP or server error, 2 usage or transport error (incomplete\n"
        "answers included), 3 export still running after --max-wait, 130 interrupted.\n");
    // Saved requests (RunCommand, ReportCommand, ConvertCommand, CompareCommand): a text of its
    // own.
    text += tr("Saved requests, reports and comparisons (exit 1: an expectation failed, the calls "
               "differ):\n"
               "       fhir-bulk run FILE... [--profile NAME | --base URL] [--var NAME=VALUE]...\n"
               "                     [--env ENV.json] [--json] [--junit FILE] [--report FILE]\n"
               "       fhir-bulk report FILE.har... --out REPORT.md|REPORT.html\n"
               "       fhir-bulk convert COLLECTION.json|CALLS.har --out DIR [--base URL]\n"
               "       fhir-bulk compare A.har [B.har] [--left N] [--right N] [--json]\n");
    text +=
        tr("Conformance (exit 1: a SHALL check failed):\n"
           "       fhir-bulk conform [--profile NAME | --base URL] [--group ID] [--only PATTERN]\n"
           "                         [--include-exports] [--include-slow] [--max-wait DURATION]\n"
           "                         [--junit FILE] [--html FILE] [--json] [--list]\n");
    return text;
}

int CliApp::usage()
{
    m_err << usageText();
    m_err.flush();
    return ExitUsage;
}

int CliApp::help()
{
    // `fhir-bulk --help`: what each command is for, then the synopsis (on stdout, exit 0).
    m_out << tr("fhir-bulk: the headless companion of FHIR Bulk Explorer, for FHIR Bulk Data "
                "servers.\n"
                "\n"
                "Commands:\n"
                "  get PATH-OR-URL  one request, explained (status, headers, diagnosis, body)\n"
                "  metadata         the server's CapabilityStatement (the same as get metadata)\n"
                "  export           a Group $export end to end: kick-off, polling, downloads "
                "verified\n"
                "  groups           Group search, page by page\n"
                "  token inspect    lint a token read from standard input, show its claims\n"
                "  token check      the token health check: does this server accept the token?\n"
                "  token get        obtain a token for a profile and keep it in the keychain\n"
                "  run              run saved requests and check their expectations\n"
                "  report           a Markdown or HTML report of recorded calls (HAR)\n"
                "  convert          saved requests from a Postman collection or a HAR file\n"
                "  compare          compare two recorded calls\n"
                "  conform          does this server behave as documented? (vendor page, Bulk "
                "Data IG)\n"
                "  sandbox          serve the built-in Sandbox until interrupted\n"
                "  version          the version of this build\n"
                "\n")
          << usageText();
    m_out.flush();
    return ExitOk;
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
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help"))
        return help();
    if (command == QLatin1String("get"))
        return writeRecordings(GetCommand(*this).run(rest));
    if (command == QLatin1String("metadata")) {
        rest.insert(1, QStringLiteral("metadata")); // fhir-bulk metadata ... = get metadata ...
        return writeRecordings(GetCommand(*this).run(rest));
    }
    if (command == QLatin1String("sandbox"))
        return SandboxCommand(*this).run(rest);
    if (command == QLatin1String("token"))
        return writeRecordings(TokenCommand(*this).run(rest));
    if (command == QLatin1String("export"))
        return writeRecordings(ExportCommand(*this).run(rest));
    if (command == QLatin1String("groups"))
        return writeRecordings(GroupsCommand(*this).run(rest));
    if (command == QLatin1String("run"))
        return writeRecordings(RunCommand(*this).run(rest));
    if (command == QLatin1String("report"))
        return ReportCommand(*this).run(rest);
    if (command == QLatin1String("convert"))
        return ConvertCommand(*this).run(rest);
    if (command == QLatin1String("compare"))
        return CompareCommand(*this).run(rest);
    if (command == QLatin1String("conform"))
        return writeRecordings(ConformanceCommand(*this).run(rest));
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        m_out << "fhir-bulk " << BuildInfo::version() << " (commit " << BuildInfo::commit() << ")\n"
              << "Qt " << BuildInfo::qtVersions() << ", QtKeychain "
              << BuildInfo::qtKeychainVersion()
              << ", keychain: " << KeychainSecretBackend::backendName() << '\n';
        return ExitOk;
    }
    return usage();
}

TargetOptions::TargetOptions()
    : base(QStringLiteral("base"), CliApp::tr("Base URL of the FHIR API."), QStringLiteral("url")),
      profile(QStringLiteral("profile"), CliApp::tr("Saved profile to use."),
              QStringLiteral("name")),
      tokenStdin(QStringLiteral("token-stdin"), CliApp::tr("Read the token from standard input.")),
      demoToken(QStringLiteral("demo-token"), CliApp::tr("Use the Sandbox demo token.")),
      har(QStringLiteral("har"),
          CliApp::tr("Also write every call of this command to FILE as HAR 1.2 (redacted)."),
          QStringLiteral("file")),
      supportBundle(QStringLiteral("support-bundle"),
                    CliApp::tr("Also write a support bundle to FILE: the calls as HAR with a "
                               "summary for vendor support (no token)."),
                    QStringLiteral("file")),
      cacert(QStringLiteral("cacert"),
             CliApp::tr("Also trust the CA certificates in FILE (PEM), as curl --cacert does; "
                        "the system's stay trusted."),
             QStringLiteral("file")),
      proxy(
          QStringLiteral("proxy"),
          CliApp::tr("Go through this proxy: http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT "
                     "(the password from FHIR_BULK_PROXY_PASSWORD). Default: the profile's "
                     "proxy, else the system's (http_proxy, https_proxy, no_proxy)."),
          QStringLiteral("url")),
      noproxy(QStringLiteral("noproxy"),
              CliApp::tr("Connect directly, ignoring the system's and the profile's proxy."))
{
}

void TargetOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(
        {base, profile, tokenStdin, demoToken, har, supportBundle, cacert, proxy, noproxy});
}

int CliApp::writeRecordings(int rc)
{
    const Recording &rec = m_recording;
    const auto save = [&](const QString &path, const QByteArray &bytes, const QString &what) {
        // Private (0600), complete or not there, only over a regular file (PrivateFile).
        QString why;
        if (!PrivateFile::writeWhole(path, bytes, &why)) {
            m_err << tr("Cannot write the %1 %2: %3").arg(what, path, why) << '\n';
            return false;
        }
        m_err
            << tr("Wrote the %1 (%n call(s)) to %2", nullptr, int(rec.calls.size())).arg(what, path)
            << '\n';
        return true;
    };
    bool ok = true;
    if (!rec.harPath.isEmpty()) {
        Har::Options options;
        options.creatorVersion = QCoreApplication::applicationVersion();
        QByteArray har = Har::write(rec.calls, options);
        if (!rec.token.isEmpty())
            Redaction::secretIn(har, rec.token);
        ok = save(rec.harPath, har, tr("HAR")) && ok;
    }
    if (!rec.bundlePath.isEmpty()) {
        SupportBundle::Context context;
        context.appVersion = QCoreApplication::applicationVersion();
        context.profileName = rec.profileName;
        context.baseUrl = rec.baseUrl;
        context.token = rec.token;
        ok = save(rec.bundlePath, SupportBundle::write(rec.calls, context), tr("support bundle")) &&
             ok;
    }
    m_err.flush();
    return ok || rc != ExitOk ? rc : ExitUsage;
}

int CliApp::connectTarget(const QCommandLineParser &p, const TargetOptions &t,
                          ProfileConnection *target, bool withBase)
{
    // Where to: --base, else --profile, else the Sandbox (started in this process); connected
    // as the window connects (ProfileConnector), with --cacert and --proxy / --noproxy.
    ConnectOptions options;
    ServerProfile profile;
    if (withBase && p.isSet(t.base)) {
        const QUrl base(p.value(t.base), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty()) {
            m_err << tr("Not a usable base URL: %1").arg(p.value(t.base)) << '\n';
            return ExitUsage;
        }
        options.base = base;
    } else {
        const QString name = p.isSet(t.profile) ? p.value(t.profile) : QStringLiteral("sandbox");
        const auto found = target->profiles.find(name);
        if (!found) {
            m_err << tr("No profile named %1.").arg(name) << '\n';
            return ExitUsage;
        }
        profile = *found;
    }
    if (p.isSet(t.cacert))
        options.extraCaBundle = p.value(t.cacert);
    if (const int rc = proxyOptions(p, t, &options); rc != ExitOk)
        return rc;
    QString warning;
    const QString problem = target->connect(profile, options, &warning);
    if (!warning.isEmpty())
        m_err << warning << '\n';
    if (!problem.isEmpty()) {
        m_err << problem << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

int CliApp::resolveToken(const QCommandLineParser &p, const TargetOptions &t,
                         ProfileConnection *target)
{
    const SandboxHost &sandbox = target->sandbox;
    // Which token: the environment, standard input, the profile's keychain entry, or the demo.
    QByteArray token = qgetenv("FHIR_BULK_TOKEN");
    if (p.isSet(t.tokenStdin)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            m_err << tr("Cannot read the token from standard input.") << '\n';
            return ExitUsage;
        }
        token = stdinToken(in.readAll());
    }
    if (token.isEmpty() && !p.isSet(t.tokenStdin) && p.isSet(t.profile) && !sandbox.isRunning())
        token = keychainToken(target->profile.id);
    if (p.isSet(t.demoToken)) {
        if (!sandbox.isRunning()) {
            m_err << tr("--demo-token works with the built-in Sandbox only.") << '\n';
            return ExitUsage;
        }
        token = sandbox.demoToken();
    }
    if (!token.isEmpty() && !checkToken(token))
        return ExitUsage;
    target->token = token;
    return ExitOk;
}

QByteArray CliApp::stdinToken(QByteArray raw)
{
    // One rule for every token read from standard input (--token-stdin, token inspect): the one
    // line break `echo` or a file's last line adds is not part of the token; anything more is, and
    // is then said (token inspect) or refused before it is sent (a control character).
    if (raw.endsWith("\r\n"))
        raw.chop(2);
    else if (raw.endsWith('\n'))
        raw.chop(1);
    return raw;
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

int CliApp::openTarget(const QCommandLineParser &p, const TargetOptions &t,
                       ProfileConnection *target)
{
    if (const int rc = connectTarget(p, t, target); rc != ExitOk)
        return rc;
    if (const int rc = resolveToken(p, t, target); rc != ExitOk)
        return rc;
    target->client.setAuthorization(target->token.isEmpty() ? AuthMode::None : AuthMode::Bearer,
                                    target->token);
    // --har / --support-bundle: every call of the command is kept for them (records are already
    // redacted), and the folder must exist before anything is sent.
    for (const QCommandLineOption *o : {&t.har, &t.supportBundle}) {
        if (!p.isSet(*o))
            continue;
        const QFileInfo file(p.value(*o));
        if (!file.absoluteDir().exists()) {
            m_err << tr("--%1: the folder %2 does not exist.")
                         .arg(o->names().constFirst(), file.absolutePath())
                  << '\n';
            return ExitUsage;
        }
        if (const QString why = PrivateFile::refusal(file.filePath()); !why.isEmpty()) {
            m_err
                << QStringLiteral("--%1 %2: %3").arg(o->names().constFirst(), file.filePath(), why)
                << '\n';
            return ExitUsage;
        }
    }
    if (p.isSet(t.har) || p.isSet(t.supportBundle)) {
        m_recording.harPath = p.value(t.har);
        m_recording.bundlePath = p.value(t.supportBundle);
        m_recording.profileName = target->profile.name;
        m_recording.baseUrl = target->profile.baseUrl.toString();
        m_recording.token = target->token;
        QObject::connect(&target->client, &FhirClient::callFinished,
                         [this](const CallRecord &r) { m_recording.calls << r; });
    }
    return ExitOk;
}

int CliApp::proxyOptions(const QCommandLineParser &p, const TargetOptions &t,
                         ConnectOptions *options)
{
    // How to reach the server: --noproxy, --proxy, else the profile's proxy (or the system's).
    if (p.isSet(t.noproxy) && p.isSet(t.proxy)) {
        m_err << tr("--proxy and --noproxy contradict each other: give one.") << '\n';
        return ExitUsage;
    }
    if (p.isSet(t.noproxy)) {
        ProxySetting direct;
        direct.mode = ProxySetting::Mode::None;
        options->proxy = direct;
    } else if (p.isSet(t.proxy)) {
        QString problem;
        options->proxy = ProxySetting::parse(p.value(t.proxy), &problem, &options->proxyPassword);
        if (!problem.isEmpty()) {
            m_err << "--proxy: " << problem << '\n';
            return ExitUsage;
        }
        if (!options->proxyPassword.isEmpty())
            m_err << tr("Warning: a password in --proxy is visible to other users of this computer "
                        "(ps, shell history); set FHIR_BULK_PROXY_PASSWORD instead.")
                  << '\n';
    }
    // For --proxy's proxy and the profile's alike; without it, the profile's comes from the
    // keychain (ProfileConnector).
    if (options->proxyPassword.isEmpty())
        options->proxyPassword = qEnvironmentVariable("FHIR_BULK_PROXY_PASSWORD");
    return ExitOk;
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
