// fhir-bulk convert: a Postman collection as .http files, one per folder; a HAR as one.
#include "ConvertCommand.h"

#include "app/cli/CliApp.h"
#include "app/history/Har.h"
#include "app/workbench/CallToRequest.h"
#include "app/workbench/HttpFileWriter.h"
#include "app/workbench/RequestFileReader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

ConvertCommand::ConvertCommand(CliApp &app) : m_app(app), m_out(app.m_out), m_err(app.m_err) {}

std::optional<RequestCollection> ConvertCommand::fromHar(const QString &path, const QString &base)
{
    QString error;
    const auto bytes = RequestFileReader::readBytes(path, &error, 512LL * 1024 * 1024);
    const auto har = bytes ? Har::read(*bytes, &error) : std::nullopt;
    if (!har) {
        m_err << QStringLiteral("%1: %2").arg(path, error) << '\n';
        return std::nullopt;
    }
    RequestCollection c;
    c.name = QFileInfo(path).completeBaseName();
    c.source = path;
    for (const CallRecord &call : har->records) {
        if (call.hop == 0) // a redirect is followed again by the request that led to it
            c.requests.append(CallToRequest::fromCall(call, QUrl(base)));
    }
    return c;
}

int ConvertCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"),
                            tr("A Postman collection (v2.1 or v2.0), or a HAR file."),
                            QStringLiteral("COLLECTION.json|CALLS.har"));
    const QCommandLineOption outOpt(QStringLiteral("out"), tr("The folder for the .http files."),
                                    QStringLiteral("dir"));
    const QCommandLineOption forceOpt(QStringLiteral("force"),
                                      tr("Replace .http files of the same names."));
    const QCommandLineOption baseOpt(
        QStringLiteral("base"),
        tr("A HAR's calls to this base URL become paths relative to it (Group/1), so they run "
           "against any profile."),
        QStringLiteral("url"));
    p.addOptions({outOpt, forceOpt, baseOpt});
    if (m_app.showHelp(p, args, QStringLiteral("convert"),
                       tr("Saves a Postman collection as .http files, one per folder, or the "
                          "calls of a HAR as one .http file that sends them again. Tokens are "
                          "never written: an Authorization becomes {{token}} or a variable an "
                          "environment gives.")))
        return CliApp::ExitOk;
    if (!p.parse(args) || p.positionalArguments().size() != 1 || !p.isSet(outOpt)) {
        if (!p.errorText().isEmpty())
            m_err << p.errorText() << '\n';
        else
            m_err << tr("convert takes one Postman collection or HAR file and --out DIR.") << '\n';
        return m_app.usage();
    }
    const QString input = p.positionalArguments().constFirst();
    RequestFileReader::Result read;
    if (QFileInfo(input).suffix().compare(QLatin1String("har"), Qt::CaseInsensitive) == 0) {
        read.collection = fromHar(input, p.value(baseOpt));
    } else {
        read = RequestFileReader::read(input);
        for (const QString &e : read.errors)
            m_err << e << '\n';
    }
    if (!read.collection)
        return CliApp::ExitUsage;
    return save(*read.collection, QDir(p.value(outOpt)), p.isSet(forceOpt));
}

int ConvertCommand::save(const RequestCollection &collection, const QDir &dir, bool force)
{
    if (!dir.exists()) {
        m_err << tr("--out: the folder %1 does not exist.").arg(dir.absolutePath()) << '\n';
        return CliApp::ExitUsage;
    }
    QList<HttpFileWriter::Saved> saved;
    QString existing;
    QString error;
    const bool ok =
        HttpFileWriter::saveAsFiles(collection, dir.path(), force, &saved, &existing, &error);
    if (existing.isEmpty()) {
        for (const QString &n : collection.notices)
            m_err << tr("Note: %1").arg(n) << '\n';
    }
    for (const HttpFileWriter::Saved &f : std::as_const(saved)) {
        for (const QString &w : f.warnings)
            m_err << tr("Note (%1): %2").arg(QFileInfo(f.path).fileName(), w) << '\n';
        m_out << tr("Wrote %1 (%n request(s))", nullptr, f.requests).arg(f.path) << '\n';
    }
    if (!existing.isEmpty()) {
        m_err << tr("%1 exists already: nothing was written (--force replaces it).").arg(existing)
              << '\n';
        return CliApp::ExitUsage;
    }
    if (!ok) {
        m_err << error << '\n';
        return CliApp::ExitUsage;
    }
    m_out.flush();
    m_err.flush();
    return CliApp::ExitOk;
}
