#include "HttpFileAppend.h"

#include "app/workbench/HttpFileWriter.h"
#include "app/workbench/RequestFileReader.h"

#include <QFileInfo>
#include <QSaveFile>

bool HttpFileAppend::append(const QString &path, const SavedRequest &request, QString *error,
                            const QList<QByteArray> &secrets)
{
    RequestCollection one;
    one.requests = {request};
    const QByteArray added = HttpFileWriter::write(one).text.toUtf8();
    for (const QByteArray &s : secrets) {
        if (s.size() >= 8 && added.contains(s)) {
            *error = tr("The request holds the token in clear; it was not saved (a token is "
                        "never kept in a file: {{token}} stands for it).");
            return false;
        }
    }
    QByteArray text;
    if (QFileInfo::exists(path)) {
        const auto existing = RequestFileReader::readBytes(path, error);
        if (!existing)
            return false;
        text = *existing;
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += '\n';
        if (!text.isEmpty() && !text.endsWith("\n\n"))
            text += '\n';
    }
    text += added;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
