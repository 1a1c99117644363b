#include "TokenBar.h"

#include "app/calls/Diagnoser.h"
#include "app/calls/HeaderCheck.h"
#include "app/calls/Redaction.h"
#include "app/models/CallLogModel.h"
#include "app/models/TokenLifeModel.h"
#include "app/session/ProfileStore.h"
#include "app/session/TokenSession.h"
#include "app/session/Workspace.h"
#include "app/tokens/JwtInfo.h"
#include "app/tokens/TokenLint.h"
#include "ui/SeverityStyle.h"
#include "ui/TokenLifeStrip.h"
#include "ui/TokenRequestDialog.h"
#include "ui_TokenBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

TokenBar::TokenBar(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TokenBar>()), m_workspace(workspace),
      m_session(workspace->token), m_tick(new QTimer(this)), m_life(new TokenLifeModel(this)),
      m_strip(new TokenLifeStrip(this))
{
    m_ui->setupUi(this);
    // The token's life, one line under the fields: its span, now, the planned renewal, a tick
    // per call made with it (click: that call in the log), earlier tokens' spans beside it.
    m_strip->setObjectName(QStringLiteral("tokenBarStrip"));
    m_strip->setCompact(true);
    m_strip->setModel(m_life);
    m_strip->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_strip->setFixedHeight(TokenLifeStrip::kCompactHeight);
    auto *lifeLabel = new QLabel(tr("Life:"), this);
    lifeLabel->setObjectName(QStringLiteral("tokenBarStripLabel"));
    lifeLabel->setBuddy(m_strip);
    lifeLabel->setToolTip(m_strip->toolTip());
    auto *lifeRow = new QHBoxLayout;
    lifeRow->setContentsMargins(0, 0, 0, 0);
    lifeRow->addWidget(lifeLabel);
    lifeRow->addWidget(m_strip, 1);
    m_ui->tokenBarLayout->insertLayout(1, lifeRow);
    m_stripRow = lifeRow;
    connect(m_strip, &TokenLifeStrip::callActivated, this, &TokenBar::showCallRequested);
    connect(m_strip, &TokenLifeStrip::storedCallActivated, this,
            &TokenBar::showStoredCallRequested);
    // Earlier sessions' calls with the same token, from the history (by fingerprint).
    m_life->setHistory(m_workspace->history);
    connect(m_session, &TokenSession::renewableChanged, this, &TokenBar::updateStrip);

    // What the user types or pastes is the session's token; what the session changes (loaded,
    // obtained, renewed) is shown here.
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_session->setToken(text.toUtf8()); });
    connect(m_session, &TokenSession::tokenChanged, this, &TokenBar::showToken);
    connect(m_session, &TokenSession::healthChanged, this, &TokenBar::showHealth);
    connect(m_session, &TokenSession::gettingTokenChanged, this,
            [this](bool running) { m_ui->getTokenButton->setEnabled(!running); });
    connect(m_session, &TokenSession::renewableChanged, this, &TokenBar::renewableChanged);
    connect(m_session, &TokenSession::renewableChanged, this, &TokenBar::updateInspector);
    connect(m_session, &TokenSession::bearerWanted, this, &TokenBar::bearerWanted);
    connect(m_session, &TokenSession::statusMessage, this, &TokenBar::statusMessage);
    connect(m_session, &TokenSession::showCallRequested, this, &TokenBar::showCallRequested);
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
    // The countdowns beside the token and in the verdict tick.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        updateTokenInfo();
        if (m_session->health() == TokenSession::Health::Verdict)
            showHealth();
    });
    m_tick->start();
    showToken(m_session->token());
    showHealth();
}

TokenBar::~TokenBar() = default;

void TokenBar::setProfile(const ServerProfile &profile)
{
    m_ui->demoTokenButton->setVisible(profile.environment == ServerProfile::Environment::Sandbox);
}

void TokenBar::showToken(const QByteArray &token)
{
    if (m_ui->tokenEdit->text().toUtf8() != token) {
        const QSignalBlocker b(m_ui->tokenEdit);
        m_ui->tokenEdit->setText(QString::fromUtf8(token));
    }
    updateTokenInfo();
    updateInspector();
    updateStrip();
}

QByteArray TokenBar::token() const
{
    return m_session->token();
}

void TokenBar::setToken(const QByteArray &token)
{
    m_session->setToken(token);
}

void TokenBar::useDemoToken()
{
    m_session->useDemoToken();
}

bool TokenBar::renewable() const
{
    return m_session->renewable();
}

void TokenBar::saveNow()
{
    m_session->saveNow();
}

