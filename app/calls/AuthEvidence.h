#pragma once

#include "app/calls/ApiRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// What the Authorization header of one request really was, read from the header as it was
// sent, before redaction: present or not, its scheme as written, the whitespace around the token,
// and what the token is (a JWT and its times and audience, an opaque value, or a damaged one).
// The diagnosis reads this evidence, never the redacted text. It holds no secret.
struct AuthEvidence
{
    Q_DECLARE_TR_FUNCTIONS(AuthEvidence)
public:
    enum class Presence { Absent, Empty, Present };
    enum class TokenKind { None, Jwt, Opaque, Garbled };

    Presence presence = Presence::Absent;
    QByteArray scheme;        // as written ("Bearer", "bearer", "Basic"); empty: no scheme
    int spacesBefore = 0;     // whitespace between the scheme and the token beyond one space
    int spacesAfter = 0;      // whitespace after the token
    bool spaceInside = false; // whitespace inside the token
    int repeatedSchemes = 0;  // "Bearer " pasted with the token: sent after the scheme again
    TokenKind kind = TokenKind::None;
    int tokenLength = 0;              // of the token alone (TokenLint::tokenAlone)
    QDateTime expiresAt;              // JWT `exp`
    QDateTime notBefore;              // JWT `nbf`
    QStringList audience;             // JWT `aud`
    QString issuer;                   // JWT `iss`
    QStringList lintCodes;            // TokenLint findings of the value after the scheme
    bool deliberatelyGarbled = false; // the request chose AuthMode::Garbled
    bool deliberatelyEmpty = false;   // the request chose AuthMode::Empty (a token may be there)
    bool withheld = false;            // not sent: a redirect crossed origins
    QString
        otherEnvironment; // a known server the token's aud/iss name, when they do not name this one

    // `value` is the header as sent (nullptr: none was sent) to `url`; `known` are the servers
    // the user has (name, base URL), to tell which environment a token was issued for.
    static AuthEvidence read(const QByteArray *value, AuthMode mode, const QUrl &url = {},
                             const KnownServers &known = {});
    // The token alone inside a header value: after the scheme, without the whitespace around
    // it, quotes or a repeated "Bearer " (TokenLint::tokenAlone of the rest). Always a part of
    // `value`, so the redacted header keeps everything else as it was sent.
    static QByteArray tokenOf(const QByteArray &value);
    // "Bearer + 3 spaces + token (432 chars) + 2 spaces": the header's shape, in words.
    QString shape() const;
    bool hasShapeProblem() const;
};
