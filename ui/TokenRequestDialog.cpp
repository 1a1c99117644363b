#include "TokenRequestDialog.h"

#include "app/auth/SmartDiscovery.h"
#include "app/auth/TokenStore.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
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
#include <QPointer>
#include <QPushButton>

namespace {
constexpr int SecretBasic = TokenRequestSettings::SecretBasic;
constexpr int SecretPost = TokenRequestSettings::SecretPost;
constexpr int PrivateKeyJwt = TokenRequestSettings::PrivateKeyJwt;
} // namespace

TokenRequestDialog::TokenRequestDialog(const ServerProfile &profile, TokenStore *tokens,
                                       FhirClient *client, SandboxHost *sandbox, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TokenRequestDialog>()), m_profile(profile),
      m_tokens(tokens), m_client(client), m_discovery(new TokenEndpointDiscovery(client, this)),
      m_sandbox(sandbox)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Get token for %1").arg(profile.name));
    m_ui->jwksText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Get token"));
    m_ui->methodCombo->addItem(tr("Client secret, HTTP Basic (client_secret_basic)"), SecretBasic);
    m_ui->methodCombo->addItem(tr("Client secret in the form (client_secret_post)"), SecretPost);
    m_ui->methodCombo->addItem(tr("Private key JWT (RS384 or ES384)"), PrivateKeyJwt);

    const TokenRequestSettings saved = TokenRequestSettings::load(profile.id);
    const bool sandboxDefaults = isSandbox() && !saved.stored;
    // The Sandbox's port changes every run, so its token URL is never taken from the settings.
    m_ui->tokenUrlEdit->setText(isSandbox() ? m_sandbox->tokenUrl().toString()
                                            : saved.tokenUrl.toString());
    m_ui->clientIdEdit->setText(sandboxDefaults ? QLatin1String(SandboxServer::kDemoClientId)
                                                : saved.clientId);
    m_ui->scopeEdit->setText(saved.scope);
    m_ui->methodCombo->setCurrentIndex(qMax(0, m_ui->methodCombo->findData(int(saved.method))));
    if (isSandbox() && m_ui->clientIdEdit->text() == QLatin1String(SandboxServer::kDemoClientId))
        m_ui->clientSecretEdit->setText(QLatin1String(SandboxServer::kDemoClientSecret));

    // Secrets come from the keychain, asynchronously.
    const QPointer<TokenRequestDialog> guard(this);
    m_tokens->load(TokenStore::clientSecretKey(profile.id),
                   [guard, this](const SecretBackend::Result &r) {
                       if (guard && r.status == SecretBackend::Status::Ok &&
                           m_ui->clientSecretEdit->text().isEmpty())
                           m_ui->clientSecretEdit->setText(QString::fromUtf8(r.value));
                   });
    m_tokens->load(TokenStore::privateKeyKey(profile.id),
                   [guard, this](const SecretBackend::Result &r) {
                       if (guard && r.status == SecretBackend::Status::Ok && m_keyPem.isEmpty())
                           setKey(r.value);
                   });

    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this,
            &TokenRequestDialog::updateMethod);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TokenRequestDialog::accept);
    connect(m_ui->discoverButton, &QPushButton::clicked, this, &TokenRequestDialog::discover);
    connect(m_discovery, &TokenEndpointDiscovery::finished, this, &TokenRequestDialog::discovered);
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

bool TokenRequestDialog::isSandbox() const
{
    return m_profile.environment == ServerProfile::Environment::Sandbox;
}

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
        tr("Asking %1 where its token endpoint is …").arg(m_client->baseUrl().host()));
    m_discovery->start();
}

void TokenRequestDialog::discovered(const TokenEndpointDiscovery::Result &r)
{
    m_ui->discoverButton->setEnabled(true);
    switch (r.source) {
    case TokenEndpointDiscovery::Source::SmartConfiguration:
        m_ui->tokenUrlEdit->setText(r.tokenUrl.toString());
        m_ui->messageLabel->setText(
            tr("Found in .well-known/smart-configuration (call #%1).").arg(r.callIds.value(0)));
        break;
    case TokenEndpointDiscovery::Source::CapabilityStatement:
        m_ui->tokenUrlEdit->setText(r.tokenUrl.toString());
        m_ui->messageLabel->setText(tr("Found in the CapabilityStatement's oauth-uris (call #%1).")
                                        .arg(r.callIds.value(1)));
        break;
    case TokenEndpointDiscovery::Source::None:
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
    TokenRequestSettings saved;
    saved.tokenUrl = r.tokenUrl;
    saved.clientId = r.clientId;
    saved.scope = r.scope;
    saved.method = TokenRequestSettings::Method(m_ui->methodCombo->currentData().toInt());
    saved.save(m_profile.id, !isSandbox());
    if (jwt) {
        m_tokens->save(TokenStore::privateKeyKey(m_profile.id), m_keyPem);
        if (isSandbox()) {
            // The Sandbox trusts what is registered with it: register this key for the client.
            const SigningKey key = SigningKey::fromPem(m_keyPem);
            const QJsonObject jwks{{QStringLiteral("keys"), QJsonArray{key.publicJwk()}}};
            const QString clientId = r.clientId;
            m_sandbox->configure(
                [clientId, jwks](SandboxServer *s) { s->registerClient(clientId, jwks); });
        }
    } else if (!isSandbox()) {
        m_tokens->save(TokenStore::clientSecretKey(m_profile.id), r.clientSecret);
    }
    QDialog::accept();
}
