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

namespace {

void lintTwice(const QByteArray &bytes)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01
    if (const auto jwt = JwtInfo::decode(bytes)) {
        (void)jwt->expiresAt();
        (void)jwt->issuedAt();
        (void)jwt->notBefore();
        (void)jwt->scope();
    }
    const TokenLint::Report report = TokenLint::lint(bytes, now);
    for (const TokenLint::Finding &f : report.findings)
        Fuzz::require(!f.code.isEmpty() && !f.message.isEmpty() &&
                          !TokenLint::severityName(f.severity).isEmpty(),
                      "a finding without words");
    if (report.cleaned.isEmpty())
        return;
    const TokenLint::Report again = TokenLint::lint(report.cleaned, now);
    Fuzz::require(again.cleaned == report.cleaned, "cleaning a cleaned token changes it",
                  report.cleaned + "\n  became\n" + again.cleaned);
    Fuzz::require(again.jwt.has_value() == report.jwt.has_value(),
                  "the cleaned token decodes differently", report.cleaned);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    lintTwice(bytes);
    // The input as a JWT's claims as well: the claims get fuzzed, not only the base64 around.
    lintTwice("eyJhbGciOiJub25lIn0." +
              bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
              ".c2ln");
    return 0;
}
