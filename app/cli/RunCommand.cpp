// fhir-bulk run: saved requests (.http files, Postman collections) run and checked.
#include "RunCommand.h"

#include "app/calls/Redaction.h"
#include "app/cli/CliApp.h"
#include "app/cli/CliJson.h"
#include "app/cli/CliOptions.h"
#include "app/models/JUnitReport.h"
#include "app/models/RecordFormatter.h"
#include "app/models/ReportWriter.h"
#include "app/session/ProfileVariables.h"
#include "app/session/RunJob.h"
#include "app/support/Logging.h"
#include "app/workbench/PostmanEnvironment.h"
#include "app/workbench/Report.h"
#include "app/workbench/RequestFileReader.h"
#include "app/workbench/VariableSet.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

RunCommand::Options::Options()
    : vars(QStringLiteral("var"),
           RunCommand::tr("Set the variable NAME (over the environment's and the file's); may be "
                          "given more than once. Never a token: that comes from FHIR_BULK_TOKEN, "
                          "--token-stdin or the profile."),
           QStringLiteral("name=value")),
      env(QStringLiteral("env"),
          RunCommand::tr("Variables from a Postman environment file (enabled values; over the "
                         "file's own)."),
          QStringLiteral("file")),
      json(QStringLiteral("json"), RunCommand::tr("Print one JSON object with every result.")),
      junit(QStringLiteral("junit"),
            RunCommand::tr("Also write the results as JUnit XML to FILE (for CI)."),
            QStringLiteral("file")),
      report(QStringLiteral("report"),
             RunCommand::tr("Also write a report to FILE: Markdown (.md) or one HTML file "
                            "(.html)."),
             QStringLiteral("file")),
      timeout(QStringLiteral("timeout"), RunCommand::tr("Timeout without data, in ms."),
              QStringLiteral("ms"), QStringLiteral("30000"))
{
}

RunCommand::RunCommand(CliApp &app) : m_app(app), m_out(app.m_out), m_err(app.m_err) {}

int RunCommand::loadFiles(const QStringList &paths, QList<RequestCollection> *files)
{
    bool ok = true;
    for (const QString &path : paths) {
        const RequestFileReader::Result r = RequestFileReader::read(path);
        for (const QString &e : r.errors)
            m_err << e << '\n';
        ok = ok && r.collection.has_value();
        if (r.collection)
            files->append(*r.collection);
    }
    m_err.flush();
    return ok ? CliApp::ExitOk : CliApp::ExitUsage;
}

int RunCommand::loadVariables(const QCommandLineParser &p, const Options &o,
                              QList<std::shared_ptr<const VariableSource>> *sources)
{
    static const QRegularExpression pair(QStringLiteral("^([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$"));
    auto commandLine =
        std::make_shared<VariableSet>(VariableSource::Origin::CommandLine, tr("the command line"));
    for (const QString &v : p.values(o.vars)) {
        const auto m = pair.match(v);
        if (!m.hasMatch()) {
            m_err
                << tr("--var takes NAME=VALUE, not \"%1\".").arg(v.section(QLatin1Char('='), 0, 0))
                << '\n';
            return CliApp::ExitUsage;
        }
        if (m.captured(1) == QLatin1String("token")) {
            m_err << tr("--var token=… would put the token on the command line, where other users "
                        "of this computer can see it (ps, shell history): give it with "
                        "FHIR_BULK_TOKEN or --token-stdin.")
                  << '\n';
            return CliApp::ExitUsage;
        }
        commandLine->set(m.captured(1), m.captured(2));
    }
    sources->append(commandLine);
    if (p.isSet(o.env)) {
        QString error;
        const auto bytes = RequestFileReader::readBytes(p.value(o.env), &error);
        const QString label = QFileInfo(p.value(o.env)).fileName();
        std::optional<VariableSet> env;
        if (bytes)
            env = PostmanEnvironment::read(*bytes, label, &error);
        if (!env) {
            m_err << QStringLiteral("--env: ") << error << '\n';
            return CliApp::ExitUsage;
        }
        sources->append(std::make_shared<VariableSet>(*env));
    }
    return CliApp::ExitOk;
}

int RunCommand::checkOutputs(const QCommandLineParser &p, const Options &o)
{
    if (p.isSet(o.report) && !ReportWriter::formatFor(p.value(o.report))) {
        m_err << tr("--report: the file must end in .md or .html (%1).").arg(p.value(o.report))
              << '\n';
        return CliApp::ExitUsage;
    }
    for (const QCommandLineOption *option : {&o.junit, &o.report}) {
        if (!p.isSet(*option))
            continue;
        const QFileInfo file(p.value(*option));
        if (!file.absoluteDir().exists()) {
            m_err << tr("--%1: the folder %2 does not exist.")
                         .arg(option->names().constFirst(), file.absolutePath())
                  << '\n';
            return CliApp::ExitUsage;
        }
    }
    return CliApp::ExitOk;
}

