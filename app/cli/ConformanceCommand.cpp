// fhir-bulk conform: does this server behave as documented?
#include "ConformanceCommand.h"

#include "app/cli/CliApp.h"
#include "app/cli/CliOptions.h"
#include "app/conformance/Catalogue.h"
#include "app/conformance/ConformanceHtml.h"
#include "app/conformance/ConformanceReport.h"
#include "app/conformance/ConformanceRun.h"
#include "app/session/TokenRequestSettings.h"
#include "app/support/PrivateFile.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

ConformanceCommand::ConformanceCommand(CliApp &app) : m_app(app), m_out(app.m_out), m_err(app.m_err)
{
}

int ConformanceCommand::list(bool json)
{
    QJsonArray checks;
    for (const Check &c : Catalogue::checks()) {
        if (json) {
            checks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("set"), c.set},
                                      {QStringLiteral("weight"), Check::weightKey(c.weight)},
                                      {QStringLiteral("clause"), c.clauseTitle},
                                      {QStringLiteral("clauseUrl"), c.clauseUrl},
                                      {QStringLiteral("sends"), c.sends},
                                      {QStringLiteral("expects"), c.expects},
                                      {QStringLiteral("startsExport"), c.startsExport},
                                      {QStringLiteral("slow"), c.slow},
                                      {QStringLiteral("vendorOnly"), c.vendorOnly}});
            continue;
        }
        QStringList flags;
        if (c.slow)
            flags << tr("slow");
        else if (c.startsExport)
            flags << tr("starts an export");
        if (c.vendorOnly)
            flags << tr("vendor profiles");
        m_out << QStringLiteral("%1 [%2]%3\n    %4\n    %5\n")
                     .arg(c.id, Check::weightKey(c.weight),
                          flags.isEmpty()
                              ? QString()
                              : QStringLiteral(" (%1)").arg(flags.join(QStringLiteral(", "))),
                          c.clauseTitle, c.clauseUrl);
    }
    if (json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("checks"), checks}})
                     .toJson(QJsonDocument::Indented);
    else
        m_out << tr("%n check(s)", nullptr, int(Catalogue::checks().size())) << '\n';
    m_out.flush();
    return CliApp::ExitOk;
}

