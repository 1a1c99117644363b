#include "TokenRequestDialog.h"

#include "app/session/TokenRequestSettings.h"
#include "app/tokens/SigningKey.h"
#include "ui_TokenRequestDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>

namespace {
constexpr int SecretBasic = TokenRequestSettings::SecretBasic;
constexpr int SecretPost = TokenRequestSettings::SecretPost;
constexpr int PrivateKeyJwt = TokenRequestSettings::PrivateKeyJwt;
} // namespace

TokenRequestDialog::TokenRequestDialog(Workspace *workspace, const ServerProfile &profile,
                                       QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TokenRequestDialog>()),
      m_form(new TokenRequestForm(workspace, profile, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Get token for %1").arg(profile.name));
    m_ui->jwksText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Get token"));
    m_ui->methodCombo->addItem(tr("Client secret, HTTP Basic (client_secret_basic)"), SecretBasic);
    m_ui->methodCombo->addItem(tr("Client secret in the form (client_secret_post)"), SecretPost);
    m_ui->methodCombo->addItem(tr("Private key JWT (RS384 or ES384)"), PrivateKeyJwt);

    const TokenRequestSettings initial = m_form->initial();
    m_ui->tokenUrlEdit->setText(initial.tokenUrl.toString());
    m_ui->clientIdEdit->setText(initial.clientId);
    m_ui->scopeEdit->setText(initial.scope);
    m_ui->methodCombo->setCurrentIndex(qMax(0, m_ui->methodCombo->findData(int(initial.method))));
    m_ui->clientSecretEdit->setText(
        QString::fromUtf8(m_form->knownSecret(m_ui->clientIdEdit->text())));

    // Secrets come from the keychain, asynchronously.
    connect(m_form, &TokenRequestForm::clientSecretLoaded, this, [this](const QByteArray &s) {
        if (m_ui->clientSecretEdit->text().isEmpty())
            m_ui->clientSecretEdit->setText(QString::fromUtf8(s));
    });
    connect(m_form, &TokenRequestForm::privateKeyLoaded, this, [this](const QByteArray &pem) {
        if (m_keyPem.isEmpty())
            setKey(pem);
    });
    m_form->loadSecrets();

    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this,
            &TokenRequestDialog::updateMethod);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TokenRequestDialog::accept);
    connect(m_ui->discoverButton, &QPushButton::clicked, this, &TokenRequestDialog::discover);
    connect(m_form, &TokenRequestForm::discovered, this, &TokenRequestDialog::discovered);
    connect(m_ui->generateRsButton, &QPushButton::clicked, this,
            [this] { setKey(SigningKey::generate(SigningKey::Algorithm::RS384).privatePem()); });
    connect(m_ui->generateEsButton, &QPushButton::clicked, this,
            [this] { setKey(SigningKey::generate(SigningKey::Algorithm::ES384).privatePem()); });
    connect(m_ui->importKeyButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import private key"), {}, tr("PEM files (*.pem *.key);;All files (*)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_ui->messageLabel->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
            return;
        }
        setKey(f.readAll());
    });
    connect(m_ui->copyJwksButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->jwksText->toPlainText());
        m_ui->messageLabel->setText(tr("The public JWKS is on the clipboard."));
    });
    setKey({});
    updateMethod();
}

TokenRequestDialog::~TokenRequestDialog() = default;

void TokenRequestDialog::updateMethod()
{
    const bool jwt = m_ui->methodCombo->currentData().toInt() == PrivateKeyJwt;
    m_ui->keyGroup->setVisible(jwt);
    m_ui->clientSecretEdit->setVisible(!jwt);
    m_ui->secretLabel->setVisible(!jwt);
    // As tall as the form it shows: the key's box (with the JWKS) when it is used, else no
    // empty space under the secret.
    m_ui->verticalLayout->activate();
    resize(width(), sizeHint().height());
}