void RunCommand::printPlanErrors(const RunPlan &plan)
{
    for (const QString &e : plan.errors)
        m_err << e << '\n';
    if (plan.missing.contains(QLatin1String("token")))
        m_err << tr("{{token}} needs a token: FHIR_BULK_TOKEN, --token-stdin, --demo-token (the "
                    "Sandbox), or --profile with a token saved in the keychain.")
              << '\n';
    m_err << tr("Nothing was sent.") << '\n';
    m_err.flush();
}

void RunCommand::printResult(const RunResult &r, int position, int count)
{
    m_out << QStringLiteral("[%1/%2] ").arg(position).arg(count) << r.name;
    if (!r.folder.isEmpty())
        m_out << "  (" << r.folder.join(QStringLiteral(" / ")) << ')';
    m_out << "  " << r.file << '\n';
    for (const QString &n : r.notices)
        m_out << "      " << tr("Note: %1").arg(n) << '\n';
    if (r.hasAnswer()) {
        const CallRecord &a = r.answer();
        m_out << "      " << RecordFormatter::summary(a) << '\n';
        if (!a.diagnosis.causes.isEmpty())
            m_out << "      "
                  << tr("Likely cause: [%1] %2")
                         .arg(a.diagnosis.firstCause(), a.diagnosis.causes.first().summary)
                  << '\n';
    }
    for (const ExpectationResult &c : r.checks)
        m_out << "      " << (c.held ? QStringLiteral("✔ ") : QStringLiteral("✘ "))
              << c.expectation.text() << ": " << c.sentence << '\n';
    for (const QString &s : r.skippedScripts)
        m_out << "      " << tr("Not run: %1").arg(s) << '\n';
    m_out.flush();
}

QList<RunResult> RunCommand::execute(const RunPlan &plan, ProfileConnection &target, bool quiet)
{
    RunJob job(&target.client); // the window's run job, driven by an event loop here
    QEventLoop loop;
    const int count = int(plan.items.size());
    int position = 0;
    QObject::connect(&job, &RunJob::requestFinished, &loop, [&](const RunResult &r) {
        if (!quiet)
            printResult(r, ++position, count);
    });
    QObject::connect(&job, &RunJob::finished, &loop, &QEventLoop::quit);
    if (!job.start(plan, {})) // nothing to send
        return {};
    loop.exec();
    if (job.isRunning()) // interrupted: the running call is cancelled, nothing more is sent
        job.cancel();
    return job.results();
}

bool RunCommand::save(const QString &path, QByteArray bytes, const QString &what,
                      const QList<QByteArray> &secrets)
{
    // The last line of defence: no token leaves in clear, whatever a record held.
    for (const QByteArray &s : secrets)
        Redaction::secretIn(bytes, s);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_err << tr("Cannot write the %1 %2: %3").arg(what, path, file.errorString()) << '\n';
        return false;
    }
    m_err << tr("Wrote the %1 to %2").arg(what, path) << '\n';
    return true;
}

int RunCommand::writeOutputs(const QCommandLineParser &p, const Options &o,
                             const QList<RunResult> &results, const ProfileConnection &target,
                             const QStringList &files, const QList<QByteArray> &secrets)
{
    bool ok = true;
    const QString names = files.join(QStringLiteral(", "));
    if (p.isSet(o.junit))
        ok = save(p.value(o.junit), JUnitReport::write(results, names), tr("JUnit XML"), secrets) &&
             ok;
    if (p.isSet(o.report)) {
        Report report = Report::fromRun(results);
        report.title = tr("Run of %1").arg(names);
        report.source = tr("%1 (%2)").arg(target.profile.name, target.profile.baseUrl.toString());
        ok = save(p.value(o.report),
                  ReportWriter::write(report, *ReportWriter::formatFor(p.value(o.report))),
                  tr("report"), secrets) &&
             ok;
    }
    if (p.isSet(o.json)) {
        QJsonArray list;
        for (const RunResult &r : results) {
            QJsonArray checks;
            for (const ExpectationResult &c : r.checks)
                checks.append(QJsonObject{{QStringLiteral("expect"), c.expectation.text()},
                                          {QStringLiteral("held"), c.held},
                                          {QStringLiteral("detail"), c.sentence}});
            list.append(QJsonObject{
                {QStringLiteral("file"), r.file},
                {QStringLiteral("name"), r.name},
                {QStringLiteral("folder"), QJsonArray::fromStringList(r.folder)},
                {QStringLiteral("passed"), r.passed()},
                {QStringLiteral("expectations"), checks},
                {QStringLiteral("notRun"), QJsonArray::fromStringList(r.skippedScripts)},
                {QStringLiteral("notices"), QJsonArray::fromStringList(r.notices)},
                {QStringLiteral("call"),
                 r.hasAnswer() ? CliJson::record(r.answer()) : QJsonObject()}});
        }
        const RunSummary s = RunSummary::of(results);
        QByteArray json =
            QJsonDocument(QJsonObject{{QStringLiteral("requests"), s.requests},
                                      {QStringLiteral("expectations"), s.expectations},
                                      {QStringLiteral("held"), s.held},
                                      {QStringLiteral("failed"), s.failed},
                                      {QStringLiteral("passed"), s.passed()},
                                      {QStringLiteral("results"), list}})
                .toJson(QJsonDocument::Indented);
        for (const QByteArray &secret : secrets)
            Redaction::secretIn(json, secret);
        m_out << QString::fromUtf8(json);
        m_out.flush();
    }
    m_err.flush();
    return ok ? CliApp::ExitOk : CliApp::ExitUsage;
}

