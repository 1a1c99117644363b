#include "TokenInspectorDialog.h"

#include "app/calls/Diagnoser.h"
#include "app/calls/Redaction.h"
#include "app/calls/TokenAudience.h"
#include "app/models/TokenClaimsModel.h"
#include "app/models/TokenLifeModel.h"
#include "app/tokens/Scopes.h"
#include "ui/SeverityStyle.h"
#include "ui/TokenLifeStrip.h"
#include "ui_TokenInspectorDialog.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QStyledItemDelegate>

namespace {

Diagnosis::Severity toSeverity(TokenLint::Severity s)
{
    switch (s) {
    case TokenLint::Severity::Info:
        return Diagnosis::Severity::Info;
    case TokenLint::Severity::Warning:
        return Diagnosis::Severity::Warning;
    case TokenLint::Severity::Error:
        return Diagnosis::Severity::Error;
    }
    return Diagnosis::Severity::Info;
}

class ExpiredDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TokenClaimsModel::ExpiredRole).toBool()) {
            option->palette.setColor(QPalette::Text,
                                     SeverityStyle::colour(Diagnosis::Severity::Error));
            option->font.setBold(true);
        }
    }
};

} // namespace

TokenInspectorDialog::TokenInspectorDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TokenInspectorDialog>()),
      m_claims(new TokenClaimsModel(this)), m_life(new TokenLifeModel(this)),
      m_lifeStrip(new TokenLifeStrip(this))
{
    m_ui->setupUi(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->pasteEdit->setFont(mono);
    m_ui->jwtText->setFont(mono);
    m_ui->claimsTable->setModel(m_claims);
    m_ui->claimsTable->setItemDelegate(new ExpiredDelegate(m_ui->claimsTable));
    m_ui->claimsTable->verticalHeader()->hide();
    m_ui->claimsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->claimsTable->horizontalHeader()->resizeSection(0, 110);
    m_ui->claimsTable->horizontalHeader()->resizeSection(1, 330);
    m_ui->findingsTable->setColumnCount(3);
    m_ui->findingsTable->setHorizontalHeaderLabels({tr("Code"), tr("Problem"), tr("Fix")});
    m_ui->findingsTable->verticalHeader()->hide();
    m_ui->findingsTable->horizontalHeader()->resizeSection(0, 190);
    m_ui->findingsTable->horizontalHeader()->resizeSection(1, 330);
    m_ui->findingsTable->horizontalHeader()->setStretchLastSection(true);
    QFont verdictFont = m_ui->verdictLabel->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.15);
    m_ui->verdictLabel->setFont(verdictFont);

    connect(m_ui->pasteEdit, &QPlainTextEdit::textChanged, this, &TokenInspectorDialog::inspect);
    connect(m_ui->exportTypesEdit, &QLineEdit::textChanged, this,
            &TokenInspectorDialog::updateScopeCheck);
    connect(m_ui->useCleanedButton, &QPushButton::clicked, this, [this] {
        Q_EMIT cleanedTokenChosen(m_report.cleaned);
        m_ui->pasteEdit->clear();
    });
    // The token's life, under its claims: its span, now, the renewal, the calls that carried it.
    auto *lifeLabel = new QLabel(tr("Calls made with each token (hover a tick for the call, "
                                    "click or Enter to show it in the log):"),
                                 this);
    lifeLabel->setWordWrap(true);
    lifeLabel->setBuddy(m_lifeStrip);
    m_lifeStrip->setObjectName(QStringLiteral("tokenLifeStrip"));
    m_lifeStrip->setModel(m_life);
    m_ui->claimsLayout->addWidget(lifeLabel);
    m_ui->claimsLayout->addWidget(m_lifeStrip);
    connect(m_lifeStrip, &TokenLifeStrip::callActivated, this,
            &TokenInspectorDialog::showCallRequested);
    connect(m_lifeStrip, &TokenLifeStrip::storedCallActivated, this,
            &TokenInspectorDialog::showStoredCallRequested);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &TokenInspectorDialog::refreshTimes);
    m_tick.start();
}

TokenInspectorDialog::~TokenInspectorDialog() = default;

