// fhir-bulk report: a HAR as a report to hand on (Markdown or one HTML file).
#include "ReportCommand.h"

#include "app/cli/CliApp.h"
#include "app/history/Har.h"
#include "app/models/ReportWriter.h"
#include "app/workbench/Report.h"
#include "app/workbench/RequestFileReader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

ReportCommand::ReportCommand(CliApp &app) : m_app(app), m_err(app.m_err) {}

int ReportCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("har"), tr("HAR files, this explorer's or a browser's."),
                            QStringLiteral("FILE.har..."));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    tr("The report: Markdown (.md) or one HTML file (.html)."),
                                    QStringLiteral("file"));
    const QCommandLineOption titleOpt(QStringLiteral("title"), tr("The report's title."),
                                      QStringLiteral("text"));
    p.addOptions({outOpt, titleOpt});
    if (m_app.showHelp(p, args, QStringLiteral("report"),
                       tr("A report to hand on, from HAR files: per call the method, URL, status, "
                          "time, diagnosis and causes, the ids that trace it, the headers "
                          "(redacted) and the beginning of the body.")))
        return CliApp::ExitOk;
    if (!p.parse(args) || p.positionalArguments().isEmpty() || !p.isSet(outOpt)) {
        if (!p.errorText().isEmpty())
            m_err << p.errorText() << '\n';
        else
            m_err << tr("report takes HAR files and --out REPORT.md or --out REPORT.html.") << '\n';
        return m_app.usage();
    }
    const QString out = p.value(outOpt);
    const auto format = ReportWriter::formatFor(out);
    if (!format) {
        m_err << tr("--out: the file must end in .md or .html (%1).").arg(out) << '\n';
        return CliApp::ExitUsage;
    }
    if (!QFileInfo(out).absoluteDir().exists()) {
        m_err << tr("--out: the folder %1 does not exist.").arg(QFileInfo(out).absolutePath())
              << '\n';
        return CliApp::ExitUsage;
    }
    QList<CallRecord> calls;
    QStringList names;
    int redacted = 0;
    for (const QString &path : p.positionalArguments()) {
        QString error;
        const auto bytes = RequestFileReader::readBytes(path, &error, 512LL * 1024 * 1024);
        const auto har = bytes ? Har::read(*bytes, &error) : std::nullopt;
        if (!har) {
            m_err << QStringLiteral("%1: %2").arg(path, error) << '\n';
            return CliApp::ExitUsage;
        }
        calls += har->records;
        redacted += har->redactedHeaders;
        names << QFileInfo(path).fileName();
    }
    if (redacted > 0)
        m_err
            << tr("%n secret header value(s) in the HAR were redacted (Authorization, Cookie, …).",
                  nullptr, redacted)
            << '\n';
    Report report = Report::fromCalls(calls);
    report.title = p.isSet(titleOpt) ? p.value(titleOpt)
                                     : tr("Calls from %1").arg(names.join(QStringLiteral(", ")));
    report.source = names.join(QStringLiteral(", "));
    const QByteArray bytes = ReportWriter::write(report, *format);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_err << tr("Cannot write the report %1: %2").arg(out, file.errorString()) << '\n';
        return CliApp::ExitUsage;
    }
    m_err << tr("Wrote the report (%n call(s)) to %1", nullptr, int(calls.size())).arg(out) << '\n';
    m_err.flush();
    return CliApp::ExitOk;
}
