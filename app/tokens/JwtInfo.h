#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

// What can be read from a JWT without verifying it: header, claims and the times they hold.
// Used to explain gateway answers ("the token expired 2 h ago") and, later, by the token
// inspector. The signature is not checked here.
struct JwtInfo
{
    QJsonObject header;
    QJsonObject claims;

    // Nothing when the value is not three base64url segments with JSON header and payload.
    static std::optional<JwtInfo> decode(const QByteArray &token);

    QDateTime expiresAt() const; // invalid when there is no numeric `exp`
    QDateTime issuedAt() const;
    QDateTime notBefore() const;
    // A NumericDate claim (RFC 7519: seconds since 1970, UTC) as a time; invalid when it is not a
    // number, or no date (a token may say `"exp": 1e300`, which no integer holds).
    static QDateTime numericDate(const QJsonValue &value);
    QString scope() const; // `scope`, or `scp` joined with spaces
};
