#include "TokenBar.h"

#include "app/auth/TokenRenewal.h"
#include "app/auth/TokenStore.h"
#include "app/calls/Diagnoser.h"
#include "app/calls/HeaderCheck.h"
#include "app/calls/Redaction.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/session/ProfileStore.h"
#include "app/session/TokenRequestSettings.h"
#include "app/tokens/JwtInfo.h"
#include "app/tokens/TokenLint.h"
#include "ui/ExplorerServices.h"
#include "ui/SeverityStyle.h"
#include "ui/TokenRequestDialog.h"
#include "ui_TokenBar.h"

#include <QPointer>
#include <QTimer>

TokenBar::TokenBar(ExplorerServices *services, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TokenBar>()), m_services(services),
      m_saveToken(new QTimer(this)), m_tick(new QTimer(this)), m_recheck(new QTimer(this))
{
    m_ui->setupUi(this);

    // Tokens go to the keychain shortly after the last keystroke. Sandbox tokens are not kept:
    // each Sandbox signs with a key of its own, so they are worthless after a restart.
    m_saveToken->setSingleShot(true);
    m_saveToken->setInterval(600);
    connect(m_saveToken, &QTimer::timeout, this, &TokenBar::saveNow);
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this] {
        applyAuthorization();
        m_saveToken->start();
        if ((m_healthResult || m_healthPending) && m_ui->healthLabel->isVisible()) {
            m_healthResult.reset(); // that verdict was for another token
            m_healthPending = true;
            m_ui->healthLabel->setText(tr("The token changed: checking it again …"));
            m_ui->healthLabel->setStyleSheet({});
            m_recheck->start();
        }
    });
    connect(m_ui->inspectTokenButton, &QPushButton::clicked, this, &TokenBar::showInspector);
    connect(m_ui->checkTokenButton, &QPushButton::clicked, this, &TokenBar::checkToken);
    connect(m_ui->getTokenButton, &QPushButton::clicked, this, &TokenBar::getToken);
    connect(m_ui->demoTokenButton, &QPushButton::clicked, this, [this] {
        useDemoToken();
        Q_EMIT bearerWanted();
    });
    m_ui->healthLabel->setTextFormat(Qt::RichText);
    m_ui->healthLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_ui->healthLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("call:")))
            Q_EMIT showCallRequested(link.mid(5).toULongLong());
    });

    // Renewal: the new token goes into the token field like a typed one (saved, inspected).
    connect(m_services->renewal, &TokenRenewal::renewed, this,
            [this](const TokenClient::Response &r) {
                tokenIssued(r, false);
                Q_EMIT statusMessage(
                    tr("The token was renewed before it expired (call #%1).").arg(r.callId), 8000);
            });
    connect(m_services->renewal, &TokenRenewal::failed, this,
            [this](const TokenClient::Response &r) {
                Q_EMIT statusMessage(tr("Renewing the token failed: %1").arg(r.explanation), 15000);
            });
    connect(
        m_services->tokenClient, &TokenClient::finished, this,
        [this](const TokenClient::Response &r) {
            if (!m_getTokenPending)
                return; // a request made by someone else (the token client is shared)
            m_getTokenPending = false;
            m_ui->getTokenButton->setEnabled(true);
            Q_EMIT showCallRequested(r.callId);
            if (!r.ok) {
                // Said where the token is, with the call to look at: not a modal box.
                m_healthResult.reset();
                m_healthPending = false;
                m_ui->healthLabel->setText(tr("<b>%1 Get token failed</b> — %2<br>Call in the log: "
                                              "<a href=\"call:%3\">#%3</a>")
                                               .arg(SeverityStyle::mark(Diagnosis::Severity::Error),
                                                    r.explanation.toHtmlEscaped())
                                               .arg(r.callId));
                m_ui->healthLabel->setStyleSheet(
                    SeverityStyle::cardStyleSheet(Diagnosis::Severity::Error));
                m_ui->healthLabel->show();
                Q_EMIT statusMessage(tr("Getting a token failed: %1").arg(r.explanation), 15000);
                return;
            }
            tokenIssued(r, true);
            Q_EMIT statusMessage(r.explanation, 8000);
            // No refresh tokens in Backend Services: ask again before this one runs out.
            if (m_profile.id == m_renewProfileId) {
                m_services->renewal->arm(m_renewRequest, r.expiresIn);
                Q_EMIT renewableChanged();
            }
        });
    connect(m_services->health, &TokenHealthCheck::finished, this,
            [this](const TokenHealthCheck::Result &r) {
                m_ui->checkTokenButton->setEnabled(true);
                if (m_healthPending) {
                    m_recheck->start(); // the token changed again while this check ran
                    return;
                }
                m_healthResult = r;
                showHealth();
                if (!r.callIds.isEmpty())
                    Q_EMIT showCallRequested(r.callIds.last());
            });
    // The countdowns beside the token and in the verdict tick; a verdict for another token is
    // made again once typing stops (a verdict belongs to one token).
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        updateTokenInfo();
        if (m_healthResult && m_ui->healthLabel->isVisible())
            showHealth();
    });
    m_tick->start();
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(800);
    connect(m_recheck, &QTimer::timeout, this, [this] {
        if (m_healthPending && !m_services->health->isRunning()) {
            m_healthPending = false;
            checkToken();
        }
    });
    updateTokenInfo();
}

