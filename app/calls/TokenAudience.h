#pragma once

#include "app/calls/ServerProfile.h"
#include "app/tokens/JwtInfo.h"

#include <QStringList>
#include <optional>

// Which server a JWT was issued for, judged by its `aud` and `iss` claims against the profiles
// the user has. Catches "issued for production, sent to preview".
struct TokenAudience
{
    QStringList mentioned; // aud and iss values
    bool matchesActive = false;
    std::optional<ServerProfile> issuedFor; // another profile it matches, when not the active one

    static TokenAudience judge(const JwtInfo &jwt, const ServerProfile &active,
                               const QList<ServerProfile> &known);
    bool wrongEnvironment() const { return !matchesActive && issuedFor.has_value(); }
};
