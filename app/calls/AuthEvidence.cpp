#include "AuthEvidence.h"

#include "app/tokens/JwtInfo.h"
#include "app/tokens/TokenLint.h"

#include <QJsonArray>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Splits "Scheme<ws>token<ws>" into its parts; a value without whitespace inside is a token alone.
struct Parts
{
    QByteArray scheme;
    int gap = 0; // whitespace between scheme and token
    QByteArray token;
    int trailing = 0;
};

Parts split(const QByteArray &value)
{
    Parts p;
    qsizetype end = value.size();
    while (end > 0 && isSpace(value.at(end - 1)))
        --end;
    p.trailing = int(value.size() - end);
    qsizetype start = 0;
    while (start < end && isSpace(value.at(start)))
        ++start;
    const QByteArray body = value.mid(start, end - start);
    qsizetype ws = 0;
    while (ws < body.size() && !isSpace(body.at(ws)))
        ++ws;
    if (ws == body.size()) {
        p.token = body; // one word: no scheme
        p.gap = int(start);
        return p;
    }
    p.scheme = body.left(ws);
    qsizetype t = ws;
    while (t < body.size() && isSpace(body.at(t)))
        ++t;
    p.gap = int(t - ws);
    p.token = body.mid(t);
    return p;
}

} // namespace

QByteArray AuthEvidence::tokenOf(const QByteArray &value)
{
    const QByteArray sent = split(value).token;
    const QByteArray alone = TokenLint::tokenAlone(sent);
    // (A line break inside is taken out of the token alone; such a header is never sent.)
    return !alone.isEmpty() && sent.contains(alone) ? alone : sent;
}

AuthEvidence AuthEvidence::read(const QByteArray *value, AuthMode mode, const QUrl &url,
                                const KnownServers &known)
{
    AuthEvidence e;
    e.deliberatelyGarbled = mode == AuthMode::Garbled;
    e.deliberatelyEmpty = mode == AuthMode::Empty;
    if (!value)
        return e;
    if (value->trimmed().isEmpty()) {
        e.presence = Presence::Empty;
        return e;
    }
    e.presence = Presence::Present;
    const Parts p = split(*value);
    e.scheme = p.scheme;
    e.spacesBefore = p.scheme.isEmpty() ? p.gap : qMax(0, p.gap - 1);
    e.spacesAfter = p.trailing;
    // The token alone is what is judged: a "Bearer " or quotes pasted with it are the header's
    // mistakes (lintCodes), not spaces inside the token or a damaged one.
    const QByteArray token = tokenOf(*value);
    e.spaceInside = token.contains(' ') || token.contains('\t');
    e.tokenLength = int(token.size());
    const TokenLint::Report lint = TokenLint::lint(p.token);
    for (const TokenLint::Finding &f : lint.findings)
        e.lintCodes << f.code;
    e.repeatedSchemes = lint.schemePrefixes;
    if (const auto jwt = JwtInfo::decode(token)) {
        e.kind = TokenKind::Jwt;
        e.expiresAt = jwt->expiresAt();
        e.notBefore = jwt->notBefore();
        const QJsonValue aud = jwt->claims.value(QLatin1String("aud"));
        if (aud.isString())
            e.audience << aud.toString();
        for (const QJsonValue &a : aud.toArray())
            e.audience << a.toString();
        e.issuer = jwt->claims.value(QLatin1String("iss")).toString();
        // aud/iss as URLs or host names; another known server named while this one is not.
        QStringList named;
        for (const QString &v : e.audience + QStringList{e.issuer}) {
            const QUrl u(v);
            named << ((u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"))
                          ? u.host()
                          : v)
                         .toLower();
        }
        const QString here = url.host().toLower();
        if (!here.isEmpty() && !named.contains(here)) {
            for (const auto &server : known) {
                const QString host = server.second.host().toLower();
                if (!host.isEmpty() && host != here && named.contains(host)) {
                    e.otherEnvironment = server.first;
                    break;
                }
            }
        }
    } else if (TokenLint::lint(token).hasErrors() || token.startsWith("eyJ") ||
               token.count('.') == 2) {
        e.kind = TokenKind::Garbled; // looks like a JWT, or holds what no token does
    } else {
        e.kind = TokenKind::Opaque;
    }
    return e;
}

bool AuthEvidence::hasShapeProblem() const
{
    return presence == Presence::Present &&
           (scheme != "Bearer" || spacesBefore > 0 || spacesAfter > 0 || spaceInside);
}

QString AuthEvidence::shape() const
{
    switch (presence) {
    case Presence::Absent:
        return withheld ? tr("no Authorization header (withheld: another origin)")
                        : tr("no Authorization header");
    case Presence::Empty:
        return tr("an empty Authorization header");
    case Presence::Present:
        break;
    }
    QStringList parts;
    if (!scheme.isEmpty())
        parts << QStringLiteral("\"%1\"").arg(QString::fromLatin1(scheme));
    else
        parts << tr("no scheme");
    for (int i = 0; i < repeatedSchemes; ++i)
        parts << QStringLiteral("\"Bearer\"");
    if (spacesBefore > 0)
        parts << tr("%n extra space(s)", nullptr, spacesBefore);
    parts << tr("token (%n chars)", nullptr, tokenLength);
    if (spacesAfter > 0)
        parts << tr("%n trailing space(s)", nullptr, spacesAfter);
    return parts.join(QStringLiteral(" + "));
}
