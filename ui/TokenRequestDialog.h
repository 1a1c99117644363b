#pragma once

#include "app/calls/ServerProfile.h"
#include "app/session/TokenRequestForm.h"

#include <QDialog>
#include <memory>

namespace Ui {
class TokenRequestDialog;
}
class Workspace;

// How to obtain a token for one profile: token URL (typed or discovered), client id, scope,
// and a client secret or a private key (generated here or imported from PEM; its public JWKS
// shown to copy into a registration). Non-secret fields go to the settings; the secret and the
// private key to the keychain. For the Sandbox, a new key is registered with it directly. What is
// read and kept is the session's TokenRequestForm: the dialog only shows and asks.
class TokenRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRequestDialog)
public:
    TokenRequestDialog(Workspace *workspace, const ServerProfile &profile,
                       QWidget *parent = nullptr);
    ~TokenRequestDialog() override;

    TokenClient::Request request() const;
    void accept() override;

private:
    void updateMethod();
    void setKey(const QByteArray &pem);
    void discover();
    void discovered(const TokenRequestForm::Discovery &result);

    std::unique_ptr<Ui::TokenRequestDialog> m_ui;
    TokenRequestForm *m_form;
    QByteArray m_keyPem;
};