// The profile's variables (settings; secret ones from the keychain), under --var and --env.
void RunCommand::loadProfileVariables(ProfileConnection &target,
                                      QList<std::shared_ptr<const VariableSource>> *sources)
{
    QEventLoop wait;
    bool loaded = false;
    ProfileVariables::load(
        target.profiles, &target.secrets, target.profile, &wait,
        [&](std::shared_ptr<const VariableSet> variables, const QStringList &problems) {
            for (const QString &problem : problems)
                m_err << tr("Note: %1").arg(problem) << '\n';
            sources->append(variables);
            loaded = true;
            wait.quit();
        });
    if (!loaded)
        wait.exec();
}

int RunCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"),
                            tr("A .http file or a Postman collection (.json); several run in "
                               "order."),
                            QStringLiteral("FILE..."));
    const TargetOptions targetOpts;
    const Options o;
    targetOpts.addTo(p);
    p.addOptions({o.vars, o.env, o.json, o.junit, o.report, o.timeout});
    if (m_app.showHelp(p, args, QStringLiteral("run"),
                       tr("Runs saved requests (.http files, Postman collections) in order and "
                          "checks their expectations (# @expect status 200, diagnosis CODE, "
                          "cause CODE, header NAME). Exit 0 when every expectation held, 1 when "
                          "one failed, 2 for a usage or file error (nothing is sent then).")))
        return CliApp::ExitOk;
    if (!p.parse(args) || p.positionalArguments().isEmpty()) {
        if (!p.errorText().isEmpty())
            m_err << p.errorText() << '\n';
        return m_app.usage();
    }
    const auto timeoutMs = CliOptions::number(p, o.timeout, 1, 24LL * 3600 * 1000, m_err);
    if (!timeoutMs)
        return CliApp::ExitUsage;
    QList<RequestCollection> files;
    QList<std::shared_ptr<const VariableSource>> sources;
    if (const int rc = loadFiles(p.positionalArguments(), &files); rc != CliApp::ExitOk)
        return rc;
    if (const int rc = loadVariables(p, o, &sources); rc != CliApp::ExitOk)
        return rc;
    if (const int rc = checkOutputs(p, o); rc != CliApp::ExitOk)
        return rc;
    ProfileConnection target;
    if (const int rc = m_app.openTarget(p, targetOpts, &target); rc != CliApp::ExitOk)
        return rc;
    target.client.setTimeoutMs(int(*timeoutMs));
    if (p.isSet(targetOpts.profile))
        loadProfileVariables(target, &sources);
    for (const RequestCollection &c : std::as_const(files))
        for (const QString &n : c.notices)
            m_err << tr("Note (%1): %2").arg(QFileInfo(c.source).fileName(), n) << '\n';
    const RunPlan plan = RunPlanner::plan(files, sources, target.token, target.client);
    if (!plan.ok()) {
        printPlanErrors(plan);
        return CliApp::ExitUsage;
    }
    QList<QByteArray> secrets{target.token};
    for (const PlannedRequest &item : plan.items)
        if (!item.prepared.token.isEmpty() && !secrets.contains(item.prepared.token))
            secrets << item.prepared.token;
    secrets.removeAll(QByteArray());
    qCDebug(lcCli) << "run" << plan.items.size() << "requests";
    CliOptions::quitOnSignals();
    const QList<RunResult> results = execute(plan, target, p.isSet(o.json));
    if (CliOptions::interrupted()) {
        m_err << tr("Interrupted after %n request(s).", nullptr, int(results.size())) << '\n';
        return CliApp::ExitInterrupted;
    }
    const RunSummary summary = RunSummary::of(results);
    if (!p.isSet(o.json))
        m_out << summary.sentence() << '\n';
    QStringList names;
    for (const RequestCollection &c : std::as_const(files))
        names << QFileInfo(c.source).fileName();
    if (writeOutputs(p, o, results, target, names, secrets) != CliApp::ExitOk)
        return CliApp::ExitUsage;
    return summary.passed() ? CliApp::ExitOk : CliApp::ExitHttpError;
}