TokenBar::~TokenBar() = default;

void TokenBar::tokenIssued(const TokenClient::Response &r, bool select)
{
    m_issued = {Redaction::fingerprint(r.accessToken), QDateTime::currentDateTimeUtc(), r.expiresIn,
                r.scope};
    if (m_profile.id != m_renewProfileId)
        return; // obtained for a profile the user has left
    m_ui->tokenEdit->setText(QString::fromUtf8(r.accessToken));
    if (select)
        Q_EMIT bearerWanted();
}

void TokenBar::setProfile(const ServerProfile &profile)
{
    if (m_saveToken->isActive())
        saveNow(); // the previous profile's pending save happens now, under its own name
    m_profile = profile;
    m_ui->demoTokenButton->setVisible(profile.environment == ServerProfile::Environment::Sandbox);
    {
        const QSignalBlocker b(m_ui->tokenEdit);
        m_ui->tokenEdit->clear();
    }
    const QString profileId = profile.id;
    m_services->tokens->load(
        TokenStore::tokenKey(profileId),
        [guard = QPointer<TokenBar>(this), this, profileId](const SecretBackend::Result &r) {
            if (!guard || m_profile.id != profileId || !m_ui->tokenEdit->text().isEmpty())
                return; // the user moved on, or typed already
            if (r.status == SecretBackend::Status::Ok) {
                const QSignalBlocker b(m_ui->tokenEdit);
                m_ui->tokenEdit->setText(QString::fromUtf8(r.value));
                applyAuthorization();
            } else if (r.status == SecretBackend::Status::Failed) {
                Q_EMIT statusMessage(
                    tr("The keychain refused to read the token: %1").arg(r.message), 8000);
            }
        });
    applyAuthorization();
    m_ui->healthLabel->hide(); // a verdict belongs to the profile it was made for
    m_healthResult.reset();
    m_healthPending = false;
    if (m_profile.id != m_renewProfileId) {
        m_services->renewal->stop(); // renewal is for the profile the token was obtained for
        m_renewProfileId.clear();
        armStoredRenewal();
    }
}

QByteArray TokenBar::token() const
{
    return m_ui->tokenEdit->text().toUtf8();
}

void TokenBar::setToken(const QByteArray &token)
{
    m_ui->tokenEdit->setText(QString::fromUtf8(token));
}

void TokenBar::useDemoToken()
{
    m_ui->tokenEdit->setText(QString::fromLatin1(m_services->sandbox->demoToken()));
}

void TokenBar::setAuthVariant(const QString &variant)
{
    m_authVariant = variant;
    applyAuthorization();
}

bool TokenBar::renewable() const
{
    return m_services->renewal->isArmed() && m_renewProfileId == m_profile.id;
}

void TokenBar::saveNow()
{
    m_saveToken->stop();
    if (!m_profile.id.isEmpty() && m_profile.environment != ServerProfile::Environment::Sandbox)
        m_services->tokens->save(TokenStore::tokenKey(m_profile.id), token());
}

