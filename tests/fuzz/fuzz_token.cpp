// Tokens: JwtInfo and TokenLint read whatever is pasted. Neither crashes, and cleaning is done in
// one go: the cleaned token, linted again, is cleaned no further, and decodes as the report said.
#include "FuzzCheck.h"
#include "app/tokens/JwtInfo.h"
#include "app/tokens/TokenLint.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01

    if (const auto jwt = JwtInfo::decode(bytes)) {
        (void)jwt->expiresAt();
        (void)jwt->issuedAt();
        (void)jwt->scope();
    }
    const TokenLint::Report report = TokenLint::lint(bytes, now);
    for (const TokenLint::Finding &f : report.findings)
        Fuzz::require(!f.code.isEmpty() && !f.message.isEmpty(), "a finding without words");
    Fuzz::require(report.findings.isEmpty() ||
                      !TokenLint::severityName(report.findings.first().severity).isEmpty(),
                  "a severity without a name");
    if (report.cleaned.isEmpty())
        return 0;
    const TokenLint::Report again = TokenLint::lint(report.cleaned, now);
    Fuzz::require(again.cleaned == report.cleaned, "cleaning a cleaned token changes it",
                  report.cleaned + "\n  became\n" + again.cleaned);
    Fuzz::require(again.jwt.has_value() == report.jwt.has_value(),
                  "the cleaned token decodes differently", report.cleaned);
    return 0;
}
