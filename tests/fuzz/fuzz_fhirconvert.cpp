// FHIR JSON <-> XML: every input goes both ways. What one direction accepts must come back
// through the other unchanged (after one round, both sides are in the element table's order),
// the JSON it writes is valid JSON, it accepts only valid JSON, and it never makes Qt warn.
#include "FuzzCheck.h"
#include "app/fhir/ContentOutline.h"
#include "app/fhir/FhirConvert.h"

namespace {

bool isJson(const QByteArray &bytes)
{
    return ContentOutline::build(bytes, ContentOutline::Format::Json)->isValid();
}

// JSON the converter wrote (or accepted) goes to XML and back to the same JSON.
void jsonRoundTrip(const QByteArray &json, bool pretty)
{
    const FhirConvert::Result xml = FhirConvert::jsonToXml(json, pretty);
    Fuzz::require(xml.ok(), "JSON the converter wrote does not convert to XML",
                  xml.error.toUtf8() + '\n' + json);
    const FhirConvert::Result back = FhirConvert::xmlToJson(xml.text);
    Fuzz::require(back.ok(), "XML the converter wrote does not convert back",
                  back.error.toUtf8() + '\n' + xml.text);
    Fuzz::require(back.text == json, "JSON -> XML -> JSON changed it",
                  json + "\n  became\n" + back.text + "\n  through\n" + xml.text);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool pretty = size % 2 == 0;

    const FhirConvert::Result xml = FhirConvert::jsonToXml(bytes, pretty);
    if (xml.ok()) {
        Fuzz::require(isJson(bytes), "the converter accepted what is not JSON", bytes);
        const FhirConvert::Result json = FhirConvert::xmlToJson(xml.text);
        Fuzz::require(json.ok(), "XML the converter wrote does not convert back",
                      json.error.toUtf8() + '\n' + xml.text);
        Fuzz::require(isJson(json.text), "the converter wrote JSON that is not", json.text);
        jsonRoundTrip(json.text, pretty);
    } else {
        Fuzz::require(!xml.error.isEmpty() && xml.text.isEmpty(), "a failure without a reason");
    }

    const FhirConvert::Result json = FhirConvert::xmlToJson(bytes);
    if (json.ok()) {
        Fuzz::require(isJson(json.text), "the converter wrote JSON that is not", json.text);
        jsonRoundTrip(json.text, !pretty);
    } else {
        Fuzz::require(!json.error.isEmpty() && json.text.isEmpty(), "a failure without a reason");
    }
    return 0;
}
