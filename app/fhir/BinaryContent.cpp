#include "BinaryContent.h"

#include "app/fhir/FhirConvert.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

BinaryContent::Kind BinaryContent::kindOf(const QString &contentType, const QByteArray &bytes)
{
    const QString ct = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (ct.contains(QLatin1String("ndjson")))
        return Kind::Ndjson;
    if (ct.endsWith(QLatin1String("json")))
        return Kind::Json;
    if (ct.endsWith(QLatin1String("xml")))
        return Kind::Xml;
    if (ct.startsWith(QLatin1String("image/")))
        return Kind::Image;
    if (ct == QLatin1String("application/pdf"))
        return Kind::Pdf;
    if (ct.startsWith(QLatin1String("text/")))
        return Kind::Text;
    // No (useful) content type: look at the bytes.
    const QByteArray head = bytes.left(512).trimmed();
    if (head.startsWith('{'))
        return bytes.trimmed().contains("}\n{") ? Kind::Ndjson : Kind::Json;
    if (head.startsWith('<'))
        return Kind::Xml;
    if (head.startsWith("%PDF"))
        return Kind::Pdf;
    if (head.startsWith("\x89PNG") || head.startsWith("\xff\xd8"))
        return Kind::Image;
    return Kind::Other;
}

BinaryContent BinaryContent::fromBytes(const QByteArray &bytes, const QString &contentType)
{
    BinaryContent b;
    b.contentType = contentType;
    b.content = bytes;
    b.kind = kindOf(contentType, bytes);
    // Say so when the content is not what its type claims.
    if (b.kind == Kind::Json && QJsonDocument::fromJson(bytes).isNull())
        b.warning = tr("The content is declared %1 but is not valid JSON.").arg(contentType);
    else if (b.kind == Kind::Image && !bytes.startsWith("\x89PNG") && !bytes.startsWith("\xff\xd8") && !bytes.startsWith("GIF8"))
        b.warning = tr("The content is declared %1 but does not look like an image.").arg(contentType);
    else if (b.kind == Kind::Pdf && !bytes.startsWith("%PDF"))
        b.warning = tr("The content is declared %1 but does not start like a PDF.").arg(contentType);
    return b;
}

BinaryContent BinaryContent::fromResource(const QByteArray &body)
{
    QByteArray json = body;
    if (body.trimmed().startsWith('<')) {
        const FhirConvert::Result r = FhirConvert::xmlToJson(body);
        if (!r.ok()) {
            BinaryContent b;
            b.error = r.error;
            return b;
        }
        json = r.text;
    }
    QJsonParseError err{};
    const QJsonObject o = QJsonDocument::fromJson(json, &err).object();
    BinaryContent b;
    if (err.error != QJsonParseError::NoError) {
        b.error = tr("The resource is not valid JSON (%1 at byte %2).").arg(err.errorString()).arg(err.offset);
        return b;
    }
    if (o.value(QLatin1String("resourceType")).toString() != QLatin1String("Binary")) {
        b.error = tr("This is a %1, not a Binary.").arg(o.value(QLatin1String("resourceType")).toString());
        return b;
    }
    const QString data = o.value(QLatin1String("data")).toString();
    const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        b = {};
        b.error = tr("The Binary's data is not valid base64, so it cannot be decoded; the raw value is shown.");
    } else {
        b = fromBytes(*decoded, o.value(QLatin1String("contentType")).toString());
    }
    b.id = o.value(QLatin1String("id")).toString();
    b.contentType = o.value(QLatin1String("contentType")).toString();
    b.securityContext = o.value(QLatin1String("securityContext")).toObject().value(QLatin1String("reference")).toString();
    b.rawData = data;
    return b;
}

BinaryContent::NdjsonSummary BinaryContent::summariseNdjson(const QByteArray &ndjson, int maxErrors)
{
    NdjsonSummary s;
    simdjson::dom::parser parser;
    qsizetype start = 0;
    while (start < ndjson.size()) {
        qsizetype end = ndjson.indexOf('\n', start);
        if (end < 0)
            end = ndjson.size();
        const QByteArray line = ndjson.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        ++s.lines;
        simdjson::dom::element e;
        simdjson::dom::object o;
        std::string_view rt;
        if (parser.parse(line.constData(), size_t(line.size())).get(e) || e.get_object().get(o)) {
            if (s.errors.size() < maxErrors)
                s.errors.append({s.lines, tr("not a JSON object")});
            continue;
        }
        if (o["resourceType"].get(rt)) {
            if (s.errors.size() < maxErrors)
                s.errors.append({s.lines, tr("no resourceType")});
            continue;
        }
        ++s.types[QString::fromUtf8(rt.data(), qsizetype(rt.size()))];
    }
    return s;
}
