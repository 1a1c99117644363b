// fhir-bulk convert: a Postman collection as .http files, one per folder.
#include "ConvertCommand.h"

#include "app/cli/CliApp.h"
#include "app/workbench/HttpFileWriter.h"
#include "app/workbench/RequestFileReader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

ConvertCommand::ConvertCommand(CliApp &app) : m_app(app), m_out(app.m_out), m_err(app.m_err) {}

int ConvertCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("collection"),
                            tr("A Postman collection (v2.1 or v2.0)."),
                            QStringLiteral("COLLECTION.json"));
    const QCommandLineOption outOpt(QStringLiteral("out"), tr("The folder for the .http files."),
                                    QStringLiteral("dir"));
    const QCommandLineOption forceOpt(QStringLiteral("force"),
                                      tr("Replace .http files of the same names."));
    p.addOptions({outOpt, forceOpt});
    if (m_app.showHelp(p, args, QStringLiteral("convert"),
                       tr("Saves a Postman collection as .http files, one per folder. Tokens are "
                          "never written: an Authorization becomes {{token}} or a variable an "
                          "environment gives.")))
        return CliApp::ExitOk;
    if (!p.parse(args) || p.positionalArguments().size() != 1 || !p.isSet(outOpt)) {
        if (!p.errorText().isEmpty())
            m_err << p.errorText() << '\n';
        else
            m_err << tr("convert takes one Postman collection and --out DIR.") << '\n';
        return m_app.usage();
    }
    const RequestFileReader::Result read = RequestFileReader::read(p.positionalArguments().first());
    for (const QString &e : read.errors)
        m_err << e << '\n';
    if (!read.collection)
        return CliApp::ExitUsage;
    const QDir dir(p.value(outOpt));
    if (!dir.exists()) {
        m_err << tr("--out: the folder %1 does not exist.").arg(dir.absolutePath()) << '\n';
        return CliApp::ExitUsage;
    }
    const QList<HttpFileWriter::File> files = HttpFileWriter::splitByFolder(*read.collection);
    // Nothing is replaced unless asked: a file that exists stops the whole conversion first.
    for (const HttpFileWriter::File &f : files) {
        if (!p.isSet(forceOpt) && QFileInfo::exists(dir.filePath(f.fileName))) {
            m_err << tr("%1 exists already: nothing was written (--force replaces it).")
                         .arg(dir.filePath(f.fileName))
                  << '\n';
            return CliApp::ExitUsage;
        }
    }
    for (const QString &n : read.collection->notices)
        m_err << tr("Note: %1").arg(n) << '\n';
    for (const HttpFileWriter::File &f : files) {
        const HttpFileWriter::Result written = HttpFileWriter::write(f.collection);
        for (const QString &w : written.warnings)
            m_err << tr("Note (%1): %2").arg(f.fileName, w) << '\n';
        const QByteArray bytes = written.text.toUtf8();
        QSaveFile file(dir.filePath(f.fileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            m_err << tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return CliApp::ExitUsage;
        }
        m_out << tr("Wrote %1 (%n request(s))", nullptr, int(f.collection.requests.size()))
                     .arg(dir.filePath(f.fileName))
              << '\n';
    }
    m_out.flush();
    m_err.flush();
    return CliApp::ExitOk;
}