void TokenBar::getToken()
{
    // Window-modal and not blocking: the token is asked for once the dialog is accepted.
    auto *dialog = new TokenRequestDialog(m_workspace, m_session->profile(), window());
    dialog->setObjectName(QStringLiteral("getTokenDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_session->requestToken(dialog->request()); });
    dialog->open();
}

void TokenBar::checkToken()
{
    m_session->checkToken();
}

void TokenBar::showInspector()
{
    if (!m_inspector) {
        m_inspector = new TokenInspectorDialog(window());
        m_inspector->setObjectName(QStringLiteral("tokenInspector"));
        connect(m_inspector, &TokenInspectorDialog::cleanedTokenChosen, this,
                [this](const QByteArray &t) { setToken(t); });
        // A tick clicked on the token's life: that call in the log.
        connect(m_inspector, &TokenInspectorDialog::showCallRequested, this,
                &TokenBar::showCallRequested);
        connect(m_inspector, &TokenInspectorDialog::showStoredCallRequested, this,
                &TokenBar::showStoredCallRequested);
        m_inspector->lifeModel()->setHistory(m_workspace->history);
        m_inspector->setCallLog(m_log);
    }
    updateInspector();
    m_inspector->show();
    m_inspector->raise();
    m_inspector->activateWindow();
}

void TokenBar::setCallLog(CallLogModel *log)
{
    m_log = log;
    m_life->follow(log);
    updateStrip();
    if (m_inspector)
        m_inspector->setCallLog(log);
}

void TokenBar::updateInspector()
{
    if (m_inspector) {
        m_inspector->setContext(token(), m_session->profile(), m_workspace->profiles->all());
        const TokenSession::Issued issued = m_session->issued();
        m_inspector->setIssued(
            {issued.fingerprint, issued.obtainedAt, issued.expiresIn, issued.scope});
        const QByteArray alone = TokenLint::tokenAlone(token());
        m_inspector->setRenewalPlanned(alone.isEmpty() ? QString() : Redaction::fingerprint(alone),
                                       m_session->plannedRenewal());
    }
}

void TokenBar::updateStrip()
{
    // The span of the token as the calls name it (the token alone, as sent); its dates from its
    // claims, else from the token response that brought it.
    const QByteArray alone = TokenLint::tokenAlone(token());
    const QString fingerprint = alone.isEmpty() ? QString() : Redaction::fingerprint(alone);
    if (fingerprint != m_stripFingerprint && !m_stripFingerprint.isEmpty()) {
        // An earlier token keeps its span when calls carried it; one only typed past goes.
        const int earlier = m_life->indexOf(m_stripFingerprint);
        if (earlier >= 0 && m_life->token(earlier).calls.empty())
            m_life->forgetToken(m_stripFingerprint);
    }
    m_stripFingerprint = fingerprint;
    for (int i = 0; i < m_stripRow->count(); ++i)
        if (QWidget *w = m_stripRow->itemAt(i)->widget())
            w->setVisible(!fingerprint.isEmpty());
    if (fingerprint.isEmpty())
        return;
    const std::optional<JwtInfo> jwt = JwtInfo::decode(alone);
    QDateTime issued = jwt ? jwt->issuedAt() : QDateTime();
    QDateTime expires = jwt ? jwt->expiresAt() : QDateTime();
    const TokenSession::Issued response = m_session->issued();
    if (response.fingerprint == fingerprint) {
        if (!issued.isValid())
            issued = response.obtainedAt;
        if (!expires.isValid() && response.expiresIn > 0)
            expires = response.obtainedAt.addSecs(response.expiresIn);
    }
    m_life->setToken(fingerprint, issued, expires, m_session->plannedRenewal());
}

void TokenBar::showHealth()
{
    const TokenSession::Health state = m_session->health();
    m_ui->checkTokenButton->setEnabled(!m_session->isChecking());
    m_ui->healthLabel->setVisible(state != TokenSession::Health::Hidden);
    m_ui->healthLabel->setStyleSheet({});
    switch (state) {
    case TokenSession::Health::Hidden:
        return;
    case TokenSession::Health::Checking:
        m_ui->healthLabel->setText(
            tr("Checking the token against %1 …").arg(m_session->profile().name));
        return;
    case TokenSession::Health::Rechecking:
        m_ui->healthLabel->setText(tr("The token changed: checking it again …"));
        return;
    case TokenSession::Health::GetTokenFailed:
        // Said where the token is, with the call to look at: not a modal box.
        m_ui->healthLabel->setText(
            tr("<b>%1 Get token failed</b> — %2<br>Call in the log: <a href=\"call:%3\">#%3</a>")
                .arg(SeverityStyle::mark(Diagnosis::Severity::Error),
                     m_session->getTokenProblem().toHtmlEscaped())
                .arg(m_session->getTokenCallId()));
        m_ui->healthLabel->setStyleSheet(SeverityStyle::cardStyleSheet(Diagnosis::Severity::Error));
        return;
    case TokenSession::Health::Verdict:
        break;
    }
    const TokenHealthCheck::Result &r = *m_session->healthResult();
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
