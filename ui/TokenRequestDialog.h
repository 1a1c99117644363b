#pragma once

#include "app/auth/SmartDiscovery.h"
#include "app/auth/TokenClient.h"
#include "app/calls/ServerProfile.h"

#include <QDialog>
#include <memory>

namespace Ui {
class TokenRequestDialog;
}
class FhirClient;
class SandboxHost;
class TokenStore;

// How to obtain a token for one profile: token URL (typed or discovered), client id, scope,
// and a client secret or a private key (generated here or imported from PEM; its public JWKS
// shown to copy into a registration). Non-secret fields go to the settings; the secret and the
// private key to the keychain. For the Sandbox, a new key is registered with it directly.
class TokenRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRequestDialog)
public:
    TokenRequestDialog(const ServerProfile &profile, TokenStore *tokens, FhirClient *client,
                       SandboxHost *sandbox, QWidget *parent = nullptr);
    ~TokenRequestDialog() override;

    TokenClient::Request request() const;
    void accept() override;

private:
    void updateMethod();
    void setKey(const QByteArray &pem);
    void discover();
    void discovered(const TokenEndpointDiscovery::Result &result);
    bool isSandbox() const;

    std::unique_ptr<Ui::TokenRequestDialog> m_ui;
    ServerProfile m_profile;
    TokenStore *m_tokens;
    FhirClient *m_client; // only its base URL is shown here
    TokenEndpointDiscovery *m_discovery;
    SandboxHost *m_sandbox;
    QByteArray m_keyPem;
};
