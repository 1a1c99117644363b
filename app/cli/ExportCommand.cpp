// fhir-bulk export: a Group $export end to end.
#include "ExportCommand.h"

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
#include "app/session/ExportJob.h"
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
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

namespace {
// How long an export usually takes, kick-off to the last file: a token that runs out sooner is
// announced at the kick-off (the vendor's tokens last 5 minutes).
constexpr qint64 kTypicalExportSecs = 10 * 60;

// The options that reach the server of a journalled job as it was reached then, where the command
// line does not say otherwise: its profile (or base URL), CA bundle and proxy. Never a token.
QStringList journalTarget(const QCommandLineParser &p, const TargetOptions &t,
                          const ExportJournal::Entry &entry)
{
    QStringList more;
    QSettings settings;
    const auto profile = ProfileStore(&settings).find(entry.profileId);
    if (profile && profile->environment != ServerProfile::Environment::Sandbox)
        more << QStringLiteral("--profile") << profile->id;
    else if (!profile && !entry.baseUrl.isEmpty())
        more << QStringLiteral("--base") << entry.baseUrl;
    if (!entry.caBundle.isEmpty() && !p.isSet(t.cacert))
        more << QStringLiteral("--cacert") << entry.caBundle;
    if (!entry.proxy.isEmpty() && !p.isSet(t.proxy) && !p.isSet(t.noproxy)) {
        if (entry.proxy == QLatin1String("none"))
            more << QStringLiteral("--noproxy");
        else
            more << QStringLiteral("--proxy") << entry.proxy;
    }
    return more;
}

// `fhir-bulk export --resume 'URL' --out 'DIR'`, quoted for a POSIX shell.
QString resumeCommandFor(const QString &statusUrl, const QString &outDir, bool tokenStdin)
{
    const auto quote = [](QString text) {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
               QLatin1Char('\'');
    };
    if (statusUrl.isEmpty())
        return {};
    return QStringLiteral("fhir-bulk export --resume %1 --out %2%3")
        .arg(quote(statusUrl), quote(outDir),
             tokenStdin ? QStringLiteral(" --token-stdin") : QString());
}

} // namespace

ExportCommand::Options::Options()
    : group(QStringLiteral("group"), tr("Group id to export."), QStringLiteral("id")),
      type(QStringLiteral("type"), tr("Resource types, comma separated (_type)."),
           QStringLiteral("types")),
      since(QStringLiteral("since"), tr("Only resources changed since this instant (_since)."),
            QStringLiteral("instant")),
      out(QStringLiteral("out"), tr("Folder for the files (a sub-folder per job)."),
          QStringLiteral("dir"), QStringLiteral("fhir-bulk-exports")),
      parallel(QStringLiteral("parallel"), tr("Downloads at once."), QStringLiteral("n"),
               QStringLiteral("2")),
      post(QStringLiteral("post"), tr("Kick off with POST and a Parameters body.")),
      noCache(QStringLiteral("no-cache"),
              tr("Send Cache-Control: no-cache (a new job, not a reused one).")),
      lenient(QStringLiteral("lenient"), tr("Send Prefer: handling=lenient.")),
      json(QStringLiteral("json"), tr("Print one JSON object at the end.")),
      resume(QStringLiteral("resume"),
             tr("Continue the export at this status URL (after a restart)."),
             QStringLiteral("status-url")),
      timeout(QStringLiteral("timeout"),
              tr("Timeout without data for each call, in ms; a stalled download is retried."),
              QStringLiteral("ms"), QStringLiteral("30000")),
      maxWait(QStringLiteral("max-wait"),
              tr("Give up waiting for the server after this long (90s, 30m, 12h; 0: never)."),
              QStringLiteral("duration"), QStringLiteral("12h")),
      origin(QStringLiteral("token-to-status-origin"),
             tr("Send the token to a status URL on another host than the server.")),
      allowErrors(QStringLiteral("allow-error-files"),
                  tr("Exit 0 even when the server's error files report problems."))
{
}