// Options, the target and its tokens, the run, then the reports: long because the options are
// many, each a few lines.
int ConformanceCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    const TargetOptions targetOpts;
    const QCommandLineOption groupOpt(QStringLiteral("group"),
                                      tr("The Group the reads and exports use (default: 1)."),
                                      QStringLiteral("id"), QStringLiteral("1"));
    const QCommandLineOption onlyOpt(QStringLiteral("only"),
                                     tr("Only the checks whose id matches one of these "
                                        "comma-separated patterns (* and ? as wildcards), e.g. "
                                        "'vendor.*,ig.cancel.*'."),
                                     QStringLiteral("pattern"));
    const QCommandLineOption exportsOpt(QStringLiteral("include-exports"),
                                        tr("Also the checks that start an export (each is "
                                           "cancelled at once). On by default for the Sandbox."));
    const QCommandLineOption slowOpt(QStringLiteral("include-slow"),
                                     tr("Also the checks that wait for a whole export and read its "
                                        "files (implies --include-exports). On by default for the "
                                        "Sandbox."));
    const QCommandLineOption yesOpt(QStringLiteral("yes"),
                                    tr("Start exports on a Production profile without asking."));
    const QCommandLineOption vendorOpt(QStringLiteral("vendor"),
                                       tr("Judge the Netsmart vendor page's documented answers "
                                          "too (automatic for the Netsmart profiles and the "
                                          "Sandbox)."));
    const QCommandLineOption maxWaitOpt(QStringLiteral("max-wait"),
                                        tr("The longest the whole run may wait for exports: 90s, "
                                           "30m, 12h (default 1h). No other give-up."),
                                        QStringLiteral("duration"), QStringLiteral("1h"));
    const QCommandLineOption junitOpt(QStringLiteral("junit"), tr("Also write JUnit XML here."),
                                      QStringLiteral("file"));
    const QCommandLineOption htmlOpt(QStringLiteral("html"),
                                     tr("Also write the results as one self-contained HTML page "
                                        "here."),
                                     QStringLiteral("file"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption listOpt(QStringLiteral("list"),
                                     tr("List the catalogue of checks and send nothing."));
    targetOpts.addTo(p);
    p.addOptions({groupOpt, onlyOpt, exportsOpt, slowOpt, yesOpt, vendorOpt, maxWaitOpt, junitOpt,
                  htmlOpt, jsonOpt, listOpt});
    if (m_app.showHelp(
            p, args, QStringLiteral("conform"),
            tr("Does this server behave as documented? Runs the catalogue of checks (the Netsmart "
               "vendor page's answers, the Bulk Data IG 2.0.0 server SHALLs and SHOULDs, SMART "
               "Backend Services) and says for each: pass, fail (a SHALL), warning (a SHOULD), "
               "info (a MAY), not applicable or skipped, with its reason and the numbers of its "
               "calls (--har keeps them). Read-only by default: checks that start exports or "
               "wait for them are opt-in, and every export started is cancelled. Exit 0 when no "
               "SHALL failed, 1 when one did, 2 for a usage error or an unreachable server.")))
        return CliApp::ExitOk;
    if (!p.parse(args) || !p.positionalArguments().isEmpty()) {
        m_err << (p.errorText().isEmpty() ? tr("conform takes no file or path.") : p.errorText())
              << '\n';
        return m_app.usage();
    }
    if (p.isSet(listOpt))
        return list(p.isSet(jsonOpt));
    const auto maxWait = CliOptions::duration(p, maxWaitOpt, 30LL * 24 * 3600, m_err);
    if (!maxWait)
        return CliApp::ExitUsage;
    for (const QCommandLineOption *opt : {&junitOpt, &htmlOpt}) {
        if (!p.isSet(*opt))
            continue;
        const QFileInfo file(p.value(*opt));
        const QString refusal = PrivateFile::refusal(file.filePath());
        if (!file.absoluteDir().exists() || !refusal.isEmpty()) {
            m_err << (refusal.isEmpty()
                          ? tr("--%1: the folder %2 does not exist.")
                                .arg(opt->names().constFirst(), file.absolutePath())
                          : tr("--%1 %2: %3")
                                .arg(opt->names().constFirst(), file.filePath(), refusal))
                  << '\n';
            return CliApp::ExitUsage;
        }
    }
    ProfileConnection target;
    if (const int rc = m_app.openTarget(p, targetOpts, &target); rc != CliApp::ExitOk)
        return rc;
    const bool sandbox = target.sandbox.isRunning();
    const auto environment = target.profile.environment;
    ConformanceOptions options;
    options.group = p.value(groupOpt);
    options.only = p.value(onlyOpt);
    options.includeSlow = p.isSet(slowOpt) || sandbox;
    options.includeExports = p.isSet(exportsOpt) || options.includeSlow;
    options.vendorProfile = p.isSet(vendorOpt) || environment != ServerProfile::Environment::Custom;
    options.maxWaitSecs = *maxWait;
    options.token = target.token;
    if (sandbox) {
        // The Sandbox's own tokens: the demo one unless another was given, and the variants.
        if (options.token.isEmpty())
            options.token = target.sandbox.demoToken();
        options.expiredToken = target.sandbox.mintToken(-60);
        options.underScopedToken =
            target.sandbox.mintToken(3600, QStringLiteral("system/Patient.read"));
        options.knownDeletions = target.sandbox.deletedResources(options.group);
        options.addSandboxClientKey(target.sandbox);
    } else {
        addClientKey(target.profile, &options);
    }
    if (environment == ServerProfile::Environment::Production && options.includeExports &&
        !p.isSet(yesOpt)) {
        m_err << tr("%1 is a Production profile: the checks asked for start exports there (each "
                    "is cancelled at once). Add --yes to go ahead.")
                     .arg(target.profile.name)
              << '\n';
        return CliApp::ExitUsage;
    }
    if (options.token.isEmpty())
        m_err << tr("No token (FHIR_BULK_TOKEN, --token-stdin or the profile's keychain entry): "
                    "the checks that need one are skipped.")
              << '\n';
    CliOptions::quitOnSignals();
    ConformanceRun run(&target.client, options);
    runToTheEnd(run, p.isSet(jsonOpt));
    const ConformanceReport::Header header{target.profile.baseUrl.toString(), target.profile.name,
                                           run.elapsedMs()};
    return report(p, run, header, {&junitOpt, &htmlOpt, &jsonOpt});
}

void ConformanceCommand::addClientKey(const ServerProfile &profile, ConformanceOptions *options)
{
    // The profile's token request, as `fhir-bulk token get` makes it: with a private key from
    // the keychain, the checks that sign client assertions use it (in memory only).
    const TokenRequestSettings saved = TokenRequestSettings::load(profile.id);
    if (profile.id.isEmpty() || !saved.usable() ||
        saved.method != TokenRequestSettings::PrivateKeyJwt)
        return;
    options->privateKeyPem = m_app.readKeychain(saved.secretKey(profile.id));
    options->clientId = saved.clientId;
    options->tokenUrl = saved.tokenUrl;
    if (!saved.scope.isEmpty())
        options->clientScope = saved.scope;
    if (options->privateKeyPem.isEmpty())
        m_err << tr("The keychain holds no private key for %1: the checks that sign a client "
                    "assertion are not applicable.")
                     .arg(profile.name)
              << '\n';
}

void ConformanceCommand::runToTheEnd(ConformanceRun &run, bool json)
{
    QEventLoop loop;
    QObject::connect(&run, &ConformanceRun::finished, &loop, &QEventLoop::quit);
    if (!json)
        QObject::connect(&run, &ConformanceRun::checkFinished, &loop, [this](const CheckResult &r) {
            m_err << CheckResult::outcomeSymbol(r.outcome) << ' ' << r.id << '\n';
            m_err.flush();
        });
    run.start();
    if (run.isRunning())
        loop.exec();
    if (run.isRunning()) { // interrupted: the exports started are still cancelled
        run.cancel();
        loop.exec();
        m_err << tr("Interrupted: the results so far follow.") << '\n';
    }
}

int ConformanceCommand::report(const QCommandLineParser &p, const ConformanceRun &run,
                               const ConformanceReport::Header &header, const ReportOptions &opts)
{
    const QCommandLineOption &junitOpt = *opts.junit;
    const QCommandLineOption &htmlOpt = *opts.html;
    const bool json = p.isSet(*opts.json);
    // The reports, each whole or not at all (PrivateFile: a temporary file renamed when done).
    const auto writeReport = [&](const QCommandLineOption &opt, const QByteArray &bytes) {
        QString error;
        if (!p.isSet(opt) || PrivateFile::writeWhole(p.value(opt), bytes, &error))
            return true;
        m_err << tr("--%1 %2: cannot write the file (%3).")
                     .arg(opt.names().constFirst(), p.value(opt), error)
              << '\n';
        return false;
    };
    if (!writeReport(junitOpt, ConformanceReport::junit(run.results(), header)) ||
        !writeReport(htmlOpt, ConformanceHtml::page(run.results(), header)))
        return CliApp::ExitUsage;
    if (json) {
        QJsonObject o = ConformanceReport::json(run.results(), header);
        if (!run.transportProblem().isEmpty())
            o.insert(QStringLiteral("transportProblem"), run.transportProblem());
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        m_out << ConformanceReport::text(run.results(), header);
    }
    m_out.flush();
    if (!run.transportProblem().isEmpty()) {
        m_err << tr("The server could not be reached: %1").arg(run.transportProblem()) << '\n';
        return CliApp::ExitUsage;
    }
    if (CliOptions::interrupted())
        return CliApp::ExitInterrupted;
    return run.shallFailed() ? CliApp::ExitHttpError : CliApp::ExitOk;
}
