#include "CutOffCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QXmlStreamReader>

#include <simdjson.h>

namespace CutOffCheck {

namespace {

bool validJson(const QByteArray &text)
{
    simdjson::dom::parser parser;
    simdjson::padded_string padded(text.constData(), size_t(text.size()));
    return !parser.parse(padded).error();
}

// The document ended while something was still open (an object, an array, a string).
bool endsInsideJson(const QByteArray &text)
{
    QJsonParseError error{};
    QJsonDocument::fromJson(text, &error);
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
        return true;
    case QJsonParseError::NoError:
        return false;
    default:
        return error.offset >= text.trimmed().size(); // it ran out of text
    }
}

} // namespace

bool looksCutOff(const QByteArray &body, const QString &contentType, QString *why)
{
    const QString ct = contentType.toLower();
    if (body.isEmpty())
        return false;
    if (ct.contains(QLatin1String("ndjson"))) {
        if (body.endsWith('\n'))
            return false;
        const QByteArray last = body.mid(body.lastIndexOf('\n') + 1);
        if (validJson(last) || !endsInsideJson(last))
            return false;
        *why = QCoreApplication::translate(
            "CutOffCheck", "its last line ends inside a JSON value, without a line break");
        return true;
    }
    if (ct.contains(QLatin1String("json"))) {
        if (validJson(body) || !endsInsideJson(body))
            return false;
        *why = QCoreApplication::translate("CutOffCheck",
                                           "the JSON ends inside an object, an array or a string");
        return true;
    }
    if (ct.contains(QLatin1String("xml")) && body.size() <= 1024 * 1024) {
        QXmlStreamReader xml(body);
        while (!xml.atEnd())
            xml.readNext();
        if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return false;
        *why = QCoreApplication::translate("CutOffCheck",
                                           "the XML ends before its root element closes");
        return true;
    }
    return false;
}

bool emptyIsBroken(int status, const QString &contentType)
{
    if (status != 200 && status != 203 && status != 206)
        return false; // 201, 202, 204: an empty body is an answer
    const QString ct = contentType.toLower();
    return (ct.contains(QLatin1String("json")) && !ct.contains(QLatin1String("ndjson"))) ||
           ct.contains(QLatin1String("xml"));
}

} // namespace CutOffCheck
