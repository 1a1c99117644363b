// The Bulk Data completion manifest: never a crash; a manifest refused says why, one read has
// only absolute URLs and counts that are not negative.
#include "FuzzCheck.h"
#include "app/fhir/BulkManifest.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<BulkManifest> m = BulkManifest::parse(bytes, &error);
    if (!m) {
        Fuzz::require(!error.isEmpty(), "a manifest refused without a reason");
        return 0;
    }
    (void)m->sendToken();
    for (const auto *files : {&m->output, &m->error, &m->deleted})
        for (const BulkManifest::File &f : *files) {
            (void)f.url.toString();
            Fuzz::require(!f.count || *f.count >= 0, "a negative count");
        }
    return 0;
}
