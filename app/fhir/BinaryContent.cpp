#include "BinaryContent.h"

#include "app/fhir/ContentOutline.h"
#include "app/fhir/FhirConvert.h"

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

namespace {

// Whether the bytes are one valid JSON document (simdjson: a 20 MB body in milliseconds).
bool isJson(const QByteArray &bytes)
{
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    const simdjson::error_code e = parser.parse(bytes.constData(), size_t(bytes.size())).get(doc);
    // The DOM refuses numbers past a double or 64 bits (NUMBER_ERROR), which RFC 8259 and the
    // viewer allow: the viewer's own reading decides those.
    if (e == simdjson::NUMBER_ERROR)
        return ContentOutline::build(bytes, ContentOutline::Format::Json)->isValid();
    return !e;
}

} // namespace

BinaryContent BinaryContent::fromBytes(const QByteArray &bytes, const QString &contentType)
{
    BinaryContent b;
    b.contentType = contentType;
    b.content = bytes;
    b.kind = kindOf(contentType, bytes);
    // Say so when the content is not what its type claims. (Large JSON is checked by the
    // viewer's own parse, off the UI thread, which also says where it breaks.)
    if (b.kind == Kind::Json && bytes.size() <= 4 * 1024 * 1024 && !isJson(bytes))
        b.warning = tr("The content is declared %1 but is not valid JSON.").arg(contentType);
    else if (b.kind == Kind::Image && !bytes.startsWith("\x89PNG") &&
             !bytes.startsWith("\xff\xd8") && !bytes.startsWith("GIF8"))
        b.warning =
            tr("The content is declared %1 but does not look like an image.").arg(contentType);
    else if (b.kind == Kind::Pdf && !bytes.startsWith("%PDF"))
        b.warning =
            tr("The content is declared %1 but does not start like a PDF.").arg(contentType);
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
    // Read with simdjson: a Binary of tens of megabytes of base64 in milliseconds.
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    simdjson::dom::object o;
    BinaryContent b;
    if (const auto e = parser.parse(json.constData(), size_t(json.size())).get(doc);
        e || doc.get_object().get(o)) {
        b.error = e ? tr("The resource is not valid JSON (%1).")
                          .arg(QString::fromUtf8(simdjson::error_message(e)))
                    : tr("The resource is not a JSON object.");
        return b;
    }
    auto text = [&o](const char *key) {
        std::string_view v;
        return o[key].get_string().get(v) ? QString()
                                          : QString::fromUtf8(v.data(), qsizetype(v.size()));
    };
    if (text("resourceType") != QLatin1String("Binary")) {
        b.error = tr("This is a %1, not a Binary.").arg(text("resourceType"));
        return b;
    }
    std::string_view dataView;
    if (o["data"].get_string().get(dataView))
        dataView = {};
    const QByteArray data(dataView.data(), qsizetype(dataView.size()));
    const auto decoded =
        QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        b = {};
        b.error = tr("The Binary's data is not valid base64, so it cannot be decoded; the raw "
                     "value is shown.");
    } else {
        b = fromBytes(*decoded, text("contentType"));
    }
    b.id = text("id");
    b.contentType = text("contentType");
    std::string_view reference;
    if (!o["securityContext"]["reference"].get_string().get(reference))
        b.securityContext = QString::fromUtf8(reference.data(), qsizetype(reference.size()));
    if (!decoded)
        b.rawData = QString::fromLatin1(data.left(1024 * 1024)); // shown instead of a blank pane
    return b;
}
