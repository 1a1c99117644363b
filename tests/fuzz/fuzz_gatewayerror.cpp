// An API Gateway error: the input is header lines ("Name: value"), an empty line, then the body.
// Never a crash; what is recognised names a type.
#include "FuzzCheck.h"
#include "app/fhir/GatewayError.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf("\n\n");
    HeaderList headers;
    if (split >= 0) {
        for (const QByteArray &line : bytes.left(split).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
    }
    const QByteArray body = split >= 0 ? bytes.mid(split + 2) : bytes;
    if (const auto e = GatewayError::recognise(headers, body))
        Fuzz::require(e->kind == GatewayError::Kind::Other || !e->errorType.isEmpty(),
                      "a known kind without its type");
    (void)GatewayError::recognise({}, bytes);
    return 0;
}
