#pragma once

#include "app/auth/TokenClient.h"
#include "app/calls/ApiRequest.h"
#include "app/calls/ServerProfile.h"
#include "app/session/TokenHealthCheck.h"
#include "ui/TokenInspectorDialog.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class TokenBar;
}
class ExplorerServices;
class QTimer;

// The token row: the token (kept in the keychain per profile, never in a file), what it is (length,
// fingerprint, expiry, pasting mistakes), Get token… with renewal before expiry, the health check
// with its verdict, and the token inspector.
class TokenBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenBar)
public:
    explicit TokenBar(ExplorerServices *services, QWidget *parent = nullptr);
    ~TokenBar() override;

    // Another profile: its token is loaded from the keychain, the verdict and renewal reset.
    void setProfile(const ServerProfile &profile);
    QByteArray token() const;
    void setToken(const QByteArray &token);
    void useDemoToken();
    // How the request bar sends the Authorization header (an AuthMode key, or "expired" /
    // "other-environment"): the client's header follows it.
    void setAuthVariant(const QString &variant);
    // A token from Get token… that is renewed before it expires, for this profile.
    bool renewable() const;
    // A keychain write still waiting for the typing to stop happens now.
    void saveNow();

    void checkToken();
    void getToken();
    void showInspector();

Q_SIGNALS:
    void showCallRequested(quint64 callId);
    void statusMessage(const QString &text, int timeoutMs);
    void renewableChanged();
    // A token the user chose to send as it is (the demo token, one from Get token…): the
    // Authorization variant goes back to Bearer.
    void bearerWanted();

private:
    void applyAuthorization();
    void updateTokenInfo();
    void updateInspector();
    void showHealth(); // the last verdict, with a live countdown
    void armStoredRenewal();
    void tokenIssued(const TokenClient::Response &response, bool select);

    std::unique_ptr<Ui::TokenBar> m_ui;
    ExplorerServices *m_services;
    ServerProfile m_profile;
    QString m_authVariant = QStringLiteral("bearer");
    QTimer *m_saveToken;
    QTimer *m_tick;    // live countdowns
    QTimer *m_recheck; // the health check again after the token changed
    std::optional<TokenHealthCheck::Result> m_healthResult;
    bool m_healthPending = false;   // a verdict is due for the token as it is now
    bool m_getTokenPending = false; // Get token… asked the token client, its answer is ours
    TokenInspectorDialog *m_inspector = nullptr;
    TokenClient::Request m_renewRequest; // in memory only: it may hold the secret or the key
    QString m_renewProfileId;
    TokenInspectorDialog::Issued m_issued; // the token response of the token obtained last
};
