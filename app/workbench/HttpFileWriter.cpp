#include "HttpFileWriter.h"

#include "app/workbench/AuthTemplate.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

QString oneLine(const QString &text, bool *changed)
{
    QString out = text;
    out.replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
    out = out.trimmed();
    *changed = out != text;
    return out;
}

void comment(QStringList &out, const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        out << QStringLiteral("# ") + line;
}

void writeRequest(QStringList &out, const SavedRequest &r, int index, QStringList &warnings)
{
    bool changed = false;
    const QString name = oneLine(r.name, &changed);
    out << (name.isEmpty() ? QStringLiteral("###") : QStringLiteral("### ") + name);
    for (const QString &s : r.skippedScripts)
        comment(out, HttpFileWriter::tr("Not converted (scripts are not run): %1").arg(s));
    for (const QString &n : r.notices)
        comment(out, n);
    if (r.noAuth)
        out << QStringLiteral("# @no-auth");
    for (const Expectation &e : r.expectations)
        out << QStringLiteral("# @expect ") + e.text();
    const QString url = oneLine(r.url, &changed);
    if (changed || url.isEmpty())
        warnings << HttpFileWriter::tr("Request %1: its URL was put on one line.")
                        .arg(r.displayName(index));
    out << r.method.toUpper() + QLatin1Char(' ') + url;
    for (const RequestHeader &h : r.headers) {
        const QString value = oneLine(h.value, &changed);
        if (AuthTemplate::isAuthorization(h.name) &&
            AuthTemplate::read(value).kind != AuthTemplate::Kind::Variable &&
            AuthTemplate::read(value).kind != AuthTemplate::Kind::Empty) {
            warnings << HttpFileWriter::tr("Request %1: its Authorization value was not written "
                                           "(a token is never kept in a file); it sends "
                                           "{{token}}, the profile's token.")
                            .arg(r.displayName(index));
            out << h.name + QStringLiteral(": ") + AuthTemplate::bearer(QStringLiteral("token"));
            continue;
        }
        out << h.name + QStringLiteral(": ") + value;
    }
    if (!r.body.isEmpty()) {
        out << QString();
        bool indented = false;
        for (const QString &line : r.body.split(QLatin1Char('\n'))) {
            // `#` and `//` start comments and `###` the next request, in a body too.
            const bool reserved =
                line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("//"));
            indented = indented || reserved;
            out << (reserved ? QLatin1Char(' ') + line : line);
        }
        if (indented)
            warnings << HttpFileWriter::tr("Request %1: body lines starting with # or // were "
                                           "indented by one space, or they would be comments.")
                            .arg(r.displayName(index));
    }
    out << QString();
}

} // namespace

HttpFileWriter::Result HttpFileWriter::write(const RequestCollection &c)
{
    Result result;
    QStringList out;
    if (!c.secretVariables.isEmpty())
        comment(out, tr("Not kept in this file, because they carry a token: %1. Give them "
                        "from an environment (fhir-bulk run --env or --var), or use {{token}}, "
                        "the profile's token.")
                         .arg(c.secretVariables.join(QStringLiteral(", "))));
    for (const QString &n : c.notices)
        comment(out, n);
    for (const FileVariable &v : c.variables) {
        bool changed = false;
        const QString value = oneLine(v.value, &changed);
        if (c.secretVariables.contains(v.name))
            continue;
        if (changed)
            result.warnings << tr("The variable %1 was put on one line.").arg(v.name);
        out << QStringLiteral("@%1 = %2").arg(v.name, value);
    }
    if (!out.isEmpty())
        out << QString();
    for (int i = 0; i < c.requests.size(); ++i)
        writeRequest(out, c.requests.at(i), i, result.warnings);
    result.text = out.join(QLatin1Char('\n'));
    if (!result.text.endsWith(QLatin1Char('\n')))
        result.text += QLatin1Char('\n');
    return result;
}

QString HttpFileWriter::fileNameFor(const QString &name)
{
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]")),
                 QStringLiteral("_"));
    safe = safe.trimmed();
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    if (safe.isEmpty())
        safe = QStringLiteral("requests");
    return safe.left(120) + QStringLiteral(".http");
}

QList<HttpFileWriter::File> HttpFileWriter::splitByFolder(const RequestCollection &c)
{
    QList<File> files;
    for (const QStringList &folder : c.folders()) {
        File f;
        f.collection.name = folder.isEmpty() ? c.name : folder.join(QStringLiteral(" / "));
        f.collection.variables = c.variables;
        f.collection.secretVariables = c.secretVariables;
        f.collection.notices = c.notices;
        if (!folder.isEmpty())
            f.collection.notices.prepend(
                tr("Folder %1 of the collection %2").arg(f.collection.name, c.name));
        for (SavedRequest r : c.requests) {
            if (r.folder != folder)
                continue;
            r.folder.clear();
            f.collection.requests.append(r);
        }
        f.fileName = fileNameFor(folder.isEmpty() ? c.name : folder.join(QStringLiteral(" - ")));
        // Two folders whose names become the same file name ("A/B" and "A_B").
        QString base = f.fileName.chopped(5);
        for (int n = 2; std::any_of(files.cbegin(), files.cend(),
                                    [&](const File &o) { return o.fileName == f.fileName; });
             ++n)
            f.fileName = QStringLiteral("%1 (%2).http").arg(base).arg(n);
        files.append(f);
    }
    return files;
}

bool HttpFileWriter::saveAsFiles(const RequestCollection &collection, const QString &dir,
                                 bool replace, QList<Saved> *saved, QString *existing,
                                 QString *error)
{
    const QDir folder(dir);
    const QList<File> files = splitByFolder(collection);
    // Nothing is replaced unless asked: a file that exists stops the whole conversion first.
    for (const File &f : files) {
        if (!replace && QFileInfo::exists(folder.filePath(f.fileName))) {
            *existing = folder.filePath(f.fileName);
            return false;
        }
    }
    for (const File &f : files) {
        const Result written = write(f.collection);
        const QByteArray bytes = written.text.toUtf8();
        QSaveFile file(folder.filePath(f.fileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        saved->append({file.fileName(), int(f.collection.requests.size()), written.warnings});
    }
    return true;
}
