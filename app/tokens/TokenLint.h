#pragma once

#include "app/tokens/JwtInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// Finds what is wrong with a pasted token before the gateway does: whitespace and newlines,
// quotes, a "Bearer " inside the token, characters a header cannot carry, a JWT that does not
// decode, times that have passed. Each finding has a stable code and a one-line fix.
class TokenLint
{
    Q_DECLARE_TR_FUNCTIONS(TokenLint)
public:
    enum class Severity { Info, Warning, Error };
    struct Finding
    {
        QString code; // stable: "whitespace.edges", "bearer.prefix", "jwt.expired", ...
        Severity severity = Severity::Info;
        QString message;
        QString fix;
    };
    struct Report
    {
        QList<Finding> findings;
        QByteArray cleaned;         // the token alone: tokenAlone() of what was linted
        int schemePrefixes = 0;     // how many "Bearer " stood before the token
        std::optional<JwtInfo> jwt; // decoded from `cleaned`
        bool hasErrors() const;
        bool has(const QString &code) const;
    };

    // `now` and `skewSecs` make the time checks testable; skew tolerates clock differences.
    static Report lint(const QByteArray &raw,
                       const QDateTime &now = QDateTime::currentDateTimeUtc(), int skewSecs = 60);
    static QString severityName(Severity s);
    // The token alone: without line breaks, the whitespace around it, the quotes of the JSON it
    // was copied from or a "Bearer " pasted with it. Every length and fingerprint of a token is
    // of this (the Token field, the inspector, a call's record), so they agree for one paste.
    static QByteArray tokenAlone(const QByteArray &raw);

private:
    // The cleaning both share; with `report`, each mistake removed is a finding.
    static QByteArray clean(const QByteArray &raw, Report *report);
};
