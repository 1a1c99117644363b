// OperationOutcome in JSON and XML, as any server may send it: never a crash, never a Qt
// warning; parse() reads what fromJson() or fromXml() reads, and the worst severity is one of
// the issues'.
#include "FuzzCheck.h"
#include "app/fhir/OperationOutcome.h"

namespace {

void check(const std::optional<OperationOutcome> &o)
{
    if (!o)
        return;
    (void)o->hasTransientIssue();
    const QString worst = o->worstSeverity();
    bool found = worst.isEmpty();
    for (const OutcomeIssue &i : o->issues)
        found = found || i.severity == worst;
    Fuzz::require(found, "the worst severity is no issue's", worst.toUtf8());
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
    const auto parsed = OperationOutcome::parse(bytes);
    const auto json = OperationOutcome::fromJson(bytes.trimmed());
    const auto xml = OperationOutcome::fromXml(bytes.trimmed());
    check(parsed);
    check(json);
    check(xml);
    if (parsed) {
        const auto &same = bytes.trimmed().startsWith('{') ? json : xml;
        Fuzz::require(same.has_value() && same->issues == parsed->issues,
                      "parse() reads differently from fromJson()/fromXml()");
    }
    return 0;
}