void ExportCommand::Options::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({group, type, since, out, parallel, post, noCache, lenient, json, resume,
                       timeout, maxWait, origin, allowErrors});
    target.addTo(parser);
}

ExportCommand::ExportCommand(CliApp &app)
    : m_app(app), m_out(app.m_out), m_err(app.m_err), m_progress(app.m_err, app.m_errIsTerminal)
{
}

int ExportCommand::run(const QStringList &args)
{
    QCommandLineParser &p = m_parser;
    const Options &o = m_options;
    o.addTo(p);
    if (m_app.showHelp(
            p, args, QStringLiteral("export"),
            tr("A Group $export end to end: kick-off, polling, manifest, downloads verified "
               "line by line.")))
        return CliApp::ExitOk;
    if (!p.parse(args) || (!p.isSet(o.group) && !p.isSet(o.resume))) {
        if (!p.errorText().isEmpty())
            m_err << p.errorText() << '\n';
        return m_app.usage();
    }
    const std::optional<Settings> settings = readSettings();
    if (!settings)
        return CliApp::ExitUsage;
    ExportJournal journal;
    if (const int rc = resumeAsJournalled(args, journal); rc != CliApp::ExitOk)
        return rc;
    ProfileConnection connection;
    if (const int rc = m_app.openTarget(p, o.target, &connection); rc != CliApp::ExitOk)
        return rc;
    FhirClient &client = connection.client;
    const ServerProfile &target = connection.profile;
    client.setTimeoutMs(settings->timeoutMs);
    // The same job class the window runs; its session does the work, its journal entry is kept.
    ExportJob job(&client, p.value(o.out), &journal, target.id);
    configure(job, *settings, target);
    CliOptions::quitOnSignals();
    TokenRenewal renewal(&client);
    armRenewal(renewal, target);
    job.session()->setTokenRenewable(renewal.isArmed());
    QObject::connect(job.session(), &ExportSession::tokenRenewalNeeded, &renewal,
                     &TokenRenewal::renewNow);
    m_progress.follow(*job.session());
    followRenewal(renewal, job, client);
    warnShortToken(client, renewal.isArmed());
    const ExportSession::Outcome outcome = runToEnd(job, journal, target, *settings);
    if (CliOptions::interrupted()) {
        m_progress.stop();
        m_err << tr("Interrupted. What was downloaded is kept; continue with:") << '\n';
        if (!resumeCommand().isEmpty())
            m_err << "  " << resumeCommand() << '\n';
        m_err.flush();
        return CliApp::ExitInterrupted;
    }
    if (p.isSet(o.json))
        printJson(outcome);
    else
        printText(outcome);
    return finish(outcome);
}

std::optional<ExportCommand::Settings> ExportCommand::readSettings()
{
    const QCommandLineParser &p = m_parser;
    const Options &o = m_options;
    Settings settings;
    ExportSession::Request &request = settings.request;
    request.groupId = p.value(o.group);
    request.types = p.value(o.type).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.isSet(o.since)) {
        request.since = QDateTime::fromString(p.value(o.since), Qt::ISODateWithMs);
        if (!request.since.isValid()) {
            m_err << tr("--since needs an instant such as 2024-01-31T00:00:00Z, not %1")
                         .arg(p.value(o.since))
                  << '\n';
            return std::nullopt;
        }
    }
    request.usePost = p.isSet(o.post);
    request.noCache = p.isSet(o.noCache);
    request.lenient = p.isSet(o.lenient);
    const auto parallel = CliOptions::number(p, o.parallel, 1, 32, m_err);
    const auto timeoutMs =
        parallel ? CliOptions::number(p, o.timeout, 1, 24LL * 3600 * 1000, m_err) : std::nullopt;
    const auto maxWait =
        timeoutMs ? CliOptions::duration(p, o.maxWait, 30LL * 86400, m_err) : std::nullopt;
    if (!maxWait)
        return std::nullopt;
    settings.parallel = int(*parallel);
    settings.timeoutMs = int(*timeoutMs);
    settings.maxWaitSecs = *maxWait;
    return settings;
}

