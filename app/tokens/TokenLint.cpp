#include "TokenLint.h"

#include <QJsonDocument>

namespace {

bool isB64TokenChar(char c)
{
    // RFC 6750 b64token: ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" , then "="s.
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=';
}

} // namespace

bool TokenLint::Report::hasErrors() const
{
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            return true;
    }
    return false;
}

bool TokenLint::Report::has(const QString &code) const
{
    for (const Finding &f : findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

QString TokenLint::severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return tr("info");
    case Severity::Warning:
        return tr("warning");
    case Severity::Error:
        return tr("error");
    }
    return {};
}

QByteArray TokenLint::tokenAlone(const QByteArray &raw)
{
    return clean(raw, nullptr);
}

QByteArray TokenLint::clean(const QByteArray &raw, Report *report)
{
    auto add = [report](const char *code, const QString &message, const QString &fix) {
        if (report)
            report->findings.append({QString::fromLatin1(code), Severity::Error, message, fix});
    };
    QByteArray t = raw;
    if (t.contains('\n') || t.contains('\r')) {
        add("whitespace.newline", tr("The token contains a line break."),
            tr("Copy it again as one line; a header cannot carry line breaks."));
        t.replace("\r", "").replace("\n", "");
    }
    // Spaces, quotes and "Bearer " can wrap one another in any order (`' Bearer x'`,
    // `Bearer "x"`): peeled until none is left, so the cleaned token is clean (linting it again
    // changes nothing), each mistake named once. A "Bearer " pasted into the token field ends up
    // as "Bearer Bearer <token>" on the wire.
    bool edges = false, quotes = false, lower = false;
    int prefixes = 0;
    for (bool peeled = true; peeled;) {
        peeled = false;
        if (t != t.trimmed()) {
            edges = true;
            t = t.trimmed();
        }
        if (t.size() >= 2 &&
            ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith('\'') && t.endsWith('\'')))) {
            quotes = peeled = true;
            t = t.mid(1, t.size() - 2);
        }
        while (t.size() > 7 && t.left(7).compare("bearer ", Qt::CaseInsensitive) == 0) {
            lower = lower || t.startsWith("bearer ");
            ++prefixes;
            peeled = true;
            t = t.mid(7).trimmed(); // the space after the scheme is part of it
        }
    }
    if (edges)
        add("whitespace.edges", tr("The token starts or ends with spaces."),
            tr("Remove the spaces around the token."));
    if (quotes)
        add("quotes", tr("The token is wrapped in quotes."),
            tr("Remove the quotes: they were part of the JSON, not of the token."));
    if (prefixes > 1)
        add("bearer.doubled", tr("\"Bearer \" appears %1 times before the token.").arg(prefixes),
            tr("Paste the token alone; the explorer adds \"Bearer \" itself."));
    else if (prefixes == 1)
        add("bearer.prefix", tr("The token includes the \"Bearer \" scheme."),
            tr("Paste the token alone; the explorer adds \"Bearer \" itself."));
    if (lower && report)
        report->findings.append(
            {QStringLiteral("bearer.lowercase"), Severity::Warning,
             tr("The scheme is written \"bearer\" in lower case."),
             tr("Use \"Bearer\"; some gateways compare the scheme case-sensitively.")});
    if (report)
        report->schemePrefixes = prefixes;
    return t;
}

TokenLint::Report TokenLint::lint(const QByteArray &raw, const QDateTime &now, int skewSecs)
{
    Report report;
    auto add = [&report](const char *code, Severity sev, const QString &message,
                         const QString &fix) {
        report.findings.append({QString::fromLatin1(code), sev, message, fix});
    };
    if (raw.trimmed().isEmpty()) {
        add("empty", Severity::Error, tr("The token is empty."),
            tr("Paste the access_token value from the token response."));
        return report;
    }
    const QByteArray t = clean(raw, &report);
    int bad = 0;
    for (char c : std::as_const(t)) {
        if (!isB64TokenChar(c))
            ++bad;
    }
    if (bad > 0)
        add("header.invalid-chars", Severity::Error,
            tr("%n character(s) are not allowed in a bearer token (RFC 6750).", nullptr, bad),
            tr("Check for spaces, commas or invisible characters from the copy."));
    report.cleaned = t;

    const QList<QByteArray> parts = t.split('.');
    const bool looksJwt = t.startsWith("eyJ");
    if (!looksJwt && parts.size() != 3) {
        add("opaque", Severity::Info,
            tr("The token is not a JWT (opaque): only the server can tell what it grants."),
            QString());
        return report;
    }
    if (parts.size() != 3) {
        add("jwt.segments", Severity::Error,
            tr("A JWT has 3 parts separated by dots; this one has %1.").arg(parts.size()),
            tr("The token was cut or joined with something else: copy it again completely."));
        return report;
    }
    for (int i = 0; i < 2; ++i) {
        const auto decoded = QByteArray::fromBase64Encoding(
            parts.at(i), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            add("jwt.base64", Severity::Error,
                tr("Part %1 of the JWT is not base64url.").arg(i + 1),
                tr("The token was damaged in the copy: copy it again."));
            return report;
        }
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            add("jwt.json", Severity::Error,
                tr("Part %1 of the JWT is not a JSON object.").arg(i + 1),
                tr("This is not a JWT the server issued: get a new token."));
            return report;
        }
    }
    report.jwt = JwtInfo::decode(t);
    if (!report.jwt)
        return report;
    const QDateTime exp = report.jwt->expiresAt();
    if (!exp.isValid()) {
        add("jwt.no-exp", Severity::Warning,
            tr("The JWT has no exp claim: its lifetime is unknown."), QString());
    } else if (exp.addSecs(skewSecs) < now) {
        add("jwt.expired", Severity::Error,
            tr("The token expired at %1.").arg(exp.toLocalTime().toString(Qt::ISODate)),
            tr("Get a new token: servers refuse an expired one."));
    }
    const QDateTime nbf = report.jwt->notBefore();
    if (nbf.isValid() && nbf.addSecs(-skewSecs) > now)
        add("jwt.not-yet-valid", Severity::Error,
            tr("The token is not valid yet (nbf is in the future)."),
            tr("Check this computer's clock, or wait."));
    const QDateTime iat = report.jwt->issuedAt();
    if (iat.isValid() && iat.addSecs(-skewSecs) > now)
        add("jwt.clock-skew", Severity::Warning,
            tr("The token was issued in the future (iat %1): one of the clocks is wrong.")
                .arg(iat.toLocalTime().toString(Qt::ISODate)),
            tr("Check this computer's clock."));
    return report;
}
