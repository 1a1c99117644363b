#pragma once

#include "app/conformance/CheckSet.h"

#include <QCoreApplication>

// SMART Backend Services with the client's own key (private_key_jwt; SMART Asymmetric Client
// Authentication, RFC 7523 §3): a correct client assertion gets an access token; the same
// assertion again, and assertions with a wrong aud, with iss ≠ sub or with an exp too far ahead,
// are refused. Needs ConformanceOptions' client id and private key: without them its checks are
// not applicable. The tokens it gets are used for nothing and appear only redacted in the records.
class TokenGrantChecks final : public CheckSet
{
    Q_DECLARE_TR_FUNCTIONS(TokenGrantChecks)
public:
    QList<ConformanceStep> steps(ConformanceRun &run) override;
    // The problems of an answer that should grant a token: 200, JSON, access_token, token_type
    // "bearer" (any case), expires_in a number, scope.
    static QStringList grantProblems(const CallRecord &r);
    // The problems of an answer that should refuse an assertion: 400 or 401 with an OAuth error.
    static QStringList refusalProblems(const CallRecord &r);
};
