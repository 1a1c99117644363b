#pragma once

#include "app/auth/TokenClient.h"
#include "app/calls/ServerProfile.h"
#include "app/session/TokenHealthCheck.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <optional>

class QTimer;
class Workspace;

// The current profile's token, for the window's token row to show and ask about: loaded from the
// keychain on connect and saved there shortly after the last change (never for the Sandbox, whose
// tokens are worthless after a restart: those are kept in memory for the session, so a token
// survives switching profile and back); always sent in the working Bearer form by the client
// (a broken variant is a property of one sent request, see RequestDraft); Get token… and its
// renewal before expiry (the secret or key in memory only, here); the health check, made again
// by itself once a change has settled, one check at a time.
class TokenSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSession)
public:
    // The token response of the token obtained last (its fingerprint, never the token).
    struct Issued
    {
        QString fingerprint;
        QDateTime obtainedAt;
        int expiresIn = 0;
        QString scope;
    };
    // What the verdict line shows.
    enum class Health {
        Hidden,        // no check made for this token and profile
        Checking,      // a check the user asked for is running
        Rechecking,    // the token changed after a verdict: checked again once changes settle
        Verdict,       // healthResult() is the verdict for the token as it is
        GetTokenFailed // getTokenProblem() says why, getTokenCallId() is the call
    };

    TokenSession(Workspace *workspace, QObject *parent = nullptr);
    ~TokenSession() override;

    // Another profile: its token (from the session's memory for the Sandbox, else the keychain),
    // the verdict and renewal reset.
    void setProfile(const ServerProfile &profile);
    ServerProfile profile() const { return m_profile; }
    QByteArray token() const { return m_token; }
    // The token as the user typed or pasted it: saved once typing stops, checked again when a
    // verdict was showing.
    void setToken(const QByteArray &token);
    void useDemoToken();
    // A token from Get token… that is renewed before it expires, for this profile.
    bool renewable() const;
    // A keychain write still waiting for the typing to stop happens now.
    void saveNow();
    // A renewable token is renewed at once (the server stopped accepting it mid-export).
    void renewNow();
    // When the current token will be renewed (invalid: no renewal planned).
    QDateTime plannedRenewal() const;

    // Get token… with this request (made by the dialog), for the current profile.
    void requestToken(const TokenClient::Request &request);
    bool isGettingToken() const { return m_getTokenPending; }

    // The health check of the token as it is now; nothing when one is running.
    void checkToken();
    bool isChecking() const;
    Health health() const { return m_health; }
    const std::optional<TokenHealthCheck::Result> &healthResult() const { return m_healthResult; }
    QString getTokenProblem() const { return m_getTokenProblem; }
    quint64 getTokenCallId() const { return m_getTokenCallId; }
    Issued issued() const { return m_issued; }

Q_SIGNALS:
    // The token changed (typed, loaded, obtained, renewed).
    void tokenChanged(const QByteArray &token);
    void healthChanged();
    void gettingTokenChanged(bool running);
    void renewableChanged();
    // A token the user chose to send as it is (the demo token, one from Get token…): the
    // request bar's Authorization variant goes back to Bearer.
    void bearerWanted();
    void statusMessage(const QString &text, int timeoutMs);
    void showCallRequested(quint64 callId);

private:
    void change(const QByteArray &token);
    void apply();
    void armStoredRenewal();
    void tokenIssued(const TokenClient::Response &response, bool select);
    void gotToken(const TokenClient::Response &response);
    void checked(const TokenHealthCheck::Result &result);
    void setHealth(Health health);

    Workspace *m_workspace;
    ServerProfile m_profile;
    QByteArray m_token;
    QHash<QString, QByteArray> m_sandboxTokens; // never written anywhere: this session's only
    QTimer *m_save;
    QTimer *m_recheck;
    Health m_health = Health::Hidden;
    std::optional<TokenHealthCheck::Result> m_healthResult;
    QString m_getTokenProblem;
    quint64 m_getTokenCallId = 0;
    bool m_getTokenPending = false;      // Get token… asked the token client, its answer is ours
    TokenClient::Request m_renewRequest; // in memory only: it may hold the secret or the key
    QString m_renewProfileId;
    Issued m_issued;
};
