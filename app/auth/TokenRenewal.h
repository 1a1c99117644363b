#pragma once

#include "app/auth/TokenClient.h"

#include <QObject>
#include <QTimer>
#include <optional>

class FhirClient;

// Keeps a FhirClient's token fresh during long work. SMART Backend Services has no refresh
// tokens: once armed with a token request (client secret or private key, kept in memory only),
// it asks for a new token before the current one runs out and hands it to the client. Used by
// the window (after Get token, or from a profile's saved request) and by fhir-bulk export.
class TokenRenewal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRenewal)
public:
    explicit TokenRenewal(FhirClient *client, QObject *parent = nullptr);

    // Arms renewal; `expiresIn` (seconds, from a token response) is used when the current token
    // is not a JWT with `exp`.
    void arm(const TokenClient::Request &request, qint64 expiresIn = -1);
    void stop();
    // Asks for a new token now (the server stopped accepting this one); renewed or failed
    // follows, as for a timed renewal.
    void renewNow();
    bool isArmed() const { return m_request.has_value(); }
    // Re-reads the client's token expiry (after the token changed) and sets the timer.
    void reschedule(qint64 expiresIn = -1);
    // When to renew a token with `secsLeft` to live: a minute ahead, or at 4/5 of a short life.
    static qint64 delayFor(qint64 secsLeft);
    qint64 secondsUntilRenewal() const;

Q_SIGNALS:
    void renewed(const TokenClient::Response &response);
    void failed(const TokenClient::Response &response);

private:
    void renew();

    FhirClient *m_client;
    TokenClient *m_tokens;
    QTimer m_timer;
    std::optional<TokenClient::Request> m_request;
    bool m_inFlight = false;
};
