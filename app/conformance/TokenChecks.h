#pragma once

#include "app/conformance/CheckSet.h"

#include <QCoreApplication>

// The token endpoint's errors (SMART Backend Services; OAuth 2.0 RFC 6749 §5.2): a grant type it
// does not support, an assertion type that is not jwt-bearer and an assertion it cannot verify
// are refused with an OAuth error code, and say why. Read-only: no token is issued.
class TokenChecks final : public CheckSet
{
    Q_DECLARE_TR_FUNCTIONS(TokenChecks)
public:
    QList<ConformanceStep> steps(ConformanceRun &run) override;
    // The problems of a token error answer: 400 or 401, JSON, an `error` among `codes`.
    static QStringList oauthError(const CallRecord &r, const QStringList &codes);
    // Reads the SMART configuration (a call of the run) and hands on its token_endpoint, or an
    // invalid URL when it names none (no 200, no JSON, a relative URL).
    static void
    readTokenEndpoint(ConformanceRun &run,
                      const std::function<void(const CallRecord &, const QUrl &)> &then);
    // An RS384 client assertion for `clientId` and `audience` whose signature is not one.
    static QByteArray unverifiableAssertion(const QString &clientId, const QString &audience);
    // application/x-www-form-urlencoded, every value percent-encoded.
    static QByteArray form(const QList<QPair<QString, QString>> &items);
};
