#include "FhirConvert.h"

// The parts: the element table, the JSON tree, the XML writer and the XML reader, each in a
// header of its own; this file is the facade.
#include "app/fhir/FhirElementTable_p.h"
#include "app/fhir/FhirJsonTree_p.h"
#include "app/fhir/FhirXmlReader_p.h"
#include "app/fhir/FhirXmlWriter_p.h"

#include <simdjson.h>

using namespace FhirConvertDetail;

bool FhirConvert::isResourceType(const QString &name)
{
    return table().isResource(name);
}

FhirConvert::Result FhirConvert::jsonToXml(const QByteArray &json, bool pretty)
{
    Result result;
    if (!table().error.isEmpty()) {
        result.error = table().error;
        return result;
    }
    simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(json.constData(), size_t(json.size()));
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc)) {
        result.error = tr("The JSON cannot be read.");
        return result;
    }
    JNode root;
    QString error;
    simdjson::ondemand::value value;
    const char *rest = nullptr;
    if (doc.get_value().get(value) || !build(value, &root, &error, 0) ||
        !doc.current_location().get(rest)) { // something after the resource
        result.error =
            tr("The JSON is not valid: %1").arg(error.isEmpty() ? tr("malformed") : error);
        return result;
    }
    XmlOut out(&result.text, pretty);
    if (!out.document(root)) {
        result.text.clear();
        result.error = tr("Cannot convert to XML: %1").arg(out.error);
    }
    return result;
}

FhirConvert::Result FhirConvert::xmlToJson(const QByteArray &xml)
{
    Result result;
    if (!table().error.isEmpty()) {
        result.error = table().error;
        return result;
    }
    XmlIn in(xml);
    JNode root;
    if (!in.document(&root)) {
        result.error = tr("Cannot convert to JSON: %1").arg(in.error);
        return result;
    }
    writeJson(result.text, root, 0);
    result.text += '\n';
    return result;
}