void TokenInspectorDialog::setCallLog(CallLogModel *log)
{
    m_life->follow(log);
    updateLife();
}

void TokenInspectorDialog::setRenewalPlanned(const QString &fingerprint, const QDateTime &at)
{
    m_renewalFingerprint = fingerprint;
    m_renewalAt = at;
    updateLife();
}

void TokenInspectorDialog::updateLife()
{
    // Every token the profile used keeps its span (the old one's end beside the new one's
    // start is the point when tokens change); a token only pasted here to look at it is drawn
    // with its lifetime while it is inspected, not after.
    const QString fingerprint =
        m_report.cleaned.isEmpty() ? QString() : Redaction::fingerprint(m_report.cleaned);
    if (fingerprint != m_lifeFingerprint && m_lifePasted)
        m_life->forgetToken(m_lifeFingerprint);
    m_lifeFingerprint = fingerprint;
    m_lifePasted = !m_ui->pasteEdit->toPlainText().trimmed().isEmpty();
    if (fingerprint.isEmpty())
        return;
    QDateTime issued = m_report.jwt ? m_report.jwt->issuedAt() : QDateTime();
    QDateTime expires = m_report.jwt ? m_report.jwt->expiresAt() : QDateTime();
    if (m_issued.fingerprint == fingerprint) {
        if (!issued.isValid())
            issued = m_issued.obtainedAt;
        if (!expires.isValid() && m_issued.expiresIn > 0)
            expires = m_issued.obtainedAt.addSecs(m_issued.expiresIn);
    }
    m_life->setToken(fingerprint, issued, expires,
                     m_renewalFingerprint == fingerprint ? m_renewalAt : QDateTime());
    m_lifeStrip->setMinimumHeight(m_lifeStrip->sizeHint().height());
}

void TokenInspectorDialog::setContext(const QByteArray &activeToken, const ServerProfile &active,
                                      const QList<ServerProfile> &known)
{
    m_activeToken = activeToken;
    m_active = active;
    m_known = known;
    inspect();
}

void TokenInspectorDialog::inspect()
{
    const QByteArray pasted = m_ui->pasteEdit->toPlainText().toUtf8();
    const bool usingActive = pasted.isEmpty();
    const QByteArray raw = usingActive ? m_activeToken : pasted;
    m_report = TokenLint::lint(raw);

    m_ui->findingsTable->setRowCount(int(m_report.findings.size()));
    for (int i = 0; i < m_report.findings.size(); ++i) {
        const auto &f = m_report.findings.at(i);
        auto *code = new QTableWidgetItem(SeverityStyle::icon(toSeverity(f.severity)), f.code);
        m_ui->findingsTable->setItem(i, 0, code);
        m_ui->findingsTable->setItem(i, 1, new QTableWidgetItem(f.message));
        m_ui->findingsTable->setItem(i, 2, new QTableWidgetItem(f.fix));
    }
    m_ui->findingsTable->resizeRowsToContents();
    m_claims->setClaims(m_report.jwt ? m_report.jwt->claims : QJsonObject());
    m_ui->jwtText->setPlainText(
        m_report.jwt ? tr("Header:\n%1\nPayload:\n%2\nThe signature is not checked here.")
                           .arg(QString::fromUtf8(QJsonDocument(m_report.jwt->header).toJson()),
                                QString::fromUtf8(QJsonDocument(m_report.jwt->claims).toJson()))
                     : tr("Not a JWT: there is no header or payload to show."));
    const bool fixable = !m_report.cleaned.isEmpty() && m_report.cleaned != raw;
    m_ui->useCleanedButton->setEnabled(fixable);
    m_ui->environmentLabel->setText(environmentVerdict());
    updateScopeCheck();
    refreshTimes();
    updateLife();
}

