#include "RequestFileReader.h"

#include "app/support/Format.h"
#include "app/workbench/HttpFileParser.h"
#include "app/workbench/PostmanCollection.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

std::optional<QByteArray> RequestFileReader::readBytes(const QString &path, QString *error,
                                                       qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > limit) {
        *error = tr("%1 is %2: larger than a request file can be (%3).")
                     .arg(path, Format::size(file.size()), Format::size(limit));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return bytes;
}

RequestFileReader::Result RequestFileReader::read(const QString &path)
{
    Result result;
    QString error;
    const auto bytes = readBytes(path, &error);
    if (!bytes) {
        result.errors << error;
        return result;
    }
    const QString name = QFileInfo(path).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool json = suffix == QLatin1String("json") ||
                      (suffix != QLatin1String("http") && suffix != QLatin1String("rest") &&
                       bytes->trimmed().startsWith('{'));
    if (json) {
        result.collection = PostmanCollection::read(*bytes, path, &error);
        if (!result.collection)
            result.errors << QStringLiteral("%1: %2").arg(name, error);
        return result;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(*bytes);
    if (utf8.hasError()) {
        result.errors << tr("%1: the file is not UTF-8 text.").arg(name);
        return result;
    }
    HttpFileParser::Result parsed = HttpFileParser::parse(text, path);
    for (const HttpFileParser::Problem &p : parsed.errors)
        result.errors << QStringLiteral("%1:%2: %3").arg(name, QString::number(p.line), p.message);
    if (parsed.ok())
        result.collection = parsed.collection;
    return result;
}