void TokenBar::getToken()
{
    TokenRequestDialog dialog(m_profile, m_services->tokens, m_services->client,
                              m_services->sandbox, window());
    dialog.setObjectName(QStringLiteral("getTokenDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_renewRequest = dialog.request();
    m_renewProfileId = m_profile.id;
    m_services->renewal->stop(); // armed again with this request once it succeeds
    m_ui->getTokenButton->setEnabled(false);
    m_getTokenPending = true;
    m_services->tokenClient->request(m_renewRequest);
}

void TokenBar::checkToken()
{
    if (m_services->health->isRunning())
        return;
    m_ui->checkTokenButton->setEnabled(false);
    m_ui->healthLabel->setText(tr("Checking the token against %1 …").arg(m_profile.name));
    m_ui->healthLabel->setStyleSheet({});
    m_ui->healthLabel->show();
    m_services->health->start(token(), m_profile, m_services->profiles->all());
}

void TokenBar::showInspector()
{
    if (!m_inspector) {
        m_inspector = new TokenInspectorDialog(window());
        m_inspector->setObjectName(QStringLiteral("tokenInspector"));
        connect(m_inspector, &TokenInspectorDialog::cleanedTokenChosen, this,
                [this](const QByteArray &t) { setToken(t); });
    }
    updateInspector();
    m_inspector->show();
    m_inspector->raise();
    m_inspector->activateWindow();
}

void TokenBar::updateInspector()
{
    if (m_inspector) {
        m_inspector->setContext(token(), m_profile, m_services->profiles->all());
        m_inspector->setIssued(m_issued);
    }
}

void TokenBar::applyAuthorization()
{
    const AuthMode mode = authModeFromKey(m_authVariant);
    m_services->client->setAuthorization(mode, token());
    updateTokenInfo();
    updateInspector();
    if (m_renewProfileId == m_profile.id)
        m_services->renewal->reschedule(); // the token changed: time its renewal by its expiry
    Q_EMIT renewableChanged();
}

void TokenBar::armStoredRenewal()
{
    // A profile whose token request was saved (Get token… once, secret or key in the keychain)
    // can obtain tokens: a token restored at start is renewed like one obtained in this session.
    const TokenRequestSettings saved = TokenRequestSettings::load(m_profile.id);
    if (!saved.usable() || m_profile.environment == ServerProfile::Environment::Sandbox)
        return;
    const QString profileId = m_profile.id;
    m_services->tokens->load(
        saved.secretKey(profileId),
        [guard = QPointer<TokenBar>(this), this, profileId, saved](const SecretBackend::Result &r) {
            if (!guard || m_profile.id != profileId || r.status != SecretBackend::Status::Ok ||
                r.value.isEmpty())
                return;
            m_renewRequest = saved.request(r.value);
            m_renewProfileId = profileId;
            m_services->renewal->arm(m_renewRequest);
            Q_EMIT renewableChanged();
        });
}

void TokenBar::showHealth()
{
    const TokenHealthCheck::Result &r = *m_healthResult;
    QStringList calls;
    for (quint64 id : r.callIds)
        calls << QStringLiteral("<a href=\"call:%1\">#%1</a>").arg(id);
    QString expiry;
    Diagnosis::Severity severity = r.severity;
    if (r.expiresAt.isValid()) {
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(r.expiresAt);
        expiry = left >= 0 ? tr("The token expires in %1.").arg(Diagnoser::humanDuration(left))
                           : tr("The token expired %1 ago: check again or get a new one.")
                                 .arg(Diagnoser::humanDuration(-left));
        if (left < 0)
            severity = Diagnosis::Severity::Error;
        else if (left < 120 && severity == Diagnosis::Severity::Ok)
            severity = Diagnosis::Severity::Warning;
    }
    m_ui->healthLabel->setText(tr("<b>%1 Token check: %2</b> — %3<br>%4 %5<br>Calls in the log: %6")
                                   .arg(SeverityStyle::mark(severity), r.verdict,
                                        r.summary.toHtmlEscaped(), r.detail.toHtmlEscaped(),
                                        expiry.toHtmlEscaped(), calls.join(QStringLiteral(", "))));
    m_ui->healthLabel->setStyleSheet(SeverityStyle::cardStyleSheet(severity));
    m_ui->healthLabel->show();
}

void TokenBar::updateTokenInfo()
{
    const QByteArray token = this->token();
    if (token.isEmpty()) {
        m_ui->tokenInfoLabel->setText(tr("no token"));
        m_ui->tokenInfoLabel->setToolTip({});
        return;
    }
    // Length and fingerprint of the token alone, as the inspector and every call name it.
    const TokenLint::Report lint = TokenLint::lint(token);
    QString info = tr("%1 chars, sha256 %2")
                       .arg(lint.cleaned.size())
                       .arg(Redaction::fingerprint(lint.cleaned));
    if (const auto &jwt = lint.jwt) {
        const QDateTime exp = jwt->expiresAt();
        if (exp.isValid()) {
            const qint64 left = QDateTime::currentDateTimeUtc().secsTo(exp);
            info += QStringLiteral(", ") +
                    (left >= 0 ? tr("expires in %1").arg(Diagnoser::humanDuration(left))
                               : tr("EXPIRED %1 ago").arg(Diagnoser::humanDuration(-left)));
        }
    }
    // Pasting mistakes are sent as they stand (the Authorization menu provokes them on purpose),
    // so they are said here; a control character is never sent at all.
    QStringList tips;
    QString first;
    for (const TokenLint::Finding &f : lint.findings) {
        if (f.severity == TokenLint::Severity::Info || f.code.startsWith(QLatin1String("jwt.")))
            continue;
        tips << QStringLiteral("%1 %2 %3")
                    .arg(SeverityStyle::mark(Diagnosis::Severity::Warning), f.message, f.fix);
        if (first.isEmpty())
            first = f.message;
    }
    if (!HeaderCheck::validValue(token)) {
        first = tr("contains a control character: it will not be sent");
        tips.prepend(QStringLiteral("%1 %2").arg(
            SeverityStyle::mark(Diagnosis::Severity::Error),
            tr("A line break or other control character would end the Authorization header; "
               "requests with this token are refused before anything is sent.")));
    }
    if (!first.isEmpty())
        info +=
            QStringLiteral(", %1 %2").arg(SeverityStyle::mark(Diagnosis::Severity::Warning), first);
    m_ui->tokenInfoLabel->setText(info);
    m_ui->tokenInfoLabel->setToolTip(tips.join(QLatin1Char('\n')));
}