void TokenRequestDialog::setKey(const QByteArray &pem)
{
    if (pem.isEmpty()) {
        m_keyPem.clear();
        m_ui->keyStatusLabel->setText(tr("No key yet: generate one here, or import your PEM."));
        m_ui->jwksText->clear();
        m_ui->copyJwksButton->setEnabled(false);
        return;
    }
    QString error;
    const SigningKey key = SigningKey::fromPem(pem, &error);
    if (!key.isValid()) {
        m_ui->messageLabel->setText(tr("This key cannot be used: %1").arg(error));
        return;
    }
    m_keyPem = key.privatePem();
    m_ui->keyStatusLabel->setText(
        tr("%1 key, kid %2. The private key stays in the keychain; register "
           "the public JWKS below with the server.")
            .arg(key.algorithmName(), key.kid()));
    const QJsonObject jwks{{QStringLiteral("keys"), QJsonArray{key.publicJwk()}}};
    m_ui->jwksText->setPlainText(
        QString::fromUtf8(QJsonDocument(jwks).toJson(QJsonDocument::Indented)));
    m_ui->copyJwksButton->setEnabled(true);
}

void TokenRequestDialog::discover()
{
    m_ui->discoverButton->setEnabled(false);
    m_ui->messageLabel->setText(
        tr("Asking %1 where its token endpoint is …").arg(m_form->serverHost()));
    m_form->discover();
}

void TokenRequestDialog::discovered(const TokenRequestForm::Discovery &r)
{
    m_ui->discoverButton->setEnabled(true);
    switch (r.source) {
    case TokenRequestForm::Source::SmartConfiguration:
        m_ui->tokenUrlEdit->setText(r.tokenUrl.toString());
        m_ui->messageLabel->setText(
            tr("Found in .well-known/smart-configuration (call #%1).").arg(r.callIds.value(0)));
        break;
    case TokenRequestForm::Source::CapabilityStatement:
        m_ui->tokenUrlEdit->setText(r.tokenUrl.toString());
        m_ui->messageLabel->setText(tr("Found in the CapabilityStatement's oauth-uris (call #%1).")
                                        .arg(r.callIds.value(1)));
        break;
    case TokenRequestForm::Source::None:
        m_ui->messageLabel->setText(
            tr("The server announces no token endpoint (calls #%1 and #%2); "
               "type the URL from the vendor's documentation.")
                .arg(r.callIds.value(0))
                .arg(r.callIds.value(1)));
        break;
    }
}

TokenClient::Request TokenRequestDialog::request() const
{
    TokenClient::Request r;
    r.tokenUrl = QUrl(m_ui->tokenUrlEdit->text().trimmed(), QUrl::StrictMode);
    r.clientId = m_ui->clientIdEdit->text().trimmed();
    r.scope = m_ui->scopeEdit->text().trimmed();
    const int method = m_ui->methodCombo->currentData().toInt();
    r.basicAuth = method == SecretBasic;
    if (method == PrivateKeyJwt)
        r.privateKeyPem = m_keyPem;
    else
        r.clientSecret = m_ui->clientSecretEdit->text().toUtf8();
    return r;
}

void TokenRequestDialog::accept()
{
    const TokenClient::Request r = request();
    if (!r.tokenUrl.isValid() || r.tokenUrl.host().isEmpty() ||
        (r.tokenUrl.scheme() != QLatin1String("https") &&
         r.tokenUrl.scheme() != QLatin1String("http"))) {
        m_ui->messageLabel->setText(tr("The token URL is not an http(s) URL with a host."));
        return;
    }
    if (r.clientId.isEmpty()) {
        m_ui->messageLabel->setText(tr("A client id is needed."));
        return;
    }
    const bool jwt = m_ui->methodCombo->currentData().toInt() == PrivateKeyJwt;
    if (jwt && m_keyPem.isEmpty()) {
        m_ui->messageLabel->setText(tr("Generate or import a private key first."));
        return;
    }
    m_form->save(r, TokenRequestSettings::Method(m_ui->methodCombo->currentData().toInt()));
    QDialog::accept();
}
