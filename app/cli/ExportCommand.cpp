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

ExportCommand::ExportCommand(CliApp &app) : m_app(app), m_out(app.m_out), m_err(app.m_err) {}

int ExportCommand::run(const QStringList &args)
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
    if (m_app.showHelp(
            p, args, QStringLiteral("export"),
            tr("A Group $export end to end: kick-off, polling, manifest, downloads verified "
               "line by line.")))
        return CliApp::ExitOk;
    if (!p.parse(args) || (!p.isSet(groupOpt) && !p.isSet(resumeOpt))) {
        if (!p.errorText().isEmpty())
            m_err << p.errorText() << '\n';
        return m_app.usage();
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
            return CliApp::ExitUsage;
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
        return CliApp::ExitUsage;

    ExportJournal journal;
    // `--resume URL` alone reaches the server the way the journal says the job was started (its
    // profile or base URL, CA bundle and proxy): the printed resume command works as it stands.
    if (p.isSet(resumeOpt) && !p.isSet(targetOpts.base) && !p.isSet(targetOpts.profile)) {
        if (const auto entry = journal.find(p.value(resumeOpt))) {
            const QStringList more = journalTarget(p, targetOpts, *entry);
            if (!more.isEmpty()) {
                m_err << tr("Resuming as the export journal recorded the job: %1")
                             .arg(more.join(QLatin1Char(' ')))
                      << '\n';
                m_err.flush();
                if (!p.parse(args + more))
                    return m_app.usage();
            }
        }
    }
    CliTarget connection;
    if (const int rc = m_app.openTarget(p, targetOpts, &connection); rc != CliApp::ExitOk)
        return rc;
    FhirClient &client = connection.client;
    const ServerProfile &target = connection.profile;
    client.setTimeoutMs(int(*timeoutMs));
    // The same job class the window runs; its session does the work, its journal entry is kept.
    ExportJob job(&client, p.value(outOpt), &journal, target.id);
    ExportSession &session = *job.session();
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
            const QByteArray secret = m_app.readKeychain(saved.secretKey(target.id));
            if (!secret.isEmpty())
                renewal.arm(saved.request(secret));
        }
    }
    session.setTokenRenewable(renewal.isArmed());
    QObject::connect(&session, &ExportSession::tokenRenewalNeeded, &renewal,
                     &TokenRenewal::renewNow);
    session.setJournalConnection(p.isSet(targetOpts.cacert)
                                     ? QFileInfo(p.value(targetOpts.cacert)).absoluteFilePath()
                                     : QString(),
                                 p.isSet(targetOpts.noproxy) ? QStringLiteral("none")
                                 : p.isSet(targetOpts.proxy) ? target.proxy.toString()
                                                             : QString());
    // The command that continues this job, as printed after Ctrl+C, an expired token or the
    // wait limit: it works copied as it stands (the journal supplies the server).
    const auto resumeCommand = [&] {
        return resumeCommandFor(session.statusUrlForResume(), p.value(outOpt),
                                p.isSet(targetOpts.tokenStdin));
    };
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
    progressTimer.setInterval(m_app.m_errIsTerminal ? 250 : 10000);
    QObject::connect(&progressTimer, &QTimer::timeout, &session, [&] {
        const auto all = stats.overall(clock.elapsed());
        const QString line = tr("Downloading: %1 of %2 files done · %3")
                                 .arg(stats.finishedCount())
                                 .arg(stats.count())
                                 .arg(TransferStats::describe(all));
        if (m_app.m_errIsTerminal) {
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
                         session.tokenRenewed();
                     });
    QObject::connect(&renewal, &TokenRenewal::failed, &session,
                     [&](const TokenClient::Response &r) {
                         clearProgress();
                         log << tr("Renewing the token failed: %1").arg(r.explanation) << '\n';
                         log.flush();
                         session.tokenRenewalFailed(r.explanation);
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
    // A token that will run out before a typical export ends, with nothing to renew it: said
    // before anything starts (when it does run out, the run stops with a resume command).
    const QDateTime expires = client.tokenExpiresAt();
    const qint64 left =
        expires.isValid() ? QDateTime::currentDateTimeUtc().secsTo(expires) : qint64(-1);
    if (!renewal.isArmed() && left > 0 && left < kTypicalExportSecs) {
        log << tr("Warning: the token expires in %1, before a typical export ends (%2 or more). "
                  "If it runs out, the export stops and prints how to resume with a new token; "
                  "a profile whose token request is saved (Get token… in the app) renews it "
                  "instead.")
                   .arg(Diagnoser::humanDuration(left),
                        Diagnoser::humanDuration(kTypicalExportSecs))
            << '\n';
        log.flush();
    }
    if (p.isSet(resumeOpt)) {
        ExportJournal::Entry entry =
            journal.find(p.value(resumeOpt)).value_or(ExportJournal::Entry{});
        entry.statusUrl = p.value(resumeOpt);
        if (!request.groupId.isEmpty())
            entry.groupId = request.groupId;
        entry.profileId = target.id;
        // A Sandbox started by this command has no jobs of an earlier one: said, not retried.
        job.resume(entry, ExportJob::goneReason(entry, client.baseUrl(), false));
    } else {
        job.start(request);
    }
    loop.exec();
    if (CliOptions::interrupted()) {
        progressTimer.stop();
        clearProgress();
        m_err << tr("Interrupted. What was downloaded is kept; continue with:") << '\n';
        if (!resumeCommand().isEmpty())
            m_err << "  " << resumeCommand() << '\n';
        m_err.flush();
        return CliApp::ExitInterrupted;
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
    if (outcome.serverMessageCount() > 0 && !p.isSet(allowErrorsOpt)) {
        m_err << tr("Exit 1: the server reported problems (--allow-error-files to exit 0 anyway).")
              << '\n';
        return CliApp::ExitHttpError;
    }
    return CliApp::ExitOk;
}
