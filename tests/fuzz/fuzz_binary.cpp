// A FHIR Binary (JSON or XML) and raw bytes with a content type: never a crash or a Qt warning;
// content is either decoded or its absence explained, and JSON content is called invalid exactly
// when the viewer cannot read it.
#include "FuzzCheck.h"
#include "app/fhir/BinaryContent.h"
#include "app/fhir/ContentOutline.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const BinaryContent b = BinaryContent::fromResource(bytes);
    Fuzz::require(b.error.isEmpty() || b.content.isEmpty(), "content and an error");
    // The first line is a content type, the rest the bytes.
    const qsizetype nl = bytes.indexOf('\n');
    const QString type = QString::fromUtf8(nl >= 0 ? bytes.left(nl) : QByteArray());
    const BinaryContent raw = BinaryContent::fromBytes(nl >= 0 ? bytes.mid(nl + 1) : bytes, type);
    (void)BinaryContent::kindOf(type, raw.content);
    const BinaryContent json = BinaryContent::fromBytes(bytes, QStringLiteral("application/json"));
    const bool readable = ContentOutline::build(bytes, ContentOutline::Format::Json)->isValid();
    Fuzz::require(json.warning.isEmpty() == readable,
                  "the Binary's JSON check and the viewer disagree", bytes);
    return 0;
}