int ExportCommand::resumeAsJournalled(const QStringList &args, const ExportJournal &journal)
{
    // `--resume URL` alone reaches the server the way the journal says the job was started (its
    // profile or base URL, CA bundle and proxy): the printed resume command works as it stands.
    QCommandLineParser &p = m_parser;
    const Options &o = m_options;
    if (!p.isSet(o.resume) || p.isSet(o.target.base) || p.isSet(o.target.profile))
        return CliApp::ExitOk;
    const auto entry = journal.find(p.value(o.resume));
    if (!entry)
        return CliApp::ExitOk;
    const QStringList more = journalTarget(p, o.target, *entry);
    if (more.isEmpty())
        return CliApp::ExitOk;
    m_err << tr("Resuming as the export journal recorded the job: %1")
                 .arg(more.join(QLatin1Char(' ')))
          << '\n';
    m_err.flush();
    return p.parse(args + more) ? CliApp::ExitOk : m_app.usage();
}

void ExportCommand::armRenewal(TokenRenewal &renewal, const ServerProfile &target)
{
    // A profile whose token request was saved (Get token… in the app) can obtain tokens: the
    // token is renewed before it runs out, however long the job takes.
    if (!m_parser.isSet(m_options.target.profile) ||
        target.environment == ServerProfile::Environment::Sandbox)
        return;
    const TokenRequestSettings saved = TokenRequestSettings::load(target.id);
    if (!saved.usable())
        return;
    const QByteArray secret = m_app.readKeychain(saved.secretKey(target.id));
    if (!secret.isEmpty())
        renewal.arm(saved.request(secret));
}

void ExportCommand::configure(ExportJob &job, const Settings &settings, const ServerProfile &target)
{
    const QCommandLineParser &p = m_parser;
    const TargetOptions &t = m_options.target;
    ExportSession &session = *job.session();
    m_session = &session;
    session.setParallel(settings.parallel);
    session.setMaxWaitSecs(settings.maxWaitSecs);
    session.setTokenToOtherOrigins(p.isSet(m_options.origin));
    session.setJournalConnection(p.isSet(t.cacert) ? QFileInfo(p.value(t.cacert)).absoluteFilePath()
                                                   : QString(),
                                 p.isSet(t.noproxy) ? QStringLiteral("none")
                                 : p.isSet(t.proxy) ? target.proxy.toString()
                                                    : QString());
    m_progress.setLog(p.isSet(m_options.json) ? &m_err : &m_out);
}

QString ExportCommand::resumeCommand() const
{
    return resumeCommandFor(m_session ? m_session->statusUrlForResume() : QString(),
                            m_parser.value(m_options.out),
                            m_parser.isSet(m_options.target.tokenStdin));
}

void ExportCommand::followRenewal(TokenRenewal &renewal, ExportJob &job, const FhirClient &client)
{
    ExportSession &session = *job.session();
    QObject::connect(&renewal, &TokenRenewal::renewed, &session,
                     [this, &job, &client](const TokenClient::Response &r) {
                         m_progress.say(
                             tr("The token was renewed (call #%1); the new one lasts %2.")
                                 .arg(r.callId)
                                 .arg(Diagnoser::humanDuration(r.expiresIn)));
                         // The job talks through a client of its own: it takes the new token,
                         // and goes on if it was waiting for one.
                         job.takeToken(client);
                     });
    QObject::connect(&renewal, &TokenRenewal::failed, &session,
                     [this, &session](const TokenClient::Response &r) {
                         m_progress.say(tr("Renewing the token failed: %1").arg(r.explanation));
                         session.tokenRenewalFailed(r.explanation);
                     });
}

