#pragma once

#include "app/calls/ServerProfile.h"
#include "ui/TokenInspectorDialog.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class TokenBar;
}
class CallLogModel;
class QHBoxLayout;
class QTimer;
class TokenLifeModel;
class TokenLifeStrip;
class TokenSession;
class Workspace;

// The token row: the token, what it is (length, fingerprint, expiry, pasting mistakes), Get
// token…, the health check's verdict, and the token inspector. It shows and asks; the
// workspace's TokenSession keeps the token (keychain, renewal, the check and its re-check).
class TokenBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenBar)
public:
    explicit TokenBar(Workspace *workspace, QWidget *parent = nullptr);
    ~TokenBar() override;

    // The row for another profile (the demo token on the Sandbox only); the session has loaded
    // its token already (Workspace::connectTo).
    void setProfile(const ServerProfile &profile);
    QByteArray token() const;
    void setToken(const QByteArray &token);
    void useDemoToken();
    // A token from Get token… that is renewed before it expires, for this profile.
    bool renewable() const;
    // A keychain write still waiting for the typing to stop happens now.
    void saveNow();

    void checkToken();
    void getToken();
    void showInspector();
    // The window's call log: the inspector's token strip draws the calls that carried each token.
    void setCallLog(CallLogModel *log);
    // The bar's own strip of the token's life (under the fields) and its model.
    TokenLifeStrip *lifeStrip() const { return m_strip; }
    TokenLifeModel *lifeModel() const { return m_life; }

Q_SIGNALS:
    void showCallRequested(quint64 callId);
    // A call of an earlier session on a token's life (from the history): bring it to the log.
    void showStoredCallRequested(qint64 storedRow);
    void statusMessage(const QString &text, int timeoutMs);
    void renewableChanged();
    // A token the user chose to send as it is (the demo token, one from Get token…): the
    // Authorization variant goes back to Bearer.
    void bearerWanted();

private:
    void showToken(const QByteArray &token);
    void updateTokenInfo();
    void updateInspector();
    void updateStrip();
    void showHealth(); // the session's verdict line, with a live countdown

    std::unique_ptr<Ui::TokenBar> m_ui;
    Workspace *m_workspace;
    TokenSession *m_session;
    QTimer *m_tick;                             // live countdowns
    QPointer<TokenInspectorDialog> m_inspector; // made when first asked for; the window owns it
    QPointer<CallLogModel> m_log;
    TokenLifeModel *m_life;
    TokenLifeStrip *m_strip;
    QHBoxLayout *m_stripRow;
    QString m_stripFingerprint; // the token the strip shows as the current one
};