void TokenInspectorDialog::refreshTimes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_claims->setNow(now);
    const QByteArray pasted = m_ui->pasteEdit->toPlainText().toUtf8();
    // The profile's name when it has one ("Token of Production"), else what it is.
    QString source = !pasted.isEmpty()         ? tr("Pasted token")
                     : m_active.name.isEmpty() ? tr("The active profile's token")
                                               : tr("Token of %1").arg(m_active.name);
    if (!m_report.cleaned.isEmpty())
        source += QStringLiteral(" (%1)").arg(tr("%1 chars, sha256 %2")
                                                  .arg(m_report.cleaned.size())
                                                  .arg(Redaction::fingerprint(m_report.cleaned)));
    Diagnosis::Severity worst = Diagnosis::Severity::Ok;
    QString headline;
    for (const auto &f : m_report.findings) {
        const Diagnosis::Severity s = toSeverity(f.severity);
        if (int(s) > int(worst)) {
            worst = s;
            headline = f.message;
        }
    }
    if (worst == Diagnosis::Severity::Info || worst == Diagnosis::Severity::Ok) {
        worst = Diagnosis::Severity::Ok;
        headline = tr("No problems found.");
    }
    QDateTime expires = m_report.jwt ? m_report.jwt->expiresAt() : QDateTime();
    const bool issuedHere = !m_report.cleaned.isEmpty() &&
                            m_issued.fingerprint == Redaction::fingerprint(m_report.cleaned);
    if (issuedHere) {
        source +=
            QLatin1Char('\n') +
            tr("Token response: obtained %1, expires_in %2 s, scope \"%3\".")
                .arg(QLocale().toString(m_issued.obtainedAt.toLocalTime(), QLocale::ShortFormat))
                .arg(m_issued.expiresIn)
                .arg(m_issued.scope);
        if (!expires.isValid() && m_issued.expiresIn > 0)
            expires = m_issued.obtainedAt.addSecs(m_issued.expiresIn);
    }
    if (expires.isValid()) {
        const qint64 left = now.secsTo(expires);
        headline += QLatin1Char(' ') +
                    (left >= 0 ? tr("Expires in %1.").arg(Diagnoser::humanDuration(left))
                               : tr("Expired %1 ago.").arg(Diagnoser::humanDuration(-left)));
    }
    m_ui->verdictLabel->setText(
        QStringLiteral("%1 %2\n%3").arg(SeverityStyle::mark(worst), headline, source));
    m_ui->verdictLabel->setStyleSheet(SeverityStyle::cardStyleSheet(worst));
}

void TokenInspectorDialog::updateScopeCheck()
{
    if (!m_report.jwt) {
        m_ui->scopeLabel->setText(
            tr("An opaque token's scope is known only from the token response."));
        return;
    }
    const QString scope = m_report.jwt->scope();
    const QStringList types =
        m_ui->exportTypesEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList trimmed;
    for (const QString &t : types)
        trimmed << t.trimmed();
    const QStringList missing = Scopes::missingForGroupExport(scope, trimmed);
    if (scope.isEmpty())
        m_ui->scopeLabel->setText(tr("⚠ The token carries no scope claim."));
    else if (missing.isEmpty())
        m_ui->scopeLabel->setText(tr("✔ Scope \"%1\" allows reading Group and %2.")
                                      .arg(scope, trimmed.join(QStringLiteral(", "))));
    else
        m_ui->scopeLabel->setText(
            tr("✘ Scope \"%1\" does not allow reading %2: the server will refuse that export.")
                .arg(scope, missing.join(QStringLiteral(", "))));
}

QString TokenInspectorDialog::environmentVerdict() const
{
    if (!m_report.jwt)
        return {};
    const TokenAudience a = TokenAudience::judge(*m_report.jwt, m_active, m_known);
    if (a.mentioned.isEmpty())
        return tr("The token names no audience or issuer: it cannot be matched to a server.");
    if (a.matchesActive)
        return tr("Audience/issuer match %1 (%2).").arg(m_active.name, m_active.baseUrl.host());
    if (a.issuedFor)
        return tr("⚠ This token was issued for %1 (%2), but you are sending it to %3 (%4).")
            .arg(a.issuedFor->name, ServerProfile::environmentName(a.issuedFor->environment),
                 m_active.name, ServerProfile::environmentName(m_active.environment));
    return tr("Audience/issuer (%1) name none of your profiles.")
        .arg(a.mentioned.join(QStringLiteral(", ")));
}
