#pragma once

#include "app/calls/ServerProfile.h"
#include "app/tokens/TokenLint.h"

#include <QDialog>
#include <QTimer>
#include <memory>

namespace Ui {
class TokenInspectorDialog;
}
class CallLogModel;
class TokenClaimsModel;
class TokenLifeModel;
class TokenLifeStrip;

// Lints a token and shows its claims with a live countdown, and whether it was issued for the
// server it is about to be sent to. Shows only what it is given; never stores anything.
class TokenInspectorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenInspectorDialog)
public:
    explicit TokenInspectorDialog(QWidget *parent = nullptr);
    ~TokenInspectorDialog() override;

    // The active profile's token (used while the paste box is empty) and the profiles known,
    // to tell "issued for production, sent to preview".
    void setContext(const QByteArray &activeToken, const ServerProfile &active,
                    const QList<ServerProfile> &known);
    const TokenLint::Report &report() const { return m_report; }

    // What the token endpoint said when this token was obtained (for opaque tokens the only
    // source of its lifetime and scope). Matched to the token by fingerprint.
    struct Issued
    {
        QString fingerprint;
        QDateTime obtainedAt;
        int expiresIn = 0;
        QString scope;
    };
    void setIssued(const Issued &issued)
    {
        m_issued = issued;
        inspect();
    }

    // The calls of the session, for the token's life under the claims: every token they
    // carried, by fingerprint, and this one from its issue to its expiry.
    void setCallLog(CallLogModel *log);
    // When the renewal of the token with this fingerprint is planned (invalid: none).
    void setRenewalPlanned(const QString &fingerprint, const QDateTime &at);
    // The token's life under the claims (the front end gives it the history to look in).
    TokenLifeModel *lifeModel() const { return m_life; }

Q_SIGNALS:
    void cleanedTokenChosen(const QByteArray &token);
    // A call chosen on the token's life: show it in the log.
    void showCallRequested(quint64 callId);
    // A call of an earlier session chosen there (from the history), by its stored row.
    void showStoredCallRequested(qint64 storedRow);

private:
    void inspect();
    void refreshTimes();
    QString environmentVerdict() const;
    void updateScopeCheck();
    void updateLife();

    std::unique_ptr<Ui::TokenInspectorDialog> m_ui;
    TokenClaimsModel *m_claims;
    QTimer m_tick;
    QByteArray m_activeToken;
    ServerProfile m_active;
    QList<ServerProfile> m_known;
    TokenLint::Report m_report;
    Issued m_issued;
    TokenLifeModel *m_life;
    TokenLifeStrip *m_lifeStrip;
    QString m_lifeFingerprint; // the token the inspector put on the strip
    bool m_lifePasted = false; // ... from the paste box, not the profile's token
    QString m_renewalFingerprint;
    QDateTime m_renewalAt;
};
