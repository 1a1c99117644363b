#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
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
    QString scope() const; // `scope`, or `scp` joined with spaces
};