void ExportCommand::warnShortToken(const FhirClient &client, bool renewable)
{
    // Said before anything starts (when it does run out, the run stops with a resume command).
    const QDateTime expires = client.tokenExpiresAt();
    const qint64 left =
        expires.isValid() ? QDateTime::currentDateTimeUtc().secsTo(expires) : qint64(-1);
    if (renewable || left <= 0 || left >= kTypicalExportSecs)
        return;
    m_progress.say(
        tr("Warning: the token expires in %1, before a typical export ends (%2 or more). "
           "If it runs out, the export stops and prints how to resume with a new token; "
           "a profile whose token request is saved (Get token… in the app) renews it "
           "instead.")
            .arg(Diagnoser::humanDuration(left), Diagnoser::humanDuration(kTypicalExportSecs)));
}

ExportSession::Outcome ExportCommand::runToEnd(ExportJob &job, const ExportJournal &journal,
                                               const ServerProfile &target,
                                               const Settings &settings)
{
    QEventLoop loop;
    ExportSession::Outcome outcome;
    QObject::connect(job.session(), &ExportSession::finished, &loop,
                     [&](const ExportSession::Outcome &o) {
                         outcome = o;
                         loop.quit();
                     });
    const QString resumeUrl = m_parser.value(m_options.resume);
    if (m_parser.isSet(m_options.resume)) {
        ExportJournal::Entry entry = journal.find(resumeUrl).value_or(ExportJournal::Entry{});
        entry.statusUrl = resumeUrl;
        if (!settings.request.groupId.isEmpty())
            entry.groupId = settings.request.groupId;
        entry.profileId = target.id;
        // A Sandbox started by this command has no jobs of an earlier one: said, not retried.
        job.resume(entry, ExportJob::goneReason(entry, job.client()->baseUrl(), false));
    } else {
        job.start(settings.request);
    }
    loop.exec();
    return outcome;
}

void ExportCommand::printJson(const ExportSession::Outcome &outcome)
{
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
            {QStringLiteral("url"), f.url.toString()},
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
                     {QStringLiteral("tokenLost"), outcome.tokenLost},
                     {QStringLiteral("resumeCommand"),
                      outcome.tokenLost || outcome.gaveUpWaiting ? resumeCommand() : QString()},
                     {QStringLiteral("outcomeMessages"),
                      QJsonArray::fromStringList(outcome.outcomeMessages)},
                     {QStringLiteral("serverMessages"), serverMessages},
                     {QStringLiteral("errorFiles"), outcome.errorFiles}})
                 .toJson(QJsonDocument::Indented);
    m_out.flush();
}

void ExportCommand::printText(const ExportSession::Outcome &outcome)
{
    // The server's own words from its error files, grouped: what the export could not do.
    // (With --json, progress and messages went to stderr and the JSON carries the rest.)
    if (!outcome.serverMessages.isEmpty()) {
        m_out << tr("The server reported %n problem(s) in its error files:", nullptr,
                    outcome.serverMessageCount())
              << '\n';
        for (const auto &m : std::as_const(outcome.serverMessages))
            m_out << QStringLiteral("  %1× [%2/%3] %4").arg(m.count).arg(m.severity, m.code, m.text)
                  << '\n';
    }
    if (!outcome.folder.isEmpty())
        m_out << tr("Files and manifest: %1").arg(outcome.folder) << '\n';
    m_out << outcome.message << '\n';
    m_out.flush();
}

int ExportCommand::finish(const ExportSession::Outcome &outcome)
{
    if ((outcome.tokenLost || outcome.gaveUpWaiting) && !resumeCommand().isEmpty()) {
        m_err << (outcome.tokenLost ? tr("With a new token, continue with:")
                                    : tr("Continue waiting with:"))
              << '\n'
              << "  " << resumeCommand() << '\n';
        m_err.flush();
    }
    if (outcome.gaveUpWaiting)
        return CliApp::ExitWaitLimit;
    if (outcome.state != ExportSession::State::Done)
        return CliApp::ExitHttpError;
    // Problems the server reported are a failure unless the user said they may be.
    if (outcome.serverMessageCount() > 0 && !m_parser.isSet(m_options.allowErrors)) {
        m_err << tr("Exit 1: the server reported problems (--allow-error-files to exit 0 anyway).")
              << '\n';
        return CliApp::ExitHttpError;
    }
    return CliApp::ExitOk;
}
